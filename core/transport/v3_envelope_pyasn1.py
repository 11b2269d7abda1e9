"""The reference SNMPv3 envelope codec: pysnmp's RFC 3412 ASN.1 over pyasn1's BER.

:class:`PysnmpV3Codec` is the oracle :class:`~snmpscope.core.transport.v3_envelope.
V3EnvelopeCodec` is tested against, and its fallback. It encodes and decodes with
``pysnmp.proto.mpmod.rfc3412``'s ``SNMPv3Message`` and ``ScopedPDU`` (pysnmp's own message
specification, ranges included), after the same first checks as the fast codec
(:func:`~snmpscope.core.transport.v3_envelope.read_v3_envelope` and the outline prescan), and
converts the PDU with the v2c reference codec's functions, so a scopedPDU's PDU means what an
SNMPv2c message's PDU means.
"""

from __future__ import annotations

from typing import Any

from pyasn1.codec.ber import decoder, encoder
from pysnmp.proto.mpmod.rfc3412 import ScopedPDU, SNMPv3Message
from pysnmp.proto.secmod.rfc3414.service import UsmSecurityParameters

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.model.states import PduData
from snmpscope.core.transport.codec import MAX_VARBINDS, CodecError
from snmpscope.core.transport.pyasn1_codec import (
    _TAG_TO_PDU_TYPE,
    _V2C,
    PysnmpCodec,
    _int32,
    _varbinds,
)
from snmpscope.core.transport.v3_envelope import (
    check_scoped_outline,
    check_usm_outline,
    check_v3_outline,
    read_scoped_envelope,
    read_usm_envelope,
    read_v3_envelope,
)
from snmpscope.core.transport.v3_message import ScopedPdu, UsmParameters, V3Message

__all__ = ["PysnmpV3Codec"]


