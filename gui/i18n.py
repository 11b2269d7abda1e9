"""Application identity and translations: loads Qt's own catalogue and snmpscope's.

The catalogues are ``resources/translations/snmpscope_<lang>.ts`` (the source, edited with Qt
Linguist or by hand) compiled to ``.qm`` by ``packaging/tools/translations.py``; this module
only loads them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from snmpscope.resources import resource_path

APP_NAME = "snmpscope"
_KEEP: list[QTranslator] = []  # translators must outlive their installation


def setup_identity(app: QCoreApplication) -> None:
    """Names QSettings and QStandardPaths use (and window titles, given a GUI application)."""
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(APP_NAME)


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's translations and ours for ``locale`` (default: the system's); returns the
    translators installed (``app.removeTranslator`` undoes it; ``QLocale.setDefault`` restores
    the number formats)."""
    wanted = locale if locale is not None else QLocale.system()
    QLocale.setDefault(wanted)  # numbers and units follow the language (gui.locale_format)
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), (APP_NAME, str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(wanted, name, "_", folder):
            app.installTranslator(translator)
            _KEEP.append(translator)
            loaded.append(translator)
    return loaded
