"""``snmpscope-cli table`` over SNMPv3 against net-snmp's ``snmptable`` with the same USM
options, line by line, on the private snmpd. The table is snmpd's own VACM user-to-group
table: its rows are the test users, set by the configuration, so both runs read the same
thing (a live interface table's counters move between two runs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from agents.snmpd import SnmpdAgent
from agents.walk_compare import compare_lines

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "mib"))
from mibkit import CORPUS

CLI = Path(sys.executable).parent / "snmpscope-cli"
TABLE = "SNMP-VIEW-BASED-ACM-MIB::vacmSecurityToGroupTable"


@pytest.mark.parametrize("profile", ["noauth", "sha-aes", "sha512-aes256"])
@pytest.mark.parametrize("letters", [(), ("-Cb", "-Ci")])
def test_v3_table_prints_as_snmptable(
    snmpd_agent: SnmpdAgent, tmp_path: Path, profile: str, letters: tuple[str, ...]
) -> None:
    user = snmpd_agent.user(profile)
    words = [
        *user.netsnmp_args(),
        "-M",
        str(CORPUS),
        "-m",
        "SNMP-VIEW-BASED-ACM-MIB",
        *letters,
        f"127.0.0.1:{snmpd_agent.port}",
        TABLE,
    ]
    theirs = subprocess.run(
        ["snmptable", *words], capture_output=True, text=True, timeout=60, check=False
    )
    ours = subprocess.run(
        [str(CLI), "table", *words],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ, SNMPSCOPE_MIB_CACHE=str(tmp_path / "cache")),
    )
    assert theirs.returncode == 0, theirs.stderr
    assert ours.returncode == 0, ours.stderr
    comparison = compare_lines(ours.stdout.splitlines(), theirs.stdout.splitlines())
    assert comparison.total >= 4  # the title, the header and the users' rows
    assert comparison.share == 1.0, comparison.differences
