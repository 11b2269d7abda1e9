"""A flat table of variable bindings: name, OID, type, value (rendered per MIB).

Used for a PDU's varbinds in the details pane, for walk results (appended in batches) and
for a received trap. It holds plain ``(oid, value)`` pairs handed to it; the core keeps the
handles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from snmpscope.core.smi.oid import oid_to_str
from snmpscope.core.smi.values import VarBind
from snmpscope.gui.models.flat_table import FlatTableModel, Index
from snmpscope.gui.naming import Naming


class VarBindTableModel(FlatTableModel):
    """Name | OID | Type | Value."""

    COLUMNS = 4
    VARBIND_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, naming: Naming, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._naming = naming
        self._rows: list[VarBind] = []
        naming.changed.connect(self._names_changed)

    def set_varbinds(self, varbinds: Iterable[VarBind]) -> None:
        """Show ``varbinds`` instead of what was there."""
        self.beginResetModel()
        self._rows = list(varbinds)
        self.endResetModel()

    def append(self, varbinds: Iterable[VarBind]) -> None:
        """Add a batch at the end with one insert signal."""
        batch = list(varbinds)
        if not batch:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def clear(self) -> None:
        """Remove every row."""
        self.set_varbinds(())

    def varbinds(self) -> list[VarBind]:
        """The rows shown."""
        return list(self._rows)

    def _names_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    # ---------------------------------------------------------------- Qt interface
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return (self.tr("Name"), self.tr("OID"), self.tr("Type"), self.tr("Value"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        oid, value = self._rows[index.row()]
        if role == self.VARBIND_ROLE:
            return (oid, value)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return self._naming.oid_name(oid)
        if column == 1:
            return "." + oid_to_str(oid)
        if column == 2:
            return self._naming.type_name(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._naming.value_text(oid, value)
        return self._naming.bare_value_text(oid, value)
