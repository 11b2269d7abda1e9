"""What is alive right now: the read-only queries the service, the client and the GUI's read
model ask of the handle table (snapshots, counts, validity), none of which needs startup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from snmpscope.core.constants import HandleKind
from snmpscope.core.model.handles import HandleTable

if TYPE_CHECKING:
    from snmpscope.core.model.snapshots import HandleInfo


class Inventory:
    """Read-only queries over the live handles of one application."""

    def __init__(self, table: HandleTable) -> None:
        self._table = table
        self._lock = table.lock

    def describe(self, handle: int) -> HandleInfo | None:
        """An immutable snapshot of a live handle for display, or None if it is not live.

        The snapshot classes load with the first call: a one-shot ``snmpscope-cli get`` reads
        its answer straight from the queue and never describes a handle."""
        from snmpscope.core.model.snapshots import snapshot

        with self._lock:
            state = self._table.lookup(handle)
            return None if state is None else snapshot(state)

    def owned_handles(self, session: int, kind: HandleKind | None = None) -> list[int]:
        """Live handles a session owns, in creation order (optionally of one kind)."""
        with self._lock:
            state = self._table.sessions.get(session)
            if state is None:
                return []
            return [h for h, s in state.owned.items() if kind is None or s.kind == kind]

    def live_handle_count(self, session: int | None = None) -> int:
        """Live non-session handles of one session, or of all sessions."""
        with self._lock:
            sessions = self._table.sessions
            if session is not None:
                state = sessions.get(session)
                return 0 if state is None else len(state.owned)
            return sum(len(s.owned) for s in sessions.values())

    def outstanding_count(self, session: int | None = None) -> int:
        """Requests waiting for an answer, in one session or in all."""
        with self._lock:
            known = self._table.sessions
            sessions = (
                ([known[session]] if session in known else [])
                if session is not None
                else list(known.values())
            )
            return sum(len(s.outstanding) for s in sessions)

    def is_valid(self, handle: int, kind: HandleKind | None = None) -> bool:
        """True while ``handle`` is live (and of ``kind``, if given)."""
        with self._lock:
            state = self._table.lookup(handle)
            return state is not None and (kind is None or state.kind == kind)
