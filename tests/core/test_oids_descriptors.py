"""OID utilities and descriptors (reference §5.7, §5.8)."""

from __future__ import annotations

import pytest

from snmpscope.core import winsnmp as w
from snmpscope.core.model.application import Application


def test_str_to_oid(started: Application) -> None:
    count, oid = w.SnmpStrToOid("1.3.6.1.2.1")
    assert (count, oid) == (6, (1, 3, 6, 1, 2, 1))
    assert w.SnmpStrToOid(".1.3.6.1")[1] == (1, 3, 6, 1), "net-snmp's leading dot is accepted"
    assert w.SnmpStrToOid(b"1.3")[0] == 2
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, oid) == w.SNMPAPI_SUCCESS


@pytest.mark.parametrize(
    "text",
    [
        "1",
        "",
        ".",
        "1..3",
        "1.3.x",
        "1.3.-1",
        "1.3.4294967296",
        "1.3 .6",
        "١.٣",
        ".".join(["1"] * 129),
        "1." + "1" * 1407,
    ],
)
def test_str_to_oid_rejects(started: Application, text: str) -> None:
    assert w.SnmpStrToOid(text) == (w.SNMPAPI_FAILURE, None)
    assert w.SnmpGetLastError() == w.SNMPAPI_OID_INVALID


def test_str_to_oid_length_limit(started: Application) -> None:
    at_limit = "1.3." + ".".join(["4294967295"] * 10)
    assert w.SnmpStrToOid(at_limit)[0] == 12
    assert w.SnmpStrToOid("1" * 1409)[0] == 0  # a 1409-byte string
    assert w.SnmpGetLastError() == w.SNMPAPI_OID_INVALID


def test_oid_to_str(started: Application) -> None:
    assert w.SnmpOidToStr((1, 3, 6, 1)) == (8, "1.3.6.1")
    assert w.SnmpOidToStr((1, 3, 6, 1), 0)[0] == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_SIZE_INVALID
    assert w.SnmpOidToStr((1, 3, 6, 1), 8)[0] == 8
    assert w.SnmpOidToStr((1, 3, 6, 1), 7)[0] == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_OUTPUT_TRUNCATED
    assert w.SnmpOidToStr((1,))[0] == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_OID_INVALID


def test_oid_copy(started: Application) -> None:
    count, copy = w.SnmpOidCopy([1, 3, 6])
    assert (count, copy) == (3, (1, 3, 6))
    assert w.SnmpOidCopy([1, 2**32])[0] == 0 and w.SnmpGetLastError() == w.SNMPAPI_OID_INVALID
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, copy) == w.SNMPAPI_SUCCESS


def test_oid_compare(started: Application) -> None:
    x, y = (1, 3, 6, 1), (1, 3, 6, 1, 4)
    assert w.SnmpOidCompare(x, y, 4) == (w.SNMPAPI_SUCCESS, 0)
    assert w.SnmpOidCompare(x, y, 0)[1] < 0
    assert w.SnmpOidCompare(y, x, 0)[1] > 0
    assert w.SnmpOidCompare((1, 3, 7), y, 0)[1] > 0
    assert w.SnmpOidCompare((), (), 0) == (w.SNMPAPI_SUCCESS, 0)
    assert w.SnmpOidCompare((), x, 0)[1] < 0
    assert w.SnmpOidCompare(x, y, 129)[0] == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_SIZE_INVALID
    assert w.SnmpOidCompare(x, (1, -3), 0)[0] == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_OID_INVALID


def test_free_descriptor(session: int, started: Application) -> None:
    _, oid = w.SnmpStrToOid("1.3.6")
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_INT, oid) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_SYNTAX_INVALID
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OCTETS, oid) == 0, "an OID is no octets descriptor"
    assert w.SnmpGetLastError() == w.SNMPAPI_OPERATION_INVALID
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, oid) == w.SNMPAPI_SUCCESS
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, oid) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_OPERATION_INVALID
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, (1, 3, 6)) == 0, "not ours"
    assert w.SnmpGetLastError() == w.SNMPAPI_OPERATION_INVALID
    assert started.live_descriptor_count() == 0


def test_cleanup_frees_descriptors(started: Application) -> None:
    w.SnmpStrToOid("1.3.6")
    assert started.live_descriptor_count() == 1
    w.SnmpCleanup()
    assert started.live_descriptor_count() == 0
