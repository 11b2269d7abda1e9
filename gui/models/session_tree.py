"""The session tree: a thin Qt adapter over the core's resource events.

Structure follows the events the service bridge re-emits in batches (sessions opened and
closed, handles created and freed); facts come from the read model's typed snapshots, taken
when a handle is created or changes. A batch is first reduced (a handle created and freed in
the same batch never becomes a row), then applied as a few ranged ``beginRemoveRows`` /
``beginInsertRows`` calls per parent, so a walk that streams thousands of varbinds costs the
view a handful of signals. Varbind rows of big PDUs and VBLs load through ``fetchMore``.

A big varbind list that keeps changing (a walk streaming into its VBL) is re-read at most
every :data:`BIG_REFRESH_S`: each re-read copies the whole list out of the core, so a
100,000-varbind walk would otherwise copy it every batch.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from snmpscope.core.constants import HandleKind
from snmpscope.core.service.read_model import HandleInfo, PduInfo, ReadModel, ResourceEvent
from snmpscope.gui.models import tree_data
from snmpscope.gui.models.tree_nodes import (
    GROUP_KINDS,
    NODE_TYPE_OF_KIND,
    WITH_VARBINDS,
    Node,
    NodeType,
    TreeRole,
    has_ancestor_in,
    insert_position,
    place_order,
)
from snmpscope.gui.naming import Naming

__all__ = ["NodeType", "SessionTreeModel", "TreeRole"]

Index = QModelIndex | QPersistentModelIndex
FETCH_CHUNK = 256  # varbind rows materialised per fetchMore
STREAM_LIMIT = 20_000  # rows appended live to a fully loaded node; beyond that: fetchMore
BIG_VARBINDS = 2_000  # a varbind list this long is re-read at most every BIG_REFRESH_S
BIG_REFRESH_S = 0.5
# Flags built once (or-ing enum members is three Python calls, and a view asks every cell).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_LEAF_TYPES = frozenset((NodeType.VARBIND, NodeType.ENTITY, NodeType.CONTEXT))


class SessionTreeModel(QAbstractItemModel):
    """Sessions → Entities/Contexts/PDUs/VBLs → PDU varbinds and responses."""

    COLUMNS = 2

    def __init__(self, reader: ReadModel, naming: Naming, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._naming = naming
        self._root = Node(NodeType.ROOT)
        self._nodes: dict[int, Node] = {}
        self._loading = False
        self._refreshed_at: dict[int, float] = {}  # big varbind lists: when last re-read
        self._deferred: set[int] = set()
        self._deferred_timer = QTimer(self)
        self._deferred_timer.setSingleShot(True)
        self._deferred_timer.timeout.connect(self._refresh_deferred)
        naming.changed.connect(self._names_changed)
        self.reload()

    # ---------------------------------------------------------------- public helpers
    def reload(self) -> None:
        """Rebuild from the core (at start; events keep it current afterwards)."""
        self.beginResetModel()
        self._root.children.clear()
        self._nodes.clear()
        self._refreshed_at.clear()
        for session in self._reader.session_handles():
            node = self._new_session(session)
            if node is None:
                continue
            node.row = len(self._root.children)
            self._root.children.append(node)
            infos = [self._reader.describe(h) for h in self._reader.owned(session)]
            for info in place_order([i for i in infos if i is not None]):
                parent = self._parent_for(info)
                if parent is not None:
                    child = self._make_node(info, parent)
                    parent.children.insert(insert_position(parent, child), child)
                    if child.type == NodeType.RESPONSE:
                        parent.responses += 1
                    parent.renumber()
        self.endResetModel()

    def node(self, index: Index) -> Node | None:
        """The node behind ``index`` (None for the invisible root)."""
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def index_of_handle(self, handle: int) -> QModelIndex:
        """The index of a handle's row (invalid if it is not in the tree)."""
        node = self._nodes.get(handle)
        return QModelIndex() if node is None else self.createIndex(node.row, 0, node)

    def session_of(self, index: Index) -> int:
        """The session a row belongs to (0 for none)."""
        node = self.node(index)
        return 0 if node is None else node.session

    def handles(self) -> set[int]:
        """Every handle shown (sessions included)."""
        return set(self._nodes)

    # ---------------------------------------------------------------- events
    def apply_events(self, events: Iterable[ResourceEvent]) -> None:
        """Bring the tree up to date with one batch of core events."""
        batch = tree_data.reduce_events(events)
        for session in batch.closed:
            self._remove_session(session)
        self._remove_handles(batch.freed)
        for session in batch.opened:
            self._insert_session(session)
        self._insert_handles(batch.created)
        self._refresh(batch.changed, batch.touched_sessions)

    def _remove_session(self, session: int) -> None:
        node = self._nodes.get(session)
        if node is None or node.parent is not self._root:
            return
        self.beginRemoveRows(QModelIndex(), node.row, node.row)
        del self._root.children[node.row]
        self._root.renumber(node.row)
        self._forget(node)
        self.endRemoveRows()

    def _remove_handles(self, handles: set[int]) -> None:
        doomed = [self._nodes[h] for h in handles if h in self._nodes]
        orphans: list[HandleInfo] = []  # responses that outlive their request
        by_parent: dict[int, tuple[Node, list[Node]]] = {}
        for node in doomed:
            if node.parent is None or has_ancestor_in(node, handles):
                continue
            by_parent.setdefault(id(node.parent), (node.parent, []))[1].append(node)
            for child in node.children[: node.responses]:
                if child.handle not in handles and child.info is not None:
                    orphans.append(child.info)
        for parent, nodes in by_parent.values():
            rows = sorted(n.row for n in nodes)
            for first, last in reversed(tree_data.runs(rows)):
                self.beginRemoveRows(self._index(parent), first, last)
                removed = parent.children[first : last + 1]
                del parent.children[first : last + 1]
                parent.responses -= sum(1 for n in removed if n.type == NodeType.RESPONSE)
                for gone in removed:
                    self._forget(gone)
                parent.renumber(first)
                self.endRemoveRows()
            self._group_changed(parent)
        if orphans:
            self._insert_infos(orphans)

    def _insert_session(self, session: int) -> None:
        if session in self._nodes:
            return
        node = self._new_session(session)
        if node is None:
            return
        handles = [n.handle for n in self._root.children]
        row = bisect.bisect(handles, session)
        self.beginInsertRows(QModelIndex(), row, row)
        self._root.children.insert(row, node)
        self._root.renumber(row)
        self.endInsertRows()

    def _insert_handles(self, created: Iterable[int]) -> None:
        infos = []
        for handle in created:
            if handle in self._nodes:
                continue
            info = self._reader.describe(handle)
            if info is not None:  # None: freed meanwhile; its FREED event follows
                infos.append(info)
        self._insert_infos(infos)

    def _insert_infos(self, infos: list[HandleInfo]) -> None:
        planned: dict[int, tuple[Node, list[Node]]] = {}
        for info in place_order(infos):
            parent = self._parent_for(info, planned)
            if parent is None:
                continue
            node = self._make_node(info, parent)
            planned.setdefault(id(parent), (parent, []))[1].append(node)
        for parent, nodes in planned.values():
            nodes.sort(key=lambda n: (n.type != NodeType.RESPONSE, n.handle))
            position = 0
            while position < len(nodes):
                row = insert_position(parent, nodes[position])
                end = position + 1
                while end < len(nodes) and insert_position(parent, nodes[end]) == row:
                    end += 1
                chunk = nodes[position:end]
                self.beginInsertRows(self._index(parent), row, row + len(chunk) - 1)
                parent.children[row:row] = chunk
                parent.responses += sum(1 for n in chunk if n.type == NodeType.RESPONSE)
                for node in chunk:
                    self._nodes[node.handle] = node
                parent.renumber(row)
                self.endInsertRows()
                position = end
            self._group_changed(parent)

    def _refresh(self, changed: set[int], sessions: set[int]) -> None:
        touched: dict[int, tuple[Node, list[int]]] = {}
        now = time.monotonic()
        for handle in changed:
            node = self._nodes.get(handle)
            if node is None:
                continue
            if node.varbind_total >= BIG_VARBINDS:
                if now - self._refreshed_at.get(handle, 0.0) < BIG_REFRESH_S:
                    self._deferred.add(handle)
                    if not self._deferred_timer.isActive():
                        self._deferred_timer.start(int(BIG_REFRESH_S * 1000))
                    continue
                self._refreshed_at[handle] = now
            info = self._reader.describe(handle)
            if info is None:
                continue
            old_total = node.varbind_total
            node.info = info
            if node.type in WITH_VARBINDS:
                self._sync_varbinds(node, old_total)
            if node.parent is not None:
                touched.setdefault(id(node.parent), (node.parent, []))[1].append(node.row)
            if node.type == NodeType.RESPONSE and node.parent is not None:
                sessions.add(node.session)
        for session in sessions:
            node = self._nodes.get(session)
            if node is not None:
                info = self._reader.describe(session)
                if info is not None:
                    node.info = info
                touched.setdefault(id(self._root), (self._root, []))[1].append(node.row)
        for parent, rows in touched.values():
            top = self.index(min(rows), 0, self._index(parent))
            bottom = self.index(max(rows), self.COLUMNS - 1, self._index(parent))
            self.dataChanged.emit(top, bottom)

    def _refresh_deferred(self) -> None:
        deferred, self._deferred = self._deferred, set()
        for handle in deferred:
            self._refreshed_at.pop(handle, None)  # due now
        self._refresh(deferred, set())

    def _sync_varbinds(self, node: Node, old_total: int) -> None:
        """Varbinds of a PDU or VBL changed: grow, shrink or repaint its varbind rows."""
        new_total = node.varbind_total
        parent = self._index(node)
        if node.loaded > new_total:
            keep = node.responses + new_total
            self.beginRemoveRows(parent, keep, node.responses + node.loaded - 1)
            del node.children[keep:]
            node.loaded = new_total
            self.endRemoveRows()
        elif node.loaded == old_total and 0 < node.loaded < new_total <= STREAM_LIMIT:
            # Fully loaded and growing (a walk streaming into a VBL): append in one range.
            self._load_varbinds(node, new_total - node.loaded)
        if node.loaded:
            first = self.index(node.responses, 0, parent)
            last = self.index(node.responses + node.loaded - 1, self.COLUMNS - 1, parent)
            self.dataChanged.emit(first, last)

    def _load_varbinds(self, node: Node, count: int) -> None:
        first = len(node.children)
        # Observers (the model tester, views) may call fetchMore from inside the insert
        # signals; nothing may be fetched again until these rows are in.
        self._loading = True
        try:
            self.beginInsertRows(self._index(node), first, first + count - 1)
            for _ in range(count):
                node.children.append(Node(NodeType.VARBIND, 0, node, node.session))
            node.loaded += count
            node.renumber(first)
            self.endInsertRows()
        finally:
            self._loading = False

    def _group_changed(self, parent: Node) -> None:
        if parent.type == NodeType.GROUP:
            index = self._index(parent)
            self.dataChanged.emit(index, index.siblingAtColumn(self.COLUMNS - 1))

    def _names_changed(self) -> None:
        # MIB names arrived: only texts change, no row moves, so views just re-read.
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    # ---------------------------------------------------------------- building nodes
    def _new_session(self, session: int) -> Node | None:
        info = self._reader.describe(session)
        if info is None:
            return None
        node = Node(NodeType.SESSION, session, self._root, session, info)
        for row, kind in enumerate(GROUP_KINDS):
            group = Node(NodeType.GROUP, 0, node, session)
            group.group_kind = kind
            group.row = row
            node.children.append(group)
        self._nodes[session] = node
        return node

    def _parent_for(
        self, info: HandleInfo, planned: dict[int, tuple[Node, list[Node]]] | None = None
    ) -> Node | None:
        session = self._nodes.get(info.owner)
        if session is None or session.type != NodeType.SESSION or info.kind not in GROUP_KINDS:
            return None
        if info.kind == HandleKind.PDU:
            request = self._request_node(info, planned or {})
            if request is not None:
                return request
        return session.group(info.kind)

    def _request_node(
        self, info: HandleInfo, planned: dict[int, tuple[Node, list[Node]]]
    ) -> Node | None:
        target = info.in_reply_to if isinstance(info, PduInfo) else 0
        if not target:
            return None
        node = self._nodes.get(target)
        if node is None:
            for _parent, nodes in planned.values():
                node = next((n for n in nodes if n.handle == target), node)
        if node is None or node.type != NodeType.PDU or node.session != info.owner:
            return None
        return node

    def _make_node(self, info: HandleInfo, parent: Node) -> Node:
        node_type = NODE_TYPE_OF_KIND[info.kind]
        if parent.type == NodeType.PDU:
            node_type = NodeType.RESPONSE
        node = Node(node_type, info.handle, parent, info.owner, info)
        self._nodes[info.handle] = node
        if node_type in WITH_VARBINDS and 0 < node.varbind_total <= FETCH_CHUNK // 4:
            # Small PDUs show their varbinds at once; big ones wait for fetchMore.
            for position in range(node.varbind_total):
                node.children.append(Node(NodeType.VARBIND, position, node, node.session))
            node.loaded = node.varbind_total
            node.renumber()
        return node

    def _forget(self, node: Node) -> None:
        """Drop a removed subtree's handles from the lookup table."""
        stack = [node]
        while stack:
            current = stack.pop()
            if (
                current.handle
                and current.type not in (NodeType.VARBIND, NodeType.GROUP)
                and self._nodes.get(current.handle) is current
            ):
                del self._nodes[current.handle]
                self._refreshed_at.pop(current.handle, None)
            stack.extend(current.children)

    def _index(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    # ---------------------------------------------------------------- Qt model interface
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Checked here rather than with hasIndex(), which calls back into rowCount() and
        # columnCount(): a view asks for thousands of indexes a second while a walk runs.
        if not 0 <= column < self.COLUMNS or row < 0:
            return QModelIndex()
        if parent.column() > 0:
            return QModelIndex()
        node = self.node(parent) if parent.isValid() else self._root
        if node is None or row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent(), not the item-model overload
            return super().parent()
        node = index.internalPointer() if index.isValid() else None  # node(), inlined: hot
        up = node.parent if isinstance(node, Node) else None
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        node = self.node(parent) if parent.isValid() else self._root
        return 0 if node is None else len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.column() > 0:
            return False
        node = self.node(parent) if parent.isValid() else self._root
        if node is None:
            return False
        return bool(node.children) or node.loaded < node.varbind_total

    def canFetchMore(self, parent: Index) -> bool:
        node = self.node(parent)
        return (
            not self._loading
            and node is not None
            and parent.column() == 0
            and node.loaded < node.varbind_total
        )

    def fetchMore(self, parent: Index) -> None:
        node = self.node(parent)
        if self._loading or node is None or parent.column() != 0:
            return
        count = min(FETCH_CHUNK, node.varbind_total - node.loaded)
        if count > 0:
            self._load_varbinds(node, count)

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        return _LEAF_FLAGS if node.type in _LEAF_TYPES else _ROW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Resource")
        if section == 1:
            return self.tr("State")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in tree_data.SERVED_ROLES:
            return None  # the delegate asks a dozen roles per painted cell; most are not ours
        node = self.node(index)
        if node is None:
            return None
        return tree_data.node_data(node, index.column(), role, self._naming, self._nodes)
