"""Walking a subtree the way net-snmp's ``snmpwalk`` / ``snmpbulkwalk`` do, but never for ever.

A walk asks GETNEXT (or GETBULK with non-repeaters 0) for the last OID it got, starting at the
root, and ends:

* on ``endOfMibView`` (or ``noSuchObject``/``noSuchInstance``, which no GETNEXT answer should
  carry): :attr:`WalkEnd.END_OF_MIB_VIEW` / :attr:`WalkEnd.EXCEPTION`; the exception varbind
  is kept in :attr:`Walk.end_varbind`, and it with the rest of that response inside the
  subtree in :attr:`Walk.end_varbinds` (what net-snmp prints after the last row: agents
  that repeat endOfMibView in a GETBULK answer get it printed once per repetition);
* on the first OID outside the subtree: :attr:`WalkEnd.END_OF_SUBTREE`;
* on an SNMPv1 ``noSuchName`` error status (the v1 way of saying "end of MIB"):
  :attr:`WalkEnd.NO_SUCH_NAME`;
* when the cancel event is set: :attr:`WalkEnd.CANCELLED` (no exception);
* with :class:`NonIncreasingOidError` after yielding the offending varbind, when an OID is not
  greater than the one before it (net-snmp: "OID not increasing"), unless
  ``allow_non_increasing`` (net-snmp's ``-Cc``); even then an OID seen twice stops the walk
  with the same error (``repeated=True``), because the agent would loop for ever;
* with ``SnmpApiError`` (TL_TIMEOUT ...) or ``SnmpProtocolError`` (any other error status).

When nothing at all was found under the root, the walk GETs the root itself, as net-snmp does
(a walk of ``sysDescr.0`` prints ``sysDescr.0``): :attr:`WalkEnd.ROOT_GET`, and the GET's
varbinds (exceptions included) are the last batch unless the GET failed.

The next request is on the wire before a batch is handed out (to ``on_batch`` and to the
iterating caller, who prints or shows it), so the agent answers while the caller is busy; it
is sent only when the walk goes on anyway, and cancelled if the caller stops iterating.

GETBULK needs SNMPv2c: with an SNMPv1 entity the walk uses GETNEXT (where net-snmp's
snmpbulkwalk refuses with "Cannot send V2 PDU on V1 session").

The root may be a single arc (``.1``, ``iso``: the usual way to dump a device), while an OID
in a PDU keeps WinSNMP's minimum of 2 sub-identifiers. A one-arc root ``r`` starts at
``r.0``, the smallest OID X.690 can encode under it (net-snmp encodes ``.1`` as ``0.1``, which
happens to work for ``.1`` but not for ``.2``): everything below ``r`` comes after it, and an
object at exactly ``r.0`` does not exist in practice (SMI objects live under ``1.3``, and
instances are longer than their object). Nothing can be at a one-arc OID either, so such a
root is never GET when its subtree is empty.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any

from snmpscope.core.api import Context, Entity
from snmpscope.core.client.response import RequestCancelled, Response, SnmpProtocolError
from snmpscope.core.constants import ApiError, ErrorStatus, PduType, SnmpVersion, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.oid import WALK_ROOT_MIN, Oid, is_prefix, oid_to_str, validate_oid
from snmpscope.core.smi.values import EXCEPTION_SYNTAXES, VarBind

if TYPE_CHECKING:
    from snmpscope.core.client.manager import InFlight, Manager

__all__ = ["NonIncreasingOidError", "Walk", "WalkEnd", "WalkError"]


class WalkEnd(Enum):
    """Why a walk stopped (see the module docstring)."""

    END_OF_MIB_VIEW = "endOfMibView"
    EXCEPTION = "exception value"
    END_OF_SUBTREE = "end of subtree"
    NO_SUCH_NAME = "noSuchName"
    ROOT_GET = "root GET"
    CANCELLED = "cancelled"


class WalkError(Exception):
    """A walk cannot go on for a reason of the agent's making (not a transport error)."""


class NonIncreasingOidError(WalkError):
    """The agent returned ``current`` after ``previous`` and ``current <= previous``.

    ``repeated`` is True when ``current`` had been returned before in this walk (the check
    that still applies with ``allow_non_increasing``).
    """

    def __init__(self, previous: Oid, current: Oid, repeated: bool = False) -> None:
        self.previous = previous
        self.current = current
        self.repeated = repeated
        if repeated:
            text = f"OID repeated: .{oid_to_str(current)} came back twice (the agent loops)"
        else:
            text = f"OID not increasing: .{oid_to_str(previous)} >= .{oid_to_str(current)}"
        super().__init__(text)


