"""PDU and variable-binding-list functions with the quirks the reference lists."""

from __future__ import annotations

import pytest

from snmpscope.core import winsnmp as w
from snmpscope.core.model.application import Application
from snmpscope.core.smi.values import SmiValue, make_value

SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)
SYS_NAME = (1, 3, 6, 1, 2, 1, 1, 5, 0)


def test_create_pdu_defaults(session: int) -> None:
    pdu = w.SnmpCreatePdu(session, 0, 0, 0, 0, 0)
    status, kind, rid, es, ei, vbl = w.SnmpGetPduData(pdu)
    assert (status, kind, es, ei) == (w.SNMPAPI_SUCCESS, w.SNMP_PDU_GETNEXT, 0, 0)
    assert rid != 0
    assert w.SnmpCountVbl(vbl) == 0 and w.SnmpGetLastError() == w.SNMPAPI_NOOP


def test_generated_request_ids_differ(session: int) -> None:
    rids = {w.SnmpGetPduData(w.SnmpCreatePdu(session), vbl=False)[2] for _ in range(50)}
    assert len(rids) == 50 and 0 not in rids


def test_create_pdu_errors(session: int) -> None:
    assert w.SnmpCreatePdu(999_999, w.SNMP_PDU_GET) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID
    for bad in (w.SNMP_PDU_V1TRAP, 0x99, w.SNMP_PDU_REPORT):
        assert w.SnmpCreatePdu(session, bad) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_PDU_INVALID
    assert w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 0, 0, 0, 424242) == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_VBL_INVALID
    assert w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 2**31) == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_PDU_INVALID


@pytest.mark.parametrize(
    "kind",
    [
        w.SNMP_PDU_GET,
        w.SNMP_PDU_GETNEXT,
        w.SNMP_PDU_RESPONSE,
        w.SNMP_PDU_SET,
        w.SNMP_PDU_GETBULK,
        w.SNMP_PDU_INFORM,
        w.SNMP_PDU_TRAP,
    ],
)
def test_creatable_types(session: int, kind: int) -> None:
    pdu = w.SnmpCreatePdu(session, kind, 7, 0, 0, 0)
    assert w.SnmpGetPduData(pdu)[1:3] == (kind, 7)


def test_getbulk_fields_are_non_repeaters_and_max_repetitions(session: int) -> None:
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GETBULK, 1, 2, 25, 0)
    assert w.SnmpGetPduData(pdu)[3:5] == (2, 25)
    assert w.SnmpSetPduData(pdu, max_repetitions=50) == w.SNMPAPI_SUCCESS
    assert w.SnmpGetPduData(pdu)[3:5] == (2, 50)


def test_get_pdu_data_always_returns_a_new_vbl(session: int, started: Application) -> None:
    vbl = w.SnmpCreateVbl(session, SYS_DESCR)
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 0, 0, 0, vbl)
    first = w.SnmpGetPduData(pdu)[5]
    second = w.SnmpGetPduData(pdu)[5]
    assert first and second and len({vbl, first, second}) == 3
    assert w.SnmpFreeVbl(first) == w.SnmpFreeVbl(second) == w.SNMPAPI_SUCCESS
    # The PDU keeps its own list; the caller keeps and frees its own VBL (a snapshot was taken).
    w.SnmpSetVb(vbl, 0, SYS_NAME)
    assert w.SnmpCountVbl(w.SnmpGetPduData(pdu)[5]) == 1


def test_get_pdu_data_outputs_and_noop(session: int) -> None:
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 5)
    assert w.SnmpGetPduData(pdu, vbl=False) == (w.SNMPAPI_SUCCESS, 0xA0, 5, 0, 0, None)
    assert w.SnmpGetPduData(pdu, False, False, False, False, False)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_NOOP
    assert w.SnmpGetPduData(31337)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_PDU_INVALID


