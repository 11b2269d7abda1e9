"""Faulty peers never deliver a wrong answer and never hang: wrong request ids, garbage,
truncated BER, duplicates, late answers, answers from the wrong address or in the wrong
version, and ICMP port unreachable."""

from __future__ import annotations

import socket

import pytest
from agents.scripted import ScriptedResponder
from agents.silent import ClosedPort, SilentPort
from transportkit import EventLog, Notes, flushed, oid, transport

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Session, Snmp
from snmpscope.core.constants import ApiError, PduType, SnmpVersion, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import PduData, PduState
from snmpscope.core.smi.values import SmiValue, make_value
from snmpscope.core.transport.codec import PysnmpCodec, WireMessage

SYS_DESCR_0 = oid("1.3.6.1.2.1.1.1.0")
SYS_NAME_0 = oid("1.3.6.1.2.1.1.5.0")
DESCR = SmiValue(Syntax.OCTETS, b"snmpscope scripted responder")


def get(
    session: Session, agent: ScriptedResponder | SilentPort, timeout_cs: int = 10, retry: int = 3
) -> tuple[int, int]:
    entity = session.entity(
        f"[{agent.host}]:{agent.port}" if ":" in agent.host else f"{agent.host}:{agent.port}",
        timeout_cs=timeout_cs,
        retry=retry,
    )
    pdu = session.pdu(PduType.GET, [(SYS_DESCR_0, None)])
    request_id = session.send(entity, session.context("public"), pdu)
    note = session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
    assert note is not None, "the request neither completed nor timed out"
    return request_id, note.event


def assert_right_answer(session: Session, request_id: int) -> None:
    message = session.recv()
    assert message.pdu.request_id == request_id
    assert message.pdu.varbinds == [(SYS_DESCR_0, DESCR)]
    with pytest.raises(SnmpApiError) as caught:
        session.recv()  # exactly one message was queued
    assert caught.value.code == ApiError.NOOP


@pytest.mark.parametrize(
    ("fault", "counter"),
    [
        (lambda a: a.wrong_request_id(1), "unknown_request_id"),
        (lambda a: a.send_garbage(1), "undecodable"),
        (lambda a: a.send_truncated(1), "undecodable"),
        (lambda a: a.send_truncated(1, keep=3), "undecodable"),
        (lambda a: a.answer_with_version(0), "wrong_version"),
    ],
    ids=["wrong-request-id", "garbage", "truncated-half", "truncated-header", "wrong-version"],
)
def test_a_bad_answer_is_dropped_and_the_retransmission_answered(
    snmp: Snmp, scripted_agent: ScriptedResponder, fault: object, counter: str
) -> None:
    fault(scripted_agent)  # type: ignore[operator]
    with snmp.session() as session:
        request_id, event = get(session, scripted_agent)
        assert event == 0
        assert_right_answer(session, request_id)
    stats = flushed(snmp.app).stats
    assert getattr(stats, counter) == 1
    assert stats.retransmitted == 1
    assert stats.responses == 1


def test_only_wrong_answers_end_in_a_timeout(snmp: Snmp, scripted_agent: ScriptedResponder) -> None:
    scripted_agent.wrong_request_id(3)
    with snmp.session() as session:
        request_id, event = get(session, scripted_agent, timeout_cs=5, retry=2)
        assert event == ApiError.TL_TIMEOUT
        with pytest.raises(SnmpApiError) as caught:
            session.recv()
        assert caught.value.code == ApiError.NOOP
    stats = flushed(snmp.app).stats
    assert (stats.unknown_request_id, stats.timeouts, stats.responses) == (3, 1, 0)


def test_duplicated_answers_are_delivered_once(
    snmp: Snmp, scripted_agent: ScriptedResponder
) -> None:
    scripted_agent.duplicate_next(1, copies=3)
    with snmp.session() as session:
        request_id, event = get(session, scripted_agent)
        assert event == 0
        scripted_agent.wait_for_sent(3)
        assert flushed(snmp.app).stats.duplicates == 2
        assert_right_answer(session, request_id)


