"""The SNMPv3 message envelope and its scopedPDU (RFC 3412 §6), in model terms, fast.

What USM (RFC 3414) works on is an envelope around a scoped PDU::

    SNMPv3Message ::= SEQUENCE { msgVersion INTEGER (3), msgGlobalData HeaderData,
                                 msgSecurityParameters OCTET STRING, msgData ScopedPduData }
    HeaderData    ::= SEQUENCE { msgID, msgMaxSize, msgFlags OCTET STRING (SIZE (1)),
                                 msgSecurityModel }
    ScopedPduData ::= CHOICE { plaintext ScopedPDU, encryptedPDU OCTET STRING }
    ScopedPDU     ::= SEQUENCE { contextEngineID, contextName, data PDUs }   -- SNMPv2 PDUs

This module turns those bytes into :class:`V3Message` / :class:`ScopedPdu` and back, without
knowing anything about security: ``msgSecurityParameters`` stays an opaque OCTET STRING and an
encrypted scopedPDU stays its octets. The security model does its work in between::

    codec = V3EnvelopeCodec()
    # receiving
    message = codec.decode_message(datagram)          # envelope, plaintext scopedPDU decoded
    ...USM checks message.security_parameters (HMAC over the datagram, times)...
    if message.encrypted_pdu is not None:
        scoped = codec.decode_scoped_pdu(decrypt(message.encrypted_pdu))  # padding ignored
    # sending
    plain = codec.encode_scoped_pdu(ScopedPdu(engine_id, b"", pdu))
    datagram = codec.encode_message(V3Message(msg_id, 65507, flags, USM, params,
                                              encrypted_pdu=encrypt(plain)))

USM's own parameters (``UsmSecurityParameters``, RFC 3414 §2.4) have their codec here too
(:meth:`V3EnvelopeCodec.decode_usm_parameters` / ``encode_usm_parameters``, pysnmp's
``UsmSecurityParameters`` as the oracle), and :func:`auth_parameters_span` says where the
HMAC's octets lie in a whole message (what USM zeroes to compute or check the digest)::

    params = codec.decode_usm_parameters(message.security_parameters)
    start, stop = auth_parameters_span(datagram)
    digest_input = datagram[:start] + bytes(stop - start) + datagram[stop:]

Like :class:`~snmpscope.core.transport.fast_codec.FastCodec` for v1/v2c it reads and writes
with a specialised BER reader/writer (:mod:`~snmpscope.core.transport.v3_envelope_fast`, on
the v2c reader's PDU functions: decode straight into the model's values), and hands what that
does not decide to the reference, pysnmp's ASN.1 for the message (``pysnmp.proto.mpmod.
rfc3412``'s ``SNMPv3Message`` and ``ScopedPDU``) over pyasn1
(:mod:`~snmpscope.core.transport.v3_envelope_pyasn1`, imported on first use), **counted**:
:attr:`V3EnvelopeCodec.fallbacks` and the ``on_fallback`` hook. Both refuse the same bytes
with :class:`~snmpscope.core.transport.codec.CodecError` (too many varbinds:
:class:`~snmpscope.core.transport.codec.OversizedMessageError`), decode what they accept to
equal values and encode byte-identically: ``tests/reliability/test_v3_envelope_differential.py``.

The ranges are pysnmp's: msgID 0..2^31-1, msgMaxSize 484..2^31-1, msgFlags exactly one octet,
msgSecurityModel 3..2^31-1 (pysnmp admits only USM and later models there); a message whose
version field is not 3 is refused before either decoder looks at it. Before pyasn1 sees bytes,
:func:`check_v3_outline` (the prescan's rules: definite lengths, primitive strings, single-octet
tags, at most ``max_varbinds`` varbinds) refuses what is no SNMP or would cost too much.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.transport.ber_reader import Malformed, NotFast, read_tlv
from snmpscope.core.transport.codec import (
    MAX_VARBINDS,
    CodecError,
    OversizedMessageError,
    _outer_header,
    _peek_version,
)
from snmpscope.core.transport.fallbacks import FallbackHook, FallbackTally
from snmpscope.core.transport.prescan import (
    PrescanError,
    TooManyVarbindsError,
    expect_tlv,
    prescan_pdu,
)
from snmpscope.core.transport.v3_envelope_fast import (
    read_scoped_pdu,
    read_usm_parameters,
    read_v3_message,
    write_scoped_pdu,
    write_usm_parameters,
    write_v3_message,
)
from snmpscope.core.transport.v3_message import (
    FLAG_AUTH,
    FLAG_PRIV,
    FLAG_REPORTABLE,
    USM_SECURITY_MODEL,
    ScopedPdu,
    UsmParameters,
    V3Message,
)

if TYPE_CHECKING:
    from snmpscope.core.transport.v3_envelope_pyasn1 import PysnmpV3Codec

__all__ = [
    "FLAG_AUTH",
    "FLAG_PRIV",
    "FLAG_REPORTABLE",
    "USM_SECURITY_MODEL",
    "FallbackHook",
    "ScopedPdu",
    "UsmParameters",
    "V3EnvelopeCodec",
    "V3Message",
    "auth_parameters_span",
    "check_scoped_outline",
    "check_usm_outline",
    "check_v3_outline",
    "read_scoped_envelope",
    "read_usm_envelope",
    "read_v3_envelope",
]

"""Called with ``"decode"`` or ``"encode"`` each time the reference takes over."""


# ------------------------------------------------------------------------------ shared checks
def read_v3_envelope(data: bytes) -> bytes:
    """The first message's bytes (``data`` cut to its outer SEQUENCE's length), or
    :class:`CodecError` for what is no SNMPv3 message at first sight (empty, no SEQUENCE, no
    readable version field, another version). Both decoders start here."""
    if not data:
        raise CodecError("empty message")
    if data[0] != 0x30:
        raise CodecError(
            f"not an SNMP message: it starts with {data[0]:#04x}, not a BER SEQUENCE (0x30)"
        )
    header, total = _outer_header(data)
    data = data[:total]
    version = _peek_version(data, header)
    if version != SnmpVersion.V3:
        raise CodecError(f"not an SNMPv3 message: its version field is {version}")
    return data


def read_scoped_envelope(data: bytes) -> bytes:
    """``data`` cut to its first SEQUENCE's length (what follows a decrypted scopedPDU is
    padding), or :class:`CodecError` when it does not start with one."""
    if not data:
        raise CodecError("empty scopedPDU")
    if data[0] != 0x30:
        raise CodecError(f"no scopedPDU: it starts with {data[0]:#04x}, not a SEQUENCE (0x30)")
    return data[: _outer_header(data)[1]]


def read_usm_envelope(data: bytes) -> bytes:
    """``data`` cut to its first SEQUENCE's length, or :class:`CodecError`."""
    if not data or data[0] != 0x30:
        raise CodecError("no USM security parameters: they are not a BER SEQUENCE")
    return data[: _outer_header(data)[1]]


