"""Shared look of the item views: compact rows that follow the font, not fixed pixels."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def compact_rows(table: QTableView) -> None:
    """Rows as high as a line of text plus a little air (Qt's default is much taller)."""
    height = table.fontMetrics().height() + 6
    table.verticalHeader().setDefaultSectionSize(height)
    table.verticalHeader().setMinimumSectionSize(height)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
