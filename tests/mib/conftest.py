"""Fixtures for the MIB tests: the MIB corpus subset, compiled once per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from agents.snmpd import SnmpdAgent
from agents.snmprec import cisco_like, record_walk
from agents.snmpsim import SnmpsimAgent
from mibkit import CORPUS, copy_subset

from snmpscope.core.agent.agent import DemoAgent
from snmpscope.core.api import Snmp
from snmpscope.core.client.manager import Manager
from snmpscope.core.mib.names import MibNames
from snmpscope.core.smi.values import SmiValue


@pytest.fixture(scope="session")
def corpus() -> Path:
    assert (CORPUS / "SNMPv2-SMI").is_file(), f"no MIB corpus at {CORPUS} (SNMPSCOPE_TEST_MIBS)"
    return CORPUS


@pytest.fixture(scope="session")
def subset_dir(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the SUBSET modules and what they import (~60 files)."""
    folder = tmp_path_factory.mktemp("subset-mibs")
    copy_subset(folder)
    return folder


@pytest.fixture(scope="session")
def subset_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("subset-cache")


@pytest.fixture(scope="session")
def subset_names(subset_dir: Path, subset_cache: Path) -> MibNames:
    """``-m ALL -M subset`` compiled once for the session."""
    names = MibNames(["ALL"], dirs=[str(subset_dir)], cache_dir=subset_cache)
    names.ensure_loaded()
    return names


def _walk_all(snmp: Snmp, port: int, community: str) -> list[tuple[tuple[int, ...], SmiValue]]:
    session = snmp.session("record")
    try:
        manager = Manager(session)
        entity = session.entity(f"127.0.0.1:{port}", timeout_cs=300, retry=2)
        context = session.context(community.encode())
        return list(manager.walk(entity, context, (1,), max_repetitions=25).run())
    finally:
        session.close()


@pytest.fixture(scope="session")
def recorded_agent(
    subset_names: MibNames,
    snmpd_agent: SnmpdAgent,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[SnmpsimAgent]:
    """One snmpsim serving three recordings (community = recording): ``snmpd`` (the private
    snmpd walked by our client and recorded), ``demo`` (the demo agent, the same way) and
    ``cisco`` (the Cisco-like switch of :func:`agents.snmprec.cisco_like`)."""
    data = tmp_path_factory.mktemp("recordings")
    with Snmp() as snmp:
        walked = _walk_all(snmp, snmpd_agent.port, snmpd_agent.ro_community)
        (data / "snmpd.snmprec").write_text(record_walk(walked))
        demo = DemoAgent(snmp, port=0)
        demo.start()
        try:
            (data / "demo.snmprec").write_text(record_walk(_walk_all(snmp, demo.port, "public")))
        finally:
            demo.stop()
    (data / "cisco.snmprec").write_text(cisco_like(subset_names))
    agent = SnmpsimAgent(data_dir=data, workdir=tmp_path_factory.mktemp("snmpsim-recorded"))
    agent.community = "cisco"
    try:
        agent.start()
    except RuntimeError as exc:
        agent.stop()
        pytest.fail(f"cannot start snmpsim: {exc}", pytrace=False)
    yield agent
    agent.stop()
