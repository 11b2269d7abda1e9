"""The checklist of reference §10 that needs no network (cases 4, 11, 12, 14 and 15 need the
transport and live in tests/transport)."""

from __future__ import annotations

from corekit import ok_callback

from snmpscope.core import winsnmp as w
from snmpscope.core.model.application import Application


def test_case_1_calls_before_startup_fail_with_not_initialized(fresh: Application) -> None:
    assert w.SnmpCreatePdu(1, w.SNMP_PDU_GET) == 0
    assert w.SnmpGetLastError(None) == w.SNMPAPI_NOT_INITIALIZED


def test_case_2_startup_counting(fresh: Application) -> None:
    w.SnmpStartup()
    w.SnmpStartup()
    w.SnmpCleanup()
    assert w.SnmpCreateSession(None, 0, ok_callback) == 0
    w.SnmpStartupEx()
    w.SnmpStartupEx()
    w.SnmpCleanupEx()
    assert w.SnmpCreateSession(None, 0, ok_callback) != 0
    w.SnmpCleanupEx()
    assert w.SnmpCreateSession(None, 0, ok_callback) == 0


def test_case_3_handles_shared_across_sessions(started: Application) -> None:
    a = w.SnmpCreateSession(None, 0, ok_callback)
    b = w.SnmpCreateSession(None, 0, ok_callback)
    entity = w.SnmpStrToEntity(a, "127.0.0.1:1161")
    ctx = w.SnmpStrToContext(a, b"public")
    pdu = w.SnmpCreatePdu(a, w.SNMP_PDU_GET)
    # Session B may use A's handles: encode validates the same five handles SendMsg does.
    copy = w.SnmpDuplicatePdu(b, pdu)
    assert copy, "B can copy A's PDU into itself"
    assert started.describe(entity).owner == a  # type: ignore[union-attr]
    assert w.SnmpClose(a) == w.SNMPAPI_SUCCESS
    for call, code in (
        (lambda: w.SnmpEntityToStr(entity)[0], w.SNMPAPI_ENTITY_INVALID),
        (lambda: w.SnmpContextToStr(ctx)[0], w.SNMPAPI_CONTEXT_INVALID),
        (lambda: w.SnmpDuplicatePdu(b, pdu), w.SNMPAPI_PDU_INVALID),
    ):
        assert call() == 0
        assert w.SnmpGetLastError() == code
    assert w.SnmpGetPduData(copy)[0] == w.SNMPAPI_SUCCESS, "B and its copy are unaffected"


def test_case_5_count_vbl_empty_and_set_vb_zero(session: int) -> None:
    vbl = w.SnmpCreateVbl(session)
    assert w.SnmpCountVbl(vbl) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_NOOP
    assert w.SnmpSetVb(vbl, 0, (1, 3, 6, 1)) == 1


def test_case_6_get_pdu_data_twice_gives_two_vbls(session: int) -> None:
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GET)
    first, second = w.SnmpGetPduData(pdu)[5], w.SnmpGetPduData(pdu)[5]
    assert first
    assert second
    assert first != second
    assert w.SnmpFreeVbl(first) == w.SnmpFreeVbl(second) == w.SNMPAPI_SUCCESS


def test_case_7_create_pdu_zero_arguments(session: int) -> None:
    pdu = w.SnmpCreatePdu(session, 0, 0, 0, 0, 0)
    _, kind, rid, es, ei, _ = w.SnmpGetPduData(pdu, vbl=False)
    assert (kind, es, ei) == (w.SNMP_PDU_GETNEXT, 0, 0)
    assert rid != 0


def test_case_7_get_with_error_status_is_pdu_invalid_at_encode(session: int) -> None:
    """The second half of case 7 is checked at send/encode time; the core validates it before
    the transport is involved."""
    bad = w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 1, 2, 1, 0)
    entity = w.SnmpStrToEntity(session, "127.0.0.1")
    ctx = w.SnmpStrToContext(session, b"public")
    assert w.SnmpEncodeMsg(session, entity, entity, ctx, bad)[0] == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_PDU_INVALID
    assert w.SnmpSendMsg(session, entity, entity, ctx, bad) == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_PDU_INVALID


def test_case_8_oid_compare_prefix(started: Application) -> None:
    x, y = (1, 3, 6, 1), (1, 3, 6, 1, 4)
    assert w.SnmpOidCompare(x, y, 4) == (w.SNMPAPI_SUCCESS, 0)
    assert w.SnmpOidCompare(x, y, 0)[1] < 0


def test_case_9_str_to_oid_limits(started: Application) -> None:
    assert w.SnmpStrToOid("1")[0] == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_OID_INVALID
    assert w.SnmpStrToOid("1." * 704 + "1")[0] == 0  # 1409 bytes
    assert w.SnmpGetLastError() == w.SNMPAPI_OID_INVALID


def test_case_10_free_descriptor_twice(started: Application) -> None:
    _, oid = w.SnmpStrToOid("1.3.6.1")
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, oid) == w.SNMPAPI_SUCCESS
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, oid) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_OPERATION_INVALID


def test_case_13_callback_returning_zero_closes_the_session(started: Application) -> None:
    s = w.SnmpCreateSession(None, 0, lambda *args: 0)
    started._sessions.notify(started._table.sessions[s], 0, 1)
    assert w.SnmpClose(s) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID
