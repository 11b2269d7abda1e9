"""Raw message bytes as a classic hex dump (offset, 16 hex octets, printable ASCII), with the
community masked: a v1/v2c message carries it in clear in its second field, and a screen or
a screenshot of the raw pane must not give it away unless the user asks."""

from __future__ import annotations

MASK_HEX = "••"
MASK_CHAR = "•"


def community_span(data: bytes) -> tuple[int, int] | None:
    """Where a v1/v2c message's community octets are (start, end), or None (v3, or not a
    message this reads: SEQUENCE { INTEGER version, OCTET STRING community, ... })."""
    position = 0
    try:
        tag, position = data[0], 1
        if tag != 0x30:
            return None
        _length, position = _length_at(data, position)
        if data[position] != 0x02:
            return None
        version_length, position = _length_at(data, position + 1)
        version = int.from_bytes(data[position : position + version_length], "big")
        position += version_length
        if version not in (0, 1) or data[position] != 0x04:  # v3 (3) has no community
            return None
        length, position = _length_at(data, position + 1)
    except IndexError:
        return None
    end = position + length
    return (position, end) if end <= len(data) else None


def _length_at(data: bytes, position: int) -> tuple[int, int]:
    first = data[position]
    if first < 0x80:
        return first, position + 1
    count = first & 0x7F
    value = int.from_bytes(data[position + 1 : position + 1 + count], "big")
    return value, position + 1 + count


def hexdump(data: bytes, masked: tuple[int, int] | None = None) -> str:
    """``0000  30 2c 02 01 ...  0,......``, one line per 16 octets; octets in ``masked``
    (start, end) show as ``••``."""
    lines = []
    start, end = masked if masked is not None else (0, 0)
    for offset in range(0, len(data), 16):
        chunk = data[offset : offset + 16]
        hexes = " ".join(
            MASK_HEX if start <= offset + i < end else f"{b:02x}" for i, b in enumerate(chunk)
        )
        text = "".join(
            MASK_CHAR if start <= offset + i < end else (chr(b) if 32 <= b < 127 else ".")
            for i, b in enumerate(chunk)
        )
        lines.append(f"{offset:04x}  {hexes:<47}  {text}")
    return "\n".join(lines)
