"""Shared look of the item views: compact rows that follow the font, not fixed pixels."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def compact_rows(table: QTableView) -> None:
    """Rows as high as a line of text plus a little air (Qt's default is much taller), all
    of one height: the header never measures a row, so inserting 100,000 costs no layout."""
    height = table.fontMetrics().height() + 6
    header = table.verticalHeader()
    header.setDefaultSectionSize(height)
    header.setMinimumSectionSize(height)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
