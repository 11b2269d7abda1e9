"""Translations: the German catalogue is built from the sources and loads at run time."""

from __future__ import annotations

from xml.etree import ElementTree

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from snmpscope.core.constants import HandleKind
from snmpscope.gui.actions import Actions
from snmpscope.gui.i18n import install_translators
from snmpscope.gui.i18n_de import GERMAN
from snmpscope.gui.models.tree_data import group_label
from snmpscope.resources import resource_path


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


def test_the_catalogue_covers_the_translated_sources() -> None:
    """Every German entry still matches a source string (lupdate keeps them in step)."""
    tree = ElementTree.parse(resource_path("translations", "snmpscope_de.ts"))
    sources = {
        (context.findtext("name"), message.findtext("source"))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    assert len(sources) > 200
    assert set(GERMAN) - sources == set()
