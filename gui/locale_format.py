"""Numbers and units as the chosen language writes them.

Python's format specs (``{n:,}``, ``{s:.2f}``) always write English separators; the window
formats every count, duration and rate through the default :class:`QLocale` instead, which
:func:`snmpscope.gui.i18n.install_translators` sets to the language the catalogues are in.
So a German window says ``1.024 Varbinds in 0,42 s`` and the Spanish one ``1024 varbinds en
0,42 s``, the same way in the tree, the details, the status bar and the graph. Units stay SI
symbols (ms, s, /s), separated from the number by a space as all three languages do.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's digit grouping and decimal separator. Under the C locale
    (no locale set: containers, CI) the window speaks its source language, so the numbers are
    written the English way too (``1,024``), as they always were."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = _ENGLISH
    if decimals == 0 and float(value).is_integer() and abs(value) < 2**63:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)


def quantity(value: float, unit: str, decimals: int = 0) -> str:
    """``value`` and its unit (``42 ms``, ``0,42 s``)."""
    return f"{number(value, decimals)} {unit}"


def milliseconds(value: float, decimals: int = 0) -> str:
    """A round trip or elapsed time in ms."""
    return quantity(value, "ms", decimals)


def seconds(value: float, decimals: int = 2) -> str:
    """A timeout or duration in s."""
    return quantity(value, "s", decimals)


def short_decimals(value: float, most: int = 3) -> int:
    """How many decimals ``value`` needs (1 -> 0, 1.5 -> 1, 0.25 -> 2), at most ``most``:
    for short texts like ``1 s`` or ``1,5 s``."""
    text = f"{round(value, most):.{most}f}".rstrip("0")
    return len(text.partition(".")[2])
