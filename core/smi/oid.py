"""Object identifiers as tuples of ints: parsing, formatting, validation and comparison.

:func:`validate_oid` is the one place where an OID is checked, whatever it enters through
(the facade, the Pythonic API, MIB names, typed values, the command line): a sequence of
128 integers at most, each in 0..2^32-1, whose first two arcs can be encoded (X.690 §8.19.4:
the first arc is 0, 1 or 2, and under 0 and 1 the second is below 40, because the two travel
as one sub-identifier ``40 * first + second``). An OID in a PDU needs at least 2
sub-identifiers (WinSNMP's minimum); a walk root may have one (``.1``, ``iso``), and
SnmpOidCompare takes any length from 0: ``min_length`` says which.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from snmpscope.core.constants import MAXOBJIDSIZE, MAXOBJIDSTRSIZE, MINOBJIDSIZE, ApiError
from snmpscope.core.errors import SnmpApiError

Oid = tuple[int, ...]

MAX_SUBID = 0xFFFFFFFF
WALK_ROOT_MIN = 1  # a walk root may be a single arc (net-snmp walks .1)
MAX_FIRST_ARC = 2
MAX_SECOND_ARC_UNDER_0_1 = 39


def oid_from_str(text: str, min_length: int = MINOBJIDSIZE) -> Oid:
    """Parse a dotted-decimal OID (``"1.3.6.1"``; a leading dot as net-snmp prints it is allowed).

    Raises ``SnmpApiError(OID_INVALID)`` naming what is wrong: empty, too long a string
    (over 1408 bytes), a non-numeric or out-of-range sub-identifier, fewer than ``min_length``
    (2) or more than 128 sub-identifiers, first arcs X.690 cannot encode (:func:`validate_oid`).
    """
    if not isinstance(text, str):
        raise SnmpApiError(
            ApiError.OID_INVALID, f"an OID string is text, not {type(text).__name__}"
        )
    # surrogatepass: a lone surrogate (from a badly decoded argv) is counted, then refused below
    if len(text.encode("utf-8", "surrogatepass")) >= MAXOBJIDSTRSIZE + 1:
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
    return validate_oid(subids, min_length)


_PLAIN_INT = frozenset((int,))  # not bool, not an int subclass: those take the long way


def validate_oid(oid: Iterable[int], min_length: int = MINOBJIDSIZE) -> Oid:
    """Return ``oid`` as a tuple after checking it (see the module docstring).

    ``min_length`` is 2 for OIDs that go into PDUs (the default), 1 for walk roots
    (:data:`WALK_ROOT_MIN`), 0 for comparisons. Text and bytes are not OIDs here (parse text
    with :func:`oid_from_str`), nor are mappings and sets (no order). Every failure is one
    ``SnmpApiError(OID_INVALID)`` line saying what is wrong; an impossible first or second
    arc names the whole OID.
    """
    if (
        type(oid) is tuple
        and 0 < len(oid) <= MAXOBJIDSIZE
        and len(oid) >= min_length
        and _PLAIN_INT.issuperset(map(type, oid))
        and min(oid) >= 0
        and max(oid) <= MAX_SUBID
    ):  # the common case, checked in C: a tuple of plain ints in range (every PDU's OIDs)
        _check_first_arcs(oid)
        return oid
    if isinstance(oid, str | bytes | bytearray | memoryview | Mapping | AbstractSet):
        raise SnmpApiError(
            ApiError.OID_INVALID,
            f"an OID is a sequence of integers, not {type(oid).__name__}",
        )
    try:
        result = tuple(oid)
    except TypeError:
        raise SnmpApiError(
            ApiError.OID_INVALID,
            f"an OID is a sequence of integers, not {type(oid).__name__}",
        ) from None
    if len(result) < min_length:
        raise SnmpApiError(
            ApiError.OID_INVALID,
            f"an OID needs at least {min_length} sub-identifiers, got {len(result)}",
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
                f"sub-identifier {position} ({_brief(subid)}) is not an integer in 0..2^32-1",
            )
    _check_first_arcs(result)
    return result


def _check_first_arcs(oid: Oid) -> None:
    """X.690 §8.19.4: the first two arcs are encoded together as ``40 * first + second``, so
    the first is 0..2 and, under 0 and 1, the second is 0..39 (any size under 2)."""
    if not oid:
        return
    first = oid[0]
    if first > MAX_FIRST_ARC:
        raise SnmpApiError(
            ApiError.OID_INVALID,
            f"{oid_to_str(oid)}: the first sub-identifier is {first}, "
            "but it must be 0, 1 or 2 (X.690 8.19.4)",
        )
    if len(oid) >= 2 and first < MAX_FIRST_ARC and oid[1] > MAX_SECOND_ARC_UNDER_0_1:
        raise SnmpApiError(
            ApiError.OID_INVALID,
            f"{oid_to_str(oid)}: the second sub-identifier is {oid[1]}, "
            f"but under {first} it must be 0..39 (X.690 8.19.4)",
        )


def _brief(value: object) -> str:
    """``repr`` cut to one short line (a sub-identifier can be anything a caller passed)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def oid_to_str(oid: Iterable[int]) -> str:
    """Dotted-decimal text of ``oid`` (no leading dot)."""
    return ".".join(map(str, oid))


def oid_compare(x: Oid, y: Oid, maxlen: int = 0) -> int:
    """WinSNMP ``SnmpOidCompare``: -1, 0 or 1.

    Compares the first ``k = min(len(x), len(y), maxlen or inf)`` sub-identifiers; if they are
    equal and ``maxlen`` is non-zero and ``k == maxlen`` the OIDs are equal (a prefix test),
    otherwise the shorter OID is the smaller. Either OID may be empty.
    """
    if isinstance(maxlen, bool) or not isinstance(maxlen, int) or not 0 <= maxlen <= MAXOBJIDSIZE:
        raise SnmpApiError(
            ApiError.SIZE_INVALID, f"maxlen {_brief(maxlen)} is not a number in 0..{MAXOBJIDSIZE}"
        )
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
