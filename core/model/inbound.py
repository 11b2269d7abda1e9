"""The model's side of :class:`~snmpscope.core.model.ports.ModelPort`: what the transport reports.

The transport calls these from its dispatcher thread, in the order things happened on the
wire. Each report takes the model lock briefly to keep PDU status and wire events in step with
the model (events are emitted under the lock so that subscribers see one ordered history),
then hands messages over with ``deliver`` and friends, which notify sessions outside the lock.
"""

from __future__ import annotations

from typing import Any

from snmpscope.core.constants import ApiError, HandleKind, SnmpVersion
from snmpscope.core.model.events import EventType
from snmpscope.core.model.handles import HandleTable
from snmpscope.core.model.messaging import Messaging
from snmpscope.core.model.ports import RequestRef
from snmpscope.core.model.states import EntityState, IncomingMessage, PduState
from snmpscope.core.model.traps import Traps
from snmpscope.core.smi.oid import Oid


class ModelInbound:
    """Transport reports applied to the model (see the module docstring); implements
    :class:`~snmpscope.core.model.ports.ModelPort`."""

    def __init__(self, table: HandleTable, messaging: Messaging, traps: Traps) -> None:
        self._table = table
        self._lock = table.lock
        self._messaging = messaging
        self._traps = traps

    # ------------------------------------------------------------------ asked by the transport
    @property
    def observed(self) -> bool:
        return self._table.events.active

    @property
    def trap_endpoint(self) -> tuple[str, int]:
        return self._traps.endpoint

    def trap_endpoint_bound(self, host: str, port: int) -> None:
        with self._lock:
            self._traps.endpoint = (host, port)

    # ------------------------------------------------------------------ model hooks
    def listener_session(self, entity: int) -> int:
        """The session that owns a listening entity (agent-role requests go to its queue)."""
        with self._lock:
            state = self._table.handles.get(entity)
            if isinstance(state, EntityState) and state.listening:
                return state.owner
            return 0

    def note_statistics(self, entity: int, rtt_cs: int, retries: int) -> None:
        """The "actual" values SnmpGetTimeout/SnmpGetRetry report."""
        with self._lock:
            state = self._table.handles.get(entity)
            if isinstance(state, EntityState):
                state.actual_timeout_cs = rtt_cs
                state.actual_retry = retries

    def set_pdu_status(self, pdu: int, **changes: object) -> None:
        """Annotate a PDU handle's status (ignored if the handle is gone)."""
        with self._lock:
            self._table.set_pdu_status(pdu, **changes)

    # ------------------------------------------------------------------ requests
    def request_sent(self, request: RequestRef, attempt: int, sent_at: float, raw: bytes) -> None:
        table = self._table
        state = (
            PduState.SENT
            if not request.confirmed
            else PduState.PENDING
            if attempt == 1
            else PduState.RETRYING
        )
        with self._lock:
            if request.confirmed and not self._messaging.is_outstanding(
                request.session, request.request_id
            ):
                return  # cancelled, closed or answered meanwhile: keep the final status
            table.set_pdu_status(
                request.pdu_handle,
                state=state,
                attempt=attempt,
                max_attempts=request.max_attempts if request.confirmed else 1,
                sent_at=sent_at,
                peer=request.peer,
                raw=raw,
            )
            if table.events.active:
                table.events.emit(
                    EventType.MESSAGE_RETRANSMITTED if attempt > 1 else EventType.MESSAGE_SENT,
                    handle=request.session,
                    kind=HandleKind.SESSION,
                    owner=request.session,
                    detail=_detail(request, attempt=attempt, raw=raw),
                )

    def request_answered(
        self, request: RequestRef, message: IncomingMessage, rtt_s: float, attempts: int
    ) -> None:
        with self._lock:
            if not self._answered(request, message, rtt_s, attempts):
                return  # cancelled or closed after the answer arrived: nothing is delivered
        self._messaging.deliver(request.session, message, request_id=request.request_id)

    def answer_now(
        self, request: RequestRef, message: IncomingMessage, rtt_s: float, attempts: int
    ) -> bool:
        # Never wait for the lock here: the I/O thread calls this, and a thread holding the
        # lock may be waiting for the I/O thread (SnmpListen, SnmpCleanup ...).
        if not self._lock.acquire(blocking=False):
            return False
        try:
            state = self._table.sessions.get(request.session)
            if state is None or not state.quick:
                return False  # the dispatcher calls a callback that may take its time
            outcome = None
            if self._answered(request, message, rtt_s, attempts) and state.open:
                outcome = self._messaging.enqueue(state, message, request.request_id)
        finally:
            self._lock.release()
        if outcome is not None:
            self._messaging.announce(state, outcome, message.pdu.request_id)
        return True

    def _answered(
        self, request: RequestRef, message: IncomingMessage, rtt_s: float, attempts: int
    ) -> bool:
        """The model's record of an answer (PDU status, entity statistics, the event), holding
        the lock; False when the request is no longer outstanding."""
        table = self._table
        if not self._messaging.is_outstanding(request.session, request.request_id):
            return False
        table.set_pdu_status(request.pdu_handle, state=PduState.ANSWERED, rtt_ms=rtt_s * 1000)
        message.rtt_s = rtt_s
        self._note_v3(request.dst_entity, message, 0)
        if table.events.active:
            table.events.emit(
                EventType.MESSAGE_RECEIVED,
                handle=request.session,
                kind=HandleKind.SESSION,
                owner=request.session,
                detail=_detail(request, raw=message.raw, peer=message.src.text()),
            )
        self.note_statistics(request.dst_entity, round(rtt_s * 100), attempts - 1)
        return True

    def _note_v3(self, entity: int, message: IncomingMessage | None, code: int) -> None:
        """What an SNMPv3 answer or Report taught about the destination entity (the engine,
        the msgFlags, the Report in words). Holding the lock."""
        if message is None or message.version != SnmpVersion.V3:
            return
        state = self._table.handles.get(entity)
        if not isinstance(state, EntityState):
            return
        if message.engine is not None:
            state.engine_id_seen, state.engine_boots, state.engine_time = message.engine
        if code:
            from snmpscope.core.model.usm import explain_report

            state.last_report = explain_report(code, state.security, "", message.report_oid)
        else:
            state.msg_flags = message.msg_flags
            state.last_report = ""
        self._table.changed(state, "engine")

    def request_failed(
        self, request: RequestRef, code: int, message: IncomingMessage | None = None
    ) -> None:
        if ApiError.RPT_INVALIDMSG <= code <= ApiError.RPT_OTHER:
            with self._lock:
                self._note_v3(request.dst_entity, message, code)
        if request.confirmed:
            self._messaging.request_failed(request.session, request.request_id, code, message)
        else:
            self.set_pdu_status(request.pdu_handle, state=PduState.FAILED, error=int(code))

    # ------------------------------------------------------------------ unsolicited messages
    def notification_received(self, message: IncomingMessage, trap_oid: Oid | None) -> bool:
        events = self._table.events
        if events.active:
            with self._lock:
                events.emit(
                    EventType.MESSAGE_RECEIVED,
                    detail=_incoming_detail(message, "notification"),
                )
        return bool(self._traps.deliver_trap(message, trap_oid))

    def agent_request(self, entity: int, message: IncomingMessage) -> None:
        events = self._table.events
        session = self.listener_session(entity)
        if not session:
            return  # the entity stopped listening meanwhile
        if events.active:
            with self._lock:
                events.emit(
                    EventType.MESSAGE_RECEIVED,
                    handle=session,
                    kind=HandleKind.SESSION,
                    owner=session,
                    detail=_incoming_detail(message, "agent request"),
                )
        self._messaging.deliver(session, message)

    def datagram_dropped(self, peer: str, raw: bytes, reason: str) -> None:
        with self._lock:
            self._table.events.emit(
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
