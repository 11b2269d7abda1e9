"""The WinSNMP implementation object: one instance is one WinSNMP "application".

Both faces of the API drive an :class:`Application`: the C-style facade
(:mod:`snmpscope.core.winsnmp`, which uses a process-wide default instance) and the Pythonic API
(:mod:`snmpscope.core.api`). Methods raise :class:`~snmpscope.core.errors.SnmpApiError`; the
last-error slots are written before they raise. Everything is thread-safe behind one re-entrant
lock; events are emitted in order under that lock.
"""

from __future__ import annotations

from collections.abc import Iterable

from snmpscope.core.constants import ApiError, HandleKind
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.agent_db import AgentDatabase
from snmpscope.core.model.descriptors import DescriptorMixin
from snmpscope.core.model.entities import EntityMixin
from snmpscope.core.model.inbound import ModelInbound
from snmpscope.core.model.lifecycle import LifecycleMixin
from snmpscope.core.model.messaging import MessagingMixin
from snmpscope.core.model.pdus import PduMixin
from snmpscope.core.model.ports import TransportFactory
from snmpscope.core.model.snapshots import HandleInfo, snapshot
from snmpscope.core.smi.oid import Oid, oid_compare, oid_from_str, validate_oid


class Application(MessagingMixin, PduMixin, EntityMixin, DescriptorMixin, LifecycleMixin):
    """One WinSNMP application: sessions, handles, modes, limits, last errors, events.

    ``transport_factory`` builds the transport on the first call that needs the network; the
    faces inject the UDP one (:func:`snmpscope.core.api.new_application`). Without it the
    model works alone and every call that needs the network fails with TL_NOT_INITIALIZED.
    """

    def __init__(
        self,
        database: AgentDatabase | None = None,
        transport_factory: TransportFactory | None = None,
    ) -> None:
        super().__init__(database)
        self._transport_factory = transport_factory
        self._port = ModelInbound(self)

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
    def describe(self, handle: int) -> HandleInfo | None:
        """An immutable snapshot of a live handle for display, or None if it is not live."""
        with self._lock:
            state = self._table.get(handle)
            return None if state is None else snapshot(state)

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
