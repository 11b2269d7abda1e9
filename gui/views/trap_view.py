"""The trap pane: whether the receiver listens (and where, or why not, with Retry), the
durable trap log with its filter, Clear and Export, the selected notification in detail
(its varbinds by MIB name), and the trap filters of the selected session."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service import export
from snmpscope.core.service.read_model import ReadModel, Registration
from snmpscope.core.service.trap_log import TrapEntry
from snmpscope.gui.dialogs.export_dialog import ExportDialog
from snmpscope.gui.models.labels import pdu_type_name
from snmpscope.gui.models.result_rows import result_rows
from snmpscope.gui.models.trap_log_model import TrapFilterProxy, TrapLogModel, received_text
from snmpscope.gui.models.varbind_table import VarBindTableModel
from snmpscope.gui.naming import Naming
from snmpscope.gui.plural import counted
from snmpscope.gui.views.result_actions import ResultActions
from snmpscope.gui.views.tables import compact_rows

LISTENING_STYLE = "color: #2e7d32;"
NOT_LISTENING_STYLE = "color: #c62828; font-weight: bold;"


class TrapView(QWidget):
    """Receiver state, the log (filtered), the selected trap's varbinds, session filters."""

    retryRequested = Signal()
    clearRequested = Signal()
    said = Signal(str)

    def __init__(self, reader: ReadModel, naming: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._naming = naming
        self._session = 0
        self.state = QLabel(self.tr("The trap receiver is starting…"))
        self.state.setObjectName("trapReceiverState")
        self.state.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("trapRetry")
        self.retry_button.setVisible(False)
        self.filter = QLineEdit()
        self.filter.setObjectName("trapFilter")
        self.filter.setPlaceholderText(self.tr("Filter by agent, notification or text"))
        self.filter.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("Clear log"))
        self.clear_button.setObjectName("trapClear")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("trapExport")
        self.traps = TrapLogModel(naming, self)
        self.shown = TrapFilterProxy(self)
        self.shown.setSourceModel(self.traps)
        self.trap_table = QTableView()
        self.trap_table.setObjectName("trapTable")
        self.trap_table.setModel(self.shown)
        compact_rows(self.trap_table)
        self.trap_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Columns are sized once; ResizeToContents would measure up to ten thousand rows
        # again on every trap that arrives (a flood stalls the window).
        header = self.trap_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 130, 60, 190, 70)):
            self.trap_table.setColumnWidth(column, width)
        self.detail = QLabel()
        self.detail.setObjectName("trapDetail")
        self.detail.setWordWrap(True)
        self.varbinds = VarBindTableModel(naming, self)
        self.varbind_table = QTableView()
        self.varbind_table.setObjectName("trapVarbinds")
        self.varbind_table.setModel(self.varbinds)
        compact_rows(self.varbind_table)
        self.varbind_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((250, 170, 90)):
            self.varbind_table.setColumnWidth(column, width)
        self.varbind_actions = ResultActions(
            self.varbind_table, self.varbinds, naming, dict, lambda: "snmpscope-trap"
        )
        self.varbind_actions.said.connect(self.said)
        self.registrations_label = QLabel(self.tr("Trap filters"))
        self.registrations = QListWidget()
        self.registrations.setObjectName("trapFilters")
        self.received_label = QLabel()
        state_row = QHBoxLayout()
        state_row.addWidget(self.state, 1)
        state_row.addWidget(self.retry_button)
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.clear_button)
        tools.addWidget(self.export_button)
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.received_label)
        log_layout.addLayout(tools)
        log_layout.addWidget(self.trap_table)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail)
        detail_layout.addWidget(self.varbind_table)
        filters_box = QWidget()
        filters_layout = QVBoxLayout(filters_box)
        filters_layout.setContentsMargins(0, 0, 0, 0)
        filters_layout.addWidget(self.registrations_label)
        filters_layout.addWidget(self.registrations)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(log_box)
        splitter.addWidget(detail_box)
        splitter.addWidget(filters_box)
        for position, stretch in enumerate((4, 3, 1)):
            splitter.setStretchFactor(position, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(state_row)
        layout.addWidget(splitter)
        self.trap_table.selectionModel().currentRowChanged.connect(self._trap_selected)
        for signal in (
            self.shown.rowsInserted,
            self.shown.rowsRemoved,
            self.shown.modelReset,
            self.shown.layoutChanged,
        ):
            signal.connect(self._count_changed)
        self.filter.textChanged.connect(self.shown.set_text)
        self.retry_button.clicked.connect(self.retryRequested)
        self.clear_button.clicked.connect(self.clearRequested)
        self.export_button.clicked.connect(self.export_log)
        self._count_changed()

    # ---------------------------------------------------------------- receiver and log
    def set_state(self, listening: bool, text: str) -> None:
        """Say whether the receiver listens (and where), or why not (then Retry shows)."""
        self.state.setText(text)
        self.state.setStyleSheet(LISTENING_STYLE if listening else NOT_LISTENING_STYLE)
        self.retry_button.setVisible(not listening)

    def set_entries(self, entries: list[TrapEntry]) -> None:
        """The log as loaded at start."""
        self.traps.set_entries(entries)

    def add_entry(self, entry: TrapEntry) -> None:
        """A notification was logged."""
        self.traps.add(entry)

    def clear_log(self) -> None:
        """Empty the table (the receiver empties the file)."""
        self.traps.set_entries(())
        self.varbinds.clear()
        self.detail.clear()

    def export_log(self) -> None:
        """Write the traps shown (filtered) as CSV or JSON."""
        entries = [
            entry
            for row in range(self.shown.rowCount())
            if isinstance(
                entry := self.shown.index(row, 0).data(TrapLogModel.ENTRY_ROLE), TrapEntry
            )
        ]
        if not entries:
            self.said.emit(self.tr("No traps to export."))
            return
        target = ExportDialog.ask(self.window(), "snmpscope-traps")
        if target is None:
            return
        if target.format == "json":
            text = export.records_json(
                (self._record(entry) for entry in entries), "traps", source="snmpscope trap log"
            )
        else:
            text = export.table_csv(
                ("received", "from", "type", "notification", "varbinds"),
                (
                    (
                        received_text(e),
                        e.peer,
                        _type(e),
                        self.traps.notification(e),
                        self.traps.said(e),
                    )
                    for e in entries
                ),
            )
        try:
            target.path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.said.emit(
                self.tr("Cannot write {path}: {error}").format(path=target.path, error=exc.strerror)
            )
            return
        done = counted(
            len(entries),
            self.tr("Exported 1 trap to {path}."),
            self.tr("Exported {n} traps to {path}."),
        )
        self.said.emit(done.replace("{path}", str(target.path)))

    def _record(self, entry: TrapEntry) -> dict[str, object]:
        return {
            "received": received_text(entry),
            "received_at": entry.received_at,
            "from": entry.peer,
            "type": _type(entry),
            "notification": self.traps.notification(entry),
            "varbinds": [
                {"name": row.name, "oid": row.oid, "type": row.type, "value": row.value}
                for row in result_rows(self._naming, entry.varbinds)
            ],
        }

    # ---------------------------------------------------------------- session filters
    def set_session(self, session: int) -> None:
        """Show the trap filters of ``session`` (0: none selected)."""
        self._session = session
        self.refresh_registrations()

    def refresh_registrations(self) -> None:
        """Re-read the selected session's filters from the core."""
        self.registrations.clear()
        if not self._session:
            self.registrations_label.setText(self.tr("Trap filters (select a session)"))
            return
        try:
            filters = self._reader.registrations(self._session)
        except SnmpApiError:
            filters = []
        self.registrations_label.setText(
            self.tr("Trap filters of session #{session} ({count})").format(
                session=self._session, count=len(filters)
            )
        )
        for registration in filters:
            self.registrations.addItem(self._describe(registration))

    def session_closed(self, session: int) -> None:
        """A closed session's filters are gone (the log keeps what it received)."""
        if session == self._session:
            self.set_session(0)

    def _describe(self, registration: Registration) -> str:
        agent = (
            self.tr("any agent")
            if registration.agent is None
            else self.tr("agent {ip}").format(ip=registration.agent[0])
        )
        context = (
            self.tr("any community") if registration.community is None else self.tr("one community")
        )
        notification = (
            self.tr("any notification")
            if registration.notification is None
            else self._naming.oid_name(registration.notification)
        )
        return f"{agent} · {context} · {notification}"

    def _trap_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.siblingAtColumn(0).data(TrapLogModel.ENTRY_ROLE)
        if not isinstance(entry, TrapEntry):
            self.varbinds.clear()
            self.detail.clear()
            return
        self.varbinds.set_varbinds(entry.varbinds)
        self.detail.setText(
            self.tr("{notification} from {peer} at {received}").format(
                notification=self.traps.notification(entry),
                peer=entry.peer,
                received=received_text(entry),
            )
        )

    def _count_changed(self, *_args: object) -> None:
        total, shown = self.traps.rowCount(), self.shown.rowCount()
        text = counted(
            total, self.tr("Trap log: 1 notification"), self.tr("Trap log: {n} notifications")
        )
        if shown != total:
            text += self.tr(" ({shown} shown)").format(shown=f"{shown:,}")
        self.received_label.setText(text)


def _type(entry: TrapEntry) -> str:
    return pdu_type_name(entry.pdu_type)
