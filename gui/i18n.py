"""Application identity and translations (Qt's own and snmpscope's ``.qm`` files).

Building the translations is reproducible: ``python -m snmpscope.gui.i18n`` runs
``pyside6-lupdate`` over the GUI and service sources into ``resources/translations/*.ts`` and
``pyside6-lrelease`` into ``.qm`` files next to them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from snmpscope.gui.i18n_de import GERMAN
from snmpscope.resources import resource_path

APP_NAME = "snmpscope"
TRANSLATIONS = {"de": GERMAN}
LANGUAGES = tuple(TRANSLATIONS)
_KEEP: list[QTranslator] = []  # translators must outlive their installation


def setup_identity(app: QCoreApplication) -> None:
    """Names QSettings and QStandardPaths use."""
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's translations and ours for ``locale`` (default: the system's); returns the
    translators installed (``app.removeTranslator`` undoes it)."""
    wanted = locale if locale is not None else QLocale.system()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), (APP_NAME, str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(wanted, name, "_", folder):
            app.installTranslator(translator)
            _KEEP.append(translator)
            loaded.append(translator)
    return loaded


def build(root: Path) -> int:
    """Update the .ts files from the sources and compile them to .qm."""
    lupdate, lrelease = (
        str(Path(sys.executable).with_name(tool)) if shutil.which(tool) is None else tool
        for tool in ("pyside6-lupdate", "pyside6-lrelease")
    )
    sources = sorted(str(p) for p in (root / "gui").rglob("*.py"))
    folder = root / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = folder / f"{APP_NAME}_{language}.ts"
        subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True)
        fill(ts, TRANSLATIONS[language])
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


def fill(ts: Path, translations: dict[tuple[str, str], str]) -> int:
    """Write ``translations`` ((context, source) -> text) into a .ts file; returns how many
    messages got one. Messages without one keep lupdate's "unfinished" mark."""
    tree = ElementTree.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            text = translations.get((name, message.findtext("source", "")))
            target = message.find("translation")
            if text is None or target is None:
                continue
            target.text = text
            target.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    raise SystemExit(build(Path(__file__).resolve().parent.parent))
