"""The fast decoder: BER bytes of a v1/v2c message straight into model values.

One pass over the message builds the :class:`~snmpscope.core.model.states.PduData` with its
``(Oid, SmiValue)`` varbinds; no intermediate tree, no per-element objects besides the results.
It accepts exactly what the reference codec (pysnmp over pyasn1) accepts with the same
result, and decides only what it is sure of: anything else raises :class:`NotFast`, and the
caller (:class:`~snmpscope.core.transport.fast_codec.FastCodec`) runs the prescan, which
refuses what is structurally no SNMP with the reference's own error; what passes it is
refused when the reader raised :class:`Malformed` (a rule the reference applies as well), and
goes to the reference decoder otherwise (no message the differential tests produce does). The
rules, each one the reference's:

* the outline of :mod:`~snmpscope.core.transport.prescan`: definite lengths of at most 4
  octets, nothing running past its container, single-octet tags, primitive values, two
  components per varbind, at most ``max_varbinds`` varbinds; and exact tags where the ASN.1
  has them (version, community, request id ..., varbind list, varbind, name);
* the PDU types of the version (SNMPv1: 0xA0-0xA4, SNMPv2c: 0xA0-0xA3 and 0xA5-0xA8), and
  nothing after the varbind list or the PDU (pyasn1: "excessive components");
* values by tag: INTEGER (0x02) in Integer32, Counter32/Gauge32/TimeTicks (0x41-0x43) in
  0..2^32-1 and Counter64 (0x46, v2c only) in 0..2^64-1, all read as pyasn1 reads them
  (two's complement, any length: an empty INTEGER is 0); OCTET STRING (0x04) at most 65535
  octets in v2c; IpAddress (0x40) exactly 4; Opaque (0x44); NULL (0x05) and the v2c
  exceptions (0x80-0x82) empty; OBJECT IDENTIFIER (0x06) not empty, no arc starting with
  0x80, no arc longer than 20 continuation octets, none cut short;
* header INTEGERs fit smiINT32 (v2c: error-index, non-repeaters and max-repetitions are not
  negative), the v1 trap's fields are IpAddress (4 octets), INTEGER, INTEGER, TimeTicks.

``tests/transport/test_fast_codec.py`` checks the agreement on generated messages and on the
fuzz corpus, byte for byte and value for value.
"""

from __future__ import annotations

from snmpscope.core.constants import PduType, Syntax
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import (
    INT32_MAX,
    INT32_MIN,
    NULL_VALUE,
    UINT32_MAX,
    UINT64_MAX,
    SmiValue,
    VarBind,
)

__all__ = [
    "Malformed",
    "NotFast",
    "read_integer",
    "read_message",
    "read_oid",
    "read_pdu",
    "read_tlv",
    "read_varbinds",
]

MAX_ARC_CONTINUATION = 20  # pyasn1's MAX_OID_ARC_CONTINUATION_OCTETS
MAX_V2C_OCTETS = 65535  # RFC 2578 OCTET STRING (SIZE (0..65535)), checked by pyasn1 in v2c
NON_NEGATIVE_MAX = 2**31 - 1  # RFC 3416 max-bindings

_V1_PDU_TAGS = frozenset({0xA0, 0xA1, 0xA2, 0xA3, 0xA4})
_V2C_PDU_TAGS = frozenset({0xA0, 0xA1, 0xA2, 0xA3, 0xA5, 0xA6, 0xA7, 0xA8})
_BULK = int(PduType.GETBULK)
_V1TRAP = int(PduType.V1TRAP)

_INT = Syntax.INT
_OCTETS = Syntax.OCTETS
_OID = Syntax.OID
_IPADDR = Syntax.IPADDR
_OPAQUE = Syntax.OPAQUE
_CNTR64 = Syntax.CNTR64
_UNSIGNED = {0x41: Syntax.CNTR32, 0x42: Syntax.GAUGE32, 0x43: Syntax.TIMETICKS}
_EMPTY = {
    0x05: NULL_VALUE,
    0x80: SmiValue(Syntax.NOSUCHOBJECT, None),
    0x81: SmiValue(Syntax.NOSUCHINSTANCE, None),
    0x82: SmiValue(Syntax.ENDOFMIBVIEW, None),
}


class NotFast(Exception):
    """The fast decoder does not decide this message; ``str()`` says why (for tests)."""


class Malformed(NotFast):
    """The message is malformed by a rule the reference applies too: it refuses the message
    as well, so no fallback is needed (the prescan still runs first, for its errors)."""


def _long_length(data: bytes, pos: int, first: int) -> tuple[int, int]:
    """(content start, content end) of the TLV at ``pos`` whose first length octet is
    ``first`` (>= 0x80): 1 to 4 length octets, as the prescan allows."""
    count = first & 0x7F
    if count == 0 or count > 4:
        raise Malformed("indefinite or overlong length")
    start = pos + 2 + count
    if start > len(data):
        raise Malformed("truncated length")
    return start, start + int.from_bytes(data[pos + 2 : start], "big")


