"""Translations: the German catalogue is built from the sources and loads at run time."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from snmpscope.core.constants import HandleKind
from snmpscope.gui.actions import Actions
from snmpscope.gui.i18n import install_translators
from snmpscope.gui.models.tree_data import group_label
from snmpscope.resources import resource_path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging" / "tools"))
import translations

GERMAN_TS = resource_path("translations", "snmpscope_de.ts")


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """(context, source) -> <message> of a catalogue."""
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in ElementTree.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def translated(ts: Path) -> set[tuple[str, str]]:
    """The messages of a catalogue that carry a finished translation."""
    return {
        key
        for key, message in messages(ts).items()
        if (target := message.find("translation")) is not None
        and target.text
        and target.get("type") not in ("unfinished", "vanished", "obsolete")
    }


def test_german_menus_and_tree_labels(qapp, qtbot) -> None:
    translators = install_translators(qapp, QLocale(QLocale.Language.German))
    try:
        files = [t.filePath() for t in translators]
        assert any(f.endswith("snmpscope_de.qm") for f in files)
        widget = QWidget()
        qtbot.addWidget(widget)
        actions = Actions(widget)
        assert actions.new_session.text() == "&Neue Sitzung…"
        assert actions.walk_here.text() == "Ab hier &durchlaufen"
        assert group_label(HandleKind.ENTITY) == "Entitäten"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert Actions(widget).new_session.text() == "&New Session…"


def test_the_catalogue_covers_the_translated_sources(tmp_path: Path) -> None:
    """Every German translation still matches a source string: lupdate over today's sources
    keeps every one of them as a live (not vanished) message."""
    assert len(messages(GERMAN_TS)) > 200
    german = translated(GERMAN_TS)
    assert len(german) > 40
    refreshed = tmp_path / "snmpscope_de.ts"
    shutil.copy(GERMAN_TS, refreshed)
    translations.lupdate(refreshed)
    assert german - translated(refreshed) == set()


def test_the_committed_qm_is_the_compiled_catalogue(tmp_path: Path) -> None:
    """The .qm the app loads is exactly what lrelease makes of the .ts (run
    ``packaging/tools/translations.py`` after editing a catalogue)."""
    compiled = tmp_path / "snmpscope_de.qm"
    translations.lrelease(GERMAN_TS, compiled)
    assert compiled.read_bytes() == GERMAN_TS.with_suffix(".qm").read_bytes()
