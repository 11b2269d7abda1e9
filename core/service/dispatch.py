"""The one consumer of the GUI sessions' message queues.

Sessions the service opens notify :meth:`MessageDispatcher.notify` on the transport thread.
That callback only posts the notification to the dispatcher's own thread, where the message is
received (SnmpRecvMsg), its source/destination/context handles are freed at once, and the PDU
is matched by request id: a reply completes the waiting request's future (a GUI send keeps the
response PDU in the session so the tree shows it; a walk step consumes it), a trap or inform
becomes a :class:`TrapRecord`. Doing this off the transport thread keeps the I/O loop free and
avoids lock-order trouble between the core and the transport.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot

from snmpscope.core.application import Application
from snmpscope.core.constants import SNMPAPI_SUCCESS, ApiError, PduType
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service.failures import Failure, failure_from
from snmpscope.core.service.operations import Reply, TrapRecord

log = logging.getLogger(__name__)

REPLY_TYPES = frozenset({PduType.RESPONSE, PduType.REPORT})
NOTIFICATION_TYPES = frozenset({PduType.TRAP, PduType.V1TRAP, PduType.INFORM})


class RequestFailed(SnmpApiError):
    """A request ended without an answer (TL_TIMEOUT, TL_UNDELIVERABLE, session closed ...)."""


@dataclass(slots=True)
class _Pending:
    session: int
    request_id: int
    pdu: int
    keep: bool
    future: Future[Reply]


class MessageDispatcher(QObject):
    """Receives every message of the sessions it serves and routes it (see module docs)."""

    trapReceived = Signal(object)  # TrapRecord
    replyReceived = Signal(object)  # Reply, for requests sent with keep=True
    unmatchedReceived = Signal(int, int)  # session, PDU handle kept in the session
    failed = Signal(object)  # Failure that belongs to no request (a full queue, a bug)
    _notified = Signal(int, int, int)

    def __init__(self, app: Application) -> None:
        super().__init__()
        self._app = app
        self._pending: dict[tuple[int, int], _Pending] = {}
        self._guard = threading.Lock()
        # Queued: notify() runs on the transport thread, _on_notified on the dispatcher's.
        self._notified.connect(self._on_notified, Qt.ConnectionType.QueuedConnection)

    # ---------------------------------------------------------------- any thread
    def notify(
        self, session: int, window: object, wmsg: int, wparam: int, lparam: int, data: object
    ) -> int:
        """The session callback (WinSNMP signature); never raises, never blocks."""
        try:
            self._notified.emit(session, wparam, lparam)
        except Exception:  # a dead QObject at interpreter exit: nothing left to tell
            log.exception("cannot forward notification of session %d", session)
        return SNMPAPI_SUCCESS

    def expect(self, session: int, request_id: int, pdu: int, keep: bool) -> Future[Reply]:
        """Register interest in the answer to ``request_id`` (call before sending)."""
        future: Future[Reply] = Future()
        with self._guard:
            self._pending[(session, request_id)] = _Pending(session, request_id, pdu, keep, future)
        return future

    def forget(self, session: int, request_id: int) -> None:
        """Drop interest in a request (the send failed, or the caller cancelled it)."""
        with self._guard:
            pending = self._pending.pop((session, request_id), None)
        if pending is not None and not pending.future.done():
            pending.future.cancel()

    def session_closed(self, session: int) -> None:
        """Fail everything still waiting in ``session``."""
        with self._guard:
            gone = [p for key, p in self._pending.items() if key[0] == session]
            for p in gone:
                del self._pending[(p.session, p.request_id)]
        for p in gone:
            _fail(p, ApiError.SESSION_INVALID, "the session was closed before the answer came")

    def shutdown(self) -> None:
        """Fail every waiting request (the application is going away)."""
        with self._guard:
            gone = list(self._pending.values())
            self._pending.clear()
        for p in gone:
            _fail(p, ApiError.SESSION_INVALID, "snmpscope is shutting down")

    def pending_count(self) -> int:
        """Requests waiting for an answer."""
        with self._guard:
            return len(self._pending)

    # ---------------------------------------------------------------- dispatcher thread
    @Slot(int, int, int)
    def _on_notified(self, session: int, event: int, request_id: int) -> None:
        try:
            if event == 0:
                self._receive(session)
            elif event == ApiError.ALLOC_ERROR:
                self.failed.emit(
                    Failure(
                        int(ApiError.ALLOC_ERROR),
                        f"session {session}: the message queue is full; a message was dropped",
                        limit="queue_per_session",
                        maximum=self._app.limits.queue_per_session,
                    )
                )
            else:
                self._request_ended(session, request_id, event)
        except Exception as exc:
            self.failed.emit(failure_from(exc))

    def _request_ended(self, session: int, request_id: int, code: int) -> None:
        with self._guard:
            pending = self._pending.pop((session, request_id), None)
        if pending is not None:
            _fail(pending, code, f"request {request_id} got no answer")
        # A transport error may also sit in the queue (RecvMsg then fails with it but still
        # makes handles); drain it so no handles are left behind.
        if self._app.is_valid(session) and self._app.queued_count(session):
            self._receive(session)

    def _receive(self, session: int) -> None:
        try:
            src, dst, ctx, pdu = self._app.recv_msg(session)
            error = 0
        except SnmpApiError as exc:
            outputs = getattr(exc, "outputs", None)
            if outputs is None:
                if exc.code in (ApiError.NOOP, ApiError.SESSION_INVALID):
                    return  # already taken, or the session closed meanwhile
                raise
            src, dst, ctx, pdu = outputs
            error = int(exc.code)
        context = self._app.describe(ctx)
        community = b"" if context is None else bytes(context.fields["community"])
        for handle, free in ((src, self._app.free_entity), (dst, self._app.free_entity)):
            _quietly(free, handle)
        _quietly(self._app.free_context, ctx)
        info = self._app.describe(pdu)
        if info is None:
            return
        fields = info.fields
        pdu_type = int(fields["type"])
        request_id = int(fields["request_id"])
        pending = None
        if pdu_type in REPLY_TYPES or error:
            with self._guard:
                pending = self._pending.pop((session, request_id), None)
        if error:
            _quietly(self._app.free_pdu, pdu)
            if pending is not None:
                _fail(pending, error, f"request {request_id} failed")
            return
        if pending is not None:
            request = self._app.describe(pending.pdu)
            rtt = None if request is None else request.fields["rtt_ms"]
            reply = Reply(
                session,
                request_id,
                pending.pdu,
                pdu if pending.keep else 0,
                pdu_type,
                int(fields["error_status"]),
                int(fields["error_index"]),
                tuple(fields["varbinds"]),
                str(fields["peer"]),
                rtt,
            )
            if not pending.keep:
                _quietly(self._app.free_pdu, pdu)
            else:
                self.replyReceived.emit(reply)
            if not pending.future.done():
                pending.future.set_result(reply)
            return
        if pdu_type in NOTIFICATION_TYPES:
            self.trapReceived.emit(
                TrapRecord(
                    session,
                    pdu,
                    pdu_type,
                    request_id,
                    str(fields["peer"]),
                    community,
                    time.time(),
                    tuple(fields["varbinds"]),
                )
            )
            return
        # A late or foreign answer: leave it in the session where the tree shows it.
        self.unmatchedReceived.emit(session, pdu)


def _fail(pending: _Pending, code: int, detail: str) -> None:
    if not pending.future.done():
        pending.future.set_exception(RequestFailed(code, detail, pending.session))


def _quietly(free: object, handle: int) -> None:
    """Free a handle that may already be gone (the session closed meanwhile)."""
    try:
        free(handle)  # type: ignore[operator]
    except SnmpApiError as exc:
        if exc.code not in (
            ApiError.ENTITY_INVALID,
            ApiError.CONTEXT_INVALID,
            ApiError.PDU_INVALID,
            ApiError.VBL_INVALID,
            ApiError.NOT_INITIALIZED,
        ):
            raise
