"""The session tree view: resource tree on the left, context menu on request."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget


class SessionTreeView(QTreeView):
    """A QTreeView set up for the session tree; emits ``menuRequested(index, global pos)``."""

    menuRequested = Signal(QModelIndex, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionTree")
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAlternatingRowColors(True)
        self.setAnimated(False)
        self.customContextMenuRequested.connect(self._menu)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _menu(self, position: QPoint) -> None:
        self.menuRequested.emit(self.indexAt(position), self.viewport().mapToGlobal(position))
