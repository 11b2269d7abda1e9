"""Saved agents: an address with the credentials and retransmission policy to use with it.

What an administrator means by "an agent" is one profile: address, SNMP version, community
(or an SNMPv3 user), timeout and retry, filed in a folder. Opening one in a session creates
its entity and its context, both named after the profile, so the tree's context node names
its agent instead of a free-floating ``pub•••``.

The :class:`AgentBook` is plain data the GUI keeps in the workspace file. Secrets (the
community, v3 passphrases) never go into that document: :meth:`AgentBook.to_document` puts
them in the secret store and writes only that they exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from snmpscope.core.constants import DEFAULT_RETRY, DEFAULT_TIMEOUT_CS, SnmpVersion
from snmpscope.core.model.agent_db import SecretStore
from snmpscope.core.model.states import V3Security

__all__ = [
    "SECURITY_LEVELS",
    "AgentBook",
    "AgentProfile",
    "V3Credentials",
    "V3Security",  # the GUI's door to the type (it never imports the model)
    "v3_security",
]
SECURITY_LEVELS = ("noAuthNoPriv", "authNoPriv", "authPriv")


@dataclass(frozen=True, slots=True)
class V3Credentials:
    """The SNMPv3 USM part of an agent (RFC 3414); the passphrases are secrets.

    The SNMPv3 work (issue 11) fills in how the window edits and uses these; the profile
    carries them already, and the net-snmp command line knows them."""

    user: str
    security_level: str = "noAuthNoPriv"  # noAuthNoPriv | authNoPriv | authPriv
    auth_protocol: str = ""  # MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512
    auth_passphrase: str = ""
    priv_protocol: str = ""  # DES, AES, AES-192, AES-256
    priv_passphrase: str = ""
    context_name: str = ""


@dataclass(frozen=True, slots=True)
class AgentProfile:
    """One saved agent."""

    name: str
    address: str  # host, host:port, [v6]:port
    version: SnmpVersion = SnmpVersion.V2C
    community: str = ""  # a secret
    timeout_cs: int = DEFAULT_TIMEOUT_CS
    retry: int = DEFAULT_RETRY
    folder: str = ""  # "Core/Switches"; "" is the top
    v3: V3Credentials | None = None

    def problems(self) -> list[str]:
        """What is wrong with the profile, in words (empty: it can be saved)."""
        found = []
        if not self.name.strip():
            found.append("the agent needs a name")
        if not self.address.strip():
            found.append("the agent needs an address (host, host:port or [v6]:port)")
        if not 1 <= self.timeout_cs <= 360_000:
            found.append("the timeout must be 0.01 to 3600 seconds")
        if not 0 <= self.retry <= 100:
            found.append("retries must be 0 to 100")
        if self.version == SnmpVersion.V3:
            if self.v3 is None or not self.v3.user.strip():
                found.append("an SNMPv3 agent needs a user name")
            elif self.v3.security_level not in SECURITY_LEVELS:
                found.append(f"unknown security level {self.v3.security_level!r}")
        return found


def _secret_key(name: str, what: str) -> str:
    return f"agent/{name}/{what}"


@dataclass
class AgentBook:
    """The saved agents, in the order the user keeps them."""

    profiles: list[AgentProfile] = field(default_factory=list)
    forgotten: list[str] = field(default_factory=list)  # deleted: their secrets go at save

    def names(self) -> list[str]:
        """Every profile's name."""
        return [p.name for p in self.profiles]

    def get(self, name: str) -> AgentProfile | None:
        """The profile called ``name``."""
        return next((p for p in self.profiles if p.name == name), None)

    def folders(self) -> list[str]:
        """The folders in use, sorted ("" first)."""
        return sorted({p.folder for p in self.profiles})

    def put(self, profile: AgentProfile, replacing: str = "") -> None:
        """Add ``profile``, or replace the one called ``replacing`` (a rename keeps its
        place). ``ValueError`` when the name is another profile's."""
        clash = self.get(profile.name)
        if clash is not None and profile.name != replacing:
            raise ValueError(f"there is already an agent called {profile.name!r}")
        for position, existing in enumerate(self.profiles):
            if existing.name == (replacing or profile.name):
                self.profiles[position] = profile
                return
        self.profiles.append(profile)

    def duplicate(self, name: str) -> AgentProfile:
        """A copy of ``name`` under a new name ("core-sw (copy)", "(copy 2)"), added after it."""
        source = self.get(name)
        if source is None:
            raise KeyError(name)
        wanted, number = f"{name} (copy)", 2
        while self.get(wanted) is not None:
            wanted, number = f"{name} (copy {number})", number + 1
        copy = replace(source, name=wanted)
        self.profiles.insert(self.profiles.index(source) + 1, copy)
        return copy

    def delete(self, name: str) -> None:
        """Remove ``name`` (a missing one is fine); its secrets go with the next save."""
        self.profiles = [p for p in self.profiles if p.name != name]
        self.forgotten.append(name)

    # ---------------------------------------------------------------- the workspace file
    def to_document(self, secrets: SecretStore) -> list[dict[str, Any]]:
        """Plain JSON data without secrets (they go to ``secrets``; those of profiles
        deleted since the last save are removed)."""
        for name in self.forgotten:
            if self.get(name) is None:
                for what in ("community", "auth", "priv"):
                    secrets.delete(_secret_key(name, what))
        self.forgotten.clear()
        doc = []
        for p in self.profiles:
            _keep(secrets, _secret_key(p.name, "community"), p.community)
            item: dict[str, Any] = {
                "name": p.name,
                "address": p.address,
                "version": int(p.version),
                "has_community": bool(p.community),
                "timeout_cs": p.timeout_cs,
                "retry": p.retry,
                "folder": p.folder,
            }
            if p.v3 is not None:
                _keep(secrets, _secret_key(p.name, "auth"), p.v3.auth_passphrase)
                _keep(secrets, _secret_key(p.name, "priv"), p.v3.priv_passphrase)
                item["v3"] = {
                    "user": p.v3.user,
                    "security_level": p.v3.security_level,
                    "auth_protocol": p.v3.auth_protocol,
                    "priv_protocol": p.v3.priv_protocol,
                    "context_name": p.v3.context_name,
                }
            doc.append(item)
        return doc

    @classmethod
    def from_document(cls, doc: Any, secrets: SecretStore) -> AgentBook:
        """Read what :meth:`to_document` wrote; ``ValueError`` names a bad entry."""
        if doc is None:
            return cls()
        if not isinstance(doc, list):
            raise ValueError("agent_profiles is not a list")
        book = cls()
        for position, item in enumerate(doc, start=1):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise ValueError(f"saved agent {position} has no name")
            name = item["name"]
            try:
                v3 = None
                if isinstance(item.get("v3"), dict):
                    v3d = item["v3"]
                    v3 = V3Credentials(
                        user=str(v3d.get("user", "")),
                        security_level=str(v3d.get("security_level", "noAuthNoPriv")),
                        auth_protocol=str(v3d.get("auth_protocol", "")),
                        auth_passphrase=secrets.get(_secret_key(name, "auth")) or "",
                        priv_protocol=str(v3d.get("priv_protocol", "")),
                        priv_passphrase=secrets.get(_secret_key(name, "priv")) or "",
                        context_name=str(v3d.get("context_name", "")),
                    )
                profile = AgentProfile(
                    name=name,
                    address=str(item["address"]),
                    version=SnmpVersion(int(item.get("version", int(SnmpVersion.V2C)))),
                    community=(secrets.get(_secret_key(name, "community")) or "")
                    if item.get("has_community")
                    else "",
                    timeout_cs=int(item.get("timeout_cs", DEFAULT_TIMEOUT_CS)),
                    retry=int(item.get("retry", DEFAULT_RETRY)),
                    folder=str(item.get("folder", "")),
                    v3=v3,
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"saved agent {name!r}: {exc}") from None
            book.profiles.append(profile)
        return book


def _keep(secrets: SecretStore, key: str, value: str) -> None:
    if value:
        secrets.set(key, value)
    else:
        secrets.delete(key)


def v3_security(credentials: V3Credentials | None) -> V3Security | None:
    """The USM parameters an entity of the profile is created with (None: v1/v2c)."""
    if credentials is None:
        return None
    return V3Security(
        user=credentials.user,
        security_level=credentials.security_level,
        auth_protocol=credentials.auth_protocol,
        auth_key=credentials.auth_passphrase,
        priv_protocol=credentials.priv_protocol,
        priv_key=credentials.priv_passphrase,
    )
