"""Copy and export for any table of variable bindings (results pane, walk, trap varbinds).

Selected rows copy as net-snmp's text lines (Ctrl+C) or as TSV; nothing selected copies every
row. Export writes CSV or JSON of every row. The layouts come from
:mod:`snmpscope.core.service.export`, the rendering from :func:`result_rows`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from snmpscope.core.service import export
from snmpscope.core.smi.values import VarBind
from snmpscope.gui.dialogs.export_dialog import ExportDialog
from snmpscope.gui.models.result_rows import result_rows
from snmpscope.gui.models.varbind_table import VarBindTableModel
from snmpscope.gui.naming import Naming
from snmpscope.gui.plural import counted


class ResultActions(QObject):
    """Copy lines / copy TSV / export, as actions of ``table`` (its context menu too)."""

    said = Signal(str)  # what happened, for the status bar

    def __init__(
        self,
        table: QTableView,
        model: VarBindTableModel,
        naming: Naming,
        about: Callable[[], dict[str, object]],
        name: Callable[[], str],
    ) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._naming = naming
        self._about = about
        self._name = name
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_lines = QAction(self.tr("&Copy (net-snmp lines)"), table)
        self.copy_lines.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_lines.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_tsv = QAction(self.tr("Copy as &TSV"), table)
        self.export = QAction(self.tr("&Export CSV or JSON…"), table)
        for action in (self.copy_lines, self.copy_tsv, self.export):
            table.addAction(action)
        self.copy_lines.triggered.connect(self.copy_as_lines)
        self.copy_tsv.triggered.connect(self.copy_as_tsv)
        self.export.triggered.connect(self.export_rows)

    def chosen(self) -> list[VarBind]:
        """The selected rows in order, or every row when none is selected."""
        rows = sorted({index.row() for index in self._table.selectionModel().selectedRows()})
        every = self._model.varbinds()
        if not rows:
            return every
        return [every[row] for row in rows if row < len(every)]

    def copy_as_lines(self) -> str:
        """Copy ``NAME = TYPE: VALUE`` lines; returns the text."""
        return self._copy(export.netsnmp_lines(result_rows(self._naming, self.chosen())))

    def copy_as_tsv(self) -> str:
        """Copy tab-separated rows with a header; returns the text."""
        return self._copy(export.tsv(result_rows(self._naming, self.chosen())))

    def _copy(self, text: str) -> str:
        QGuiApplication.clipboard().setText(text)
        lines = text.count("\n")
        self.said.emit(counted(lines, self.tr("Copied 1 line."), self.tr("Copied {n} lines.")))
        return text

    def export_rows(self) -> None:
        """Ask for a file and write every row as CSV or JSON."""
        varbinds = self._model.varbinds()
        if not varbinds:
            self.said.emit(self.tr("Nothing to export yet."))
            return
        parent = self._table.window()
        target = ExportDialog.ask(parent if isinstance(parent, QWidget) else None, self._name())
        if target is None:
            return
        rows = result_rows(self._naming, varbinds)
        if target.format == "json":
            text = export.json_text(rows, **self._about())
        else:
            text = export.csv_text(rows)
        try:
            target.path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.said.emit(
                self.tr("Cannot write {path}: {error}").format(path=target.path, error=exc.strerror)
            )
            return
        done = counted(
            len(rows), self.tr("Exported 1 row to {path}."), self.tr("Exported {n} rows to {path}.")
        )
        self.said.emit(done.replace("{path}", str(target.path)))
