"""A cheap structural check of an SNMP message before the full (pyasn1) decode.

Decoding costs ~70 µs per varbind: a 65 KB datagram of 5,000 tiny varbinds took ~0.4 s of
the I/O thread, and BER's constructed strings (an OCTET STRING in 20,000 nested pieces) cost as
much in a few bytes each. :func:`prescan` walks only the TLV headers of the message's outline,
in one pass with no objects built, and refuses (:class:`~snmpscope.core.transport.codec.
CodecError`) what no SNMP peer sends and what would cost too much:

* indefinite lengths, lengths running past their container, multi-byte tags;
* constructed encodings anywhere but the SEQUENCEs and the PDU (RFC 3417 §8: SNMP uses
  definite-length, primitive encodings; BER's constructed strings are not SNMP);
* more than ``max_varbinds`` variable bindings (:class:`TooManyVarbindsError`), counted
  without looking into the values.

It checks the outline only (message SEQUENCE, version, community, PDU, its header fields,
varbind list, each varbind's OID and value); everything else is the full decoder's to judge.
A message it passes costs the decoder at most about ``max_varbinds`` times the per-varbind
cost; one it refuses costs at most ``max_varbinds`` header reads.
"""

from __future__ import annotations

from snmpscope.core.constants import PduType

# The GUI asks for up to 1,000 repetitions of one column; agents answer 25-100 per response.
MAX_VARBINDS = 2048

_SEQUENCE = 0x30
_INTEGER = 0x02
_OCTETS = 0x04
_OID = 0x06
_CONSTRUCTED = 0x20
_PDU_TAGS = frozenset(range(0xA0, 0xA9))


class PrescanError(ValueError):
    """The message's outline is not SNMP (see the module docstring)."""


class TooManyVarbindsError(PrescanError):
    """More variable bindings than the decoder is allowed to spend time on."""

    def __init__(self, maximum: int) -> None:
        super().__init__(
            f"more than {maximum} variable bindings: refused before decoding "
            f"(at most {maximum} per message)"
        )
        self.maximum = maximum


def _tlv(data: bytes, pos: int, end: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the TLV at ``pos``, inside ``data[:end]``."""
    if pos + 2 > end:
        raise PrescanError(f"truncated at byte {pos}")
    tag = data[pos]
    if tag & 0x1F == 0x1F:
        raise PrescanError(f"multi-byte tag at byte {pos}: not SNMP")
    first = data[pos + 1]
    if first < 0x80:
        start, length = pos + 2, first
    elif first == 0x80:
        raise PrescanError(f"indefinite length at byte {pos}: not allowed in SNMP")
    else:
        count = first & 0x7F
        if count > 4 or pos + 2 + count > end:
            raise PrescanError(f"unreadable length at byte {pos}")
        start = pos + 2 + count
        length = int.from_bytes(data[pos + 2 : start], "big")
    stop = start + length
    if stop > end:
        raise PrescanError(f"the length at byte {pos} runs past its container")
    return tag, start, stop


def _expect(data: bytes, pos: int, end: int, tag: int, what: str) -> tuple[int, int]:
    found, start, stop = _tlv(data, pos, end)
    if found != tag:
        raise PrescanError(f"{what} expected at byte {pos} (tag {tag:#04x}), found {found:#04x}")
    return start, stop


def _primitive(data: bytes, pos: int, end: int, what: str) -> int:
    tag, _start, stop = _tlv(data, pos, end)
    if tag & _CONSTRUCTED:
        raise PrescanError(f"{what} at byte {pos} is a constructed encoding: not SNMP")
    return stop


def prescan(data: bytes, max_varbinds: int = MAX_VARBINDS) -> int:
    """Check the outline of the v1/v2c message that fills ``data``; returns its varbind
    count. Raises :class:`PrescanError` (:class:`TooManyVarbindsError` for too many)."""
    end = len(data)
    pos, stop = _expect(data, 0, end, _SEQUENCE, "the message SEQUENCE")
    end = stop
    _, pos = _expect(data, pos, end, _INTEGER, "the version INTEGER")
    _, pos = _expect(data, pos, end, _OCTETS, "the community OCTET STRING")
    return prescan_pdu(data, pos, end, max_varbinds)


def prescan_pdu(data: bytes, pos: int, end: int, max_varbinds: int = MAX_VARBINDS) -> int:
    """Check the outline of the PDU at ``pos`` (inside ``data[:end]``): a message's, or an
    SNMPv3 scopedPDU's; returns its varbind count."""
    tag, pos, end = _tlv(data, pos, end)
    if tag not in _PDU_TAGS:
        raise PrescanError(f"no PDU: tag {tag:#04x}")
    if tag == PduType.V1TRAP:
        _, pos = _expect(data, pos, end, _OID, "the enterprise OID")
        for what in ("the agent address", "the generic trap", "the specific trap", "the time"):
            pos = _primitive(data, pos, end, what)
    else:
        for what in ("the request id", "the error status", "the error index"):
            _, pos = _expect(data, pos, end, _INTEGER, what)
    pos, end = _expect(data, pos, end, _SEQUENCE, "the varbind list")
    count = 0
    while pos < end:
        count += 1
        if count > max_varbinds:
            raise TooManyVarbindsError(max_varbinds)
        inner, stop = _expect(data, pos, end, _SEQUENCE, f"varbind {count}")
        _, inner = _expect(data, inner, stop, _OID, f"the OID of varbind {count}")
        if _primitive(data, inner, stop, f"the value of varbind {count}") != stop:
            raise PrescanError(f"varbind {count} has more than a name and a value")
        pos = stop
    return count


# The outline readers, for the SNMPv3 envelope's prescan (:mod:`.v3_prescan`).
expect_tlv = _expect
primitive_tlv = _primitive


def is_v3_message(data: bytes) -> bool:
    """True when ``data`` opens like an SNMPv3 message (SEQUENCE, INTEGER 3): cheap enough to
    run on every datagram before the v1/v2c codec sees it. Here rather than in
    :mod:`~snmpscope.core.transport.usm` so that telling v3 apart does not load the USM."""
    if len(data) < 5 or data[0] != 0x30:
        return False
    first = data[1]
    at = 2 if first < 0x80 else 2 + (first & 0x7F)
    return data[at : at + 3] == b"\x02\x01\x03"