def _outline_errors(what: str, data: bytes, check: Callable[[], None]) -> None:
    try:
        check()
    except TooManyVarbindsError as exc:
        raise OversizedMessageError(f"{what} ({len(data)} bytes): {exc}") from None
    except PrescanError as exc:
        raise CodecError(f"malformed {what} ({len(data)} bytes): {exc}") from None


def _scoped_outline(data: bytes, pos: int, end: int, max_varbinds: int) -> None:
    """Check the scopedPDU at ``pos``."""
    start, stop = expect_tlv(data, pos, end, 0x30, "the scopedPDU SEQUENCE")
    _, start = expect_tlv(data, start, stop, 0x04, "the contextEngineID OCTET STRING")
    _, start = expect_tlv(data, start, stop, 0x04, "the contextName OCTET STRING")
    prescan_pdu(data, start, stop, max_varbinds)


def check_v3_outline(data: bytes, max_varbinds: int = MAX_VARBINDS) -> None:
    """The prescan of an SNMPv3 message :func:`read_v3_envelope` let through: every element of
    the envelope with its exact tag and a primitive, definite encoding, the scopedPDU's outline
    as :mod:`~snmpscope.core.transport.prescan` checks a PDU's, at most ``max_varbinds``
    varbinds (else :class:`OversizedMessageError`)."""

    def check() -> None:
        end = len(data)
        pos, end = expect_tlv(data, 0, end, 0x30, "the message SEQUENCE")
        _, pos = expect_tlv(data, pos, end, 0x02, "msgVersion")
        start, pos = expect_tlv(data, pos, end, 0x30, "msgGlobalData")
        for tag, what in ((0x02, "msgID"), (0x02, "msgMaxSize"), (0x04, "msgFlags")):
            _, start = expect_tlv(data, start, pos, tag, what)
        expect_tlv(data, start, pos, 0x02, "msgSecurityModel")
        _, pos = expect_tlv(data, pos, end, 0x04, "msgSecurityParameters")
        if pos < end and data[pos] == 0x04:
            expect_tlv(data, pos, end, 0x04, "the encryptedPDU")
        else:
            _scoped_outline(data, pos, end, max_varbinds)

    _outline_errors("SNMPv3 message", data, check)


