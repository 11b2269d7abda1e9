"""Received traps and informs: when, from whom, which notification, how many varbinds."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from snmpscope.core.constants import SNMP_TRAP_OID_0
from snmpscope.core.service.operations import TrapRecord
from snmpscope.gui.models.flat_table import FlatTableModel, Index
from snmpscope.gui.models.labels import pdu_type_name
from snmpscope.gui.naming import Naming

KEEP = 10_000  # newest traps kept in the view


class TrapTableModel(FlatTableModel):
    """Received | Session | From | Type | Varbinds | Notification."""

    COLUMNS = 6
    RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, naming: Naming, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._naming = naming
        self._rows: list[TrapRecord] = []

    def add(self, record: TrapRecord) -> None:
        """Append one received notification (the oldest go beyond :data:`KEEP`)."""
        if len(self._rows) >= KEEP:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            del self._rows[0]
            self.endRemoveRows()
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(record)
        self.endInsertRows()

    def drop_session(self, session: int) -> None:
        """Forget the traps of a closed session (their PDU handles are gone)."""
        keep = [r for r in self._rows if r.session != session]
        if len(keep) != len(self._rows):
            self.beginResetModel()
            self._rows = keep
            self.endResetModel()

    def record(self, row: int) -> TrapRecord | None:
        """The record shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Received"),
            self.tr("Session"),
            self.tr("From"),
            self.tr("Type"),
            self.tr("Varbinds"),
            self.tr("Notification"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == self.RECORD_ROLE:
            return record
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return time.strftime("%H:%M:%S", time.localtime(record.received_at))
        if column == 1:
            return f"#{record.session}"
        if column == 2:
            return record.peer
        if column == 3:
            return pdu_type_name(record.pdu_type)
        if column == 4:
            return len(record.varbinds)
        return self._notification(record)

    def _notification(self, record: TrapRecord) -> str:
        for oid, value in record.varbinds:
            if oid == SNMP_TRAP_OID_0 and isinstance(value.value, tuple):
                return self._naming.oid_name(value.value)
        return self.tr("(no snmpTrapOID.0)")
