"""Combo boxes of handles (entities, contexts) refilled as the session changes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def refill(box: QComboBox, items: list[tuple[int, str]]) -> None:
    """Replace the choices with ``(handle, text)`` items, keeping the chosen handle when it
    is still offered (the first one otherwise): a refresh never moves a request's target."""
    current = box.currentData()
    box.clear()
    for handle, text in items:
        box.addItem(text, handle)
    box.setCurrentIndex(max(0, box.findData(current)))
