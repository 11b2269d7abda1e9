"""Raw message bytes as a classic hex dump (offset, 16 hex octets, printable ASCII)."""

from __future__ import annotations


def hexdump(data: bytes) -> str:
    """``0000  30 2c 02 01 ...  0,......``, one line per 16 octets."""
    lines = []
    for offset in range(0, len(data), 16):
        chunk = data[offset : offset + 16]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:04x}  {hexes:<47}  {text}")
    return "\n".join(lines)
