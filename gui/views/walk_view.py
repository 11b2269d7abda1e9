"""The walk pane: start a walk from any OID, watch results stream in, stop it at will.

Results reach the table at a bounded rate: the batches the walk worker sends are gathered and
inserted as one range at most every :data:`FLUSH_MS` (and at once when the walk ends), with
the status text updated at the same moment. However fast the agent, the table is touched a
few times a second, never once per response, and each insert is one range at the end.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service.operations import WalkProgress, WalkResult
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import VarBind
from snmpscope.gui.dialogs.pdu_composer import NameEdit
from snmpscope.gui.icons import icon
from snmpscope.gui.locale_format import seconds
from snmpscope.gui.models.varbind_table import VarBindTableModel
from snmpscope.gui.naming import Naming
from snmpscope.gui.plural import counted
from snmpscope.gui.views.choices import refill
from snmpscope.gui.views.result_actions import ResultActions
from snmpscope.gui.views.tables import compact_rows

FAILED_STYLE = "color: #c62828; font-weight: bold;"
FAILED_BAR = "QProgressBar::chunk { background-color: #c62828; }"
FLUSH_MS = 100  # results reach the table at most this often (about 10 inserts a second)


class WalkView(QWidget):
    """OID, destination, Start/Stop, a progress indicator and the results table."""

    walkRequested = Signal(int, int, int, object, int)  # session, entity, context, root, max-reps
    stopRequested = Signal()
    said = Signal(str)

    def __init__(self, naming: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._naming = naming
        self.naming = naming  # the walk runner names roots in commands the same way
        self._session = 0
        self.root = NameEdit(naming, "1.3.6.1.2.1.1")
        self.root.setObjectName("walkRoot")
        self.entity = QComboBox()
        self.context = QComboBox()
        self.max_repetitions = QSpinBox()
        self.max_repetitions.setRange(0, 1000)
        self.max_repetitions.setValue(25)
        self.max_repetitions.setToolTip(self.tr("0 walks with GETNEXT"))
        self.start_button = QPushButton(icon("walk"), self.tr("Walk"))
        self.start_button.setObjectName("walkStart")
        self.stop_button = QPushButton(icon("stop"), self.tr("Stop"))
        self.stop_button.setObjectName("walkStop")
        self.stop_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.status = QLabel(self.tr("Pick a session in the tree, an OID, and press Walk."))
        self.status.setObjectName("walkStatus")
        self.model = VarBindTableModel(naming, self)
        self.table = QTableView()
        self.table.setObjectName("walkResults")
        self.table.setModel(self.model)
        self._about: dict[str, object] = {}
        self._command: Callable[[bool], str] | None = None
        self.take_away = ResultActions(
            self.table, self.model, naming, lambda: dict(self._about), self._export_name
        )
        self.take_away.said.connect(self.said)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("walkCopy")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("walkExport")
        self.command_button = QPushButton(self.tr("Copy command"))
        self.command_button.setToolTip(self.tr("Copy as net-snmp command"))
        self.command_button.setObjectName("walkCopyCommand")
        self.command_button.setEnabled(False)
        self.show_secrets = QCheckBox(self.tr("Show secrets"))
        self.copy_button.clicked.connect(self.take_away.copy_as_lines)
        self.export_button.clicked.connect(self.take_away.export_rows)
        self.command_button.clicked.connect(self.copy_command)
        compact_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((250, 170, 90)):
            self.table.setColumnWidth(column, width)
        for box in (self.entity, self.context):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("OID:")))
        top.addWidget(self.root, 1)
        top.addWidget(QLabel(self.tr("Max-repetitions:")))
        top.addWidget(self.max_repetitions)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        target = QHBoxLayout()
        target.addWidget(QLabel(self.tr("Entity:")))
        target.addWidget(self.entity)
        target.addWidget(QLabel(self.tr("Context:")))
        target.addWidget(self.context)
        target.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(target)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        take_away = QHBoxLayout()
        take_away.addWidget(self.copy_button)
        take_away.addWidget(self.export_button)
        take_away.addStretch(1)
        take_away.addWidget(self.show_secrets)
        take_away.addWidget(self.command_button)
        layout.addLayout(take_away)
        self._pending: list[VarBind] = []
        self._latest: WalkProgress | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush)
        self.start_button.clicked.connect(self._start)
        self.stop_button.clicked.connect(self.stopRequested)
        self.root.returnPressed.connect(self._start)
        self._update_buttons(running=False)

    def set_destinations(
        self, session: int, entities: list[tuple[int, str]], contexts: list[tuple[int, str]]
    ) -> None:
        """The session walks go to, with its entities and contexts to pick from."""
        self._session = session
        refill(self.entity, entities)
        refill(self.context, contexts)
        if not self.stop_button.isEnabled():
            self._update_buttons(running=False)

    def choose(self, entity: int, context: int) -> None:
        """Make ``entity`` with ``context`` the destination (when offered)."""
        for box, handle in ((self.entity, entity), (self.context, context)):
            position = box.findData(handle)
            if position >= 0:
                box.setCurrentIndex(position)

    def start(self, root_text: str | None = None) -> None:
        """Start a walk (of ``root_text`` when given) as if Walk were pressed."""
        if root_text is not None:
            self.root.setText(root_text)
        self._start()

    def _start(self) -> None:
        if not self.start_button.isEnabled():
            return
        try:
            root: Oid = self._naming.resolve(self.root.text())
        except SnmpApiError as exc:
            self.status.setText(exc.detail or exc.message)
            return
        self.walkRequested.emit(
            self._session,
            int(self.entity.currentData()),
            int(self.context.currentData()),
            root,
            self.max_repetitions.value(),
        )

    # ---------------------------------------------------------------- take away
    def set_command(self, command: Callable[[bool], str] | None, about: dict[str, object]) -> None:
        """The net-snmp command of the walk shown (and what the JSON export says of it)."""
        self._command = command
        self._about = dict(about)
        self.command_button.setEnabled(command is not None)

    def command_text(self, show_secrets: bool = False) -> str:
        """The walk's net-snmp command ("" before any walk)."""
        return "" if self._command is None else self._command(show_secrets)

    def copy_command(self) -> str:
        """Copy the command (masked unless Show secrets is on); returns it."""
        text = self.command_text(self.show_secrets.isChecked())
        if text:
            QGuiApplication.clipboard().setText(text)
            self.said.emit(self.tr("Copied the net-snmp command."))
        return text

    def _export_name(self) -> str:
        return "snmpscope-walk-" + str(self._about.get("root", "")).replace("::", "-")

    # ---------------------------------------------------------------- driven by operations
    def walk_started(self, root: Oid) -> None:
        """A walk of ``root`` was accepted: clear the table, show the busy indicator."""
        self._flush_timer.stop()
        self._pending, self._latest = [], None
        self.model.clear()
        self._show_failed(False)
        self.progress.setRange(0, 0)  # busy: the size of a subtree is unknown up front
        self.status.setText(self.tr("Walking {root}…").format(root=self._naming.oid_name(root)))
        self._update_buttons(running=True)

    def walk_progress(self, progress: WalkProgress) -> None:
        """A batch of results arrived: it is shown with the next :meth:`flush`."""
        self._pending.extend(progress.varbinds)
        self._latest = progress
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Insert the results gathered since the last flush (one range) and say how many."""
        pending, self._pending = self._pending, []
        latest, self._latest = self._latest, None
        if pending:
            self.model.append(pending)
        if latest is not None:
            self.status.setText(
                self.tr("{varbinds} · {requests}…").format(
                    varbinds=self._varbinds(latest.total), requests=self._requests(latest.requests)
                )
            )

    def walk_finished(self, result: WalkResult) -> None:
        """The walk ended (at the end of the subtree, stopped, or with an error)."""
        self._flush_timer.stop()
        self.flush()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        failed = result.reason == "error"
        if result.reason == "stopped":
            text = self.tr("Stopped: {varbinds} kept ({requests}, {s}).")
        elif failed and not result.count:
            text = self.tr("Walk failed: {error}")
        elif failed:
            text = self.tr("Walk failed after {varbinds}: {error}")
        else:
            text = self.tr("Done: {varbinds} in {requests}, {s}.")
        self.status.setText(
            text.format(
                varbinds=self._varbinds(result.count),
                requests=self._requests(result.requests),
                s=seconds(result.elapsed_s),
                error=result.error,
            )
        )
        self._show_failed(failed)
        self._update_buttons(running=False)

    def _varbinds(self, count: int) -> str:
        return counted(count, self.tr("1 varbind"), self.tr("{n} varbinds"))

    def _requests(self, count: int) -> str:
        return counted(count, self.tr("1 request"), self.tr("{n} requests"))

    def _show_failed(self, failed: bool) -> None:
        """A failed walk is red: the bar and the words (never a quiet grey "done")."""
        self.status.setStyleSheet(FAILED_STYLE if failed else "")
        self.progress.setStyleSheet(FAILED_BAR if failed else "")
        self.status.setProperty("failed", failed)

    def walk_failed(self, message: str) -> None:
        """The walk could not run at all (or broke off: what came is kept)."""
        self._flush_timer.stop()
        self.flush()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Walk failed: {message}").format(message=message))
        self._show_failed(True)
        self._update_buttons(running=False)

    def _update_buttons(self, running: bool) -> None:
        ready = bool(self._session) and self.entity.count() > 0 and self.context.count() > 0
        self.start_button.setEnabled(ready and not running)
        self.stop_button.setEnabled(running)
