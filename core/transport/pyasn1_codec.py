"""The reference codec: :class:`PysnmpCodec` on pysnmp's protocol modules and pyasn1's BER.

It is the oracle :class:`~snmpscope.core.transport.fast_codec.FastCodec` is tested against
(byte-identical encodings, the same decoded values, the same refusals) and the fallback that
codec hands what it does not handle. The data types, errors and envelope checks it shares
with the fast codec live in :mod:`~snmpscope.core.transport.codec`.

Ranges: pyasn1 checks what pysnmp's ASN.1 types constrain (Integer32, the unsigned types,
Counter64, IpAddress sizes, error-index ...). SNMPv1's ASN.1 (RFC 1157) leaves INTEGER values
and the PDU header fields unbounded, where every agent means smiINT32 and SnmpGetPduData can
only return one: a decoded INTEGER value and every header field must fit a signed 32-bit
integer (:data:`~snmpscope.core.smi.values.INT32_MIN` ..
:data:`~snmpscope.core.smi.values.INT32_MAX`) in both versions, and an INTEGER value to encode
too, so that both codecs refuse the same hostile numbers.
"""

from __future__ import annotations

from typing import Any

from pyasn1.codec.ber import decoder, encoder
from pysnmp.proto import api

from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import INT32_MAX, INT32_MIN, VarBind
from snmpscope.core.transport.codec import (
    MAX_VARBINDS,
    VERSION_NAMES,
    CodecError,
    V1TrapHeader,
    WireMessage,
    check_outline,
    read_envelope,
    type_name,
)
from snmpscope.core.transport.smi_values import ValueConversionError, from_pysnmp, to_pysnmp

__all__ = ["PysnmpCodec", "decoder", "encoder"]

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


class PysnmpCodec:
    """:class:`~snmpscope.core.transport.codec.SnmpCodec` on ``pysnmp.proto.api`` and
    pyasn1's BER encoder/decoder.

    Before pyasn1 sees a message, :func:`~snmpscope.core.transport.codec.check_outline`
    (the prescan) checks its outline and refuses one with more than ``max_varbinds`` varbinds
    (:class:`~snmpscope.core.transport.codec.OversizedMessageError`), which bounds what one
    datagram costs to decode.
    """

    def __init__(self, max_varbinds: int = MAX_VARBINDS) -> None:
        self.max_varbinds = max_varbinds

    # ------------------------------------------------------------------ encode
    def encode(self, message: WireMessage) -> bytes:
        version = SnmpVersion(message.version)
        if version not in VERSION_NAMES:
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
            raise CodecError(f"cannot encode the {VERSION_NAMES[version]} message: {exc}") from None

    @staticmethod
    def _pdu(proto: Any, is_v1: bool, data: PduData) -> Any:
        classes = _V1_PDU_CLASSES if is_v1 else _V2C_PDU_CLASSES
        cls = classes.get(data.type)
        if cls is None:
            version = "SNMPv1" if is_v1 else "SNMPv2c"
            raise CodecError(f"{type_name(data.type)} PDUs do not exist in {version}")
        pdu = cls()
        pdu.setComponentByPosition(0, _int32(data.request_id, "the request id"))
        pdu.setComponentByPosition(1, _int32(data.error_status, "the error status"))
        pdu.setComponentByPosition(2, _int32(data.error_index, "the error index"))
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
        api_trap.set_generic_trap(pdu, _int32(header.generic, "the generic trap"))
        api_trap.set_specific_trap(pdu, _int32(header.specific, "the specific trap"))
        api_trap.set_timestamp(pdu, _V1.TimeTicks(header.timestamp))
        api_trap.set_varbinds(pdu, _to_pysnmp_varbinds(message.pdu.varbinds, True))
        return pdu

    # ------------------------------------------------------------------ decode
    def decode(self, data: bytes) -> WireMessage:
        data, version = read_envelope(data)
        check_outline(data, version, self.max_varbinds)
        return self.decode_outlined(data, version)

    def decode_outlined(self, data: bytes, version: SnmpVersion) -> WireMessage:
        """The pyasn1 half of :meth:`decode`, for a message whose envelope and outline were
        checked already (``data`` as :func:`~snmpscope.core.transport.codec.read_envelope`
        cut it)."""
        name = VERSION_NAMES[version]
        proto = _V1 if version == SnmpVersion.V1 else _V2C
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
                    _int32(api_trap.get_generic_trap(pdu), "the generic trap"),
                    _int32(api_trap.get_specific_trap(pdu), "the specific trap"),
                    int(api_trap.get_timestamp(pdu)),
                )
                pdu_data = PduData(int(PduType.V1TRAP), 0, 0, 0, _varbinds(pdu[5]))
            else:
                pdu_data = PduData(
                    int(pdu_type),
                    _int32(pdu[0], "the request id"),
                    _int32(pdu[1], "the error status"),
                    _int32(pdu[2], "the error index"),
                    _varbinds(pdu[3]),
                )
        except CodecError:
            raise
        except Exception as exc:  # a value of an unsupported type, an absent component
            raise CodecError(f"unusable {name} message: {exc}") from None
        return WireMessage(version, community, pdu_data, trap, len(data) - len(rest))


def _int32(value: Any, what: str) -> int:
    """``value`` as an int that fits smiINT32 (see the module docstring), else ValueError."""
    number = int(value)
    if not INT32_MIN <= number <= INT32_MAX:
        raise ValueError(f"{what} {number} does not fit a signed 32-bit integer")
    return number


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
