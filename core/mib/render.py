"""Value rendering the way net-snmp's command-line tools print it.

:func:`format_value_netsnmp` is byte-for-byte what ``snmpget -On -m ""`` (net-snmp 5.9.3, the
Debian 12 build, no MIBs) prints after ``" = "``; :func:`format_value_mib` follows the same
tools with MIBs loaded (enumerations, DISPLAY-HINTs, UNITS, OID values as names). The formats
were established against a private snmpd and a scripted agent (tests/core/test_render.py):

* ``STRING: "probe snmpd"`` - printable text (ASCII 0x20-0x7E plus \\t \\n \\v \\f \\r),
  ``"`` and ``\\`` escaped with a backslash; an empty string prints as ``""`` alone;
* ``Hex-STRING: 00 1A 2B `` - anything else: each octet ``%02X`` plus a space (so a trailing
  space), a newline after every 16 octets when more follow;
* ``INTEGER: -5``, ``Counter32: 42``, ``Gauge32: 7``, ``Counter64: 18446744073709551615``,
  ``IpAddress: 10.1.2.3``, ``OID: .1.3.6.1.4.1.8072.3.2.10``, ``NULL``, and for
  UInteger32 (0x47) the bare number;
* ``Timeticks: (123456789) 14 days, 6:56:07.89`` (``1 day, ...``; ``0:00:00.79``);
* ``OPAQUE: 01 02 03 `` and the net-snmp opaque specials ``Opaque: Float: 0.200000``,
  ``Opaque: Counter64: 256``, ``Opaque: Int64: -1``, ``Opaque: UInt64: 5``;
* ``BITS: 90 01 0 3 15 `` (hex, then the numbers of the set bits);
* ``No Such Object available on this agent at this OID``, ``No Such Instance currently exists
  at this OID``, ``No more variables left in this MIB View (It is past the end of the MIB
  tree)``; NsapAddress prints ``Variable has bad type``.

The parser for typed input (``snmpset`` type letters) lives in
:mod:`snmpscope.core.mib.typed_value`; it is not imported here, so a command that only prints
(a numeric get) does not load it.
"""

from __future__ import annotations

import math
import struct
from typing import TYPE_CHECKING, Literal, NamedTuple

from snmpscope.core.constants import Syntax
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.core.smi.values import SmiValue

if TYPE_CHECKING:
    from snmpscope.core.mib.names import MibNames, NodeInfo

__all__ = [
    "PLAIN",
    "RenderOptions",
    "format_value_mib",
    "format_value_netsnmp",
    "format_varbind",
    "hex_octets",
    "value_to_json",
]


class RenderOptions(NamedTuple):
    """net-snmp's value ``-O`` options (output options the CLI passes on; the GUI uses
    :data:`PLAIN`, net-snmp's defaults).

    ``strings``: ``"guess"`` (default: text if every octet is printable, else hex), ``"hex"``
    (``-Ox``) or ``"ascii"`` (``-Oa``, unprintable octets as dots); a DISPLAY-HINT still wins,
    as in net-snmp. ``hex_text`` (``-OT``): every hex dump line followed by ``  [ascii]``.
    ``numeric_ticks`` (``-Ot``): TimeTicks as the bare number. ``numeric_enums`` (``-Oe``):
    enumerated INTEGERs as numbers. ``units`` (off with ``-OU``): the MIB's UNITS appended.

    A NamedTuple rather than a frozen dataclass: every ``snmpscope-cli`` process that prints
    a value defines it, and a dataclass costs the import ~0.5-1 ms of generated code.
    """

    strings: Literal["guess", "hex", "ascii"] = "guess"
    hex_text: bool = False
    numeric_ticks: bool = False
    numeric_enums: bool = False
    units: bool = True


PLAIN = RenderOptions()

EXCEPTION_TEXT: dict[int, str] = {
    Syntax.NOSUCHOBJECT: "No Such Object available on this agent at this OID",
    Syntax.NOSUCHINSTANCE: "No Such Instance currently exists at this OID",
    Syntax.ENDOFMIBVIEW: (
        "No more variables left in this MIB View (It is past the end of the MIB tree)"
    ),
}

# Opaque-wrapped special types of net-snmp (second octet after the 0x9F escape).
_OPAQUE_COUNTER64, _OPAQUE_FLOAT, _OPAQUE_DOUBLE, _OPAQUE_I64, _OPAQUE_U64 = (
    0x76,
    0x78,
    0x79,
    0x7A,
    0x7B,
)

