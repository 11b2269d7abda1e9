"""Messaging (reference §5.6, §5.7): sending, the session queues, the agent role, encode/decode.

The pure resource-model half of messaging: validating every messaging call, copying what the
transport needs out of the handles, keeping each session's outstanding requests and its queue
of incoming messages, and turning a queued message into handles for SnmpRecvMsg. Sockets,
encoding, retransmission and timers live in the transport, reached through
:class:`~snmpscope.core.model.ports.TransportBackend` (:class:`TransportLink`); what the
transport reports comes in through :mod:`~snmpscope.core.model.inbound`, which ends in
:meth:`Messaging.deliver` and :meth:`Messaging.request_failed`.
"""

from __future__ import annotations

from collections.abc import Callable

from snmpscope.core.constants import (
    SNMPAPI_OFF,
    SNMPAPI_ON,
    ApiError,
    HandleKind,
    PduType,
    SnmpVersion,
)
from snmpscope.core.errors import LimitError, SnmpApiError
from snmpscope.core.model.events import EventType
from snmpscope.core.model.handles import HandleTable, is_int
from snmpscope.core.model.limits import message_bytes
from snmpscope.core.model.ports import CONFIRMED_TYPES, OutboundMessage
from snmpscope.core.model.sessions import Sessions
from snmpscope.core.model.states import (
    ContextState,
    EntityState,
    IncomingMessage,
    PduData,
    PduObj,
    PduState,
    PduStatus,
    SessionState,
)
from snmpscope.core.model.transport_link import TransportLink


