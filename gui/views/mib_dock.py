"""The MIB dock: the loaded modules as a tree, a search by name, OID or words of the
description with its results, the selected node's whole definition, and what to do with it
(Get, GetNext, Walk against the agent selected in the session tree; copy its OID or name).

It only shows and asks: the window's :class:`~snmpscope.gui.controllers.mib_browser.
MibBrowserController` answers its signals (searches run on the service's MIB worker).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.mib.mib_browse import MibBrowser, SearchHit
from snmpscope.core.mib.mib_report import MibLoadReport
from snmpscope.core.mib.nodes import NodeInfo
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.gui.models.mib_tree import KIND_LABELS, MibTreeModel, MibTreeRole

_HIT_ROLE = Qt.ItemDataRole.UserRole + 1


TABLE_KINDS = frozenset({"table", "row", "column"})


class MibDock(QDockWidget):
    """See the module docstring."""

    searchRequested = Signal(str)
    getRequested = Signal(object)  # Oid
    getNextRequested = Signal(object)
    walkRequested = Signal(object)
    tableRequested = Signal(object)  # Oid of a table, row or column
    setRequested = Signal(object)  # Oid (a scalar's instance .0)
    addFolderRequested = Signal()
    cancelRequested = Signal()
    reportRequested = Signal()
    copyRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("MIBs"), parent)
        self.setObjectName("mibDock")
        self._browser: MibBrowser | None = None
        self._current: tuple[str, str, Oid] | None = None
        self._current_info: NodeInfo | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        self.summary = QLabel(self.tr("MIBs are loading…"))
        self.summary.setWordWrap(True)
        self.add_folder = QPushButton(self.tr("Add MIB folder…"))
        self.report_button = QPushButton(self.tr("Report…"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setFormat(self.tr("%v of %m"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.add_folder)
        layout.addLayout(top)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel)
        layout.addLayout(busy)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name, an OID or words of a description"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Name"), self.tr("Module"), self.tr("Found in")])
        self.results.setRootIsDecorated(False)
        self.results.setVisible(False)
        self.results.setMaximumHeight(160)
        layout.addWidget(self.results)

        self.model = MibTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(1, 110)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([320, 280])
        layout.addWidget(splitter, 1)

        self.get = QPushButton(self.tr("Get"))
        self.get_next = QPushButton(self.tr("GetNext"))
        self.walk = QPushButton(self.tr("Walk"))
        self.set_button = QPushButton(self.tr("Set…"))
        self.set_button.setToolTip(
            self.tr("Compose a SET of this object (add the index of a column)")
        )
        self.table = QPushButton(self.tr("Table"))
        self.table.setToolTip(self.tr("Walk the table this node belongs to, as a table"))
        self.copy_oid = QPushButton(self.tr("Copy OID"))
        self.copy_name = QPushButton(self.tr("Copy name"))
        # Two rows (requests, then the rest): one row of seven buttons made the dock at least
        # ~600 px wide, and the session tree and the results paid for it at first launch.
        actions = QGridLayout()
        for row, buttons in enumerate(
            (
                (self.get, self.get_next, self.walk, self.table),
                (self.set_button, self.copy_oid, self.copy_name),
            )
        ):
            for column, button in enumerate(buttons):
                actions.addWidget(button, row, column)
        layout.addLayout(actions)
        self.setWidget(body)
        self._set_actions_enabled(False)
        self._connect()

    def _connect(self) -> None:
        self.search.returnPressed.connect(self._search)
        self.results.currentItemChanged.connect(self._hit_chosen)
        self.tree.selectionModel().currentChanged.connect(self._node_chosen)
        self.add_folder.clicked.connect(self.addFolderRequested)
        self.report_button.clicked.connect(self.reportRequested)
        self.cancel.clicked.connect(self.cancelRequested)
        self.get.clicked.connect(lambda: self._emit_oid(self.getRequested, instance=True))
        self.get_next.clicked.connect(lambda: self._emit_oid(self.getNextRequested))
        self.walk.clicked.connect(lambda: self._emit_oid(self.walkRequested))
        self.table.clicked.connect(lambda: self._emit_oid(self.tableRequested))
        self.set_button.clicked.connect(lambda: self._emit_oid(self.setRequested, instance=True))
        self.copy_oid.clicked.connect(self._copy_oid)
        self.copy_name.clicked.connect(self._copy_name)

    # ---------------------------------------------------------------- what the window tells
    def set_browser(self, browser: MibBrowser) -> None:
        """A new loaded set: show its modules (what was open closes)."""
        self._browser = browser
        self.model.set_browser(browser)
        self._current = None
        self._current_info = None
        self.details.clear()
        self._set_actions_enabled(False)

    def set_report(self, report: MibLoadReport, cancelled: bool = False) -> None:
        """The summary line after a load."""
        text = self.tr("{loaded} modules loaded · {failed} failed · {missing} missing").format(
            loaded=len(report.loaded), failed=len(report.failed), missing=len(report.missing)
        )
        if cancelled:
            text = self.tr("Compiling cancelled; what compiled is kept. ") + text
        self.summary.setText(text)
        self.progress.setVisible(False)
        self.cancel.setVisible(False)

    def show_progress(self, done: int, total: int, module: str) -> None:
        """MIB files are compiling."""
        self.progress.setVisible(True)
        self.cancel.setVisible(True)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.summary.setText(self.tr("Compiling MIB files: {module}").format(module=module))

    def show_results(self, query: str, hits: tuple[SearchHit, ...]) -> None:
        """Search results (those of an older query are ignored)."""
        if query != self.search.text().strip():
            return
        self.results.clear()
        found_in = {
            "oid": self.tr("OID"),
            "name": self.tr("name"),
            "description": self.tr("description"),
        }
        for hit in hits:
            item = QTreeWidgetItem([hit.name, hit.module, found_in.get(hit.match, hit.match)])
            item.setData(0, _HIT_ROLE, hit)
            tip = f"{hit.qualified_name}  .{oid_to_str(hit.oid)}"
            item.setToolTip(0, tip + (f"\n{hit.snippet}" if hit.snippet else ""))
            self.results.addTopLevelItem(item)
        if not hits:
            item = QTreeWidgetItem([self.tr("Nothing found"), "", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addTopLevelItem(item)
        self.results.resizeColumnToContents(0)
        self.results.setVisible(True)

    # ---------------------------------------------------------------- reactions
    def _search(self) -> None:
        text = self.search.text().strip()
        if text:
            self.results.clear()
            self.results.setVisible(True)
            self.results.addTopLevelItem(QTreeWidgetItem([self.tr("Searching…"), "", ""]))
            self.searchRequested.emit(text)
        else:
            self.results.setVisible(False)

    def _hit_chosen(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        hit = item.data(0, _HIT_ROLE) if item is not None else None
        if not isinstance(hit, SearchHit):
            return
        self.select(hit.module, hit.oid)

    def select(self, module: str, oid: Oid) -> None:
        """Open the tree down to ``module``'s definition at ``oid`` and select it."""
        index = self.model.index_of(module, oid)
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.setCurrentIndex(index)

    def _node_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        oid = current.data(MibTreeRole.OID)
        module = current.data(MibTreeRole.MODULE)
        name = current.data(MibTreeRole.NAME)
        if oid is None or self._browser is None:
            self._current = None
            self._current_info = None
            self.details.setHtml(self._module_html(module) if module else "")
            self._set_actions_enabled(False)
            return
        self._current = (module, name, oid)
        info = self._browser.details(module, name, oid)
        self._current_info = info
        self.details.setHtml(
            node_html(info, KIND_LABELS) if info is not None else html.escape(name)
        )
        self._set_actions_enabled(True)

    def _module_html(self, module: str) -> str:
        return f"<h3>{html.escape(module)}</h3>"

    def _set_actions_enabled(self, on: bool) -> None:
        for button in (self.get, self.get_next, self.walk, self.copy_oid, self.copy_name):
            button.setEnabled(on)
        info = self._current_info if on else None
        self.table.setEnabled(info is not None and info.kind in TABLE_KINDS)
        writable = info is not None and info.access in ("read-write", "read-create", "write-only")
        self.set_button.setEnabled(writable)

    def _emit_oid(self, signal: SignalInstance, instance: bool = False) -> None:
        if self._current is None:
            return
        oid = self._current[2]
        info = self._current_info
        if instance and info is not None and info.kind == "scalar":
            oid = (*oid, 0)  # a scalar's one instance
        signal.emit(oid)

    def _copy_oid(self) -> None:
        if self._current is not None:
            self.copyRequested.emit("." + oid_to_str(self._current[2]))

    def _copy_name(self) -> None:
        if self._current is not None:
            self.copyRequested.emit(f"{self._current[0]}::{self._current[1]}")

    @property
    def current(self) -> tuple[str, str, Oid] | None:
        """``(module, name, oid)`` of the selected definition."""
        return self._current


