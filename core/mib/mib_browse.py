"""What a MIB browser reads: each module's definitions as a tree, one definition's full
details, and search by name, OID or words of the DESCRIPTION.

:class:`MibBrowser` answers from the loaded set's view and the module records; it is built
by :meth:`~snmpscope.core.mib.names.MibNames.browser` and stays valid until the set changes.
The tree is lazy (a module's definitions are read when it is opened); the text index for
DESCRIPTION search (SQLite FTS5) is built once per module set, the first time words are
searched, next to the view in the cache.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from snmpscope.core.mib.mib_view import MibView, pack_oid, unpack_oid
from snmpscope.core.mib.nodes import NodeInfo, node_info_from
from snmpscope.core.smi.oid import Oid

__all__ = ["MibBrowser", "SearchHit", "TreeNode"]

_TEXT_INDEX_FORMAT = "1"
_WORD = re.compile(r"[\w-]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class TreeNode:
    """One definition of one module, placed under its nearest ancestor in that module."""

    module: str
    name: str
    oid: Oid
    kind: str
    has_children: bool

    @property
    def qualified_name(self) -> str:
        return f"{self.module}::{self.name}"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result: the definition and why it matched (``name``, ``oid`` or
    ``description``, with a ``snippet`` of the text for the last)."""

    module: str
    name: str
    oid: Oid
    kind: str
    match: str
    snippet: str = ""

    @property
    def qualified_name(self) -> str:
        return f"{self.module}::{self.name}"


