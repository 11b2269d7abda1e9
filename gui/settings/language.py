"""The language of the window: a preference, put into force at the next start.

Qt reads translations when a widget builds its texts, so switching a running window would
mean rebuilding every view; instead the choice is saved with the other preferences (in
``workspace.json``) and :func:`saved_language` reads it back at start-up, before the window
exists, so the translators and the number formats (:mod:`snmpscope.gui.locale_format`) are
in place for the first widget. The Preferences dialog says so beside the choice.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

SYSTEM = ""  # follow the system's locale
# Each language named in itself, as language pickers do: a reader finds their own.
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}


def valid(code: object) -> str:
    """``code`` if it is a language the window speaks (or SYSTEM), else SYSTEM."""
    return code if isinstance(code, str) and code in LANGUAGES else SYSTEM


def locale_for(code: str) -> QLocale:
    """The locale to translate and format numbers for: the system's, or the chosen one."""
    return QLocale(code) if valid(code) else QLocale.system()


def saved_language(config_dir: Path) -> str:
    """The language saved in the workspace of ``config_dir`` (SYSTEM when there is none or
    the file cannot be read; the workspace loader reports such a file later)."""
    try:
        doc = json.loads((config_dir / "workspace.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SYSTEM
    prefs = doc.get("preferences") if isinstance(doc, dict) else None
    return valid(prefs.get("language")) if isinstance(prefs, dict) else SYSTEM


def add_language_row(form: QFormLayout, current: str) -> QComboBox:
    """Add the language choice (and the note that it applies at the next start) to ``form``;
    returns the combo box, whose current data is the language code."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("Language", "System language"), SYSTEM)
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(valid(current))))
    form.addRow(QCoreApplication.translate("Language", "&Language:"), combo)
    note = QLabel(
        QCoreApplication.translate(
            "Language", "A new language applies when snmpscope starts again."
        )
    )
    note.setWordWrap(True)
    form.addRow("", note)
    return combo
