"""Routing a session's incoming messages to the requests that wait for them.

WinSNMP tells a session "a message is waiting" (event 0) or "request N failed" (a TL_* code),
and SnmpRecvMsg pops the session's queue in arrival order. A :class:`Router` is what both
receivers of snmpscope share: it receives (never blocking), turns each message and each
"request failed" notice into an :class:`Arrival` and completes the answer of the request that
waits under its request id; the first word wins, whatever comes for that id later is a stray.

A request's answer is a :class:`concurrent.futures.Future` for the GUI's receiver (its
threads wait with timeouts and chain callbacks) and a plain :class:`Answer` slot for the
manager's mailbox, whose threads already wait on the mailbox's own condition: a future there
only doubled the locking of every request, and importing :mod:`concurrent.futures` (which
imports :mod:`logging`, ``traceback``, ``tokenize`` ...) cost every ``snmpscope-cli``
process ~5 ms.
What no one waits for (traps, informs, strays) goes back to the router's owner, who also
decides which thread receives when:

* :class:`~snmpscope.core.client.mailbox.Mailbox`, the manager's: whichever waiting thread
  comes first receives for all; every handle is kept for the caller.
* :class:`~snmpscope.core.service.dispatch.MessageDispatcher`, the GUI's: one Qt thread
  receives for every session, never the transport thread, and keeps only the PDU.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from snmpscope.core.api import Context, Entity, Message, Pdu
from snmpscope.core.constants import ApiError, PduType
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import IncomingMessage
from snmpscope.core.records import Record
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.values import VarBind

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["NOTIFICATION_TYPES", "REPLY_TYPES", "Answer", "Arrival", "Router"]

# PDU types that answer a request, and those that arrive unsolicited for trap listeners.
REPLY_TYPES = frozenset({PduType.RESPONSE, PduType.REPORT})
NOTIFICATION_TYPES = frozenset({PduType.TRAP, PduType.V1TRAP, PduType.INFORM})


class Arrival(Record):
    """A received message, a transport error code, or both (a queued TL_* error fills the
    outputs of SnmpRecvMsg).

    ``message`` holds the four received handles, owned by the session (a router that does not
    keep addressing has freed all but ``message.pdu``), or is None for an answer whose waiter
    asked for no handles (``Router.expect``) and for a reply nobody waits for; the community
    and the PDU's fields are read at receipt.
    """

    __slots__ = (
        "message",
        "error",
        "detail",
        "pdu_type",
        "request_id",
        "community",
        "error_status",
        "error_index",
        "varbinds",
        "peer",
        "received_at",
        "src",
        "rtt_s",
    )
    message: Message | None
    error: int
    detail: str
    pdu_type: int
    request_id: int
    community: bytes
    error_status: int
    error_index: int
    varbinds: tuple[VarBind, ...]
    peer: str
    received_at: float  # time.monotonic() of the receipt (now, unless given)
    src: TransportAddress | None  # where it came from
    rtt_s: float | None  # an answer: the transport's round-trip time

    def __init__(
        self,
        message: Message | None = None,
        error: int = 0,
        detail: str = "",
        pdu_type: int = 0,
        request_id: int = 0,
        community: bytes = b"",
        error_status: int = 0,
        error_index: int = 0,
        varbinds: tuple[VarBind, ...] = (),
        peer: str = "",
        received_at: float | None = None,
        src: TransportAddress | None = None,
        rtt_s: float | None = None,
    ) -> None:
        self.message = message
        self.error = error
        self.detail = detail
        self.pdu_type = pdu_type
        self.request_id = request_id
        self.community = community
        self.error_status = error_status
        self.error_index = error_index
        self.varbinds = varbinds
        self.peer = peer
        self.received_at = time.monotonic() if received_at is None else received_at
        self.src = src
        self.rtt_s = rtt_s

    @property
    def is_notification(self) -> bool:
        return not self.error and self.pdu_type in NOTIFICATION_TYPES

    def free(self) -> None:
        """Free the message's handles (idempotent; handles already gone are skipped)."""
        if self.message is not None:
            message = self.message
            for handle in (message.src, message.dst, message.context, message.pdu):
                _free_quietly(handle)


class Answer:
    """The answer slot of one request (:meth:`Router.expect_answer`): the router fills
    :attr:`arrival` once (under its lock) unless the waiter gave up first (:attr:`dropped`,
    set by :meth:`Router.forget`); the waiter reads it after being woken by the session's
    notification."""

    __slots__ = ("arrival", "dropped")

    def __init__(self) -> None:
        self.arrival: Arrival | None = None
        self.dropped = False


