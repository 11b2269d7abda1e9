"""The PDU timeline through the service: a request to a scripted agent that drops the first
datagram shows the request, its retry and the response, in order, each decoded; the
transport's datagram log stays bounded."""

from __future__ import annotations

import pytest
from agents.scripted import ScriptedResponder

from snmpscope.core.constants import PduType
from snmpscope.core.service import Reply
from snmpscope.core.service.timeline import TimelineReader
from snmpscope.core.transport.datagram_log import DatagramLog
from tests.service.test_controller import call, get, open_target

SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)


def test_a_retry_shows_as_request_retry_response(qtbot, controller, scripted_agent) -> None:
    agent: ScriptedResponder = scripted_agent
    agent.drop_next(1)
    host, port = agent.address
    session, entity, context = open_target(
        qtbot, controller, f"{host}:{port}", timeout_cs=30, retry=2
    )
    pdu, reply = get(qtbot, controller, session, entity, context)
    assert isinstance(reply, Reply), reply
    timeline = TimelineReader(controller.app).of_pdu(pdu)
    assert [e.kind for e in timeline.entries] == ["request", "retry", "response"]
    assert [e.direction for e in timeline.entries] == ["sent", "sent", "received"]
    assert [e.attempt for e in timeline.entries] == [1, 2, 0]
    request, retry, response = timeline.entries
    assert request.offset_ms == 0.0 and retry.offset_ms >= 250  # after the 0.3 s timeout
    assert response.offset_ms >= retry.offset_ms
    assert request.data == retry.data  # a retry is the same message again
    assert request.pdu_name == "GetRequest-PDU" and response.pdu_name == "Response-PDU"
    assert {e.request_id for e in timeline.entries} == {timeline.request_id}
    assert request.peer == response.peer == f"{host}:{port}"
    assert response.data == bytes(controller.app.describe(reply.response_pdu).raw)
    oid = next(n for n in response.tree.walk() if n.name == "name")
    assert oid.value == SYS_DESCR
    # selecting the response in the tree shows the same exchange
    assert TimelineReader(controller.app).of_pdu(reply.response_pdu).entries == timeline.entries


def test_a_timeout_shows_every_attempt(qtbot, controller, silent_port) -> None:
    host, port = silent_port.address
    session, entity, context = open_target(
        qtbot, controller, f"{host}:{port}", timeout_cs=10, retry=2
    )
    pdu = call(
        qtbot, controller, lambda: controller.create_pdu(session, PduType.GET, ((SYS_DESCR, None),))
    )
    call(qtbot, controller, lambda: controller.send(session, entity, context, pdu))
    timeline = TimelineReader(controller.app).of_pdu(pdu)
    assert [e.kind for e in timeline.entries] == ["request", "retry", "retry"]
    assert len(silent_port.wait_for(3)) == 3


def test_an_unsent_pdu_has_an_empty_timeline(qtbot, controller) -> None:
    session = call(qtbot, controller, lambda: controller.open_session("t"))
    pdu = call(
        qtbot, controller, lambda: controller.create_pdu(session, PduType.GET, ((SYS_DESCR, None),))
    )
    timeline = TimelineReader(controller.app).of_pdu(pdu)
    assert timeline.entries == () and timeline.note
    assert TimelineReader(controller.app).of_pdu(999_999).note == "not a live PDU"


class _Address:
    def __init__(self, ip: str, port: int) -> None:
        self.ip, self.port = ip, port


class _Request:
    def __init__(self, request_id: int) -> None:
        self.session, self.request_id, self.attempt = 1, request_id, 1
        self.max_attempts, self.timeout_s = 1, 1.0
        self.destination, self.wire = _Address("127.0.0.1", 161), b"\x30\x00"


def test_the_log_is_bounded() -> None:
    log = DatagramLog(capacity=8)
    for request_id in range(1, 20):
        log.sent(_Request(request_id))
        log.received(b"\x30\x00", _Address("::1", 161))
    assert len(log) == 8
    assert log.exchange(1, 1) == []  # long gone
    (newest,) = log.exchange(1, 19)[:1]
    assert newest.request_id == 19 and newest.peer == "127.0.0.1:161"
    log.received(b"x" * 70_000, _Address("127.0.0.1", 161))
    assert log.exchange(1, 19)[-1].truncated


@pytest.mark.parametrize("size", [0, 1])
def test_garbage_from_the_peer_is_kept_and_decoded_as_far_as_it_goes(size: int) -> None:
    log = DatagramLog()
    log.sent(_Request(5))
    log.received(b"\x30\x05\x02"[: size + 2], _Address("127.0.0.1", 161))
    (sent, received) = log.exchange(1, 5)
    assert received.direction == "received"


def test_a_v3_probe_without_engine_id_is_discovery(netsnmp, silent_port) -> None:
    """net-snmp's first SNMPv3 datagram (no authoritative engine ID yet) is labelled as
    engine discovery; a v2c datagram of the same log is a plain request."""
    from snmpscope.core.service.timeline import _entry
    from snmpscope.core.transport.datagram_log import LoggedDatagram

    host, port = silent_port.address
    netsnmp.run(
        "snmpget", "-v3", "-l", "noAuthNoPriv", "-u", "probe", "-t", "0.2", "-r", "0",
        f"udp:{host}:{port}", "1.3.6.1.2.1.1.1.0", timeout=20,
    )  # fmt: skip
    (probe,) = silent_port.wait_for(1)[:1]
    entry = _entry(1, LoggedDatagram("sent", 0.0, "x", probe.data, 1, 1, 1), 0.0)
    assert entry.kind == "discovery" and entry.pdu_name == "GetRequest-PDU"
    v2c = _Request(7).wire
    assert _entry(2, LoggedDatagram("sent", 0.1, "x", v2c, 1, 7, 1), 0.0).kind == "request"


@pytest.mark.parametrize(
    ("user", "last"), [(1, "response"), (2, "encrypted")], ids=["authNoPriv", "authPriv"]
)
def test_a_v3_request_shows_discovery_report_request_answer(
    qtbot, controller, user: int, last: str
) -> None:
    """A fresh SNMPv3 entity to the demo agent: the engine-discovery probe, the agent's
    Report (unknownEngineID), the request sent again with the engine learnt, the answer
    (readable with authNoPriv, encrypted with authPriv)."""
    from snmpscope.core.agent.v3_users import DEMO_USERS
    from snmpscope.core.constants import SnmpVersion

    host, port = call(qtbot, controller, lambda: controller.start_demo_agent("127.0.0.1", 0))
    session = call(qtbot, controller, lambda: controller.open_session("v3"))
    security = DEMO_USERS[user].security
    entity = call(
        qtbot,
        controller,
        lambda: controller.add_entity(
            session, f"{host}:{port}", SnmpVersion.V3, 100, 1, security=security
        ),
    )
    context = call(qtbot, controller, lambda: controller.add_context(session, b""))
    pdu, reply = get(qtbot, controller, session, entity, context)
    assert isinstance(reply, Reply), reply
    timeline = TimelineReader(controller.app).of_pdu(pdu)
    assert [e.kind for e in timeline.entries] == ["discovery", "report", "request", last]
    probe, report = timeline.entries[:2]
    assert report.pdu_name == "Report-PDU"
    engine = next(n for n in report.tree.walk() if n.name == "msgAuthoritativeEngineID")
    assert engine.value and len(engine.value) >= 5  # the agent's engine ID, learnt here
    user_name = next(n for n in timeline.entries[2].tree.walk() if n.name == "msgUserName")
    assert user_name.value == security.user.encode()
