"""The embedded demo agent, served through the transport's agent role, checked with net-snmp's
own tools (snmpget, snmpgetnext, snmpbulkget, snmpset, snmpbulkwalk) and with our manager."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from agents.netsnmp import NetSnmpTools, parse_numeric

from snmpscope.core.agent.agent import DemoAgent
from snmpscope.core.agent.mib import DemoMib
from snmpscope.core.api import Snmp, new_application
from snmpscope.core.constants import ApiError, PduType, SnmpVersion, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.oid import oid_from_str
from snmpscope.core.smi.values import SmiValue
from snmpscope.core.transport import transport_of

pytestmark = pytest.mark.snmpd

SYS_DESCR_0 = oid_from_str("1.3.6.1.2.1.1.1.0")
SYS_OBJECT_ID_0 = oid_from_str("1.3.6.1.2.1.1.2.0")
SYS_NAME_0 = oid_from_str("1.3.6.1.2.1.1.5.0")
IF_DESCR = oid_from_str("1.3.6.1.2.1.2.2.1.2")
MISSING_0 = oid_from_str("1.3.6.1.2.1.1.99.0")


@pytest.fixture
def snmp() -> Iterator[Snmp]:
    with Snmp(new_application()) as started:
        yield started


@pytest.fixture
def agent(snmp: Snmp) -> Iterator[DemoAgent]:
    with DemoAgent(snmp, port=0) as running:
        yield running


def value_of(mib: DemoMib, oid: tuple[int, ...]) -> SmiValue:
    return dict(mib.snapshot())[oid]


def text(value: SmiValue) -> str:
    assert isinstance(value.value, bytes)
    return value.value.decode()


@pytest.mark.parametrize("version", ["1", "2c"])
def test_snmpget(agent: DemoAgent, netsnmp: NetSnmpTools, version: str) -> None:
    result = netsnmp.get("127.0.0.1", agent.port, SYS_DESCR_0, SYS_NAME_0, version=version)
    assert result.returncode == 0, result.stderr
    assert parse_numeric(result.stdout) == [
        (SYS_DESCR_0, "STRING", text(value_of(agent.mib, SYS_DESCR_0))),
        (SYS_NAME_0, "STRING", text(value_of(agent.mib, SYS_NAME_0))),
    ]
    assert agent.requests_served == 1


def test_snmpget_of_a_missing_object(agent: DemoAgent, netsnmp: NetSnmpTools) -> None:
    v2 = netsnmp.get("127.0.0.1", agent.port, MISSING_0)
    assert parse_numeric(v2.stdout) == [(MISSING_0, "noSuchObject", "")]
    v1 = netsnmp.get("127.0.0.1", agent.port, MISSING_0, version="1")
    assert v1.returncode != 0
    assert "noSuchName" in v1.stderr + v1.stdout


@pytest.mark.parametrize("version", ["1", "2c"])
def test_snmpgetnext(agent: DemoAgent, netsnmp: NetSnmpTools, version: str) -> None:
    result = netsnmp.getnext("127.0.0.1", agent.port, SYS_DESCR_0, version=version)
    assert result.returncode == 0, result.stderr
    assert parse_numeric(result.stdout) == [
        (
            SYS_OBJECT_ID_0,
            "OID",
            "." + ".".join(map(str, value_of(agent.mib, SYS_OBJECT_ID_0).value)),
        )  # type: ignore[arg-type]
    ]


def test_snmpbulkget(agent: DemoAgent, netsnmp: NetSnmpTools) -> None:
    result = netsnmp.bulkget(
        "127.0.0.1", agent.port, SYS_DESCR_0, IF_DESCR, non_repeaters=1, max_repetitions=5
    )
    assert result.returncode == 0, result.stderr
    rows = parse_numeric(result.stdout)
    descriptions = [(o, v) for o, v in agent.mib.snapshot() if o[: len(IF_DESCR)] == IF_DESCR]
    assert rows[0] == (SYS_OBJECT_ID_0, "OID", rows[0][2])
    assert [(o, "STRING", text(v)) for o, v in descriptions[:5]] == rows[1:]


def test_snmpset_then_get_back(agent: DemoAgent, netsnmp: NetSnmpTools) -> None:
    result = netsnmp.set("127.0.0.1", agent.port, (SYS_NAME_0, "s", "renamed-by-snmpset"))
    assert result.returncode == 0, result.stderr
    assert parse_numeric(result.stdout) == [(SYS_NAME_0, "STRING", "renamed-by-snmpset")]
    after = netsnmp.get("127.0.0.1", agent.port, SYS_NAME_0, version="1")
    assert parse_numeric(after.stdout) == [(SYS_NAME_0, "STRING", "renamed-by-snmpset")]


@pytest.mark.parametrize(("version", "error"), [("2c", "noAccess"), ("1", "noSuchName")])
def test_snmpset_with_the_read_community_is_refused(
    agent: DemoAgent, netsnmp: NetSnmpTools, version: str, error: str
) -> None:
    before = value_of(agent.mib, SYS_NAME_0)
    result = netsnmp.set(
        "127.0.0.1", agent.port, (SYS_NAME_0, "s", "nope"), community="public", version=version
    )
    assert result.returncode != 0
    assert error in result.stderr + result.stdout
    assert value_of(agent.mib, SYS_NAME_0) == before


def test_wrong_community_is_dropped(agent: DemoAgent, netsnmp: NetSnmpTools) -> None:
    result = netsnmp.get(
        "127.0.0.1", agent.port, SYS_DESCR_0, community="guess", timeout=0.2, retries=1
    )
    assert result.returncode != 0
    assert "Timeout" in result.stderr + result.stdout
    transport = transport_of(agent.app)
    assert transport is not None and transport.flush()
    assert agent.requests_dropped == 2
    assert agent.requests_served == 0


@pytest.mark.parametrize("version", ["1", "2c"])
def test_snmpbulkwalk_sees_the_whole_mib(
    agent: DemoAgent, netsnmp: NetSnmpTools, version: str
) -> None:
    rows = netsnmp.walk_numeric(
        "127.0.0.1", agent.port, version=version, root=".1.3.6.1", bulk=version != "1"
    )
    expected = [
        o
        for o, v in agent.mib.snapshot()
        if version != "1" or v.syntax != Syntax.CNTR64  # SNMPv1 never sees Counter64
    ]
    assert [row[0] for row in rows] == expected


def test_our_manager_against_the_demo_agent_over_ipv6(snmp: Snmp) -> None:
    with DemoAgent(snmp, host="::1", port=0) as agent, snmp.session() as session:
        assert agent.entity_string.startswith("[::1]:")
        target = session.entity(agent.entity_string)
        pdu = session.pdu(PduType.GETBULK, [(IF_DESCR, None)], max_repetitions=3)
        request_id = session.send(target, session.context("public"), pdu)
        note = session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None and note.event == 0
        answer = session.recv()
        names = [(o, v) for o, v in agent.mib.snapshot() if o[: len(IF_DESCR)] == IF_DESCR]
        assert answer.pdu.varbinds == names[:3]
        assert answer.src.address.port == agent.port


def test_a_taken_port_falls_back_to_an_ephemeral_one(snmp: Snmp) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        taken = squatter.getsockname()[1]
        with DemoAgent(snmp, port=taken) as agent:
            assert agent.port not in (0, taken)
        strict = DemoAgent(snmp, port=taken, fallback_to_ephemeral=False)
        with pytest.raises(SnmpApiError) as caught:
            strict.start()
        assert caught.value.code == ApiError.TL_OTHER
        assert not strict.running


def test_stop_releases_the_port_and_the_startup_reference() -> None:
    app = new_application()
    agent = DemoAgent(app, port=0)
    host, port = agent.start()
    assert app.initialized and agent.running
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe,
        pytest.raises(OSError, match="in use"),
    ):
        probe.bind((host, port))
    transport = transport_of(app)
    assert transport is not None
    threads = transport.threads
    agent.stop()
    agent.stop()  # idempotent
    assert not app.initialized  # its SnmpStartupEx reference was the only one
    for thread in threads:
        thread.join(5.0)
        assert not thread.is_alive()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind((host, port))


def test_the_agent_keeps_its_own_reference(snmp: Snmp, netsnmp: NetSnmpTools) -> None:
    """Started by the program, the agent survives the program's own cleanup."""
    with DemoAgent(snmp, port=0) as agent:
        snmp.stop()
        assert agent.app.initialized
        result = netsnmp.get("127.0.0.1", agent.port, SYS_DESCR_0)
        assert result.returncode == 0, result.stderr


def test_v1_request_ids_and_versions_are_echoed(snmp: Snmp, agent: DemoAgent) -> None:
    with snmp.session() as session:
        target = session.entity(agent.entity_string, version=SnmpVersion.V1)
        pdu = session.pdu(PduType.GET, [(SYS_NAME_0, None)], request_id=2**31 - 1)
        session.send(target, session.context("public"), pdu)
        note = session.wait_notification(lambda n: n.request_id == 2**31 - 1, timeout=10)
        assert note is not None and note.event == 0
        answer = session.recv()
        assert answer.src.version == SnmpVersion.V1
        assert answer.pdu.varbinds == [(SYS_NAME_0, value_of(agent.mib, SYS_NAME_0))]