def node_html(info: NodeInfo, kinds: dict[str, str]) -> str:
    """A definition as the details pane shows it (the DESCRIPTION whole, line breaks kept,
    wrapped to the pane)."""
    e = html.escape
    rows: list[tuple[str, str]] = [
        ("Module", e(info.module)),
        ("OID", e("." + oid_to_str(info.oid))),
        ("Kind", e(kinds.get(info.kind, info.kind))),
    ]
    if info.syntax_name or info.base_type:
        syntax = e(info.syntax_name or info.base_type)
        if info.base_type and info.syntax_name and info.syntax_name != info.base_type:
            syntax += f" ({e(info.base_type)})"
        if info.display_hint:
            syntax += f", DISPLAY-HINT {e(repr(info.display_hint))}"
        if info.ranges:
            syntax += (
                " (" + " | ".join(f"{a}..{b}" if a != b else f"{a}" for a, b in info.ranges) + ")"
            )
        rows.append(("Syntax", syntax))
    if info.enums:
        labels = ", ".join(f"{e(label)}({value})" for value, label in sorted(info.enums.items()))
        rows.append(("Values" if info.base_type != "BITS" else "Bits", labels))
    if info.kind in ("scalar", "column", "row", "table"):
        rows.append(("Access", e(info.access)))
    rows.append(("Status", e(info.status)))
    if info.units:
        rows.append(("Units", e(info.units)))
    if info.defval:
        rows.append(("DEFVAL", e(info.defval)))
    if info.indexes:
        rows.append(("INDEX", e(", ".join(info.indexes))))
    if info.augments:
        rows.append(("AUGMENTS", e(info.augments)))
    if info.objects:
        rows.append(("Objects", e(", ".join(info.objects))))
    table = "".join(
        f"<tr><td style='padding-right:12px;color:#555'><b>{k}</b></td><td>{v}</td></tr>"
        for k, v in rows
    )
    parts = [f"<h3 style='margin-bottom:4px'>{e(info.name)}</h3><table>{table}</table>"]
    if info.description:
        parts.append(
            "<h4 style='margin-bottom:2px'>Description</h4>"
            f"<p style='white-space:pre-wrap'>{e(info.description)}</p>"
        )
    if info.reference:
        parts.append(
            "<h4 style='margin-bottom:2px'>Reference</h4>"
            f"<p style='white-space:pre-wrap'>{e(info.reference)}</p>"
        )
    return "".join(parts)
