"""The walk pane: start a walk from any OID, watch results stream in, stop it at will.

Results reach the table at a bounded rate: the batches the walk worker sends are gathered and
inserted as one range at most every :data:`FLUSH_MS` (and at once when the walk ends), with
the status text updated at the same moment. However fast the agent, the table is touched a
few times a second, never once per response, and each insert is one range at the end.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
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
from snmpscope.gui.locale_format import number, seconds
from snmpscope.gui.models.varbind_table import VarBindTableModel
from snmpscope.gui.naming import Naming
from snmpscope.gui.views.tables import compact_rows

FLUSH_MS = 100  # results reach the table at most this often (about 10 inserts a second)


class WalkView(QWidget):
    """OID, destination, Start/Stop, a progress indicator and the results table."""

    walkRequested = Signal(int, int, int, object, int)  # session, entity, context, root, max-reps
    stopRequested = Signal()

    def __init__(self, naming: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._naming = naming
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
        for box, items in ((self.entity, entities), (self.context, contexts)):
            current = box.currentData()
            box.clear()
            for handle, text in items:
                box.addItem(text, handle)
            box.setCurrentIndex(max(0, box.findData(current)))
        if not self.stop_button.isEnabled():
            self._update_buttons(running=False)

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

    # ---------------------------------------------------------------- driven by operations
    def walk_started(self, root: Oid) -> None:
        """A walk of ``root`` was accepted: clear the table, show the busy indicator."""
        self._flush_timer.stop()
        self._pending, self._latest = [], None
        self.model.clear()
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
                self.tr("{count} varbinds · {requests} requests…").format(
                    count=number(latest.total), requests=number(latest.requests)
                )
            )

    def walk_finished(self, result: WalkResult) -> None:
        """The walk ended (at the end of the subtree, stopped, or with an error)."""
        self._flush_timer.stop()
        self.flush()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if result.reason == "stopped":
            text = self.tr("Stopped: {count} varbinds kept ({requests} requests, {s}).")
        elif result.reason == "error":
            text = self.tr("{count} varbinds, then: {error}")
        else:
            text = self.tr("Done: {count} varbinds in {requests} requests, {s}.")
        self.status.setText(
            text.format(
                count=number(result.count),
                requests=number(result.requests),
                s=seconds(result.elapsed_s),
                error=result.error,
            )
        )
        self._update_buttons(running=False)

    def walk_failed(self, message: str) -> None:
        """The walk could not run at all (or broke off: what came is kept)."""
        self._flush_timer.stop()
        self.flush()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(message)
        self._update_buttons(running=False)

    def _update_buttons(self, running: bool) -> None:
        ready = bool(self._session) and self.entity.count() > 0 and self.context.count() > 0
        self.start_button.setEnabled(ready and not running)
        self.stop_button.setEnabled(running)