def check_scoped_outline(data: bytes, max_varbinds: int = MAX_VARBINDS) -> None:
    """The prescan of a scopedPDU on its own (:func:`read_scoped_envelope` cut it)."""
    _outline_errors("scopedPDU", data, lambda: _scoped_outline(data, 0, len(data), max_varbinds))


def auth_parameters_span(data: bytes) -> tuple[int, int]:
    """(start, stop) of msgAuthenticationParameters' octets inside the SNMPv3/USM message
    ``data``: what USM zeroes before computing or checking the HMAC over the whole message
    (RFC 3414 §6.3.1/§6.3.2), found by reading the lengths, not by searching for the octets.
    :class:`CodecError` when the message or its parameters are not readable so far."""
    try:
        end = len(read_v3_envelope(data))
        pos, end = read_tlv(data, 0, end, 0x30)
        _, pos = read_tlv(data, pos, end, 0x02)  # msgVersion
        _, pos = read_tlv(data, pos, end, 0x30)  # msgGlobalData
        start, stop = read_tlv(data, pos, end, 0x04)  # msgSecurityParameters
        pos, stop = read_tlv(data, start, stop, 0x30)  # UsmSecurityParameters
        for tag in (0x04, 0x02, 0x02, 0x04):  # engine ID, boots, time, user name
            _, pos = read_tlv(data, pos, stop, tag)
        return read_tlv(data, pos, stop, 0x04)
    except (NotFast, IndexError) as exc:
        raise CodecError(f"no readable USM authentication parameters: {exc}") from None


def check_usm_outline(data: bytes) -> None:
    """The prescan of USM's security parameters: a SEQUENCE of six primitive elements with
    their exact tags (OCTET STRING, INTEGER, INTEGER, then three OCTET STRINGs)."""

    def check() -> None:
        pos, end = expect_tlv(data, 0, len(data), 0x30, "the UsmSecurityParameters SEQUENCE")
        for tag, what in (
            (0x04, "msgAuthoritativeEngineID"),
            (0x02, "msgAuthoritativeEngineBoots"),
            (0x02, "msgAuthoritativeEngineTime"),
            (0x04, "msgUserName"),
            (0x04, "msgAuthenticationParameters"),
            (0x04, "msgPrivacyParameters"),
        ):
            _, pos = expect_tlv(data, pos, end, tag, what)

    _outline_errors("USM security parameters", data, check)


