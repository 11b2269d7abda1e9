"""The per-user MIB cache: what scanning, parsing and compiling MIB files learned, kept
between runs so that each source is read, parsed and compiled once.

One folder (the app passes Qt's cache location; the CLI and tests use ``$SNMPSCOPE_MIB_CACHE``,
else the platform's user cache folder) holds:

* ``catalog.sqlite``: per source file its size, modification time, SHA-1 and module name
  (``files``); per source text (by SHA-1) the module it defines and what it imports
  (``parsed``) and pysmi's symbol table (``symtabs``, so a module whose imports changed is
  recompiled without parsing them again); per compiled module version its record, or the
  problems that stopped it (``records``, keyed by :func:`record_key`: the module's text and
  the texts of everything it imports, so a changed import recompiles its importers);
* ``views/*.sqlite``: one name/OID index per set of loaded modules (see
  :mod:`snmpscope.core.mib.mib_view`), built once and opened read-only afterwards.

Every write is a transaction, so a killed process leaves the last complete state; a cache
that cannot be created or read is replaced by a temporary one for the run (the load report
says so) and nothing else changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import sys
import tempfile
import threading
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "CACHE_ENV",
    "FORMAT",
    "FileEntry",
    "MibCache",
    "ParsedInfo",
    "default_cache_dir",
    "record_key",
    "text_hash",
]

CACHE_ENV = "SNMPSCOPE_MIB_CACHE"
FORMAT = 9  # bump when records, parsed infos or views change shape
_KEEP_VIEWS = 12  # the views of this many module sets stay; older ones are removed

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha1 TEXT, module TEXT,
    reason TEXT);
CREATE TABLE IF NOT EXISTS parsed (
    sha1 TEXT PRIMARY KEY, module TEXT, imports TEXT, needs TEXT, problem TEXT,
    supports TEXT, dropped TEXT);
CREATE TABLE IF NOT EXISTS symtabs (sha1 TEXT PRIMARY KEY, data BLOB);
CREATE TABLE IF NOT EXISTS records (
    key TEXT PRIMARY KEY, module TEXT, ok INTEGER, problems TEXT, data BLOB);
"""


def default_cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$SNMPSCOPE_MIB_CACHE``, else the user's cache folder plus ``snmpscope/mibs``
    (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``%LOCALAPPDATA%`` on Windows,
    ``~/Library/Caches`` on macOS). The window passes Qt's cache location instead."""
    env = os.environ if env is None else env
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV])
    if sys.platform == "win32" and env.get("LOCALAPPDATA"):
        base = Path(env["LOCALAPPDATA"])
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "snmpscope" / "mibs"


def text_hash(data: bytes) -> str:
    """The SHA-1 that names a source text in the cache."""
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def record_key(sha1: str, closure: Iterable[tuple[str, str]], origin: str) -> str:
    """The cache key of one compiled module version: its text, how it was compiled
    (``origin``: pysmi's or pysnmp's version) and the texts of every module it imports,
    directly or not (``closure``: ``(module, sha1 or "missing")`` pairs)."""
    parts = [f"v{FORMAT}", origin, sha1, *sorted(f"{m}={h}" for m, h in closure)]
    return text_hash("\n".join(parts).encode())


@dataclass(frozen=True, slots=True)
class FileEntry:
    """What a scan learned about one file: a MIB module (``module``) or why not (``reason``)."""

    path: str
    size: int
    mtime_ns: int
    sha1: str
    module: str | None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedInfo:
    """What parsing a text found: the module's name, its imports as written (module ->
    symbols, in the order of the FROM clauses; net-snmp loads imports in that order) and
    the modules pysmi needs to compile it (after its SMIv1-to-SMIv2 import conversion), and
    the modules its AGENT-CAPABILITIES name in SUPPORTS clauses (net-snmp loads those too)."""

    module: str
    imports: dict[str, list[str]]
    needs: tuple[str, ...]
    problem: dict[str, Any] | None = None
    supports: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()  # definitions left out so that the rest compiles


