"""What the command line prints: varbind lines exactly as net-snmp's tools print them, the
``--json`` document, and net-snmp's error messages.

Names and values come from :mod:`snmpscope.core.mib.render` and :class:`MibNames`: by default
``SNMPv2-MIB::sysDescr.0 = STRING: ...`` as the tools print with MIBs loaded; with ``-On`` the
numeric OID and the value as ``snmpget -On -m ""`` prints it (no MIB lookups at all, so no
MIB loading time either). ``-Oq`` drops the type label and the ``=`` (TimeTicks as
``d:h:mm:ss.cc``, enumerations by label only), ``-OQ`` keeps the `` = ``; ``-Ov`` prints the
value only; ``-Os`` names without their module; the value letters ``-Ox -Oa -OT -Ot -Oe -OU``
are :class:`~snmpscope.core.mib.render.RenderOptions`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from snmpscope.core.cli.options import OutputStyle
from snmpscope.core.constants import ERROR_DESCRIPTIONS, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.render import (
    format_value_mib,
    format_value_netsnmp,
    hex_octets,
    ticks_parts,
    value_to_json,
)
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.core.smi.values import SmiValue, VarBind

if TYPE_CHECKING:
    from snmpscope.core.mib.names import MibNames

# net-snmp's snmp_errstring() texts (net-snmp 5.9.3, checked against its snmpget).
ERROR_STRINGS: dict[int, str] = {
    0: "(noError) No Error",
    1: "(tooBig) Response message would have been too large.",
    2: "(noSuchName) There is no such variable name in this MIB.",
    3: "(badValue) The value given has the wrong type or length.",
    4: "(readOnly) The two parties used do not have access to use the specified SNMP PDU.",
    5: "(genError) A general failure occured",
    6: "noAccess",
    7: "wrongType (The set datatype does not match the data type the agent expects)",
    8: "wrongLength (The set value has an illegal length from what the agent expects)",
    9: "wrongEncoding",
    10: "wrongValue (The set value is illegal or unsupported in some way)",
    11: "noCreation (That table does not support row creation or that object can not ever "
    "be created)",
    12: "inconsistentValue (The set value is illegal or unsupported in some way)",
    13: "resourceUnavailable (This is likely a out-of-memory failure within the agent)",
    14: "commitFailed",
    15: "undoFailed",
    16: "authorizationError (access denied to that object)",
    17: "notWritable (That object does not support modification)",
    18: "inconsistentName (That object can not currently be created)",
}

# Type labels -Oq removes ("STRING: x" -> "x").
_QUICK_LABELS = (
    "STRING",
    "Hex-STRING",
    "INTEGER",
    "Counter32",
    "Counter64",
    "Gauge32",
    "OID",
    "IpAddress",
    "BITS",
    "OPAQUE",
    "Opaque",
    "Network Address",
)


@functools.cache
def _quick_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """-Oq's label prefix and enum patterns, compiled once at their first use: only -Oq output
    reads them, and compiling them at import cost every command's start-up. (Passing the
    pattern text to ``re.subn`` per line instead doubled the time of each substitution.)"""
    prefix = re.compile("^(?:" + "|".join(re.escape(x) for x in _QUICK_LABELS) + "): ")
    return prefix, re.compile(r"^([A-Za-z][\w-]*)\((-?\d+)\)(.*)$", re.S)


def api_error_text(exc: SnmpApiError, detail: bool = False) -> str:
    """``destination unreachable (SNMPAPI_TL_UNDELIVERABLE)``: what happened, then the code;
    with ``detail`` the exception's own detail text comes first when it has one."""
    what = exc.detail if detail and exc.detail else ERROR_DESCRIPTIONS.get(exc.code)
    return f"{what} ({exc.name})" if what else exc.message


def error_string(status: int) -> str:
    """net-snmp's text for an error-status."""
    return ERROR_STRINGS.get(status, f"Unknown Error {status}")


def default_names() -> MibNames:
    """The process's MIB names, imported on first use: a command that prints and parses no
    name (``-On`` and numeric OIDs) never loads the MIB code."""
    from snmpscope.core.mib.names import MibNames

    return MibNames.default()


def quick_ticks(ticks: int) -> str:
    """TimeTicks as -Oq prints them: ``days:hours:minutes:seconds.centiseconds``."""
    days, hours, minutes, seconds, centis = ticks_parts(ticks)
    return f"{days}:{hours}:{minutes:02d}:{seconds:02d}.{centis:02d}"


