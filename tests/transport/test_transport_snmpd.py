"""Manager round trips against the private net-snmp snmpd, on 127.0.0.1 and ::1, through the
Pythonic API and the C facade: GET, GETNEXT, GETBULK and SET over SNMPv1 and SNMPv2c."""

from __future__ import annotations

import pytest
from agents.netsnmp import NetSnmpTools, parse_numeric
from agents.snmpd import SnmpdAgent
from transportkit import Notes, oid

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Message, Session, Snmp
from snmpscope.core.constants import ErrorStatus, PduType, SnmpVersion, Syntax
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import PduState
from snmpscope.core.smi.values import SmiValue, make_value

pytestmark = pytest.mark.snmpd

SYS_DESCR_0 = oid("1.3.6.1.2.1.1.1.0")
SYS_UPTIME = oid("1.3.6.1.2.1.1.3")
SYS_NAME_0 = oid("1.3.6.1.2.1.1.5.0")
IF_DESCR = oid("1.3.6.1.2.1.2.2.1.2")
MISSING_0 = oid("1.3.6.1.2.1.1.99.0")
HOSTS = ["127.0.0.1", "::1"]


def entity_text(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def request(
    session: Session,
    address: str,
    version: SnmpVersion,
    community: str,
    pdu_type: PduType,
    varbinds: list[tuple[tuple[int, ...], SmiValue | None]],
    **fields: int,
) -> Message:
    agent = session.entity(address, version=version, timeout_cs=200, retry=1)
    context = session.context(community)
    pdu = session.pdu(pdu_type, varbinds, **fields)
    request_id = session.send(agent, context, pdu)
    note = session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
    assert note is not None, "no answer from snmpd"
    assert note.event == 0
    message = session.recv()
    assert message.pdu.type == PduType.RESPONSE
    assert message.pdu.request_id == request_id
    status = pdu.status
    assert status.state is PduState.ANSWERED
    assert status.rtt_ms is not None and status.rtt_ms >= 0
    assert status.response_pdu == message.pdu.handle
    return message


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("version", [SnmpVersion.V1, SnmpVersion.V2C])
def test_get(snmp: Snmp, snmpd_agent: SnmpdAgent, host: str, version: SnmpVersion) -> None:
    with snmp.session() as session:
        address = entity_text(host, snmpd_agent.port)
        message = request(session, address, version, "public", PduType.GET, [(SYS_DESCR_0, None)])
        assert message.pdu.error_status == 0
        assert message.pdu.varbinds == [
            (SYS_DESCR_0, SmiValue(Syntax.OCTETS, snmpd_agent.sys_descr.encode()))
        ]
        assert message.src.address.ip == host
        assert message.src.address.port == snmpd_agent.port
        assert message.src.version == version


@pytest.mark.parametrize("host", HOSTS)
def test_v2c_missing_object_is_no_such_object(
    snmp: Snmp, snmpd_agent: SnmpdAgent, host: str
) -> None:
    with snmp.session() as session:
        message = request(
            session,
            entity_text(host, snmpd_agent.port),
            SnmpVersion.V2C,
            "public",
            PduType.GET,
            [(SYS_DESCR_0, None), (MISSING_0, None)],
        )
        assert message.pdu.error_status == 0
        assert message.pdu.varbinds[1] == (MISSING_0, SmiValue(Syntax.NOSUCHOBJECT, None))


@pytest.mark.parametrize("host", HOSTS)
def test_v1_missing_object_is_no_such_name(snmp: Snmp, snmpd_agent: SnmpdAgent, host: str) -> None:
    with snmp.session() as session:
        message = request(
            session,
            entity_text(host, snmpd_agent.port),
            SnmpVersion.V1,
            "public",
            PduType.GET,
            [(SYS_DESCR_0, None), (MISSING_0, None)],
        )
        # The v1 answer arrives as it is: noSuchName, index of the bad varbind.
        assert message.pdu.error_status == ErrorStatus.NOSUCHNAME
        assert message.pdu.error_index == 2


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("version", [SnmpVersion.V1, SnmpVersion.V2C])
def test_getnext_matches_snmpgetnext(
    snmp: Snmp,
    snmpd_agent: SnmpdAgent,
    netsnmp: NetSnmpTools,
    host: str,
    version: SnmpVersion,
) -> None:
    start = [(oid("1.3.6.1.2.1.1.1"), None), (oid("1.3.6.1.2.1.2.2.1.1"), None)]
    with snmp.session() as session:
        message = request(
            session, entity_text(host, snmpd_agent.port), version, "public", PduType.GETNEXT, start
        )
        varbinds = message.pdu.varbinds
    expected = parse_numeric(
        netsnmp.getnext(
            host,
            snmpd_agent.port,
            *(o for o, _ in start),
            version="1" if version == SnmpVersion.V1 else "2c",
        ).stdout
    )
    assert [o for o, _ in varbinds] == [row[0] for row in expected]
    assert varbinds[0][1] == SmiValue(Syntax.OCTETS, snmpd_agent.sys_descr.encode())
    assert varbinds[1][1].syntax == Syntax.INT


@pytest.mark.parametrize("host", HOSTS)
def test_getbulk_matches_snmpbulkget(
    snmp: Snmp, snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str
) -> None:
    with snmp.session() as session:
        message = request(
            session,
            entity_text(host, snmpd_agent.port),
            SnmpVersion.V2C,
            "public",
            PduType.GETBULK,
            [(SYS_UPTIME, None), (IF_DESCR, None)],
            non_repeaters=1,
            max_repetitions=3,
        )
        varbinds = message.pdu.varbinds
    rows = parse_numeric(
        netsnmp.bulkget(
            host, snmpd_agent.port, SYS_UPTIME, IF_DESCR, non_repeaters=1, max_repetitions=3
        ).stdout
    )
    assert len(varbinds) == 4
    assert [o for o, _ in varbinds] == [row[0] for row in rows]
    assert varbinds[0][1].syntax == Syntax.TIMETICKS
    assert [v.value for _, v in varbinds[1:]] == [row[2].encode() for row in rows[1:]]


def test_getbulk_to_v1_entity_goes_as_getnext(snmp: Snmp, snmpd_agent: SnmpdAgent) -> None:
    """RFC 3584 §4.2.2.1.1: SNMPv1 has no GETBULK; the same varbinds go as a GETNEXT."""
    with snmp.session() as session:
        message = request(
            session,
            entity_text("127.0.0.1", snmpd_agent.port),
            SnmpVersion.V1,
            "public",
            PduType.GETBULK,
            [(SYS_UPTIME, None), (IF_DESCR, None)],
            non_repeaters=1,
            max_repetitions=5,
        )
        assert message.src.version == SnmpVersion.V1
        assert [o for o, _ in message.pdu.varbinds] == [
            oid("1.3.6.1.2.1.1.3.0"),
            oid("1.3.6.1.2.1.2.2.1.2.1"),
        ]


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("version", [SnmpVersion.V1, SnmpVersion.V2C])
def test_set_sys_name_then_get_it_back(
    snmp: Snmp, snmpd_agent: SnmpdAgent, host: str, version: SnmpVersion
) -> None:
    address = entity_text(host, snmpd_agent.port)
    new_name = f"snmpscope-{version.name.lower()}-{'v6' if ':' in host else 'v4'}".encode()
    with snmp.session() as session:
        before = request(session, address, version, "public", PduType.GET, [(SYS_NAME_0, None)])
        old = before.pdu.varbinds[0][1]
        try:
            value = make_value(Syntax.OCTETS, new_name)
            answer = request(
                session, address, version, "private", PduType.SET, [(SYS_NAME_0, value)]
            )
            assert answer.pdu.error_status == 0
            assert answer.pdu.varbinds == [(SYS_NAME_0, value)]
            after = request(session, address, version, "public", PduType.GET, [(SYS_NAME_0, None)])
            assert after.pdu.varbinds == [(SYS_NAME_0, value)]
        finally:
            request(session, address, version, "private", PduType.SET, [(SYS_NAME_0, old)])


def test_set_with_read_only_community_is_refused(snmp: Snmp, snmpd_agent: SnmpdAgent) -> None:
    value = make_value(Syntax.OCTETS, b"not-allowed")
    with snmp.session() as session:
        answer = request(
            session,
            entity_text("127.0.0.1", snmpd_agent.port),
            SnmpVersion.V2C,
            "public",
            PduType.SET,
            [(SYS_NAME_0, value)],
        )
        assert answer.pdu.error_status == ErrorStatus.NOACCESS
        assert answer.pdu.error_index == 1


@pytest.mark.parametrize("host", HOSTS)
def test_facade_get_like_a_winsnmp_program(
    facade: Application, snmpd_agent: SnmpdAgent, host: str
) -> None:
    """A WinSNMP C program, line by line: startup (fixture), session with a callback,
    entity and context strings, OID, VBL, PDU, SendMsg, callback, RecvMsg, GetPduData, GetVb,
    frees, close."""
    notes = Notes()
    assert w.SnmpSetTranslateMode(w.SNMPAPI_UNTRANSLATED_V2) == w.SNMPAPI_SUCCESS
    session = w.SnmpCreateSession(None, 0, notes, None)
    assert session
    agent = w.SnmpStrToEntity(session, entity_text(host, snmpd_agent.port))
    context = w.SnmpStrToContext(session, b"public")
    assert agent and context
    count, name = w.SnmpStrToOid("1.3.6.1.2.1.1.1.0")
    assert count == 9
    vbl = w.SnmpCreateVbl(session, name, None)
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GET, 0, 0, 0, vbl)
    assert vbl and pdu
    _, _, request_id, _, _, _ = w.SnmpGetPduData(pdu, vbl=False)
    assert w.SnmpSendMsg(session, 0, agent, context, pdu) == w.SNMPAPI_SUCCESS
    note = notes.wait(lambda n: n.lparam == request_id, timeout=10)
    assert (note.session, note.wparam) == (session, 0)
    status, src, dst, ctx, reply = w.SnmpRecvMsg(session)
    assert status == w.SNMPAPI_SUCCESS
    assert all((src, dst, ctx, reply))
    ok, kind, rid, error_status, error_index, reply_vbl = w.SnmpGetPduData(reply)
    assert (ok, kind, rid, error_status, error_index) == (1, w.SNMP_PDU_RESPONSE, request_id, 0, 0)
    assert w.SnmpCountVbl(reply_vbl) == 1
    ok, got_oid, value = w.SnmpGetVb(reply_vbl, 1)
    assert ok == w.SNMPAPI_SUCCESS
    assert tuple(got_oid) == tuple(name) == SYS_DESCR_0
    assert value is not None and value.syntax == w.SNMP_SYNTAX_OCTETS
    assert bytes(value.value) == snmpd_agent.sys_descr.encode()
    assert w.SnmpEntityToStr(src)[1] == entity_text(host, snmpd_agent.port)
    for free, handle in (
        (w.SnmpFreeVbl, reply_vbl),
        (w.SnmpFreePdu, reply),
        (w.SnmpFreeContext, ctx),
        (w.SnmpFreeEntity, dst),
        (w.SnmpFreeEntity, src),
        (w.SnmpFreePdu, pdu),
        (w.SnmpFreeVbl, vbl),
        (w.SnmpFreeContext, context),
        (w.SnmpFreeEntity, agent),
    ):
        assert free(handle) == w.SNMPAPI_SUCCESS
    assert w.SnmpClose(session) == w.SNMPAPI_SUCCESS


