"""Translations: the German and Spanish catalogues are complete, built from the sources, and
load at run time; numbers follow the language; the todo/fill round trip of the catalogue tool."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from snmpscope.core.constants import ApiError, HandleKind
from snmpscope.core.service.failures import Failure
from snmpscope.core.service.profiles import MemorySecretStore
from snmpscope.gui.actions import Actions
from snmpscope.gui.error_texts import failure_text
from snmpscope.gui.i18n import install_translators
from snmpscope.gui.locale_format import milliseconds, number, seconds
from snmpscope.gui.models.tree_data import group_label
from snmpscope.gui.settings.language import LANGUAGES, locale_for, saved_language
from snmpscope.gui.settings.preferences import Preferences
from snmpscope.resources import resource_path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging" / "tools"))
import translations

SHIPPED = ("de", "es")


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test; put English and the C number formats back after."""
    installed = []
    before = QLocale()

    def speak(code: str) -> list[object]:
        translators = install_translators(qapp, locale_for(code))
        installed.extend(translators)
        return [t.filePath() for t in translators]

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_every_shipped_language_has_a_catalogue_and_a_choice() -> None:
    assert {ts.stem.split("_", 1)[1] for ts in translations.catalogues()} == set(SHIPPED)
    assert set(SHIPPED) <= set(LANGUAGES)


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_catalogue_is_complete_for_todays_sources(lang: str, tmp_path: Path) -> None:
    """No unfinished, missing or vanished message, and every translation keeps the source's
    placeholders: lupdate over today's GUI sources adds nothing left to translate. (After a
    merge brings new strings: ``translations.py todo LANG``, translate, ``fill LANG FILE``.)"""
    refreshed = tmp_path / translations.catalogue(lang).name
    shutil.copy(translations.catalogue(lang), refreshed)
    translations.lupdate(refreshed)
    assert translations.problems(refreshed) == []
    assert len(translations.read_messages(refreshed)) > 300


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_committed_qm_is_the_compiled_catalogue(lang: str, tmp_path: Path) -> None:
    """The .qm the app loads is exactly what lrelease makes of the .ts (run
    ``packaging/tools/translations.py`` after editing a catalogue)."""
    ts = translations.catalogue(lang)
    compiled = tmp_path / ts.with_suffix(".qm").name
    translations.lrelease(ts, compiled)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes()


def _tamper(tmp_path: Path, edit: str) -> Path:
    """A copy of the Spanish catalogue with one message changed: ``edit`` is "unfinished" or
    "placeholder"."""
    tree = ElementTree.parse(translations.catalogue("es"))
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "Notification from {peer}":
            target = message.find("translation")
            assert target is not None
            if edit == "unfinished":
                target.set("type", "unfinished")
            else:
                target.text = "Notificación de {par}"
    path = tmp_path / "snmpscope_es.ts"
    tree.write(path, encoding="utf-8")
    return path


def test_the_check_fails_on_an_unfinished_message_or_a_changed_placeholder(
    tmp_path: Path,
) -> None:
    (unfinished,) = translations.problems(_tamper(tmp_path, "unfinished"))
    assert "Notification from {peer}" in unfinished
    assert unfinished.endswith("unfinished")
    (placeholder,) = translations.problems(_tamper(tmp_path, "placeholder"))
    assert "placeholders differ" in placeholder and "{par}" in placeholder


def test_placeholders_of_both_styles_are_compared() -> None:
    assert translations.placeholders("{count} in {ms:.0f} ms, %1 of %n") == {
        "{count}": 1,
        "{ms:.0f}": 1,
        "%1": 1,
        "%n": 1,
    }


def test_todo_then_fill_finishes_the_catalogue(tmp_path: Path) -> None:
    ts = _tamper(tmp_path, "unfinished")
    header, row = list(translations.todo_rows(ts))
    assert header == "context\tsource\tcomment\ttranslation"
    assert row == "MainWindow\tNotification from {peer}\t\t"
    rows = translations.parse_rows([header, row + "Aviso de {peer}"], "es.tsv")
    assert translations.fill(ts, rows, "es.tsv") == 1
    assert translations.problems(ts) == []
    assert list(translations.todo_rows(ts)) == [header]
    (message,) = (
        m for m in translations.read_messages(ts) if m.source == "Notification from {peer}"
    )
    assert message.translation == "Aviso de {peer}"


