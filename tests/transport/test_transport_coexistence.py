"""RFC 3584 coexistence rules as the transport applies them, and their effect on the wire."""

from __future__ import annotations

import pytest
from agents.scripted import ScriptedResponder
from transportkit import oid

from snmpscope.core.api import Snmp
from snmpscope.core.constants import (
    SNMP_TRAP_ADDRESS_0,
    SNMP_TRAP_COMMUNITY_0,
    SNMP_TRAP_ENTERPRISE_0,
    SNMP_TRAP_OID_0,
    SNMP_TRAPS,
    SYS_UPTIME_0,
    ApiError,
    ErrorStatus,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.address import parse_entity_address
from snmpscope.core.smi.values import SmiValue, VarBind
from snmpscope.core.transport.codec import V1TrapHeader
from snmpscope.core.transport.coexistence import (
    outgoing,
    trap_oid_of,
    v1_response,
    v1_trap_to_v2,
    v2_trap_to_v1,
)

CISCO = oid("1.3.6.1.4.1.9")
IF_INDEX_1 = oid("1.3.6.1.2.1.2.2.1.1.1")
V4 = parse_entity_address("192.0.2.1:162", 162)
V6 = parse_entity_address("[2001:db8::1]:162", 162)


def trap(trap_oid: tuple[int, ...], *extra: VarBind) -> PduData:
    return PduData(
        PduType.TRAP,
        1,
        0,
        0,
        [
            (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 500)),
            (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, trap_oid)),
            *extra,
        ],
    )


@pytest.mark.parametrize(
    ("trap_oid", "extra", "expected"),
    [
        # Generic traps: enterprise from snmpTrapEnterprise.0, else snmpTraps.
        ((*SNMP_TRAPS, 3), (), (SNMP_TRAPS, 2, 0)),
        (
            (*SNMP_TRAPS, 1),
            ((SNMP_TRAP_ENTERPRISE_0, SmiValue(Syntax.OID, CISCO)),),
            (CISCO, 0, 0),
        ),
        # Enterprise-specific: drop "0.specific" (RFC 3584 §3.2 (2)) or just "specific".
        ((*CISCO, 0, 42), (), (CISCO, 6, 42)),
        ((*CISCO, 7, 42), (), ((*CISCO, 7), 6, 42)),
    ],
)
def test_v2_trap_to_v1_header(
    trap_oid: tuple[int, ...], extra: tuple[VarBind, ...], expected: tuple[object, int, int]
) -> None:
    header, varbinds = v2_trap_to_v1(trap(trap_oid, *extra), V4)
    assert (header.enterprise, header.generic, header.specific) == expected
    assert header.timestamp == 500
    assert header.agent_address == bytes([192, 0, 2, 1])
    assert varbinds == []  # sysUpTime.0, snmpTrapOID.0 and snmpTrapEnterprise.0 moved out


def test_v2_trap_to_v1_agent_address() -> None:
    own = (SNMP_TRAP_ADDRESS_0, SmiValue(Syntax.IPADDR, bytes([10, 9, 8, 7])))
    assert v2_trap_to_v1(trap((*CISCO, 0, 1), own), V4)[0].agent_address == bytes([10, 9, 8, 7])
    assert v2_trap_to_v1(trap((*CISCO, 0, 1)), V6)[0].agent_address == bytes(4)
    assert v2_trap_to_v1(trap((*CISCO, 0, 1)), None)[0].agent_address == bytes(4)


def test_v1_trap_to_v2_and_back() -> None:
    extra = (IF_INDEX_1, SmiValue(Syntax.INT, 1))
    header = V1TrapHeader(CISCO, bytes([192, 0, 2, 1]), 6, 42, 500)
    v2 = v1_trap_to_v2(header, [extra], b"public", 7)
    assert v2.request_id == 7
    assert v2.varbinds == [
        (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 500)),
        (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, (*CISCO, 0, 42))),
        extra,
        (SNMP_TRAP_ADDRESS_0, SmiValue(Syntax.IPADDR, bytes([192, 0, 2, 1]))),
        (SNMP_TRAP_COMMUNITY_0, SmiValue(Syntax.OCTETS, b"public")),
        (SNMP_TRAP_ENTERPRISE_0, SmiValue(Syntax.OID, CISCO)),
    ]
    assert trap_oid_of(v2) == (*CISCO, 0, 42)
    again, varbinds = v2_trap_to_v1(v2, None)
    assert again == header
    assert varbinds == [extra, v2.varbinds[4]]