class Router:
    """Receives sessions' messages and completes the answers of the requests they answer
    (thread-safe; one thread at a time should receive for a session, to keep their order)."""

    def __init__(
        self, app: Application, *, keep_addressing: bool = True, stray_handles: bool = True
    ) -> None:
        self.app = app
        self.keep_addressing = keep_addressing
        self.stray_handles = stray_handles  # a reply nobody waits for gets its handles
        self._lock = threading.Lock()
        self._waiting: dict[tuple[int, int], Future[Arrival] | Answer] = {}
        self._handles: set[tuple[int, int]] = set()  # waiters that want the received handles

    # ---------------------------------------------------------------- the waiting table
    def expect(self, session: int, request_id: int, handles: bool = True) -> Future[Arrival]:
        """The future of the answer to ``request_id`` (call before sending: the answer may be
        routed before the send call returns); with ``handles`` False its arrival carries the
        answer's data but no received handles (nothing to free, much less to do)."""
        from concurrent.futures import Future

        answer: Future[Arrival] = Future()
        self._wait_for(session, request_id, handles, answer)
        return answer

    def expect_answer(self, session: int, request_id: int, handles: bool = True) -> Answer:
        """:meth:`expect` with a plain :class:`Answer` slot, for a waiter that is woken by the
        session's notifications anyway (the manager's mailbox)."""
        answer = Answer()
        self._wait_for(session, request_id, handles, answer)
        return answer

    def _wait_for(
        self, session: int, request_id: int, handles: bool, answer: Future[Arrival] | Answer
    ) -> None:
        key = (session, request_id)
        with self._lock:
            self._waiting[key] = answer
            if handles:
                self._handles.add(key)
            else:
                self._handles.discard(key)

    def forget(self, session: int, request_id: int, answer: Future[Arrival] | Answer) -> None:
        """Stop waiting for ``request_id``: what comes for it later is a stray, and an arrival
        that came already is freed."""
        came = None
        with self._lock:
            if self._waiting.get((session, request_id)) is answer:
                del self._waiting[(session, request_id)]
                self._handles.discard((session, request_id))
            if isinstance(answer, Answer):
                answer.dropped = True
                came, answer.arrival = answer.arrival, None
        if isinstance(answer, Answer):
            if came is not None:
                came.free()
        elif not answer.cancel():
            answer.add_done_callback(lambda done: done.result().free())

    def end(self, session: int | None, code: int, detail: str) -> None:
        """Answer everything waiting in ``session`` (in every session: None) with error
        ``code``: the session closed, the application is going away."""
        with self._lock:
            keys = [key for key in self._waiting if session is None or key[0] == session]
            ended = [(key[1], self._waiting.pop(key)) for key in keys]
            self._handles.difference_update(keys)
        for request_id, answer in ended:
            self._settle(answer, Arrival(error=code, detail=detail, request_id=request_id))

    def __len__(self) -> int:
        with self._lock:
            return len(self._waiting)

    # ---------------------------------------------------------------- routing
    def notice(self, session: int, request_id: int, code: int) -> None:
        """The notification "request ``request_id`` failed with ``code``" (TL_TIMEOUT ...)."""
        answer = self._take(session, request_id)
        if answer is not None:
            detail = f"request {request_id} got no answer"
            self._settle(answer, Arrival(error=code, detail=detail, request_id=request_id))

    def receive(self, session: int, limit: int | None = None) -> Iterator[Arrival]:
        """Receive up to ``limit`` queued messages (all: None); replies and queued transport
        errors complete their request's future, everything else is yielded.

        Stops when the queue is empty or the session is gone; raises any other
        ``SnmpApiError`` of SnmpRecvMsg (a handle limit, say).
        """
        received = 0
        more = True
        while more and (limit is None or received < limit):
            taken = self._recv(session)
            if taken is None:
                return
            arrival, more = taken
            received += 1
            answer = None
            if arrival.error or arrival.pdu_type in REPLY_TYPES:
                answer = self._take(session, arrival.request_id)
            if answer is None or not self._settle(answer, arrival):
                yield arrival

    def _recv(self, session: int) -> tuple[Arrival, bool] | None:
        """SnmpRecvMsg once (handles only where someone keeps them), and whether more is
        queued behind it; None when nothing is queued or the session is gone."""
        app = self.app
        taken = app.take_msg(session, partial(self._wants_handles, session))
        if taken is None:
            return None
        incoming, handles, remaining = taken
        message = None
        if handles is not None:
            src, dst, ctx, pdu = handles
            message = Message(Entity(app, src), Entity(app, dst), Context(app, ctx), Pdu(app, pdu))
            if not self.keep_addressing:
                for handle in (message.src, message.dst, message.context):
                    _free_quietly(handle)
        data = incoming.pdu
        return Arrival(
            message,
            incoming.error,
            f"request {data.request_id} failed" if incoming.error else "",
            data.type,
            data.request_id,
            incoming.community,
            data.error_status,
            data.error_index,
            tuple(data.varbinds),
            incoming.src.text(),
            src=incoming.src,
            rtt_s=incoming.rtt_s,
        ), remaining > 0

    def _wants_handles(self, session: int, message: IncomingMessage) -> bool:
        """Whether a received message needs its handles (called holding the model's lock): a
        notification or agent request does; an answer if its waiter asked for them, a stray
        if the owner wants strays (the window shows them)."""
        if not message.error and message.pdu.type not in REPLY_TYPES:
            return True
        key = (session, message.pdu.request_id)
        with self._lock:
            if key in self._waiting:
                return key in self._handles
        return self.stray_handles

    def _take(self, session: int, request_id: int) -> Future[Arrival] | Answer | None:
        with self._lock:
            self._handles.discard((session, request_id))
            return self._waiting.pop((session, request_id), None)

    def _settle(self, answer: Future[Arrival] | Answer, arrival: Arrival) -> bool:
        """Complete ``answer`` unless its request was forgotten meanwhile."""
        if isinstance(answer, Answer):
            with self._lock:
                if answer.dropped:
                    return False
                answer.arrival = arrival
                return True
        if not answer.set_running_or_notify_cancel():
            return False
        answer.set_result(arrival)
        return True


def _free_quietly(handle: Entity | Context | Pdu) -> None:
    """Free a handle that may already be gone (the session closed meanwhile)."""
    if not handle.valid:
        return
    try:
        handle.free()
    except SnmpApiError as exc:
        if exc.code not in (
            ApiError.ENTITY_INVALID,
            ApiError.CONTEXT_INVALID,
            ApiError.PDU_INVALID,
            ApiError.VBL_INVALID,
            ApiError.NOT_INITIALIZED,
        ):
            raise