# What a MIB base type expects on the wire, and how net-snmp names it in "Wrong Type".
_EXPECTED: dict[str, tuple[frozenset[int], str]] = {
    "INTEGER": (frozenset({Syntax.INT}), "INTEGER"),
    "OCTET STRING": (frozenset({Syntax.OCTETS}), "OCTET STRING"),
    "BITS": (frozenset({Syntax.OCTETS, Syntax.BITS}), "BITS"),
    "OBJECT IDENTIFIER": (frozenset({Syntax.OID}), "OBJECT IDENTIFIER"),
    "Timeticks": (frozenset({Syntax.TIMETICKS}), "Timeticks"),
    "Gauge32": (frozenset({Syntax.GAUGE32}), "Gauge32 or Unsigned32"),
    "Counter32": (frozenset({Syntax.CNTR32}), "Counter32"),
    "Counter64": (frozenset({Syntax.CNTR64}), "Counter64"),
    "IpAddress": (frozenset({Syntax.IPADDR}), "IpAddress"),
    "NetworkAddress": (frozenset({Syntax.IPADDR}), "NetworkAddress"),
    "Opaque": (frozenset({Syntax.OPAQUE}), "Opaque"),
}


# --- without MIBs ----------------------------------------------------------------------------


def format_value_netsnmp(value: SmiValue, options: RenderOptions = PLAIN) -> str:
    """Exactly what ``snmpget -On -m ""`` (plus the value ``-O`` letters of ``options``)
    prints after ``" = "`` for ``value``."""
    return _by_type(value, None, options)


def hex_octets(data: bytes, text: bool = False) -> str:
    """net-snmp's hex dump: ``"%02X "`` per octet, a newline after each 16 when more follow;
    ``text`` (``-OT``) follows each line with ``"  ["``, its octets as characters (printable
    and white space as they are, others as dots) and ``"]"``."""
    lines = []
    for start in range(0, len(data), 16):
        chunk = data[start : start + 16]
        line = "".join(f"{octet:02X} " for octet in chunk)
        if text:
            line += "  [" + "".join(chr(o) if _printable(o) else "." for o in chunk) + "]"
        lines.append(line)
    return "\n".join(lines)


def _printable(octet: int) -> bool:
    # C isprint() || isspace() in the "C" locale.
    return 0x20 <= octet <= 0x7E or 0x09 <= octet <= 0x0D


def _by_type(value: SmiValue, names: MibNames | None, options: RenderOptions = PLAIN) -> str:
    """Render by wire syntax alone; ``names`` (if any) only turns OID values into names."""
    syn, payload = value.syntax, value.value
    if syn in EXCEPTION_TEXT:
        return EXCEPTION_TEXT[syn]
    if syn == Syntax.NULL:
        return "NULL"
    if syn == Syntax.INT:
        return f"INTEGER: {_int(payload)}"
    if syn == Syntax.OCTETS:
        return _guess_octets(_octets(payload), options)
    if syn == Syntax.OID:
        return f"OID: {_oid_text(_oid(payload), names)}"
    if syn == Syntax.TIMETICKS:
        if options.numeric_ticks:
            return str(_int(payload))
        return f"Timeticks: ({_int(payload)}) {uptime_string(_int(payload))}"
    if syn == Syntax.GAUGE32:
        return f"Gauge32: {_int(payload)}"
    if syn == Syntax.CNTR32:
        return f"Counter32: {_int(payload)}"
    if syn == Syntax.CNTR64:
        return f"Counter64: {_int(payload)}"
    if syn == Syntax.UINT32:
        return str(_int(payload))
    if syn == Syntax.IPADDR:
        return "IpAddress: " + ".".join(str(octet) for octet in _octets(payload)[:4])
    if syn == Syntax.OPAQUE:
        return _opaque(_octets(payload), options)
    if syn == Syntax.BITS:
        return _bits(_octets(payload), {}, options)
    return "Variable has bad type"


def ticks_parts(ticks: int) -> tuple[int, int, int, int, int]:
    """TimeTicks as days, hours, minutes, seconds and centiseconds."""
    seconds, centis = divmod(ticks, 100)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    return days, hours, minutes, seconds, centis


def uptime_string(ticks: int) -> str:
    """TimeTicks as net-snmp prints them: ``0:00:00.79``, ``1 day, 2:03:04.05``."""
    days, hours, minutes, seconds, centis = ticks_parts(ticks)
    clock = f"{hours}:{minutes:02d}:{seconds:02d}.{centis:02d}"
    if days == 0:
        return clock
    return f"{days} day{'s' if days != 1 else ''}, {clock}"


def _is_text(data: bytes) -> bool:
    return all(_printable(octet) for octet in data)


