"""DISPLAY-HINT (RFC 2579 §3.1) formatting as net-snmp 5.9 applies it, and simple reverse parsing.

net-snmp quirks kept on purpose so output matches its tools: ``x`` prints without zero padding
(``1x:`` gives ``2:fc:0:0:0:1``) unless a one-octet value has neither separator nor hint text
left; separators and terminators are only written while data follows; ``a``/``t`` chunks are
copied as they are unless they contain a NUL; integer ``d-N`` hints put the decimal point in
the digit string as C does (``5`` with ``d-2`` gives ``.05``).
"""

from __future__ import annotations

import re

_NUMERIC_CODES = "xdo"


def format_hinted_octets(data: bytes, hint: str) -> str | None:
    """Apply an OCTET STRING display hint; None when net-snmp would reject the hint."""
    out: list[str] = []
    pos, hpos, end = 0, 0, len(data)
    width, code, separ, term = 1, "d", "", ""
    while pos < end:
        repeat = 1
        if hpos < len(hint):
            if hint[hpos] == "*":
                repeat = data[pos]
                pos += 1
                hpos += 1
            width = 0
            while hpos < len(hint) and hint[hpos].isdigit():
                width = width * 10 + int(hint[hpos])
                hpos += 1
            if hpos >= len(hint):
                return None  # a width with no format letter
            code = hint[hpos]
            hpos += 1
            separ, hpos = _separator(hint, hpos, width)
            term, hpos = _separator(hint, hpos, width)
            width = width or 1
        while repeat and pos < end:
            if code in "at":
                chunk = data[pos : pos + width]
                pos += len(chunk)
                out.append(_chunk_text(chunk))
            elif code in _NUMERIC_CODES:
                chunk = data[pos : pos + width]
                pos += len(chunk)
                number = int.from_bytes(chunk, "big")
                if code == "x":
                    pad = number < 16 and width == 1 and not separ and hpos >= len(hint)
                    out.append(f"0{number:x}" if pad else f"{number:x}")
                elif code == "d":
                    out.append(str(number))
                else:
                    out.append(f"{number:o}")
            else:
                return None
            if pos < end and separ:
                out.append(separ)
            repeat -= 1
        if term and pos < end:
            out.append(term)
    return "".join(out)


def _separator(hint: str, hpos: int, width: int) -> tuple[str, int]:
    """net-snmp's test for a separator/terminator character at ``hint[hpos]``."""
    if hpos >= len(hint):
        return "", hpos
    char = hint[hpos]
    if char == "*" or char.isdigit():
        return "", hpos
    if width == 0 and char in _NUMERIC_CODES:
        return "", hpos
    return char, hpos + 1


def _chunk_text(chunk: bytes) -> str:
    if b"\0" in chunk:
        # With an embedded NUL net-snmp falls back to its escaped ASCII rendering.
        return "".join(
            ("\\" + chr(c) if chr(c) in '\\"' else chr(c))
            if 0x20 <= c <= 0x7E or 0x09 <= c <= 0x0D
            else "."
            for c in chunk
        )
    return chunk.decode("utf-8", errors="replace")


def format_hinted_integer(number: int, hint: str) -> str:
    """Apply an INTEGER display hint (``d``, ``d-2``, ``x``, ``o``, ``b``)."""
    code = hint[:1]
    if code == "x":
        return f"{number & 0xFFFFFFFFFFFFFFFF:x}" if number < 0 else f"{number:x}"
    if code == "o":
        return f"{number & 0xFFFFFFFFFFFFFFFF:o}" if number < 0 else f"{number:o}"
    if code == "b":
        return f"{number:b}"
    digits = str(number)
    shift = int(hint[2:]) if hint[1:2] == "-" and hint[2:].isdigit() else 0
    if not shift:
        return digits
    if shift <= len(digits):
        return digits[: len(digits) - shift] + "." + digits[len(digits) - shift :]
    return "." + digits.rjust(shift, "0")


_SIMPLE_HINT = re.compile(r"^(\d+)([xdo])(.)?$")


def parse_hinted_octets(text: str, hint: str) -> bytes | None:
    """Reverse the common hints for typed input: ``255a``/``255t`` and ``1x:``-style ones.

    Returns None when the hint is not one of these simple forms or ``text`` does not fit it;
    the caller then takes the text literally (as snmpset does).
    """
    if re.fullmatch(r"\d+[at]", hint):
        return text.encode("utf-8")
    match = _SIMPLE_HINT.match(hint)
    if match is None or not text:
        return None
    width, code, separ = int(match.group(1)), match.group(2), match.group(3)
    fields = text.split(separ) if separ else [text]
    base = {"x": 16, "d": 10, "o": 8}[code]
    out = bytearray()
    for field_text in fields:
        try:
            number = int(field_text, base)
        except ValueError:
            return None
        if number < 0 or number >= 256**width:
            return None
        out += number.to_bytes(width, "big")
    return bytes(out)
