"""The index of one set of loaded modules: an SQLite file of every node by OID and by name.

Built once per module set from the modules' records (:func:`build_view`, in net-snmp's load
order) and opened read-only afterwards (:class:`MibView`), so a start with 1,778 modules
costs a folder scan and opening one file, not executing or parsing anything. Module
details (DESCRIPTION, REFERENCE, DEFVAL, revisions) stay in the records and are read on
demand.

What the view decides, as net-snmp's tree does (snmplib/parse.c ``do_subtree``):

* one OID, several definitions (same label or not): the first module loaded names it;
* an index object is found by its label, and the definition created last wins
  (``find_tree_node(label, -1)``); a row that AUGMENTS another takes that row's INDEX;
* the roots ``ccitt(0)``, ``iso(1)`` and ``joint-iso-ccitt(2)`` belong to no module, so an
  OID nothing else resolves prints as ``iso.3.6...`` without a module prefix.

OIDs are stored as blobs of 4-byte big-endian arcs: byte order is OID order and a prefix
sorts before its extensions, so "the longest known prefix" is one ``<=`` query (two when a
neighbour subtree sorts in between).
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import struct
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from snmpscope.core.smi.oid import Oid

__all__ = ["IndexPart", "MibView", "ViewModule", "ViewNode", "build_view", "pack_oid", "unpack_oid"]

VIEW_FORMAT = "4"
_MAX_ARC = 0xFFFFFFFF
ROOTS: tuple[tuple[str, Oid], ...] = (("ccitt", (0,)), ("iso", (1,)), ("joint-iso-ccitt", (2,)))

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE modules (id INTEGER PRIMARY KEY, name TEXT, path TEXT, origin TEXT, rkey TEXT,
    revision TEXT);
CREATE TABLE nodes (oid BLOB PRIMARY KEY, parent BLOB, mid INTEGER, name TEXT, kind TEXT,
    info INTEGER, owner BLOB, kids INTEGER) WITHOUT ROWID;
CREATE TABLE infos (id INTEGER PRIMARY KEY, json TEXT);
CREATE TABLE names (name TEXT, mid INTEGER, oid BLOB, canon INTEGER,
    PRIMARY KEY (name, mid, oid)) WITHOUT ROWID;
CREATE TABLE indexes (oid BLOB PRIMARY KEY, parts TEXT) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX nodes_parent ON nodes (parent);
CREATE INDEX names_nocase ON names (name COLLATE NOCASE);
"""


def pack_oid(oid: Sequence[int]) -> bytes:
    """The blob key of an OID (arcs above 2^32-1 are clamped: no MIB node has one)."""
    return struct.pack(f">{len(oid)}I", *(min(int(a), _MAX_ARC) for a in oid))


def unpack_oid(blob: bytes) -> Oid:
    return struct.unpack(f">{len(blob) // 4}I", blob)


@dataclass(frozen=True, slots=True)
class ViewModule:
    """A loaded module: its load order (``id``), file and record key."""

    id: int
    name: str
    path: str
    origin: str
    rkey: str
    revision: str


@dataclass(frozen=True, slots=True)
class ViewNode:
    """The node that names an OID: ``info`` holds the record props needed to render values
    (``b t e r h u a s``); ``owner`` is the OID of the row whose INDEX decodes instances
    under it (None outside tables); ``kids`` whether the node has children."""

    oid: Oid
    module: str
    module_id: int
    name: str
    kind: str
    info: dict[str, Any]
    owner: Oid | None
    kids: bool


@dataclass(frozen=True, slots=True)
class IndexPart:
    """One INDEX object of a row as instance OIDs are decoded and encoded: ``kind`` is
    ``int``, ``string``, ``oid``, ``ipaddr``, ``netaddr``, ``ticks`` or ``other`` (the rest
    stays numeric); ``fixed`` a fixed string length (a single SIZE), ``enums`` integer
    labels, ``inet`` an InetAddress after its InetAddressType (printed as an address),
    ``hint`` the DISPLAY-HINT (for input), ``ranges`` for checking input."""

    name: str
    kind: str
    implied: bool = False
    fixed: int | None = None
    enums: tuple[tuple[int, str], ...] = ()
    inet: bool = False
    ranges: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> list[Any]:
        return [self.name, self.kind, int(self.implied), self.fixed, [list(e) for e in self.enums],
                int(self.inet), [list(r) for r in self.ranges]]  # fmt: skip

    @classmethod
    def from_json(cls, data: list[Any]) -> IndexPart:
        name, kind, implied, fixed, enums, inet, ranges = data
        return cls(
            str(name),
            str(kind),
            bool(implied),
            fixed,
            tuple((int(v), str(k)) for v, k in enums),
            bool(inet),
            tuple((int(a), int(b)) for a, b in ranges),
        )


