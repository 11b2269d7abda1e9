"""OID utilities of the API (reference §5.8): SnmpStrToOid, SnmpOidCopy's check, SnmpOidCompare.

The parsing and comparing live in :mod:`snmpscope.core.smi.oid`; what WinSNMP adds is that
they need a started application and write their failures to the last-error slot, so they
go through the handle table like every other call.
"""

from __future__ import annotations

from collections.abc import Iterable

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
        """SnmpOidCompare; either OID may be empty or have one arc (reference §5.8), but what
        arcs there are must be possible ones (:func:`validate_oid`); a maxlen that is not a
        number in 0..128 is SIZE_INVALID."""
        with self._lock:
            self._table.require_started()
            try:
                xs, ys = validate_oid(x, min_length=0), validate_oid(y, min_length=0)
                return oid_compare(xs, ys, maxlen)
            except SnmpApiError as exc:
                raise self._table.record(exc) from None
