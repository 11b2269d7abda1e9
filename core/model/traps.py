"""Trap and inform reception (reference §7.5): registrations, the receiver endpoint, delivery.

A session asks for notifications with filters (SnmpRegister); the first filter makes the
transport bind the one trap receiver of the application, on an endpoint the user may move at
any time. A received notification is copied into the queue of every session with a matching
filter. The filter rules and the endpoint setting live here, apart from request messaging.
"""

from __future__ import annotations

from collections.abc import Iterable

from snmpscope.core.constants import DEFAULT_TRAP_LISTEN, SNMPAPI_OFF, ApiError, HandleKind
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.handles import HandleTable, brief, is_int
from snmpscope.core.model.messaging import Messaging
from snmpscope.core.model.states import (
    ContextState,
    EntityState,
    IncomingMessage,
    PduData,
    Registration,
    SessionState,
)
from snmpscope.core.model.transport_link import TransportLink
from snmpscope.core.smi.oid import Oid, is_prefix, validate_oid


class Traps:
    """Trap filters of every session and the endpoint of the application's trap receiver."""

    def __init__(self, table: HandleTable, link: TransportLink, messaging: Messaging) -> None:
        self._table = table
        self._lock = table.lock
        self._link = link
        self._messaging = messaging
        # The transport binds the receiver here on the first SnmpRegister ON.
        self.endpoint: tuple[str, int] = DEFAULT_TRAP_LISTEN

    # ---------------------------------------------------------------- registrations
    def register(
        self,
        session: int,
        src: int | None,
        dst: int | None,
        context: int | None,
        notification: Iterable[int] | None,
        state: int,
    ) -> None:
        """SnmpRegister: add or remove a trap filter; None fields are wildcards.

        ``src`` is the registering manager and is not used for filtering. ``dst`` matches the
        sending agent by IP address only (agents send traps from any source port). Redundant
        registrations succeed and change nothing; OFF removes the exact filter (a filter that
        is not there is a no-op). Any int ``state`` other than OFF means ON (reference §5.6);
        a ``state`` that is not an int (True, 1.0, "on") is MODE_INVALID. NULL is None or 0;
        False, "" and [] are not handles.
        """
        table = self._table
        with self._lock:
            table.require_started()
            sess = table.session(session)
            try:
                table.optional_resource(src, HandleKind.ENTITY, EntityState)
                agent = table.optional_resource(dst, HandleKind.ENTITY, EntityState)
                ctx = table.optional_resource(context, HandleKind.CONTEXT, ContextState)
                oid = None if notification is None else validate_oid(notification)
            except SnmpApiError as exc:
                raise table.record(exc, sess) from None
            if not is_int(state):
                table.fail(
                    ApiError.MODE_INVALID, f"register state {brief(state)} is not OFF or ON", sess
                )
            registration = Registration(
                None if agent is None else (agent.address.ip, agent.address.port),
                None if ctx is None else ctx.community,
                oid,
            )
            if state == SNMPAPI_OFF:
                sess.registrations.discard(registration)
                table.changed(sess, "registrations")
                return
            if any(covers(existing, registration) for existing in sess.registrations):
                return
            try:
                self._link.backend(sess).ensure_trap_receiver()
            except SnmpApiError as exc:  # TL_IN_USE & co. belong in the last-error slots too
                raise table.record(exc, sess) from None
            sess.registrations.add(registration)
            table.changed(sess, "registrations")

    def unregister_all(self, session: int) -> int:
        """Remove every trap filter of ``session`` (an extension: SnmpRegister OFF for each);
        returns how many there were. From then on nothing more is queued (so no inform is
        acknowledged) for the session, while what is queued stays for SnmpRecvMsg: the first
        step of an orderly close that delivers everything acknowledged."""
        table = self._table
        with self._lock:
            table.require_started()
            sess = table.session(session)
            count = len(sess.registrations)
            if count:
                sess.registrations.clear()
                table.changed(sess, "registrations")
            return count

    def registrations(self, session: int) -> list[Registration]:
        with self._lock:
            return sorted(self._table.session(session).registrations, key=repr)

    # ---------------------------------------------------------------- the receiver endpoint
    def set_trap_endpoint(self, host: str, port: int) -> tuple[str, int]:
        """Where the trap/inform receiver listens (an extension; the default is
        127.0.0.1:10162). A receiver already bound moves at once, keeping every session's
        registrations; the new address is bound before the old one is let go, so a failure
        (TL_IN_USE, TL_NOT_INITIALIZED for a non-local address or a privileged port) leaves
        receiver and setting as they were. Returns the endpoint in force (port 0 becomes
        the port the system chose once bound). Works before startup too."""
        with self._lock:
            if not is_int(port) or not 0 <= port <= 65535:
                self._table.fail(ApiError.SIZE_INVALID, f"trap port {brief(port)} is not 0-65535")
            backend = self._link.running
            try:
                moved = None if backend is None else backend.move_trap_receiver(host, port)
            except SnmpApiError as exc:
                raise self._table.record(exc) from None
            self.endpoint = moved or (host, port)
            return self.endpoint

    # ---------------------------------------------------------------- delivery
    def deliver_trap(self, message: IncomingMessage, trap_oid: Oid | None) -> list[int]:
        """Give a received notification (already in v2 form) to every session whose
        registrations match it; returns the sessions it was queued to.

        Matching and queueing happen under one hold of the lock, so a registration removed
        (or a session closed) is either seen before, and nothing is queued for it, or after,
        and the message is already in the queue: whoever unregisters and then drains the
        queue gets every notification that was queued, and so acknowledged, for it.
        """
        outcomes: list[tuple[SessionState, int]] = []
        with self._lock:
            for state in list(self._table.sessions.values()):
                if not state.open or not any(
                    registration_matches(r, message, trap_oid) for r in state.registrations
                ):
                    continue
                outcome = self._messaging.enqueue(state, _copy_of(message))
                if outcome is not None:
                    outcomes.append((state, outcome))
        for state, outcome in outcomes:
            self._messaging.announce(state, outcome, message.pdu.request_id)
        return [state.handle for state, outcome in outcomes if outcome == 0]


def _copy_of(message: IncomingMessage) -> IncomingMessage:
    """A session's own copy of a notification (its varbind list is not shared)."""
    pdu = message.pdu
    return IncomingMessage(
        message.src,
        message.dst,
        message.version,
        message.community,
        PduData(pdu.type, pdu.request_id, pdu.error_status, pdu.error_index, list(pdu.varbinds)),
        message.raw,
        0,
        message.received_at,
        context_engine_id=message.context_engine_id,
        security=message.security,
    )


def registration_matches(reg: Registration, message: IncomingMessage, trap_oid: Oid | None) -> bool:
    """True when filter ``reg`` lets ``message`` (whose snmpTrapOID is ``trap_oid``) through."""
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
