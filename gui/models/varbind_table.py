"""A flat table of variable bindings: name, OID, type, value (rendered per MIB).

Used for a PDU's varbinds in the details pane, for walk results (appended in batches) and
for a received trap. It holds plain ``(oid, value)`` pairs handed to it; the core keeps the
handles.

A row's texts are rendered once, when it is first painted, and kept (for the rows painted
last, :data:`TEXT_CACHE_ROWS` of them): a walk streaming in repaints the visible rows ten
times a second, and rendering the value per MIB at every paint made a repaint of the walk
table cost the GUI thread 13.5 ms (median, slow 2-core VM), 9 ms with the texts kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from snmpscope.core.smi.oid import oid_to_str
from snmpscope.core.smi.values import VarBind
from snmpscope.gui.models.flat_table import FlatTableModel, Index
from snmpscope.gui.naming import Naming

# How many rows keep their rendered texts (a few screens' worth many times over; dropped
# whole when full, as names change or the table is cleared).
TEXT_CACHE_ROWS = 5_000
# The roles served, looked up once (data() is called for every role of every painted cell).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_VARBIND = int(Qt.ItemDataRole.UserRole) + 1
_SERVED = frozenset((_DISPLAY, _TOOLTIP, _VARBIND))
# Row texts: name, OID, type, value without its type prefix, value as net-snmp prints it.
RowTexts = tuple[str, str, str, str, str]


class VarBindTableModel(FlatTableModel):
    """Name | OID | Type | Value."""

    COLUMNS = 4
    VARBIND_ROLE = _VARBIND

    def __init__(self, naming: Naming, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._naming = naming
        self._rows: list[VarBind] = []
        self._texts: dict[int, RowTexts] = {}
        naming.changed.connect(self._names_changed)

    def set_varbinds(self, varbinds: Iterable[VarBind]) -> None:
        """Show ``varbinds`` instead of what was there."""
        self.beginResetModel()
        self._rows = list(varbinds)
        self._texts.clear()
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
        self._texts.clear()
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

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _SERVED:
            return None  # the delegate asks for a dozen roles per cell: answer those first
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        if role == _VARBIND:
            oid, value = self._rows[row]
            return (oid, value)
        texts = self._texts.get(row)
        if texts is None:
            texts = self._render(row)
        column = index.column()
        if column == 3 and role == _TOOLTIP:
            return texts[4]
        return texts[column]

    def _render(self, row: int) -> RowTexts:
        oid, value = self._rows[row]
        naming = self._naming
        bare, full = naming.value_texts(oid, value)
        texts = (naming.oid_name(oid), "." + oid_to_str(oid), naming.type_name(value), bare, full)
        if len(self._texts) >= TEXT_CACHE_ROWS:
            self._texts.clear()
        self._texts[row] = texts
        return texts
