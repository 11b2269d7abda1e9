"""The queue is bounded in bytes too (``queue_bytes_per_session``): a message that would take
a session's queue past it is dropped with ALLOC_ERROR naming the limit, counted in the
session, announced as MESSAGE_DROPPED; receiving gives the bytes back."""

from __future__ import annotations

import tracemalloc

import pytest
from corekit import ok_callback

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Snmp
from snmpscope.core.constants import ApiError, PduType, SnmpVersion, Syntax
from snmpscope.core.errors import LimitError, SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.events import EventType, ResourceEvent
from snmpscope.core.model.limits import MIB, ResourceLimits, message_bytes
from snmpscope.core.model.snapshots import SessionInfo
from snmpscope.core.model.states import IncomingMessage, PduData
from snmpscope.core.smi.address import parse_entity_address
from snmpscope.core.smi.values import VarBind, make_value

HERE = parse_entity_address("127.0.0.1:161", 161)


def varbinds(count: int) -> list[VarBind]:
    return [((1, 3, 6, 1, 4, 1, 99, i), make_value(Syntax.OCTETS, b"x" * 20)) for i in range(count)]


def message(request_id: int, count: int = 10, raw: int = 600) -> IncomingMessage:
    pdu = PduData(PduType.TRAP, request_id, 0, 0, varbinds(count))
    return IncomingMessage(HERE, HERE, SnmpVersion.V2C, b"public", pdu, bytes(raw))


def info(app: Application, session: int) -> SessionInfo:
    found = app.describe(session)
    assert isinstance(found, SessionInfo)
    return found


def test_the_default_bounds_a_session_queue_at_64_mib() -> None:
    assert ResourceLimits().queue_bytes_per_session == 64 * MIB


def test_a_message_past_the_byte_limit_is_dropped_naming_the_limit(started: Application) -> None:
    size = message_bytes(600, varbinds(10))
    started.set_resource_limits(queue_bytes_per_session=3 * size)
    events: list[ResourceEvent] = []
    started.events.subscribe(events.append)
    s = w.SnmpCreateSession(None, 0, ok_callback)
    assert all(started.deliver(s, message(n)) for n in (1, 2, 3))
    assert info(started, s).queued_bytes == 3 * size
    assert not started.deliver(s, message(4)), "the fourth would pass the byte limit"
    assert w.SnmpGetLastError(s) == w.SNMPAPI_ALLOC_ERROR
    dropped = [e for e in events if e.type == EventType.MESSAGE_DROPPED]
    assert len(dropped) == 1
    assert dropped[0].detail["limit"] == "queue_bytes_per_session"
    assert dropped[0].detail["maximum"] == 3 * size
    assert (info(started, s).dropped, info(started, s).drop_limit) == (1, "queue_bytes_per_session")
    assert w.SnmpRecvMsg(s)[0] == w.SNMPAPI_SUCCESS
    assert info(started, s).queued_bytes == 2 * size, "receiving gives the bytes back"
    assert started.deliver(s, message(5))
    while started.queued_count(s):
        w.SnmpRecvMsg(s)
    assert info(started, s).queued_bytes == 0


def test_a_big_message_costs_more_than_a_small_one(started: Application) -> None:
    started.set_resource_limits(queue_bytes_per_session=MIB)
    s = w.SnmpCreateSession(None, 0, ok_callback)
    small = 0
    while started.deliver(s, message(small, count=5, raw=300)):
        small += 1
    while started.queued_count(s):
        w.SnmpRecvMsg(s)
    big = 0
    while started.deliver(s, message(big, count=2000, raw=60_000)):
        big += 1
    assert 0 < big < small / 50
    assert info(started, s).queued_bytes <= MIB


def test_the_estimate_is_close_to_what_a_queued_message_holds() -> None:
    held = []
    tracemalloc.start()
    try:
        for n in range(20):
            before = tracemalloc.get_traced_memory()[0]
            held.append(message(n, count=500, raw=15_000))
            held[-1].size = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    estimate = message_bytes(15_000, varbinds(500))
    real = sorted(m.size for m in held)[len(held) // 2]
    assert 0.9 * real <= estimate <= 2 * real


def test_a_request_is_refused_while_the_queue_is_over_its_bytes(started: Application) -> None:
    s = w.SnmpCreateSession(None, 0, ok_callback)
    entity = w.SnmpStrToEntity(s, "127.0.0.1:1161")
    context = w.SnmpStrToContext(s, b"public")
    vbl = w.SnmpCreateVbl(s)
    pdu = w.SnmpCreatePdu(s, w.SNMP_PDU_GET, 0, 0, 0, vbl)
    started.set_resource_limits(queue_bytes_per_session=100)
    assert not started.deliver(s, message(1))
    started.set_resource_limits(queue_bytes_per_session=MIB)
    assert started.deliver(s, message(1))
    started.set_resource_limits(queue_bytes_per_session=100)  # now below what is queued
    with pytest.raises(LimitError) as refused:
        started.send_msg(s, None, entity, context, pdu)
    assert refused.value.limit == "queue_bytes_per_session"
    assert refused.value.code == ApiError.ALLOC_ERROR
    assert "bytes of queued messages per session" in refused.value.message


def test_the_byte_limit_is_validated_and_set_through_the_api(fresh: Application) -> None:
    snmp = Snmp(fresh)
    for bad in (0, -1, 1.5, True):
        with pytest.raises(SnmpApiError) as error:
            snmp.set_limits(queue_bytes_per_session=bad)  # type: ignore[arg-type]
        assert error.value.code == ApiError.SIZE_INVALID
    assert snmp.set_limits(queue_bytes_per_session=8 * MIB).queue_bytes_per_session == 8 * MIB
    assert fresh.limits.queue_per_session == ResourceLimits().queue_per_session
