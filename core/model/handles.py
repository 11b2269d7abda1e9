"""Shared state and helpers of :class:`~snmpscope.core.model.application.Application`.

The application is split into mixins by topic (lifecycle, entities, PDUs, messaging); they all
stand on this base: one re-entrant lock, one never-reused handle counter, one handle table, the
two last-error slots, the resource limits and the event bus.
"""

from __future__ import annotations

import itertools
import logging
import threading
from typing import Any, NoReturn, TypeVar

from snmpscope.core.constants import (
    DEFAULT_TRAP_LISTEN,
    SNMPAPI_ON,
    SNMPAPI_SUCCESS,
    SNMPAPI_UNTRANSLATED_V1,
    ApiError,
    HandleKind,
)
from snmpscope.core.errors import LimitError, SnmpApiError
from snmpscope.core.model.agent_db import AgentDatabase
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
log = logging.getLogger(__name__)


class AppBase:
    """State common to all mixins. Not used on its own."""

    def __init__(self, database: AgentDatabase | None = None) -> None:
        self._lock = threading.RLock()
        self._counter = itertools.count(1)
        self._table: dict[int, Any] = {}  # every live handle -> its state object
        self._sessions: dict[int, SessionState] = {}
        self._initialized = False
        self._plain_started = False
        self._ex_count = 0
        self._translate_mode = SNMPAPI_UNTRANSLATED_V1
        self._retransmit_mode = SNMPAPI_ON
        self._app_last_error = SNMPAPI_SUCCESS
        self._limits = ResourceLimits()
        self._session_names = itertools.count(1)
        self._next_request_id = 1
        self.events = EventBus()
        # Trap/inform receiver endpoint; the transport binds it on the first SnmpRegister ON.
        self.trap_endpoint: tuple[str, int] = DEFAULT_TRAP_LISTEN
        self.database = database if database is not None else AgentDatabase()

    # ---------------------------------------------------------------- errors
    def _fail(
        self, code: int, detail: str = "", session: SessionState | int | None = None
    ) -> NoReturn:
        """Record ``code`` in the application slot (and the session's, if valid) and raise."""
        raise self._record(SnmpApiError(code, detail), session)

    def _record(
        self, error: SnmpApiError, session: SessionState | int | None = None
    ) -> SnmpApiError:
        code = int(error.code)
        self._app_last_error = code
        state = self._sessions.get(session) if isinstance(session, int) else session
        if state is not None and state.open:
            state.last_error = code
            error.session = state.handle
        return error

    def _require_init(self) -> None:
        if not self._initialized:
            self._fail(ApiError.NOT_INITIALIZED, "call SnmpStartup first")

    # ---------------------------------------------------------------- handle lookup
    def _session(self, handle: object) -> SessionState:
        state = self._sessions.get(handle) if isinstance(handle, int) else None
        if state is None:
            self._fail(ApiError.SESSION_INVALID, f"{handle!r} is not an open session")
        return state

    def _resource(
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
        state = self._table.get(handle) if isinstance(handle, int) else None
        if not isinstance(state, cls):
            self._fail(
                INVALID_CODE[kind],
                f"{handle!r} is not a valid {kind.name.lower()} handle",
                session,
            )
        return state

    def _owner_of(self, state: Any) -> SessionState | None:
        return self._sessions.get(state.owner)

    # ---------------------------------------------------------------- allocation
    def _check_handle_room(self, session: SessionState, count: int = 1) -> None:
        maximum = self._limits.handles_per_session
        if len(session.owned) + count > maximum:
            raise self._record(LimitError("handles_per_session", maximum), session)

    def _new_handle(self) -> int:
        return next(self._counter)

    def _adopt(self, session: SessionState, state: Any) -> int:
        """Enter a freshly built state object into the tables and announce it."""
        self._table[state.handle] = state
        session.owned[state.handle] = state
        if self.events.active:
            self.events.emit(
                EventType.CREATED, handle=state.handle, kind=state.kind, owner=session.handle
            )
        return int(state.handle)

    def _free(self, state: Any, implicit: bool = False) -> None:
        self._table.pop(state.handle, None)
        owner = self._sessions.get(state.owner)
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

    def _changed(self, state: Any, what: str) -> None:
        if self.events.active:
            self.events.emit(
                EventType.CHANGED,
                handle=state.handle,
                kind=state.kind,
                owner=state.owner,
                what=what,
            )

    # ---------------------------------------------------------------- notification
    def _notify(self, session: SessionState, wparam: int, lparam: int) -> None:
        """Tell a session something happened; call WITHOUT holding the lock.

        A callback that returns anything but SNMPAPI_SUCCESS (or raises) closes the session.
        """
        if not session.open:
            return
        if session.callback is not None:
            try:
                result = session.callback(
                    session.handle,
                    session.window,
                    session.wmsg,
                    wparam,
                    lparam,
                    session.client_data,
                )
            except Exception:
                log.exception("session %d callback raised; closing the session", session.handle)
                result = 0
            if result != SNMPAPI_SUCCESS:
                with self._lock:
                    if session.open:
                        self._close_session(session)
        elif session.window is not None:
            try:
                session.window.post_message(session.wmsg, wparam, lparam)
            except Exception:
                log.exception("post_message to session %d's window failed", session.handle)

    def _close_session(self, state: SessionState) -> None:
        raise NotImplementedError  # LifecycleMixin

    def _set_pdu_status(self, pdu: int, **changes: object) -> None:
        """Transport hook: annotate a live PDU handle (state, attempt, rtt ...)."""
        obj = self._table.get(pdu)
        if isinstance(obj, PduObj):
            for name, value in changes.items():
                setattr(obj.status, name, value)
            self._changed(obj, "status")
