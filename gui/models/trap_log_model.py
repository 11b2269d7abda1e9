"""The trap log as a table: when, from whom, which notification, what it said; and the
filter (agent, notification or any text of its varbinds) the trap pane applies."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from snmpscope.core.constants import SNMP_TRAP_OID_0
from snmpscope.core.service.trap_log import TrapEntry
from snmpscope.gui.models.flat_table import FlatTableModel, Index
from snmpscope.gui.models.labels import pdu_type_name
from snmpscope.gui.naming import Naming

KEEP = 10_000  # newest traps shown (the log on disk is bounded the same way)
SYS_UPTIME_0 = (1, 3, 6, 1, 2, 1, 1, 3, 0)


class TrapLogModel(FlatTableModel):
    """Received | From | Type | Notification | Varbinds | What it said."""

    COLUMNS = 6
    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, naming: Naming, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._naming = naming
        self._rows: list[TrapEntry] = []
        self._search: dict[int, str] = {}  # id(entry) -> lower-case text, filled lazily
        naming.changed.connect(self._names_changed)

    def set_entries(self, entries: Iterable[TrapEntry]) -> None:
        """Show ``entries`` (oldest first) instead of what was there."""
        self.beginResetModel()
        self._rows = list(entries)[-KEEP:]
        self._search.clear()
        self.endResetModel()

    def add(self, entry: TrapEntry) -> None:
        """Append one notification (the oldest go beyond :data:`KEEP`)."""
        if len(self._rows) >= KEEP:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            gone = self._rows.pop(0)
            self._search.pop(id(gone), None)
            self.endRemoveRows()
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(entry)
        self.endInsertRows()

    def entry(self, row: int) -> TrapEntry | None:
        """The entry shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entries(self) -> list[TrapEntry]:
        """Every entry, oldest first."""
        return list(self._rows)

    def notification(self, entry: TrapEntry) -> str:
        """The notification's MIB name (``IF-MIB::linkDown``)."""
        trap_oid = entry.trap_oid
        return (
            self.tr("(no snmpTrapOID.0)") if trap_oid is None else self._naming.oid_name(trap_oid)
        )

    def said(self, entry: TrapEntry) -> str:
        """The varbinds beyond sysUpTime.0 and snmpTrapOID.0, ``name = value`` each."""
        parts = []
        for oid, value in entry.varbinds:
            if oid in (SYS_UPTIME_0, SNMP_TRAP_OID_0):
                continue
            name = self._naming.oid_name(oid).split("::")[-1]
            parts.append(f"{name} = {self._naming.bare_value_text(oid, value)}")
        return "; ".join(parts)

    def _names_changed(self) -> None:
        self._search.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Received"),
            self.tr("From"),
            self.tr("Type"),
            self.tr("Notification"),
            self.tr("Varbinds"),
            self.tr("What it said"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == self.ENTRY_ROLE:
            return entry
        if role == self.SEARCH_ROLE:
            return self._search_text(entry)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return received_text(entry)
        if column == 1:
            return entry.peer
        if column == 2:
            return pdu_type_name(entry.pdu_type)
        if column == 3:
            return self.notification(entry)
        if column == 4:
            return len(entry.varbinds)
        return self.said(entry)

    def _search_text(self, entry: TrapEntry) -> str:
        text = self._search.get(id(entry))
        if text is None:
            text = " ".join((entry.peer, self.notification(entry), self.said(entry))).lower()
            self._search[id(entry)] = text
        return text


def received_text(entry: TrapEntry) -> str:
    """``2026-12-01 22:39:15`` in local time."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(entry.received_at))


class TrapFilterProxy(QSortFilterProxyModel):
    """Rows whose agent, notification or varbind text holds every word of the filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        """Filter by ``text`` (words, any order, case-insensitive); empty shows everything."""
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.index(source_row, 0, source_parent).data(TrapLogModel.SEARCH_ROLE)
        return isinstance(text, str) and all(word in text for word in self._words)