def test_v1_response_maps_v2_errors_and_exceptions() -> None:
    name = oid("1.3.6.1.2.1.1.5.0")
    assert v1_response(
        PduData(PduType.RESPONSE, 3, ErrorStatus.NOTWRITABLE, 1, [])
    ).error_status == (ErrorStatus.NOSUCHNAME)
    assert v1_response(PduData(PduType.RESPONSE, 3, ErrorStatus.WRONGTYPE, 1, [])).error_status == (
        ErrorStatus.BADVALUE
    )
    mapped = v1_response(
        PduData(
            PduType.RESPONSE,
            3,
            0,
            0,
            [(name, SmiValue(Syntax.OCTETS, b"x")), (name, SmiValue(Syntax.NOSUCHINSTANCE, None))],
        )
    )
    assert (mapped.error_status, mapped.error_index) == (ErrorStatus.NOSUCHNAME, 2)
    assert mapped.varbinds[1][1].syntax == Syntax.NULL


def test_outgoing_leaves_v2c_alone_and_refuses_counter64_in_v1() -> None:
    bulk = PduData(PduType.GETBULK, 9, 1, 25, [(IF_INDEX_1, SmiValue(Syntax.NULL, None))])
    assert outgoing(bulk, SnmpVersion.V2C, None) == (bulk, None)
    assert outgoing(bulk, SnmpVersion.V1, None)[0] == PduData(
        PduType.GETNEXT, 9, 0, 0, bulk.varbinds
    )
    counter = PduData(PduType.SET, 9, 0, 0, [(IF_INDEX_1, SmiValue(Syntax.CNTR64, 5))])
    with pytest.raises(SnmpApiError) as caught:
        outgoing(counter, SnmpVersion.V1, None)
    assert caught.value.code == ApiError.PDU_INVALID
    assert "Counter64" in caught.value.detail and "1.3.6.1.2.1.2.2.1.1.1" in caught.value.detail
    exception = PduData(PduType.SET, 9, 0, 0, [(IF_INDEX_1, SmiValue(Syntax.ENDOFMIBVIEW, None))])
    with pytest.raises(SnmpApiError):
        outgoing(exception, SnmpVersion.V1, None)


def test_counter64_send_to_v1_fails_synchronously(
    snmp: Snmp, scripted_agent: ScriptedResponder
) -> None:
    with snmp.session() as session:
        agent = session.entity(f"127.0.0.1:{scripted_agent.port}", version=SnmpVersion.V1)
        pdu = session.pdu(PduType.SET, [(IF_INDEX_1, SmiValue(Syntax.CNTR64, 1))])
        with pytest.raises(SnmpApiError) as caught:
            session.send(agent, session.context("private"), pdu)
        assert caught.value.code == ApiError.PDU_INVALID
        assert session.last_error == ApiError.PDU_INVALID
        assert snmp.app.outstanding_count(session.handle) == 0


def test_getbulk_to_v1_is_a_getnext_on_the_wire(
    snmp: Snmp, scripted_agent: ScriptedResponder
) -> None:
    with snmp.session() as session:
        agent = session.entity(f"127.0.0.1:{scripted_agent.port}", version=SnmpVersion.V1)
        pdu = session.pdu(
            PduType.GETBULK,
            [(oid("1.3.6.1.2.1.2.2.1.2"), None)],
            non_repeaters=0,
            max_repetitions=10,
        )
        request_id = session.send(agent, session.context("public"), pdu)
        note = session.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None and note.event == 0
        assert session.recv().pdu.varbinds == [
            (oid("1.3.6.1.2.1.2.2.1.2.1"), SmiValue(Syntax.OCTETS, b"lo"))
        ]
    logged = scripted_agent.requests[-1]
    assert (logged.pdu_type, logged.version, logged.request_id) == ("GetNextRequest", 0, request_id)
