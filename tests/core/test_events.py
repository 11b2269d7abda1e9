"""Resource events: every session opened/closed and handle created/changed/freed, in order."""

from __future__ import annotations

from snmpscope.core.api import Snmp
from snmpscope.core.constants import HandleKind
from snmpscope.core.model.events import EventType, ResourceEvent


def test_event_stream_for_a_session_life() -> None:
    with Snmp() as snmp:
        seen: list[ResourceEvent] = []
        snmp.app.events.subscribe(seen.append)
        session = snmp.session()
        entity = session.entity("10.0.0.1")
        vbl = session.vbl()
        vbl.append((1, 3, 6, 1))
        entity.timeout_cs = 300
        vbl.free()
        pdu = session.pdu(0xA0)
        session.close()
        summary = [(e.type, e.handle, e.kind, e.owner, e.implicit) for e in seen]
        s = session.handle
        # session.pdu() makes the PDU straight from its varbinds (no VBL handle in between)
        assert summary == [
            (EventType.SESSION_OPENED, s, HandleKind.SESSION, s, False),
            (EventType.CREATED, entity.handle, HandleKind.ENTITY, s, False),
            (EventType.CREATED, vbl.handle, HandleKind.VBL, s, False),
            (EventType.CHANGED, vbl.handle, HandleKind.VBL, s, False),
            (EventType.CHANGED, entity.handle, HandleKind.ENTITY, s, False),
            (EventType.FREED, vbl.handle, HandleKind.VBL, s, False),
            (EventType.CREATED, pdu.handle, HandleKind.PDU, s, False),
            (EventType.SESSION_CLOSING, s, HandleKind.SESSION, s, False),
            (EventType.FREED, entity.handle, HandleKind.ENTITY, s, True),
            (EventType.FREED, pdu.handle, HandleKind.PDU, s, True),
            (EventType.SESSION_CLOSED, s, HandleKind.SESSION, s, False),
        ]
        assert [e.seq for e in seen] == sorted(e.seq for e in seen)
        assert seen[4].what == "timeout"


def test_a_failing_subscriber_does_not_break_the_model() -> None:
    with Snmp() as snmp:

        def broken(_event: ResourceEvent) -> None:
            raise RuntimeError("observer bug")

        good: list[ResourceEvent] = []
        snmp.app.events.subscribe(broken)
        snmp.app.events.subscribe(good.append)
        with snmp.session() as session:
            session.vbl()
        assert [e.type for e in good][-1] == EventType.SESSION_CLOSED


def test_unsubscribe() -> None:
    with Snmp() as snmp:
        seen: list[ResourceEvent] = []
        stop = snmp.app.events.subscribe(seen.append)
        snmp.session().close()
        count = len(seen)
        stop()
        snmp.session().close()
        assert len(seen) == count


def test_cleanup_frees_everything_with_events() -> None:
    snmp = Snmp().start()
    seen: list[ResourceEvent] = []
    snmp.app.events.subscribe(seen.append)
    session = snmp.session()
    session.vbl()
    snmp.stop()
    assert [e.type for e in seen][-4:] == [
        EventType.SESSION_CLOSING,
        EventType.FREED,
        EventType.SESSION_CLOSED,
        EventType.CLEANUP,
    ]
