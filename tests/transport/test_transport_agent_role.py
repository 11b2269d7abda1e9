"""The agent role (SnmpListen): binding and releasing the port, requests in the owning
session's queue, RESPONSEs sent from the listening socket."""

from __future__ import annotations

import errno
import socket

import pytest
from agents.snmpd import free_udp_port as free_port
from transportkit import EventLog, Notes, flushed, oid

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Entity, Session, Snmp
from snmpscope.core.constants import ApiError, PduType, SnmpVersion, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.smi.values import SmiValue

SYS_NAME_0 = oid("1.3.6.1.2.1.1.5.0")
NAME = SmiValue(Syntax.OCTETS, b"agent-role")


def port_is_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            return False
        return True


def text(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def listening_agent(session: Session, host: str) -> tuple[Entity, int]:
    port = free_port(host)
    agent = session.entity_from_string(text(host, port))
    agent.listen()
    return agent, port


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_manager_and_agent_round_trip(snmp: Snmp, host: str) -> None:
    with snmp.session(name="agent") as agent_side, snmp.session(name="manager") as manager:
        listening, port = listening_agent(agent_side, host)
        target = manager.entity(text(host, port), timeout_cs=300, retry=0)
        request_id = manager.send(
            target, manager.context("secret"), manager.pdu(PduType.GET, [(SYS_NAME_0, None)])
        )
        # The request lands in the queue of the session that owns the listening entity.
        note = agent_side.wait_notification(timeout=10)
        assert note is not None and (note.event, note.request_id) == (0, request_id)
        request = agent_side.recv()
        assert request.pdu.type == PduType.GET
        assert request.pdu.varbinds == [(SYS_NAME_0, SmiValue(Syntax.NULL, None))]
        assert request.context.community == b"secret"
        assert request.dst.address.port == port
        assert request.src.version == SnmpVersion.V2C
        response = agent_side.pdu(PduType.RESPONSE, [(SYS_NAME_0, NAME)], request_id=request_id)
        agent_side.send(request.src, request.context, response, src=listening)
        # The manager accepts answers only from the address it asked: from the listening port.
        answer = manager.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert answer is not None and answer.event == 0
        message = manager.recv()
        assert message.src.address.port == port
        assert message.pdu.varbinds == [(SYS_NAME_0, NAME)]


def test_response_without_source_entity_leaves_from_the_listening_socket(snmp: Snmp) -> None:
    with snmp.session() as agent_side, snmp.session() as manager:
        _, port = listening_agent(agent_side, "127.0.0.1")
        target = manager.entity(text("127.0.0.1", port), version=SnmpVersion.V1, retry=0)
        request_id = manager.send(target, manager.context("c"), manager.pdu(PduType.GETNEXT))
        assert agent_side.wait_notification(timeout=10) is not None
        request = agent_side.recv()
        assert request.src.version == SnmpVersion.V1
        response = agent_side.pdu(PduType.RESPONSE, [(SYS_NAME_0, NAME)], request_id=request_id)
        agent_side.send(request.src, request.context, response)  # no src
        answer = manager.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert answer is not None and answer.event == 0
        assert manager.recv().src.version == SnmpVersion.V1


def test_listen_binds_and_off_free_and_close_release_the_port(snmp: Snmp) -> None:
    session = snmp.session()
    for release in ("off", "free", "close"):
        if session.valid is False:
            session = snmp.session()
        agent, port = listening_agent(session, "127.0.0.1")
        assert not port_is_free("127.0.0.1", port)
        if release == "off":
            agent.listen(False)
        elif release == "free":
            agent.free()
        else:
            session.close()
        assert port_is_free("127.0.0.1", port), f"{release} did not release the port"
    if session.valid:
        session.close()


def test_listen_on_a_taken_port_is_tl_other(facade: Application) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        port = squatter.getsockname()[1]
        session = w.SnmpCreateSession(None, 0, Notes(), None)
        entity = w.SnmpStrToEntity(session, f"127.0.0.1:{port}")
        assert w.SnmpListen(entity, w.SNMPAPI_ON) == w.SNMPAPI_FAILURE
        assert w.SnmpGetLastError(session) == w.SNMPAPI_TL_OTHER
        with pytest.raises(SnmpApiError) as caught:
            facade.listen(entity, w.SNMPAPI_ON)
        assert f"127.0.0.1:{port}" in caught.value.detail
        assert "in use" in caught.value.detail
        # Nothing was bound: the entity is not listening and SetPort still works.
        assert w.SnmpSetPort(entity, free_port()) == w.SNMPAPI_SUCCESS
        assert w.SnmpListen(entity, w.SNMPAPI_ON) == w.SNMPAPI_SUCCESS
        assert w.SnmpListen(entity, w.SNMPAPI_ON) == w.SNMPAPI_FAILURE
        assert w.SnmpGetLastError(session) == w.SNMPAPI_NOOP


def test_requests_for_a_stopped_listener_are_not_queued(snmp: Snmp) -> None:
    with snmp.session() as agent_side, snmp.session() as manager:
        agent, port = listening_agent(agent_side, "127.0.0.1")
        agent.listen(False)
        target = manager.entity(text("127.0.0.1", port), timeout_cs=5, retry=0)
        request_id = manager.send(target, manager.context("c"), manager.pdu(PduType.GET))
        note = manager.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None
        # Nobody listens any more: the kernel says port unreachable.
        assert note.event == ApiError.TL_UNDELIVERABLE
        flushed(snmp.app)
        assert agent_side.queued == 0


def test_traps_sent_to_an_agent_port_are_not_delivered(snmp: Snmp) -> None:
    log = EventLog(snmp.app)
    with snmp.session() as agent_side, snmp.session() as sender:
        agent_side.register()
        _, port = listening_agent(agent_side, "127.0.0.1")
        target = sender.entity(text("127.0.0.1", port))
        sender.send(target, sender.context("c"), sender.pdu(PduType.TRAP, []))
        log.wait(log.dropped("TRAP on the agent port"), timeout=10)
        assert flushed(snmp.app).stats.unexpected_pdu == 1
        assert agent_side.queued == 0
    log.close()
