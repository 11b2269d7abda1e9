"""The one consumer of the GUI sessions' message queues: a Qt adapter over the core's
:class:`~snmpscope.core.client.routing.Router`.

Sessions the service opens notify :meth:`MessageDispatcher.notify` on the transport thread.
That callback only posts the notification to the dispatcher's own thread, where the router
receives the message (SnmpRecvMsg), frees its source/destination/context handles at once and
matches the PDU by request id: a reply completes the waiting request's future (a GUI send
keeps the response PDU in the session so the tree shows it, see :meth:`~MessageDispatcher.reply`;
a walk step consumes it), a trap or inform becomes a :class:`TrapRecord`. Doing this off the
transport thread keeps the I/O loop free and avoids lock-order trouble between the core and
the transport.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future

from PySide6.QtCore import QObject, Qt, Signal, Slot

from snmpscope.core.client.routing import Arrival, Router
from snmpscope.core.constants import SNMPAPI_SUCCESS, ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.snapshots import PduInfo, SessionInfo
from snmpscope.core.model.states import quick_callback
from snmpscope.core.service.failures import Failure, failure_from
from snmpscope.core.service.operations import Reply, TrapRecord

log = logging.getLogger(__name__)


class RequestFailed(SnmpApiError):
    """A request ended without an answer (TL_TIMEOUT, TL_UNDELIVERABLE, session closed ...)."""


class MessageDispatcher(QObject):
    """Receives every message of the sessions it serves and routes it (see module docs)."""

    trapReceived = Signal(object)  # TrapRecord
    replyReceived = Signal(object)  # Reply whose response PDU stays in the session
    unmatchedReceived = Signal(int, int)  # session, PDU handle kept in the session
    failed = Signal(object)  # Failure that belongs to no request (a full queue, a bug)
    _notified = Signal(int, int, int)

    def __init__(self, app: Application) -> None:
        super().__init__()
        self._app = app
        self._router = Router(app, keep_addressing=False)
        # One receiver at a time keeps a session's messages in order (drain() at shutdown
        # runs on the session thread while this one may still receive).
        self._receiving = threading.Lock()
        # Queued: notify() runs on the transport thread, _on_notified on the dispatcher's.
        self._notified.connect(self._on_notified, Qt.ConnectionType.QueuedConnection)

    # ---------------------------------------------------------------- any thread
    @quick_callback
    def notify(
        self, session: int, window: object, wmsg: int, wparam: int, lparam: int, data: object
    ) -> int:
        """The session callback (WinSNMP signature); never raises, never blocks."""
        try:
            self._notified.emit(session, wparam, lparam)
        except Exception:  # a dead QObject at interpreter exit: nothing left to tell
            log.exception("cannot forward notification of session %d", session)
        return SNMPAPI_SUCCESS

    def expect(self, session: int, request_id: int) -> Future[Arrival]:
        """The future of the answer to ``request_id`` (call before sending). Its arrival
        belongs to the caller: :meth:`reply` or ``free()`` it; :meth:`failure` says why
        it is an error."""
        return self._router.expect(session, request_id)

    def forget(self, session: int, request_id: int, answer: Future[Arrival]) -> None:
        """Drop interest in a request (the send failed, or the caller cancelled it)."""
        self._router.forget(session, request_id, answer)

    def session_closed(self, session: int) -> None:
        """Fail everything still waiting in ``session``."""
        detail = "the session was closed before the answer came"
        self._router.end(session, ApiError.SESSION_INVALID, detail)

    def drain(self, session: int) -> int:
        """Receive and route everything already queued in ``session`` now, on the calling
        thread (a notification that comes later finds the queue empty): traps and informs
        are announced by ``trapReceived`` as usual. For an orderly close: unregister the
        session's trap filters first, so that nothing more is queued (or acknowledged).
        Returns how many messages it received."""
        received = 0
        try:
            with self._receiving:
                for arrival in self._router.receive(session):
                    received += 1
                    self._unclaimed(session, arrival)
        except Exception as exc:
            self.failed.emit(failure_from(exc))
        return received

    def shutdown(self) -> None:
        """Fail every waiting request (the application is going away)."""
        self._router.end(None, ApiError.SESSION_INVALID, "snmpscope is shutting down")

    def reply(self, session: int, request_pdu: int, arrival: Arrival) -> Reply:
        """The :class:`Reply` to ``request_pdu``, its response PDU kept in the session for the
        tree (announced by ``replyReceived``)."""
        request = self._app.describe(request_pdu)
        reply = Reply(
            session,
            arrival.request_id,
            request_pdu,
            0 if arrival.message is None else arrival.message.pdu.handle,
            arrival.pdu_type,
            arrival.error_status,
            arrival.error_index,
            arrival.varbinds,
            arrival.peer,
            request.rtt_ms if isinstance(request, PduInfo) else None,
        )
        self.replyReceived.emit(reply)
        return reply

    @staticmethod
    def failure(session: int, arrival: Arrival) -> RequestFailed:
        """Why ``arrival`` is no answer (``arrival.error`` is set)."""
        return RequestFailed(arrival.error, arrival.detail, session)

    # ---------------------------------------------------------------- dispatcher thread
    @Slot(int, int, int)
    def _on_notified(self, session: int, event: int, request_id: int) -> None:
        try:
            if event == ApiError.ALLOC_ERROR:
                self.failed.emit(self._queue_full(session))
                return
            if event:
                self._router.notice(session, request_id, event)
            # One message a notification; after a TL_* notice, the error may also sit in the
            # queue (RecvMsg then fails with it but still makes handles): this drains it.
            with self._receiving:
                for arrival in self._router.receive(session, limit=1):
                    self._unclaimed(session, arrival)
        except Exception as exc:
            self.failed.emit(failure_from(exc))

    def _queue_full(self, session: int) -> Failure:
        """The failure of a message a queue limit dropped, naming the limit and the count."""
        info = self._app.describe(session)
        limit, dropped = "queue_per_session", 1
        if isinstance(info, SessionInfo):
            limit, dropped = info.drop_limit or limit, info.dropped
        limits = self._app.limits
        maximum = (
            limits.queue_bytes_per_session
            if limit == "queue_bytes_per_session"
            else limits.queue_per_session
        )
        what = "queued bytes" if limit == "queue_bytes_per_session" else "queued messages"
        return Failure(
            int(ApiError.ALLOC_ERROR),
            f"session {session}: the message queue is full ({what}); a message was dropped "
            f"({dropped} so far)",
            limit=limit,
            maximum=maximum,
        )

    def _unclaimed(self, session: int, arrival: Arrival) -> None:
        assert arrival.message is not None  # received, so it has its handles
        if arrival.error:
            arrival.free()
        elif arrival.is_notification:
            self.trapReceived.emit(
                TrapRecord(
                    session,
                    arrival.message.pdu.handle,
                    arrival.pdu_type,
                    arrival.request_id,
                    arrival.peer,
                    arrival.community,
                    time.time(),
                    arrival.varbinds,
                )
            )
        else:
            # A late or foreign answer: leave it in the session where the tree shows it.
            self.unmatchedReceived.emit(session, arrival.message.pdu.handle)
