"""The handle table: the one piece of state every part of the model shares.

The model is built from small collaborators (sessions, entities, PDUs, messaging, traps ...,
wired in :class:`~snmpscope.core.model.application.Application`), and WinSNMP makes them share
a lot: one lock, one never-reused handle counter, one table of live handles, the open
sessions, the two last-error slots, the started flag and the modes, the resource limits and
the event bus. They all live here, with the small helpers nearly every call needs: record and
raise errors, look handles up, check for room, adopt and free state objects, announce changes.

The helpers do not lock: collaborators call them holding :attr:`HandleTable.lock` (re-entrant).
"""

from __future__ import annotations

import itertools
import threading
from typing import Any, NoReturn, TypeGuard, TypeVar

from snmpscope.core.constants import (
    SNMPAPI_ON,
    SNMPAPI_SUCCESS,
    SNMPAPI_UNTRANSLATED_V1,
    ApiError,
    HandleKind,
)
from snmpscope.core.errors import LimitError, SnmpApiError
from snmpscope.core.model.events import EventBus, EventType
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.states import (
    ContextState,
    EntityState,
    PduObj,
    SessionState,
    VblState,
)

INVALID_CODE = {
    HandleKind.SESSION: ApiError.SESSION_INVALID,
    HandleKind.ENTITY: ApiError.ENTITY_INVALID,
    HandleKind.CONTEXT: ApiError.CONTEXT_INVALID,
    HandleKind.PDU: ApiError.PDU_INVALID,
    HandleKind.VBL: ApiError.VBL_INVALID,
}

S = TypeVar("S", EntityState, ContextState, PduObj, VblState)


def is_int(value: object) -> TypeGuard[int]:
    """True for an int that is not a bool: what can name a handle, or be a number (size,
    index, mode ...) of the API. ``True == 1`` would otherwise name handle 1."""
    # A plain int first: every handle lookup asks, and that is nearly always the answer.
    return type(value) is int or (isinstance(value, int) and not isinstance(value, bool))


def is_null(value: object) -> bool:
    """True for WinSNMP's NULL handle: None or the int 0 (not False, "", [] ...)."""
    return value is None or (is_int(value) and value == 0)