def test_set_pdu_data(session: int) -> None:
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 5)
    vbl = w.SnmpCreateVbl(session, SYS_NAME, make_value(w.SNMP_SYNTAX_OCTETS, b"r1"))
    assert w.SnmpSetPduData(pdu, w.SNMP_PDU_SET, 0, None, None, vbl) == w.SNMPAPI_SUCCESS
    status, kind, rid, _, _, got = w.SnmpGetPduData(pdu)
    assert (kind, rid) == (w.SNMP_PDU_SET, 0)  # request id can be set to 0 here
    assert w.SnmpGetVb(got, 1)[2] == SmiValue(w.SNMP_SYNTAX_OCTETS, b"r1")
    # non-repeaters/max-repetitions are ignored unless the PDU is GETBULK
    assert w.SnmpSetPduData(pdu, non_repeaters=3) == w.SNMPAPI_SUCCESS
    assert w.SnmpGetPduData(pdu, vbl=False)[3:5] == (0, 0)
    assert w.SnmpSetPduData(pdu) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_NOOP
    assert w.SnmpSetPduData(pdu, pdu_type=w.SNMP_PDU_V1TRAP) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_PDU_INVALID
    assert w.SnmpSetPduData(pdu, vbl=777_777) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_VBL_INVALID
    assert w.SnmpSetPduData(888_888, request_id=1) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_PDU_INVALID


def test_duplicate_and_free_pdu(session: int, started: Application) -> None:
    other = w.SnmpCreateSession(None, 0, lambda *a: 1)
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 9, 0, 0, w.SnmpCreateVbl(session, SYS_DESCR))
    copy = w.SnmpDuplicatePdu(other, pdu)
    assert copy and copy != pdu
    assert started.describe(copy).owner == other  # type: ignore[union-attr]
    assert w.SnmpGetPduData(copy, vbl=False)[1:3] == (w.SNMP_PDU_GET, 9)
    assert w.SnmpDuplicatePdu(999_999, pdu) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID
    assert w.SnmpDuplicatePdu(other, 999_999) == 0
    assert w.SnmpGetLastError(other) == w.SNMPAPI_PDU_INVALID
    assert w.SnmpFreePdu(pdu) == w.SNMPAPI_SUCCESS
    assert w.SnmpFreePdu(pdu) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_PDU_INVALID


def test_wrong_kind_of_handle_is_invalid_for_that_parameter(session: int) -> None:
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GET)
    vbl = w.SnmpCreateVbl(session)
    assert w.SnmpCountVbl(pdu) == 0 and w.SnmpGetLastError() == w.SNMPAPI_VBL_INVALID
    assert w.SnmpFreePdu(vbl) == 0 and w.SnmpGetLastError() == w.SNMPAPI_PDU_INVALID
    assert w.SnmpFreeEntity(vbl) == 0 and w.SnmpGetLastError() == w.SNMPAPI_ENTITY_INVALID
    assert w.SnmpFreeContext(pdu) == 0 and w.SnmpGetLastError() == w.SNMPAPI_CONTEXT_INVALID
    assert w.SnmpClose(pdu) == 0 and w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID


