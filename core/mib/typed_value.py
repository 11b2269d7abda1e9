"""Typed value entry with net-snmp ``snmpset`` type letters.

``i`` INTEGER, ``u`` Unsigned32/Gauge32, ``3`` UInteger32, ``c`` Counter32, ``C`` Counter64,
``t`` TimeTicks, ``a`` IpAddress, ``o`` OBJECT IDENTIFIER, ``s`` string, ``x`` hex string,
``d`` decimal string, ``n`` NULL, ``b`` BITS, ``U``/``I``/``F``/``D`` net-snmp's
Opaque-wrapped UInt64/Int64/Float/Double, and ``=`` for "the type the MIB gives the object".

The octets produced are the ones snmpset puts on the wire (checked against captured snmpset
requests in tests/core/test_render.py): ``x`` takes pairs of hex digits with optional spaces
and an optional ``0x``; ``d`` takes decimal octets separated by spaces or dots; ``b`` takes bit
numbers (or, with a MIB, bit names) separated by spaces, commas or tabs and sends an OCTET
STRING just long enough (BITS travel as OCTET STRING). Numbers are stricter than C's
``strtol``: no trailing junk, no negative unsigned values, no silent wrap-around, ASCII digits
only, and no more than 40 of them (no SMI number needs more; Python's ``int`` would refuse
4,300). Every failure is one ``SnmpApiError(SYNTAX_INVALID)`` line, and a long input is named
by its start and length, not repeated.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from snmpscope.core.constants import ApiError, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.oid import Oid, oid_from_str
from snmpscope.core.smi.values import SmiValue, make_value

if TYPE_CHECKING:
    from snmpscope.core.mib.names import MibNames, NodeInfo

_Parser = Callable[[str, "NodeInfo | None", "MibNames | None"], SmiValue]

TYPE_LETTERS = "iu3cCtaosxdnbUIFD="

# MIB base type -> the letter "=" stands for (as snmpset's "=").
_LETTER_FOR_BASE = {
    "INTEGER": "i",
    "Gauge32": "u",
    "Counter32": "c",
    "Counter64": "C",
    "Timeticks": "t",
    "OCTET STRING": "s",
    "BITS": "b",
    "IpAddress": "a",
    "OBJECT IDENTIFIER": "o",
}

# Letters a MIB base type accepts when the user picks the letter explicitly.
_ACCEPTS = {
    "INTEGER": "i",
    "Gauge32": "u",
    "Counter32": "c",
    "Counter64": "C",
    "Timeticks": "t",
    "OCTET STRING": "sxdb",
    "BITS": "sxdb",
    "IpAddress": "a",
    "OBJECT IDENTIFIER": "o",
    "Opaque": "UIFDx",
}

_DECIMAL = re.compile(r"[+-]?[0-9]+")
_UNSIGNED = re.compile(r"\+?[0-9]+")
MAX_DIGITS = 40  # more than any SMI number has (2^64 has 20)
MAX_BIT = 65535 * 8 - 1  # the last bit an OCTET STRING of 65535 octets has


def _shown(text: str) -> str:
    """``text`` quoted for a message; a long one is named by its start and its length."""
    if len(text) <= 40:
        return repr(text)
    return f"{text[:37]!r}... ({len(text)} characters)"


def _number(body: str, what: str) -> int:
    """``int(body)`` for text already matched as decimal, refusing absurdly long numbers."""
    if len(body.lstrip("+-").lstrip("0")) > MAX_DIGITS:
        _fail(f"{what} value {_shown(body)} is out of range")
    return int(body)


def parse_typed_value(
    type_char: str,
    text: str,
    *,
    oid: Oid | None = None,
    names: MibNames | None = None,
) -> SmiValue:
    """Turn snmpset-style input into an :class:`SmiValue`.

    With ``oid`` and ``names`` the MIB is consulted as snmpset does: ``=`` picks the letter,
    the letter must suit the object's type, INTEGER and BITS accept enumeration labels, and
    an ``s`` string is read through simple DISPLAY-HINTs (``1x:`` takes ``0:1a:2b:3c:4d:5e``).
    ``o`` accepts names when ``names`` is given. Raises ``SnmpApiError(SYNTAX_INVALID)``.
    """
    info = names.render_info(oid) if names is not None and oid is not None else None
    if info is not None and info.syntax is None:
        info = None
    letter = type_char
    if letter == "=":
        if info is None or info.base_type not in _LETTER_FOR_BASE:
            where = f" of {names.oid_to_name(oid)}" if names and oid else ""
            _fail(f"no MIB type known{where}; give a type letter instead of '='")
        letter = _LETTER_FOR_BASE[info.base_type]
    elif letter not in TYPE_LETTERS or len(letter) != 1:
        _fail(f"unknown type letter {_shown(type_char)} (one of {' '.join(TYPE_LETTERS)})")
    elif info is not None and letter not in _ACCEPTS.get(info.base_type, letter):
        _fail(f"{info.qualified_name} is {info.base_type}; type '{letter}' does not fit it")
    return _PARSERS[letter](text, info, names)


def _fail(detail: str) -> NoReturn:
    raise SnmpApiError(ApiError.SYNTAX_INVALID, detail)


def _checked(syntax: int, payload: object) -> SmiValue:
    try:
        return make_value(syntax, payload)
    except SnmpApiError as exc:
        raise SnmpApiError(ApiError.SYNTAX_INVALID, exc.detail) from None


def _integer(text: str, info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
    body = text.strip()
    if _DECIMAL.fullmatch(body):
        return _checked(Syntax.INT, _number(body, "INTEGER"))
    if info is not None:
        for number, label in info.enums.items():
            if label == body:
                return _checked(Syntax.INT, number)
        if info.enums:
            known = ", ".join(f"{label}({n})" for n, label in sorted(info.enums.items()))
            _fail(f"{_shown(body)} is not a number or a label of {info.qualified_name} ({known})")
    return _fail(f"INTEGER value {_shown(text)} is not a decimal number")


def _unsigned(syntax: int, label: str) -> _Parser:
    def parse(text: str, _info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
        body = text.strip()
        if not _UNSIGNED.fullmatch(body):
            _fail(f"{label} value {_shown(text)} is not an unsigned decimal number")
        return _checked(syntax, _number(body, label))

    return parse


def _ipaddress(text: str, _info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
    import ipaddress  # only a SET or trap of an IpAddress needs it, not every CLI process

    try:
        packed = ipaddress.IPv4Address(text.strip()).packed
    except ValueError:
        return _fail(f"IpAddress value {_shown(text)} is not a dotted IPv4 address")
    return SmiValue(Syntax.IPADDR, packed)


def _object_id(text: str, _info: NodeInfo | None, names: MibNames | None) -> SmiValue:
    try:
        oid = names.name_to_oid(text) if names is not None else oid_from_str(text)
    except SnmpApiError as exc:
        raise SnmpApiError(ApiError.SYNTAX_INVALID, f"OID value: {exc.detail}") from None
    return _checked(Syntax.OID, oid)


def _string(text: str, info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
    if info is not None and info.display_hint:
        from snmpscope.core.mib.display_hint import parse_hinted_octets

        hinted = parse_hinted_octets(text, info.display_hint)
        if hinted is not None:
            return _checked(Syntax.OCTETS, hinted)
    return _checked(Syntax.OCTETS, text.encode("utf-8"))


def _hex(text: str, _info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
    body = text[2:] if text[:2] in ("0x", "0X") else text
    out = bytearray()
    pos = 0
    while pos < len(body):
        if body[pos] == " ":
            pos += 1
            continue
        pair = body[pos : pos + 2]
        if len(pair) < 2 or not all(c in "0123456789abcdefABCDEF" for c in pair):
            _fail(f"hex string {_shown(text)}: expected pairs of hex digits at position {pos + 1}")
        out.append(int(pair, 16))
        pos += 2
    return _checked(Syntax.OCTETS, bytes(out))


def _decimal(text: str, _info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
    out = bytearray()
    for field in re.split(r"[\s.]+", text.strip()):
        if not field:
            continue
        if not (field.isascii() and field.isdigit()) or len(field) > 3 or int(field) > 255:
            _fail(f"decimal string {_shown(text)}: {_shown(field)} is not an octet value 0..255")
        out.append(int(field))
    return _checked(Syntax.OCTETS, bytes(out))


def _null(_text: str, _info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
    return SmiValue(Syntax.NULL, None)


def _bits(text: str, info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
    labels = {label: n for n, label in info.enums.items()} if info is not None else {}
    # With a MIB, snmpset sizes the octets to hold the highest named bit.
    size = max(labels.values(), default=-1) // 8 + 1 if labels else 0
    positions: list[int] = []
    for token in re.split(r"[ ,\t]+", text.strip()):
        if not token:
            continue
        if token in labels:
            positions.append(labels[token])
            continue
        try:
            positions.append(_c_unsigned(token))
        except ValueError:
            _fail(
                f"BITS value {_shown(text)}: {_shown(token)} is neither a bit number nor a bit name"
            )
        if positions[-1] > MAX_BIT:
            _fail(f"BITS value {_shown(text)}: bit {_shown(token)} is past bit {MAX_BIT}")
    data = bytearray(max([size, *(p // 8 + 1 for p in positions)]))
    for position in positions:
        if position < 0:
            _fail(f"BITS value {_shown(text)}: bit numbers are not negative")
        data[position // 8] |= 0x80 >> (position % 8)
    return _checked(Syntax.OCTETS, bytes(data))


def _c_unsigned(token: str) -> int:
    """strtoul(token, ..., 0) without trailing junk: 0x.. is hex, a leading 0 octal.
    ValueError for anything else, ASCII digits only, at most MAX_DIGITS of them."""
    if not token.isascii() or len(token) > MAX_DIGITS + 2:
        raise ValueError(token)
    if token[:2].lower() == "0x":
        return int(token[2:], 16)
    if len(token) > 1 and token.startswith("0"):
        return int(token[1:], 8)
    if not token.isdigit():
        raise ValueError(token)
    return int(token)


def _opaque_u64(kind: int, signed: bool) -> _Parser:
    def parse(text: str, _info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
        body = text.strip()
        if not _DECIMAL.fullmatch(body) or (not signed and body.startswith("-")):
            _fail(f"64-bit value {_shown(text)} is not a decimal number")
        number = _number(body, "64-bit")
        low, high = (-(2**63), 2**63 - 1) if signed else (0, 2**64 - 1)
        if not low <= number <= high:
            _fail(f"64-bit value {number} is outside {low}..{high}")
        size = max(1, (number.bit_length() + 8) // 8) if signed else number.bit_length() // 8 + 1
        content = number.to_bytes(size, "big", signed=signed)
        return SmiValue(Syntax.OPAQUE, bytes([0x9F, kind, len(content)]) + content)

    return parse


def _opaque_float(kind: int, fmt: str) -> _Parser:
    def parse(text: str, _info: NodeInfo | None, _names: MibNames | None) -> SmiValue:
        try:
            number = float(text.strip())
        except ValueError:
            return _fail(f"floating-point value {_shown(text)} is not a number")
        try:
            content = struct.pack(fmt, number)
        except OverflowError:
            return _fail(f"floating-point value {_shown(text)} is out of range")
        return SmiValue(Syntax.OPAQUE, bytes([0x9F, kind, len(content)]) + content)

    return parse


_PARSERS: dict[str, _Parser] = {
    "i": _integer,
    "u": _unsigned(Syntax.GAUGE32, "Unsigned32"),
    "3": _unsigned(Syntax.UINT32, "UInteger32"),
    "c": _unsigned(Syntax.CNTR32, "Counter32"),
    "C": _unsigned(Syntax.CNTR64, "Counter64"),
    "t": _unsigned(Syntax.TIMETICKS, "TimeTicks"),
    "a": _ipaddress,
    "o": _object_id,
    "s": _string,
    "x": _hex,
    "d": _decimal,
    "n": _null,
    "b": _bits,
    "U": _opaque_u64(0x7B, signed=False),
    "I": _opaque_u64(0x7A, signed=True),
    "F": _opaque_float(0x78, ">f"),
    "D": _opaque_float(0x79, ">d"),
}

__all__ = ["TYPE_LETTERS", "parse_typed_value"]
