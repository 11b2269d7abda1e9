"""``smiVALUE`` as a small immutable record, with the range checks of each syntax."""

from __future__ import annotations

from snmpscope.core.constants import ApiError, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.records import FrozenRecord
from snmpscope.core.smi.oid import Oid, oid_to_str, validate_oid

ValuePayload = int | bytes | Oid | None

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
UINT32_MAX = 2**32 - 1
UINT64_MAX = 2**64 - 1

SIGNED_SYNTAXES = frozenset({Syntax.INT})
UNSIGNED32_SYNTAXES = frozenset({Syntax.CNTR32, Syntax.GAUGE32, Syntax.TIMETICKS, Syntax.UINT32})
OCTET_SYNTAXES = frozenset(
    {Syntax.OCTETS, Syntax.BITS, Syntax.IPADDR, Syntax.OPAQUE, Syntax.NSAPADDR}
)
EMPTY_SYNTAXES = frozenset(
    {Syntax.NULL, Syntax.NOSUCHOBJECT, Syntax.NOSUCHINSTANCE, Syntax.ENDOFMIBVIEW}
)
EXCEPTION_SYNTAXES = frozenset({Syntax.NOSUCHOBJECT, Syntax.NOSUCHINSTANCE, Syntax.ENDOFMIBVIEW})
VALID_SYNTAXES = (
    SIGNED_SYNTAXES
    | UNSIGNED32_SYNTAXES
    | OCTET_SYNTAXES
    | EMPTY_SYNTAXES
    | {Syntax.CNTR64, Syntax.OID}
)

SYNTAX_NAMES: dict[int, str] = {
    Syntax.INT: "INTEGER",
    Syntax.BITS: "BITS",
    Syntax.OCTETS: "STRING",
    Syntax.NULL: "NULL",
    Syntax.OID: "OID",
    Syntax.IPADDR: "IpAddress",
    Syntax.CNTR32: "Counter32",
    Syntax.GAUGE32: "Gauge32",
    Syntax.TIMETICKS: "Timeticks",
    Syntax.OPAQUE: "Opaque",
    Syntax.NSAPADDR: "NsapAddress",
    Syntax.CNTR64: "Counter64",
    Syntax.UINT32: "UInteger32",
    Syntax.NOSUCHOBJECT: "noSuchObject",
    Syntax.NOSUCHINSTANCE: "noSuchInstance",
    Syntax.ENDOFMIBVIEW: "endOfMibView",
}


class SmiValue(FrozenRecord):
    """A typed SNMP value: ``syntax`` is a :class:`Syntax` code, ``value`` its payload.

    Payload by syntax: ``int`` for INT and the unsigned/counter types, ``bytes`` for OCTETS,
    BITS, IPADDR (4 octets), OPAQUE and NSAPADDR, a tuple of ints for OID, ``None`` for NULL and
    the three v2c exceptions. Construct through :func:`make_value` to get the range checks.
    """

    __slots__ = ("syntax", "value")
    syntax: int
    value: ValuePayload

    def __init__(self, syntax: int, value: ValuePayload = None) -> None:
        object.__setattr__(self, "syntax", syntax)
        object.__setattr__(self, "value", value)

    def __eq__(self, other: object) -> bool:
        # Written out (values are compared and hashed far more than other records): 4x faster
        # than the generic one over __slots__, with the same result.
        if other.__class__ is SmiValue:
            return self.syntax == other.syntax and self.value == other.value
        return NotImplemented

    def __hash__(self) -> int:  # type: ignore[override]
        return hash((self.syntax, self.value))

    def __str__(self) -> str:
        return format_value_brief(self)


NULL_VALUE = SmiValue(Syntax.NULL, None)

VarBind = tuple[Oid, SmiValue]
"""One variable binding: an OID and its value."""


