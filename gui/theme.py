"""Light, dark or the system's palette. No widget sets colours of its own: everything paints
with the application palette, so a dark system theme (or the forced dark scheme) just works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_SYSTEM_PALETTE: QPalette | None = None

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    """A dark palette in the spirit of Fusion's own dark variant."""
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    palette = QPalette()
    for role, color in (
        (Role.Window, window),
        (Role.WindowText, text),
        (Role.Base, base),
        (Role.AlternateBase, QColor(40, 40, 43)),
        (Role.ToolTipBase, QColor(60, 60, 64)),
        (Role.ToolTipText, text),
        (Role.PlaceholderText, QColor(150, 150, 150)),
        (Role.Text, text),
        (Role.Button, QColor(55, 55, 58)),
        (Role.ButtonText, text),
        (Role.BrightText, QColor(255, 110, 110)),
        (Role.Light, QColor(75, 75, 78)),
        (Role.Midlight, QColor(62, 62, 65)),
        (Role.Mid, QColor(50, 50, 52)),
        (Role.Dark, QColor(25, 25, 27)),
        (Role.Shadow, QColor(10, 10, 10)),
        (Role.Highlight, QColor(42, 110, 187)),
        (Role.HighlightedText, QColor(255, 255, 255)),
        (Role.Link, QColor(110, 170, 240)),
        (Role.LinkVisited, QColor(170, 140, 230)),
    ):
        palette.setColor(role, color)
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(120, 120, 120))
    return palette


def apply_color_scheme(scheme: str) -> None:
    """``"system"``, ``"light"`` or ``"dark"`` for the whole application."""
    global _SYSTEM_PALETTE
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if scheme == "system" and _SYSTEM_PALETTE is None:
        return  # never forced: leave the platform in charge (it follows theme changes live)
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = QPalette(app.palette())
    hints = QGuiApplication.styleHints()
    if scheme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    elif scheme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
    else:
        hints.unsetColorScheme()
        app.setPalette(_SYSTEM_PALETTE)
        _SYSTEM_PALETTE = None


def is_dark(palette: QPalette) -> bool:
    """True when text is lighter than the window (a dark scheme)."""
    return palette.color(Role.WindowText).lightness() > palette.color(Role.Window).lightness()
