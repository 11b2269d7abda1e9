"""Application lifecycle (reference §5.1, §3): startup/cleanup, modes, limits, vendor info and
the last-error slots.

WinSNMP counts its startups in two ways (plain SnmpStartup, counted SnmpStartupEx), and the
last cleanup tears everything down: sessions, the transport, descriptors and modes. That state
machine, the settings it resets, and the error-slot calls the C facade needs live here.
"""

from __future__ import annotations

from typing import NoReturn

from snmpscope.core.constants import (
    SNMPAPI_OFF,
    SNMPAPI_ON,
    SNMPAPI_TRANSLATED,
    SNMPAPI_UNTRANSLATED_V1,
    SNMPAPI_UNTRANSLATED_V2,
    SNMPAPI_UNTRANSLATED_V3,
    SNMPAPI_V2_SUPPORT,
    ApiError,
    HandleKind,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.descriptors import Descriptors
from snmpscope.core.model.events import EventType
from snmpscope.core.model.handles import HandleTable, is_int
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.sessions import Sessions
from snmpscope.core.model.transport_link import TransportLink
from snmpscope.core.records import FrozenRecord

WINSNMP_MAJOR, WINSNMP_MINOR = 2, 0
VALID_TRANSLATE_MODES = (
    SNMPAPI_TRANSLATED,
    SNMPAPI_UNTRANSLATED_V1,
    SNMPAPI_UNTRANSLATED_V2,
    SNMPAPI_UNTRANSLATED_V3,
)


class StartupInfo(FrozenRecord):
    """What SnmpStartup(Ex) reports: the WinSNMP version and level, and the modes."""

    __slots__ = ("major", "minor", "level", "translate_mode", "retransmit_mode")
    major: int
    minor: int
    level: int
    translate_mode: int
    retransmit_mode: int

    def __init__(
        self, major: int, minor: int, level: int, translate_mode: int, retransmit_mode: int
    ) -> None:
        setter = object.__setattr__
        setter(self, "major", major)
        setter(self, "minor", minor)
        setter(self, "level", level)
        setter(self, "translate_mode", translate_mode)
        setter(self, "retransmit_mode", retransmit_mode)


class VendorInfo(FrozenRecord):
    """``smiVENDORINFO``. We hold no IANA enterprise number, so ``enterprise`` is 0."""

    __slots__ = (
        "vendor_name",
        "vendor_contact",
        "vendor_version_id",
        "vendor_version_date",
        "vendor_enterprise",
    )
    vendor_name: str
    vendor_contact: str
    vendor_version_id: str
    vendor_version_date: str
    vendor_enterprise: int

    def __init__(
        self,
        vendor_name: str = "snmpscope developers",
        vendor_contact: str = "https://github.com/snmpscope/snmpscope/issues",
        vendor_version_id: str = "0.1.0",
        vendor_version_date: str = "2026-11-24",
        vendor_enterprise: int = 0,
    ) -> None:
        setter = object.__setattr__
        setter(self, "vendor_name", vendor_name)
        setter(self, "vendor_contact", vendor_contact)
        setter(self, "vendor_version_id", vendor_version_id)
        setter(self, "vendor_version_date", vendor_version_date)
        setter(self, "vendor_enterprise", vendor_enterprise)


class Lifecycle:
    """Startup references, teardown, modes, limits, vendor info and last errors."""

    def __init__(
        self,
        table: HandleTable,
        sessions: Sessions,
        link: TransportLink,
        descriptors: Descriptors,
    ) -> None:
        self._table = table
        self._lock = table.lock
        self._sessions = sessions
        self._link = link
        self._descriptors = descriptors
        self._plain_started = False
        self._ex_count = 0

    # ---------------------------------------------------------------- startup / cleanup
    def startup(self) -> StartupInfo:
        """SnmpStartup: may be called again; one cleanup ends it (no count)."""
        with self._lock:
            self._table.started = True
            self._plain_started = True
            return self._startup_info()

    def startup_ex(self) -> StartupInfo:
        """SnmpStartupEx: counted; each success needs one cleanup_ex."""
        with self._lock:
            self._table.started = True
            self._ex_count += 1
            return self._startup_info()

    def _startup_info(self) -> StartupInfo:
        return StartupInfo(
            WINSNMP_MAJOR,
            WINSNMP_MINOR,
            SNMPAPI_V2_SUPPORT,
            self._table.translate_mode,
            self._table.retransmit_mode,
        )

    def cleanup(self) -> None:
        """SnmpCleanup: ends the plain startup reference and tears down when none is left.

        Without a plain reference it ends one StartupEx reference instead (our choice).
        """
        with self._lock:
            self._table.require_started()
            if self._plain_started:
                self._plain_started = False
            else:
                self._ex_count -= 1
            if not self._plain_started and self._ex_count <= 0:
                self.teardown()

    def cleanup_ex(self) -> None:
        """SnmpCleanupEx: ends one StartupEx reference; OTHER_ERROR if none is held."""
        with self._lock:
            self._table.require_started()
            if self._ex_count <= 0:
                self._table.fail(ApiError.OTHER_ERROR, "no SnmpStartupEx reference is held")
            self._ex_count -= 1
            if not self._plain_started and self._ex_count == 0:
                self.teardown()

    def teardown(self) -> None:
        """Close every session, stop the transport, forget descriptors, reset the modes."""
        table = self._table
        with self._lock:
            self._sessions.close_all()
            self._link.shutdown()
            self._descriptors.clear()
            table.started = False
            self._plain_started = False
            self._ex_count = 0
            table.translate_mode = SNMPAPI_UNTRANSLATED_V1
            table.retransmit_mode = SNMPAPI_ON
            table.events.emit(EventType.CLEANUP)

    @property
    def initialized(self) -> bool:
        return self._table.started

    # ---------------------------------------------------------------- modes
    def get_translate_mode(self) -> int:
        with self._lock:
            self._table.require_started()
            return self._table.translate_mode

    def set_translate_mode(self, mode: int) -> None:
        with self._lock:
            self._table.require_started()
            if not is_int(mode) or mode not in VALID_TRANSLATE_MODES:  # 1.0 and True are not
                self._table.fail(
                    ApiError.MODE_INVALID, f"translate mode {mode!r} is not 0, 1, 2 or 3"
                )
            self._table.translate_mode = int(mode)

    def get_retransmit_mode(self) -> int:
        with self._lock:
            self._table.require_started()
            return self._table.retransmit_mode

    def set_retransmit_mode(self, mode: int) -> None:
        with self._lock:
            self._table.require_started()
            if not is_int(mode) or mode not in (SNMPAPI_OFF, SNMPAPI_ON):
                self._table.fail(
                    ApiError.MODE_INVALID, f"retransmit mode {mode!r} is not OFF or ON"
                )
            self._table.retransmit_mode = int(mode)

    # ---------------------------------------------------------------- limits (our extension)
    @property
    def limits(self) -> ResourceLimits:
        return self._table.limits

    def set_resource_limits(
        self,
        sessions: int | None = None,
        handles_per_session: int | None = None,
        queue_per_session: int | None = None,
        queue_bytes_per_session: int | None = None,
    ) -> ResourceLimits:
        """Change any of the limits, at any time (also before startup); None keeps a value."""
        table = self._table
        with self._lock:
            changes = {
                "sessions": sessions,
                "handles_per_session": handles_per_session,
                "queue_per_session": queue_per_session,
                "queue_bytes_per_session": queue_bytes_per_session,
            }
            for name, value in changes.items():
                if value is not None and (
                    isinstance(value, bool) or not isinstance(value, int) or value < 1
                ):
                    table.fail(ApiError.SIZE_INVALID, f"limit {name} must be a whole number >= 1")
            table.limits = table.limits.replace(
                **{k: v for k, v in changes.items() if v is not None}
            )
            table.events.emit(EventType.LIMITS_CHANGED, detail=table.limits)
            return table.limits

    # ---------------------------------------------------------------- vendor
    def get_vendor_info(self) -> VendorInfo:
        with self._lock:
            self._table.require_started()
            return VendorInfo()

    # ---------------------------------------------------------------- last error
    def get_last_error(self, session: int | None = None) -> int:
        """The session's last error, or the application's for None or an invalid handle."""
        table = self._table
        with self._lock:
            state = table.sessions.get(session) if is_int(session) else None
            return state.last_error if state is not None else table.app_last_error

    # ---------------------------------------------------------------- for the C facade
    def record_failure(self, error: SnmpApiError) -> SnmpApiError:
        """Write ``error`` to the application's last-error slot; returns it for ``raise``."""
        with self._lock:
            return self._table.record(error)

    def fail(self, code: int, detail: str = "", session: object = None) -> NoReturn:
        """Record ``code`` in the application's last-error slot (and in ``session``'s, when
        that is an open session) and raise it."""
        with self._lock:
            state = self._table.sessions.get(session) if is_int(session) else None
            self._table.fail(code, detail, state)

    def require_session(self, session: object) -> None:
        """SESSION_INVALID (recorded, raised) unless ``session`` is an open session; also
        NOT_INITIALIZED before startup."""
        with self._lock:
            self._table.require_started()
            self._table.session(session)

    def require_handle(
        self, handle: object, kind: HandleKind, session: object = None, nullable: bool = False
    ) -> None:
        """The kind's *_INVALID (recorded, raised; in ``session``'s slot too when that is an
        open session) unless ``handle`` is a live handle of ``kind``; with ``nullable`` None
        and 0 (NULL) pass. For checks the facade makes before the model's own (a parameter
        the model reads as NULL when it is merely falsy)."""
        with self._lock:
            self._table.require_started()
            state = self._table.sessions.get(session) if is_int(session) else None
            self._table.require_kind(handle, kind, state, nullable)

    def require_started(self) -> None:
        """NOT_INITIALIZED (recorded, raised) unless SnmpStartup has been called."""
        with self._lock:
            self._table.require_started()

    def fail_for_handle(self, handle: int, code: int, detail: str) -> NoReturn:
        """Fail a call that names only ``handle``: the owning session's last-error slot is
        written too (reference §3)."""
        with self._lock:
            self._table.fail_for_handle(handle, code, detail)