class PysnmpV3Codec:
    """The four operations of :class:`~snmpscope.core.transport.v3_envelope.
    V3EnvelopeCodec` on pysnmp's ASN.1 types (see the module docstring)."""

    def __init__(self, max_varbinds: int = MAX_VARBINDS) -> None:
        self.max_varbinds = max_varbinds

    # ---------------------------------------------------------------- encode
    def encode_message(self, message: V3Message) -> bytes:
        try:
            msg = SNMPv3Message()
            msg["msgVersion"] = int(SnmpVersion.V3)
            header = msg["msgGlobalData"]
            header["msgID"] = message.msg_id
            header["msgMaxSize"] = message.max_size
            header["msgFlags"] = bytes([message.flags])
            header["msgSecurityModel"] = message.security_model
            msg["msgSecurityParameters"] = _bytes(message.security_parameters, "parameters")
            scoped, encrypted = message.scoped_pdu, message.encrypted_pdu
            if scoped is not None and encrypted is None:
                msg["msgData"]["plaintext"] = self._scoped(scoped)
            elif encrypted is not None and scoped is None:
                msg["msgData"]["encryptedPDU"] = _bytes(encrypted, "the encryptedPDU")
            else:
                raise CodecError("an SNMPv3 message carries a plaintext or an encrypted scopedPDU")
            return bytes(encoder.encode(msg))
        except CodecError:
            raise
        except Exception as exc:  # pyasn1 constraint errors (ranges, sizes), odd types
            raise CodecError(f"cannot encode the SNMPv3 message: {exc}") from None

    def encode_scoped_pdu(self, scoped: ScopedPdu) -> bytes:
        try:
            return bytes(encoder.encode(self._scoped(scoped)))
        except CodecError:
            raise
        except Exception as exc:
            raise CodecError(f"cannot encode the scopedPDU: {exc}") from None

    def encode_usm_parameters(self, params: UsmParameters) -> bytes:
        try:
            value = UsmSecurityParameters()
            value["msgAuthoritativeEngineId"] = _bytes(params.engine_id, "the engine ID")
            value["msgAuthoritativeEngineBoots"] = params.engine_boots
            value["msgAuthoritativeEngineTime"] = params.engine_time
            value["msgUserName"] = _bytes(params.user_name, "the user name")
            value["msgAuthenticationParameters"] = _bytes(params.auth_parameters, "auth")
            value["msgPrivacyParameters"] = _bytes(params.priv_parameters, "priv")
            return bytes(encoder.encode(value))
        except CodecError:
            raise
        except Exception as exc:
            raise CodecError(f"cannot encode the USM security parameters: {exc}") from None

    def decode_usm_parameters(self, data: bytes) -> UsmParameters:
        data = read_usm_envelope(data)
        check_usm_outline(data)
        return self.decode_outlined_usm_parameters(data)

    def decode_outlined_usm_parameters(self, data: bytes) -> UsmParameters:
        try:
            value, rest = decoder.decode(data, asn1Spec=UsmSecurityParameters())
            return UsmParameters(
                value["msgAuthoritativeEngineId"].asOctets(),
                int(value["msgAuthoritativeEngineBoots"]),
                int(value["msgAuthoritativeEngineTime"]),
                value["msgUserName"].asOctets(),
                value["msgAuthenticationParameters"].asOctets(),
                value["msgPrivacyParameters"].asOctets(),
                len(data) - len(rest),
            )
        except Exception as exc:
            raise CodecError(f"malformed USM security parameters: {exc}") from None

    @staticmethod
    def _scoped(scoped: ScopedPdu) -> Any:
        if not isinstance(scoped, ScopedPdu):
            raise CodecError(f"a scopedPDU must be a ScopedPdu, not {type(scoped).__name__}")
        pdu = PysnmpCodec._pdu(_V2C, False, scoped.pdu)
        value = ScopedPDU()
        value["contextEngineId"] = _bytes(scoped.context_engine_id, "the contextEngineID")
        value["contextName"] = _bytes(scoped.context_name, "the contextName")
        value["data"].setComponentByType(pdu.tagSet, pdu)
        return value

    # ---------------------------------------------------------------- decode
    def decode_message(self, data: bytes) -> V3Message:
        data = read_v3_envelope(data)
        check_v3_outline(data, self.max_varbinds)
        return self.decode_outlined_message(data)

    def decode_scoped_pdu(self, data: bytes) -> ScopedPdu:
        data = read_scoped_envelope(data)
        check_scoped_outline(data, self.max_varbinds)
        return self.decode_outlined_scoped_pdu(data)

    def decode_outlined_message(self, data: bytes) -> V3Message:
        """The pyasn1 half of :meth:`decode_message`, for bytes whose envelope and outline
        were checked already."""
        try:
            msg, rest = decoder.decode(data, asn1Spec=SNMPv3Message())
        except Exception as exc:  # PyAsn1Error for bad BER or a value out of its range
            raise CodecError(f"malformed SNMPv3 message ({len(data)} bytes): {exc}") from None
        try:
            header = msg["msgGlobalData"]
            flags = header["msgFlags"].asOctets()
            body = msg["msgData"]
            scoped = encrypted = None
            if body.getName() == "plaintext":
                scoped = _scoped_pdu(body["plaintext"], 0)
            else:
                encrypted = body["encryptedPDU"].asOctets()
            return V3Message(
                int(header["msgID"]),
                int(header["msgMaxSize"]),
                flags[0],
                int(header["msgSecurityModel"]),
                msg["msgSecurityParameters"].asOctets(),
                scoped,
                encrypted,
                len(data) - len(rest),
            )
        except CodecError:
            raise
        except Exception as exc:  # an absent component, a value of an unsupported type
            raise CodecError(f"unusable SNMPv3 message: {exc}") from None

    def decode_outlined_scoped_pdu(self, data: bytes) -> ScopedPdu:
        """The pyasn1 half of :meth:`decode_scoped_pdu`."""
        try:
            value, rest = decoder.decode(data, asn1Spec=ScopedPDU())
        except Exception as exc:
            raise CodecError(f"malformed scopedPDU ({len(data)} bytes): {exc}") from None
        try:
            return _scoped_pdu(value, len(data) - len(rest))
        except CodecError:
            raise
        except Exception as exc:
            raise CodecError(f"unusable scopedPDU: {exc}") from None


def _bytes(value: object, what: str) -> bytes:
    if not isinstance(value, bytes):
        raise CodecError(f"{what} must be bytes, not {type(value).__name__}")
    return value


def _scoped_pdu(value: Any, length: int) -> ScopedPdu:
    """A decoded ScopedPDU in model terms (``length``: 0 when it sits in a message, which
    carries the length itself)."""
    pdu = value["data"].getComponent()
    pdu_type = _TAG_TO_PDU_TYPE.get(pdu.tagSet)
    if pdu_type is None:
        raise CodecError("unknown PDU type in the scopedPDU")
    pdu_data = PduData(
        int(pdu_type),
        _int32(pdu[0], "the request id"),
        _int32(pdu[1], "the error status"),
        _int32(pdu[2], "the error index"),
        _varbinds(pdu[3]),
    )
    return ScopedPdu(
        value["contextEngineId"].asOctets(), value["contextName"].asOctets(), pdu_data, length
    )
