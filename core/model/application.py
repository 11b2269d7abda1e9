"""The WinSNMP implementation object: one instance is one WinSNMP "application".

Both faces of the API drive an :class:`Application`: the C-style facade
(:mod:`snmpscope.core.winsnmp`, which uses a process-wide default instance) and the Pythonic API
(:mod:`snmpscope.core.api`). Methods raise :class:`~snmpscope.core.errors.SnmpApiError`; the
last-error slots are written before they raise. Everything is thread-safe behind one re-entrant
lock; events are emitted in order under that lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.descriptors import DescriptorMixin
from snmpscope.core.model.entities import EntityMixin
from snmpscope.core.model.events import HandleKind
from snmpscope.core.model.lifecycle import LifecycleMixin
from snmpscope.core.model.messaging import MessagingMixin, TransportBackend
from snmpscope.core.model.pdus import PduMixin
from snmpscope.core.model.states import (
    ContextState,
    EntityState,
    PduObj,
    ResourceInfo,
    SessionState,
    VblState,
)
from snmpscope.core.smi.oid import Oid, oid_compare, oid_from_str, validate_oid


def _default_transport(app: MessagingMixin) -> TransportBackend:
    """The real UDP transport, imported on first use so the model stays importable alone."""
    from snmpscope.core.transport import create_transport

    return create_transport(app)


class Application(MessagingMixin, PduMixin, EntityMixin, DescriptorMixin, LifecycleMixin):
    """One WinSNMP application: sessions, handles, modes, limits, last errors, events."""

    transport_factory = staticmethod(_default_transport)

    # ---------------------------------------------------------------- OID utilities
    def str_to_oid(self, text: str | bytes) -> Oid:
        with self._lock:
            self._require_init()
            if isinstance(text, bytes | bytearray):
                text = bytes(text).decode("ascii", "replace")
            try:
                return oid_from_str(text)
            except SnmpApiError as exc:
                raise self._record(exc) from None

    def check_oid(self, oid: Iterable[int]) -> Oid:
        with self._lock:
            self._require_init()
            try:
                return validate_oid(oid)
            except SnmpApiError as exc:
                raise self._record(exc) from None

    def oid_compare(self, x: Iterable[int], y: Iterable[int], maxlen: int = 0) -> int:
        """SnmpOidCompare; either OID may be empty; maxlen > 128 is SIZE_INVALID."""
        with self._lock:
            self._require_init()
            try:
                xs, ys = _loose_oid(x), _loose_oid(y)
                return oid_compare(xs, ys, maxlen)
            except SnmpApiError as exc:
                raise self._record(exc) from None

    # ---------------------------------------------------------------- read model
    def describe(self, handle: int) -> ResourceInfo | None:
        """An immutable snapshot of a live handle for display, or None if it is not live."""
        with self._lock:
            state = self._table.get(handle)
            if state is None:
                return None
            return ResourceInfo(state.handle, state.kind, state.owner, _fields_of(state))

    def owned_handles(self, session: int, kind: HandleKind | None = None) -> list[int]:
        """Live handles a session owns, in creation order (optionally of one kind)."""
        with self._lock:
            state = self._sessions.get(session)
            if state is None:
                return []
            return [h for h, s in state.owned.items() if kind is None or s.kind == kind]

    def live_handle_count(self, session: int | None = None) -> int:
        """Live non-session handles of one session, or of all sessions."""
        with self._lock:
            if session is not None:
                state = self._sessions.get(session)
                return 0 if state is None else len(state.owned)
            return sum(len(s.owned) for s in self._sessions.values())

    def outstanding_count(self, session: int | None = None) -> int:
        with self._lock:
            sessions = (
                ([self._sessions[session]] if session in self._sessions else [])
                if session is not None
                else list(self._sessions.values())
            )
            return sum(len(s.outstanding) for s in sessions)

    def is_valid(self, handle: int, kind: HandleKind | None = None) -> bool:
        with self._lock:
            state = self._table.get(handle)
            return state is not None and (kind is None or state.kind == kind)


def _loose_oid(oid: Iterable[int]) -> Oid:
    """An OID for comparison: like validate_oid, but empty and 1-element OIDs are allowed."""
    value = tuple(oid)
    if len(value) >= 2:
        return validate_oid(value)
    if any(
        isinstance(s, bool) or not isinstance(s, int) or not 0 <= s <= 0xFFFFFFFF for s in value
    ):
        raise SnmpApiError(ApiError.OID_INVALID, f"{value!r} is not an OID")
    return value


def _fields_of(state: Any) -> dict[str, Any]:
    if isinstance(state, SessionState):
        return {
            "name": state.name,
            "mode": "callback" if state.callback is not None else "window",
            "handles": len(state.owned),
            "queued": len(state.queue),
            "outstanding": len(state.outstanding),
            "registrations": len(state.registrations),
            "last_error": state.last_error,
        }
    if isinstance(state, EntityState):
        return {
            "address": state.address.text(),
            "ip": state.address.ip,
            "port": state.address.port,
            "family": "IPv6" if state.address.family.name == "AF_INET6" else "IPv4",
            "version": state.version,
            "timeout_cs": state.timeout_cs,
            "retry": state.retry,
            "name": state.name,
            "listening": state.listening,
            "user": state.security.user if state.security else "",
            "security_level": state.security.security_level if state.security else "",
        }
    if isinstance(state, ContextState):
        return {
            "community": state.community,
            "name": state.name,
            "context_engine_id": state.context_engine_id,
        }
    if isinstance(state, PduObj):
        d, s = state.data, state.status
        return {
            "type": d.type,
            "request_id": d.request_id,
            "error_status": d.error_status,
            "error_index": d.error_index,
            "varbinds": tuple(d.varbinds),
            "state": s.state,
            "attempt": s.attempt,
            "max_attempts": s.max_attempts,
            "rtt_ms": s.rtt_ms,
            "error": s.error,
            "peer": s.peer,
            "response_pdu": s.response_pdu,
            "in_reply_to": s.in_reply_to,
            "raw": s.raw,
        }
    if isinstance(state, VblState):
        return {"varbinds": tuple(state.varbinds)}
    return {}