def test_a_late_answer_after_the_timeout_is_dropped(
    snmp: Snmp, scripted_agent: ScriptedResponder
) -> None:
    scripted_agent.send_late(1)
    log = EventLog(snmp.app)
    with snmp.session() as session:
        request_id, event = get(session, scripted_agent, timeout_cs=5, retry=0)
        assert event == ApiError.TL_TIMEOUT
        assert scripted_agent.release_late() == 1
        log.wait(log.dropped("response after the request timed out"), timeout=10)
        flushed(snmp.app)
        with pytest.raises(SnmpApiError) as caught:
            session.recv()
        assert caught.value.code == ApiError.NOOP
        assert session.wait_notification(timeout=0) is None
    assert flushed(snmp.app).stats.late == 1
    log.close()


def test_a_late_answer_after_cancel_is_dropped(
    snmp: Snmp, scripted_agent: ScriptedResponder
) -> None:
    scripted_agent.send_late(1)
    log = EventLog(snmp.app)
    with snmp.session() as session:
        entity = session.entity(f"127.0.0.1:{scripted_agent.port}", timeout_cs=500, retry=0)
        pdu = session.pdu(PduType.GET, [(SYS_DESCR_0, None)])
        request_id = session.send(entity, session.context("public"), pdu)
        scripted_agent.wait_for_requests(1)
        session.cancel(request_id)
        assert pdu.status.state is PduState.CANCELLED
        scripted_agent.release_late()
        log.wait(log.dropped("response after the request cancelled"), timeout=10)
        flushed(snmp.app)
        assert session.wait_notification(timeout=0) is None
        assert session.queued == 0
        assert pdu.status.state is PduState.CANCELLED
    log.close()


def test_answers_from_another_address_are_dropped(snmp: Snmp, silent_port: SilentPort) -> None:
    """A forged answer with the right request id but from another port than the request went
    to never completes the request."""
    log = EventLog(snmp.app)
    with snmp.session() as session:
        entity = session.entity(f"127.0.0.1:{silent_port.port}", timeout_cs=30, retry=0)
        request_id = session.send(
            entity, session.context("public"), session.pdu(PduType.GET, [(SYS_DESCR_0, None)])
        )
        silent_port.wait_for(1)
        local = transport(snmp.app).local_address(socket.AF_INET)
        assert local is not None
        forged = PysnmpCodec().encode(
            WireMessage(
                SnmpVersion.V2C,
                b"public",
                PduData(PduType.RESPONSE, request_id, 0, 0, [(SYS_DESCR_0, DESCR)]),
            )
        )
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as intruder:
            intruder.bind(("127.0.0.1", 0))
            intruder.sendto(forged, ("127.0.0.1", local.port))
            log.wait(log.dropped("another address"), timeout=10)
        note = session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None and note.event == ApiError.TL_TIMEOUT
        assert session.queued == 0
    assert flushed(snmp.app).stats.wrong_peer == 1
    log.close()


def test_garbage_to_the_manager_port_is_counted(snmp: Snmp, silent_port: SilentPort) -> None:
    log = EventLog(snmp.app)
    with snmp.session() as session:
        entity = session.entity(f"127.0.0.1:{silent_port.port}", timeout_cs=5, retry=0)
        session.send(entity, session.context("public"), session.pdu(PduType.GET))
        local = transport(snmp.app).local_address(socket.AF_INET)
        assert local is not None
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as noise:
            for junk in (b"\x00", b"\x30\x82\xff\xff", b"\x30\x03\x02\x01\x07"):
                noise.sendto(junk, ("127.0.0.1", local.port))
        log.wait_count(log.dropped("undecodable"), 3)
    assert flushed(snmp.app).stats.undecodable == 3
    log.close()