def _quoted(data: bytes) -> str:
    """net-snmp's ascii string body: \\ and " escaped, other non-text octets as dots."""
    out = []
    for octet in data:
        if _printable(octet):
            char = chr(octet)
            out.append("\\" + char if char in '\\"' else char)
        else:
            out.append(".")
    return "".join(out)


def _guess_octets(data: bytes, options: RenderOptions = PLAIN) -> str:
    if not data:
        return '""'
    if options.strings == "ascii" or (options.strings == "guess" and _is_text(data)):
        return f'STRING: "{_quoted(data)}"'
    return "Hex-STRING: " + hex_octets(data, options.hex_text)


def _opaque(data: bytes, options: RenderOptions = PLAIN) -> str:
    special = _opaque_special(data)
    return special if special is not None else "OPAQUE: " + hex_octets(data, options.hex_text)


def _opaque_special(data: bytes) -> str | None:
    """Decode net-snmp's Opaque-wrapped float/double/64-bit integers (tag 0x9F 0x7x)."""
    if len(data) < 3 or data[0] != 0x9F:
        return None
    kind, length = data[1], data[2]
    body = data[3:]
    if length & 0x80 or length != len(body):
        return None
    if kind == _OPAQUE_FLOAT and length == 4:
        return "Opaque: Float: " + _c_float(struct.unpack(">f", body)[0], body[0] & 0x80)
    if kind == _OPAQUE_DOUBLE and length == 8:
        return "Opaque: Float: " + _c_float(struct.unpack(">d", body)[0], body[0] & 0x80)
    if kind in (_OPAQUE_COUNTER64, _OPAQUE_U64) and 0 < length <= 9:
        label = "Counter64" if kind == _OPAQUE_COUNTER64 else "UInt64"
        return f"Opaque: {label}: {int.from_bytes(body, 'big') % 2**64}"
    if kind == _OPAQUE_I64 and 0 < length <= 9:
        return f"Opaque: Int64: {int.from_bytes(body, 'big', signed=True)}"
    return None


def _c_float(number: float, negative: int) -> str:
    """printf("%f") of a C float/double, with glibc's "-nan" and net-snmp's 127-char cut."""
    if math.isnan(number):
        return "-nan" if negative else "nan"
    return f"{number:f}"[:127]