_INDEX_KIND = {
    "INTEGER": "int",
    "Gauge32": "int",
    "Timeticks": "ticks",
    "OCTET STRING": "string",
    "OBJECT IDENTIFIER": "oid",
    "IpAddress": "ipaddr",
    "NetworkAddress": "netaddr",
}
_RENDER_KEYS = ("b", "t", "e", "r", "h", "u", "a", "s")


def _index_part(name: str, implied: bool, props: dict[str, Any], inet: bool) -> IndexPart:
    kind = _INDEX_KIND.get(str(props.get("b", "")), "other")
    ranges = tuple((int(a), int(b)) for a, b in props.get("r", ()))
    fixed = ranges[0][0] if len(ranges) == 1 and ranges[0][0] == ranges[0][1] else None
    return IndexPart(
        name=name,
        kind=kind,
        implied=implied,
        fixed=fixed if kind == "string" else None,
        enums=tuple((int(v), str(k)) for v, k in props.get("e", ())) if kind == "int" else (),
        inet=inet,
        ranges=ranges,
    )


def build_view(
    path: os.PathLike[str] | str,
    modules: Sequence[tuple[str, str, str, str, dict[str, Any]]],
    key: str,
    meta: dict[str, str] | None = None,
) -> None:
    """Write the view of ``modules`` (``(name, path, origin, record key, record)`` in load
    order) to ``path`` atomically (a temporary file renamed into place); ``meta`` is kept
    with it (the load report)."""
    target = os.fspath(path)
    temp = f"{target}.{os.getpid()}.{threading.get_ident()}.tmp"
    if os.path.exists(temp):
        os.unlink(temp)
    db = sqlite3.connect(temp)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        _fill(db, modules)
        db.executescript(_INDEXES)
        db.execute("INSERT INTO meta VALUES ('format', ?), ('key', ?)", (VIEW_FORMAT, key))
        db.executemany("INSERT INTO meta VALUES (?, ?)", (meta or {}).items())
        db.commit()
    finally:
        db.close()
    os.replace(temp, target)


def _fill(
    db: sqlite3.Connection, modules: Sequence[tuple[str, str, str, str, dict[str, Any]]]
) -> None:
    # canonical node per OID: (mid, name, kind, props)
    winners: dict[Oid, tuple[int, str, str, dict[str, Any]]] = {}
    for name, oid in ROOTS:
        winners[oid] = (0, name, "node", {})
    tree_nodes: dict[tuple[str, Oid], dict[str, Any]] = {}  # (label, oid) -> first definition
    latest_label: dict[str, Oid] = {}  # label -> OID of the last tree node created with it
    names: list[tuple[str, int, Oid]] = []
    module_rows = []
    for mid, (module, path, origin, rkey, record) in enumerate(modules, start=1):
        module_rows.append((mid, module, path, origin, rkey, record.get("revision", "")))
        # net-snmp links a module's nodes in the reverse of their order in the text, and the
        # node created first at an OID names it: across modules the one loaded first, within
        # one module the one defined last
        mine: dict[Oid, tuple[int, str, str, dict[str, Any]]] = {}
        for node_name, arcs, kind, props in reversed(record["nodes"]):
            oid = tuple(arcs)
            if (node_name, oid) not in tree_nodes:
                tree_nodes[(node_name, oid)] = props
                latest_label[node_name] = oid
            mine.setdefault(oid, (mid, node_name, kind, props))
            names.append((node_name, mid, oid))
        for oid, winner in mine.items():
            winners.setdefault(oid, winner)
    db.executemany("INSERT INTO modules VALUES (?, ?, ?, ?, ?, ?)", module_rows)
    # rows go in key order: B-tree pages filled in order stay full (the file is half the size)
    db.executemany(
        "INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)",
        sorted(
            (n, m, pack_oid(o), int(winners[o][0] == m and winners[o][1] == n)) for n, m, o in names
        ),
    )
    # INDEX parts per row (and per AUGMENTS row: the augmented row's INDEX)
    index_rows: dict[Oid, list[IndexPart]] = {}

    def parts_of(props: dict[str, Any]) -> list[IndexPart] | None:
        indexes = props.get("i")
        if indexes is None and props.get("g"):
            target = latest_label.get(str(props["g"][1]))
            target_props = tree_nodes.get((str(props["g"][1]), target)) if target else None
            indexes = target_props.get("i") if target_props else None
        if not indexes:
            return None
        parts = []
        for implied, _module, label in indexes:
            where = latest_label.get(str(label))
            if where is None:
                parts.append(IndexPart(str(label), "missing", bool(implied)))
                break  # net-snmp stops decoding at an index it cannot find
            props_ix = tree_nodes[(str(label), where)]
            inet = False
            if props_ix.get("t") == "InetAddress" and where[-1] > 0:
                before = winners.get((*where[:-1], where[-1] - 1))
                inet = before is not None and before[3].get("t") == "InetAddressType"
            parts.append(_index_part(str(label), bool(implied), props_ix, inet))
        return parts

    for oid, (_mid, _name, _kind, props) in winners.items():
        if "i" in props or "g" in props:
            parts = parts_of(props)
            if parts:
                index_rows[oid] = parts
    db.executemany(
        "INSERT INTO indexes VALUES (?, ?)",
        sorted(
            (pack_oid(o), json.dumps([p.to_json() for p in parts]))
            for o, parts in index_rows.items()
        ),
    )
    # a node "has children" when anything is defined below it: net-snmp's tree fills the
    # gaps ({ adslAtucTraps 0 1 }) with anonymous nodes
    ordered = sorted(winners)
    with_kids = {oid for oid, after in itertools.pairwise(ordered) if after[: len(oid)] == oid}
    rows = []
    infos: dict[str, int] = {}  # columns of one type share their info (a third of the size)
    for oid, (mid, node_name, kind, props) in winners.items():
        owner = None
        for length in range(len(oid), 0, -1):
            if oid[:length] in index_rows:
                owner = pack_oid(oid[:length])
                break
        info = {k: props[k] for k in _RENDER_KEYS if k in props}
        text = json.dumps(info, sort_keys=True) if info else ""
        info_id = infos.setdefault(text, len(infos) + 1) if text else None
        rows.append(
            (
                pack_oid(oid),
                pack_oid(oid[:-1]),
                mid,
                node_name,
                kind,
                info_id,
                owner,
                int(oid in with_kids),
            )
        )
    rows.sort(key=lambda row: row[0])
    db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO infos VALUES (?, ?)", ((i, t) for t, i in infos.items()))


