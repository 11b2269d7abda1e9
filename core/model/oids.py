"""OID utilities of the API (reference §5.8): SnmpStrToOid, SnmpOidCopy's check, SnmpOidCompare.

The parsing and comparing live in :mod:`snmpscope.core.smi.oid`; what WinSNMP adds is that
they need a started application and write their failures to the last-error slot, so they
go through the handle table like every other call.
"""

from __future__ import annotations

from collections.abc import Iterable

from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.handles import HandleTable
from snmpscope.core.smi.oid import Oid, oid_compare, oid_from_str, validate_oid


class Oids:
    """The OID calls of one application."""

    def __init__(self, table: HandleTable) -> None:
        self._table = table
        self._lock = table.lock

    def str_to_oid(self, text: str | bytes) -> Oid:
        with self._lock:
            self._table.require_started()
            if isinstance(text, bytes | bytearray):
                text = bytes(text).decode("ascii", "replace")
            try:
                return oid_from_str(text)
            except SnmpApiError as exc:
                raise self._table.record(exc) from None

    def check_oid(self, oid: Iterable[int]) -> Oid:
        with self._lock:
            self._table.require_started()
            try:
                return validate_oid(oid)
            except SnmpApiError as exc:
                raise self._table.record(exc) from None

    def oid_compare(self, x: Iterable[int], y: Iterable[int], maxlen: int = 0) -> int:
        """SnmpOidCompare; either OID may be empty; maxlen > 128 is SIZE_INVALID."""
        with self._lock:
            self._table.require_started()
            try:
                xs, ys = _loose_oid(x), _loose_oid(y)
                return oid_compare(xs, ys, maxlen)
            except SnmpApiError as exc:
                raise self._table.record(exc) from None


def _loose_oid(oid: Iterable[int]) -> Oid:
    """An OID for comparison: like validate_oid, but empty and 1-element OIDs are allowed."""
    value = tuple(oid)
    if len(value) >= 2:
        return validate_oid(value)
    if any(
        isinstance(s, bool) or not isinstance(s, int) or not 0 <= s <= 0xFFFFFFFF for s in value
    ):
        raise SnmpApiError(ApiError.OID_INVALID, f"{value!r} is not an OID")
    return value