def facade_request(
    notes: Notes, session: int, agent: int, context: int, pdu_type: int, vbl: int, **bulk: int
) -> tuple[int, int, int, list[tuple[tuple[int, ...], SmiValue]]]:
    """SendMsg + wait for the callback + RecvMsg: (error status, error index, version, vbs)."""
    status, index = bulk.get("non_repeaters", 0), bulk.get("max_repetitions", 0)
    pdu = w.SnmpCreatePdu(session, pdu_type, 0, status, index, vbl)
    request_id = w.SnmpGetPduData(pdu, vbl=False)[2]
    assert w.SnmpSendMsg(session, 0, agent, context, pdu) == w.SNMPAPI_SUCCESS
    note = notes.wait(lambda n: n.lparam == request_id, timeout=10)
    assert note.wparam == 0
    ok, src, dst, ctx, reply = w.SnmpRecvMsg(session)
    assert ok == w.SNMPAPI_SUCCESS
    _, kind, rid, error_status, error_index, reply_vbl = w.SnmpGetPduData(reply)
    assert (kind, rid) == (w.SNMP_PDU_RESPONSE, request_id)
    varbinds = []
    for i in range(1, (w.SnmpCountVbl(reply_vbl) or 0) + 1):
        _, name, value = w.SnmpGetVb(reply_vbl, i)
        assert value is not None
        payload = value.value
        if isinstance(payload, bytes):
            payload = bytes(payload)
        elif isinstance(payload, tuple):
            payload = tuple(payload)
        varbinds.append((tuple(name), SmiValue(value.syntax, payload)))  # type: ignore[arg-type]
    version = w.default_application().describe(src).version  # type: ignore[union-attr]
    for free, handle in (
        (w.SnmpFreeVbl, reply_vbl),
        (w.SnmpFreePdu, reply),
        (w.SnmpFreePdu, pdu),
        (w.SnmpFreeContext, ctx),
        (w.SnmpFreeEntity, src),
        (w.SnmpFreeEntity, dst),
    ):
        assert free(handle) == w.SNMPAPI_SUCCESS
    return error_status, error_index, version, varbinds


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("mode", [w.SNMPAPI_UNTRANSLATED_V1, w.SNMPAPI_UNTRANSLATED_V2])
def test_facade_getnext_getbulk_set_get(
    facade: Application, snmpd_agent: SnmpdAgent, host: str, mode: int
) -> None:
    """The untranslated modes pick the version (V1: SNMPv1, V2: SNMPv2c)."""
    notes = Notes()
    assert w.SnmpSetTranslateMode(mode) == w.SNMPAPI_SUCCESS
    session = w.SnmpCreateSession(None, 0, notes, None)
    agent = w.SnmpStrToEntity(session, entity_text(host, snmpd_agent.port))
    public = w.SnmpStrToContext(session, b"public")
    private = w.SnmpStrToContext(session, b"private")
    expected_version = SnmpVersion.V1 if mode == w.SNMPAPI_UNTRANSLATED_V1 else SnmpVersion.V2C

    start = w.SnmpCreateVbl(session, oid("1.3.6.1.2.1.1.1"), None)
    status, _, version, varbinds = facade_request(
        notes, session, agent, public, w.SNMP_PDU_GETNEXT, start
    )
    assert (status, version) == (0, expected_version)
    assert varbinds == [(SYS_DESCR_0, SmiValue(Syntax.OCTETS, snmpd_agent.sys_descr.encode()))]

    repeaters = w.SnmpCreateVbl(session, IF_DESCR, None)
    status, _, _, varbinds = facade_request(
        notes, session, agent, public, w.SNMP_PDU_GETBULK, repeaters, max_repetitions=4
    )
    # SNMPv1 has no GETBULK: it went as a GETNEXT (one varbind back, not four).
    assert len(varbinds) == (1 if expected_version == SnmpVersion.V1 else 4)
    assert varbinds[0][0] == (*IF_DESCR, 1)

    name = w.SnmpCreateVbl(session, SYS_NAME_0, None)
    _, _, _, old = facade_request(notes, session, agent, public, w.SNMP_PDU_GET, name)
    new = SmiValue(Syntax.OCTETS, f"facade-{mode}-{len(host)}".encode())
    assert w.SnmpSetVb(name, 1, SYS_NAME_0, new) == 1
    try:
        status, _, _, varbinds = facade_request(
            notes, session, agent, private, w.SNMP_PDU_SET, name
        )
        assert (status, varbinds) == (0, [(SYS_NAME_0, new)])
        assert w.SnmpSetVb(name, 1, SYS_NAME_0, None) == 1
        _, _, _, varbinds = facade_request(notes, session, agent, public, w.SNMP_PDU_GET, name)
        assert varbinds == [(SYS_NAME_0, new)]
    finally:
        assert w.SnmpSetVb(name, 1, SYS_NAME_0, old[0][1]) == 1
        facade_request(notes, session, agent, private, w.SNMP_PDU_SET, name)
    assert w.SnmpClose(session) == w.SNMPAPI_SUCCESS
