"""What the transport tells the application, run in order on the dispatcher thread.

The I/O loop calls these methods; each one only posts work to the
:class:`~snmpscope.core.transport.dispatcher.Dispatcher`. The posted work takes the application
lock briefly to keep PDU status and wire events in step with the model (events must be emitted
under that lock to stay ordered), then hands messages over with ``app.deliver`` and friends,
which notify sessions outside the lock.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from snmpscope.core.constants import ApiError, HandleKind
from snmpscope.core.model.events import EventType
from snmpscope.core.model.states import IncomingMessage, PduState
from snmpscope.core.smi.oid import Oid
from snmpscope.core.transport.dispatcher import Dispatcher
from snmpscope.core.transport.requests import PendingRequest

if TYPE_CHECKING:
    from snmpscope.core.model.messaging import MessagingMixin


class AppBridge:
    """Posts transport outcomes to the application (see the module docstring)."""

    def __init__(self, app: MessagingMixin, dispatcher: Dispatcher) -> None:
        self.app = app
        self.dispatcher = dispatcher

    # ------------------------------------------------------------------ requests
    def request_sent(self, request: PendingRequest) -> None:
        """A transmission of ``request`` went out (attempt 1 or a retransmission)."""
        state = (
            PduState.SENT
            if not request.confirmed
            else PduState.PENDING
            if request.attempt == 1
            else PduState.RETRYING
        )
        self.dispatcher.post(
            self._request_sent,
            request,
            state,
            request.attempt,
            time.time(),
        )

    def _request_sent(
        self, request: PendingRequest, state: PduState, attempt: int, sent_at: float
    ) -> None:
        app = self.app
        with app._lock:
            if request.confirmed and not app.is_outstanding(request.session, request.request_id):
                return  # cancelled, closed or answered meanwhile: keep the final status
            app.set_pdu_status(
                request.pdu_handle,
                state=state,
                attempt=attempt,
                max_attempts=request.max_attempts if request.confirmed else 1,
                sent_at=sent_at,
                peer=request.destination.text(),
                raw=request.wire,
            )
            if app.events.active:
                app.events.emit(
                    EventType.MESSAGE_RETRANSMITTED if attempt > 1 else EventType.MESSAGE_SENT,
                    handle=request.session,
                    kind=HandleKind.SESSION,
                    owner=request.session,
                    detail=_detail(request, attempt=attempt, raw=request.wire),
                )

    def answered(self, request: PendingRequest, message: IncomingMessage, rtt_s: float) -> None:
        """``message`` answers ``request`` (matched by id and peer)."""
        self.dispatcher.post(self._answered, request, message, rtt_s)

    def _answered(self, request: PendingRequest, message: IncomingMessage, rtt_s: float) -> None:
        app = self.app
        with app._lock:
            if not app.is_outstanding(request.session, request.request_id):
                return  # cancelled or closed after the answer arrived: nothing is delivered
            app.set_pdu_status(request.pdu_handle, state=PduState.ANSWERED, rtt_ms=rtt_s * 1000)
            if app.events.active:
                app.events.emit(
                    EventType.MESSAGE_RECEIVED,
                    handle=request.session,
                    kind=HandleKind.SESSION,
                    owner=request.session,
                    detail=_detail(request, raw=message.raw, peer=message.src.text()),
                )
            app.note_statistics(request.dst_entity, round(rtt_s * 100), request.attempt - 1)
        app.deliver(request.session, message, request_id=request.request_id)

    def failed(
        self, request: PendingRequest, code: ApiError, message: IncomingMessage | None = None
    ) -> None:
        """``request`` ended without an answer: TL_TIMEOUT, TL_UNDELIVERABLE ..."""
        self.dispatcher.post(self._failed, request, code, message)

    def _failed(
        self, request: PendingRequest, code: ApiError, message: IncomingMessage | None
    ) -> None:
        if request.confirmed:
            self.app.request_failed(request.session, request.request_id, code, message)
        else:
            self.app.set_pdu_status(request.pdu_handle, state=PduState.FAILED, error=int(code))

    # ------------------------------------------------------------------ unsolicited messages
    def notification(self, message: IncomingMessage, trap_oid: Oid | None) -> None:
        """A trap or inform (in SNMPv2 form) for the registration filter."""
        self.dispatcher.post(self._notification, message, trap_oid)

    def _notification(self, message: IncomingMessage, trap_oid: Oid | None) -> None:
        app = self.app
        if app.events.active:
            with app._lock:
                app.events.emit(
                    EventType.MESSAGE_RECEIVED,
                    detail=_incoming_detail(message, "notification"),
                )
        app.deliver_trap(message, trap_oid)

    def agent_request(self, entity: int, message: IncomingMessage) -> None:
        """A request for a listening entity: it goes to the queue of the entity's session."""
        self.dispatcher.post(self._agent_request, entity, message)

    def _agent_request(self, entity: int, message: IncomingMessage) -> None:
        app = self.app
        session = app.listener_session(entity)
        if not session:
            return  # the entity stopped listening meanwhile
        if app.events.active:
            with app._lock:
                app.events.emit(
                    EventType.MESSAGE_RECEIVED,
                    handle=session,
                    kind=HandleKind.SESSION,
                    owner=session,
                    detail=_incoming_detail(message, "agent request"),
                )
        app.deliver(session, message)

    def dropped(self, peer: str, raw: bytes, reason: str) -> None:
        """A datagram nobody gets (garbage, duplicate, late, wrong peer ...), for observers."""
        if self.app.events.active:
            self.dispatcher.post(self._dropped, peer, raw, reason)

    def _dropped(self, peer: str, raw: bytes, reason: str) -> None:
        app = self.app
        with app._lock:
            app.events.emit(
                EventType.MESSAGE_RECEIVED,
                detail={"peer": peer, "raw": raw, "dropped": reason},
            )


def _detail(request: PendingRequest, **extra: Any) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "request_id": request.request_id,
        "pdu": request.pdu_handle,
        "peer": request.destination.text(),
        "version": int(request.version),
    }
    detail.update(extra)
    return detail


def _incoming_detail(message: IncomingMessage, what: str) -> dict[str, Any]:
    return {
        "request_id": message.pdu.request_id,
        "peer": message.src.text(),
        "raw": message.raw,
        "version": int(message.version),
        "what": what,
    }
