"""What the transport tells the model, run in order on the dispatcher thread.

The I/O loop calls these methods; each one only posts a report to the
:class:`~snmpscope.core.transport.dispatcher.Dispatcher`, which hands it to the model's
:class:`~snmpscope.core.model.ports.ModelPort` on its own thread. Two shortcuts spare a
request its thread hand-overs: an answer for a session with a quick callback is applied on
the I/O thread when the model's lock is free and the dispatcher has nothing older to report
(``ModelPort.answer_now``), and a first transmission the caller's thread made is told to the
model by that thread (:meth:`AppBridge.request_sent_here`). The model locks, updates PDU
status, emits its events and notifies sessions itself; nothing here touches the model's state.
Values that change on the I/O thread (the attempt number, the send time) are copied when the
report is posted, so that each report says what was true when it happened.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from snmpscope.core.constants import ApiError
from snmpscope.core.model.limits import MIB, message_bytes
from snmpscope.core.model.ports import ModelPort, RequestRef
from snmpscope.core.model.states import IncomingMessage
from snmpscope.core.smi.oid import Oid
from snmpscope.core.transport.dispatcher import Dispatcher
from snmpscope.core.transport.requests import PendingRequest

# Unsolicited reports that may wait for the dispatcher (the model) at once: a few seconds of
# a flood the model cannot keep up with, a few MB of small traps.
BACKLOG_MESSAGES = 10_000
BACKLOG_BYTES = 32 * MIB
REPORT_BYTES = 512  # what a dropped-datagram report holds besides the datagram


class AppBridge:
    """Posts transport outcomes to the model's port (see the module docstring).

    What nobody asked for (notifications, agent-role requests, reports of dropped datagrams)
    may come faster than the model takes it: the backlog of such reports waiting for the
    dispatcher is bounded in count and in bytes (``limits.message_bytes``), and what does
    not fit is refused here (the caller counts it; an inform stays unacknowledged). Answers
    and failures of our own requests always pass: the outstanding requests bound them.
    """

    def __init__(
        self,
        port: ModelPort,
        dispatcher: Dispatcher,
        backlog_messages: int = BACKLOG_MESSAGES,
        backlog_bytes: int = BACKLOG_BYTES,
    ) -> None:
        self.port = port
        self.dispatcher = dispatcher
        self.backlog_messages = backlog_messages
        self.backlog_bytes = backlog_bytes
        self._lock = threading.Lock()
        self._waiting = 0  # unsolicited reports posted, not yet handled
        self._waiting_bytes = 0

    # ------------------------------------------------------------------ requests
    def request_sent(self, request: PendingRequest) -> None:
        """A transmission of ``request`` went out (attempt 1 or a retransmission)."""
        self.dispatcher.post(
            self.port.request_sent, _ref(request), request.attempt, time.time(), request.wire
        )

    def request_sent_here(self, request: PendingRequest) -> None:
        """:meth:`request_sent` for a first transmission the caller's thread made inside
        SnmpSendMsg (holding the model's lock): told to the model at once, not posted, so it
        is in the model before anything the dispatcher reports about the request."""
        self.port.request_sent(_ref(request), request.attempt, time.time(), request.wire)

    def answered(self, request: PendingRequest, message: IncomingMessage, rtt_s: float) -> None:
        """``message`` answers ``request`` (matched by id and peer). Applied here when it
        can be without waiting and without overtaking anything posted before (the dispatcher
        is idle): one thread hand-over less per answer."""
        ref = _ref(request)
        if self.dispatcher.idle and self.port.answer_now(ref, message, rtt_s, request.attempt):
            return
        self.dispatcher.post(self.port.request_answered, ref, message, rtt_s, request.attempt)

    def failed(
        self, request: PendingRequest, code: ApiError, message: IncomingMessage | None = None
    ) -> None:
        """``request`` ended without an answer: TL_TIMEOUT, TL_UNDELIVERABLE ..."""
        self.dispatcher.post(self.port.request_failed, _ref(request), code, message)

    # ------------------------------------------------------------------ unsolicited messages
    def notification(
        self,
        message: IncomingMessage,
        trap_oid: Oid | None,
        decided: Callable[[bool], None] | None = None,
    ) -> bool:
        """A trap or inform (in SNMPv2 form) for the registration filter; False when the
        backlog is full (nothing was posted, ``decided`` is never called). ``decided`` is
        called on the dispatcher thread with the model's answer: True once the message is
        queued to at least one session (an inform may be acknowledged now), False when
        nobody took it."""
        size = message_bytes(len(message.raw), message.pdu.varbinds)
        if not self._admit(size):
            return False
        self.dispatcher.post(self._notification, message, trap_oid, decided, size)
        return True

    def _notification(
        self,
        message: IncomingMessage,
        trap_oid: Oid | None,
        decided: Callable[[bool], None] | None,
        size: int,
    ) -> None:
        queued = False
        try:
            queued = bool(self.port.notification_received(message, trap_oid))
        finally:
            self._release(size)
            if decided is not None:
                decided(queued)

    def agent_request(self, entity: int, message: IncomingMessage) -> bool:
        """A request for a listening entity: it goes to the queue of the entity's session.
        False when the backlog is full (nothing was posted)."""
        size = message_bytes(len(message.raw), message.pdu.varbinds)
        if not self._admit(size):
            return False
        self.dispatcher.post(self._agent_request, entity, message, size)
        return True

    def _agent_request(self, entity: int, message: IncomingMessage, size: int) -> None:
        try:
            self.port.agent_request(entity, message)
        finally:
            self._release(size)

    def dropped(self, peer: str, raw: bytes, reason: str) -> None:
        """A datagram nobody gets (garbage, duplicate, late, wrong peer ...), for observers
        (while the backlog has room: the transport's counters count every one anyway)."""
        if self.port.observed:
            size = len(raw) + REPORT_BYTES
            if self._admit(size):
                self.dispatcher.post(self._dropped, peer, raw, reason, size)

    def _dropped(self, peer: str, raw: bytes, reason: str, size: int) -> None:
        try:
            self.port.datagram_dropped(peer, raw, reason)
        finally:
            self._release(size)

    # ------------------------------------------------------------------ the backlog
    @property
    def backlog(self) -> tuple[int, int]:
        """(reports, bytes) of unsolicited reports waiting for the dispatcher."""
        with self._lock:
            return self._waiting, self._waiting_bytes

    def _admit(self, size: int) -> bool:
        with self._lock:
            if (
                self._waiting >= self.backlog_messages
                or self._waiting_bytes + size > self.backlog_bytes
            ):
                return False
            self._waiting += 1
            self._waiting_bytes += size
            return True

    def _release(self, size: int) -> None:
        with self._lock:
            self._waiting -= 1
            self._waiting_bytes -= size


def _ref(request: PendingRequest) -> RequestRef:
    """The report's reference to ``request``, made once (its fields never change)."""
    ref = request.ref
    if ref is None:
        ref = request.ref = _new_ref(request)
    return ref


def _new_ref(request: PendingRequest) -> RequestRef:
    return RequestRef(
        session=request.session,
        request_id=request.request_id,
        pdu_handle=request.pdu_handle,
        dst_entity=request.dst_entity,
        peer=request.destination.text(),
        version=int(request.version),
        confirmed=request.confirmed,
        max_attempts=request.max_attempts,
    )
