"""Resource limits (our extension): ALLOC_ERROR in the right slots, recovery after freeing."""

from __future__ import annotations

import pytest
from corekit import ok_callback

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Snmp
from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.errors import LimitError
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import IncomingMessage, PduData
from snmpscope.core.smi.address import parse_entity_address


def test_session_limit(started: Application) -> None:
    assert w.SnmpSetResourceLimits(sessions=2) == w.SNMPAPI_SUCCESS
    a = w.SnmpCreateSession(None, 0, ok_callback)
    b = w.SnmpCreateSession(None, 0, ok_callback)
    assert a and b
    assert w.SnmpCreateSession(None, 0, ok_callback) == 0
    assert w.SnmpGetLastError(None) == w.SNMPAPI_ALLOC_ERROR
    # The application keeps working: existing sessions are fine, and closing makes room.
    assert w.SnmpStrToEntity(a, "10.0.0.1")
    assert w.SnmpClose(b) == w.SNMPAPI_SUCCESS
    assert w.SnmpCreateSession(None, 0, ok_callback)


def test_handle_limit_per_session(started: Application) -> None:
    w.SnmpSetResourceLimits(handles_per_session=3)
    s = w.SnmpCreateSession(None, 0, ok_callback)
    other = w.SnmpCreateSession(None, 0, ok_callback)
    handles = [w.SnmpCreateVbl(s), w.SnmpStrToEntity(s, "10.0.0.1"), w.SnmpStrToContext(s, b"x")]
    assert all(handles)
    for create in (
        lambda: w.SnmpCreateVbl(s),
        lambda: w.SnmpCreatePdu(s, w.SNMP_PDU_GET),
        lambda: w.SnmpStrToEntity(s, "10.0.0.2"),
        lambda: w.SnmpStrToContext(s, b"y"),
        lambda: w.SnmpDuplicateVbl(s, handles[0]),
        lambda: w.SnmpDuplicatePdu(s, w.SnmpCreatePdu(other, w.SNMP_PDU_GET)),
    ):
        assert create() == 0
        assert w.SnmpGetLastError(s) == w.SNMPAPI_ALLOC_ERROR
        assert w.SnmpGetLastError(None) == w.SNMPAPI_ALLOC_ERROR
    # GetPduData's new VBL counts too, in the PDU's session.
    assert w.SnmpGetPduData(w.SnmpCreatePdu(other, w.SNMP_PDU_GET))[0] == w.SNMPAPI_SUCCESS
    assert started.live_handle_count(other) == 3, "the other session has its own budget"
    assert w.SnmpFreeVbl(handles[0]) == w.SNMPAPI_SUCCESS
    assert w.SnmpCreatePdu(s, w.SNMP_PDU_GET), "freeing made room"


def test_get_pdu_data_vbl_hits_the_limit(started: Application) -> None:
    w.SnmpSetResourceLimits(handles_per_session=1)
    s = w.SnmpCreateSession(None, 0, ok_callback)
    pdu = w.SnmpCreatePdu(s, w.SNMP_PDU_GET)
    assert w.SnmpGetPduData(pdu)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(s) == w.SNMPAPI_ALLOC_ERROR
    assert w.SnmpGetPduData(pdu, vbl=False)[0] == w.SNMPAPI_SUCCESS


def _message(rid: int) -> IncomingMessage:
    here = parse_entity_address("127.0.0.1:161", 161)
    pdu = PduData(PduType.TRAP, rid, 0, 0, [])
    return IncomingMessage(here, here, SnmpVersion.V2C, b"public", pdu)


def test_queue_limit(started: Application) -> None:
    notices: list[tuple[int, int]] = []

    def callback(
        session: int, hwnd: object, wmsg: int, wparam: int, lparam: int, data: object
    ) -> int:
        notices.append((wparam, lparam))
        return w.SNMPAPI_SUCCESS

    w.SnmpSetResourceLimits(queue_per_session=2)
    s = w.SnmpCreateSession(None, 0, callback)
    assert started.deliver(s, _message(1)) and started.deliver(s, _message(2))
    assert not started.deliver(s, _message(3)), "a full queue drops the message"
    assert notices == [(0, 1), (0, 2), (w.SNMPAPI_ALLOC_ERROR, 3)]
    assert w.SnmpGetLastError(s) == w.SNMPAPI_ALLOC_ERROR
    status, *handles = w.SnmpRecvMsg(s)
    assert status == w.SNMPAPI_SUCCESS and all(handles)
    assert started.deliver(s, _message(4)), "receiving made room"
    assert started.queued_count(s) == 2


def test_recv_msg_needs_room_for_four_handles(started: Application) -> None:
    w.SnmpSetResourceLimits(handles_per_session=3)
    s = w.SnmpCreateSession(None, 0, ok_callback)
    started.deliver(s, _message(9))
    assert w.SnmpRecvMsg(s)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(s) == w.SNMPAPI_ALLOC_ERROR
    assert started.queued_count(s) == 1, "the message stays queued"
    w.SnmpSetResourceLimits(handles_per_session=4)
    assert w.SnmpRecvMsg(s)[0] == w.SNMPAPI_SUCCESS


def test_limits_are_validated_and_survive_cleanup(fresh: Application) -> None:
    assert w.SnmpSetResourceLimits(sessions=5) == w.SNMPAPI_SUCCESS, "allowed before startup"
    for bad in ({"sessions": 0}, {"handles_per_session": -1}, {"queue_per_session": 1.5}):
        assert w.SnmpSetResourceLimits(**bad) == w.SNMPAPI_FAILURE  # type: ignore[arg-type]
        assert w.SnmpGetLastError() == w.SNMPAPI_SIZE_INVALID
    w.SnmpStartup()
    w.SnmpCleanup()
    assert fresh.limits.sessions == 5


def test_lowering_below_use_frees_nothing(started: Application) -> None:
    s = w.SnmpCreateSession(None, 0, ok_callback)
    vbls = [w.SnmpCreateVbl(s) for _ in range(5)]
    w.SnmpSetResourceLimits(handles_per_session=2)
    assert all(started.is_valid(v) for v in vbls)
    assert w.SnmpCreateVbl(s) == 0
    for v in vbls[:4]:
        w.SnmpFreeVbl(v)
    assert w.SnmpCreateVbl(s)


def test_pythonic_api_raises_limit_error_naming_the_limit() -> None:
    with Snmp() as snmp:
        snmp.set_limits(sessions=1)
        with snmp.session():
            with pytest.raises(LimitError) as caught:
                snmp.session()
            assert caught.value.code == w.SNMPAPI_ALLOC_ERROR
            assert caught.value.limit == "sessions" and caught.value.maximum == 1
            assert "open sessions" in str(caught.value)
        with snmp.session() as again:
            assert again.valid


def test_no_memory_error_for_a_huge_number_of_handles(started: Application) -> None:
    """Hitting the limit at scale is still a clean ALLOC_ERROR, never a MemoryError."""
    w.SnmpSetResourceLimits(handles_per_session=20_000)
    s = w.SnmpCreateSession(None, 0, ok_callback)
    created = 0
    while w.SnmpCreateVbl(s):
        created += 1
    assert created == 20_000
    assert w.SnmpGetLastError(s) == w.SNMPAPI_ALLOC_ERROR
    assert w.SnmpClose(s) == w.SNMPAPI_SUCCESS
    assert started.live_handle_count() == 0
