"""SNMPv1/SNMPv2c coexistence (RFC 3584): what the transport changes when versions differ.

* Sending to an SNMPv1 entity (§4.2.2.1 and §3.2): GETBULK becomes GETNEXT with the same
  varbinds; an SNMPv2 TRAP becomes an SNMPv1 Trap-PDU; a RESPONSE (agent role) gets v2c-only
  error statuses mapped to v1 (§4.3) and exception values turned into ``noSuchName``. A
  Counter64 value cannot travel in SNMPv1 at all: the send fails with PDU_INVALID.
* Receiving an SNMPv1 Trap-PDU (§3.1): it is delivered in SNMPv2 form.

Pure functions on model data; nothing here touches sockets or pysnmp.
"""

from __future__ import annotations

from snmpscope.core.constants import (
    SNMP_TRAP_ADDRESS_0,
    SNMP_TRAP_COMMUNITY_0,
    SNMP_TRAP_ENTERPRISE_0,
    SNMP_TRAP_OID_0,
    SNMP_TRAPS,
    SYS_UPTIME_0,
    V2_TO_V1_ERROR_STATUS,
    ApiError,
    ErrorStatus,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.core.smi.values import EXCEPTION_SYNTAXES, NULL_VALUE, SmiValue, VarBind
from snmpscope.core.transport.codec import V1TrapHeader

GENERIC_TRAP_COUNT = 6  # coldStart .. egpNeighborLoss; 6 is enterpriseSpecific
ENTERPRISE_SPECIFIC = 6
# Varbinds an SNMPv1 Trap-PDU carries in its header instead (RFC 3584 §3.2).
_HEADER_VARBINDS = frozenset({SYS_UPTIME_0, SNMP_TRAP_ADDRESS_0, SNMP_TRAP_ENTERPRISE_0})


def outgoing(
    pdu: PduData, version: SnmpVersion, source: TransportAddress | None
) -> tuple[PduData, V1TrapHeader | None]:
    """The PDU (and v1 trap header) that goes on the wire for a message to a ``version``
    entity. Raises PDU_INVALID naming what SNMPv1 cannot carry."""
    if version != SnmpVersion.V1:
        return pdu, None
    _reject_counter64(pdu)
    if pdu.type == PduType.TRAP:
        header, varbinds = v2_trap_to_v1(pdu, source)
        return PduData(int(PduType.V1TRAP), 0, 0, 0, varbinds), header
    if pdu.type == PduType.GETBULK:
        # RFC 3584 §4.2.2.1.1: non-repeaters and max-repetitions are dropped.
        return PduData(int(PduType.GETNEXT), pdu.request_id, 0, 0, list(pdu.varbinds)), None
    if pdu.type == PduType.RESPONSE:
        return v1_response(pdu), None
    for position, (oid, value) in enumerate(pdu.varbinds, start=1):
        if value.syntax in EXCEPTION_SYNTAXES:
            raise SnmpApiError(
                ApiError.PDU_INVALID,
                f"varbind {position} ({oid_to_str(oid)}) holds {Syntax(value.syntax).name}, "
                "which SNMPv1 cannot carry",
            )
    return pdu, None


def _reject_counter64(pdu: PduData) -> None:
    for position, (oid, value) in enumerate(pdu.varbinds, start=1):
        if value.syntax == Syntax.CNTR64:
            raise SnmpApiError(
                ApiError.PDU_INVALID,
                f"varbind {position} ({oid_to_str(oid)}) is a Counter64, which SNMPv1 cannot "
                "carry (RFC 3584 §4.2.2.1); send it to an SNMPv2c entity",
            )


def v1_response(pdu: PduData) -> PduData:
    """An agent-role RESPONSE made fit for an SNMPv1 manager (RFC 3584 §4.3, §4.4)."""
    status, index = V2_TO_V1_ERROR_STATUS.get(pdu.error_status, ErrorStatus.GENERR), pdu.error_index
    varbinds: list[VarBind] = []
    for position, (oid, value) in enumerate(pdu.varbinds, start=1):
        if value.syntax in EXCEPTION_SYNTAXES:
            if status == ErrorStatus.NOERROR:
                status, index = ErrorStatus.NOSUCHNAME, position
            varbinds.append((oid, NULL_VALUE))
        else:
            varbinds.append((oid, value))
    return PduData(pdu.type, pdu.request_id, int(status), index, varbinds)


def v2_trap_to_v1(
    pdu: PduData, source: TransportAddress | None
) -> tuple[V1TrapHeader, list[VarBind]]:
    """RFC 3584 §3.2: an SNMPv2 TRAP as an SNMPv1 Trap-PDU header and varbinds.

    agent-addr is snmpTrapAddress.0 when present, else the source entity's IPv4 address, else
    0.0.0.0 (an IPv6 or unknown source, reference §8). snmpTrapAddress.0 and
    snmpTrapEnterprise.0 move into the header and leave the varbinds.
    """
    varbinds = pdu.varbinds
    uptime = varbinds[0][1].value if varbinds else None
    trap_oid = varbinds[1][1].value if len(varbinds) >= 2 else None
    if (
        not isinstance(uptime, int)
        or not isinstance(trap_oid, tuple)
        or varbinds[0][0] != SYS_UPTIME_0
        or varbinds[1][0] != SNMP_TRAP_OID_0
    ):
        raise SnmpApiError(
            ApiError.PDU_INVALID,
            "an SNMPv2 TRAP sent to an SNMPv1 entity needs sysUpTime.0 and snmpTrapOID.0 "
            "(an OID) as its first two varbinds (RFC 3584 §3.2)",
        )
    timestamp = uptime & 0xFFFFFFFF
    rest = varbinds[2:]
    if trap_oid[:-1] == SNMP_TRAPS and 1 <= trap_oid[-1] <= GENERIC_TRAP_COUNT:
        generic, specific = trap_oid[-1] - 1, 0
        enterprise = _value_of(rest, SNMP_TRAP_ENTERPRISE_0, Syntax.OID) or SNMP_TRAPS
    else:
        generic, specific = ENTERPRISE_SPECIFIC, trap_oid[-1]
        enterprise = trap_oid[:-2] if len(trap_oid) >= 4 and trap_oid[-2] == 0 else trap_oid[:-1]
        if len(enterprise) < 2:
            raise SnmpApiError(
                ApiError.PDU_INVALID,
                f"snmpTrapOID.0 {oid_to_str(trap_oid)} leaves no SNMPv1 enterprise OID",
            )
        if specific > 0x7FFFFFFF:
            raise SnmpApiError(
                ApiError.PDU_INVALID,
                f"the last sub-identifier of snmpTrapOID.0 {oid_to_str(trap_oid)} is too large "
                "for an SNMPv1 specific-trap",
            )
    agent_address = _value_of(rest, SNMP_TRAP_ADDRESS_0, Syntax.IPADDR)
    if not isinstance(agent_address, bytes) or len(agent_address) != 4:
        agent_address = _ipv4_octets(source)
    header = V1TrapHeader(
        tuple(enterprise),  # type: ignore[arg-type]
        agent_address,
        generic,
        specific,
        timestamp,
    )
    return header, [vb for vb in rest if vb[0] not in _HEADER_VARBINDS]


def v1_trap_to_v2(
    header: V1TrapHeader, varbinds: list[VarBind], community: bytes, request_id: int
) -> PduData:
    """RFC 3584 §3.1: an SNMPv1 Trap-PDU in SNMPv2 form.

    sysUpTime.0, snmpTrapOID.0, the trap's own varbinds, then snmpTrapAddress.0,
    snmpTrapCommunity.0 and snmpTrapEnterprise.0 (last, as WinSNMP promises).
    """
    if 0 <= header.generic < GENERIC_TRAP_COUNT:
        trap_oid: Oid = (*SNMP_TRAPS, header.generic + 1)
    else:
        trap_oid = (*header.enterprise, 0, header.specific & 0xFFFFFFFF)
    converted: list[VarBind] = [
        (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, header.timestamp)),
        (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, trap_oid)),
        *varbinds,
        (SNMP_TRAP_ADDRESS_0, SmiValue(Syntax.IPADDR, header.agent_address)),
        (SNMP_TRAP_COMMUNITY_0, SmiValue(Syntax.OCTETS, community)),
        (SNMP_TRAP_ENTERPRISE_0, SmiValue(Syntax.OID, header.enterprise)),
    ]
    return PduData(int(PduType.TRAP), request_id, 0, 0, converted)


def trap_oid_of(pdu: PduData) -> Oid | None:
    """snmpTrapOID.0 of a notification in SNMPv2 form (normally its second varbind)."""
    value = _value_of(pdu.varbinds, SNMP_TRAP_OID_0, Syntax.OID)
    return value if isinstance(value, tuple) else None


def _value_of(varbinds: list[VarBind], oid: Oid, syntax: int) -> object:
    for name, value in varbinds:
        if name == oid and value.syntax == syntax:
            return value.value
    return None


def _ipv4_octets(address: TransportAddress | None) -> bytes:
    if address is not None:
        import ipaddress  # only traps need it, not every CLI process

        try:
            ip = ipaddress.ip_address(address.ip)
        except ValueError:
            return bytes(4)
        if ip.version == 4:
            return ip.packed
    return bytes(4)