class Messaging:
    """SnmpSendMsg, SnmpCancelMsg, SnmpRecvMsg, SnmpListen, SnmpEncodeMsg, SnmpDecodeMsg, and
    the delivery of what comes in to the session queues."""

    def __init__(self, table: HandleTable, link: TransportLink, sessions: Sessions) -> None:
        self._table = table
        self._lock = table.lock
        self._link = link
        self._sessions = sessions

    # ---------------------------------------------------------------- checks for send/encode
    def _outbound(
        self, session: int, src: int | None, dst: int, context: int, pdu: int
    ) -> tuple[SessionState, OutboundMessage]:
        state = self._table.session(session)
        src_state = self._table.resource(src, HandleKind.ENTITY, EntityState) if src else None
        if src is not None and src != 0 and src_state is None:  # pragma: no cover - defensive
            self._table.fail(ApiError.ENTITY_INVALID, "invalid source entity", state)
        try:
            dst_state = self._table.resource(dst, HandleKind.ENTITY, EntityState)
            ctx = self._table.resource(context, HandleKind.CONTEXT, ContextState)
            obj = self._table.resource(pdu, HandleKind.PDU, PduObj)
        except SnmpApiError as exc:
            raise self._table.record(exc, state) from None
        d = obj.data
        if d.type not in (PduType.GETBULK, PduType.RESPONSE) and (d.error_status or d.error_index):
            self._table.fail(
                ApiError.PDU_INVALID,
                "error status and index must be 0 except in GETBULK and RESPONSE PDUs",
                state,
            )
        if d.type == PduType.GETBULK and (d.error_status < 0 or d.error_index < 0):
            self._table.fail(
                ApiError.PDU_INVALID, "negative non-repeaters or max-repetitions", state
            )
        if d.type == PduType.INFORM and dst_state.version == SnmpVersion.V1:
            self._table.fail(ApiError.OPERATION_INVALID, "SNMPv1 has no INFORM PDU", state)
        if dst_state.version == SnmpVersion.V3 and dst_state.security is None:
            self._table.fail(ApiError.ENTITY_INVALID, "SNMPv3 entity without USM user", state)
        message = OutboundMessage(
            session=state.handle,
            src=None if src_state is None else src_state.address,
            dst=dst_state.address,
            version=dst_state.version,
            community=ctx.community,
            pdu=PduData(d.type, d.request_id, d.error_status, d.error_index, list(d.varbinds)),
            pdu_handle=obj.handle,
            timeout_cs=dst_state.timeout_cs,
            retry=dst_state.retry,
            retransmit=self._table.retransmit_mode == SNMPAPI_ON,
            security=dst_state.security,
            context_engine_id=ctx.context_engine_id,
            dst_entity=dst_state.handle,
        )
        return state, message

    # ---------------------------------------------------------------- send / cancel
    def send_msg(self, session: int, src: int | None, dst: int, context: int, pdu: int) -> None:
        """SnmpSendMsg: validates, copies what it needs and returns at once.

        The message is encoded outside the lock (the transport's encode is thread-safe):
        under the lock the request id is reserved in the session's outstanding requests,
        then encoded, then handed to the transport under the lock again. A request cancelled
        or a session closed in between is not transmitted (as if it had been sent just before).
        """
        with self._lock:
            self._table.require_started()
            state, message = self._outbound(session, src, dst, context, pdu)
            confirmed = message.pdu.type in CONFIRMED_TYPES
            request_id = message.pdu.request_id
            if confirmed:
                if request_id in state.outstanding:
                    self._table.fail(
                        ApiError.PDU_INVALID,
                        f"request id {request_id} is already outstanding",
                        state,
                    )
                limits = self._table.limits
                room = limits.queue_per_session
                if len(state.queue) + len(state.outstanding) >= room:
                    raise self._table.record(LimitError("queue_per_session", room), state)
                if state.queued_bytes >= limits.queue_bytes_per_session:
                    # The answer would find the queue full: say so now.
                    raise self._table.record(
                        LimitError("queue_bytes_per_session", limits.queue_bytes_per_session),
                        state,
                    )
            backend = self._link.backend(state)
            if confirmed:
                state.outstanding[request_id] = message
        try:
            message.wire = backend.encode(message)
        except SnmpApiError as exc:
            with self._lock:
                if state.outstanding.get(request_id) is message:
                    del state.outstanding[request_id]
                raise self._table.record(exc, state) from None
        with self._lock:
            if not state.open or (confirmed and state.outstanding.get(request_id) is not message):
                return  # closed or cancelled while it was being encoded
            try:
                backend.send(message)
            except SnmpApiError as exc:
                state.outstanding.pop(request_id, None)
                raise self._table.record(exc, state) from None

    def cancel_msg(self, session: int, request_id: int) -> None:
        """SnmpCancelMsg: no more retries, no response delivery, no timeout notice."""
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            message = (
                state.outstanding.pop(request_id, None) if isinstance(request_id, int) else None
            )
            if message is None:
                self._table.fail(
                    ApiError.PDU_INVALID, f"request id {request_id!r} is not outstanding", state
                )
            backend = self._link.running
            if backend is not None:
                backend.cancel(state.handle, request_id)
            self._table.set_pdu_status(message.pdu_handle, state=PduState.CANCELLED)
            self._table.events.emit(
                EventType.REQUEST_CANCELLED,
                handle=state.handle,
                kind=HandleKind.SESSION,
                owner=state.handle,
                detail={"request_id": request_id},
            )

    def is_outstanding(self, session: int, request_id: int) -> bool:
        with self._lock:
            state = self._table.sessions.get(session)
            return state is not None and request_id in state.outstanding

    # ---------------------------------------------------------------- delivery (from inbound)
    def deliver(
        self, session: int, message: IncomingMessage, request_id: int | None = None
    ) -> bool:
        """Queue ``message`` for a session and notify it (wParam 0, lParam = request id).

        ``request_id`` given means this answers an outstanding request, which it completes; a
        request no longer outstanding (cancelled, timed out, closed) is not delivered. Returns
        whether the message was queued. A full queue drops the message, sets ALLOC_ERROR as the
        session's last error and notifies wParam = ALLOC_ERROR.
        """
        with self._lock:
            state = self._table.sessions.get(session)
            if state is None or not state.open:
                return False
            outcome = self.enqueue(state, message, request_id)
        if outcome is None:
            return False
        self.announce(state, outcome, message.pdu.request_id)
        return outcome == 0

    def enqueue(
        self, state: SessionState, message: IncomingMessage, request_id: int | None = None
    ) -> int | None:
        """The queueing half of :meth:`deliver`, for an open session; call holding the lock
        and then :meth:`announce` the outcome without it. Returns 0 when queued, ALLOC_ERROR
        when a queue limit (messages or bytes) dropped the message, None when ``request_id``
        is not outstanding. A drop is counted in the session (``dropped``, ``drop_limit``)
        and its MESSAGE_DROPPED event names the limit."""
        if request_id is not None:
            request = state.outstanding.pop(request_id, None)
            if request is None:
                return None
            message.request_pdu = request.pdu_handle
        message.size = message_bytes(len(message.raw), message.pdu.varbinds)
        refused = self._queue_limit(state, message.size)
        if refused is not None:
            state.dropped += 1
            state.drop_limit = refused.limit
            self._table.record(refused, state)
        else:
            state.queue.append(message)
            state.queued_bytes += message.size
        if self._table.events.active:
            detail: dict[str, object] = {
                "request_id": message.pdu.request_id,
                "bytes": message.size,
            }
            if refused is not None:
                detail.update(limit=refused.limit, maximum=refused.maximum, dropped=state.dropped)
            self._table.events.emit(
                EventType.MESSAGE_DROPPED if refused is not None else EventType.MESSAGE_QUEUED,
                handle=state.handle,
                kind=HandleKind.SESSION,
                owner=state.handle,
                detail=detail,
            )
        return int(ApiError.ALLOC_ERROR) if refused is not None else 0

    def _queue_limit(self, state: SessionState, size: int) -> LimitError | None:
        """The queue limit a message of ``size`` bytes would break, if any."""
        limits = self._table.limits
        if len(state.queue) >= limits.queue_per_session:
            return LimitError("queue_per_session", limits.queue_per_session)
        if state.queued_bytes + size > limits.queue_bytes_per_session:
            return LimitError("queue_bytes_per_session", limits.queue_bytes_per_session)
        return None

    def announce(self, state: SessionState, outcome: int, request_id: int) -> None:
        """Notify a session of an :meth:`enqueue` outcome (0 or ALLOC_ERROR); call without
        holding the lock."""
        self._sessions.notify(state, outcome, request_id)

    def request_failed(
        self, session: int, request_id: int, code: int, message: IncomingMessage | None = None
    ) -> bool:
        """A request ended without an answer (TL_TIMEOUT, TL_UNDELIVERABLE ...): notify
        wParam = code, lParam = request id. With ``message`` the error is also queued so the
        next RecvMsg fails with ``code`` but fills its outputs. False if no longer outstanding."""
        with self._lock:
            state = self._table.sessions.get(session)
            if state is None or not state.open:
                return False
            request = state.outstanding.pop(request_id, None)
            if request is None:
                return False
            state_name = PduState.TIMED_OUT if code == ApiError.TL_TIMEOUT else PduState.FAILED
            self._table.set_pdu_status(request.pdu_handle, state=state_name, error=int(code))
            if message is not None:
                # Bounded by the outstanding requests, so it is queued past the limits.
                message.error = int(code)
                message.request_pdu = request.pdu_handle
                message.size = message_bytes(len(message.raw), message.pdu.varbinds)
                state.queue.append(message)
                state.queued_bytes += message.size
            self._table.events.emit(
                EventType.REQUEST_TIMED_OUT
                if code == ApiError.TL_TIMEOUT
                else EventType.MESSAGE_DROPPED,
                handle=state.handle,
                kind=HandleKind.SESSION,
                owner=state.handle,
                detail={"request_id": request_id, "code": int(code)},
            )
        self._sessions.notify(state, int(code), request_id)
        return True

    # ---------------------------------------------------------------- receive
    def recv_msg(self, session: int) -> tuple[int, int, int, int]:
        """SnmpRecvMsg: pop the queue into four new handles (src, dst, context, PDU).

        Fails with NOOP on an empty queue. A queued transport error fails with its TL_* code
        *after* creating the handles; :attr:`SnmpApiError.outputs` then carries them.
        """
        with self._lock:
            state = self._waiting(session)
            self._table.check_room(state, 4)
            message = self._pop(state)
            handles = self._adopt_message(state, message)
            if message.error:
                error = SnmpApiError(message.error, "transport error for an earlier request")
                error.outputs = handles  # type: ignore[attr-defined]
                raise self._table.record(error, state)
            return handles

    def take_msg(
        self, session: int, wants_handles: Callable[[IncomingMessage], bool]
    ) -> tuple[IncomingMessage, tuple[int, int, int, int] | None, int] | None:
        """SnmpRecvMsg for the Pythonic receivers: the next message in the queue, only when
        ``wants_handles(message)`` says so its four handles as RecvMsg makes them (an answer
        that its caller reads and drops needs none: four handles made and freed per request
        are most of what receiving costs), and how many messages are still queued after it.

        Same order, same ALLOC_ERROR (the message stays queued) when the handles do not fit;
        a queued transport error is not raised but carried in ``message.error``. An empty
        queue or a closed session (every session, after the cleanup) is None, quietly: no
        NOOP or SESSION_INVALID is raised or written to the last-error slots, so a receiver
        needs no ``queued_count`` before each take, and the count returned spares it a take
        that would find nothing. ``wants_handles`` is called holding the model's lock."""
        with self._lock:
            state = self._table.sessions.get(session) if is_int(session) else None
            if state is None or not state.open or not state.queue:  # (none after a cleanup)
                return None
            if not wants_handles(state.queue[0]):
                return self._pop(state), None, len(state.queue)
            self._table.check_room(state, 4)
            message = self._pop(state)
            return message, self._adopt_message(state, message), len(state.queue)

    def _waiting(self, session: int) -> SessionState:
        self._table.require_started()
        state = self._table.session(session)
        if not state.queue:
            self._table.fail(ApiError.NOOP, "no message is waiting", state)
        return state

    def _pop(self, state: SessionState) -> IncomingMessage:
        message = state.queue.popleft()
        state.queued_bytes -= message.size
        if self._table.events.active:
            self._table.events.emit(
                EventType.MESSAGE_DEQUEUED,
                handle=state.handle,
                kind=HandleKind.SESSION,
                owner=state.handle,
                detail={"request_id": message.pdu.request_id},
            )
        return message

    def _adopt_message(
        self, state: SessionState, message: IncomingMessage
    ) -> tuple[int, int, int, int]:
        """The four handles SnmpRecvMsg makes of a popped message (room checked)."""
        src = self._table.adopt(
            state,
            EntityState(
                self._table.new_handle(),
                state.handle,
                message.src,
                message.version,
                from_string=False,
                security=message.security,
            ),
        )
        dst = self._table.adopt(
            state,
            EntityState(
                self._table.new_handle(),
                state.handle,
                message.dst,
                message.version,
                from_string=False,
            ),
        )
        ctx = self._table.adopt(
            state,
            ContextState(
                self._table.new_handle(),
                state.handle,
                message.community,
                context_engine_id=message.context_engine_id,
                version=message.version,
            ),
        )
        status = PduStatus(
            state=PduState.RECEIVED,
            peer=message.src.text(),
            raw=message.raw,
            in_reply_to=message.request_pdu,
        )
        pdu = self._table.adopt(
            state, PduObj(self._table.new_handle(), state.handle, message.pdu, status)
        )
        if message.request_pdu:
            request = self._table.handles.get(message.request_pdu)
            if isinstance(request, PduObj):
                request.status.response_pdu = pdu
                self._table.changed(request, "status")
        return src, dst, ctx, pdu

    def queued_count(self, session: int) -> int:
        with self._lock:
            return len(self._table.session(session).queue)

    # ---------------------------------------------------------------- agent role
    def listen(self, entity: int, status: int) -> None:
        """SnmpListen: ON makes the entity an agent bound to its address and port."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            owner = self._table.owner_of(state)
            if not state.from_string:
                self._table.fail(
                    ApiError.ENTITY_INVALID, "only SnmpStrToEntity entities can listen", owner
                )
            if status not in (SNMPAPI_OFF, SNMPAPI_ON):
                self._table.fail(
                    ApiError.MODE_INVALID, f"listen status {status!r} is not OFF or ON", owner
                )
            if bool(status) == state.listening:
                self._table.fail(
                    ApiError.NOOP,
                    "the entity is already listening" if status else "the entity is not listening",
                    owner,
                )
            backend = self._link.backend(owner)
            try:
                backend.listen(state, bool(status))
            except SnmpApiError as exc:
                raise self._table.record(exc, owner) from None
            state.listening = bool(status)
            self._table.changed(state, "listening")

    # ---------------------------------------------------------------- encode / decode
    def encode_msg(self, session: int, src: int, dst: int, context: int, pdu: int) -> bytes:
        with self._lock:
            self._table.require_started()
            state, message = self._outbound(session, src, dst, context, pdu)
            try:
                return self._link.backend(state).encode(message)
            except SnmpApiError as exc:
                raise self._table.record(exc, state) from None

    def decode_msg(self, session: int, data: bytes) -> tuple[int, int, int, int, int]:
        """SnmpDecodeMsg: (src=0, dst=0, new context, new PDU, bytes decoded) for v1/v2c."""
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            if not isinstance(data, bytes | bytearray | memoryview) or len(data) == 0:
                self._table.fail(ApiError.MESSAGE_INVALID, "no message bytes", state)
            try:
                decoded = self._link.backend(state).decode(bytes(data))
            except SnmpApiError as exc:
                raise self._table.record(exc, state) from None
            self._table.check_room(state, 2)
            ctx = self._table.adopt(
                state,
                ContextState(
                    self._table.new_handle(),
                    state.handle,
                    decoded.community,
                    context_engine_id=decoded.context_engine_id,
                    version=decoded.version,
                ),
            )
            pdu = self._table.adopt(
                state,
                PduObj(
                    self._table.new_handle(),
                    state.handle,
                    decoded.pdu,
                    PduStatus(state=PduState.RECEIVED, raw=bytes(data[: decoded.length])),
                ),
            )
            return 0, 0, ctx, pdu, decoded.length
