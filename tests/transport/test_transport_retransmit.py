"""Retransmission, timeouts, cancel and close, counted on the wire at a silent port.

Reference §10: case 14 (timeout with retransmit ON notifies wParam 108 with lParam = request
id; after SnmpCancelMsg nothing) and case 4 (close discards in-flight requests).
"""

from __future__ import annotations

import pytest
from agents.scripted import ScriptedResponder
from agents.silent import SilentPort
from transportkit import EventLog, Notes, flushed, oid

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Snmp, new_application
from snmpscope.core.constants import ApiError, PduType, SnmpVersion
from snmpscope.core.model.application import Application
from snmpscope.core.model.events import EventType
from snmpscope.core.model.states import PduState
from snmpscope.core.transport import transport_of

SYS_DESCR_0 = oid("1.3.6.1.2.1.1.1.0")


def entity_text(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def send_get(facade_session: int, agent: int, context: int) -> int:
    vbl = w.SnmpCreateVbl(facade_session, SYS_DESCR_0, None)
    pdu = w.SnmpCreatePdu(facade_session, w.SNMP_PDU_GET, 0, 0, 0, vbl)
    _, _, request_id, _, _, _ = w.SnmpGetPduData(pdu, vbl=False)
    assert w.SnmpSendMsg(facade_session, 0, agent, context, pdu) == w.SNMPAPI_SUCCESS
    return int(request_id)


@pytest.mark.parametrize("retry", [0, 1, 3])
def test_case14_silent_port_gets_retry_plus_one_copies_then_timeout(
    facade: Application, silent_port: SilentPort, retry: int
) -> None:
    notes = Notes()
    session = w.SnmpCreateSession(None, 0, notes, None)
    agent = w.SnmpStrToEntity(session, entity_text(*silent_port.address))
    context = w.SnmpStrToContext(session, b"public")
    assert w.SnmpSetTimeout(agent, 5) == w.SNMPAPI_SUCCESS  # 50 ms
    if retry:
        assert w.SnmpSetRetry(agent, retry) == w.SNMPAPI_SUCCESS
    else:
        facade.set_retry(agent, 0, zero_means_default=False)  # the C call's 0 means "default"
    request_id = send_get(session, agent, context)
    note = notes.wait(lambda n: n.lparam == request_id, timeout=10)
    assert (note.session, note.wparam, note.lparam) == (session, w.SNMPAPI_TL_TIMEOUT, request_id)
    copies = [d for d in silent_port.flush() if d.request_id == request_id]
    assert len(copies) == retry + 1
    assert {d.data for d in copies} == {copies[0].data}  # the same encoded bytes every time
    assert len(notes.of(request_id)) == 1
    assert facade.outstanding_count(session) == 0
    # Nothing queued for a timeout: RecvMsg has nothing to give.
    assert w.SnmpRecvMsg(session)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_NOOP


def test_case14_cancel_stops_retries_and_the_timeout_notice(
    facade: Application, silent_port: SilentPort
) -> None:
    notes = Notes()
    session = w.SnmpCreateSession(None, 0, notes, None)
    agent = w.SnmpStrToEntity(session, entity_text(*silent_port.address))
    context = w.SnmpStrToContext(session, b"public")
    assert w.SnmpSetTimeout(agent, 5) == w.SNMPAPI_SUCCESS
    assert w.SnmpSetRetry(agent, 3) == w.SNMPAPI_SUCCESS
    cancelled = send_get(session, agent, context)
    silent_port.wait_for(1)
    assert w.SnmpCancelMsg(session, cancelled) == w.SNMPAPI_SUCCESS
    # A second request with the same policy, sent after the cancel: by the time it has used
    # up its retries, every retransmission of the cancelled one would have happened too.
    witness = send_get(session, agent, context)
    notes.wait(lambda n: n.lparam == witness and n.wparam == w.SNMPAPI_TL_TIMEOUT, timeout=10)
    flushed(facade)
    datagrams = silent_port.flush()
    assert [d.request_id for d in datagrams].count(cancelled) == 1
    assert [d.request_id for d in datagrams].count(witness) == 4
    assert notes.of(cancelled) == []
    # Cancelling again: no longer outstanding.
    assert w.SnmpCancelMsg(session, cancelled) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_PDU_INVALID


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_retransmit_off_sends_once_and_still_times_out(
    snmp: Snmp, host: str, silent_port: SilentPort, silent_port6: SilentPort
) -> None:
    port = silent_port if host == "127.0.0.1" else silent_port6
    snmp.retransmit = False
    with snmp.session() as session:
        agent = session.entity(entity_text(host, port.port), timeout_cs=5, retry=3)
        pdu = session.pdu(PduType.GET, [(SYS_DESCR_0, None)])
        request_id = session.send(agent, session.context("public"), pdu)
        note = session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None and note.event == ApiError.TL_TIMEOUT
        assert [d.request_id for d in port.flush()] == [request_id]
        status = pdu.status
        assert status.state is PduState.TIMED_OUT
        assert (status.attempt, status.max_attempts) == (1, 1)
        assert status.error == ApiError.TL_TIMEOUT


def test_retransmission_shows_in_pdu_status_and_events(snmp: Snmp, silent_port: SilentPort) -> None:
    log = EventLog(snmp.app)
    with snmp.session() as session:
        agent = session.entity(entity_text(*silent_port.address), timeout_cs=5, retry=2)
        pdu = session.pdu(PduType.GET, [(SYS_DESCR_0, None)])
        request_id = session.send(agent, session.context("public"), pdu)
        session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        status = pdu.status
        assert status.state is PduState.TIMED_OUT
        assert (status.attempt, status.max_attempts) == (3, 3)
        assert status.peer == entity_text(*silent_port.address)
        wire = silent_port.flush()[0].data
        assert status.raw == wire
    sent = [e for e in log.of_type(EventType.MESSAGE_SENT) if e.detail["request_id"] == request_id]
    again = [
        e
        for e in log.of_type(EventType.MESSAGE_RETRANSMITTED)
        if e.detail["request_id"] == request_id
    ]
    timed_out = log.of_type(EventType.REQUEST_TIMED_OUT)
    assert len(sent) == 1 and len(again) == 2
    assert [e.detail["attempt"] for e in sent + again] == [1, 2, 3]
    assert all(e.detail["raw"] == wire for e in sent + again)
    assert timed_out and timed_out[-1].seq > again[-1].seq > sent[0].seq
    log.close()


def test_answer_after_a_retransmission_is_delivered_once(
    snmp: Snmp, scripted_agent: ScriptedResponder
) -> None:
    scripted_agent.drop_next(2)
    with snmp.session() as session:
        agent = session.entity(entity_text(*scripted_agent.address), timeout_cs=5, retry=3)
        pdu = session.pdu(PduType.GET, [(SYS_DESCR_0, None)])
        request_id = session.send(agent, session.context("public"), pdu)
        note = session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None and note.event == 0
        message = session.recv()
        assert message.pdu.varbinds[0][1].value == b"snmpscope scripted responder"
        assert pdu.status.state is PduState.ANSWERED
        assert pdu.status.attempt == 3
        requests = [r for r in scripted_agent.requests if r.request_id == request_id]
        assert [r.action for r in requests] == ["dropped", "dropped", "answered"]
        retry, actual_retry = snmp.app.get_retry(agent.handle)
        assert (retry, actual_retry) == (3, 2)
        assert snmp.app.get_timeout(agent.handle)[1] >= 0


def test_case4_close_discards_in_flight_requests(
    facade: Application, scripted_agent: ScriptedResponder
) -> None:
    """Send, close before the reply: no notification; RecvMsg on the old handle fails with
    SESSION_INVALID. The answer that arrives afterwards is dropped (counted as late)."""
    scripted_agent.send_late(1)
    notes = Notes()
    log = EventLog(facade)
    session = w.SnmpCreateSession(None, 0, notes, None)
    agent = w.SnmpStrToEntity(session, entity_text(*scripted_agent.address))
    context = w.SnmpStrToContext(session, b"public")
    request_id = send_get(session, agent, context)
    assert scripted_agent.wait_for_requests(1)[0].request_id == request_id
    assert w.SnmpClose(session) == w.SNMPAPI_SUCCESS
    assert scripted_agent.release_late() == 1
    log.wait(log.dropped("response after the request closed"), timeout=10)
    flushed(facade)
    assert notes.items == []
    assert w.SnmpRecvMsg(session)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(None) == w.SNMPAPI_SESSION_INVALID
    assert flushed(facade).stats.late == 1
    log.close()


def test_close_stops_retransmissions(snmp: Snmp, silent_port: SilentPort) -> None:
    session = snmp.session()
    witness_session = snmp.session()
    agent = session.entity(entity_text(*silent_port.address), timeout_cs=5, retry=3)
    request_id = session.send(agent, session.context("public"), session.pdu(PduType.GET))
    silent_port.wait_for(1)
    session.close()
    witness_agent = witness_session.entity(entity_text(*silent_port.address), timeout_cs=5, retry=3)
    witness = witness_session.send(
        witness_agent, witness_session.context("public"), witness_session.pdu(PduType.GET)
    )
    note = witness_session.wait_notification(lambda n: n.request_id == witness, timeout=10)
    assert note is not None and note.event == ApiError.TL_TIMEOUT
    assert [d.request_id for d in silent_port.flush()].count(request_id) == 1
    witness_session.close()


def test_v1_and_v2c_requests_to_a_silent_port_carry_their_version(
    snmp: Snmp, silent_port: SilentPort
) -> None:
    with snmp.session() as session:
        for version in (SnmpVersion.V1, SnmpVersion.V2C):
            agent = session.entity(
                entity_text(*silent_port.address), version=version, timeout_cs=5, retry=0
            )
            request_id = session.send(agent, session.context("c"), session.pdu(PduType.GETNEXT))
            session.wait_notification(lambda n, r=request_id: n.request_id == r, timeout=10)
        assert [(d.version, d.community, d.pdu_type) for d in silent_port.flush()] == [
            (0, b"c", "GetNextRequest"),
            (1, b"c", "GetNextRequest"),
        ]


def test_cleanup_stops_the_threads_and_startup_brings_a_new_transport(
    scripted_agent: ScriptedResponder,
) -> None:
    app = new_application()
    assert transport_of(app) is None  # nothing runs before the network is needed
    for _ in range(2):
        snmp = Snmp(app).start()
        with snmp.session() as session:
            agent = session.entity(entity_text(*scripted_agent.address))
            request_id = session.send(agent, session.context("public"), session.pdu(PduType.GET))
            note = session.wait_notification(lambda n, r=request_id: n.request_id == r)
            assert note is not None and note.event == 0
        transport = transport_of(app)
        assert transport is not None
        threads = transport.threads
        assert len(threads) == 2
        snmp.stop()
        assert transport_of(app) is None
        for thread in threads:
            thread.join(5.0)
            assert not thread.is_alive()