class Printer:
    """Formats and writes varbinds and messages for one command run."""

    def __init__(
        self, out: TextIO, err: TextIO, style: OutputStyle, names: MibNames | None = None
    ) -> None:
        self.out = out
        self.err = err
        self.style = style
        # -On prints without any MIB lookup (nor the MIB code's import); otherwise names
        # come from the MIBs.
        self.names = None if style.numeric else (names or default_names())
        self._json_names = names

    # ---------------------------------------------------------------- text
    def name(self, oid: Oid) -> str:
        if self.names is None:
            return "." + oid_to_str(oid)
        name = self.names.oid_to_name(oid, numeric_index=self.style.numeric_index)
        if self.style.oid_format == "short":
            return name.partition("::")[2] or name
        return name

    def value_text(self, oid: Oid, value: SmiValue) -> str:
        if self.names is None:
            return format_value_netsnmp(value, self.style.render)
        return format_value_mib(oid, value, self.names, self.style.render)

    def line(self, oid: Oid, value: SmiValue) -> str:
        text = self.value_text(oid, value)
        if self.style.quick:
            text = _quick(value, text, self.style.render.numeric_ticks)
        if self.style.value_only:
            return text
        if self.style.quick and not self.style.quick_equals:
            return f"{self.name(oid)} {text}"
        return f"{self.name(oid)} = {text}"

    def varbinds(self, varbinds: Iterable[VarBind]) -> None:
        lines = [self.line(oid, value) for oid, value in varbinds]
        if lines:
            # No flush: a terminal's stdout is line-buffered anyway, and on a pipe a flush per
            # batch was a write and a wake-up of the reader per GETNEXT step (net-snmp's
            # stdio does not flush either). complain() flushes first, so order is kept.
            self.out.write("\n".join(lines) + "\n")

    def say(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def complain(self, text: str) -> None:
        self.out.flush()  # what came before the complaint is shown before it
        self.err.write(text + "\n")
        self.err.flush()

    # ---------------------------------------------------------------- net-snmp's messages
    def error_in_packet(
        self, status: int, index: int, varbinds: Sequence[VarBind], dot: bool
    ) -> str:
        """``Error in packet[.]`` / ``Reason: ...`` / ``Failed object: ...`` exactly as
        net-snmp writes them (snmpget has no dot after "packet"; getnext, bulkget, set and
        the walks have one). The failed object is the response's ``index``-th varbind; an
        index past the response's varbinds leaves the line empty, as net-snmp does."""
        text = f"Error in packet{'.' if dot else ''}\nReason: {error_string(status)}\n"
        if index != 0:
            text += "Failed object: "
            if 1 <= index <= len(varbinds):
                text += self.name(varbinds[index - 1][0]) + "\n"
            text += "\n"
        return text

    # ---------------------------------------------------------------- JSON
    def json_varbind(self, oid: Oid, value: SmiValue) -> dict[str, Any]:
        names = self._json_names or self.names or default_names()
        encoded = value_to_json(value)
        item: dict[str, Any] = {
            "oid": "." + oid_to_str(oid),
            "name": names.oid_to_name(oid),
            "type": encoded.pop("syntax"),
            "value": encoded.pop("value"),
        }
        item.update(encoded)  # "encoding": "hex" for binary octets
        item["text"] = self.value_text(oid, value)
        return item

    def json_document(self, document: dict[str, Any]) -> None:
        import json

        self.out.write(json.dumps(document, ensure_ascii=False) + "\n")
        self.out.flush()


def _quick(value: SmiValue, text: str, numeric_ticks: bool) -> str:
    if value.syntax == Syntax.TIMETICKS and isinstance(value.value, int) and not numeric_ticks:
        return quick_ticks(value.value)
    if text.startswith("Hex-STRING: "):
        # net-snmp quotes hex dumps when it drops the label (trailing space included).
        return '"' + text.removeprefix("Hex-STRING: ") + '"'
    if text.startswith("BITS: ") and isinstance(value.value, bytes):
        # BITS too, and without the bit names (net-snmp's sprint_realloc_bitstring)
        return '"' + hex_octets(value.value) + '"'
    quick_prefix, enum_label = _quick_patterns()
    stripped, labelled = quick_prefix.subn("", text, count=1)
    if value.syntax == Syntax.INT and labelled:
        enum = enum_label.match(stripped)
        if enum:
            return enum.group(1) + enum.group(3)
    return stripped