def _tlv(data: bytes, pos: int, end: int, tag: int) -> tuple[int, int]:
    """(content start, content end) of the TLV at ``pos`` with exactly ``tag``, inside
    ``data[:end]``."""
    if pos + 2 > end or data[pos] != tag:
        raise Malformed(f"tag {tag:#04x} expected at byte {pos}")
    first = data[pos + 1]
    if first < 0x80:
        start, stop = pos + 2, pos + 2 + first
    else:
        start, stop = _long_length(data, pos, first)
    if stop > end:
        raise Malformed(f"length past its container at byte {pos}")
    return start, stop


def _integer(data: bytes, pos: int, end: int, low: int, high: int) -> tuple[int, int]:
    """(value, next position) of the INTEGER at ``pos``, which must lie in low..high."""
    start, stop = _tlv(data, pos, end, 0x02)
    value = int.from_bytes(data[start:stop], "big", signed=True)
    if not low <= value <= high:
        raise Malformed(f"INTEGER {value} out of range at byte {pos}")
    return value, stop


# The TLV and INTEGER readers, for the SNMPv3 envelope (:mod:`.v3_reader`).
read_tlv = _tlv
read_integer = _integer


def read_oid(chunk: bytes) -> Oid:
    """The arcs of an OBJECT IDENTIFIER's content octets (pyasn1's rules, see the module
    docstring)."""
    if chunk.isascii():  # every arc in one octet: the common case
        if not chunk:
            raise Malformed("empty OID")
        first = chunk[0]
        if first < 40:
            return (0, *chunk)
        if first < 80:
            return (1, first - 40, *chunk[1:])
        return (2, first - 80, *chunk[1:])
    arcs: list[int] = []
    value = 0
    continuation = 0
    for octet in chunk:
        if octet & 0x80:
            if continuation == 0 and octet == 0x80:
                raise Malformed("OID arc starting with 0x80")
            continuation += 1
            if continuation > MAX_ARC_CONTINUATION:
                raise Malformed("OID arc too long")
            value = (value << 7) | (octet & 0x7F)
        else:
            arcs.append((value << 7) | octet)
            value = 0
            continuation = 0
    if continuation:
        raise Malformed("OID arc cut short")
    first = arcs[0]
    if first < 40:
        return (0, *arcs)
    if first < 80:
        arcs[0] = first - 40
        return (1, *arcs)
    arcs[0] = first - 80
    return (2, *arcs)


def read_varbinds(data: bytes, pos: int, end: int, v2c: bool, max_varbinds: int) -> list[VarBind]:
    """The varbinds filling ``data[pos:end]`` (the content of the varbind list)."""
    out: list[VarBind] = []
    append = out.append
    count = 0
    from_bytes = int.from_bytes
    while pos < end:
        count += 1
        if count > max_varbinds:
            raise NotFast("too many varbinds")
        # The varbind SEQUENCE; lengths read inline (short form) for speed.
        if data[pos] != 0x30:
            raise Malformed(f"varbind expected at byte {pos}")
        first = data[pos + 1]
        if first < 0x80:
            start, stop = pos + 2, pos + 2 + first
        else:
            start, stop = _long_length(data, pos, first)
        if stop > end:
            raise Malformed(f"varbind past its list at byte {pos}")
        # The name.
        if start + 2 > stop or data[start] != 0x06:
            raise Malformed(f"varbind name expected at byte {start}")
        first = data[start + 1]
        if first < 0x80:
            name_start, name_stop = start + 2, start + 2 + first
        else:
            name_start, name_stop = _long_length(data, start, first)
        if name_stop + 2 > stop:
            raise Malformed(f"varbind without a value at byte {start}")
        name = read_oid(data[name_start:name_stop])
        # The value: the rest of the varbind, exactly.
        tag = data[name_stop]
        first = data[name_stop + 1]
        if first < 0x80:
            value_start, value_stop = name_stop + 2, name_stop + 2 + first
        else:
            value_start, value_stop = _long_length(data, name_stop, first)
        if value_stop != stop:
            raise Malformed(f"varbind of other than two components at byte {pos}")
        if tag == 0x04:
            if v2c and value_stop - value_start > MAX_V2C_OCTETS:
                raise Malformed("OCTET STRING longer than 65535")
            value = SmiValue(_OCTETS, data[value_start:value_stop])
        elif tag == 0x02:
            number = from_bytes(data[value_start:value_stop], "big", signed=True)
            if not INT32_MIN <= number <= INT32_MAX:
                raise Malformed("INTEGER out of range")
            value = SmiValue(_INT, number)
        elif tag in _UNSIGNED:
            number = from_bytes(data[value_start:value_stop], "big", signed=True)
            if not 0 <= number <= UINT32_MAX:
                raise Malformed("unsigned value out of range")
            value = SmiValue(_UNSIGNED[tag], number)
        elif tag == 0x06:
            value = SmiValue(_OID, read_oid(data[value_start:value_stop]))
        elif tag in _EMPTY:
            if value_start != value_stop or (not v2c and tag != 0x05):
                raise Malformed("NULL or exception with content, or an exception in v1")
            value = _EMPTY[tag]
        elif tag == 0x40:
            if value_stop - value_start != 4:
                raise Malformed("IpAddress of other than 4 octets")
            value = SmiValue(_IPADDR, data[value_start:value_stop])
        elif tag == 0x46 and v2c:
            number = from_bytes(data[value_start:value_stop], "big", signed=True)
            if not 0 <= number <= UINT64_MAX:
                raise Malformed("Counter64 out of range")
            value = SmiValue(_CNTR64, number)
        elif tag == 0x44:
            value = SmiValue(_OPAQUE, data[value_start:value_stop])
        else:
            raise Malformed(f"value tag {tag:#04x}")
        append((name, value))
        pos = stop
    return out


