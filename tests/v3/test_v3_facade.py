"""SNMPv3 through the C-style facade: SNMPAPI_UNTRANSLATED_V3 (entity strings USER@ADDRESS,
v3 context names), SnmpSetEntitySecurity, SnmpSendMsg/SnmpRecvMsg against net-snmp's snmpd,
SnmpEncodeMsg/SnmpDecodeMsg of v3 messages."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from agents.snmpd import SYS_DESCR, SnmpdAgent

from snmpscope.core import winsnmp as w
from snmpscope.core.constants import ApiError, PduType

SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)


@pytest.fixture
def v3_session() -> Iterator[tuple[int, list[tuple[int, int]], threading.Event]]:
    w.reset_default_application()
    assert w.SnmpStartup()[0] == w.SNMPAPI_SUCCESS
    notes: list[tuple[int, int]] = []
    arrived = threading.Event()

    def callback(
        session: int, hwnd: object, msg: int, wparam: int, lparam: int, data: object
    ) -> int:
        notes.append((wparam, lparam))
        arrived.set()
        return w.SNMPAPI_SUCCESS

    session = w.SnmpCreateSession(None, 0, callback, None)
    assert session
    assert w.SnmpSetTranslateMode(w.SNMPAPI_UNTRANSLATED_V3) == w.SNMPAPI_SUCCESS
    try:
        yield session, notes, arrived
    finally:
        w.SnmpCleanup()


def get_pdu(session: int) -> int:
    vbl = w.SnmpCreateVbl(session, SYS_DESCR_0, None)
    pdu = w.SnmpCreatePdu(session, PduType.GET, 0, 0, 0, vbl)
    assert pdu
    return pdu


@pytest.mark.parametrize(
    ("profile", "level"),
    [("noauth", "noAuthNoPriv"), ("md5", "authNoPriv"), ("sha512-aes256", "authPriv")],
)
def test_send_and_recv_in_untranslated_v3(
    snmpd_agent: SnmpdAgent,
    v3_session: tuple[int, list[tuple[int, int]], threading.Event],
    profile: str,
    level: str,
) -> None:
    session, notes, arrived = v3_session
    user = snmpd_agent.user(profile)
    entity = w.SnmpStrToEntity(session, f"{user.name}@127.0.0.1:{snmpd_agent.port}")
    assert entity, w.SnmpGetLastError(session)
    status = w.SnmpSetEntitySecurity(
        entity,
        level,
        user.auth_proto or "",
        user.auth_key or "",
        user.priv_proto or "",
        user.priv_key or "",
    )
    assert status == w.SNMPAPI_SUCCESS, w.SnmpGetLastError(session)
    context = w.SnmpStrToContext(session, b"")  # the default v3 context
    assert context, w.SnmpGetLastError(session)
    pdu = get_pdu(session)
    assert w.SnmpSendMsg(session, 0, entity, context, pdu) == w.SNMPAPI_SUCCESS
    assert arrived.wait(10)
    assert notes[0][0] == 0
    status, _src, _dst, _ctx, reply = w.SnmpRecvMsg(session)
    assert status == w.SNMPAPI_SUCCESS
    status, pdu_type, _rid, error_status, _ei, vbl = w.SnmpGetPduData(reply)
    assert (pdu_type, error_status) == (PduType.RESPONSE, 0)
    status, _oid, value = w.SnmpGetVb(vbl, 1)
    assert value is not None
    assert (
        bytes(value.value.ptr if hasattr(value.value, "ptr") else value.value) == SYS_DESCR.encode()
    )


def test_a_report_is_the_recv_error(
    snmpd_agent: SnmpdAgent, v3_session: tuple[int, list[tuple[int, int]], threading.Event]
) -> None:
    session, notes, arrived = v3_session
    entity = w.SnmpStrToEntity(session, f"nobody-here@127.0.0.1:{snmpd_agent.port}")
    context = w.SnmpStrToContext(session, b"")
    pdu = get_pdu(session)
    assert w.SnmpSendMsg(session, 0, entity, context, pdu) == w.SNMPAPI_SUCCESS
    assert arrived.wait(10)
    assert notes[0][0] == ApiError.RPT_UNKNOWNUSERNAME


def test_bad_strings_and_security(
    v3_session: tuple[int, list[tuple[int, int]], threading.Event],
) -> None:
    session, _notes, _arrived = v3_session
    assert w.SnmpStrToEntity(session, "127.0.0.1:161") == 0
    assert w.SnmpGetLastError(session) == ApiError.ENTITY_UNKNOWN
    entity = w.SnmpStrToEntity(session, "ops@127.0.0.1:161")
    assert entity
    assert w.SnmpSetEntitySecurity(entity, "authPriv", "SHA", "auth-pass-1", "ROT13", "x" * 9) == 0
    assert (
        w.SnmpGetLastError(None) == ApiError.ENTITY_INVALID
        or w.SnmpGetLastError(session) == ApiError.ENTITY_INVALID
    )


def test_encode_and_decode_v3(
    v3_session: tuple[int, list[tuple[int, int]], threading.Event],
) -> None:
    session, _notes, _arrived = v3_session
    entity = w.SnmpStrToEntity(session, "ops@127.0.0.1:16199")
    context = w.SnmpStrToContext(session, b"bridge1")
    pdu = get_pdu(session)
    length, octets = w.SnmpEncodeMsg(session, 0, entity, context, pdu)
    assert length and octets is not None
    raw = bytes(octets.ptr) if hasattr(octets, "ptr") else bytes(octets)
    assert raw[2:5] == b"\x02\x01\x03"  # msgVersion 3
    decoded, _src, _dst, ctx, back = w.SnmpDecodeMsg(session, raw)
    assert decoded == len(raw)
    status, pdu_type, _rid, _es, _ei, vbl = w.SnmpGetPduData(back)
    assert pdu_type == PduType.GET
    status, text = w.SnmpContextToStr(ctx)
    assert status == w.SNMPAPI_SUCCESS
    # With the engine ID given there is no discovery probe: the scoped PDU is encrypted, and
    # SnmpDecodeMsg, which has no keys, says so.
    secured = w.SnmpStrToEntity(session, "ops@127.0.0.1:16199")
    engine = bytes.fromhex("8000000001020304")
    assert w.SnmpSetEntitySecurity(
        secured, "authPriv", "SHA", "auth-pass-1", "AES", "priv-pass-1", engine
    )
    length, octets = w.SnmpEncodeMsg(session, 0, secured, context, pdu)
    raw = bytes(octets.ptr) if hasattr(octets, "ptr") else bytes(octets)
    assert w.SnmpDecodeMsg(session, raw)[0] == 0
    assert w.SnmpGetLastError(session) == ApiError.MESSAGE_INVALID


def test_set_local_user_then_listen_answers_net_snmp(netsnmp) -> None:
    """The agent role through the facade: SnmpSetLocalUser + SnmpListen, a v3 request from
    net-snmp's snmpget arrives in the session queue with the user on its source entity."""
    import socket

    from agents.netsnmp import V3User

    w.reset_default_application()
    assert w.SnmpStartup()[0] == w.SNMPAPI_SUCCESS
    arrived = threading.Event()
    try:
        session = w.SnmpCreateSession(
            None, 0, lambda *args: arrived.set() or w.SNMPAPI_SUCCESS, None
        )
        user = V3User("listener", "SHA", "listen-auth", "AES", "listen-priv")
        assert w.SnmpSetLocalUser(user.name, "authPriv", "SHA", "listen-auth", "AES", "listen-priv")
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        entity = w.SnmpStrToEntity(session, f"127.0.0.1:{port}")
        assert w.SnmpListen(entity, w.SNMPAPI_ON) == w.SNMPAPI_SUCCESS
        asker = netsnmp.popen(
            "snmpget",
            *user.netsnmp_args(),
            "-t",
            "1",
            "-r",
            "0",
            f"127.0.0.1:{port}",
            ".1.3.6.1.2.1.1.5.0",
        )
        try:
            assert arrived.wait(10)
            status, src, _dst, _ctx, pdu = w.SnmpRecvMsg(session)
            assert status == w.SNMPAPI_SUCCESS
            assert w.SnmpGetPduData(pdu)[1] == PduType.GET
            info = w._app.describe(src)
            assert (info.user, info.security_level) == ("listener", "authPriv")
        finally:
            asker.kill()
            asker.communicate()
    finally:
        w.SnmpCleanup()
