"""net-snmp's rules for -M/MIBDIRS, -m/MIBS and module headers (snmplib/mib.c, parse.c)."""

from __future__ import annotations

import pytest

from snmpscope.core.mib.mib_path import (
    BUILTIN,
    NETSNMP_DEFAULT_MIBDIRS,
    header_module,
    mib_dirs,
    mib_modules,
)

DEFAULT = [BUILTIN, *NETSNMP_DEFAULT_MIBDIRS.replace("$HOME", "/home/u").split(":")]


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [
        (None, {}, DEFAULT),
        ("/a:/b", {}, ["/a", "/b"]),
        ("+/a", {}, [*DEFAULT, "/a"]),
        ("-/a", {}, ["/a", *DEFAULT]),
        (None, {"MIBDIRS": "/env"}, ["/env"]),
        (None, {"MIBDIRS": "+/env"}, [*DEFAULT, "/env"]),
        ("+/a", {"MIBDIRS": "/env"}, ["/env", "/a"]),
        ("/a", {"MIBDIRS": "+/env"}, ["/a"]),
        ("$HOME/mibs", {}, ["/home/u/mibs"]),
    ],
)
def test_mib_dirs_as_net_snmp(option: str | None, env: dict[str, str], expected: list[str]) -> None:
    assert mib_dirs(option, {"HOME": "/home/u", **env}) == expected


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [
        (None, {}, ["A", "B"]),
        ("X:Y", {}, ["X", "Y"]),
        ("+X", {}, ["A", "B", "X"]),
        ("-X", {}, ["X", "A", "B"]),
        ("ALL", {}, ["ALL"]),
        (None, {"MIBS": "ALL"}, ["ALL"]),
        ("X", {"MIBS": "ALL"}, ["X"]),
    ],
)
def test_mib_modules_as_net_snmp(
    option: str | None, env: dict[str, str], expected: list[str]
) -> None:
    assert mib_modules(option, ("A", "B"), env) == expected


@pytest.mark.parametrize(
    ("text", "module"),
    [
        (b"IF-MIB DEFINITIONS ::= BEGIN\n", "IF-MIB"),
        (b"-- a comment\n-- another\n\n  FOO-MIB\n  DEFINITIONS ::= BEGIN", "FOO-MIB"),
        (b"-- ends -- IF-MIB DEFINITIONS ::= BEGIN", "IF-MIB"),
        (b"X-MIB -- inline -- DEFINITIONS ::= BEGIN", "X-MIB"),
        (b"\xef\xbb\xbfnot a mib", None),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", None),
        (b"", None),
        (b"README\n\nThis folder holds MIB files.", None),
    ],
)
def test_header_module(text: bytes, module: str | None) -> None:
    assert header_module(text) == module
