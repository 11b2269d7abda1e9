"""The user's preferences: resource limits, the trap endpoint, defaults, colour scheme."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from snmpscope.core.constants import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT_CS,
    DEFAULT_TRAP_LISTEN,
    SnmpVersion,
)
from snmpscope.core.service.read_model import ResourceLimits

COLOR_SCHEMES = ("system", "light", "dark")
_LIMITS = ResourceLimits()


@dataclass(frozen=True, slots=True)
class Preferences:
    """Everything the Preferences dialog edits; saved in the workspace file."""

    max_sessions: int = _LIMITS.sessions
    max_handles_per_session: int = _LIMITS.handles_per_session
    max_queue_per_session: int = _LIMITS.queue_per_session
    max_queue_bytes_per_session: int = _LIMITS.queue_bytes_per_session
    trap_host: str = DEFAULT_TRAP_LISTEN[0]
    trap_port: int = DEFAULT_TRAP_LISTEN[1]
    default_version: int = int(SnmpVersion.V2C)
    default_timeout_cs: int = DEFAULT_TIMEOUT_CS
    default_retry: int = DEFAULT_RETRY
    default_community: str = "public"
    walk_max_repetitions: int = 25
    color_scheme: str = "system"

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data (no secrets live here: the default community is public data)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Preferences:
        """Read what :meth:`to_json` wrote; unknown or mistyped keys fall back to defaults."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for item in fields(cls):
            value = data.get(item.name)
            default = getattr(defaults, item.name)
            if isinstance(value, type(default)) and not isinstance(value, bool):
                values[item.name] = value
        prefs = cls(**values)
        if prefs.color_scheme not in COLOR_SCHEMES:
            prefs = cls(**{**asdict(prefs), "color_scheme": "system"})
        return prefs

    @property
    def limits(self) -> ResourceLimits:
        """The resource limits as the core takes them."""
        return ResourceLimits(
            self.max_sessions,
            self.max_handles_per_session,
            self.max_queue_per_session,
            self.max_queue_bytes_per_session,
        )
