"""A Cisco-like switch (tables of IF-, ENTITY-, BRIDGE-, Q-BRIDGE-, LLDP-, IP-, VACM- and
Cisco MIBs, every kind of INDEX) served by snmpsim and walked by ``snmpbulkwalk -M subset
-m ALL`` and ``snmpscope-cli bulkwalk -M subset -m ALL``: the same lines, names, decoded
indexes and values (enumerations, DISPLAY-HINTs, units)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from agents.snmprec import cisco_like
from agents.snmpsim import SnmpsimAgent
from agents.walk_compare import compare_lines

from snmpscope.core.mib.names import MibNames

pytestmark = pytest.mark.skipif(shutil.which("snmpbulkwalk") is None, reason="no net-snmp")
CLI = Path(sys.executable).parent / "snmpscope-cli"


@pytest.fixture(scope="module")
def cisco_agent(
    subset_names: MibNames, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SnmpsimAgent]:
    data = tmp_path_factory.mktemp("cisco-like")
    (data / "cisco.snmprec").write_text(cisco_like(subset_names))
    agent = SnmpsimAgent(data_dir=data, workdir=tmp_path_factory.mktemp("snmpsim"))
    agent.community = "cisco"
    try:
        agent.start()
    except RuntimeError as exc:
        agent.stop()
        pytest.fail(f"cannot start snmpsim: {exc}", pytrace=False)
    yield agent
    agent.stop()


def test_a_walk_prints_what_net_snmp_prints(cisco_agent: SnmpsimAgent, subset_dir: Path) -> None:
    address = f"127.0.0.1:{cisco_agent.port}"
    common = ["-c", "cisco", "-M", str(subset_dir), "-m", "ALL", "-Cr25", address, ".1"]
    theirs = subprocess.run(
        ["snmpbulkwalk", "-v2c", *common], capture_output=True, text=True, timeout=60, check=True
    )
    ours = subprocess.run(
        [str(CLI), "bulkwalk", "-v", "2c", *common],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ours.returncode == 0, ours.stderr
    result = compare_lines(ours.stdout.splitlines(), theirs.stdout.splitlines())
    assert result.total > 1000
    assert result.differences == []