class TestVbl:
    def test_create_forms(self, session: int) -> None:
        empty = w.SnmpCreateVbl(session)
        assert w.SnmpCountVbl(empty) == 0 and w.SnmpGetLastError() == w.SNMPAPI_NOOP
        null = w.SnmpCreateVbl(session, SYS_DESCR)
        assert w.SnmpGetVb(null, 1)[2] == SmiValue(w.SNMP_SYNTAX_NULL, None)
        valued = w.SnmpCreateVbl(session, SYS_DESCR, make_value(w.SNMP_SYNTAX_CNTR64, 2**64 - 1))
        assert w.SnmpGetVb(valued, 1)[2] == SmiValue(w.SNMP_SYNTAX_CNTR64, 2**64 - 1)

    def test_create_errors(self, session: int) -> None:
        assert w.SnmpCreateVbl(999_999) == 0 and w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID
        assert w.SnmpCreateVbl(session, (1,)) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_OID_INVALID
        assert w.SnmpCreateVbl(session, SYS_DESCR, SmiValue(w.SNMP_SYNTAX_SEQUENCE, None)) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_SYNTAX_INVALID
        assert w.SnmpCreateVbl(session, SYS_DESCR, SmiValue(w.SNMP_SYNTAX_IPADDR, b"\x01")) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_SYNTAX_INVALID

    def test_set_vb_zero_appends_and_replaces(self, session: int) -> None:
        vbl = w.SnmpCreateVbl(session)
        assert w.SnmpSetVb(vbl, 0, SYS_DESCR) == 1  # on an empty list returns 1
        assert w.SnmpSetVb(vbl, 0, SYS_NAME, make_value(w.SNMP_SYNTAX_OCTETS, b"x")) == 2
        assert w.SnmpSetVb(vbl, 1, None, make_value(w.SNMP_SYNTAX_INT, -5)) == 1
        status, oid, value = w.SnmpGetVb(vbl, 1)
        assert oid == SYS_DESCR and value == SmiValue(w.SNMP_SYNTAX_INT, -5)
        assert w.SnmpCountVbl(vbl) == 2

    def test_set_vb_errors(self, session: int) -> None:
        vbl = w.SnmpCreateVbl(session, SYS_DESCR)
        assert w.SnmpSetVb(vbl, 3, SYS_NAME) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_INDEX_INVALID
        assert w.SnmpSetVb(vbl, 0, None) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_OID_INVALID
        assert w.SnmpSetVb(vbl, 1, (1, 3, 6, -1)) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_OID_INVALID
        assert w.SnmpSetVb(vbl, 1, None, SmiValue(0x99, 1)) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_SYNTAX_INVALID
        assert w.SnmpSetVb(999_999, 0, SYS_NAME) == 0
        assert w.SnmpGetLastError() == w.SNMPAPI_VBL_INVALID

    def test_get_and_delete_vb(self, session: int) -> None:
        vbl = w.SnmpCreateVbl(session, SYS_DESCR)
        w.SnmpSetVb(vbl, 0, SYS_NAME)
        assert (
            w.SnmpGetVb(vbl, 0)[0] == 0 and w.SnmpGetLastError(session) == w.SNMPAPI_INDEX_INVALID
        )
        assert (
            w.SnmpGetVb(vbl, 3)[0] == 0 and w.SnmpGetLastError(session) == w.SNMPAPI_INDEX_INVALID
        )
        assert w.SnmpDeleteVb(vbl, 1) == w.SNMPAPI_SUCCESS
        assert w.SnmpGetVb(vbl, 1)[1] == SYS_NAME, "later entries move down"
        assert (
            w.SnmpDeleteVb(vbl, 2) == 0 and w.SnmpGetLastError(session) == w.SNMPAPI_INDEX_INVALID
        )
        assert w.SnmpDeleteVb(vbl, 1) == w.SNMPAPI_SUCCESS
        assert w.SnmpCountVbl(vbl) == 0, "an emptied list is still a valid handle"
        assert w.SnmpGetLastError() == w.SNMPAPI_NOOP
        assert w.SnmpFreeVbl(vbl) == w.SNMPAPI_SUCCESS
        assert w.SnmpGetVb(vbl, 1)[0] == 0 and w.SnmpGetLastError() == w.SNMPAPI_VBL_INVALID
        assert w.SnmpDeleteVb(vbl, 1) == 0 and w.SnmpGetLastError() == w.SNMPAPI_VBL_INVALID
        assert w.SnmpFreeVbl(vbl) == 0 and w.SnmpGetLastError() == w.SNMPAPI_VBL_INVALID

    def test_duplicate_vbl(self, session: int) -> None:
        vbl = w.SnmpCreateVbl(session)
        copy = w.SnmpDuplicateVbl(session, vbl)  # the source may be empty
        assert copy and copy != vbl
        w.SnmpSetVb(vbl, 0, SYS_NAME)
        assert w.SnmpCountVbl(copy) == 0, "a deep copy"
        assert w.SnmpDuplicateVbl(999_999, vbl) == 0
        assert w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID
        assert w.SnmpDuplicateVbl(session, 999_999) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_VBL_INVALID


