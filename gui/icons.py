"""The SVG icons of ``resources/icons`` as cached ``QIcon`` objects."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from snmpscope.resources import icon_path


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (file stem, e.g. ``"pdu-trap"``); unknown names raise at once."""
    return QIcon(str(icon_path(name)))
