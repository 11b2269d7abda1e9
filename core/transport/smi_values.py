"""Conversion between :class:`SmiValue` and pysnmp's pyasn1 value objects (v1 and v2c).

This is the only place where pyasn1 values meet the resource model's values; the codec calls it
in both directions, so no pyasn1 object ever leaves the transport.

Wire-identical syntaxes cannot be told apart after a round trip: BITS travels as an OCTET
STRING (RFC 2578 §7.1.4), the historic UInteger32 (0x47) as Unsigned32/Gauge32 ([APPLICATION
2]) and the historic NsapAddress as an OCTET STRING (RFC 1902 dropped both types, pysnmp has
neither), so they decode as OCTETS, GAUGE32 and OCTETS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pysnmp.proto import rfc1155, rfc1902, rfc1905
from pysnmp.proto.api import v1

from snmpscope.core.constants import Syntax
from snmpscope.core.smi.values import INT32_MAX, INT32_MIN, NULL_VALUE, SmiValue


class ValueConversionError(ValueError):
    """A value cannot be represented in the requested SNMP version (or came in malformed)."""


# ------------------------------------------------------------------ SmiValue -> pyasn1
def _octets(value: SmiValue) -> bytes:
    payload = value.value
    if not isinstance(payload, bytes):
        raise ValueConversionError(f"syntax {value.syntax:#04x} needs bytes, not {payload!r}")
    return payload


def _number(value: SmiValue) -> int:
    payload = value.value
    if isinstance(payload, bool) or not isinstance(payload, int):
        raise ValueConversionError(f"syntax {value.syntax:#04x} needs an int, not {payload!r}")
    return payload


def _int32(value: SmiValue) -> int:
    # SNMPv1's INTEGER is unbounded in ASN.1 (RFC 1157); SMI's is Integer32 in both versions.
    number = _number(value)
    if not INT32_MIN <= number <= INT32_MAX:
        raise ValueConversionError(f"INTEGER value {number} is outside {INT32_MIN}..{INT32_MAX}")
    return number


def _oid(value: SmiValue) -> tuple[int, ...]:
    payload = value.value
    if not isinstance(payload, tuple):
        raise ValueConversionError(f"an OID value needs a tuple, not {payload!r}")
    return payload


_V2C_BUILDERS: dict[int, Callable[[SmiValue], Any]] = {
    Syntax.INT: lambda v: rfc1902.Integer32(_number(v)),
    Syntax.OCTETS: lambda v: rfc1902.OctetString(_octets(v)),
    Syntax.BITS: lambda v: rfc1902.OctetString(_octets(v)),
    Syntax.NSAPADDR: lambda v: rfc1902.OctetString(_octets(v)),
    Syntax.NULL: lambda v: rfc1902.Null(""),
    Syntax.OID: lambda v: rfc1902.ObjectIdentifier(_oid(v)),
    Syntax.IPADDR: lambda v: rfc1902.IpAddress(_octets(v)),
    Syntax.CNTR32: lambda v: rfc1902.Counter32(_number(v)),
    Syntax.GAUGE32: lambda v: rfc1902.Gauge32(_number(v)),
    Syntax.UINT32: lambda v: rfc1902.Unsigned32(_number(v)),
    Syntax.TIMETICKS: lambda v: rfc1902.TimeTicks(_number(v)),
    Syntax.OPAQUE: lambda v: rfc1902.Opaque(_octets(v)),
    Syntax.CNTR64: lambda v: rfc1902.Counter64(_number(v)),
    Syntax.NOSUCHOBJECT: lambda v: rfc1905.noSuchObject,
    Syntax.NOSUCHINSTANCE: lambda v: rfc1905.noSuchInstance,
    Syntax.ENDOFMIBVIEW: lambda v: rfc1905.endOfMibView,
}

_V1_BUILDERS: dict[int, Callable[[SmiValue], Any]] = {
    Syntax.INT: lambda v: v1.Integer(_int32(v)),
    Syntax.OCTETS: lambda v: v1.OctetString(_octets(v)),
    Syntax.BITS: lambda v: v1.OctetString(_octets(v)),
    Syntax.NSAPADDR: lambda v: v1.OctetString(_octets(v)),
    Syntax.NULL: lambda v: v1.null,
    Syntax.OID: lambda v: v1.ObjectIdentifier(_oid(v)),
    Syntax.IPADDR: lambda v: v1.IpAddress(_octets(v)),
    Syntax.CNTR32: lambda v: v1.Counter(_number(v)),
    Syntax.GAUGE32: lambda v: v1.Gauge(_number(v)),
    Syntax.UINT32: lambda v: v1.Gauge(_number(v)),
    Syntax.TIMETICKS: lambda v: v1.TimeTicks(_number(v)),
    Syntax.OPAQUE: lambda v: v1.Opaque(_octets(v)),
}


def to_pysnmp(value: SmiValue, v1_message: bool) -> Any:
    """The pysnmp object for ``value`` in an SNMPv1 (``v1_message``) or SNMPv2c message.

    Raises :class:`ValueConversionError` for Counter64 and the three v2c exceptions in v1
    (SNMPv1 has no such types) and for an unknown syntax.
    """
    builders = _V1_BUILDERS if v1_message else _V2C_BUILDERS
    build = builders.get(value.syntax)
    if build is None:
        if v1_message and value.syntax in _V2C_BUILDERS:
            raise ValueConversionError(
                f"{_syntax_name(value.syntax)} values do not exist in SNMPv1"
            )
        raise ValueConversionError(f"unknown value syntax {value.syntax!r}")
    try:
        return build(value)
    except ValueConversionError:
        raise
    except Exception as exc:  # pyasn1 constraint errors: out of range, wrong length
        raise ValueConversionError(
            f"{_syntax_name(value.syntax)} value {value.value!r} does not fit: {exc}"
        ) from None


def _syntax_name(syntax: int) -> str:
    try:
        return Syntax(syntax).name
    except ValueError:
        return hex(syntax)


# ------------------------------------------------------------------ pyasn1 -> SmiValue
_NETWORK_ADDRESS_TAGS = rfc1155.NetworkAddress.tagSet
_TAG_TO_SYNTAX: dict[Any, int] = {
    rfc1902.Integer32.tagSet: Syntax.INT,
    rfc1902.OctetString.tagSet: Syntax.OCTETS,
    rfc1902.Null.tagSet: Syntax.NULL,
    rfc1902.ObjectIdentifier.tagSet: Syntax.OID,
    rfc1902.IpAddress.tagSet: Syntax.IPADDR,
    rfc1902.Counter32.tagSet: Syntax.CNTR32,
    rfc1902.Gauge32.tagSet: Syntax.GAUGE32,
    rfc1902.TimeTicks.tagSet: Syntax.TIMETICKS,
    rfc1902.Opaque.tagSet: Syntax.OPAQUE,
    rfc1902.Counter64.tagSet: Syntax.CNTR64,
    rfc1905.NoSuchObject.tagSet: Syntax.NOSUCHOBJECT,
    rfc1905.NoSuchInstance.tagSet: Syntax.NOSUCHINSTANCE,
    rfc1905.EndOfMibView.tagSet: Syntax.ENDOFMIBVIEW,
}
_NUMBER_SYNTAXES = frozenset(
    {Syntax.INT, Syntax.CNTR32, Syntax.GAUGE32, Syntax.TIMETICKS, Syntax.CNTR64}
)
_OCTET_SYNTAXES = frozenset({Syntax.OCTETS, Syntax.IPADDR, Syntax.OPAQUE})
_EMPTY: dict[int, SmiValue] = {
    Syntax.NULL: NULL_VALUE,
    Syntax.NOSUCHOBJECT: SmiValue(Syntax.NOSUCHOBJECT, None),
    Syntax.NOSUCHINSTANCE: SmiValue(Syntax.NOSUCHINSTANCE, None),
    Syntax.ENDOFMIBVIEW: SmiValue(Syntax.ENDOFMIBVIEW, None),
}


def from_pysnmp(value: Any) -> SmiValue:
    """The :class:`SmiValue` of a decoded pysnmp value (v1 or v2c; the tags are shared).

    Values are taken as they came off the wire: pyasn1 checked the ranges pysnmp's types
    constrain, and an SNMPv1 INTEGER must fit Integer32 as in SNMPv2c (ASN.1 leaves it
    unbounded there, SMI does not).
    """
    tag_set = value.tagSet
    if tag_set == _NETWORK_ADDRESS_TAGS:  # SNMPv1 NetworkAddress CHOICE around an IpAddress
        value = value.getComponent()
        tag_set = value.tagSet
    syntax = _TAG_TO_SYNTAX.get(tag_set)
    if syntax is None:
        raise ValueConversionError(f"unsupported value type {type(value).__name__} ({tag_set})")
    if syntax in _NUMBER_SYNTAXES:
        number = int(value)
        if syntax == Syntax.INT and not INT32_MIN <= number <= INT32_MAX:
            # v2c's Integer32 is checked by pyasn1; v1's INTEGER is unbounded in ASN.1.
            raise ValueConversionError(f"INTEGER value {number} does not fit Integer32")
        return SmiValue(syntax, number)
    if syntax in _OCTET_SYNTAXES:
        return SmiValue(syntax, value.asOctets())
    if syntax == Syntax.OID:
        return SmiValue(syntax, value.asTuple())
    return _EMPTY[syntax]
