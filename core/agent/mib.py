"""The embedded demo agent's MIB: SNMP GET/GETNEXT/GETBULK/SET semantics over a data set.

:class:`DemoMib` is pure Python (no sockets) and thread-safe: one lock per instance, and every
request reads the clocks once, so a response is a consistent snapshot. The data set is
``resources/demo_agent/router.json`` (format documented in
:mod:`snmpscope.core.agent.data`): a small edge router with system, 12 interfaces
(ifTable + ifXTable), ip (ipAddrTable, ipRouteTable, ipNetToMediaTable, ipCidrRouteTable),
icmp, tcp (tcpConnTable), udp (udpTable), snmp and host-resources (hrSystem, hrStorageTable)
groups. Counters move with the elapsed time of an injectable clock; sysUpTime counts from
the agent's start.

Driving it from a listener loop: decode a PDU, call :meth:`DemoMib.respond` with its type,
varbinds, the message version and its error-status/error-index fields (which carry
non-repeaters/max-repetitions in a GETBULK), and send back the ``(error_status,
error_index, varbinds)`` it returns in a Response-PDU with the same request-id.

Protocol behaviour (RFC 3416, and RFC 3584 for SNMPv1):

* GET: SNMPv2c/v3 answers noSuchObject when no implemented object type covers the name and
  noSuchInstance when one does (also for the object type's own OID, as net-snmp does);
  SNMPv1 fails the whole request with noSuchName and the 1-based index of the first bad
  varbind, echoing the request varbinds. Counter64 objects do not exist for SNMPv1.
* GETNEXT: the next instance in lexicographic order; past the end endOfMibView (v1:
  noSuchName); SNMPv1 skips Counter64 instances.
* GETBULK (not in SNMPv1): non-repeaters first, then max-repetitions rounds over the
  repeaters; stops early once every repeater is at endOfMibView; the response is cut to
  ``max_bulk_varbinds`` varbinds.
* SET: every varbind is checked before anything changes (atomic): notWritable (unknown
  object or read-only object), wrongType, wrongLength, wrongValue, noCreation (writable
  object, but no such instance: the demo creates no rows, so inconsistentName never
  arises); SNMPv1 maps them to noSuchName/badValue as RFC 3584 §4.4 says.
"""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from snmpscope.core.agent.data import DEFAULT_RESOURCE, build_tree, load_resource
from snmpscope.core.agent.model import Moment, ObjectType, Variable
from snmpscope.core.constants import (
    V2_TO_V1_ERROR_STATUS,
    ApiError,
    ErrorStatus,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import NULL_VALUE, SmiValue

VarBind = tuple[Oid, SmiValue]
Response = tuple[int, int, list[VarBind]]

NO_SUCH_OBJECT = SmiValue(Syntax.NOSUCHOBJECT, None)
NO_SUCH_INSTANCE = SmiValue(Syntax.NOSUCHINSTANCE, None)
END_OF_MIB_VIEW = SmiValue(Syntax.ENDOFMIBVIEW, None)

DEFAULT_MAX_BULK_VARBINDS = 100


class DemoMib:
    """The demo router's MIB with SNMP request semantics; see the module docstring.

    ``clock`` (monotonic seconds) drives uptimes and counters, ``wall_clock`` (Unix time)
    hrSystemDate; both are read once per request. ``data`` is a parsed data file (default:
    the shipped router). ``max_bulk_varbinds`` caps a GETBULK response.
    """

    def __init__(
        self,
        data: dict[str, Any] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        max_bulk_varbinds: int = DEFAULT_MAX_BULK_VARBINDS,
    ) -> None:
        tree = build_tree(data if data is not None else load_resource(DEFAULT_RESOURCE))
        self._variables: dict[Oid, Variable] = tree.variables
        self._objects: dict[Oid, ObjectType] = tree.objects
        # Rows are never created or deleted, so the order is computed once.
        self._order: list[Oid] = sorted(self._variables)
        self._object_lengths = sorted({len(oid) for oid in self._objects}, reverse=True)
        self._clock = clock
        self._wall_clock = wall_clock
        self._start = clock()
        self._lock = threading.Lock()
        self.max_bulk_varbinds = max(1, max_bulk_varbinds)

    @classmethod
    def from_resource(cls, name: str = DEFAULT_RESOURCE, **kwargs: Any) -> DemoMib:
        """A DemoMib over another data file in ``resources/demo_agent``."""
        return cls(load_resource(name), **kwargs)

    # --- introspection ---------------------------------------------------------------------

    def __len__(self) -> int:
        """Number of object instances served."""
        return len(self._order)

    def oids(self) -> list[Oid]:
        """Every instance OID, in lexicographic order."""
        return list(self._order)

    def snapshot(self) -> list[VarBind]:
        """Every instance and its value at one moment (what a full walk would see)."""
        with self._lock:
            moment = self._now()
            return [(oid, self._variables[oid].read(moment)) for oid in self._order]

    def uptime_ticks(self) -> int:
        """sysUpTime now, in hundredths of a second."""
        with self._lock:
            return int(self._now().uptime_ticks)

    def _now(self) -> Moment:
        return Moment(self._clock() - self._start, self._wall_clock())

    # --- dispatch --------------------------------------------------------------------------

    def respond(
        self,
        pdu_type: int,
        varbinds: Sequence[VarBind],
        version: int,
        error_status: int = 0,
        error_index: int = 0,
    ) -> Response:
        """Answer one request PDU; for GETBULK the two error fields are the bulk parameters."""
        oids = [oid for oid, _ in varbinds]
        if pdu_type == PduType.GET:
            return self.get(oids, version)
        if pdu_type == PduType.GETNEXT:
            return self.get_next(oids, version)
        if pdu_type == PduType.GETBULK:
            return self.get_bulk(oids, error_status, error_index, version)
        if pdu_type == PduType.SET:
            return self.set(varbinds, version)
        raise SnmpApiError(ApiError.PDU_INVALID, f"an agent does not answer PDU type {pdu_type:#x}")

    # --- GET -------------------------------------------------------------------------------

    def get(self, oids: Sequence[Oid], version: int) -> Response:
        """GetRequest-PDU."""
        with self._lock:
            moment = self._now()
            out: list[VarBind] = []
            for position, requested in enumerate(oids, start=1):
                oid = tuple(requested)
                variable = self._variables.get(oid)
                if variable is not None and not _hidden(variable, version):
                    out.append((oid, variable.read(moment)))
                    continue
                if version == SnmpVersion.V1:
                    return _v1_failure(ErrorStatus.NOSUCHNAME, position, oids)
                known = variable is not None or self._object_of(oid) is not None
                out.append((oid, NO_SUCH_INSTANCE if known else NO_SUCH_OBJECT))
            return ErrorStatus.NOERROR, 0, out

    def _object_of(self, oid: Oid) -> ObjectType | None:
        """The implemented object type whose OID is ``oid`` or a prefix of it."""
        for length in self._object_lengths:
            if length <= len(oid):
                obj = self._objects.get(oid[:length])
                if obj is not None:
                    return obj
        return None

    # --- GETNEXT ---------------------------------------------------------------------------

    def get_next(self, oids: Sequence[Oid], version: int) -> Response:
        """GetNextRequest-PDU."""
        with self._lock:
            moment = self._now()
            out: list[VarBind] = []
            for position, oid in enumerate(oids, start=1):
                found = self._next(tuple(oid), version, moment)
                if found is None:
                    if version == SnmpVersion.V1:
                        return _v1_failure(ErrorStatus.NOSUCHNAME, position, oids)
                    out.append((tuple(oid), END_OF_MIB_VIEW))
                else:
                    out.append(found)
            return ErrorStatus.NOERROR, 0, out

    def _next(self, oid: Oid, version: int, moment: Moment) -> VarBind | None:
        order = self._order
        for position in range(bisect.bisect_right(order, oid), len(order)):
            candidate = order[position]
            variable = self._variables[candidate]
            if not _hidden(variable, version):
                return candidate, variable.read(moment)
        return None

    # --- GETBULK ---------------------------------------------------------------------------

    def get_bulk(
        self,
        oids: Sequence[Oid],
        non_repeaters: int,
        max_repetitions: int,
        version: int,
    ) -> Response:
        """GetBulkRequest-PDU (RFC 3416 §4.2.3); SNMPv1 has none."""
        if version == SnmpVersion.V1:
            raise SnmpApiError(ApiError.PDU_INVALID, "GETBULK does not exist in SNMPv1")
        names = [tuple(oid) for oid in oids]
        n = min(max(non_repeaters, 0), len(names))
        m = max(max_repetitions, 0)
        limit = self.max_bulk_varbinds
        with self._lock:
            moment = self._now()
            out: list[VarBind] = []
            for oid in names[:n]:
                out.append(self._next(oid, version, moment) or (oid, END_OF_MIB_VIEW))
            cursors = names[n:]
            for _ in range(m if cursors else 0):
                if len(out) >= limit:
                    break
                row: list[VarBind] = []
                for oid in cursors:
                    row.append(self._next(oid, version, moment) or (oid, END_OF_MIB_VIEW))
                out.extend(row)
                cursors = [oid for oid, _ in row]
                if all(value.syntax == Syntax.ENDOFMIBVIEW for _, value in row):
                    break
            return ErrorStatus.NOERROR, 0, out[:limit]

    # --- SET -------------------------------------------------------------------------------

    def set(self, varbinds: Sequence[VarBind], version: int) -> Response:
        """SetRequest-PDU: validate every varbind, then commit all or nothing."""
        request = [(tuple(oid), value) for oid, value in varbinds]
        with self._lock:
            moment = self._now()
            for position, (oid, value) in enumerate(request, start=1):
                status = self._check_write(oid, value, version)
                if status:
                    if version == SnmpVersion.V1:
                        status = V2_TO_V1_ERROR_STATUS.get(status, ErrorStatus.GENERR)
                    return status, position, list(request)
            for oid, value in request:
                self._commit(oid, value, moment)
            return ErrorStatus.NOERROR, 0, list(request)

    def _check_write(self, oid: Oid, value: SmiValue, version: int) -> int:
        obj = self._object_of(oid)
        if obj is None or obj.write is None:
            return int(ErrorStatus.NOTWRITABLE)
        if version == SnmpVersion.V1 and value.syntax == Syntax.CNTR64:
            return int(ErrorStatus.WRONGTYPE)
        status = int(obj.write.check(value))
        if status:
            return status
        if oid not in self._variables:
            return int(ErrorStatus.NOCREATION)
        return int(ErrorStatus.NOERROR)

    def _commit(self, oid: Oid, value: SmiValue, moment: Moment) -> None:
        # _check_write made sure the instance exists and its object type is writable.
        self._variables[oid].store(value, moment)


def _hidden(variable: Variable, version: int) -> bool:
    # RFC 3584 §4.2.2.1: an SNMPv1 request never sees Counter64 objects.
    return bool(version == SnmpVersion.V1 and variable.syntax == Syntax.CNTR64)


def _v1_failure(status: int, position: int, oids: Sequence[Oid]) -> Response:
    return status, position, [(tuple(oid), NULL_VALUE) for oid in oids]


__all__ = ["DEFAULT_MAX_BULK_VARBINDS", "DemoMib", "Response", "VarBind"]