class Walk:
    """One walk; iterate it for batches (lists of ``(Oid, SmiValue)``), one per response.

    After iteration :attr:`end` says why it stopped; :attr:`requests`, :attr:`varbind_count`
    and :attr:`elapsed` describe it. A walk object iterates once.
    """

    def __init__(
        self,
        manager: Manager,
        entity: Entity,
        context: Context,
        root: Iterable[int],
        *,
        bulk: bool = True,
        max_repetitions: int = 25,
        allow_non_increasing: bool = False,
        cancel: threading.Event | None = None,
        on_batch: Callable[[list[VarBind]], None] | None = None,
        get_root_if_empty: bool = True,
    ) -> None:
        self.manager = manager
        self.entity = entity
        self.context = context
        self.root: Oid = validate_oid(root, min_length=WALK_ROOT_MIN)
        if bulk and max_repetitions < 1:
            raise SnmpApiError(
                ApiError.PDU_INVALID,
                f"a bulk walk needs max-repetitions of at least 1, not {max_repetitions}",
            )
        self.max_repetitions = max_repetitions
        self.bulk = bulk and entity.version != SnmpVersion.V1
        self.allow_non_increasing = allow_non_increasing
        self.cancel = cancel
        self.on_batch = on_batch
        self.get_root_if_empty = get_root_if_empty
        self.end: WalkEnd | None = None
        self.end_varbinds: list[VarBind] = []
        self.requests = 0
        self.varbind_count = 0
        self.elapsed = 0.0
        self._started = False

    def __iter__(self) -> Iterator[list[VarBind]]:
        if self._started:
            raise RuntimeError("a Walk iterates only once")
        self._started = True
        t0 = time.monotonic()
        try:
            yield from self._walk()
        finally:
            self.elapsed = time.monotonic() - t0

    @property
    def end_varbind(self) -> VarBind | None:
        """The exception varbind that ended the walk (endOfMibView ...), if one did."""
        return self.end_varbinds[0] if self.end_varbinds else None

    def run(self) -> list[VarBind]:
        """Iterate to the end and return every varbind."""
        found: list[VarBind] = []
        for batch in self:
            found.extend(batch)
        return found

    # ---------------------------------------------------------------- the loop
    @property
    def start(self) -> Oid:
        """The OID the first request asks for: the root, or ``r.0`` for a one-arc root."""
        return self.root if len(self.root) >= 2 else (*self.root, 0)

    def _walk(self) -> Iterator[list[VarBind]]:
        # The next request goes out before a batch is handed out (to on_batch and to the
        # iterating caller, which prints or shows it): the agent answers while we are busy.
        # It is sent only when the walk goes on anyway, and abandoned if the caller stops.
        current = self.start
        seen: set[Oid] | None = set() if self.allow_non_increasing else None
        flight: InFlight[Any] | None = None
        unsent: SnmpApiError | None = None  # the next request's send failed: raised in turn
        try:
            while self.end is None:
                if self.cancel is not None and self.cancel.is_set():
                    self.end = WalkEnd.CANCELLED
                    return
                if unsent is not None:
                    raise unsent
                try:
                    sent, flight = flight or self._send(current), None
                    response = self.manager.collect(sent)
                except RequestCancelled:
                    self.end = WalkEnd.CANCELLED
                    return
                batch, last, failure = self._take(response, current, seen)
                if batch and self.end is None and failure is None:
                    try:
                        flight = self._send(last)
                    except SnmpApiError as exc:
                        unsent = exc
                if batch:
                    self._deliver(batch)
                    yield batch
                if failure is not None:
                    raise failure
                current = last
        finally:
            if flight is not None:
                self.manager.abandon(flight)
        if (
            self.get_root_if_empty
            and len(self.root) >= 2  # nothing lives at a one-arc OID (none fits a PDU)
            and self.varbind_count == 0
            and not self.end_varbinds
            and self.end is not WalkEnd.CANCELLED
        ):
            yield from self._get_root()

    def _take(
        self, response: Response, current: Oid, seen: set[Oid] | None
    ) -> tuple[list[VarBind], Oid, NonIncreasingOidError | None]:
        """What one answer adds to the walk: its batch, the OID to go on from and the
        failure to raise after the batch; sets :attr:`end` when the walk is over."""
        if response.error_status:
            if response.error_status == ErrorStatus.NOSUCHNAME:
                self.end = WalkEnd.NO_SUCH_NAME
                return [], current, None
            raise SnmpProtocolError(response, [current])
        if not response.varbinds:
            raise WalkError(
                f"the agent answered the request for .{oid_to_str(current)} "
                "with no variable bindings"
            )
        batch: list[VarBind] = []
        last = current
        for position, (oid, value) in enumerate(response.varbinds):
            if not is_prefix(self.root, oid):
                self.end = WalkEnd.END_OF_SUBTREE
                break
            if value.syntax in EXCEPTION_SYNTAXES:
                self.end_varbinds = [
                    (o, v) for o, v in response.varbinds[position:] if is_prefix(self.root, o)
                ]
                self.end = (
                    WalkEnd.END_OF_MIB_VIEW
                    if value.syntax == Syntax.ENDOFMIBVIEW
                    else WalkEnd.EXCEPTION
                )
                break
            if seen is None:
                if oid <= last:
                    batch.append((oid, value))
                    return batch, last, NonIncreasingOidError(last, oid)
            elif oid in seen:
                return batch, last, NonIncreasingOidError(last, oid, repeated=True)
            else:
                seen.add(oid)
            batch.append((oid, value))
            last = oid
        return batch, last, None

    def _send(self, oid: Oid) -> InFlight[Any]:
        self.requests += 1
        if self.bulk:
            return self.manager.dispatch(
                self.entity,
                self.context,
                PduType.GETBULK,
                [(oid, None)],
                0,
                self.max_repetitions,
                cancel=self.cancel,
            )
        return self.manager.dispatch(
            self.entity, self.context, PduType.GETNEXT, [(oid, None)], cancel=self.cancel
        )

    def _deliver(self, batch: list[VarBind]) -> None:
        self.varbind_count += len(batch)
        if self.on_batch is not None:
            self.on_batch(batch)

    def _get_root(self) -> Iterator[list[VarBind]]:
        try:
            response = self.manager.request(
                self.entity, self.context, PduType.GET, [(self.root, None)], cancel=self.cancel
            )
        except RequestCancelled:
            self.end = WalkEnd.CANCELLED
            return
        self.requests += 1
        if response.error_status:
            return  # net-snmp prints nothing when this GET fails either
        if self.end is not WalkEnd.NO_SUCH_NAME:
            self.end = WalkEnd.ROOT_GET
        batch = list(response.varbinds)
        if batch:
            self._deliver(batch)
            yield batch
