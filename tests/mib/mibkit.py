"""Helpers for the MIB tests: the shared MIB corpus (test data only, ``../shared/mibs``), a
subset of it with everything those modules import, and MIB texts written on the fly."""

from __future__ import annotations

import os
import re
import shutil
import textwrap
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED_CORPUS = HERE.parents[2] / "shared" / "mibs"  # the whole corpus, beside the clone


def _corpus() -> Path:
    """``SNMPSCOPE_TEST_MIBS``, else the shared corpus beside the clone, else the subset the
    tests use, committed in ``tests/mib/corpus`` (a clean clone elsewhere has no ../shared)."""
    named = os.environ.get("SNMPSCOPE_TEST_MIBS")
    if named:
        return Path(named)
    return SHARED_CORPUS if (SHARED_CORPUS / "SNMPv2-SMI").is_file() else HERE / "corpus"


CORPUS = _corpus()

# A switch's worth of modules: IETF tables with every kind of INDEX, and Cisco modules
# (CISCO-ETHERLIKE-EXT-MIB imports EtherLike-MIB, which exists nowhere).
SUBSET = (
    "SNMPv2-MIB",
    "RFC1213-MIB",
    "IF-MIB",
    "IP-MIB",
    "IP-FORWARD-MIB",
    "SNMP-VIEW-BASED-ACM-MIB",
    "SNMP-COMMUNITY-MIB",
    "SNMP-TARGET-MIB",
    "BRIDGE-MIB",
    "Q-BRIDGE-MIB",
    "ENTITY-MIB",
    "LLDP-MIB",
    "ETHERLIKE-MIB",
    "CISCO-SMI",
    "CISCO-TC",
    "CISCO-PROCESS-MIB",
    "CISCO-MEMORY-POOL-MIB",
    "CISCO-VTP-MIB",
    "CISCO-CDP-MIB",
    "CISCO-ENVMON-MIB",
    "CISCO-ETHERLIKE-EXT-MIB",
    "CISCO-CONFIG-MAN-MIB",
    "OLD-CISCO-INTERFACES-MIB",
    "CISCO-STACK-MIB",
)

_IMPORTS = re.compile(r"\bIMPORTS\b(.*?);", re.S)
_FROM = re.compile(r"\bFROM\s+([A-Za-z][A-Za-z0-9-]*)")
_COMMENT = re.compile(r"--.*?(?:--|$)", re.M)


def closure(names: Iterable[str], corpus: Path = CORPUS) -> set[str]:
    """``names`` and every corpus module they import, directly or not."""
    found: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        path = corpus / name
        if name in found or not path.is_file():
            continue
        found.add(name)
        text = _COMMENT.sub("", path.read_text(errors="replace"))
        clause = _IMPORTS.search(text)
        if clause:
            todo.extend(_FROM.findall(clause.group(1)))
    return found


def copy_subset(target: Path, names: Iterable[str] = SUBSET) -> list[str]:
    """Copy the modules and their imports into ``target``; returns the module names."""
    target.mkdir(parents=True, exist_ok=True)
    modules = sorted(closure(names))
    for name in modules:
        shutil.copy(CORPUS / name, target / name)
    return modules


def write_mib(folder: Path, file_name: str, text: str) -> Path:
    """Write a MIB text (dedented) to ``folder/file_name``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def simple_mib(module: str, arc: int, imports: str = "", body: str = "") -> str:
    """A small valid SMIv2 module under enterprises.99999.``arc`` with one scalar."""
    prefix = module.lower().replace("-", "")[:10]
    return f"""
    {module} DEFINITIONS ::= BEGIN
    IMPORTS
        MODULE-IDENTITY, OBJECT-TYPE, Integer32, enterprises FROM SNMPv2-SMI
        {imports}
        ;
    {prefix}Mib MODULE-IDENTITY
        LAST-UPDATED "202601010000Z"
        ORGANIZATION "snmpscope tests"
        CONTACT-INFO "tests"
        DESCRIPTION "A test module."
        ::= {{ enterprises 99999 {arc} }}
    {prefix}Value OBJECT-TYPE
        SYNTAX Integer32
        MAX-ACCESS read-only
        STATUS current
        DESCRIPTION "A value."
        ::= {{ {prefix}Mib 1 }}
    {body}
    END
    """
