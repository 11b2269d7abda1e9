"""The fast encoder: a v1/v2c :class:`~snmpscope.core.transport.codec.WireMessage` to BER.

It writes the bytes pyasn1 writes for the same message through pysnmp's types (the reference
codec), octet for octet: definite minimal lengths, INTEGERs as pyasn1's ``to_bytes`` writes
them (two's complement, with one quirk kept: a negative number whose bit length is a multiple
of 8 gets one octet more than needed, ``-128`` is ``FF 80``), NULL as ``05 00``.

It encodes only what it is sure the reference accepts, each value checked the way
:mod:`~snmpscope.core.smi.values` ranges it: ints that are exactly ``int`` in range for their
syntax, ``bytes`` payloads of allowed sizes, OIDs of plain non-negative ints whose first arcs
X.690 can encode, header fields in smiINT32 (v2c: error-index, non-repeaters and
max-repetitions not negative), the v2c-only syntaxes and PDU types only in SNMPv2c. Anything
else raises :class:`NotFast`, and the caller lets the reference encode it (or name the error).
"""

from __future__ import annotations

from snmpscope.core.constants import PduType, SnmpVersion, Syntax
from snmpscope.core.smi.values import INT32_MAX, INT32_MIN, UINT32_MAX, UINT64_MAX, VarBind
from snmpscope.core.transport.ber_reader import MAX_V2C_OCTETS, NON_NEGATIVE_MAX, NotFast
from snmpscope.core.transport.codec import WireMessage

__all__ = ["encode_integer", "encode_length", "encode_oid", "write_message", "write_pdu"]

_V1_TYPES = frozenset({PduType.GET, PduType.GETNEXT, PduType.RESPONSE, PduType.SET})
_V2C_TYPES = frozenset(
    {
        PduType.GET,
        PduType.GETNEXT,
        PduType.RESPONSE,
        PduType.SET,
        PduType.GETBULK,
        PduType.INFORM,
        PduType.TRAP,
        PduType.REPORT,
    }
)
_BULK = int(PduType.GETBULK)
_V1TRAP = int(PduType.V1TRAP)

# syntax -> (tag, low, high) for the number syntaxes of each version
_NUMBERS_V2C: dict[int, tuple[int, int, int]] = {
    Syntax.INT: (0x02, INT32_MIN, INT32_MAX),
    Syntax.CNTR32: (0x41, 0, UINT32_MAX),
    Syntax.GAUGE32: (0x42, 0, UINT32_MAX),
    Syntax.UINT32: (0x42, 0, UINT32_MAX),
    Syntax.TIMETICKS: (0x43, 0, UINT32_MAX),
    Syntax.CNTR64: (0x46, 0, UINT64_MAX),
}
_NUMBERS_V1 = {k: v for k, v in _NUMBERS_V2C.items() if k != Syntax.CNTR64}
# syntax -> (tag, exact size or None) for the octet syntaxes
_OCTETS: dict[int, tuple[int, int | None]] = {
    Syntax.OCTETS: (0x04, None),
    Syntax.BITS: (0x04, None),
    Syntax.NSAPADDR: (0x04, None),
    Syntax.IPADDR: (0x40, 4),
    Syntax.OPAQUE: (0x44, None),
}
_NULL = b"\x05\x00"
_EXCEPTIONS: dict[int, bytes] = {
    Syntax.NOSUCHOBJECT: b"\x80\x00",
    Syntax.NOSUCHINSTANCE: b"\x81\x00",
    Syntax.ENDOFMIBVIEW: b"\x82\x00",
}
_VERSION = {SnmpVersion.V1: b"\x02\x01\x00", SnmpVersion.V2C: b"\x02\x01\x01"}
_SHORT_LENGTHS = [bytes((n,)) for n in range(0x80)]


def encode_length(size: int) -> bytes:
    """BER definite length octets, minimal (short form below 128)."""
    if size < 0x80:
        return _SHORT_LENGTHS[size]
    octets = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes((0x80 | len(octets),)) + octets


