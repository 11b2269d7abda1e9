"""The table view: one conceptual table of one agent (Walk-as-table), sortable by any column
and filtered by text, with Refresh and Stop; and :func:`open_table_dock`, which puts one in
the window as a dock (tabbed with the other table docks).

The view only shows: :class:`~snmpscope.gui.controllers.table_runner.TableRunner` fetches
(``refreshRequested`` / ``stopRequested`` go to it) and hands back what came.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.service import TableOutcome, TableProgress, WalkOutcome
from snmpscope.gui.models.table_model import TableModel, TableRole

__all__ = ["TableView", "open_table_dock"]

TABLE_DOCK_PREFIX = "table-dock:"


class TableView(QWidget):
    """A table's rows with a filter line, Refresh and Stop, and a status line."""

    refreshRequested = Signal()
    stopRequested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter rows (any column)…"))
        self.filter.setClearButtonEnabled(True)
        self.refresh = QPushButton(self.tr("Refresh"))
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setEnabled(False)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = TableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(TableRole.SORT)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # agent order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 6
        )  # fixed heights: no per-row measuring on a big table
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionsMovable(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.filter, 2)
        top.addWidget(self.refresh)
        top.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.refresh.clicked.connect(self.refreshRequested)
        self.stop.clicked.connect(self.stopRequested)

    # ---------------------------------------------------------------- what the runner tells
    def fetch_started(self) -> None:
        self.refresh.setEnabled(False)
        self.stop.setEnabled(True)
        self.status.setText(self.tr("Fetching the table…"))

    def fetch_progress(self, progress: TableProgress) -> None:
        self.status.setText(
            self.tr("Fetching the table… {rows} rows, {varbinds} values so far").format(
                rows=progress.rows, varbinds=progress.varbinds
            )
        )

    def fetch_finished(self, outcome: TableOutcome) -> None:
        self._idle()
        self.title.setText(f"<b>{outcome.info.qualified_name}</b>")
        self.model.set_outcome(outcome)
        self.table.resizeColumnsToContents()
        rows = len(outcome.rows)
        text = self.tr(
            "{rows} rows, {columns} columns, {requests} requests, {seconds:.2f} s"
        ).format(
            rows=rows,
            columns=len(outcome.info.columns),
            requests=outcome.requests,
            seconds=outcome.elapsed_s,
        )
        if not rows and outcome.reason == WalkOutcome.END:
            text = self.tr("The agent has no rows in this table.")
        if outcome.reason == WalkOutcome.STOPPED:
            text += self.tr(" (stopped: the rows so far)")
        elif outcome.reason == WalkOutcome.ERROR:
            text += self.tr(" (ended by an error: {error})").format(error=outcome.error)
        if outcome.extra_columns:
            text += self.tr("; the agent has more columns than the MIB")
        self.status.setText(text)

    def fetch_failed(self, message: str) -> None:
        self._idle()
        self.status.setText(
            self.tr("The table could not be fetched: {message}").format(message=message)
        )

    def _idle(self) -> None:
        self.refresh.setEnabled(True)
        self.stop.setEnabled(False)


def open_table_dock(window: QMainWindow, view: TableView, title: str) -> QDockWidget:
    """Show ``view`` in a dock at the bottom of ``window``, tabbed with the table docks
    already there, raised; closing the dock deletes it (and its view)."""
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{TABLE_DOCK_PREFIX}{title}")
    dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dock.setWidget(view)
    others = [
        d
        for d in window.findChildren(QDockWidget)
        if d.objectName().startswith(TABLE_DOCK_PREFIX) and d is not dock and d.isVisible()
    ]
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    if others:
        window.tabifyDockWidget(others[-1], dock)
    dock.show()
    dock.raise_()
    return dock
