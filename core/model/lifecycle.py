"""Application lifecycle: startup/cleanup, modes, limits, vendor info, sessions, last error."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import NoReturn

from snmpscope.core.constants import (
    SNMPAPI_OFF,
    SNMPAPI_ON,
    SNMPAPI_TRANSLATED,
    SNMPAPI_UNTRANSLATED_V1,
    SNMPAPI_UNTRANSLATED_V2,
    SNMPAPI_V2_SUPPORT,
    ApiError,
    HandleKind,
)
from snmpscope.core.errors import LimitError, SnmpApiError
from snmpscope.core.model.events import EventType
from snmpscope.core.model.handles import AppBase
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.states import SessionCallback, SessionState, Window

log = logging.getLogger(__name__)

WINSNMP_MAJOR, WINSNMP_MINOR = 2, 0
# Window messages an application may use: WM_USER (0x0400) up to the registered-message range.
WM_USER, WM_MAX = 0x0400, 0xFFFF
VALID_TRANSLATE_MODES = (SNMPAPI_TRANSLATED, SNMPAPI_UNTRANSLATED_V1, SNMPAPI_UNTRANSLATED_V2)


@dataclass(frozen=True, slots=True)
class StartupInfo:
    major: int
    minor: int
    level: int
    translate_mode: int
    retransmit_mode: int


@dataclass(frozen=True, slots=True)
class VendorInfo:
    """``smiVENDORINFO``. We hold no IANA enterprise number, so ``enterprise`` is 0."""

    vendor_name: str = "snmpscope developers"
    vendor_contact: str = "https://github.com/snmpscope/snmpscope/issues"
    vendor_version_id: str = "0.1.0"
    vendor_version_date: str = "2026-11-24"
    vendor_enterprise: int = 0


class LifecycleMixin(AppBase):
    # ---------------------------------------------------------------- startup / cleanup
    def startup(self) -> StartupInfo:
        """SnmpStartup: may be called again; one cleanup ends it (no count)."""
        with self._lock:
            self._initialized = True
            self._plain_started = True
            return self._startup_info()

    def startup_ex(self) -> StartupInfo:
        """SnmpStartupEx: counted; each success needs one cleanup_ex."""
        with self._lock:
            self._initialized = True
            self._ex_count += 1
            return self._startup_info()

    def _startup_info(self) -> StartupInfo:
        return StartupInfo(
            WINSNMP_MAJOR,
            WINSNMP_MINOR,
            SNMPAPI_V2_SUPPORT,
            self._translate_mode,
            self._retransmit_mode,
        )

    def cleanup(self) -> None:
        """SnmpCleanup: ends the plain startup reference and tears down when none is left.

        Without a plain reference it ends one StartupEx reference instead (our choice).
        """
        with self._lock:
            self._require_init()
            if self._plain_started:
                self._plain_started = False
            else:
                self._ex_count -= 1
            if not self._plain_started and self._ex_count <= 0:
                self._teardown()

    def cleanup_ex(self) -> None:
        """SnmpCleanupEx: ends one StartupEx reference; OTHER_ERROR if none is held."""
        with self._lock:
            self._require_init()
            if self._ex_count <= 0:
                self._fail(ApiError.OTHER_ERROR, "no SnmpStartupEx reference is held")
            self._ex_count -= 1
            if not self._plain_started and self._ex_count == 0:
                self._teardown()

    def _teardown(self) -> None:
        for handle in list(self._sessions):
            self._close_session(self._sessions[handle])
        self._shutdown_transport()
        self._descriptors_clear()
        self._initialized = False
        self._plain_started = False
        self._ex_count = 0
        self._translate_mode = SNMPAPI_UNTRANSLATED_V1
        self._retransmit_mode = SNMPAPI_ON
        self.events.emit(EventType.CLEANUP)

    # hooks the messaging and descriptor layers fill in
    def _shutdown_transport(self) -> None:
        pass

    def _descriptors_clear(self) -> None:
        pass

    @property
    def initialized(self) -> bool:
        return self._initialized

    # ---------------------------------------------------------------- modes
    def get_translate_mode(self) -> int:
        with self._lock:
            self._require_init()
            return self._translate_mode

    def set_translate_mode(self, mode: int) -> None:
        with self._lock:
            self._require_init()
            if mode not in VALID_TRANSLATE_MODES:
                self._fail(ApiError.MODE_INVALID, f"translate mode {mode!r} is not 0, 1 or 2")
            self._translate_mode = int(mode)

    def get_retransmit_mode(self) -> int:
        with self._lock:
            self._require_init()
            return self._retransmit_mode

    def set_retransmit_mode(self, mode: int) -> None:
        with self._lock:
            self._require_init()
            if mode not in (SNMPAPI_OFF, SNMPAPI_ON):
                self._fail(ApiError.MODE_INVALID, f"retransmit mode {mode!r} is not OFF or ON")
            self._retransmit_mode = int(mode)

    # ---------------------------------------------------------------- limits (our extension)
    @property
    def limits(self) -> ResourceLimits:
        return self._limits

    def set_resource_limits(
        self,
        sessions: int | None = None,
        handles_per_session: int | None = None,
        queue_per_session: int | None = None,
    ) -> ResourceLimits:
        """Change any of the limits, at any time (also before startup); None keeps a value."""
        with self._lock:
            changes = {
                "sessions": sessions,
                "handles_per_session": handles_per_session,
                "queue_per_session": queue_per_session,
            }
            for name, value in changes.items():
                if value is not None and (
                    isinstance(value, bool) or not isinstance(value, int) or value < 1
                ):
                    self._fail(ApiError.SIZE_INVALID, f"limit {name} must be a whole number >= 1")
            self._limits = replace(
                self._limits, **{k: v for k, v in changes.items() if v is not None}
            )
            self.events.emit(EventType.LIMITS_CHANGED, detail=self._limits)
            return self._limits

    # ---------------------------------------------------------------- vendor
    def get_vendor_info(self) -> VendorInfo:
        with self._lock:
            self._require_init()
            return VendorInfo()

    # ---------------------------------------------------------------- last error
    def get_last_error(self, session: int | None = None) -> int:
        """The session's last error, or the application's for None or an invalid handle."""
        with self._lock:
            state = self._sessions.get(session) if isinstance(session, int) else None
            return state.last_error if state is not None else self._app_last_error

    # ---------------------------------------------------------------- for the C facade
    def record_failure(self, error: SnmpApiError) -> SnmpApiError:
        """Write ``error`` to the application's last-error slot; returns it for ``raise``."""
        with self._lock:
            return self._record(error)

    def fail(self, code: int, detail: str = "") -> NoReturn:
        """Record ``code`` in the application's last-error slot and raise it."""
        with self._lock:
            self._fail(code, detail)

    def require_started(self) -> None:
        """NOT_INITIALIZED (recorded, raised) unless SnmpStartup has been called."""
        with self._lock:
            self._require_init()

    def fail_for_handle(self, handle: int, code: int, detail: str) -> NoReturn:
        """Fail a call that names only ``handle``: the owning session's last-error slot is
        written too (reference §3)."""
        with self._lock:
            state = self._table.get(handle)
            self._fail(code, detail, None if state is None else state.owner)

    # ---------------------------------------------------------------- sessions
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
        with self._lock:
            self._require_init()
            if callback is not None:
                if not callable(callback):
                    self._fail(ApiError.OPERATION_INVALID, "the callback is not callable")
            else:
                if window is None:
                    self._fail(
                        ApiError.OPERATION_INVALID,
                        "give a callback or a window to notify; neither was given",
                    )
                if not callable(getattr(window, "post_message", None)):
                    self._fail(
                        ApiError.HWND_INVALID,
                        f"{type(window).__name__} has no post_message(msg, wparam, lparam)",
                    )
                if (
                    isinstance(wmsg, bool)
                    or not isinstance(wmsg, int)
                    or not (WM_USER <= wmsg <= WM_MAX)
                ):
                    self._fail(
                        ApiError.MESSAGE_INVALID,
                        f"window message {wmsg!r} is outside 0x0400..0xFFFF",
                    )
                for other in self._sessions.values():
                    if other.callback is None and other.window is window and other.wmsg == wmsg:
                        self._fail(
                            ApiError.MODE_INVALID,
                            f"session {other.handle} already uses this window with message "
                            f"{wmsg:#06x}",
                        )
            return self._open_session(callback, client_data, window, wmsg, name)

    def open(self, window: Window | None, wmsg: int) -> int:
        """SnmpOpen: the old window-message-only form; errors go to the application slot."""
        with self._lock:
            self._require_init()
            if window is None or not callable(getattr(window, "post_message", None)):
                self._fail(ApiError.HWND_INVALID, "SnmpOpen needs a window with post_message")
            return self.create_session(window=window, wmsg=wmsg)

    def _open_session(
        self,
        callback: SessionCallback | None,
        client_data: object,
        window: Window | None,
        wmsg: int,
        name: str,
    ) -> int:
        maximum = self._limits.sessions
        if len(self._sessions) >= maximum:
            raise self._record(LimitError("sessions", maximum))
        try:
            handle = self._new_handle()
            state = SessionState(
                handle=handle,
                callback=callback,
                client_data=client_data,
                window=window,
                wmsg=wmsg,
                name=name or f"Session {next(self._session_names)}",
            )
        except MemoryError:
            self._fail(ApiError.ALLOC_ERROR, "out of memory creating a session")
        self._sessions[handle] = state
        self._table[handle] = state
        self.events.emit(
            EventType.SESSION_OPENED, handle=handle, kind=HandleKind.SESSION, owner=handle
        )
        return handle

    def close(self, session: int) -> None:
        """SnmpClose: frees everything the session owns; nothing is delivered afterwards."""
        with self._lock:
            self._require_init()
            state = self._sessions.get(session) if isinstance(session, int) else None
            if state is None:
                self._fail(ApiError.SESSION_INVALID, f"{session!r} is not an open session")
            self._close_session(state)

    def _close_session(self, state: SessionState) -> None:
        self.events.emit(
            EventType.SESSION_CLOSING,
            handle=state.handle,
            kind=HandleKind.SESSION,
            owner=state.handle,
        )
        self._session_closing(state)
        for owned in list(state.owned.values()):
            self._free(owned, implicit=True)
        state.queue.clear()
        state.registrations.clear()
        state.open = False
        del self._sessions[state.handle]
        self._table.pop(state.handle, None)
        self.events.emit(
            EventType.SESSION_CLOSED,
            handle=state.handle,
            kind=HandleKind.SESSION,
            owner=state.handle,
        )

    def _session_closing(self, state: SessionState) -> None:
        """Hook: messaging cancels outstanding requests and stops listening entities."""

    def session_handles(self) -> list[int]:
        with self._lock:
            return list(self._sessions)

    def session_name(self, session: int) -> str:
        with self._lock:
            return self._session(session).name

    def rename_session(self, session: int, name: str) -> None:
        with self._lock:
            state = self._session(session)
            state.name = name
            self._changed(state, "name")
