"""The fast reader and writer of the SNMPv3 envelope and scopedPDU: BER straight into
:class:`~snmpscope.core.transport.v3_message.V3Message` / ``ScopedPdu`` and back.

They use the v1/v2c reader's and writer's TLV, INTEGER and PDU functions (a scopedPDU carries
an SNMPv2 PDU, read and written by SNMPv2c's rules), and decide only what they are sure of, as
those do: the reader raises :class:`~snmpscope.core.transport.ber_reader.Malformed` for bytes
the reference refuses too (exact tags, nothing after the last component of a SEQUENCE,
msgFlags of one octet, the header ranges of ``pysnmp.proto.mpmod.rfc3412``), and the writer
:class:`~snmpscope.core.transport.ber_reader.NotFast` for anything it does not encode
itself: a field of the wrong type or out of range, both or neither of the plaintext and the
encrypted scopedPDU. :class:`~snmpscope.core.transport.v3_envelope.V3EnvelopeCodec` calls
them and takes the reference for the rest.
"""

from __future__ import annotations

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.smi.values import INT32_MAX
from snmpscope.core.transport.ber_reader import Malformed, NotFast, read_integer, read_pdu, read_tlv
from snmpscope.core.transport.ber_writer import encode_integer, encode_length, write_pdu
from snmpscope.core.transport.codec import WireMessage
from snmpscope.core.transport.v3_message import (
    MAX_USER_NAME,
    MIN_MAX_SIZE,
    USM_SECURITY_MODEL,
    ScopedPdu,
    UsmParameters,
    V3Message,
)

__all__ = [
    "read_scoped_pdu",
    "read_usm_parameters",
    "read_v3_message",
    "write_scoped_pdu",
    "write_usm_parameters",
    "write_v3_message",
]

_VERSION_3 = b"\x02\x01\x03"


# ------------------------------------------------------------------------------ reading
def _scoped(data: bytes, pos: int, end: int, max_varbinds: int, length: int) -> ScopedPdu:
    """The scopedPDU whose SEQUENCE fills ``data[pos:end]`` (``length``: what to report as
    consumed; 0 inside a message, which reports its own)."""
    start, stop = read_tlv(data, pos, end, 0x30)
    if stop != end:
        raise Malformed("bytes after the scopedPDU")
    engine_start, engine_stop = read_tlv(data, start, stop, 0x04)
    name_start, name_stop = read_tlv(data, engine_stop, stop, 0x04)
    pdu, _trap = read_pdu(data, name_stop, stop, True, max_varbinds)
    return ScopedPdu(data[engine_start:engine_stop], data[name_start:name_stop], pdu, length)


def read_scoped_pdu(data: bytes, max_varbinds: int) -> ScopedPdu:
    """The scopedPDU filling ``data`` (cut to its SEQUENCE's length by
    :func:`~snmpscope.core.transport.v3_envelope.read_scoped_envelope`)."""
    try:
        return _scoped(data, 0, len(data), max_varbinds, len(data))
    except IndexError:
        raise Malformed("truncated") from None


def read_v3_message(data: bytes, max_varbinds: int) -> V3Message:
    """The SNMPv3 message filling ``data`` (cut to its outer SEQUENCE's length by
    :func:`~snmpscope.core.transport.v3_envelope.read_v3_envelope`, which checked the
    version)."""
    try:
        end = len(data)
        pos, end = read_tlv(data, 0, end, 0x30)
        if end != len(data):
            raise NotFast("message length")
        _, pos = read_tlv(data, pos, end, 0x02)  # msgVersion, read by read_v3_envelope
        start, pos = read_tlv(data, pos, end, 0x30)  # msgGlobalData
        msg_id, start = read_integer(data, start, pos, 0, INT32_MAX)
        max_size, start = read_integer(data, start, pos, MIN_MAX_SIZE, INT32_MAX)
        flags_start, start = read_tlv(data, start, pos, 0x04)
        if start - flags_start != 1:
            raise Malformed("msgFlags of other than one octet")
        model, start = read_integer(data, start, pos, USM_SECURITY_MODEL, INT32_MAX)
        if start != pos:
            raise Malformed("bytes after msgSecurityModel")
        params_start, pos = read_tlv(data, pos, end, 0x04)
        params = data[params_start:pos]
        if pos + 2 > end:
            raise Malformed("no msgData")
        scoped = encrypted = None
        if data[pos] == 0x04:
            start, stop = read_tlv(data, pos, end, 0x04)
            if stop != end:
                raise Malformed("bytes after the encryptedPDU")
            encrypted = data[start:stop]
        else:
            scoped = _scoped(data, pos, end, max_varbinds, 0)
    except IndexError:
        raise Malformed("truncated") from None
    return V3Message(msg_id, max_size, data[flags_start], model, params, scoped, encrypted, end)


