"""Reference §10 case 1: every call before startup (and after cleanup) fails NOT_INITIALIZED."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest
from corekit import Window, ok_callback

from snmpscope.core import winsnmp as w
from snmpscope.core.model.application import Application
from snmpscope.core.smi.values import make_value

CALLS: dict[str, Callable[[], object]] = {
    "SnmpCleanup": w.SnmpCleanup,
    "SnmpCleanupEx": w.SnmpCleanupEx,
    "SnmpCreateSession": lambda: w.SnmpCreateSession(None, 0, ok_callback),
    "SnmpOpen": lambda: w.SnmpOpen(Window(), 0x0400),
    "SnmpClose": lambda: w.SnmpClose(1),
    "SnmpStrToEntity": lambda: w.SnmpStrToEntity(1, "10.0.0.1"),
    "SnmpEntityToStr": lambda: w.SnmpEntityToStr(1),
    "SnmpFreeEntity": lambda: w.SnmpFreeEntity(1),
    "SnmpSetPort": lambda: w.SnmpSetPort(1, 161),
    "SnmpStrToContext": lambda: w.SnmpStrToContext(1, b"public"),
    "SnmpContextToStr": lambda: w.SnmpContextToStr(1),
    "SnmpFreeContext": lambda: w.SnmpFreeContext(1),
    "SnmpSetTranslateMode": lambda: w.SnmpSetTranslateMode(1),
    "SnmpGetTranslateMode": w.SnmpGetTranslateMode,
    "SnmpSetRetransmitMode": lambda: w.SnmpSetRetransmitMode(1),
    "SnmpGetRetransmitMode": w.SnmpGetRetransmitMode,
    "SnmpSetTimeout": lambda: w.SnmpSetTimeout(1, 100),
    "SnmpGetTimeout": lambda: w.SnmpGetTimeout(1),
    "SnmpSetRetry": lambda: w.SnmpSetRetry(1, 1),
    "SnmpSetEntitySecurity": lambda: w.SnmpSetEntitySecurity(1, "noAuthNoPriv"),
    "SnmpSetLocalUser": lambda: w.SnmpSetLocalUser("ops", "noAuthNoPriv"),
    "SnmpGetRetry": lambda: w.SnmpGetRetry(1),
    "SnmpGetVendorInfo": w.SnmpGetVendorInfo,
    "SnmpCreatePdu": lambda: w.SnmpCreatePdu(1, w.SNMP_PDU_GET),
    "SnmpGetPduData": lambda: w.SnmpGetPduData(1),
    "SnmpSetPduData": lambda: w.SnmpSetPduData(1, request_id=1),
    "SnmpDuplicatePdu": lambda: w.SnmpDuplicatePdu(1, 2),
    "SnmpFreePdu": lambda: w.SnmpFreePdu(1),
    "SnmpCreateVbl": lambda: w.SnmpCreateVbl(1),
    "SnmpDuplicateVbl": lambda: w.SnmpDuplicateVbl(1, 2),
    "SnmpFreeVbl": lambda: w.SnmpFreeVbl(1),
    "SnmpCountVbl": lambda: w.SnmpCountVbl(1),
    "SnmpGetVb": lambda: w.SnmpGetVb(1, 1),
    "SnmpSetVb": lambda: w.SnmpSetVb(1, 0, (1, 3), make_value(w.SNMP_SYNTAX_INT, 1)),
    "SnmpDeleteVb": lambda: w.SnmpDeleteVb(1, 1),
    "SnmpSendMsg": lambda: w.SnmpSendMsg(1, 2, 3, 4, 5),
    "SnmpRecvMsg": lambda: w.SnmpRecvMsg(1),
    "SnmpRegister": lambda: w.SnmpRegister(1, None, None, None, None, w.SNMPAPI_ON),
    "SnmpListen": lambda: w.SnmpListen(1, w.SNMPAPI_ON),
    "SnmpCancelMsg": lambda: w.SnmpCancelMsg(1, 1),
    "SnmpEncodeMsg": lambda: w.SnmpEncodeMsg(1, 2, 3, 4, 5),
    "SnmpDecodeMsg": lambda: w.SnmpDecodeMsg(1, b"\x30\x00"),
    "SnmpFreeDescriptor": lambda: w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OID, (1, 3)),
    "SnmpStrToOid": lambda: w.SnmpStrToOid("1.3.6"),
    "SnmpOidToStr": lambda: w.SnmpOidToStr((1, 3, 6)),
    "SnmpOidCopy": lambda: w.SnmpOidCopy((1, 3, 6)),
    "SnmpOidCompare": lambda: w.SnmpOidCompare((1, 3), (1, 3), 0),
}


def _failed(result: object) -> bool:
    first = result[0] if isinstance(result, tuple) else result
    return first == w.SNMPAPI_FAILURE


@pytest.mark.parametrize("name", sorted(CALLS))
def test_before_startup(fresh: Application, name: str) -> None:
    assert _failed(CALLS[name]())
    assert w.SnmpGetLastError(None) == w.SNMPAPI_NOT_INITIALIZED


@pytest.mark.parametrize("name", sorted(CALLS))
def test_after_cleanup(fresh: Application, name: str) -> None:
    w.SnmpStartup()
    w.SnmpCleanup()
    assert _failed(CALLS[name]())
    assert w.SnmpGetLastError(None) == w.SNMPAPI_NOT_INITIALIZED


def test_every_facade_function_is_covered() -> None:
    names = {n for n in dir(w) if n.startswith("Snmp") and inspect.isfunction(getattr(w, n))}
    untested = (
        names
        - set(CALLS)
        - {
            "SnmpStartup",
            "SnmpStartupEx",
            "SnmpGetLastError",
            "SnmpSetResourceLimits",
        }
    )
    assert untested == set()
