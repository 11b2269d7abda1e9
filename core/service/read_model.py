"""The GUI's read model: typed, frozen snapshots of live handles, and the one object that
takes them.

The window shows the resource model live, so it reads often (every batch of events redraws a
few rows). Reads are short and never block on the network: each takes the application lock
just long enough to copy one handle's state into a frozen dataclass
(:mod:`snmpscope.core.model.snapshots`). Everything that *changes* the model goes through the
:class:`~snmpscope.core.service.controller.ServiceController` instead, on its worker threads.

The GUI imports what it reads from here (snapshot classes, events, PDU states, trap filters,
limits), never from the model itself.
"""

from __future__ import annotations

from snmpscope.core.constants import HandleKind
from snmpscope.core.model.application import Application
from snmpscope.core.model.events import EventType, ResourceEvent
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.snapshots import (
    ContextInfo,
    EntityInfo,
    HandleInfo,
    PduInfo,
    SessionInfo,
    VblInfo,
)
from snmpscope.core.model.states import PduState, Registration

__all__ = [
    "ContextInfo",
    "EntityInfo",
    "EventType",
    "HandleInfo",
    "PduInfo",
    "PduState",
    "ReadModel",
    "Registration",
    "ResourceEvent",
    "ResourceLimits",
    "SessionInfo",
    "VblInfo",
]


class ReadModel:
    """Read-only access to one application's handles, as typed snapshots.

    Safe on any thread; a handle freed meanwhile reads as None (its FREED event follows).
    """

    def __init__(self, app: Application) -> None:
        self._app = app

    # ---------------------------------------------------------------- one handle
    def describe(self, handle: int) -> HandleInfo | None:
        """The snapshot of any live handle, or None."""
        return self._app.describe(handle)

    def session(self, handle: int) -> SessionInfo | None:
        """The snapshot of a live session, or None."""
        info = self._app.describe(handle)
        return info if isinstance(info, SessionInfo) else None

    def entity(self, handle: int) -> EntityInfo | None:
        """The snapshot of a live entity, or None."""
        info = self._app.describe(handle)
        return info if isinstance(info, EntityInfo) else None

    def context(self, handle: int) -> ContextInfo | None:
        """The snapshot of a live context, or None."""
        info = self._app.describe(handle)
        return info if isinstance(info, ContextInfo) else None

    def pdu(self, handle: int) -> PduInfo | None:
        """The snapshot of a live PDU, or None."""
        info = self._app.describe(handle)
        return info if isinstance(info, PduInfo) else None

    def is_valid(self, handle: int, kind: HandleKind | None = None) -> bool:
        """True while ``handle`` is live (and of ``kind``, if given)."""
        return self._app.is_valid(handle, kind)

    # ---------------------------------------------------------------- collections
    def session_handles(self) -> list[int]:
        """Open sessions, in creation order."""
        return self._app.session_handles()

    def owned(self, session: int, kind: HandleKind | None = None) -> list[int]:
        """Live handles a session owns, in creation order (optionally of one kind)."""
        return self._app.owned_handles(session, kind)

    def live_handle_count(self) -> int:
        """Live non-session handles of all sessions."""
        return self._app.live_handle_count()

    def outstanding_count(self) -> int:
        """Requests of all sessions waiting for an answer."""
        return self._app.outstanding_count()

    def registrations(self, session: int) -> list[Registration]:
        """A session's trap filters (SESSION_INVALID once it closed)."""
        return self._app.registrations(session)

    # ---------------------------------------------------------------- settings in force
    @property
    def limits(self) -> ResourceLimits:
        """The resource limits in force."""
        return self._app.limits

    @property
    def trap_endpoint(self) -> tuple[str, int]:
        """Where the trap receiver listens (or will, once a session registers)."""
        return self._app.trap_endpoint
