"""Help and About: the menu, the About box with the versions running now, the Help viewer
with the README's usage sections from the bundled resource."""

from __future__ import annotations

import importlib.metadata
import platform

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from snmpscope.core.service.versions import application, components
from snmpscope.gui.dialogs.about_dialog import AboutDialog
from snmpscope.gui.help_menu import install_help_menu

# The offscreen platform cannot size or raise windows; that is not what these tests check.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_about_lists_version_libraries_and_licences(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert application().version == importlib.metadata.version("snmpscope")
    assert f"snmpscope {application().version}" in dialog.headline.text()
    assert "MIT" in dialog.headline.text()
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Python"].startswith(platform.python_version())
    assert rows["PySide6 (Qt for Python)"] == importlib.metadata.version("PySide6-Essentials")
    for name in ("pysnmp", "pyasn1", "pysmi", "keyring"):
        assert rows[name] == importlib.metadata.version(name)
    licences = {c.name: c.licence for c in components()}
    assert licences["pyasn1"] == "BSD-2-Clause" and licences["keyring"] == "MIT"
    dialog.copy()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == f"snmpscope {application().version} (MIT)"
    assert f"pysnmp {importlib.metadata.version('pysnmp')} (BSD-2-Clause)" in copied


def test_help_menu_opens_the_usage_sections(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = install_help_menu(window)
    assert [a.text() for a in menu.menu.actions() if a.text()] == [
        "snmpscope &Help",
        "&About snmpscope",
    ]
    menu.help.trigger()
    viewer = menu.viewer
    assert viewer is not None and viewer.isVisible()
    headings = viewer.headings()
    assert "snmpscope" in headings
    assert any(h.startswith("Install and launch") for h in headings)
    assert "Command line" in headings and "What you can do" in headings
    assert "snmpscope-cli agent --port 16161" in viewer.browser.toPlainText()
    menu.help.trigger()
    assert menu.viewer is viewer  # one viewer, raised again


def test_about_from_the_menu_is_modal_and_closes(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = install_help_menu(window)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    menu.about.trigger()
    assert seen == ["About snmpscope"]
