"""Three recordings served by snmpsim and walked by ``snmpbulkwalk -M subset -m ALL`` and
``snmpscope-cli bulkwalk -M subset -m ALL``: the same lines, names, decoded indexes and
values (enumerations, DISPLAY-HINTs, units).

* ``cisco``: a Cisco-like switch (tables of IF-, ENTITY-, BRIDGE-, Q-BRIDGE-, LLDP-, IP-,
  VACM- and Cisco MIBs, every kind of INDEX);
* ``snmpd``: the private net-snmp snmpd (the live host: HOST-RESOURCES, UCD, NET-SNMP
  objects whose modules are not in the subset print as net-snmp prints unknown ones);
* ``demo``: the embedded demo agent's MIB-II data.

The share of identical lines is printed (``pytest -s``); every line must be identical.
The same comparison on the whole corpus (1,778 modules) is ``tests/bench/bench_mib_names.py``.
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


@pytest.mark.parametrize("community", ["cisco", "snmpd", "demo"])
def test_a_walk_prints_what_net_snmp_prints(
    community: str, recorded_agent: SnmpsimAgent, subset_dir: Path, subset_cache: Path
) -> None:
    address = f"127.0.0.1:{recorded_agent.port}"
    common = ["-c", community, "-M", str(subset_dir), "-m", "ALL", "-Cr25", address, ".1"]
    theirs = subprocess.run(
        ["snmpbulkwalk", "-v2c", *common], capture_output=True, text=True, timeout=60, check=True
    )
    ours = subprocess.run(
        [str(CLI), "bulkwalk", "-v", "2c", *common],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ, SNMPSCOPE_MIB_CACHE=str(subset_cache)),
    )
    assert ours.returncode == 0, ours.stderr
    result = compare_lines(ours.stdout.splitlines(), theirs.stdout.splitlines())
    print(
        f"\nbulkwalk {community}: {result.identical} of {result.total} lines identical to "
        f"snmpbulkwalk -M subset -m ALL ({100 * result.share:.2f} %)"
    )
    assert result.total > 1000
    assert result.differences == []
