"""The trap pane: the selected session's registrations and every trap/inform received,
decoded into names and values."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service.operations import TrapRecord
from snmpscope.core.service.read_model import ReadModel, Registration
from snmpscope.gui.models.trap_table import TrapTableModel
from snmpscope.gui.models.varbind_table import VarBindTableModel
from snmpscope.gui.naming import Naming
from snmpscope.gui.views.tables import compact_rows


class TrapView(QWidget):
    """Registrations (top), received notifications (middle), the selected one's varbinds."""

    def __init__(self, reader: ReadModel, naming: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._naming = naming
        self._session = 0
        self.registrations_label = QLabel(self.tr("Trap filters"))
        self.registrations = QListWidget()
        self.registrations.setObjectName("trapFilters")
        self.traps = TrapTableModel(naming, self)
        self.trap_table = QTableView()
        self.trap_table.setObjectName("trapTable")
        self.trap_table.setModel(self.traps)
        compact_rows(self.trap_table)
        self.trap_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Columns fit the first traps once; ResizeToContents would measure up to a thousand
        # rows again on every trap that arrives (a flood stalls the window).
        self.trap_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.trap_table.horizontalHeader().setStretchLastSection(True)
        self._columns_fitted = False
        self.traps.rowsInserted.connect(self._fit_columns_once)
        self.varbinds = VarBindTableModel(naming, self)
        self.varbind_table = QTableView()
        self.varbind_table.setModel(self.varbinds)
        compact_rows(self.varbind_table)
        self.varbind_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((250, 170, 90)):
            self.varbind_table.setColumnWidth(column, width)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.registrations_label)
        top_layout.addWidget(self.registrations)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.received_label = QLabel(self.tr("Received traps and informs"))
        middle_layout.addWidget(self.received_label)
        middle_layout.addWidget(self.trap_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(middle)
        splitter.addWidget(self.varbind_table)
        for position, stretch in enumerate((1, 3, 3)):
            splitter.setStretchFactor(position, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.trap_table.selectionModel().currentRowChanged.connect(self._trap_selected)
        self.traps.rowsInserted.connect(self._count_changed)
        self.traps.modelReset.connect(self._count_changed)

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

    def add_trap(self, record: TrapRecord) -> None:
        """A notification arrived for some session."""
        self.traps.add(record)

    def session_closed(self, session: int) -> None:
        """Forget what a closed session received."""
        self.traps.drop_session(session)
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
        record = self.traps.record(current.row())
        self.varbinds.set_varbinds(() if record is None else record.varbinds)

    def _count_changed(self) -> None:
        self.received_label.setText(
            self.tr("Received traps and informs ({count})").format(count=self.traps.rowCount())
        )

    def _fit_columns_once(self) -> None:
        if not self._columns_fitted:
            self._columns_fitted = True
            self.trap_table.resizeColumnsToContents()