def test_icmp_port_unreachable_fails_the_request_with_undeliverable(
    facade: Application, closed_port: ClosedPort
) -> None:
    """Reference §5.6: the session is notified (wParam 104, lParam = request id) and the next
    RecvMsg fails with TL_UNDELIVERABLE but still fills its outputs."""
    notes = Notes()
    session = w.SnmpCreateSession(None, 0, notes, None)
    agent = w.SnmpStrToEntity(session, f"127.0.0.1:{closed_port.port}")
    context = w.SnmpStrToContext(session, b"public")
    vbl = w.SnmpCreateVbl(session, SYS_DESCR_0, None)
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 0, 0, 0, vbl)
    request_id = w.SnmpGetPduData(pdu, vbl=False)[2]
    assert w.SnmpSendMsg(session, 0, agent, context, pdu) == w.SNMPAPI_SUCCESS
    note = notes.wait(lambda n: n.lparam == request_id, timeout=10)
    assert note.wparam == w.SNMPAPI_TL_UNDELIVERABLE
    status, src, dst, ctx, failed = w.SnmpRecvMsg(session)
    assert status == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_TL_UNDELIVERABLE
    assert all((src, dst, ctx, failed))
    assert w.SnmpGetPduData(failed, vbl=False)[2] == request_id
    assert w.SnmpEntityToStr(src)[1] == f"127.0.0.1:{closed_port.port}"
    assert facade.pdu_status(pdu).state is PduState.FAILED
    assert facade.pdu_status(pdu).error == w.SNMPAPI_TL_UNDELIVERABLE
    assert flushed(facade).stats.unreachable == 1
    assert facade.outstanding_count(session) == 0


def test_pythonic_recv_of_a_transport_error_carries_the_handles(
    snmp: Snmp, closed_port: ClosedPort
) -> None:
    with snmp.session() as session:
        entity = session.entity(f"127.0.0.1:{closed_port.port}")
        request_id = session.send(entity, session.context("public"), session.pdu(PduType.GET))
        note = session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None and note.event == ApiError.TL_UNDELIVERABLE
        with pytest.raises(SnmpApiError) as caught:
            session.recv()
        assert caught.value.code == ApiError.TL_UNDELIVERABLE
        outputs = caught.value.outputs  # type: ignore[attr-defined]
        assert snmp.app.pdu_data(outputs[3]).request_id == request_id


def test_message_too_big_for_udp_fails_at_send(snmp: Snmp, silent_port: SilentPort) -> None:
    huge = make_value(Syntax.OCTETS, b"x" * 65535)
    with snmp.session() as session:
        entity = session.entity(f"127.0.0.1:{silent_port.port}")
        pdu = session.pdu(PduType.SET, [(SYS_NAME_0, huge)])
        with pytest.raises(SnmpApiError) as caught:
            session.send(entity, session.context("private"), pdu)
        assert caught.value.code == ApiError.TL_PDU_TOO_BIG
        assert "65507" in caught.value.detail
        assert session.last_error == ApiError.TL_PDU_TOO_BIG
        assert snmp.app.outstanding_count(session.handle) == 0
    assert silent_port.flush() == []


def test_socket_creation_failure_is_tl_resource_error(
    snmp: Snmp, scripted_agent: ScriptedResponder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The IPv6 socket is made on the first IPv6 send; when the system refuses a socket (out
    of descriptors here) that send fails at once with TL_RESOURCE_ERROR, and IPv4 goes on."""
    real_socket = socket.socket

    def no_ipv6(family: int = -1, *args: object, **kwargs: object) -> socket.socket:
        if family == socket.AF_INET6:
            raise OSError(24, "Too many open files")
        return real_socket(family, *args, **kwargs)  # type: ignore[arg-type]

    with snmp.session() as session:
        request_id, event = get(session, scripted_agent)  # the transport and IPv4 are up
        assert event == 0
        session.recv()
        monkeypatch.setattr(socket, "socket", no_ipv6)
        target = session.entity("[::1]:161")
        with pytest.raises(SnmpApiError) as caught:
            session.send(target, session.context("public"), session.pdu(PduType.GET))
        assert caught.value.code == ApiError.TL_RESOURCE_ERROR
        assert "IPv6" in caught.value.detail and "Too many open files" in caught.value.detail
        assert snmp.app.outstanding_count(session.handle) == 0
        monkeypatch.undo()
        request_id, event = get(session, scripted_agent)
        assert event == 0
        assert_right_answer(session, request_id)