@pytest.mark.parametrize(
    ("syntax", "payload"),
    [
        (w.SNMP_SYNTAX_INT, -(2**31)),
        (w.SNMP_SYNTAX_INT, 2**31 - 1),
        (w.SNMP_SYNTAX_CNTR32, 2**32 - 1),
        (w.SNMP_SYNTAX_GAUGE32, 0),
        (w.SNMP_SYNTAX_TIMETICKS, 123),
        (w.SNMP_SYNTAX_UINT32, 7),
        (w.SNMP_SYNTAX_CNTR64, 2**64 - 1),
        (w.SNMP_SYNTAX_OCTETS, b"\x00\xff"),
        (w.SNMP_SYNTAX_BITS, b"\x80"),
        (w.SNMP_SYNTAX_IPADDR, b"\x0a\x00\x00\x01"),
        (w.SNMP_SYNTAX_OPAQUE, b"\x9f\x78\x04"),
        (w.SNMP_SYNTAX_NSAPADDR, b"\x49"),
        (w.SNMP_SYNTAX_OID, (1, 3, 6, 1)),
        (w.SNMP_SYNTAX_NULL, None),
        (w.SNMP_SYNTAX_NOSUCHOBJECT, None),
        (w.SNMP_SYNTAX_NOSUCHINSTANCE, None),
        (w.SNMP_SYNTAX_ENDOFMIBVIEW, None),
    ],
)
def test_every_syntax_round_trips(session: int, syntax: int, payload: object) -> None:
    vbl = w.SnmpCreateVbl(session, SYS_DESCR, make_value(syntax, payload))
    _, oid, value = w.SnmpGetVb(vbl, 1)
    assert value == SmiValue(syntax, payload)
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, oid) == w.SNMPAPI_SUCCESS
    if isinstance(payload, bytes | tuple):
        assert w.SnmpFreeDescriptor(syntax, value.value) == w.SNMPAPI_SUCCESS


@pytest.mark.parametrize(
    ("syntax", "payload"),
    [
        (w.SNMP_SYNTAX_INT, 2**31),
        (w.SNMP_SYNTAX_CNTR32, -1),
        (w.SNMP_SYNTAX_CNTR32, 2**32),
        (w.SNMP_SYNTAX_CNTR64, 2**64),
        (w.SNMP_SYNTAX_INT, "5"),
        (w.SNMP_SYNTAX_INT, True),
        (w.SNMP_SYNTAX_OCTETS, 5),
        (w.SNMP_SYNTAX_OID, (1,)),
        (w.SNMP_SYNTAX_SEQUENCE, None),
        (0x77, 1),
    ],
)
def test_out_of_range_values_are_syntax_invalid(session: int, syntax: int, payload: object) -> None:
    assert w.SnmpCreateVbl(session, SYS_DESCR, SmiValue(syntax, payload)) == 0  # type: ignore[arg-type]
    assert w.SnmpGetLastError(session) == w.SNMPAPI_SYNTAX_INVALID


def test_append_vbs_checks_all_appends_all_and_announces_once(
    started: Application, session: int
) -> None:
    """What a walk streams into its VBL: one call per response, all or nothing."""
    from snmpscope.core.errors import SnmpApiError
    from snmpscope.core.model.events import EventType

    facade = started
    vbl = w.SnmpCreateVbl(session, SYS_DESCR, make_value(w.SNMP_SYNTAX_OCTETS, b"x"))
    changes: list[object] = []
    facade.events.subscribe(lambda e: changes.append(e) if e.type == EventType.CHANGED else None)
    value = make_value(w.SNMP_SYNTAX_INT, 1)
    assert facade.append_vbs(vbl, [(SYS_NAME, value), ((1, 3, 6, 1, 9), None)]) == 3
    assert len(changes) == 1
    assert facade.vbl_varbinds(vbl)[2] == ((1, 3, 6, 1, 9), make_value(w.SNMP_SYNTAX_NULL))
    with pytest.raises(SnmpApiError) as caught:
        facade.append_vbs(vbl, [(SYS_NAME, value), ((7, 1), value)])  # 7: no such first arc
    assert caught.value.code == w.SNMPAPI_OID_INVALID
    assert w.SnmpCountVbl(vbl) == 3 and len(changes) == 1
    assert w.SnmpGetLastError(session) == w.SNMPAPI_OID_INVALID
