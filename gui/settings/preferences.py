"""The user's preferences: resource limits, the trap endpoint, defaults, colour scheme."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from snmpscope.core.constants import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT_CS,
    DEFAULT_TRAP_LISTEN,
    SnmpVersion,
)
from snmpscope.core.service.profiles import SecretStore
from snmpscope.core.service.read_model import ResourceLimits
from snmpscope.gui.settings.language import SYSTEM as SYSTEM_LANGUAGE
from snmpscope.gui.settings.language import valid as valid_language

COLOR_SCHEMES = ("system", "light", "dark")
DEFAULT_COMMUNITY_KEY = "preferences/default_community"  # its key in the secret store
_LIMITS = ResourceLimits()


@dataclass(frozen=True, slots=True)
class Preferences:
    """Everything the Preferences dialog edits; saved in the workspace file, except the
    default community, which is kept in the secret store."""

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
    language: str = SYSTEM_LANGUAGE  # applies at the next start (settings.language)

    def to_json(self, secrets: SecretStore) -> dict[str, Any]:
        """Plain JSON data without secrets: the default community is a community like any
        other, so it goes to ``secrets`` and the data only records whether there is one
        (``has_default_community``)."""
        data = asdict(self)
        community = data.pop("default_community")
        data["has_default_community"] = bool(community)
        _keep_default_community(secrets, community)
        return data

    @staticmethod
    def secrets_in_clear(data: object) -> bool:
        """Whether ``data`` (from a file of an older version) carries the default community
        in clear, so the file should be written again without it."""
        return isinstance(data, dict) and "default_community" in data

    @classmethod
    def from_json(cls, data: object, secrets: SecretStore) -> Preferences:
        """Read what :meth:`to_json` wrote; unknown or mistyped keys fall back to defaults.
        The default community comes from ``secrets``; when it is not there (a run without
        a keyring ended) it falls back to the factory default. Older versions wrote it in
        clear: then it is read from ``data`` and moved to ``secrets``."""
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
        prefs = replace(prefs, language=valid_language(prefs.language))
        if prefs.color_scheme not in COLOR_SCHEMES:
            prefs = cls(**{**asdict(prefs), "color_scheme": "system"})
        community = prefs.default_community
        if isinstance(data.get("default_community"), str):
            _keep_default_community(secrets, community)  # found in clear: moved
        elif data.get("has_default_community") is False:
            community = ""
        elif data.get("has_default_community") is True:
            community = secrets.get(DEFAULT_COMMUNITY_KEY) or community
        return replace(prefs, default_community=community)

    @property
    def limits(self) -> ResourceLimits:
        """The resource limits as the core takes them."""
        return ResourceLimits(
            self.max_sessions,
            self.max_handles_per_session,
            self.max_queue_per_session,
            self.max_queue_bytes_per_session,
        )


def _keep_default_community(secrets: SecretStore, community: str) -> None:
    if community:
        secrets.set(DEFAULT_COMMUNITY_KEY, community)
    else:
        secrets.delete(DEFAULT_COMMUNITY_KEY)
