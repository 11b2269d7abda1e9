"""The durable trap log: every notification the receiver took, kept on disk across restarts.

An administrator who opens the window in the morning wants the night's traps. The log is a
JSON-lines file (one notification per line, appended and flushed as each arrives, so a crash
loses at most the line being written); it is bounded: when it holds half as many lines again
as :attr:`TrapLog.limit`, the newest ``limit`` are written to a new file that replaces the
old one atomically. A line that cannot be read (a torn last line after a crash) is skipped.

Nothing secret is kept: the community a trap came with is a secret of its sender, so the log
records only whether there was one. No handle is kept either (those die with the run).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from snmpscope.core.constants import SNMP_TRAP_OID_0, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.atomic_file import atomic_write_text
from snmpscope.core.service.operations import TrapRecord
from snmpscope.core.smi.oid import Oid, oid_from_str, oid_to_str
from snmpscope.core.smi.values import SmiValue, VarBind

log = logging.getLogger(__name__)
DEFAULT_LIMIT = 10_000
DUPLICATE_WINDOW_S = 5.0  # one notification queued to several sessions arrives once per session
_BYTES = frozenset({Syntax.OCTETS, Syntax.BITS, Syntax.IPADDR, Syntax.OPAQUE, Syntax.NSAPADDR})


@dataclass(frozen=True, slots=True)
class TrapEntry:
    """One logged notification."""

    received_at: float  # time.time()
    peer: str
    pdu_type: int
    request_id: int
    varbinds: tuple[VarBind, ...]

    @property
    def trap_oid(self) -> Oid | None:
        """snmpTrapOID.0's value (None when the notification has none)."""
        for oid, value in self.varbinds:
            if oid == SNMP_TRAP_OID_0 and isinstance(value.value, tuple):
                return value.value
        return None

    @property
    def agent(self) -> str:
        """The sender's address without the port."""
        host = self.peer.rsplit(":", 1)[0] if self.peer.count(":") == 1 else self.peer
        return host.strip("[]") if host.startswith("[") else host

    @classmethod
    def of(cls, record: TrapRecord) -> TrapEntry:
        """The log entry of a received notification."""
        return cls(
            record.received_at, record.peer, record.pdu_type, record.request_id, record.varbinds
        )

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data (values typed by their syntax code)."""
        return {
            "at": self.received_at,
            "peer": self.peer,
            "type": self.pdu_type,
            "id": self.request_id,
            "varbinds": [[oid_to_str(oid), *_value_json(value)] for oid, value in self.varbinds],
        }

    @classmethod
    def from_json(cls, data: Any) -> TrapEntry:
        """Read what :meth:`to_json` wrote; ``ValueError`` names what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("a log line that is not an object")
        try:
            varbinds = tuple(
                (oid_from_str(str(oid)), _value_from(int(syntax), payload))
                for oid, syntax, payload in data["varbinds"]
            )
            return cls(
                float(data["at"]), str(data["peer"]), int(data["type"]), int(data["id"]), varbinds
            )
        except (KeyError, TypeError, SnmpApiError) as exc:
            raise ValueError(f"a log line that cannot be read: {exc}") from None


class TrapLog:
    """The log file and the newest entries in memory (oldest first)."""

    def __init__(self, path: Path, limit: int = DEFAULT_LIMIT) -> None:
        self.path = path
        self.limit = max(1, limit)
        self.entries: list[TrapEntry] = []
        self.skipped = 0  # lines that could not be read at load
        self._lines = 0
        self._file: IO[str] | None = None
        self._recent: dict[tuple[object, ...], float] = {}

    def load(self) -> list[TrapEntry]:
        """Read the file (a missing one is an empty log); returns the entries kept."""
        self.entries, self.skipped, self._lines = [], 0, 0
        try:
            with self.path.open(encoding="utf-8") as handle:
                for line in handle:
                    self._lines += 1
                    try:
                        self.entries.append(TrapEntry.from_json(json.loads(line)))
                    except ValueError:
                        self.skipped += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.error("cannot read the trap log %s: %s", self.path, exc)
        if self.skipped:
            log.warning("%d unreadable lines in the trap log %s", self.skipped, self.path)
        del self.entries[: -self.limit]
        return list(self.entries)

    def add(self, record: TrapRecord) -> TrapEntry | None:
        """Log a received notification; None when it is a copy already logged (the same
        message queued to several sessions)."""
        key = (record.peer, record.pdu_type, record.request_id, record.varbinds)
        now = time.monotonic()
        self._recent = {k: t for k, t in self._recent.items() if now - t < DUPLICATE_WINDOW_S}
        if key in self._recent:
            return None
        self._recent[key] = now
        entry = TrapEntry.of(record)
        self.entries.append(entry)
        del self.entries[: -self.limit]
        self._append(entry)
        return entry

    def clear(self) -> None:
        """Forget every entry, on disk too."""
        self.entries.clear()
        self._rewrite()

    def close(self) -> None:
        """Close the file (the entries stay readable)."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def _append(self, entry: TrapEntry) -> None:
        try:
            if self._file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = self.path.open("a", encoding="utf-8")
            self._file.write(json.dumps(entry.to_json(), separators=(",", ":")) + "\n")
            self._file.flush()
            self._lines += 1
        except OSError as exc:
            log.error("cannot append to the trap log %s: %s", self.path, exc)
            return
        if self._lines >= self.limit + self.limit // 2:
            self._rewrite()

    def _rewrite(self) -> None:
        self.close()
        text = "".join(json.dumps(e.to_json(), separators=(",", ":")) + "\n" for e in self.entries)
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            log.error("cannot rewrite the trap log %s: %s", self.path, exc)
            return
        self._lines = len(self.entries)


def entries_json(entries: Iterable[TrapEntry]) -> list[dict[str, Any]]:
    """Entries as plain JSON data."""
    return [entry.to_json() for entry in entries]


def _value_json(value: SmiValue) -> list[Any]:
    payload = value.value
    if isinstance(payload, bytes):
        return [value.syntax, payload.hex()]
    if isinstance(payload, tuple):
        return [value.syntax, oid_to_str(payload)]
    return [value.syntax, payload]


def _value_from(syntax: int, payload: Any) -> SmiValue:
    if syntax in _BYTES:
        return SmiValue(syntax, bytes.fromhex(str(payload)))
    if syntax == Syntax.OID:
        return SmiValue(syntax, oid_from_str(str(payload)))
    if payload is None:
        return SmiValue(syntax, None)
    return SmiValue(syntax, int(payload))
