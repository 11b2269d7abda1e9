"""The model's side of :class:`~snmpscope.core.model.ports.ModelPort`: what the transport reports.

The transport calls these from its dispatcher thread, in the order things happened on the
wire. Each report takes the model lock briefly to keep PDU status and wire events in step with
the model (events are emitted under the lock so that subscribers see one ordered history),
then hands messages over with ``deliver`` and friends, which notify sessions outside the lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from snmpscope.core.constants import HandleKind
from snmpscope.core.model.events import EventType
from snmpscope.core.model.ports import RequestRef
from snmpscope.core.model.states import IncomingMessage, PduState
from snmpscope.core.smi.oid import Oid

if TYPE_CHECKING:
    from snmpscope.core.model.messaging import MessagingMixin


class ModelInbound:
    """Transport reports applied to the model (see the module docstring)."""

    def __init__(self, app: MessagingMixin) -> None:
        self._app = app

    # ------------------------------------------------------------------ asked by the transport
    @property
    def observed(self) -> bool:
        return self._app.events.active

    @property
    def trap_endpoint(self) -> tuple[str, int]:
        return self._app.trap_endpoint

    def trap_endpoint_bound(self, host: str, port: int) -> None:
        with self._app._lock:
            self._app.trap_endpoint = (host, port)

    # ------------------------------------------------------------------ requests
    def request_sent(self, request: RequestRef, attempt: int, sent_at: float, raw: bytes) -> None:
        app = self._app
        state = (
            PduState.SENT
            if not request.confirmed
            else PduState.PENDING
            if attempt == 1
            else PduState.RETRYING
        )
        with app._lock:
            if request.confirmed and not app.is_outstanding(request.session, request.request_id):
                return  # cancelled, closed or answered meanwhile: keep the final status
            app._set_pdu_status(
                request.pdu_handle,
                state=state,
                attempt=attempt,
                max_attempts=request.max_attempts if request.confirmed else 1,
                sent_at=sent_at,
                peer=request.peer,
                raw=raw,
            )
            if app.events.active:
                app.events.emit(
                    EventType.MESSAGE_RETRANSMITTED if attempt > 1 else EventType.MESSAGE_SENT,
                    handle=request.session,
                    kind=HandleKind.SESSION,
                    owner=request.session,
                    detail=_detail(request, attempt=attempt, raw=raw),
                )

    def request_answered(
        self, request: RequestRef, message: IncomingMessage, rtt_s: float, attempts: int
    ) -> None:
        app = self._app
        with app._lock:
            if not app.is_outstanding(request.session, request.request_id):
                return  # cancelled or closed after the answer arrived: nothing is delivered
            app._set_pdu_status(request.pdu_handle, state=PduState.ANSWERED, rtt_ms=rtt_s * 1000)
            if app.events.active:
                app.events.emit(
                    EventType.MESSAGE_RECEIVED,
                    handle=request.session,
                    kind=HandleKind.SESSION,
                    owner=request.session,
                    detail=_detail(request, raw=message.raw, peer=message.src.text()),
                )
            app.note_statistics(request.dst_entity, round(rtt_s * 100), attempts - 1)
        app.deliver(request.session, message, request_id=request.request_id)

    def request_failed(
        self, request: RequestRef, code: int, message: IncomingMessage | None = None
    ) -> None:
        app = self._app
        if request.confirmed:
            app.request_failed(request.session, request.request_id, code, message)
        else:
            app.set_pdu_status(request.pdu_handle, state=PduState.FAILED, error=int(code))

    # ------------------------------------------------------------------ unsolicited messages
    def notification_received(self, message: IncomingMessage, trap_oid: Oid | None) -> None:
        app = self._app
        if app.events.active:
            with app._lock:
                app.events.emit(
                    EventType.MESSAGE_RECEIVED,
                    detail=_incoming_detail(message, "notification"),
                )
        app.deliver_trap(message, trap_oid)

    def agent_request(self, entity: int, message: IncomingMessage) -> None:
        app = self._app
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

    def datagram_dropped(self, peer: str, raw: bytes, reason: str) -> None:
        app = self._app
        with app._lock:
            app.events.emit(
                EventType.MESSAGE_RECEIVED,
                detail={"peer": peer, "raw": raw, "dropped": reason},
            )


def _detail(request: RequestRef, **extra: Any) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "request_id": request.request_id,
        "pdu": request.pdu_handle,
        "peer": request.peer,
        "version": request.version,
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
