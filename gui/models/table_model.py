"""A conceptual table as a Qt table model: one row per decoded index, one column per MIB
column (plus the index first), cells as the MIB renders them (``up(1)``, ``eth0``).

It adapts a :class:`~snmpscope.core.service.TableOutcome` and owns nothing else. A big
table is shown in batches (``canFetchMore``/``fetchMore``), so a 100,000-row table costs
the view what it shows. :class:`TableRole.SORT` gives a key that sorts as an administrator
expects (numbers as numbers, indexes in OID order), for a ``QSortFilterProxyModel``.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from snmpscope.core.service import TableColumnInfo, TableInfo, TableOutcome, TableRow

__all__ = ["FETCH_BATCH", "TableModel", "TableRole"]

Index = QModelIndex | QPersistentModelIndex
FETCH_BATCH = 500
_NUMERIC = frozenset(
    {"INTEGER", "Integer32", "Counter32", "Counter64", "Gauge32", "Unsigned32", "TimeTicks"}
)
_ARC_WIDTH = 10  # 2^32 has 10 digits: zero-padded arcs compare as text in OID order


class TableRole(IntEnum):
    """Custom roles (one enum, from UserRole)."""

    SORT = Qt.ItemDataRole.UserRole + 1  # a sort key (float or str)
    VALUE = Qt.ItemDataRole.UserRole + 2  # the SmiValue (None where the agent has none)
    INDEX = Qt.ItemDataRole.UserRole + 3  # the row's index OID


class TableModel(QAbstractTableModel):
    """Index | column 1 | column 2 ... of one table walk's rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._info: TableInfo | None = None
        self._rows: tuple[TableRow, ...] = ()
        self._shown = 0
        self._numeric: tuple[bool, ...] = ()

    # ---------------------------------------------------------------- what it shows
    def set_outcome(self, outcome: TableOutcome) -> None:
        """Show ``outcome``'s rows (the first batch now, the rest as the view asks)."""
        self.beginResetModel()
        self._info = outcome.info
        self._rows = outcome.rows
        self._shown = min(len(self._rows), FETCH_BATCH)
        self._numeric = tuple(c.base_type in _NUMERIC and not c.enums for c in outcome.info.columns)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._info, self._rows, self._shown, self._numeric = None, (), 0, ()
        self.endResetModel()

    @property
    def info(self) -> TableInfo | None:
        return self._info

    @property
    def total_rows(self) -> int:
        """Rows fetched from the agent (the view may show fewer so far)."""
        return len(self._rows)

    def column_info(self, column: int) -> TableColumnInfo | None:
        """The MIB column under view column ``column`` (None for the index column)."""
        if self._info is None or not 1 <= column <= len(self._info.columns):
            return None
        return self._info.columns[column - 1]

    # ---------------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._info is None:
            return 0
        return 1 + len(self._info.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(FETCH_BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        info = self._info
        if info is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section <= len(info.columns):
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Index")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("INDEX: {objects}").format(objects=", ".join(info.indexes))
            return None
        column = info.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.name
        if role == Qt.ItemDataRole.ToolTipRole:
            syntax = column.syntax_name or column.base_type
            units = f" ({column.units})" if column.units else ""
            return f"{column.qualified_name}: {syntax}{units}, {column.access}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown or self._info is None:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if not 0 <= column <= len(self._info.columns):
            return None
        if column == 0:
            return self._index_data(row, role)
        cell = row.cells[column - 1]
        numeric = self._numeric[column - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell.text if cell is not None else ""
        if role == TableRole.SORT:
            if cell is None:
                return float("-inf") if numeric else ""
            if numeric and isinstance(cell.value.value, int):
                return float(cell.value.value)
            return cell.text.casefold()
        if role == TableRole.VALUE:
            return cell.value if cell is not None else None
        if role == TableRole.INDEX:
            return row.index
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _index_data(self, row: TableRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.index_text
        if role == TableRole.SORT:
            return ".".join(f"{arc:0{_ARC_WIDTH}d}" for arc in row.index)
        if role == TableRole.INDEX:
            return row.index
        return None
