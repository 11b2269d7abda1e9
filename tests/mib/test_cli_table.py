"""``snmpscope-cli table`` against net-snmp's ``snmptable``, line by line, on the same agents.

Three recordings served by one snmpsim (one community each, the ``recorded_agent`` fixture
of ``conftest.py``), both tools given ``-M subset -m ALL``:

* ``snmpd``: the private net-snmp snmpd, walked by our client and recorded (a live snmpd's
  counters move between two runs; a recording holds still): ifTable, ipAddrTable,
  ipNetToMediaTable, and the VACM tables with their string indexes;
* ``demo``: the embedded demo agent, recorded the same way;
* ``cisco``: the Cisco-like switch of :func:`agents.snmprec.cisco_like` (every INDEX kind:
  MAC addresses, IMPLIED strings, InetAddress, OID-valued, enumerations).

Each case runs both tools with the same ``-C`` letters (all of :data:`OPTION_SETS` on the
first table of a recording, :data:`SHORT_SETS` on the others); the share of identical lines
is printed (``pytest -s``) and every line must be identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from agents.snmpsim import SnmpsimAgent
from agents.walk_compare import compare_lines

CLI = Path(sys.executable).parent / "snmpscope-cli"

OPTION_SETS: tuple[tuple[str, ...], ...] = (
    (),
    ("-Ci",),
    ("-Cb", "-Ci"),
    ("-CH",),
    ("-Ch",),
    ("-Cl", "-Ci"),
    ("-Cf", ","),
    ("-Cif", "|"),
    ("-Cw", "70"),
    ("-Cc", "14"),
    ("-Cc", "12", "-Cw", "60"),
    ("-CB",),
    ("-CB", "-Cr", "2"),
    ("-CB", "-Ci", "-Cw", "60"),
    ("-Cr", "3"),
    ("-Ob", "-Ci"),
)
# Every option set on each recording's first table; these on the others (the suite's time).
SHORT_SETS: tuple[tuple[str, ...], ...] = ((), ("-Cib",), ("-CB", "-Ci", "-Cr", "2"))
CASES: dict[str, tuple[str, ...]] = {
    "snmpd": (
        "IF-MIB::ifTable",
        "IF-MIB::ifXTable",
        "IP-MIB::ipAddrTable",
        "IP-MIB::ipNetToMediaTable",
        "SNMP-VIEW-BASED-ACM-MIB::vacmSecurityToGroupTable",
        "SNMP-VIEW-BASED-ACM-MIB::vacmAccessTable",
        "SNMP-VIEW-BASED-ACM-MIB::vacmViewTreeFamilyTable",
    ),
    "demo": (
        "IF-MIB::ifTable",
        "IP-MIB::ipAddrTable",
        "IP-MIB::ipNetToMediaTable",
        "IP-FORWARD-MIB::ipCidrRouteTable",
        "SNMPv2-MIB::sysORTable",
    ),
    "cisco": (
        "IF-MIB::ifTable",
        "ENTITY-MIB::entPhysicalTable",
        "BRIDGE-MIB::dot1dTpFdbTable",
        "Q-BRIDGE-MIB::dot1qTpFdbTable",
        "LLDP-MIB::lldpRemManAddrTable",
        "IP-MIB::ipAddressTable",
        "IP-MIB::ipNetToPhysicalTable",
        "SNMP-VIEW-BASED-ACM-MIB::vacmViewTreeFamilyTable",
        "SNMP-COMMUNITY-MIB::snmpCommunityTable",
        "CISCO-MEMORY-POOL-MIB::ciscoMemoryPoolTable",
        "CISCO-CDP-MIB::cdpCacheTable",
        "CISCO-VTP-MIB::vtpVlanTable",
    ),
}


def _both(
    agent: SnmpsimAgent,
    subset_dir: Path,
    cache: Path,
    community: str,
    words: list[str],
    version: str = "2c",
) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    common = ["-v", version, "-c", community, "-M", str(subset_dir), "-m", "ALL", *words]
    common.insert(-1, f"127.0.0.1:{agent.port}")  # AGENT before TABLE
    theirs = subprocess.run(
        ["snmptable", *common], capture_output=True, text=True, timeout=60, check=False
    )
    ours = subprocess.run(
        [str(CLI), "table", *common],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ, SNMPSCOPE_MIB_CACHE=str(cache)),
    )
    return ours, theirs


@pytest.mark.parametrize("community", sorted(CASES))
def test_tables_print_as_snmptable_prints_them(
    community: str, recorded_agent: SnmpsimAgent, subset_dir: Path, subset_cache: Path
) -> None:
    identical = total = 0
    differences: list[str] = []
    runs = 0
    for number, table in enumerate(CASES[community]):
        for options in OPTION_SETS if number == 0 else SHORT_SETS:
            runs += 1
            words = [*options, table]
            ours, theirs = _both(recorded_agent, subset_dir, subset_cache, community, words)
            assert ours.returncode == theirs.returncode, f"{words}: {ours.stderr}"
            if theirs.returncode:
                # snmptable gives up on a table whose rows print the same index (a MAC
                # with unprintable octets): same message, ours says why
                assert ours.stderr.splitlines()[-1].startswith(theirs.stderr.splitlines()[-1])
            result = compare_lines(ours.stdout.splitlines(), theirs.stdout.splitlines())
            assert result.total > 0 or "-Ch" in options or theirs.returncode
            identical += result.identical
            total += result.total
            differences += [
                f"{' '.join(words)}\n  ours:     {a}\n  snmptable: {b}"
                for a, b in result.differences
            ]
    print(
        f"\ntable {community}: {identical} of {total} lines identical to snmptable "
        f"({100 * identical / total:.2f} %), {len(CASES[community])} tables, {runs} runs"
    )
    assert differences == [], "\n".join(differences[:20])


@pytest.mark.parametrize(
    ("words", "named"),
    [
        (["-CZ"], "-CZ"),
        (["-Cp"], "-Cp"),
        (["-Cr", "0"], "-Cr"),
        (["-Cw", "wide"], "-Cw"),
        (["-Cc", "2"], "-Cc"),
        (["-Cr", "99999999999"], "-Cr"),
    ],
)
def test_a_bad_table_option_is_named_and_exits_2(
    words: list[str], named: str, recorded_agent: SnmpsimAgent, subset_dir: Path, subset_cache: Path
) -> None:
    ours, _ = _both(recorded_agent, subset_dir, subset_cache, "demo", [*words, "IF-MIB::ifTable"])
    assert ours.returncode == 2
    assert named in ours.stderr
    assert ours.stdout == ""
    assert "Traceback" not in ours.stderr


def test_a_name_that_is_no_table_says_so_as_snmptable(
    recorded_agent: SnmpsimAgent, subset_dir: Path, subset_cache: Path
) -> None:
    for name in ("SNMPv2-MIB::sysDescr", "IF-MIB::ifDescr"):
        ours, theirs = _both(recorded_agent, subset_dir, subset_cache, "demo", [name])
        assert theirs.returncode == ours.returncode == 1
        assert ours.stderr.splitlines()[-1] == theirs.stderr.splitlines()[-1]
        assert ours.stderr.splitlines()[-1].startswith("Was that a table?")


def test_an_empty_table_says_no_entries(
    recorded_agent: SnmpsimAgent, subset_dir: Path, subset_cache: Path
) -> None:
    ours, theirs = _both(
        recorded_agent, subset_dir, subset_cache, "demo", ["CISCO-CDP-MIB::cdpCacheTable"]
    )
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout
    assert "No entries" in ours.stdout


def test_snmpv1_tables_come_by_getnext_as_in_snmptable(
    recorded_agent: SnmpsimAgent, subset_dir: Path, subset_cache: Path
) -> None:
    for words in (["-Ci", "IF-MIB::ifTable"], ["-Cr", "2", "IP-MIB::ipAddrTable"]):
        ours, theirs = _both(recorded_agent, subset_dir, subset_cache, "demo", words, "1")
        assert ours.returncode == theirs.returncode == 0, ours.stderr
        assert ours.stdout == theirs.stdout
