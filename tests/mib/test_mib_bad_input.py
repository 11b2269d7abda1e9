"""Bad MIB input: each case one clear message, nothing crashes, the rest loads, nothing
already loaded is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mibkit import simple_mib, write_mib

from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.mib_path import BUILTIN
from snmpscope.core.mib.mib_report import MibLoadReport, MibProblem
from snmpscope.core.mib.names import MibNames

ENTERPRISE = (1, 3, 6, 1, 4, 1, 99999)


def load(tmp_path: Path, dirs: list[Path], modules: list[str]) -> tuple[MibNames, MibLoadReport]:
    names = MibNames(modules, dirs=[BUILTIN, *map(str, dirs)], cache_dir=tmp_path / "cache")
    return names, names.ensure_loaded()


def problems(report: MibLoadReport, kind: str) -> list[MibProblem]:
    return [p for p in report.problems if p.kind == kind]


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    good = tmp_path / "good"
    write_mib(good, "GOOD-MIB", simple_mib("GOOD-MIB", 1))
    _names, report = load(tmp_path, [tmp_path / "nowhere", good], ["GOOD-MIB"])
    (problem,) = problems(report, "folder")
    assert problem.message == f"{tmp_path / 'nowhere'}: MIB folder does not exist"
    assert "GOOD-MIB" in {m.name for m in report.loaded}


def test_an_unreadable_file_a_binary_file_and_an_empty_one(tmp_path: Path) -> None:
    folder = tmp_path / "mibs"
    write_mib(folder, "GOOD-MIB", simple_mib("GOOD-MIB", 1))
    (folder / "DANGLING-MIB").symlink_to(tmp_path / "gone")
    (folder / "firmware.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    (folder / "EMPTY-MIB.txt").write_text("")
    locked = write_mib(folder, "LOCKED-MIB", simple_mib("LOCKED-MIB", 2))
    locked.chmod(0)
    _names, report = load(tmp_path, [folder], ["GOOD-MIB"])
    messages = {p.path: p.message for p in report.problems}
    assert messages[str(folder / "DANGLING-MIB")].endswith(
        "DANGLING-MIB: cannot read the file: No such file or directory"
    )
    assert messages[str(folder / "firmware.bin")].endswith(
        "firmware.bin: not a MIB module (binary data)"
    )
    assert messages[str(folder / "EMPTY-MIB.txt")].endswith("not a MIB module (empty file)")
    if os.geteuid() != 0:  # root reads a mode-000 file anyway
        assert messages[str(locked)].endswith("LOCKED-MIB: cannot read the file: Permission denied")
    assert [m.name for m in report.loaded if m.name == "GOOD-MIB"] == ["GOOD-MIB"]


def test_a_module_that_imports_itself(tmp_path: Path) -> None:
    folder = tmp_path / "mibs"
    write_mib(folder, "SELF-MIB", simple_mib("SELF-MIB", 1, "selfmibValue FROM SELF-MIB"))
    names, report = load(tmp_path, [folder], ["SELF-MIB"])
    (problem,) = problems(report, "self-import")
    assert problem.message == (
        f"SELF-MIB ({folder / 'SELF-MIB'}) imports itself; the import is ignored"
    )
    assert names.oid_to_name((*ENTERPRISE, 1, 1, 0)) == "SELF-MIB::selfmibValue.0"


def test_two_files_defining_one_module_the_last_found_wins_and_the_report_says_why(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_mib(first, "TWIN-MIB", simple_mib("TWIN-MIB", 1))
    write_mib(second, "TWIN-MIB.txt", simple_mib("TWIN-MIB", 2))
    write_mib(second, "TWIN-MIB", simple_mib("TWIN-MIB", 3))
    names, report = load(tmp_path, [first, second], ["TWIN-MIB"])
    (problem,) = problems(report, "duplicate")
    used = second / "TWIN-MIB.txt"  # later folder, and last in name order there
    assert problem.path == str(used)
    assert problem.message == (
        f"TWIN-MIB is defined by {first / 'TWIN-MIB'}, {second / 'TWIN-MIB'} and {used} with "
        f"different contents; {used} is used (as in net-snmp, the file found last in the MIB "
        "folders wins: later folders override earlier ones, and in one folder the last in "
        "name order)"
    )
    assert names.name_to_oid("TWIN-MIB::twinmibValue") == (*ENTERPRISE, 2, 1)


def test_a_syntax_error_in_line_2000_names_file_line_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "mibs"
    filler = "\n".join(
        f"fill{i} OBJECT IDENTIFIER ::= {{ badbigmibMib {i + 10} }}" for i in range(1982)
    )
    text = simple_mib("BAD-BIG-MIB", 1, body=filler + "\nbroken OBJECT-TYPE SYNTAX Integer32 ::= 5")
    path = write_mib(folder, "BAD-BIG-MIB", text)
    line = next(n for n, t in enumerate(path.read_text().splitlines(), 1) if t.startswith("broken"))
    assert line == 2000
    write_mib(folder, "GOOD-MIB", simple_mib("GOOD-MIB", 2))
    names, report = load(tmp_path, [folder], ["GOOD-MIB", "BAD-BIG-MIB"])
    (problem,) = report.failed["BAD-BIG-MIB"]
    assert (problem.kind, problem.path, problem.line) == ("syntax", str(path), 2000)
    assert problem.column is not None
    assert problem.message.startswith(f"{path}: syntax error at line 2000, column {problem.column}")
    assert "GOOD-MIB" in {m.name for m in report.loaded}
    assert names.oid_to_name((*ENTERPRISE, 2, 1, 0)) == "GOOD-MIB::goodmibValue.0"


def test_nothing_already_loaded_is_lost(tmp_path: Path) -> None:
    folder = tmp_path / "mibs"
    write_mib(folder, "GOOD-MIB", simple_mib("GOOD-MIB", 1))
    write_mib(folder, "BROKEN-MIB", "BROKEN-MIB DEFINITIONS ::= BEGIN\n  nonsense here\nEND\n")
    names, _report = load(tmp_path, [folder], ["GOOD-MIB"])
    with pytest.raises(SnmpApiError, match=r"MIB module 'BROKEN-MIB' failed to load: .*line 2"):
        names.load_module("BROKEN-MIB")
    with pytest.raises(SnmpApiError, match="unknown MIB module 'NOWHERE-MIB'"):
        names.name_to_oid("NOWHERE-MIB::thing")
    assert names.oid_to_name((*ENTERPRISE, 1, 1, 0)) == "GOOD-MIB::goodmibValue.0"
    report = names.reconfigure(dirs=[BUILTIN, str(folder), str(tmp_path / "gone")])
    assert "GOOD-MIB" in {m.name for m in report.loaded}
    assert names.name_to_oid("goodmibValue.0") == (*ENTERPRISE, 1, 1, 0)