def _bits(data: bytes, labels: dict[int, str], options: RenderOptions = PLAIN) -> str:
    parts = ["BITS: ", hex_octets(data, options.hex_text)]
    for position in range(len(data) * 8):
        if data[position // 8] & (0x80 >> (position % 8)):
            label = None if options.numeric_enums else labels.get(position)
            parts.append(f"{label}({position}) " if label else f"{position} ")
    return "".join(parts)


def _oid_text(oid: Oid, names: MibNames | None) -> str:
    return f"{names.oid_to_name(oid)}" if names is not None else f".{oid_to_str(oid)}"


# --- with MIBs -------------------------------------------------------------------------------


def format_value_mib(
    oid: Oid, value: SmiValue, names: MibNames, options: RenderOptions = PLAIN
) -> str:
    """Render ``value`` of variable ``oid`` as net-snmp does with the MIB loaded.

    ``INTEGER: up(1)``, ``STRING: eth0`` (DisplayString, no quotes: the DISPLAY-HINT decides),
    ``STRING: 0:1a:2b:3c:4d:5e`` (PhysAddress/MacAddress ``1x:``), ``INTEGER: 4096 Bytes``
    (UNITS), ``OID: IF-MIB::ifIndex``; a value whose wire type does not match the MIB prints as
    ``Wrong Type (should be OCTET STRING): INTEGER: 5``. Unknown objects render by type.
    ``options`` carries the value ``-O`` letters (see :class:`RenderOptions`).
    """
    info = names.render_info(oid)
    if info is None or info.syntax is None or value.syntax in EXCEPTION_TEXT:
        return _by_type(value, names, options)
    expected, label = _EXPECTED.get(info.base_type, (frozenset(), ""))
    if not expected:
        return _by_type(value, names, options)
    if value.syntax not in expected:
        return f"Wrong Type (should be {label}): {_by_type(value, names, options)}"
    text = _by_mib_type(value, info, names, options)
    if not options.units or (options.numeric_ticks and value.syntax == Syntax.TIMETICKS):
        return text  # -OU; and net-snmp's numeric TimeTicks return before the units
    return _with_units(text, value, info)


def _by_mib_type(
    value: SmiValue, info: NodeInfo, names: MibNames, options: RenderOptions = PLAIN
) -> str:
    from snmpscope.core.mib.display_hint import format_hinted_integer, format_hinted_octets

    payload = value.value
    base = info.base_type
    if base == "INTEGER":
        number = _int(payload)
        if number in info.enums and not options.numeric_enums:
            return f"INTEGER: {info.enums[number]}({number})"
        if info.display_hint:
            return f"INTEGER: {format_hinted_integer(number, info.display_hint)}"
        return f"INTEGER: {number}"
    if base == "Gauge32" and info.display_hint:
        return f"Gauge32: {format_hinted_integer(_int(payload), info.display_hint)}"
    if base == "BITS":
        return _bits(_octets(payload), info.enums, options)
    if base == "NetworkAddress":  # SMIv1's: net-snmp's own format, and no UNITS
        return "Network Address: " + ":".join(f"{octet:02X}" for octet in _octets(payload))
    if base == "OCTET STRING" and info.display_hint:
        hinted = format_hinted_octets(_octets(payload), info.display_hint)
        if hinted is None:
            guessed = _guess_octets(_octets(payload), options)
            return f"(Bad hint ignored: {info.display_hint}) {guessed}"
        return f"STRING: {hinted}"
    return _by_type(value, names, options)


def _with_units(text: str, value: SmiValue, info: NodeInfo) -> str:
    # net-snmp appends UNITS for every type except IpAddress (and not after a bad hint).
    if not info.units or value.syntax == Syntax.IPADDR or text.startswith("(Bad hint"):
        # (NetworkAddress travels as an IpAddress too)
        return text
    return f"{text} {info.units}"


# --- whole varbinds and JSON -----------------------------------------------------------------


def format_varbind(
    oid: Oid, value: SmiValue, names: MibNames | None = None, numeric: bool = False
) -> str:
    """One output line as snmpget prints it.

    ``numeric=True`` (or no ``names``) gives ``snmpget -On -m ""``:
    ``.1.3.6.1.2.1.1.1.0 = STRING: "x"``; otherwise the MIB style
    ``SNMPv2-MIB::sysDescr.0 = STRING: x``.
    """
    if numeric or names is None:
        return f".{oid_to_str(oid)} = {format_value_netsnmp(value)}"
    return f"{names.oid_to_name(oid)} = {format_value_mib(oid, value, names)}"


JSON_SYNTAX_NAMES: dict[int, str] = {
    Syntax.INT: "INTEGER",
    Syntax.BITS: "BITS",
    Syntax.OCTETS: "OCTET STRING",
    Syntax.NULL: "NULL",
    Syntax.OID: "OBJECT IDENTIFIER",
    Syntax.IPADDR: "IpAddress",
    Syntax.CNTR32: "Counter32",
    Syntax.GAUGE32: "Gauge32",
    Syntax.TIMETICKS: "TimeTicks",
    Syntax.OPAQUE: "Opaque",
    Syntax.NSAPADDR: "NsapAddress",
    Syntax.CNTR64: "Counter64",
    Syntax.UINT32: "UInteger32",
    Syntax.NOSUCHOBJECT: "noSuchObject",
    Syntax.NOSUCHINSTANCE: "noSuchInstance",
    Syntax.ENDOFMIBVIEW: "endOfMibView",
}


def value_to_json(value: SmiValue) -> dict[str, object]:
    """Plain JSON-ready form: ``{"syntax": "Counter32", "value": 42}``.

    Integers stay integers (TimeTicks in hundredths of a second), OIDs and IpAddresses are
    dotted strings, NULL and the exceptions have ``"value": None``. Octet strings that are
    printable UTF-8 text come as text; other octets as lowercase hex with
    ``"encoding": "hex"`` (always so for Opaque, NsapAddress and BITS).
    """
    syn, payload = value.syntax, value.value
    out: dict[str, object] = {"syntax": JSON_SYNTAX_NAMES.get(syn, str(syn)), "value": None}
    if payload is None:
        return out
    if syn == Syntax.OID:
        out["value"] = oid_to_str(_oid(payload))
    elif syn == Syntax.IPADDR:
        out["value"] = ".".join(str(octet) for octet in _octets(payload))
    elif isinstance(payload, bytes):
        text = _as_text(payload) if syn == Syntax.OCTETS else None
        if text is None:
            out["value"] = payload.hex()
            out["encoding"] = "hex"
        else:
            out["value"] = text
    else:
        out["value"] = payload
    return out


def _as_text(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any((ord(ch) < 0x20 and ch not in "\t\r\n") or ord(ch) == 0x7F for ch in text):
        return None
    return text


# --- payload accessors (SmiValue.value is a union) ------------------------------------------


def _octets(payload: object) -> bytes:
    return payload if isinstance(payload, bytes) else b""


def _int(payload: object) -> int:
    return payload if isinstance(payload, int) else 0


def _oid(payload: object) -> Oid:
    return payload if isinstance(payload, tuple) else ()