def make_value(syntax: int, value: object = None) -> SmiValue:
    """Validate ``value`` against ``syntax`` and build an :class:`SmiValue`.

    Raises ``SnmpApiError(SYNTAX_INVALID)`` for an unknown syntax (SEQUENCE included) or a payload
    that does not fit it (wrong type, out of range, an IpAddress that is not 4 octets).
    """
    try:
        if isinstance(syntax, bool) or not isinstance(syntax, int):  # Syntax(2.0) finds INT
            raise ValueError(syntax)
        syn = Syntax(syntax)
    except ValueError:
        text = repr(syntax)
        text = text if len(text) <= 40 else text[:37] + "..."
        raise SnmpApiError(ApiError.SYNTAX_INVALID, f"unknown value syntax {text}") from None
    if syn not in VALID_SYNTAXES:
        raise SnmpApiError(ApiError.SYNTAX_INVALID, f"syntax {syn.name} is not a varbind value")
    label = SYNTAX_NAMES.get(syn, syn.name)
    if syn in EMPTY_SYNTAXES:
        return SmiValue(syn, None)
    if syn in SIGNED_SYNTAXES:
        _check_int(value, INT32_MIN, INT32_MAX, label)
        return SmiValue(syn, int(value))  # type: ignore[call-overload]
    if syn in UNSIGNED32_SYNTAXES:
        _check_int(value, 0, UINT32_MAX, label)
        return SmiValue(syn, int(value))  # type: ignore[call-overload]
    if syn == Syntax.CNTR64:
        _check_int(value, 0, UINT64_MAX, label)
        return SmiValue(syn, int(value))  # type: ignore[call-overload]
    if syn == Syntax.OID:
        try:
            return SmiValue(syn, validate_oid(value))  # type: ignore[arg-type]
        except SnmpApiError as exc:
            raise SnmpApiError(ApiError.SYNTAX_INVALID, f"OID value: {exc.detail}") from None
    # octet-string family
    if isinstance(value, str):
        value = value.encode("utf-8")
    if not isinstance(value, bytes | bytearray | memoryview):
        raise SnmpApiError(
            ApiError.SYNTAX_INVALID, f"{label} needs bytes, not {type(value).__name__}"
        )
    data = bytes(value)
    if syn == Syntax.IPADDR and len(data) != 4:
        raise SnmpApiError(
            ApiError.SYNTAX_INVALID, f"IpAddress needs exactly 4 octets, got {len(data)}"
        )
    if len(data) > 65535:
        raise SnmpApiError(ApiError.SYNTAX_INVALID, f"{label} longer than 65535 octets")
    return SmiValue(syn, data)


def _check_int(value: object, low: int, high: int, label: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SnmpApiError(
            ApiError.SYNTAX_INVALID, f"{label} needs an integer, not {type(value).__name__}"
        )
    if not low <= value <= high:
        raise SnmpApiError(
            ApiError.SYNTAX_INVALID, f"{label} value {value} is outside {low}..{high}"
        )


def format_value_brief(value: SmiValue) -> str:
    """Short, syntax-only rendering (no MIB knowledge): ``Counter32: 5``, ``STRING: "x"``."""
    syn = value.syntax
    label = SYNTAX_NAMES.get(syn, str(syn))
    payload = value.value
    if syn in EXCEPTION_SYNTAXES:
        return label
    if syn == Syntax.NULL:
        return "NULL"
    if syn == Syntax.OID:
        return f"OID: .{oid_to_str(payload)}"  # type: ignore[arg-type]
    if syn == Syntax.IPADDR and isinstance(payload, bytes):
        return "IpAddress: " + ".".join(str(b) for b in payload)
    if isinstance(payload, bytes):
        if _printable(payload):
            return f'{label}: "{payload.decode("ascii")}"'
        return f"Hex-{label}: " + " ".join(f"{b:02X}" for b in payload)
    return f"{label}: {payload}"


def _printable(data: bytes) -> bool:
    return all(32 <= b < 127 or b in (9, 10, 13) for b in data)