def encode_integer(tag: int, value: int) -> bytes:
    """A whole INTEGER-like TLV as pyasn1 writes it (see the module docstring)."""
    if value == 0:
        return bytes((tag, 1, 0))
    bits = value.bit_length()
    if bits % 8 == 0:
        bits += 1
    content = value.to_bytes((bits + 7) // 8, "big", signed=True)
    return bytes((tag, len(content))) + content


def encode_oid(arcs: object) -> bytes:
    """A whole OBJECT IDENTIFIER TLV, or :class:`NotFast` for what is no plain OID."""
    if type(arcs) is not tuple or len(arcs) < 2:
        raise NotFast("OID of fewer than two arcs, or not a tuple")
    first, second = arcs[0], arcs[1]
    if type(first) is not int or type(second) is not int or second < 0:
        raise NotFast("OID arcs")
    if first == 2 or (first in (0, 1) and second <= 39):
        head = first * 40 + second
    else:
        raise NotFast("first OID arcs X.690 cannot encode")
    rest = arcs[2:]
    if head < 0x80 and all(type(a) is int and 0 <= a < 0x80 for a in rest):
        content = bytes((head, *rest))
    else:
        out = bytearray()
        for arc in (head, *rest):
            if type(arc) is not int or arc < 0:
                raise NotFast("OID arc")
            if arc < 0x80:
                out.append(arc)
                continue
            septets = [arc & 0x7F]
            rest_bits = arc >> 7
            while rest_bits:
                septets.append(0x80 | (rest_bits & 0x7F))
                rest_bits >>= 7
            out.extend(reversed(septets))
        content = bytes(out)
    return b"\x06" + encode_length(len(content)) + content


def _value(syntax: int, payload: object, v2c: bool) -> bytes:
    numbers = _NUMBERS_V2C if v2c else _NUMBERS_V1
    number = numbers.get(syntax)
    if number is not None:
        tag, low, high = number
        if type(payload) is not int or not low <= payload <= high:
            raise NotFast("number payload")
        return encode_integer(tag, payload)
    octets = _OCTETS.get(syntax)
    if octets is not None:
        tag, size = octets
        if type(payload) is not bytes or (size is not None and len(payload) != size):
            raise NotFast("octets payload")
        if len(payload) > MAX_V2C_OCTETS:
            raise NotFast("OCTET STRING longer than 65535")
        return bytes((tag,)) + encode_length(len(payload)) + payload
    if syntax == Syntax.NULL:
        return _NULL
    if syntax == Syntax.OID:
        return encode_oid(payload)
    if v2c and syntax in _EXCEPTIONS:
        return _EXCEPTIONS[syntax]
    raise NotFast(f"syntax {syntax!r}")


def _varbind_list(varbinds: list[VarBind], v2c: bool) -> bytes:
    parts = []
    for oid, value in varbinds:
        body = encode_oid(oid) + _value(value.syntax, value.value, v2c)
        parts.append(b"\x30" + encode_length(len(body)) + body)
    body = b"".join(parts)
    return b"\x30" + encode_length(len(body)) + body


def _header_int(value: object, low: int, high: int) -> bytes:
    if type(value) is not int or not low <= value <= high:
        raise NotFast("header field")
    return encode_integer(0x02, value)


def write_pdu(message: WireMessage) -> bytes:
    """The BER bytes of ``message``'s PDU (with the header of a v1 trap), by the rules of its
    version (a scopedPDU's PDU is written as SNMPv2c's), or :class:`NotFast`."""
    version = message.version
    if version not in _VERSION:
        raise NotFast("version")
    v2c = version == SnmpVersion.V2C
    pdu = message.pdu
    pdu_type = pdu.type
    if pdu_type == _V1TRAP:
        header = message.trap
        if v2c or header is None:
            raise NotFast("a v1 trap needs SNMPv1 and a header")
        address = header.agent_address
        timestamp = header.timestamp
        if type(address) is not bytes or len(address) != 4:
            raise NotFast("agent address")
        if type(timestamp) is not int or not 0 <= timestamp <= UINT32_MAX:
            raise NotFast("time stamp")
        fields = (
            encode_oid(header.enterprise)
            + b"\x40\x04"
            + address
            + _header_int(header.generic, INT32_MIN, INT32_MAX)
            + _header_int(header.specific, INT32_MIN, INT32_MAX)
            + encode_integer(0x43, timestamp)
        )
    else:
        if pdu_type not in (_V2C_TYPES if v2c else _V1_TYPES):
            raise NotFast("PDU type")
        low = 0 if pdu_type == _BULK else INT32_MIN
        fields = _header_int(pdu.request_id, INT32_MIN, INT32_MAX)
        if v2c:
            fields += _header_int(pdu.error_status, low, NON_NEGATIVE_MAX)
            fields += _header_int(pdu.error_index, 0, NON_NEGATIVE_MAX)
        else:
            fields += _header_int(pdu.error_status, INT32_MIN, INT32_MAX)
            fields += _header_int(pdu.error_index, INT32_MIN, INT32_MAX)
    body = fields + _varbind_list(pdu.varbinds, v2c)
    return bytes((pdu_type,)) + encode_length(len(body)) + body


def write_message(message: WireMessage) -> bytes:
    """The BER bytes of ``message``, or :class:`NotFast` (see the module docstring)."""
    community = message.community
    if type(community) is not bytes:
        raise NotFast("community")
    pdu_bytes = write_pdu(message)
    body = (
        _VERSION[message.version] + b"\x04" + encode_length(len(community)) + community + pdu_bytes
    )
    return b"\x30" + encode_length(len(body)) + body