# ------------------------------------------------------------------------------ the codec
class V3EnvelopeCodec:
    """The SNMPv3 envelope and scopedPDU codec, fast, with the reference as its counted
    fallback; thread-safe. See the module docstring."""

    def __init__(
        self, max_varbinds: int = MAX_VARBINDS, on_fallback: FallbackHook | None = None
    ) -> None:
        self.max_varbinds = max_varbinds
        self._tally = FallbackTally(on_fallback)
        self._fell_back = self._tally.took

    @property
    def fallbacks(self) -> dict[str, int]:
        """How often the reference took over, by ``"decode"`` and ``"encode"``."""
        return self._tally.counts()

    @cached_property
    def reference(self) -> PysnmpV3Codec:
        """The reference codec (pysnmp's RFC 3412 ASN.1 over pyasn1), made on first use."""
        from snmpscope.core.transport.v3_envelope_pyasn1 import PysnmpV3Codec

        return PysnmpV3Codec(self.max_varbinds)

    # ---------------------------------------------------------------- encode
    def encode_message(self, message: V3Message) -> bytes:
        """The BER bytes of ``message``; :class:`CodecError` names what cannot be encoded."""
        return self._tally.encode(write_v3_message, message, lambda: self.reference.encode_message)

    def encode_scoped_pdu(self, scoped: ScopedPdu) -> bytes:
        """The BER bytes of a scopedPDU (what USM encrypts)."""
        return self._tally.encode(
            write_scoped_pdu, scoped, lambda: self.reference.encode_scoped_pdu
        )

    # ---------------------------------------------------------------- decode
    def decode_message(self, data: bytes) -> V3Message:
        """The first SNMPv3 message in ``data`` (trailing bytes are ignored, see ``length``);
        :class:`CodecError` names what is wrong with the bytes."""
        data = read_v3_envelope(data)
        try:
            return read_v3_message(data, self.max_varbinds)
        except Malformed as exc:
            check_v3_outline(data, self.max_varbinds)  # its errors come first
            raise CodecError(f"malformed SNMPv3 message ({len(data)} bytes): {exc}") from None
        except NotFast:
            pass
        check_v3_outline(data, self.max_varbinds)
        self._fell_back("decode")
        return self.reference.decode_outlined_message(data)

    def encode_usm_parameters(self, params: UsmParameters) -> bytes:
        """The BER bytes of USM's msgSecurityParameters (what goes into
        :attr:`V3Message.security_parameters`)."""
        return self._tally.encode(
            write_usm_parameters, params, lambda: self.reference.encode_usm_parameters
        )

    def decode_usm_parameters(self, data: bytes) -> UsmParameters:
        """USM's parameters from :attr:`V3Message.security_parameters` (what follows the
        SEQUENCE is ignored, see ``length``). To check a digest, zero
        ``auth_parameters`` where :func:`auth_parameters_span` says it lies."""
        data = read_usm_envelope(data)
        try:
            return read_usm_parameters(data)
        except Malformed as exc:
            check_usm_outline(data)
            raise CodecError(f"malformed USM security parameters: {exc}") from None
        except NotFast:
            pass
        check_usm_outline(data)
        self._fell_back("decode")
        return self.reference.decode_outlined_usm_parameters(data)

    def decode_scoped_pdu(self, data: bytes) -> ScopedPdu:
        """The scopedPDU that opens ``data`` (a decrypted encryptedPDU: what follows it is
        padding, see ``length``)."""
        data = read_scoped_envelope(data)
        try:
            return read_scoped_pdu(data, self.max_varbinds)
        except Malformed as exc:
            check_scoped_outline(data, self.max_varbinds)
            raise CodecError(f"malformed scopedPDU ({len(data)} bytes): {exc}") from None
        except NotFast:
            pass
        check_scoped_outline(data, self.max_varbinds)
        self._fell_back("decode")
        return self.reference.decode_outlined_scoped_pdu(data)
