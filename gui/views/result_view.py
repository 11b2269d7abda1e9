"""The results pane of the quick-query bar: what was asked, of whom, what came back.

The answer shows here at once (the request's PDUs are in the session tree for whoever wants
them). A failure is a red line in words ("no answer from 10.1.1.1 after 3 tries"); the
varbinds copy and export like any result table, and the net-snmp command that does the same
is shown and copied from here, its secrets masked unless "Show secrets" is on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.smi.values import VarBind
from snmpscope.gui.models.varbind_table import VarBindTableModel
from snmpscope.gui.naming import Naming
from snmpscope.gui.views.result_actions import ResultActions
from snmpscope.gui.views.tables import compact_rows

CommandProvider = Callable[[bool], str]  # show_secrets -> the command line
FAILED_STYLE = "color: #c62828; font-weight: bold;"


class ResultView(QWidget):
    """Title, outcome line, varbinds, and the take-away buttons."""

    said = Signal(str)

    def __init__(self, naming: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._command: CommandProvider | None = None
        self._about: dict[str, object] = {}
        self.title = QLabel(self.tr("Ask something with the bar above: agent, name, Get."))
        self.title.setObjectName("resultTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.outcome = QLabel()
        self.outcome.setObjectName("resultOutcome")
        self.outcome.setWordWrap(True)
        self.model = VarBindTableModel(naming, self)
        self.table = QTableView()
        self.table.setObjectName("resultTable")
        self.table.setModel(self.model)
        compact_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((230, 160, 80)):
            self.table.setColumnWidth(column, width)
        self.take_away = ResultActions(
            self.table, self.model, naming, lambda: dict(self._about), self._export_name
        )
        self.take_away.said.connect(self.said)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("resultCopy")
        self.copy_button.setToolTip(self.tr("Copy the selected rows (or all) as net-snmp lines"))
        self.tsv_button = QPushButton(self.tr("Copy TSV"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("resultExport")
        self.command_button = QPushButton(self.tr("Copy command"))
        self.command_button.setToolTip(self.tr("Copy as net-snmp command"))
        self.command_button.setObjectName("resultCopyCommand")
        self.show_secrets = QCheckBox(self.tr("Show secrets"))
        self.show_secrets.setObjectName("resultShowSecrets")
        self.command = QLineEdit()
        self.command.setObjectName("resultCommand")
        self.command.setReadOnly(True)
        self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.command.setPlaceholderText(self.tr("the equivalent net-snmp command shows here"))
        buttons = QHBoxLayout()
        for widget in (self.copy_button, self.tsv_button, self.export_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_secrets)
        buttons.addWidget(self.command_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.outcome)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.command)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.take_away.copy_as_lines)
        self.tsv_button.clicked.connect(self.take_away.copy_as_tsv)
        self.export_button.clicked.connect(self.take_away.export_rows)
        self.command_button.clicked.connect(self.copy_command)
        self.show_secrets.toggled.connect(self._refresh_command)
        self._set_command(None)

    # ---------------------------------------------------------------- driven by the bar
    def asked(self, title: str, command: CommandProvider | None, about: dict[str, object]) -> None:
        """A request left: say what and to whom, clear the old answer."""
        self.title.setText(title)
        self._about = dict(about)
        self.model.clear()
        self._set_outcome(self.tr("Waiting for the answer…"), failed=False)
        self._set_command(command)

    def answered(self, text: str, varbinds: tuple[VarBind, ...], failed: bool = False) -> None:
        """The answer came (``failed``: an error status)."""
        self.model.set_varbinds(varbinds)
        self._set_outcome(text, failed)

    def failed(self, text: str) -> None:
        """No answer, or the request could not be sent: a red line in words."""
        self._set_outcome(text, failed=True)

    def _set_outcome(self, text: str, failed: bool) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(FAILED_STYLE if failed else "")
        self.outcome.setProperty("failed", failed)

    # ---------------------------------------------------------------- the command
    def _set_command(self, command: CommandProvider | None) -> None:
        self._command = command
        self.command_button.setEnabled(command is not None)
        self._refresh_command()

    def _refresh_command(self) -> None:
        self.command.setText(self.command_text(self.show_secrets.isChecked()))
        self.command.setCursorPosition(0)  # the tool's name shows first

    def command_text(self, show_secrets: bool = False) -> str:
        """The net-snmp command of the last request ("" before any)."""
        return "" if self._command is None else self._command(show_secrets)

    def copy_command(self) -> str:
        """Copy the command (masked unless Show secrets is on); returns it."""
        text = self.command_text(self.show_secrets.isChecked())
        if text:
            QGuiApplication.clipboard().setText(text)
            self.said.emit(self.tr("Copied the net-snmp command."))
        return text

    def _export_name(self) -> str:
        return str(self._about.get("name", "snmpscope-result")).replace("::", "-")