def brief(value: object) -> str:
    """``repr`` cut to one short line, for messages about a caller's value."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class HandleTable:
    """Shared state and helpers of one application (see the module docstring)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._counter = itertools.count(1)
        self.handles: dict[int, Any] = {}  # every live handle -> its state object
        self.sessions: dict[int, SessionState] = {}
        self.started = False  # between a startup and the cleanup that tears down
        self.translate_mode = SNMPAPI_UNTRANSLATED_V1
        self.retransmit_mode = SNMPAPI_ON
        self.app_last_error = SNMPAPI_SUCCESS
        self.limits = ResourceLimits()
        self.events = EventBus()

    # ---------------------------------------------------------------- errors
    def fail(
        self, code: int, detail: str = "", session: SessionState | int | None = None
    ) -> NoReturn:
        """Record ``code`` in the application slot (and the session's, if valid) and raise."""
        raise self.record(SnmpApiError(code, detail), session)

    def record(
        self, error: SnmpApiError, session: SessionState | int | None = None
    ) -> SnmpApiError:
        """Write ``error`` to the last-error slots; returns it for ``raise``."""
        code = int(error.code)
        self.app_last_error = code
        state = self.sessions.get(session) if is_int(session) else session
        if isinstance(state, SessionState) and state.open:
            state.last_error = code
            error.session = state.handle
        return error

    def require_started(self) -> None:
        if not self.started:
            self.fail(ApiError.NOT_INITIALIZED, "call SnmpStartup first")

    def fail_for_handle(self, handle: object, code: int, detail: str) -> NoReturn:
        """Fail a handle-only call: the owning session's slot is written too (reference §3)."""
        state = self.lookup(handle)
        self.fail(code, detail, None if state is None else state.owner)

    # ---------------------------------------------------------------- handle lookup
    # A handle is an int and nothing else: not a bool (True == 1 would name handle 1), not a
    # float, not a str. Every lookup of a caller's value goes through these methods.
    def lookup(self, handle: object) -> Any:
        """The live state object behind ``handle`` (any kind), or None, for any value."""
        return self.handles.get(handle) if is_int(handle) else None

    def session(self, handle: object) -> SessionState:
        """The open session ``handle``, or SESSION_INVALID."""
        state = self.sessions.get(handle) if is_int(handle) else None
        if state is None:
            self.fail(ApiError.SESSION_INVALID, f"{brief(handle)} is not an open session")
        return state

    def resource(
        self,
        handle: object,
        kind: HandleKind,
        cls: type[S],
        session: SessionState | None = None,
    ) -> S:
        """Look up a live handle of ``kind``; a wrong kind or a dead handle is *_INVALID.

        ``session`` is the call's (valid) session or the owner of its first handle, whose
        last-error slot the failure is written to as well.
        """
        state = self.lookup(handle)
        if not isinstance(state, cls):
            self.fail(
                INVALID_CODE[kind],
                f"{brief(handle)} is not a valid {kind.name.lower()} handle",
                session,
            )
        return state

    def optional_resource(
        self,
        handle: object,
        kind: HandleKind,
        cls: type[S],
        session: SessionState | None = None,
    ) -> S | None:
        """:meth:`resource` for a parameter that may be NULL: None and 0 are NULL (None comes
        back); anything else must be a live handle of ``kind`` (False, "" and [] are not NULL,
        they are not handles)."""
        if is_null(handle):
            return None
        return self.resource(handle, kind, cls, session)

    def require_kind(
        self,
        handle: object,
        kind: HandleKind,
        session: SessionState | None = None,
        nullable: bool = False,
    ) -> None:
        """Fail with the kind's *_INVALID unless ``handle`` is a live handle of ``kind`` (an
        open session for SESSION); with ``nullable``, NULL (None, 0) passes too."""
        if nullable and is_null(handle):
            return
        if kind == HandleKind.SESSION:
            self.session(handle)
            return
        state = self.lookup(handle)
        if state is None or state.kind != kind:
            self.fail(
                INVALID_CODE[kind],
                f"{brief(handle)} is not a valid {kind.name.lower()} handle",
                session,
            )

    def owner_of(self, state: Any) -> SessionState | None:
        return self.sessions.get(state.owner)

    # ---------------------------------------------------------------- allocation
    def check_room(self, session: SessionState, count: int = 1) -> None:
        """ALLOC_ERROR (a :class:`LimitError`) unless ``count`` more handles fit the session."""
        maximum = self.limits.handles_per_session
        if len(session.owned) + count > maximum:
            raise self.record(LimitError("handles_per_session", maximum), session)

    def new_handle(self) -> int:
        return next(self._counter)

    def adopt(self, session: SessionState, state: Any) -> int:
        """Enter a freshly built state object into the tables and announce it."""
        self.handles[state.handle] = state
        session.owned[state.handle] = state
        if self.events.active:
            self.events.emit(
                EventType.CREATED, handle=state.handle, kind=state.kind, owner=session.handle
            )
        return int(state.handle)

    def free(self, state: Any, implicit: bool = False) -> None:
        """Take a state object out of the tables and announce it."""
        self.handles.pop(state.handle, None)
        owner = self.sessions.get(state.owner)
        if owner is not None:
            owner.owned.pop(state.handle, None)
        if self.events.active:
            self.events.emit(
                EventType.FREED,
                handle=state.handle,
                kind=state.kind,
                owner=state.owner,
                implicit=implicit,
            )

    def changed(self, state: Any, what: str) -> None:
        """Announce that field(s) ``what`` of a live handle changed."""
        if self.events.active:
            self.events.emit(
                EventType.CHANGED,
                handle=state.handle,
                kind=state.kind,
                owner=state.owner,
                what=what,
            )

    def set_pdu_status(self, pdu: int, **changes: object) -> None:
        """Annotate a live PDU handle's status (state, attempt, rtt ...); a dead one is ignored."""
        obj = self.handles.get(pdu)
        if isinstance(obj, PduObj):
            for name, value in changes.items():
                setattr(obj.status, name, value)
            self.changed(obj, "status")
