"""A high-level SNMP manager over the Pythonic API: request/response, walks, traps, informs.

Used by the command line and by the GUI's worker threads, so it is plain Python (no Qt),
thread-safe (one :class:`Manager` may serve several threads at once; see
:mod:`snmpscope.core.client.mailbox` for how answers find their thread) and cancellable
(every blocking call takes a ``threading.Event``).

Everything goes through the WinSNMP resource model: each request is a PDU handle created in
the manager's session, sent with SnmpSendMsg, answered through the session notification and
SnmpRecvMsg. The handles a call creates are freed before it returns unless ``keep=True``
(the GUI keeps the request and response PDUs to show them in its tree).

Errors, decided:

* :class:`~snmpscope.core.errors.SnmpApiError` for everything the API or the transport reports:
  ``TL_TIMEOUT`` (no answer after the entity's retries), ``TL_UNDELIVERABLE``, bad OIDs, ...
* :class:`SnmpProtocolError` when the agent answered with a non-zero error-status. The plain
  :meth:`Manager.request` never raises it (it returns the :class:`Response` as it came); the
  convenience calls :meth:`~Manager.get`, :meth:`~Manager.get_next`, :meth:`~Manager.get_bulk`,
  :meth:`~Manager.set` and :meth:`~Manager.inform` do.
* :class:`RequestCancelled` when the caller's cancel event stopped a request (a walk that is
  cancelled just ends, with :attr:`Walk.end` = :attr:`WalkEnd.CANCELLED`).
* :class:`NonIncreasingOidError` when a walk gets an OID that does not increase (see
  :mod:`snmpscope.core.client.walk`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from snmpscope.core.api import Context, Entity, Pdu, Session
from snmpscope.core.client.mailbox import Mailbox
from snmpscope.core.client.response import RequestCancelled, Response, SnmpProtocolError
from snmpscope.core.client.routing import Answer, Arrival
from snmpscope.core.constants import (
    ApiError,
    PduType,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.oid import Oid, validate_oid
from snmpscope.core.smi.values import SmiValue, VarBind

if TYPE_CHECKING:
    from snmpscope.core.client.traps import ReceivedNotification, TrapListener
    from snmpscope.core.client.walk import NonIncreasingOidError, Walk, WalkEnd, WalkError
    from snmpscope.core.smi.notification import VarBindInput, notification_varbinds, uptime_ticks

__all__ = [
    "Manager",
    "NonIncreasingOidError",
    "ReceivedNotification",
    "RequestCancelled",
    "Response",
    "SnmpProtocolError",
    "TrapListener",
    "VarBindInput",
    "Walk",
    "WalkEnd",
    "WalkError",
    "notification_varbinds",
    "uptime_ticks",
]


A = TypeVar("A")  # how an in-flight request's answer is awaited


class InFlight(Generic[A]):
    """A request :meth:`Manager.dispatch` sent: what :meth:`Manager.collect` needs; ``A``
    is how its answer is awaited (the mailbox's :class:`Answer` slot here, a future in the
    GUI service's requester)."""

    __slots__ = (
        "answer",
        "cancel",
        "context",
        "deadline",
        "entity",
        "keep",
        "pdu",
        "request_id",
        "sent_at",
    )

    def __init__(
        self,
        entity: Entity,
        context: Context,
        pdu: Pdu,
        request_id: int,
        answer: A,
        deadline: float,
        sent_at: float,
        keep: bool,
        cancel: threading.Event | None,
    ) -> None:
        self.entity, self.context, self.pdu = entity, context, pdu
        self.request_id, self.answer = request_id, answer
        self.deadline, self.sent_at, self.keep, self.cancel = deadline, sent_at, keep, cancel


def response_of(arrival: Arrival, peer: TransportAddress, community: bytes, rtt: float) -> Response:
    """The :class:`Response` of an answer's arrival (its handles, if any, stay with it)."""
    return Response(
        pdu_type=arrival.pdu_type,
        request_id=arrival.request_id,
        error_status=arrival.error_status,
        error_index=arrival.error_index,
        varbinds=arrival.varbinds,
        peer=peer,
        community=community,
        rtt=rtt,
    )


# Grace on top of the entity's own timeout x attempts before the manager stops waiting on its
# own. The transport normally reports TL_TIMEOUT long before; this only guards against a
# notification that never comes.
SAFETY_MARGIN_S = 5.0


class Manager:
    """An SNMP manager on one session (see the module docstring for the error model).

    ``Manager(session)`` needs a session opened with :meth:`Snmp.session` (listener
    notifications). Several managers and threads may share the session; a session a manager
    uses should not also call ``recv``/``wait_notification`` itself, as the manager receives
    everything that arrives on it.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.mailbox = Mailbox.of(session)

    # ---------------------------------------------------------------- the one request path
    def request(
        self,
        entity: Entity,
        context: Context,
        pdu_type: PduType | int,
        varbinds: Iterable[VarBindInput],
        non_repeaters: int = 0,
        max_repetitions: int = 0,
        *,
        keep: bool = False,
        cancel: threading.Event | None = None,
    ) -> Response:
        """Send one confirmed request and wait for its answer.

        Returns the :class:`Response` whatever its error status. Raises ``SnmpApiError``
        (``TL_TIMEOUT`` after the entity's retries, ``TL_UNDELIVERABLE``, invalid handles or
        varbinds ...) or :class:`RequestCancelled`.
        """
        return self.collect(
            self.dispatch(
                entity,
                context,
                pdu_type,
                varbinds,
                non_repeaters,
                max_repetitions,
                keep=keep,
                cancel=cancel,
            )
        )

    def dispatch(
        self,
        entity: Entity,
        context: Context,
        pdu_type: PduType | int,
        varbinds: Iterable[VarBindInput],
        non_repeaters: int = 0,
        max_repetitions: int = 0,
        *,
        keep: bool = False,
        cancel: threading.Event | None = None,
    ) -> InFlight[Answer]:
        """The first half of :meth:`request`: send it and return at once. Every
        :class:`InFlight` must reach :meth:`collect` (its answer) or :meth:`abandon`; a walk
        uses the halves to have its next request on the wire while it hands out a batch."""
        session = self.session
        pdu = session.pdu(
            pdu_type, varbinds, non_repeaters=non_repeaters, max_repetitions=max_repetitions
        )
        try:
            request_id = pdu.request_id
            deadline = self._deadline(entity)
            answer = self.mailbox.expect(request_id, handles=keep)
            sent_at = time.monotonic()
            try:
                session.send(entity, context, pdu)
            except BaseException:
                self.mailbox.forget(request_id, answer)
                raise
        except BaseException:
            if pdu.valid:
                pdu.free()
            raise
        return InFlight(entity, context, pdu, request_id, answer, deadline, sent_at, keep, cancel)

    def collect(self, flight: InFlight[Answer]) -> Response:
        """The second half of :meth:`request`: wait for the answer of a :meth:`dispatch`."""
        session, pdu, request_id = self.session, flight.pdu, flight.request_id
        cancel = flight.cancel
        kept = False
        try:
            try:
                arrival = self.mailbox.wait(flight.answer, flight.deadline, cancel)
            except BaseException:  # Ctrl-C while waiting: leave nothing outstanding behind
                self._abandon(request_id, flight.answer)
                raise
            if arrival is None:
                self._abandon(request_id, flight.answer)
                if cancel is not None and cancel.is_set():
                    raise RequestCancelled(request_id)
                raise SnmpApiError(
                    ApiError.TL_TIMEOUT,
                    f"no answer and no transport notice for request {request_id} "
                    f"from {flight.entity.address.text()}",
                    session.handle,
                )
            response = self._response(arrival, pdu, flight.sent_at, flight.keep, flight.entity)
            kept = flight.keep
            return response
        finally:
            if not kept and pdu.valid:
                pdu.free()

    def abandon(self, flight: InFlight[Answer]) -> None:
        """Give up a :meth:`dispatch` nobody will collect: cancelled, its handles freed."""
        self._abandon(flight.request_id, flight.answer)
        if flight.pdu.valid:
            flight.pdu.free()

    def _deadline(self, entity: Entity) -> float:
        timeout_cs, retry = entity.timing
        return time.monotonic() + timeout_cs / 100 * (retry + 1) * 2 + SAFETY_MARGIN_S

    def _abandon(self, request_id: int, answer: Answer) -> None:
        try:
            if self.session.app.is_outstanding(self.session.handle, request_id):
                self.session.cancel(request_id)
        except SnmpApiError:
            pass  # answered or timed out in between: nothing is outstanding any more
        self.mailbox.forget(request_id, answer)

    def _response(
        self, arrival: Arrival, request: Pdu, sent_at: float, keep: bool, entity: Entity
    ) -> Response:
        message = arrival.message
        if arrival.error:
            arrival.free()
            raise SnmpApiError(
                arrival.error,
                f"request {request.request_id} to {entity.address.text()}",
                self.session.handle,
            )
        if message is None:  # nobody keeps it: the answer's data came without handles
            assert arrival.src is not None
            rtt = arrival.rtt_s if arrival.rtt_s is not None else arrival.received_at - sent_at
            return response_of(arrival, arrival.src, arrival.community, rtt)
        try:
            data = message.pdu.data
            peer = message.src.address
            community = message.context.community
            rtt = arrival.received_at - sent_at
            rtt_ms = request.status.rtt_ms
            if rtt_ms is not None:
                rtt = rtt_ms / 1000
        except BaseException:
            message.free()
            raise
        if not keep:
            message.free()
        return Response(
            pdu_type=data.type,
            request_id=data.request_id,
            error_status=data.error_status,
            error_index=data.error_index,
            varbinds=tuple(data.varbinds),
            peer=peer,
            community=community,
            rtt=rtt,
            request_pdu=request if keep else None,
            message=message if keep else None,
        )

    # ---------------------------------------------------------------- conveniences
    def _read(
        self,
        pdu_type: PduType,
        entity: Entity,
        context: Context,
        oids: Iterable[Iterable[int]],
        keep: bool,
        cancel: threading.Event | None,
    ) -> Response:
        names = _oids(oids)
        return self.request(
            entity, context, pdu_type, [(o, None) for o in names], keep=keep, cancel=cancel
        ).raise_for_status(names)

    def get(
        self,
        entity: Entity,
        context: Context,
        oids: Iterable[Iterable[int]],
        *,
        keep: bool = False,
        cancel: threading.Event | None = None,
    ) -> Response:
        """GET ``oids``; raises :class:`SnmpProtocolError` on an error status."""
        return self._read(PduType.GET, entity, context, oids, keep, cancel)

    def get_next(
        self,
        entity: Entity,
        context: Context,
        oids: Iterable[Iterable[int]],
        *,
        keep: bool = False,
        cancel: threading.Event | None = None,
    ) -> Response:
        """GETNEXT ``oids``; raises :class:`SnmpProtocolError` on an error status."""
        return self._read(PduType.GETNEXT, entity, context, oids, keep, cancel)

    def get_bulk(
        self,
        entity: Entity,
        context: Context,
        oids: Iterable[Iterable[int]],
        non_repeaters: int = 0,
        max_repetitions: int = 10,
        *,
        keep: bool = False,
        cancel: threading.Event | None = None,
    ) -> Response:
        """GETBULK ``oids`` (to a v1 entity the transport sends a GETNEXT instead, RFC 3584);
        raises :class:`SnmpProtocolError` on an error status."""
        names = _oids(oids)
        if non_repeaters < 0 or max_repetitions < 0:
            raise SnmpApiError(
                ApiError.PDU_INVALID,
                f"non-repeaters ({non_repeaters}) and max-repetitions ({max_repetitions}) "
                "must not be negative",
            )
        return self.request(
            entity,
            context,
            PduType.GETBULK,
            [(o, None) for o in names],
            non_repeaters,
            max_repetitions,
            keep=keep,
            cancel=cancel,
        ).raise_for_status(names)

    def set(
        self,
        entity: Entity,
        context: Context,
        varbinds: Iterable[tuple[Iterable[int], SmiValue]],
        *,
        keep: bool = False,
        cancel: threading.Event | None = None,
    ) -> Response:
        """SET ``(oid, value)`` pairs; raises :class:`SnmpProtocolError` on an error status."""
        pairs = [(validate_oid(o), v) for o, v in varbinds]
        return self.request(
            entity, context, PduType.SET, pairs, keep=keep, cancel=cancel
        ).raise_for_status([o for o, _ in pairs])

    # ---------------------------------------------------------------- notifications
    def trap(
        self,
        entity: Entity,
        context: Context,
        trap_oid: Iterable[int],
        varbinds: Iterable[VarBindInput] = (),
        uptime: int | None = None,
    ) -> int:
        """Send an SNMPv2-Trap (to a v1 entity the transport sends the RFC 3584 v1 form):
        sysUpTime.0 (``uptime`` TimeTicks, default :func:`uptime_ticks`), snmpTrapOID.0,
        then ``varbinds``. Fire and forget; returns the request id."""
        from snmpscope.core.smi.notification import notification_varbinds

        pdu = self.session.pdu(PduType.TRAP, notification_varbinds(trap_oid, varbinds, uptime))
        try:
            return self.session.send(entity, context, pdu)
        finally:
            pdu.free()

    def inform(
        self,
        entity: Entity,
        context: Context,
        trap_oid: Iterable[int],
        varbinds: Iterable[VarBindInput] = (),
        uptime: int | None = None,
        *,
        keep: bool = False,
        cancel: threading.Event | None = None,
    ) -> Response:
        """Send an InformRequest and wait for the receiver's acknowledgement (v2c only: a v1
        entity fails with OPERATION_INVALID). Raises :class:`SnmpProtocolError` when the
        acknowledgement carries an error status."""
        from snmpscope.core.smi.notification import notification_varbinds

        return self.request(
            entity,
            context,
            PduType.INFORM,
            notification_varbinds(trap_oid, varbinds, uptime),
            keep=keep,
            cancel=cancel,
        ).raise_for_status()

    def listen(
        self,
        agent: Entity | None = None,
        context: Context | None = None,
        notification: Iterable[int] | None = None,
        keep: bool = False,
    ) -> TrapListener:
        """A started :class:`~snmpscope.core.client.traps.TrapListener` on this session (stop
        it, or use it as a context manager)."""
        from snmpscope.core.client.traps import TrapListener

        return TrapListener(self, agent, context, notification, keep).start()

    # ---------------------------------------------------------------- walks
    def walk(
        self,
        entity: Entity,
        context: Context,
        root: Iterable[int],
        bulk: bool = True,
        max_repetitions: int = 25,
        allow_non_increasing: bool = False,
        cancel: threading.Event | None = None,
        on_batch: Callable[[list[VarBind]], None] | None = None,
        get_root_if_empty: bool = True,
    ) -> Walk:
        """Walk the subtree under ``root``; iterate the result for batches of varbinds.

        See :class:`~snmpscope.core.client.walk.Walk` for the exact semantics (net-snmp's
        snmpwalk/snmpbulkwalk). GETBULK is used when ``bulk`` and the entity is not SNMPv1.
        """
        from snmpscope.core.client.walk import Walk

        return Walk(
            self,
            entity,
            context,
            root,
            bulk=bulk,
            max_repetitions=max_repetitions,
            allow_non_increasing=allow_non_increasing,
            cancel=cancel,
            on_batch=on_batch,
            get_root_if_empty=get_root_if_empty,
        )


def __getattr__(name: str) -> Any:
    # The trap listener's module loads with the first listen(), the walk's with the first
    # walk(), the notification varbinds' with the first trap() or inform() (or an import of
    # these names): a command that only sends requests (a get) pays for none of them.
    if name in ("ReceivedNotification", "TrapListener"):
        from snmpscope.core.client import traps

        return getattr(traps, name)
    if name in ("NonIncreasingOidError", "Walk", "WalkEnd", "WalkError"):
        from snmpscope.core.client import walk

        return getattr(walk, name)
    if name in ("VarBindInput", "notification_varbinds", "uptime_ticks"):
        from snmpscope.core.smi import notification

        return getattr(notification, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _oids(oids: Iterable[Iterable[int]]) -> list[Oid]:
    names = [validate_oid(o) for o in oids]
    if not names:
        raise SnmpApiError(ApiError.OID_INVALID, "no OID to ask for")
    return names
