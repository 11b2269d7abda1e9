"""The TRANSLATED-mode database: friendly agent-profile and context names.

In TRANSLATED mode ``SnmpStrToEntity`` and ``SnmpStrToContext`` resolve friendly names through
an :class:`AgentDatabase`. The database is injectable (tests build one in memory) and can be
file-backed: :meth:`AgentDatabase.load` / :meth:`AgentDatabase.save` read and write a JSON file
with an atomic replace. Secrets (communities, v3 keys) never go into that file: they go through a
:class:`SecretStore` (the OS keyring in the app, memory in tests), and the file only records that
a secret exists.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.model.atomic_file import atomic_write_text, remove_stale_temp_files

if TYPE_CHECKING:  # json and pathlib load with the first load or save (not for a CLI request)
    from pathlib import Path

FORMAT_VERSION = 1
SECRET_SERVICE = "snmpscope"


class SecretStore(Protocol):
    """Where secrets live. Keys look like ``entity/<name>/auth_key``."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, secret: str) -> None: ...

    def delete(self, key: str) -> None: ...


class MemorySecretStore:
    """A dict-backed :class:`SecretStore` for tests and for sessions with no keyring."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._data.get(key)

    def set(self, key: str, secret: str) -> None:
        self._data[key] = secret

    def delete(self, key: str) -> None:
        self._data.pop(key, None)


@dataclass(slots=True)
class EntityRecord:
    """A saved agent profile."""

    name: str
    address: str  # host name or literal, optionally with :port / [v6]:port
    port: int = 161
    version: SnmpVersion = SnmpVersion.V2C
    timeout_cs: int = 100
    retry: int = 2
    # SNMPv3 (USM); auth_key/priv_key are secrets and never written to the file
    user: str = ""
    security_level: str = "noAuthNoPriv"
    auth_protocol: str = ""
    auth_key: str = ""
    priv_protocol: str = ""
    priv_key: str = ""
    engine_id: str = ""  # hex; empty: discover
    note: str = ""


@dataclass(slots=True)
class ContextRecord:
    """A saved context: a community (v1/v2c) or a v3 context name."""

    name: str
    community: str = ""  # secret for v1/v2c; never written to the file
    context_name: str = ""  # v3
    context_engine_id: str = ""  # v3, hex
    version: SnmpVersion | None = None
    note: str = ""


ENTITY_SECRETS = ("auth_key", "priv_key")
CONTEXT_SECRETS = ("community",)


@dataclass
class AgentDatabase:
    """Friendly names of entities and contexts; thread-safe; observable."""

    entities: dict[str, EntityRecord] = field(default_factory=dict)
    contexts: dict[str, ContextRecord] = field(default_factory=dict)
    path: Path | None = None
    secrets: SecretStore = field(default_factory=MemorySecretStore)

    def __post_init__(self) -> None:
        self._lock = threading.RLock()
        self._listeners: list[Callable[[], None]] = []

    # ------------------------------------------------------------ lookups (used by the core)
    def entity(self, name: str) -> EntityRecord | None:
        with self._lock:
            record = self.entities.get(name)
            return None if record is None else replace(record)

    def context(self, name: str) -> ContextRecord | None:
        with self._lock:
            record = self.contexts.get(name)
            return None if record is None else replace(record)

    def entity_named_for(self, ip: str, port: int) -> EntityRecord | None:
        """The profile whose address resolves to ``ip:port``, for TRANSLATED-mode ToStr."""
        from snmpscope.core.errors import SnmpApiError
        from snmpscope.core.smi.address import parse_entity_address

        with self._lock:
            records = list(self.entities.values())
        for record in records:
            try:
                addr = parse_entity_address(record.address, record.port)
            except SnmpApiError:
                continue
            if addr.ip == ip and addr.port == port:
                return replace(record)
        return None

    def context_named_for(self, community: bytes) -> ContextRecord | None:
        with self._lock:
            for record in self.contexts.values():
                if record.community.encode("utf-8") == community:
                    return replace(record)
        return None

    # ------------------------------------------------------------ editing
    def put_entity(self, record: EntityRecord) -> None:
        with self._lock:
            self.entities[record.name] = replace(record)
        self._changed()

    def put_context(self, record: ContextRecord) -> None:
        with self._lock:
            self.contexts[record.name] = replace(record)
        self._changed()

    def remove_entity(self, name: str) -> None:
        with self._lock:
            self.entities.pop(name, None)
        for secret in ENTITY_SECRETS:
            self.secrets.delete(f"entity/{name}/{secret}")
        self._changed()

    def remove_context(self, name: str) -> None:
        with self._lock:
            self.contexts.pop(name, None)
        for secret in CONTEXT_SECRETS:
            self.secrets.delete(f"context/{name}/{secret}")
        self._changed()

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def __iter__(self) -> Iterator[EntityRecord]:
        with self._lock:
            return iter([replace(r) for r in self.entities.values()])

    # ------------------------------------------------------------ persistence
    @classmethod
    def load(cls, path: Path, secrets: SecretStore | None = None) -> AgentDatabase:
        """Read ``path`` (missing file: empty database) and fetch secrets from ``secrets``;
        temp files that killed saves of ``path`` left behind are removed first.

        Raises ``ValueError`` naming the file and the problem for a malformed file; the file
        is left untouched so nothing is lost.
        """
        store = secrets if secrets is not None else MemorySecretStore()
        remove_stale_temp_files(path)
        if not path.exists():
            return cls(path=path, secrets=store)
        try:
            import json

            doc = json.loads(path.read_text(encoding="utf-8"))
            db = cls.from_document(doc, store)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise ValueError(f"cannot read agent database {path}: {exc}") from exc
        db.path = path
        return db

    @classmethod
    def from_document(cls, doc: object, secrets: SecretStore) -> AgentDatabase:
        """The database :meth:`to_document` described, secrets fetched from ``secrets``.
        Raises ``ValueError`` (or ``TypeError``/``KeyError``) for a malformed document."""
        if not isinstance(doc, dict):
            raise ValueError("not an agent database")
        if doc.get("format") != FORMAT_VERSION:
            raise ValueError(f"unsupported format {doc.get('format')!r}")
        db = cls(secrets=secrets)
        for item in doc.get("entities", []):
            record = _entity_from_json(item)
            _fetch_secrets(secrets, item, record, ENTITY_SECRETS, f"entity/{record.name}")
            db.entities[record.name] = record
        for item in doc.get("contexts", []):
            ctx = _context_from_json(item)
            _fetch_secrets(secrets, item, ctx, CONTEXT_SECRETS, f"context/{ctx.name}")
            db.contexts[ctx.name] = ctx
        return db

    def to_document(self) -> dict[str, Any]:
        """The database as JSON data; the secrets go to the secret store (the document
        only says which exist), so the store is written before the caller writes a file."""
        with self._lock:
            entities = [replace(r) for r in self.entities.values()]
            contexts = [replace(r) for r in self.contexts.values()]
        doc: dict[str, Any] = {"format": FORMAT_VERSION, "entities": [], "contexts": []}
        for record in entities:
            item = asdict(record)
            item["version"] = int(record.version)
            _stash_secrets(self.secrets, item, ENTITY_SECRETS, f"entity/{record.name}")
            doc["entities"].append(item)
        for ctx in contexts:
            item = asdict(ctx)
            item["version"] = None if ctx.version is None else int(ctx.version)
            _stash_secrets(self.secrets, item, CONTEXT_SECRETS, f"context/{ctx.name}")
            doc["contexts"].append(item)
        return doc

    def save(self, path: Path | None = None) -> Path:
        """Write the database atomically (see :func:`atomic_write_text`); secrets go to
        the store."""
        target = path or self.path
        if target is None:
            raise ValueError("no path to save the agent database to")
        import json

        atomic_write_text(target, json.dumps(self.to_document(), indent=2, sort_keys=True) + "\n")
        self.path = target
        return target


def _stash_secrets(
    store: SecretStore, item: dict[str, Any], names: tuple[str, ...], prefix: str
) -> None:
    """Move the secrets ``names`` out of the JSON ``item`` into ``store`` under ``prefix/``,
    leaving ``has_<name>`` flags; an empty secret is deleted from the store."""
    for secret in names:
        value = item.pop(secret)
        item[f"has_{secret}"] = bool(value)
        key = f"{prefix}/{secret}"
        if value:
            store.set(key, value)
        else:
            store.delete(key)


def _fetch_secrets(
    store: SecretStore, item: dict[str, Any], record: object, names: tuple[str, ...], prefix: str
) -> None:
    """The inverse of :func:`_stash_secrets`: fill ``record``'s flagged secrets from ``store``."""
    for secret in names:
        if item.get(f"has_{secret}"):
            setattr(record, secret, store.get(f"{prefix}/{secret}") or "")


def _entity_from_json(item: dict[str, Any]) -> EntityRecord:
    known = {k: v for k, v in item.items() if k in EntityRecord.__dataclass_fields__}
    record = EntityRecord(**known)
    record.version = SnmpVersion(int(item.get("version", SnmpVersion.V2C)))
    if not record.name:
        raise ValueError("an entity without a name")
    return record


def _context_from_json(item: dict[str, Any]) -> ContextRecord:
    known = {k: v for k, v in item.items() if k in ContextRecord.__dataclass_fields__}
    ctx = ContextRecord(**known)
    ctx.version = None if item.get("version") is None else SnmpVersion(int(item["version"]))
    if not ctx.name:
        raise ValueError("a context without a name")
    return ctx