def read_pdu(
    data: bytes, pos: int, end: int, v2c: bool, max_varbinds: int
) -> tuple[PduData, tuple[Oid, bytes, int, int, int] | None]:
    """(PDU, v1 trap header fields or None) of the PDU that fills ``data[pos:end]`` exactly:
    the last component of a v1/v2c message, and of an SNMPv3 scopedPDU (``v2c`` True: RFC
    3412's scopedPDU carries the SNMPv2 PDUs). Raises :class:`NotFast` for what it does not
    decide; IndexError for a PDU cut short (callers turn it into :class:`Malformed`)."""
    if pos + 2 > end:
        raise Malformed("no PDU")
    pdu_type = data[pos]
    if pdu_type not in (_V2C_PDU_TAGS if v2c else _V1_PDU_TAGS):
        raise Malformed(f"PDU type {pdu_type:#04x}")
    pos, pdu_end = _tlv(data, pos, end, pdu_type)
    if pdu_end != end:
        raise Malformed("bytes after the PDU")
    trap = None
    if pdu_type == _V1TRAP:
        start, pos = _tlv(data, pos, end, 0x06)
        enterprise = read_oid(data[start:pos])
        start, pos = _tlv(data, pos, end, 0x40)
        if pos - start != 4:
            raise Malformed("agent address of other than 4 octets")
        address = data[start:pos]
        generic, pos = _integer(data, pos, end, INT32_MIN, INT32_MAX)
        specific, pos = _integer(data, pos, end, INT32_MIN, INT32_MAX)
        start, pos = _tlv(data, pos, end, 0x43)
        timestamp = int.from_bytes(data[start:pos], "big", signed=True)
        if not 0 <= timestamp <= UINT32_MAX:
            raise Malformed("time stamp out of range")
        trap = (enterprise, address, generic, specific, timestamp)
        request_id = status = index = 0
    else:
        request_id, pos = _integer(data, pos, end, INT32_MIN, INT32_MAX)
        if v2c:
            low = 0 if pdu_type == _BULK else INT32_MIN
            status, pos = _integer(data, pos, end, low, NON_NEGATIVE_MAX)
            index, pos = _integer(data, pos, end, 0, NON_NEGATIVE_MAX)
        else:
            status, pos = _integer(data, pos, end, INT32_MIN, INT32_MAX)
            index, pos = _integer(data, pos, end, INT32_MIN, INT32_MAX)
    start, stop = _tlv(data, pos, end, 0x30)
    if stop != end:
        raise Malformed("bytes after the varbind list")
    varbinds = read_varbinds(data, start, stop, v2c, max_varbinds)
    return PduData(pdu_type, request_id, status, index, varbinds), trap


def read_message(
    data: bytes, v2c: bool, max_varbinds: int
) -> tuple[bytes, PduData, tuple[Oid, bytes, int, int, int] | None]:
    """(community, PDU, v1 trap header fields or None) of the message filling ``data``, whose
    envelope (outer SEQUENCE, version) :func:`~snmpscope.core.transport.codec.read_envelope`
    has read. Raises :class:`NotFast` for what it does not decide (see the module docstring).
    """
    try:
        end = len(data)
        pos, end = _tlv(data, 0, end, 0x30)
        if end != len(data):
            raise NotFast("message length")
        _, pos = _tlv(data, pos, end, 0x02)  # the version, read by read_envelope
        start, pos = _tlv(data, pos, end, 0x04)
        community = data[start:pos]
        pdu, trap = read_pdu(data, pos, end, v2c, max_varbinds)
    except IndexError:
        raise Malformed("truncated") from None
    return community, pdu, trap
