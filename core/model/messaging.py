"""Messaging (reference §5.6, §5.7, §7): the part of it that is pure resource model.

This module owns the session queues, notification, trap registrations and the validation of
every messaging call. Sockets, encoding, retransmission and timers live in the transport
(:mod:`snmpscope.core.transport`), reached through the :class:`TransportBackend` protocol; the
transport calls back into :meth:`MessagingMixin.deliver` and friends from its I/O thread.
"""

from __future__ import annotations

import contextlib

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
from snmpscope.core.model.handles import AppBase
from snmpscope.core.model.ports import (
    CONFIRMED_TYPES,
    ModelPort,
    OutboundMessage,
    TransportBackend,
    TransportFactory,
)
from snmpscope.core.model.states import (
    ContextState,
    EntityState,
    IncomingMessage,
    PduData,
    PduObj,
    PduState,
    PduStatus,
    Registration,
    SessionState,
)
from snmpscope.core.smi.oid import Oid, is_prefix, validate_oid


class MessagingMixin(AppBase):
    _transport: TransportBackend | None = None
    _transport_factory: TransportFactory | None = None
    _port: ModelPort

    # ---------------------------------------------------------------- transport plumbing
    @property
    def running_transport(self) -> TransportBackend | None:
        """The transport backend while one runs (for statistics and diagnostics)."""
        return self._transport

    def _backend(self, session: SessionState | None = None) -> TransportBackend:
        if self._transport is None:
            factory = self._transport_factory
            if factory is None:
                self._fail(ApiError.TL_NOT_INITIALIZED, "no transport is configured", session)
            try:
                self._transport = factory(self._port)
            except SnmpApiError as exc:
                raise self._record(exc, session) from None
        return self._transport

    def _shutdown_transport(self) -> None:
        transport, self._transport = self._transport, None
        if transport is not None:
            transport.shutdown()

    def _session_closing(self, state: SessionState) -> None:
        state.outstanding.clear()
        for owned in list(state.owned.values()):
            if isinstance(owned, EntityState) and owned.listening:
                self._stop_listening(owned)
        if self._transport is not None:
            self._transport.session_closed(state.handle)

    def _entity_freeing(self, state: EntityState) -> None:
        if state.listening:
            self._stop_listening(state)

    def _stop_listening(self, entity: EntityState) -> None:
        entity.listening = False
        if self._transport is not None:
            with contextlib.suppress(SnmpApiError):  # the port is gone either way
                self._transport.listen(entity, False)

    # ---------------------------------------------------------------- checks for send/encode
    def _outbound(
        self, session: int, src: int | None, dst: int, context: int, pdu: int
    ) -> tuple[SessionState, OutboundMessage]:
        state = self._session(session)
        src_state = self._resource(src, HandleKind.ENTITY, EntityState) if src else None
        if src is not None and src != 0 and src_state is None:  # pragma: no cover - defensive
            self._fail(ApiError.ENTITY_INVALID, "invalid source entity", state)
        try:
            dst_state = self._resource(dst, HandleKind.ENTITY, EntityState)
            ctx = self._resource(context, HandleKind.CONTEXT, ContextState)
            obj = self._resource(pdu, HandleKind.PDU, PduObj)
        except SnmpApiError as exc:
            raise self._record(exc, state) from None
        d = obj.data
        if d.type not in (PduType.GETBULK, PduType.RESPONSE) and (d.error_status or d.error_index):
            self._fail(
                ApiError.PDU_INVALID,
                "error status and index must be 0 except in GETBULK and RESPONSE PDUs",
                state,
            )
        if d.type == PduType.GETBULK and (d.error_status < 0 or d.error_index < 0):
            self._fail(ApiError.PDU_INVALID, "negative non-repeaters or max-repetitions", state)
        if d.type == PduType.INFORM and dst_state.version == SnmpVersion.V1:
            self._fail(ApiError.OPERATION_INVALID, "SNMPv1 has no INFORM PDU", state)
        if dst_state.version == SnmpVersion.V3 and dst_state.security is None:
            self._fail(ApiError.ENTITY_INVALID, "SNMPv3 entity without USM user", state)
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
            retransmit=self._retransmit_mode == SNMPAPI_ON,
            security=dst_state.security,
            context_engine_id=ctx.context_engine_id,
            dst_entity=dst_state.handle,
        )
        return state, message

    # ---------------------------------------------------------------- send / cancel
    def send_msg(self, session: int, src: int | None, dst: int, context: int, pdu: int) -> None:
        """SnmpSendMsg: validates, copies what it needs and returns at once."""
        with self._lock:
            self._require_init()
            state, message = self._outbound(session, src, dst, context, pdu)
            confirmed = message.pdu.type in CONFIRMED_TYPES
            if confirmed:
                if message.pdu.request_id in state.outstanding:
                    self._fail(
                        ApiError.PDU_INVALID,
                        f"request id {message.pdu.request_id} is already outstanding",
                        state,
                    )
                room = self._limits.queue_per_session
                if len(state.queue) + len(state.outstanding) >= room:
                    raise self._record(LimitError("queue_per_session", room), state)
            backend = self._backend(state)
            if confirmed:
                state.outstanding[message.pdu.request_id] = message
            try:
                backend.send(message)
            except SnmpApiError as exc:
                state.outstanding.pop(message.pdu.request_id, None)
                raise self._record(exc, state) from None

    def cancel_msg(self, session: int, request_id: int) -> None:
        """SnmpCancelMsg: no more retries, no response delivery, no timeout notice."""
        with self._lock:
            self._require_init()
            state = self._session(session)
            message = (
                state.outstanding.pop(request_id, None) if isinstance(request_id, int) else None
            )
            if message is None:
                self._fail(
                    ApiError.PDU_INVALID, f"request id {request_id!r} is not outstanding", state
                )
            if self._transport is not None:
                self._transport.cancel(state.handle, request_id)
            self._set_pdu_status(message.pdu_handle, state=PduState.CANCELLED)
            self.events.emit(
                EventType.REQUEST_CANCELLED,
                handle=state.handle,
                kind=HandleKind.SESSION,
                owner=state.handle,
                detail={"request_id": request_id},
            )

    def is_outstanding(self, session: int, request_id: int) -> bool:
        with self._lock:
            state = self._sessions.get(session)
            return state is not None and request_id in state.outstanding

    # ---------------------------------------------------------------- called by the transport
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
            state = self._sessions.get(session)
            if state is None or not state.open:
                return False
            if request_id is not None:
                request = state.outstanding.pop(request_id, None)
                if request is None:
                    return False
                message.request_pdu = request.pdu_handle
            maximum = self._limits.queue_per_session
            dropped = len(state.queue) >= maximum
            if dropped:
                self._record(LimitError("queue_per_session", maximum), state)
            else:
                state.queue.append(message)
            self.events.emit(
                EventType.MESSAGE_DROPPED if dropped else EventType.MESSAGE_QUEUED,
                handle=state.handle,
                kind=HandleKind.SESSION,
                owner=state.handle,
                detail={"request_id": message.pdu.request_id},
            )
        if dropped:
            self._notify(state, ApiError.ALLOC_ERROR, message.pdu.request_id)
            return False
        self._notify(state, 0, message.pdu.request_id)
        return True

    def request_failed(
        self, session: int, request_id: int, code: int, message: IncomingMessage | None = None
    ) -> bool:
        """A request ended without an answer (TL_TIMEOUT, TL_UNDELIVERABLE ...): notify
        wParam = code, lParam = request id. With ``message`` the error is also queued so the
        next RecvMsg fails with ``code`` but fills its outputs. False if no longer outstanding."""
        with self._lock:
            state = self._sessions.get(session)
            if state is None or not state.open:
                return False
            request = state.outstanding.pop(request_id, None)
            if request is None:
                return False
            state_name = PduState.TIMED_OUT if code == ApiError.TL_TIMEOUT else PduState.FAILED
            self._set_pdu_status(request.pdu_handle, state=state_name, error=int(code))
            if message is not None:
                message.error = int(code)
                message.request_pdu = request.pdu_handle
                state.queue.append(message)
            self.events.emit(
                EventType.REQUEST_TIMED_OUT
                if code == ApiError.TL_TIMEOUT
                else EventType.MESSAGE_DROPPED,
                handle=state.handle,
                kind=HandleKind.SESSION,
                owner=state.handle,
                detail={"request_id": request_id, "code": int(code)},
            )
        self._notify(state, int(code), request_id)
        return True

    def deliver_trap(self, message: IncomingMessage, trap_oid: Oid | None) -> list[int]:
        """Give a received notification (already in v2 form) to every session whose
        registrations match it; returns the sessions it was queued to."""
        with self._lock:
            targets = [
                s.handle
                for s in self._sessions.values()
                if any(registration_matches(r, message, trap_oid) for r in s.registrations)
            ]
        delivered = []
        for handle in targets:
            copy = IncomingMessage(
                message.src,
                message.dst,
                message.version,
                message.community,
                PduData(
                    message.pdu.type,
                    message.pdu.request_id,
                    message.pdu.error_status,
                    message.pdu.error_index,
                    list(message.pdu.varbinds),
                ),
                message.raw,
                0,
                message.received_at,
            )
            if self.deliver(handle, copy):
                delivered.append(handle)
        return delivered

    def listener_session(self, entity: int) -> int:
        """The session that owns a listening entity (agent-role requests go to its queue)."""
        with self._lock:
            state = self._table.get(entity)
            if isinstance(state, EntityState) and state.listening:
                return state.owner
            return 0

    def note_statistics(self, entity: int, rtt_cs: int, retries: int) -> None:
        """Transport hook: the "actual" values SnmpGetTimeout/SnmpGetRetry report."""
        with self._lock:
            state = self._table.get(entity)
            if isinstance(state, EntityState):
                state.actual_timeout_cs = rtt_cs
                state.actual_retry = retries

    def set_pdu_status(self, pdu: int, **changes: object) -> None:
        """Transport hook: annotate a PDU handle's status (ignored if the handle is gone)."""
        with self._lock:
            self._set_pdu_status(pdu, **changes)

    # ---------------------------------------------------------------- receive
    def recv_msg(self, session: int) -> tuple[int, int, int, int]:
        """SnmpRecvMsg: pop the queue into four new handles (src, dst, context, PDU).

        Fails with NOOP on an empty queue. A queued transport error fails with its TL_* code
        *after* creating the handles; :attr:`SnmpApiError.outputs` then carries them.
        """
        with self._lock:
            self._require_init()
            state = self._session(session)
            if not state.queue:
                self._fail(ApiError.NOOP, "no message is waiting", state)
            self._check_handle_room(state, 4)
            message = state.queue.popleft()
            self.events.emit(
                EventType.MESSAGE_DEQUEUED,
                handle=state.handle,
                kind=HandleKind.SESSION,
                owner=state.handle,
                detail={"request_id": message.pdu.request_id},
            )
            src = self._adopt(
                state,
                EntityState(
                    self._new_handle(),
                    state.handle,
                    message.src,
                    message.version,
                    from_string=False,
                    security=message.security,
                ),
            )
            dst = self._adopt(
                state,
                EntityState(
                    self._new_handle(),
                    state.handle,
                    message.dst,
                    message.version,
                    from_string=False,
                ),
            )
            ctx = self._adopt(
                state,
                ContextState(
                    self._new_handle(),
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
            pdu = self._adopt(state, PduObj(self._new_handle(), state.handle, message.pdu, status))
            if message.request_pdu:
                request = self._table.get(message.request_pdu)
                if isinstance(request, PduObj):
                    request.status.response_pdu = pdu
                    self._changed(request, "status")
            if message.error:
                error = SnmpApiError(message.error, "transport error for an earlier request")
                error.outputs = (src, dst, ctx, pdu)  # type: ignore[attr-defined]
                raise self._record(error, state)
            return src, dst, ctx, pdu

    def queued_count(self, session: int) -> int:
        with self._lock:
            return len(self._session(session).queue)

    # ---------------------------------------------------------------- traps
    def register(
        self,
        session: int,
        src: int | None,
        dst: int | None,
        context: int | None,
        notification: Oid | None,
        state: int,
    ) -> None:
        """SnmpRegister: add or remove a trap filter; None fields are wildcards.

        ``src`` is the registering manager and is not used for filtering. ``dst`` matches the
        sending agent by IP address only (agents send traps from any source port). Redundant
        registrations succeed and change nothing; OFF removes the exact filter (a filter that
        is not there is a no-op). Any ``state`` other than OFF means ON.
        """
        with self._lock:
            self._require_init()
            sess = self._session(session)
            try:
                if src:
                    self._resource(src, HandleKind.ENTITY, EntityState)
                agent = self._resource(dst, HandleKind.ENTITY, EntityState) if dst else None
                ctx = self._resource(context, HandleKind.CONTEXT, ContextState) if context else None
                oid = None if notification is None else validate_oid(notification)
            except SnmpApiError as exc:
                raise self._record(exc, sess) from None
            registration = Registration(
                None if agent is None else (agent.address.ip, agent.address.port),
                None if ctx is None else ctx.community,
                oid,
            )
            if state == SNMPAPI_OFF:
                sess.registrations.discard(registration)
                self._changed(sess, "registrations")
                return
            if any(covers(existing, registration) for existing in sess.registrations):
                return
            try:
                self._backend(sess).ensure_trap_receiver()
            except SnmpApiError as exc:  # TL_IN_USE & co. belong in the last-error slots too
                raise self._record(exc, sess) from None
            sess.registrations.add(registration)
            self._changed(sess, "registrations")

    def set_trap_endpoint(self, host: str, port: int) -> tuple[str, int]:
        """Where the trap/inform receiver listens (an extension; the default is
        127.0.0.1:10162). A receiver already bound moves at once, keeping every session's
        registrations; the new address is bound before the old one is let go, so a failure
        (TL_IN_USE, TL_NOT_INITIALIZED for a non-local address or a privileged port) leaves
        receiver and setting as they were. Returns the endpoint in force (port 0 becomes
        the port the system chose once bound). Works before startup too."""
        with self._lock:
            if not 0 <= port <= 65535:
                self._fail(ApiError.SIZE_INVALID, f"trap port {port} is not 0-65535")
            try:
                moved = (
                    None
                    if self._transport is None
                    else self._transport.move_trap_receiver(host, port)
                )
            except SnmpApiError as exc:
                raise self._record(exc) from None
            self.trap_endpoint = moved or (host, port)
            return self.trap_endpoint

    def registrations(self, session: int) -> list[Registration]:
        with self._lock:
            return sorted(self._session(session).registrations, key=repr)

    # ---------------------------------------------------------------- agent role
    def listen(self, entity: int, status: int) -> None:
        """SnmpListen: ON makes the entity an agent bound to its address and port."""
        with self._lock:
            self._require_init()
            state = self._resource(entity, HandleKind.ENTITY, EntityState)
            owner = self._owner_of(state)
            if not state.from_string:
                self._fail(
                    ApiError.ENTITY_INVALID, "only SnmpStrToEntity entities can listen", owner
                )
            if status not in (SNMPAPI_OFF, SNMPAPI_ON):
                self._fail(
                    ApiError.MODE_INVALID, f"listen status {status!r} is not OFF or ON", owner
                )
            if bool(status) == state.listening:
                self._fail(
                    ApiError.NOOP,
                    "the entity is already listening" if status else "the entity is not listening",
                    owner,
                )
            backend = self._backend(owner)
            try:
                backend.listen(state, bool(status))
            except SnmpApiError as exc:
                raise self._record(exc, owner) from None
            state.listening = bool(status)
            self._changed(state, "listening")

    # ---------------------------------------------------------------- encode / decode
    def encode_msg(self, session: int, src: int, dst: int, context: int, pdu: int) -> bytes:
        with self._lock:
            self._require_init()
            state, message = self._outbound(session, src, dst, context, pdu)
            try:
                return self._backend(state).encode(message)
            except SnmpApiError as exc:
                raise self._record(exc, state) from None

    def decode_msg(self, session: int, data: bytes) -> tuple[int, int, int, int, int]:
        """SnmpDecodeMsg: (src=0, dst=0, new context, new PDU, bytes decoded) for v1/v2c."""
        with self._lock:
            self._require_init()
            state = self._session(session)
            if not isinstance(data, bytes | bytearray | memoryview) or len(data) == 0:
                self._fail(ApiError.MESSAGE_INVALID, "no message bytes", state)
            try:
                decoded = self._backend(state).decode(bytes(data))
            except SnmpApiError as exc:
                raise self._record(exc, state) from None
            self._check_handle_room(state, 2)
            ctx = self._adopt(
                state,
                ContextState(
                    self._new_handle(),
                    state.handle,
                    decoded.community,
                    context_engine_id=decoded.context_engine_id,
                    version=decoded.version,
                ),
            )
            pdu = self._adopt(
                state,
                PduObj(
                    self._new_handle(),
                    state.handle,
                    decoded.pdu,
                    PduStatus(state=PduState.RECEIVED, raw=bytes(data[: decoded.length])),
                ),
            )
            return 0, 0, ctx, pdu, decoded.length


def registration_matches(reg: Registration, message: IncomingMessage, trap_oid: Oid | None) -> bool:
    if reg.agent is not None and reg.agent[0] != message.src.ip:
        return False
    if reg.community is not None and reg.community != message.community:
        return False
    if reg.notification is not None:
        return trap_oid is not None and is_prefix(reg.notification, trap_oid)
    return True


def covers(existing: Registration, new: Registration) -> bool:
    """True when ``existing`` already lets through everything ``new`` would."""
    if existing.agent is not None and existing.agent[0] != (new.agent or ("",))[0]:
        return False
    if existing.community is not None and existing.community != new.community:
        return False
    if existing.notification is not None:
        return new.notification is not None and is_prefix(existing.notification, new.notification)
    return True
