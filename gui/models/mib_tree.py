"""The MIB tree: loaded modules, each with its definitions as an OID tree (name, OID, kind).

A thin adapter over :class:`~snmpscope.core.mib.mib_browse.MibBrowser`: rows are read when
a node is opened (``canFetchMore``/``fetchMore``), so a 1,778-module vendor pack costs one
row per module until someone looks inside. Items live in one list; an index's internal id
is the item's place in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from snmpscope.core.mib.mib_browse import MibBrowser, TreeNode
from snmpscope.core.smi.oid import Oid, oid_to_str

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {
    "scalar": "scalar",
    "column": "column",
    "table": "table",
    "row": "row",
    "notification": "notification",
    "group": "group",
    "compliance": "compliance",
    "capabilities": "capabilities",
    "module-identity": "module identity",
    "object-identity": "object identity",
    "node": "node",
}


class MibTreeRole(IntEnum):
    """Custom data roles."""

    MODULE = Qt.ItemDataRole.UserRole + 1
    NAME = Qt.ItemDataRole.UserRole + 2
    OID = Qt.ItemDataRole.UserRole + 3
    KIND = Qt.ItemDataRole.UserRole + 4


@dataclass
class _Item:
    parent: int  # -1: a module at the top
    row: int
    module: str
    node: TreeNode | None  # None for a module
    children: list[int] | None = None  # None: not fetched yet
    has_children: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


class MibTreeModel(QAbstractItemModel):
    """Modules -> their OID trees; two columns: name and OID."""

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._browser: MibBrowser | None = None
        self._items: list[_Item] = []
        self._roots: list[int] = []

    # ---------------------------------------------------------------- content
    def set_browser(self, browser: MibBrowser | None) -> None:
        """Show ``browser``'s modules (None: nothing); everything opened is closed."""
        self.beginResetModel()
        self._browser = browser
        self._items = []
        self._roots = []
        for row, module in enumerate(browser.modules() if browser is not None else ()):
            self._items.append(_Item(-1, row, module, None))
            self._roots.append(len(self._items) - 1)
        self.endResetModel()

    def _item(self, index: Index) -> _Item | None:
        if not index.isValid():
            return None
        return self._items[index.internalId()]

    def _children_of(self, index: Index) -> list[int] | None:
        item = self._item(index)
        return self._roots if item is None else item.children

    # ---------------------------------------------------------------- structure
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        children = self._children_of(parent) or []
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        item = self._item(child)
        if item is None or item.parent < 0:
            return QModelIndex()
        return self.createIndex(self._items[item.parent].row, 0, item.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() > 0:
            return 0
        return len(self._children_of(parent) or ())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._roots)
        if parent.column() > 0:
            return False
        item = self._item(parent)
        assert item is not None
        return item.has_children if item.children is None else bool(item.children)

    def canFetchMore(self, parent: Index) -> bool:
        item = self._item(parent)
        return item is not None and parent.column() == 0 and item.children is None

    def fetchMore(self, parent: Index) -> None:
        item = self._item(parent)
        if item is None or item.children is not None or self._browser is None:
            return
        parent_id = parent.internalId()
        nodes = self._browser.children(item.module, item.node.oid if item.node else None)
        if not nodes:
            item.children = []
            item.has_children = False
            return
        self.beginInsertRows(parent, 0, len(nodes) - 1)
        item.children = []
        for row, node in enumerate(nodes):
            self._items.append(_Item(parent_id, row, node.module, node, None, node.has_children))
            item.children.append(len(self._items) - 1)
        self.endInsertRows()

    # ---------------------------------------------------------------- data
    def flags(self, index: Index) -> Qt.ItemFlag:
        item = self._item(index)
        if item is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not item.has_children or index.column() > 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index)
        if item is None:
            return None
        node = item.node
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node.name if node is not None else item.module
            if node is None:
                return None
            if index.column() == 1:
                return KIND_LABELS.get(node.kind, node.kind)
            return "." + oid_to_str(node.oid)
        if role == Qt.ItemDataRole.ToolTipRole and node is not None:
            return f"{node.qualified_name}  .{oid_to_str(node.oid)}"
        if role == MibTreeRole.MODULE:
            return item.module
        if role == MibTreeRole.NAME:
            return node.name if node is not None else None
        if role == MibTreeRole.OID:
            return node.oid if node is not None else None
        if role == MibTreeRole.KIND:
            return node.kind if node is not None else "module"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Kind"), self.tr("OID"))[section] if section < 3 else None

    # ---------------------------------------------------------------- finding
    def index_of(self, module: str, oid: Oid) -> QModelIndex:
        """The row of ``module``'s definition at ``oid`` (opening what leads to it), or an
        invalid index."""
        row = next((r for r, i in enumerate(self._roots) if self._items[i].module == module), None)
        if row is None:
            return QModelIndex()
        current = self.index(row, 0)
        while True:
            if self.canFetchMore(current):
                self.fetchMore(current)
            step = None
            for r in range(self.rowCount(current)):
                child = self.index(r, 0, current)
                child_oid = child.data(MibTreeRole.OID)
                if child_oid == tuple(oid):
                    return child
                if child_oid is not None and tuple(oid[: len(child_oid)]) == child_oid:
                    step = child
            if step is None:
                return QModelIndex()
            current = step