class MibCache:
    """The cache folder (thread-safe: one connection behind a lock)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.requested = Path(directory) if directory is not None else default_cache_dir()
        self.warning: str | None = None
        self._lock = threading.RLock()
        self.directory, self._db = self._open(self.requested)

    def _open(self, directory: Path) -> tuple[Path, sqlite3.Connection]:
        try:
            return directory, self._connect(directory)
        except (OSError, sqlite3.Error) as exc:
            fallback = Path(tempfile.mkdtemp(prefix="snmpscope-mibs-"))
            self.warning = (
                f"MIB cache folder {directory} is not usable ({exc}); this run compiles "
                f"into the temporary folder {fallback}"
            )
            return fallback, self._connect(fallback)

    @staticmethod
    def _connect(directory: Path) -> sqlite3.Connection:
        (directory / "views").mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(
            directory / "catalog.sqlite", timeout=30, check_same_thread=False, isolation_level=None
        )
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
            row = db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
            if row is None or row[0] != str(FORMAT):
                # Another format: start over (the cache is only a cache).
                with db:
                    db.execute("BEGIN")
                    for table in ("files", "parsed", "symtabs", "records"):
                        db.execute(f"DROP TABLE IF EXISTS {table}")
                db.executescript(_SCHEMA)
                db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (str(FORMAT),))
                for old in (directory / "views").glob("*.sqlite"):
                    old.unlink(missing_ok=True)
        except sqlite3.Error:
            db.close()
            raise
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ---------------------------------------------------------------- files
    def file_entries(self, paths: Iterable[str]) -> dict[str, FileEntry]:
        """The known entries of ``paths`` (unknown ones are absent)."""
        wanted = list(paths)
        found: dict[str, FileEntry] = {}
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for row in self._db.execute(
                    f"SELECT path, size, mtime_ns, sha1, module, reason FROM files "
                    f"WHERE path IN ({marks})",
                    chunk,
                ):
                    found[row[0]] = FileEntry(*row)
        return found

    def put_file_entries(self, entries: Iterable[FileEntry]) -> None:
        rows = [(e.path, e.size, e.mtime_ns, e.sha1, e.module, e.reason) for e in entries]
        if not rows:
            return
        with self._lock, self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", rows)

    # ---------------------------------------------------------------- parsed texts
    def parsed(self, sha1: str) -> ParsedInfo | None:
        with self._lock:
            row = self._db.execute(
                "SELECT module, imports, needs, problem, supports, dropped FROM parsed "
                "WHERE sha1=?",
                (sha1,),
            ).fetchone()
        if row is None:
            return None
        imports = {str(k): list(v) for k, v in json.loads(row[1]).items()}
        problem = json.loads(row[3]) if row[3] else None
        supports = tuple(json.loads(row[4])) if row[4] else ()
        dropped = tuple(json.loads(row[5])) if row[5] else ()
        return ParsedInfo(row[0], imports, tuple(json.loads(row[2])), problem, supports, dropped)

    def put_parsed(self, sha1: str, info: ParsedInfo, symtab: Any = None) -> None:
        with self._lock, self._db:
            self._db.execute("BEGIN")
            self._db.execute(
                "INSERT OR REPLACE INTO parsed VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    sha1,
                    info.module,
                    json.dumps(info.imports),
                    json.dumps(list(info.needs)),
                    json.dumps(info.problem) if info.problem else None,
                    json.dumps(list(info.supports)),
                    json.dumps(list(info.dropped)),
                ),
            )
            if symtab is not None:
                blob = zlib.compress(pickle.dumps(symtab, protocol=pickle.HIGHEST_PROTOCOL), 1)
                self._db.execute("INSERT OR REPLACE INTO symtabs VALUES (?, ?)", (sha1, blob))

    def symtab(self, sha1: str) -> Any:
        """pysmi's symbol table of a text (None when it was never parsed here)."""
        with self._lock:
            row = self._db.execute("SELECT data FROM symtabs WHERE sha1=?", (sha1,)).fetchone()
        if row is None:
            return None
        # Our own cache folder, written by this code: trusted like the code itself.
        return pickle.loads(zlib.decompress(row[0]))

    # ---------------------------------------------------------------- records
    def has_record(self, key: str) -> bool:
        with self._lock:
            return (
                self._db.execute("SELECT 1 FROM records WHERE key=?", (key,)).fetchone() is not None
            )

    def record_status(self, key: str) -> tuple[bool, list[dict[str, Any]]] | None:
        """``(compiled, problems)`` of a module version, None if never compiled."""
        with self._lock:
            row = self._db.execute(
                "SELECT ok, problems FROM records WHERE key=?", (key,)
            ).fetchone()
        if row is None:
            return None
        return bool(row[0]), json.loads(row[1] or "[]")

    def record(self, key: str) -> dict[str, Any] | None:
        """The compiled record (None if absent or failed)."""
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM records WHERE key=? AND ok=1", (key,)
            ).fetchone()
        if row is None or row[0] is None:
            return None
        data: dict[str, Any] = json.loads(zlib.decompress(row[0]))
        return data

    def put_record(
        self,
        key: str,
        module: str,
        record: dict[str, Any] | None,
        problems: list[dict[str, Any]],
    ) -> None:
        """Store a compiled record, or (``record`` None) the problems that stopped it."""
        blob = zlib.compress(json.dumps(record).encode(), 3) if record is not None else None
        with self._lock, self._db:
            self._db.execute("BEGIN")
            self._db.execute(
                "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)",
                (key, module, int(record is not None), json.dumps(problems), blob),
            )

    # ---------------------------------------------------------------- views
    def view_path(self, key: str) -> Path:
        return self.directory / "views" / f"{key}.sqlite"

    def prune_views(self, keep: str) -> None:
        """Remove all but the most recently used views (never ``keep``)."""
        views = sorted(
            (p for p in (self.directory / "views").glob("*.sqlite") if p.stem != keep),
            key=lambda p: p.stat().st_mtime if p.exists() else 0.0,
            reverse=True,
        )
        for old in views[_KEEP_VIEWS - 1 :]:
            try:
                old.unlink()
            except OSError:
                continue  # in use on a system that forbids it; next time