class MibView:
    """Read-only queries over a view file (thread-safe: one connection behind a lock)."""

    def __init__(self, path: os.PathLike[str] | str) -> None:
        self.path = os.fspath(path)
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.RLock()
        self.modules: dict[int, ViewModule] = {
            row[0]: ViewModule(*row)
            for row in self._db.execute(
                "SELECT id, name, path, origin, rkey, revision FROM modules"
            )
        }
        self.modules[0] = ViewModule(0, "", "", "", "", "")
        self.module_ids: dict[str, int] = {m.name: m.id for m in self.modules.values() if m.id}
        self._index_cache: dict[Oid, tuple[IndexPart, ...]] = {}
        self._infos: dict[int, dict[str, Any]] = {}

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @staticmethod
    def valid(path: os.PathLike[str] | str, key: str) -> bool:
        """True if ``path`` is a complete view built for ``key``."""
        try:
            db = sqlite3.connect(f"file:{os.fspath(path)}?mode=ro", uri=True)
        except sqlite3.Error:
            return False
        try:
            rows = dict(db.execute("SELECT key, value FROM meta"))
            return rows.get("format") == VIEW_FORMAT and rows.get("key") == key
        except sqlite3.Error:
            return False
        finally:
            db.close()

    def _node(self, row: tuple[Any, ...]) -> ViewNode:
        oid_blob, mid, name, kind, info, owner, kids = row
        return ViewNode(
            oid=unpack_oid(oid_blob),
            module=self.modules[mid].name,
            module_id=mid,
            name=name,
            kind=kind,
            info=self._info(info),
            owner=unpack_oid(owner) if owner else None,
            kids=bool(kids),
        )

    _COLUMNS = "oid, mid, name, kind, info, owner, kids"

    def _info(self, info_id: int | None) -> dict[str, Any]:
        if info_id is None:
            return {}
        cached = self._infos.get(info_id)
        if cached is None:
            with self._lock:
                row = self._db.execute("SELECT json FROM infos WHERE id = ?", (info_id,)).fetchone()
            cached = json.loads(row[0]) if row else {}
            self._infos[info_id] = cached
        return cached

    def longest_prefix(self, oid: Sequence[int]) -> ViewNode | None:
        """The node naming the longest known prefix of ``oid``."""
        probe = tuple(oid)
        with self._lock:
            while probe:
                row = self._db.execute(
                    f"SELECT {self._COLUMNS} FROM nodes WHERE oid <= ? ORDER BY oid DESC LIMIT 1",
                    (pack_oid(probe),),
                ).fetchone()
                if row is None:
                    return None
                found = unpack_oid(row[0])
                if probe[: len(found)] == found:
                    return self._node(row)
                common = 0
                while common < min(len(found), len(probe)) and found[common] == probe[common]:
                    common += 1
                probe = probe[:common]
        return None

    def node(self, oid: Sequence[int]) -> ViewNode | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {self._COLUMNS} FROM nodes WHERE oid = ?", (pack_oid(oid),)
            ).fetchone()
        return self._node(row) if row else None

    def children(self, oid: Sequence[int]) -> list[ViewNode]:
        """The known children of ``oid``, in OID order."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {self._COLUMNS} FROM nodes WHERE parent = ? ORDER BY oid",
                (pack_oid(oid),),
            ).fetchall()
        return [self._node(r) for r in rows]

    def index_parts(self, row_oid: Oid) -> tuple[IndexPart, ...]:
        cached = self._index_cache.get(row_oid)
        if cached is None:
            with self._lock:
                found = self._db.execute(
                    "SELECT parts FROM indexes WHERE oid = ?", (pack_oid(row_oid),)
                ).fetchone()
            cached = tuple(IndexPart.from_json(p) for p in json.loads(found[0])) if found else ()
            self._index_cache[row_oid] = cached
        return cached

    def definitions(self, name: str, module: str | None = None) -> list[tuple[str, Oid, bool]]:
        """Every definition of ``name`` as ``(module, oid, names_its_oid)``, the OID's own
        name first, then in reverse load order (the last definition wins for input, as
        net-snmp finds a label); only ``module``'s when given."""
        with self._lock:
            if module is None:
                rows = self._db.execute(
                    "SELECT mid, oid, canon FROM names WHERE name = ?", (name,)
                ).fetchall()
            else:
                mid = self.module_ids.get(module)
                if mid is None:
                    return []
                rows = self._db.execute(
                    "SELECT mid, oid, canon FROM names WHERE name = ? AND mid = ?", (name, mid)
                ).fetchall()
        rows.sort(key=lambda r: (not r[2], -r[0]))
        return [(self.modules[m].name, unpack_oid(o), bool(c)) for m, o, c in rows]

    def root_names(self) -> Iterator[tuple[str, Oid]]:
        yield from ((name, oid) for name, oid in ROOTS)

    def complete(
        self, stem: str, module: str | None, limit: int, fold: bool
    ) -> list[tuple[str, str]]:
        """``(module, name)`` of names starting with ``stem`` (canonical definitions only
        when no module is given), sorted by name; ``fold``: ignore case."""
        if module is not None:
            mid = self.module_ids.get(module)
            if mid is None:
                return []
            where, args = "mid = ?", [mid]
        else:
            where, args = "canon = 1", []
        if fold:
            sql = (
                f"SELECT name, mid FROM names WHERE {where} AND name LIKE ? ESCAPE '\\' "
                "ORDER BY name, mid LIMIT ?"
            )
            pattern = stem.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params: list[Any] = [*args, pattern, limit]
        else:
            sql = (
                f"SELECT name, mid FROM names WHERE {where} AND name >= ? AND name < ? "
                "ORDER BY name, mid LIMIT ?"
            )
            params = [*args, stem, stem + "\U0010ffff", limit]
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [(self.modules[m].name, n) for n, m in rows]

    def names_like(self, pattern: str, limit: int) -> list[tuple[str, str, Oid, str]]:
        r"""``(module, name, oid, kind)`` of definitions whose name matches the SQL LIKE
        ``pattern`` (any case; ``\`` escapes)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT names.mid, names.name, names.oid, nodes.kind FROM names "
                "LEFT JOIN nodes ON nodes.oid = names.oid "
                "WHERE names.name LIKE ? ESCAPE '\\' LIMIT ?",
                (pattern, limit),
            ).fetchall()
        return [(self.modules[m].name, n, unpack_oid(o), k or "node") for m, n, o, k in rows]

    def count_nodes(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM nodes").fetchone()[0])

    def module_nodes(self, module: str) -> Iterable[tuple[str, Oid, bool]]:
        mid = self.module_ids.get(module)
        if mid is None:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT name, oid, canon FROM names WHERE mid = ? ORDER BY oid", (mid,)
            ).fetchall()
        return [(n, unpack_oid(o), bool(c)) for n, o, c in rows]
