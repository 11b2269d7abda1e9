"""Sessions (reference §5.1): creation, notification and closing.

A session is how an application is told things (a callback, or a message posted to a window)
and the owner of every other handle. Closing one is the model's biggest single change: its
requests stop, its listening entities release their ports, everything it owns is freed; and a
callback that refuses a notification closes its session too. All of that lives here, next to
the validation of how a session is to be notified.
"""

from __future__ import annotations

import itertools

from snmpscope.core.constants import SNMPAPI_SUCCESS, ApiError, HandleKind
from snmpscope.core.errors import LimitError
from snmpscope.core.lazy_log import get_logger
from snmpscope.core.model.events import EventType
from snmpscope.core.model.handles import HandleTable
from snmpscope.core.model.states import (
    EntityState,
    SessionCallback,
    SessionState,
    Window,
    is_quick,
)
from snmpscope.core.model.transport_link import TransportLink

log = get_logger(__name__)

# Window messages an application may use: WM_USER (0x0400) up to the registered-message range.
WM_USER, WM_MAX = 0x0400, 0xFFFF


class Sessions:
    """Open, notify and close sessions."""

    def __init__(self, table: HandleTable, link: TransportLink) -> None:
        self._table = table
        self._lock = table.lock
        self._link = link
        self._names = itertools.count(1)

    # ---------------------------------------------------------------- opening
    def create_session(
        self,
        window: Window | None = None,
        wmsg: int = 0,
        callback: SessionCallback | None = None,
        client_data: object = None,
        name: str = "",
    ) -> int:
        """SnmpCreateSession: a callback session, or a window-message session.

        Validation (reference §5.1): a callback must be callable; without one, ``window`` must
        have a ``post_message`` method (HWND_INVALID) and ``wmsg`` must be a message number in
        0x0400..0xFFFF (MESSAGE_INVALID); a window/message pair already used by an open session
        is MODE_INVALID; no callback and no window picks no method (OPERATION_INVALID).
        """
        table = self._table
        with self._lock:
            table.require_started()
            if callback is not None:
                if not callable(callback):
                    table.fail(ApiError.OPERATION_INVALID, "the callback is not callable")
            else:
                if window is None:
                    table.fail(
                        ApiError.OPERATION_INVALID,
                        "give a callback or a window to notify; neither was given",
                    )
                if not callable(getattr(window, "post_message", None)):
                    table.fail(
                        ApiError.HWND_INVALID,
                        f"{type(window).__name__} has no post_message(msg, wparam, lparam)",
                    )
                if (
                    isinstance(wmsg, bool)
                    or not isinstance(wmsg, int)
                    or not (WM_USER <= wmsg <= WM_MAX)
                ):
                    table.fail(
                        ApiError.MESSAGE_INVALID,
                        f"window message {wmsg!r} is outside 0x0400..0xFFFF",
                    )
                for other in table.sessions.values():
                    if other.callback is None and other.window is window and other.wmsg == wmsg:
                        table.fail(
                            ApiError.MODE_INVALID,
                            f"session {other.handle} already uses this window with message "
                            f"{wmsg:#06x}",
                        )
            return self._open_session(callback, client_data, window, wmsg, name)

    def open(self, window: Window | None, wmsg: int) -> int:
        """SnmpOpen: the old window-message-only form; errors go to the application slot."""
        with self._lock:
            self._table.require_started()
            if window is None or not callable(getattr(window, "post_message", None)):
                self._table.fail(ApiError.HWND_INVALID, "SnmpOpen needs a window with post_message")
            return self.create_session(window=window, wmsg=wmsg)

    def _open_session(
        self,
        callback: SessionCallback | None,
        client_data: object,
        window: Window | None,
        wmsg: int,
        name: str,
    ) -> int:
        table = self._table
        maximum = table.limits.sessions
        if len(table.sessions) >= maximum:
            raise table.record(LimitError("sessions", maximum))
        try:
            handle = table.new_handle()
            state = SessionState(
                handle=handle,
                callback=callback,
                client_data=client_data,
                window=window,
                wmsg=wmsg,
                name=name or f"Session {next(self._names)}",
                quick=callback is not None and is_quick(callback),
            )
        except MemoryError:
            table.fail(ApiError.ALLOC_ERROR, "out of memory creating a session")
        table.sessions[handle] = state
        table.handles[handle] = state
        table.events.emit(
            EventType.SESSION_OPENED, handle=handle, kind=HandleKind.SESSION, owner=handle
        )
        return handle

    # ---------------------------------------------------------------- closing
    def close(self, session: int) -> None:
        """SnmpClose: frees everything the session owns; nothing is delivered afterwards."""
        with self._lock:
            self._table.require_started()
            self.close_session(self._table.session(session))

    def close_session(self, state: SessionState) -> None:
        """Close an open session: cancel its requests, stop its listening entities, free all
        it owns, drop its queue and trap filters. Call holding the lock."""
        table = self._table
        table.events.emit(
            EventType.SESSION_CLOSING,
            handle=state.handle,
            kind=HandleKind.SESSION,
            owner=state.handle,
        )
        state.outstanding.clear()
        for owned in list(state.owned.values()):
            if isinstance(owned, EntityState) and owned.listening:
                self._link.stop_listening(owned)
        self._link.session_closed(state.handle)
        for owned in list(state.owned.values()):
            table.free(owned, implicit=True)
        state.queue.clear()
        state.queued_bytes = 0
        state.registrations.clear()
        state.open = False
        del table.sessions[state.handle]
        table.handles.pop(state.handle, None)
        table.events.emit(
            EventType.SESSION_CLOSED,
            handle=state.handle,
            kind=HandleKind.SESSION,
            owner=state.handle,
        )

    def close_all(self) -> None:
        """Close every open session (cleanup). Call holding the lock."""
        for handle in list(self._table.sessions):
            self.close_session(self._table.sessions[handle])

    # ---------------------------------------------------------------- queries
    def session_handles(self) -> list[int]:
        with self._lock:
            return list(self._table.sessions)

    def session_name(self, session: int) -> str:
        with self._lock:
            return self._table.session(session).name

    # ---------------------------------------------------------------- notification
    def notify(self, session: SessionState, wparam: int, lparam: int) -> None:
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
                        self.close_session(session)
        elif session.window is not None:
            try:
                session.window.post_message(session.wmsg, wparam, lparam)
            except Exception:
                log.exception("post_message to session %d's window failed", session.handle)