class MibBrowser:
    """Browse and search one loaded module set (thread-safe)."""

    def __init__(
        self,
        view: MibView,
        record_of: Callable[[str], dict[str, Any]],
        info_of: Callable[[Oid], NodeInfo | None],
        resolve: Callable[[str], Oid],
    ) -> None:
        self._view = view
        self._record_of = record_of
        self._info_of = info_of
        self._resolve = resolve
        self._lock = threading.RLock()
        self._trees: dict[str, dict[Oid | None, list[TreeNode]]] = {}
        self._text_db: sqlite3.Connection | None = None

    # ---------------------------------------------------------------- tree
    def modules(self) -> list[str]:
        """The loaded modules, by name (case-insensitive)."""
        return sorted(self._view.module_ids, key=str.casefold)

    def children(self, module: str, parent: Oid | None = None) -> list[TreeNode]:
        """``module``'s definitions directly under ``parent`` (None: its top ones), in OID
        order."""
        with self._lock:
            tree = self._trees.get(module)
            if tree is None:
                tree = self._build_tree(module)
                if len(self._trees) > 64:
                    self._trees.clear()
                self._trees[module] = tree
            return tree.get(parent, [])

    def _build_tree(self, module: str) -> dict[Oid | None, list[TreeNode]]:
        kinds = {
            tuple(arcs): kind for _n, arcs, kind, _p in self._record_of(module).get("nodes", ())
        }
        entries = sorted(self._view.module_nodes(module), key=lambda e: e[1])
        parents: dict[Oid, Oid | None] = {}
        stack: list[Oid] = []
        for _name, oid, _canon in entries:
            while stack and oid[: len(stack[-1])] != stack[-1]:
                stack.pop()
            parents[oid] = stack[-1] if stack else None
            stack.append(oid)
        with_children = {p for p in parents.values() if p is not None}
        tree: dict[Oid | None, list[TreeNode]] = {}
        for name, oid, _canon in entries:
            node = TreeNode(module, name, oid, kinds.get(oid, "node"), oid in with_children)
            tree.setdefault(parents[oid], []).append(node)
        return tree

    # ---------------------------------------------------------------- details
    def details(self, module: str, name: str, oid: Oid) -> NodeInfo | None:
        """Everything ``module`` says about its definition ``name`` (at ``oid``)."""
        info = self._info_of(oid)
        if info is not None and info.module == module and info.name == name:
            return info
        record = self._record_of(module)
        for node_name, arcs, kind, props in record.get("nodes", ()):
            if node_name == name and tuple(arcs) == tuple(oid):
                return _definition_info(module, node_name, tuple(arcs), kind, props)
        return None

    # ---------------------------------------------------------------- search
    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Definitions matching ``text``: an OID or a name that resolves (first), names
        containing it (any case), then DESCRIPTIONs containing all its words."""
        query = text.strip()
        if not query:
            return []
        hits: list[SearchHit] = []
        seen: set[tuple[str, str]] = set()

        def add(hit: SearchHit) -> None:
            key = (hit.module, hit.name)
            if key not in seen and len(hits) < limit:
                seen.add(key)
                hits.append(hit)

        exact = self._exact(query)
        if exact is not None:
            add(exact)
        for module, name, oid, kind in self._names_like(query, limit):
            add(SearchHit(module, name, oid, kind, "name"))
        if len(hits) < limit:
            for hit in self._text_search(query, limit - len(hits)):
                add(hit)
        return hits

    def _exact(self, query: str) -> SearchHit | None:
        try:
            oid = self._resolve(query)
        except Exception:
            return None
        node = self._view.longest_prefix(oid)
        if node is None or node.module_id == 0:
            return None
        numeric = query.lstrip(".")[:1].isdigit()
        return SearchHit(node.module, node.name, node.oid, node.kind, "oid" if numeric else "name")

    def _names_like(self, query: str, limit: int) -> list[tuple[str, str, Oid, str]]:
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._view.names_like(pattern, limit * 4)
        folded = query.casefold()
        rows.sort(
            key=lambda r: (
                r[1].casefold() != folded,
                not r[1].casefold().startswith(folded),
                len(r[1]),
                r[1],
            )
        )
        return [(m, n, oid, kind) for m, n, oid, kind in rows[:limit]]

    def _text_search(self, query: str, limit: int) -> list[SearchHit]:
        words = _WORD.findall(query)
        if not words:
            return []
        db = self._text_index()
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
        with self._lock:
            try:
                rows = db.execute(
                    "SELECT module, name, oid, kind, snippet(texts, 4, '[', ']', ' … ', 12) "
                    "FROM texts WHERE texts MATCH ? ORDER BY rank LIMIT ?",
                    (match, limit),
                ).fetchall()
            except sqlite3.Error:
                return []
        return [
            SearchHit(m, n, unpack_oid(bytes.fromhex(o)), k, "description", s)
            for m, n, o, k, s in rows
        ]

    def _text_index(self) -> sqlite3.Connection:
        """The FTS5 index of every DESCRIPTION of the set (built on first use)."""
        with self._lock:
            if self._text_db is not None:
                return self._text_db
            path = self._view.path.removesuffix(".sqlite") + "-texts.sqlite"
            if not _text_index_valid(path):
                self._build_text_index(path)
            self._text_db = sqlite3.connect(
                f"file:{path}?mode=ro", uri=True, check_same_thread=False
            )
            return self._text_db

    def _build_text_index(self, path: str) -> None:
        temp = f"{path}.{os.getpid()}.tmp"
        if os.path.exists(temp):
            os.unlink(temp)
        db = sqlite3.connect(temp)
        try:
            db.execute(
                "CREATE VIRTUAL TABLE texts USING fts5(module UNINDEXED, name, oid UNINDEXED, "
                "kind UNINDEXED, description)"
            )
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            for module in self._view.module_ids:
                rows = [
                    (module, name, pack_oid(arcs).hex(), kind, props["d"])
                    for name, arcs, kind, props in self._record_of(module).get("nodes", ())
                    if props.get("d")
                ]
                db.executemany("INSERT INTO texts VALUES (?, ?, ?, ?, ?)", rows)
            db.execute("INSERT INTO meta VALUES ('format', ?)", (_TEXT_INDEX_FORMAT,))
            db.commit()
        finally:
            db.close()
        os.replace(temp, path)

    def close(self) -> None:
        with self._lock:
            if self._text_db is not None:
                self._text_db.close()
                self._text_db = None


def _text_index_valid(path: str) -> bool:
    if not os.path.exists(path):
        return False
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == _TEXT_INDEX_FORMAT


def _definition_info(
    module: str, name: str, oid: Oid, kind: str, props: dict[str, Any]
) -> NodeInfo:
    """NodeInfo of a definition that does not name its OID (another module loaded first
    does): from its own record."""
    from snmpscope.core.mib.mib_view import ViewNode

    node = ViewNode(oid, module, -1, name, kind, props, None, False)
    indexes = tuple(f"{m}::{n}" for _implied, m, n in props.get("i", ()))
    return node_info_from(node, indexes, props, detailed=True)
