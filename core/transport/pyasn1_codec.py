"""The message codec: :class:`WireMessage` <-> BER bytes, behind one small interface.

Everything that turns SNMP messages into bytes or back goes through a :class:`SnmpCodec`:
the transport's sends and receives, SnmpEncodeMsg and SnmpDecodeMsg. The implementation here,
:class:`PysnmpCodec`, uses pysnmp's protocol modules (``pysnmp.proto.api``) and pyasn1's BER
codec. A faster decoder only has to implement the same two methods.

A :class:`WireMessage` carries plain model data (:class:`PduData` with :class:`SmiValue`s); no
pyasn1 object crosses this boundary. SNMPv1 Trap-PDUs, which the PDU model cannot express,
carry their header in :class:`V1TrapHeader`.

Only the community-based versions are encoded here. SNMPv3 messages (USM) will not pass through
this codec: pysnmp's message-processing engine will build and parse them (see
:mod:`snmpscope.core.transport.udp`), so this interface stays free of security parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from pyasn1.codec.ber import decoder, encoder
from pysnmp.proto import api

from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import VarBind
from snmpscope.core.transport.prescan import (
    MAX_VARBINDS,
    PrescanError,
    TooManyVarbindsError,
    prescan,
)
from snmpscope.core.transport.smi_values import ValueConversionError, from_pysnmp, to_pysnmp


class CodecError(ValueError):
    """Bytes that are no valid v1/v2c message, or a message that cannot be encoded.
    ``str(error)`` names what is wrong."""


class OversizedMessageError(CodecError):
    """A message refused before decoding because it has more varbinds than the codec's
    ``max_varbinds`` (decoding it would hold the I/O thread too long)."""


@dataclass(frozen=True, slots=True)
class V1TrapHeader:
    """The fields of an SNMPv1 Trap-PDU (RFC 1157) besides its variable bindings."""

    enterprise: Oid
    agent_address: bytes  # 4 octets
    generic: int
    specific: int
    timestamp: int  # TimeTicks


@dataclass(slots=True)
class WireMessage:
    """One community-based SNMP message in model terms.

    ``pdu.type`` is a :class:`PduType`; for ``V1TRAP`` the request id and error fields are 0
    and ``trap`` holds the header. ``length`` is how many bytes a decode consumed.
    """

    version: SnmpVersion
    community: bytes
    pdu: PduData
    trap: V1TrapHeader | None = None
    length: int = 0


class SnmpCodec(Protocol):
    """Encode and decode community-based (v1/v2c) SNMP messages."""

    def encode(self, message: WireMessage) -> bytes:
        """BER bytes of ``message``; :class:`CodecError` names what cannot be encoded."""
        ...

    def decode(self, data: bytes) -> WireMessage:
        """The first message in ``data`` (trailing bytes are ignored, see ``length``);
        :class:`CodecError` names what is wrong with the bytes."""
        ...


_V1 = api.PROTOCOL_MODULES[api.SNMP_VERSION_1]
_V2C = api.PROTOCOL_MODULES[api.SNMP_VERSION_2C]

_V1_PDU_CLASSES: dict[int, Any] = {
    PduType.GET: _V1.GetRequestPDU,
    PduType.GETNEXT: _V1.GetNextRequestPDU,
    PduType.RESPONSE: _V1.GetResponsePDU,
    PduType.SET: _V1.SetRequestPDU,
}
_V2C_PDU_CLASSES: dict[int, Any] = {
    PduType.GET: _V2C.GetRequestPDU,
    PduType.GETNEXT: _V2C.GetNextRequestPDU,
    PduType.RESPONSE: _V2C.ResponsePDU,
    PduType.SET: _V2C.SetRequestPDU,
    PduType.GETBULK: _V2C.GetBulkRequestPDU,
    PduType.INFORM: _V2C.InformRequestPDU,
    PduType.TRAP: _V2C.SNMPv2TrapPDU,
    PduType.REPORT: _V2C.ReportPDU,
}
# A PDU's type is its context tag number (RFC 1157 / RFC 3416): 0xA0 | n.
_TAG_TO_PDU_TYPE: dict[Any, int] = {
    **{cls.tagSet: t for t, cls in _V1_PDU_CLASSES.items()},
    _V1.TrapPDU.tagSet: PduType.V1TRAP,
    **{cls.tagSet: t for t, cls in _V2C_PDU_CLASSES.items()},
}
_VERSION_NAMES = {SnmpVersion.V1: "SNMPv1", SnmpVersion.V2C: "SNMPv2c"}


class PysnmpCodec:
    """:class:`SnmpCodec` on ``pysnmp.proto.api`` and pyasn1's BER encoder/decoder.

    Before pyasn1 sees a message, :func:`~snmpscope.core.transport.prescan.prescan` checks
    its outline and refuses one with more than ``max_varbinds`` varbinds
    (:class:`OversizedMessageError`), which bounds what one datagram costs to decode.
    """

    def __init__(self, max_varbinds: int = MAX_VARBINDS) -> None:
        self.max_varbinds = max_varbinds

    # ------------------------------------------------------------------ encode
    def encode(self, message: WireMessage) -> bytes:
        version = SnmpVersion(message.version)
        if version not in _VERSION_NAMES:
            raise CodecError(f"this codec encodes SNMPv1 and SNMPv2c, not {version.name}")
        is_v1 = version == SnmpVersion.V1
        proto = _V1 if is_v1 else _V2C
        pdu_data = message.pdu
        try:
            if pdu_data.type == PduType.V1TRAP:
                pdu = self._v1_trap(message)
            else:
                pdu = self._pdu(proto, is_v1, pdu_data)
            msg = proto.Message()
            msg.setComponentByPosition(0, int(version))
            msg.setComponentByPosition(1, message.community)
            proto.apiMessage.set_pdu(msg, pdu)
            return bytes(encoder.encode(msg))
        except (CodecError, ValueConversionError) as exc:
            raise CodecError(str(exc)) from None
        except Exception as exc:  # pyasn1 constraint errors (ranges, sizes)
            raise CodecError(
                f"cannot encode the {_VERSION_NAMES[version]} message: {exc}"
            ) from None

    @staticmethod
    def _pdu(proto: Any, is_v1: bool, data: PduData) -> Any:
        classes = _V1_PDU_CLASSES if is_v1 else _V2C_PDU_CLASSES
        cls = classes.get(data.type)
        if cls is None:
            version = "SNMPv1" if is_v1 else "SNMPv2c"
            raise CodecError(f"{_type_name(data.type)} PDUs do not exist in {version}")
        pdu = cls()
        pdu.setComponentByPosition(0, data.request_id)
        pdu.setComponentByPosition(1, data.error_status)
        pdu.setComponentByPosition(2, data.error_index)
        proto.apiPDU.set_varbinds(pdu, _to_pysnmp_varbinds(data.varbinds, is_v1))
        return pdu

    @staticmethod
    def _v1_trap(message: WireMessage) -> Any:
        header = message.trap
        if message.version != SnmpVersion.V1 or header is None:
            raise CodecError("a V1TRAP PDU needs an SNMPv1 message and a trap header")
        pdu = _V1.TrapPDU()
        api_trap = _V1.apiTrapPDU
        api_trap.set_enterprise(pdu, header.enterprise)
        api_trap.set_agent_address(pdu, _V1.IpAddress(header.agent_address))
        api_trap.set_generic_trap(pdu, header.generic)
        api_trap.set_specific_trap(pdu, header.specific)
        api_trap.set_timestamp(pdu, _V1.TimeTicks(header.timestamp))
        api_trap.set_varbinds(pdu, _to_pysnmp_varbinds(message.pdu.varbinds, True))
        return pdu

    # ------------------------------------------------------------------ decode
    def decode(self, data: bytes) -> WireMessage:
        if not data:
            raise CodecError("empty message")
        if data[0] != 0x30:
            raise CodecError(
                f"not an SNMP message: it starts with {data[0]:#04x}, not a BER SEQUENCE (0x30)"
            )
        # SnmpDecodeMsg may be handed more bytes than the message: decode only the first one.
        header, total = _outer_header(data)
        data = data[:total]
        raw_version = _peek_version(data, header)
        if raw_version == SnmpVersion.V3:
            raise CodecError("SNMPv3 message: this codec decodes SNMPv1 and SNMPv2c only")
        if raw_version not in (SnmpVersion.V1, SnmpVersion.V2C):
            raise CodecError(f"unknown SNMP version field {raw_version}")
        version = SnmpVersion(raw_version)
        name = _VERSION_NAMES[version]
        proto = _V1 if version == SnmpVersion.V1 else _V2C
        try:
            prescan(data, self.max_varbinds)
        except TooManyVarbindsError as exc:
            raise OversizedMessageError(f"{name} message ({len(data)} bytes): {exc}") from None
        except PrescanError as exc:
            raise CodecError(f"malformed {name} message ({len(data)} bytes): {exc}") from None
        try:
            msg, rest = decoder.decode(data, asn1Spec=proto.Message())
        except Exception as exc:  # PyAsn1Error for bad BER; anything else is bad BER too
            raise CodecError(f"malformed {name} message ({len(data)} bytes): {exc}") from None
        try:
            community = proto.apiMessage.get_community(msg).asOctets()
            pdu = proto.apiMessage.get_pdu(msg)
            pdu_type = _TAG_TO_PDU_TYPE.get(pdu.tagSet)
            if pdu_type is None:
                raise CodecError(f"unknown PDU type in the {name} message")
            trap = None
            if pdu_type == PduType.V1TRAP:
                api_trap = _V1.apiTrapPDU
                trap = V1TrapHeader(
                    api_trap.get_enterprise(pdu).asTuple(),
                    from_pysnmp(api_trap.get_agent_address(pdu)).value,  # type: ignore[arg-type]
                    int(api_trap.get_generic_trap(pdu)),
                    int(api_trap.get_specific_trap(pdu)),
                    int(api_trap.get_timestamp(pdu)),
                )
                pdu_data = PduData(int(PduType.V1TRAP), 0, 0, 0, _varbinds(pdu[5]))
            else:
                pdu_data = PduData(
                    int(pdu_type), int(pdu[0]), int(pdu[1]), int(pdu[2]), _varbinds(pdu[3])
                )
        except CodecError:
            raise
        except Exception as exc:  # a value of an unsupported type, an absent component
            raise CodecError(f"unusable {name} message: {exc}") from None
        return WireMessage(version, community, pdu_data, trap, len(data) - len(rest))


def _outer_header(data: bytes) -> tuple[int, int]:
    """(header size, total size) of the message's outer SEQUENCE, from its BER length octets.
    The total is the whole buffer when the length is unreadable (the decoder then reports
    what is wrong)."""
    if len(data) < 2:
        return len(data), len(data)
    first = data[1]
    if first < 0x80:
        return 2, 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return len(data), len(data)  # indefinite or absurd length: let the decoder complain
    return 2 + count, 2 + count + int.from_bytes(data[2 : 2 + count], "big")


def _peek_version(data: bytes, header: int) -> int:
    """The msgVersion INTEGER that opens every SNMP message, read to pick the ASN.1 spec
    (what ``pysnmp.proto.api.decodeMessageVersion`` does, without a pyasn1 pass)."""
    if len(data) < header + 3 or data[header] != 0x02 or not 1 <= data[header + 1] <= 4:
        raise CodecError(
            f"no readable SNMP version field (truncated or malformed BER, {len(data)} bytes)"
        )
    size = data[header + 1]
    if len(data) < header + 2 + size:
        raise CodecError(f"the SNMP version field is cut short ({len(data)} bytes)")
    return int.from_bytes(data[header + 2 : header + 2 + size], "big", signed=True)


def _to_pysnmp_varbinds(varbinds: list[VarBind], is_v1: bool) -> list[tuple[Oid, Any]]:
    converted = []
    for position, (oid, value) in enumerate(varbinds, start=1):
        try:
            converted.append((oid, to_pysnmp(value, is_v1)))
        except ValueConversionError as exc:
            raise CodecError(f"varbind {position} ({'.'.join(map(str, oid))}): {exc}") from None
    return converted


def _varbinds(varbind_list: Any) -> list[VarBind]:
    out: list[VarBind] = []
    for varbind in varbind_list:
        out.append((varbind[0].asTuple(), from_pysnmp(varbind[1].getComponent(True))))
    return out


def _type_name(pdu_type: int) -> str:
    try:
        return PduType(pdu_type).name
    except ValueError:
        return hex(pdu_type)
