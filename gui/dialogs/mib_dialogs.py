"""The MIB dialogs: choose a MIB folder to add, read the MIB-load report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.mib.mib_report import MibLoadReport, format_report


class MibFolderDialog:
    """Ask for a folder of MIB files (any file names: .mib, .my, .txt or none)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("MibFolderDialog", "Add a folder of MIB files"),
        )
        return folder or None


class MibReportDialog(QDialog):
    """The MIB-load report: every module that failed (file, line and column, or the
    missing import and who asked for it), what is missing, and the notes."""

    def __init__(self, parent: QWidget | None, report: MibLoadReport) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MIB-load report"))
        self.text = QPlainTextEdit(format_report(report, verbose=True))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 560)

    @classmethod
    def ask(cls, parent: QWidget | None, report: MibLoadReport) -> None:
        cls(parent, report).exec()