def read_usm_parameters(data: bytes) -> UsmParameters:
    """The UsmSecurityParameters filling ``data`` (cut to its SEQUENCE's length)."""
    try:
        end = len(data)
        pos, end = read_tlv(data, 0, end, 0x30)
        if end != len(data):
            raise NotFast("parameters length")
        engine_start, pos = read_tlv(data, pos, end, 0x04)
        engine = data[engine_start:pos]
        boots, pos = read_integer(data, pos, end, 0, INT32_MAX)
        clock, pos = read_integer(data, pos, end, 0, INT32_MAX)
        user_start, pos = read_tlv(data, pos, end, 0x04)
        if pos - user_start > MAX_USER_NAME:
            raise Malformed("msgUserName longer than 32 octets")
        user = data[user_start:pos]
        auth_start, pos = read_tlv(data, pos, end, 0x04)
        auth = data[auth_start:pos]
        priv_start, pos = read_tlv(data, pos, end, 0x04)
        if pos != end:
            raise Malformed("bytes after msgPrivacyParameters")
    except IndexError:
        raise Malformed("truncated") from None
    return UsmParameters(engine, boots, clock, user, auth, data[priv_start:pos], end)


# ------------------------------------------------------------------------------ writing
def _octets(value: object, what: str) -> bytes:
    if type(value) is not bytes:
        raise NotFast(f"{what} is not bytes")
    return b"\x04" + encode_length(len(value)) + value


def _int(value: object, low: int, what: str) -> bytes:
    if type(value) is not int or not low <= value <= INT32_MAX:
        raise NotFast(f"{what} out of range")
    return encode_integer(0x02, value)


def write_scoped_pdu(scoped: ScopedPdu) -> bytes:
    """The BER bytes of ``scoped``, or :class:`NotFast`."""
    pdu = write_pdu(WireMessage(SnmpVersion.V2C, b"", scoped.pdu))
    body = (
        _octets(scoped.context_engine_id, "contextEngineID")
        + _octets(scoped.context_name, "contextName")
        + pdu
    )
    return b"\x30" + encode_length(len(body)) + body


def write_v3_message(message: V3Message) -> bytes:
    """The BER bytes of ``message``, or :class:`NotFast`."""
    flags = message.flags
    if type(flags) is not int or not 0 <= flags <= 0xFF:
        raise NotFast("msgFlags")
    header = (
        _int(message.msg_id, 0, "msgID")
        + _int(message.max_size, MIN_MAX_SIZE, "msgMaxSize")
        + bytes((0x04, 1, flags))
        + _int(message.security_model, USM_SECURITY_MODEL, "msgSecurityModel")
    )
    scoped, encrypted = message.scoped_pdu, message.encrypted_pdu
    if scoped is not None and encrypted is None and type(scoped) is ScopedPdu:
        payload = write_scoped_pdu(scoped)
    elif encrypted is not None and scoped is None:
        payload = _octets(encrypted, "the encryptedPDU")
    else:
        raise NotFast("both or neither of the plaintext and the encrypted scopedPDU")
    body = (
        _VERSION_3
        + b"\x30"
        + encode_length(len(header))
        + header
        + _octets(message.security_parameters, "msgSecurityParameters")
        + payload
    )
    return b"\x30" + encode_length(len(body)) + body


def write_usm_parameters(params: UsmParameters) -> bytes:
    """The BER bytes of ``params``, or :class:`NotFast`."""
    user = params.user_name
    if type(user) is bytes and len(user) > MAX_USER_NAME:
        raise NotFast("msgUserName longer than 32 octets")
    body = (
        _octets(params.engine_id, "msgAuthoritativeEngineID")
        + _int(params.engine_boots, 0, "msgAuthoritativeEngineBoots")
        + _int(params.engine_time, 0, "msgAuthoritativeEngineTime")
        + _octets(user, "msgUserName")
        + _octets(params.auth_parameters, "msgAuthenticationParameters")
        + _octets(params.priv_parameters, "msgPrivacyParameters")
    )
    return b"\x30" + encode_length(len(body)) + body
