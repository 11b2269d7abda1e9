"""Object identifiers as tuples of ints: parsing, formatting, validation and comparison."""

from __future__ import annotations

from collections.abc import Iterable

from snmpscope.core.constants import MAXOBJIDSIZE, MAXOBJIDSTRSIZE, MINOBJIDSIZE, ApiError
from snmpscope.core.errors import SnmpApiError

Oid = tuple[int, ...]

MAX_SUBID = 0xFFFFFFFF


def oid_from_str(text: str) -> Oid:
    """Parse a dotted-decimal OID (``"1.3.6.1"``; a leading dot as net-snmp prints it is allowed).

    Raises ``SnmpApiError(OID_INVALID)`` naming what is wrong: empty, too long a string
    (over 1408 bytes), a non-numeric or out-of-range sub-identifier, fewer than 2 or more than
    128 sub-identifiers.
    """
    if not isinstance(text, str):
        raise SnmpApiError(
            ApiError.OID_INVALID, f"an OID string is text, not {type(text).__name__}"
        )
    if len(text.encode("utf-8")) >= MAXOBJIDSTRSIZE + 1:
        raise SnmpApiError(
            ApiError.OID_INVALID, f"OID string is longer than {MAXOBJIDSTRSIZE} bytes"
        )
    body = text.strip()
    if body.startswith("."):
        body = body[1:]
    if not body:
        raise SnmpApiError(ApiError.OID_INVALID, "empty OID string")
    parts = body.split(".")
    subids: list[int] = []
    for position, part in enumerate(parts, start=1):
        if not part.isdigit() or not part.isascii():
            raise SnmpApiError(
                ApiError.OID_INVALID,
                f"sub-identifier {position} ({part!r}) of {text!r} is not a decimal number",
            )
        value = int(part)
        if value > MAX_SUBID:
            raise SnmpApiError(
                ApiError.OID_INVALID,
                f"sub-identifier {position} ({part}) of {text!r} is larger than 2^32-1",
            )
        subids.append(value)
    return validate_oid(subids)


def validate_oid(oid: Iterable[int]) -> Oid:
    """Return ``oid`` as a tuple after checking its length (2..128) and sub-identifier range."""
    try:
        result = tuple(oid)
    except TypeError:
        raise SnmpApiError(ApiError.OID_INVALID, "an OID is a sequence of integers") from None
    if len(result) < MINOBJIDSIZE:
        raise SnmpApiError(
            ApiError.OID_INVALID,
            f"an OID needs at least {MINOBJIDSIZE} sub-identifiers, got {len(result)}",
        )
    if len(result) > MAXOBJIDSIZE:
        raise SnmpApiError(
            ApiError.OID_INVALID,
            f"an OID has at most {MAXOBJIDSIZE} sub-identifiers, got {len(result)}",
        )
    for position, subid in enumerate(result, start=1):
        if isinstance(subid, bool) or not isinstance(subid, int) or not 0 <= subid <= MAX_SUBID:
            raise SnmpApiError(
                ApiError.OID_INVALID,
                f"sub-identifier {position} ({subid!r}) is not an integer in 0..2^32-1",
            )
    return result


def oid_to_str(oid: Iterable[int]) -> str:
    """Dotted-decimal text of ``oid`` (no leading dot)."""
    return ".".join(str(subid) for subid in oid)


def oid_compare(x: Oid, y: Oid, maxlen: int = 0) -> int:
    """WinSNMP ``SnmpOidCompare``: -1, 0 or 1.

    Compares the first ``k = min(len(x), len(y), maxlen or inf)`` sub-identifiers; if they are
    equal and ``maxlen`` is non-zero and ``k == maxlen`` the OIDs are equal (a prefix test),
    otherwise the shorter OID is the smaller. Either OID may be empty.
    """
    if maxlen < 0 or maxlen > MAXOBJIDSIZE:
        raise SnmpApiError(ApiError.SIZE_INVALID, f"maxlen {maxlen} is outside 0..{MAXOBJIDSIZE}")
    k = min(len(x), len(y))
    if maxlen:
        k = min(k, maxlen)
    for a, b in zip(x[:k], y[:k], strict=True):
        if a != b:
            return -1 if a < b else 1
    if maxlen and k == maxlen:
        return 0
    if len(x) == len(y):
        return 0
    return -1 if len(x) < len(y) else 1


def is_prefix(prefix: Oid, oid: Oid) -> bool:
    """True when ``oid`` starts with ``prefix`` (an OID is a prefix of itself)."""
    return len(oid) >= len(prefix) and oid[: len(prefix)] == prefix