def test_fill_names_the_row_that_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"es\.tsv:2: the translation's placeholders"):
        translations.parse_rows(
            ["context\tsource\tcomment\ttranslation", "C\t{a}\t\t{b}"], "es.tsv"
        )
    with pytest.raises(ValueError, match=r"es\.tsv:1: 2 columns"):
        translations.parse_rows(["C\tsource only"], "es.tsv")
    with pytest.raises(ValueError, match=r"unknown escape"):
        translations.parse_rows(["C\ta\\qb\t\tx"], "es.tsv")
    ts = tmp_path / "snmpscope_es.ts"
    shutil.copy(translations.catalogue("es"), ts)
    with pytest.raises(ValueError, match="match no message"):
        translations.fill(ts, {("Nowhere", "Nothing"): "Nada"}, "es.tsv")


def test_escapes_survive_the_round_trip() -> None:
    rows = translations.parse_rows(["C\tline one\\nline two\\ttab\t\tuno\\ndos\\\\"], "x.tsv")
    assert rows == {("C", "line one\nline two\ttab"): "uno\ndos\\"}


def test_the_tool_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert translations.main(["check"]) == 0
    assert translations.main(["todo", "de"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "context\tsource\tcomment\ttranslation"
    with pytest.raises(SystemExit):
        translations.main(["todo", "xx"])


def test_german_menus_tree_labels_and_numbers(speaking, qtbot) -> None:
    files = speaking("de")
    assert any(f.endswith("snmpscope_de.qm") for f in files)
    widget = QWidget()
    qtbot.addWidget(widget)
    actions = Actions(widget)
    assert actions.new_session.text() == "&Neue Sitzung…"
    assert actions.walk_here.text() == "Ab hier &durchlaufen"
    assert group_label(HandleKind.ENTITY) == "Entitäten"
    assert number(1_234_567) == "1.234.567"
    assert seconds(0.5) == "0,50 s"
    timeout = Failure(int(ApiError.TL_TIMEOUT), "no response from 192.0.2.1:161")
    assert failure_text(timeout) == (
        "Der Agent hat nicht rechtzeitig geantwortet. no response from 192.0.2.1:161"
    )


def test_spanish_menus_tree_labels_and_numbers(speaking, qtbot) -> None:
    files = speaking("es")
    assert any(f.endswith("snmpscope_es.qm") for f in files)
    widget = QWidget()
    qtbot.addWidget(widget)
    actions = Actions(widget)
    assert actions.new_session.text() == "&Nueva sesión…"
    assert group_label(HandleKind.PDU) == "PDU"
    assert milliseconds(12.5, 1) == "12,5 ms"
    assert number(0.25, 2) == "0,25"


def test_english_is_the_source(speaking, qtbot) -> None:
    # English needs no catalogue of ours (Qt's own qtbase_en may load; a clone's path may
    # well contain "snmpscope", so the file names are what is checked)
    assert not any(Path(f).name.startswith("snmpscope") for f in speaking("en"))
    widget = QWidget()
    qtbot.addWidget(widget)
    assert Actions(widget).new_session.text() == "&New Session…"
    assert number(1_234_567) == "1,234,567"


def test_the_language_preference_is_saved_and_read_before_the_window(tmp_path: Path) -> None:
    secrets = MemorySecretStore()
    prefs = Preferences(language="es")
    data = prefs.to_json(secrets)
    assert Preferences.from_json(data, secrets).language == "es"
    assert Preferences.from_json({**data, "language": "xx"}, secrets).language == ""
    assert saved_language(tmp_path) == ""  # first launch: the system's
    (tmp_path / "workspace.json").write_text(json.dumps({"preferences": data}), encoding="utf-8")
    assert saved_language(tmp_path) == "es"
    (tmp_path / "workspace.json").write_text("{not json", encoding="utf-8")
    assert saved_language(tmp_path) == ""


def test_resource_path_finds_both_catalogues() -> None:
    for lang in SHIPPED:
        assert resource_path("translations", f"snmpscope_{lang}.qm").is_file()


def test_the_preferences_dialog_offers_the_languages(qtbot) -> None:
    from snmpscope.gui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(None, Preferences(language="de"))
    qtbot.addWidget(dialog)
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert choices == ["", "en", "de", "es"]
    assert dialog.language.currentData() == "de"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.preferences().language == "es"
