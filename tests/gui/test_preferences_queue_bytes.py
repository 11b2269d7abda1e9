"""The queued-memory limit in Preferences: its default comes from the core's ResourceLimits,
the dialog edits it in MiB, and applying the preferences puts it into force."""

from __future__ import annotations

import pytest

from snmpscope.core.model.limits import MIB, ResourceLimits
from snmpscope.core.service.profiles import MemorySecretStore
from snmpscope.gui.dialogs.preferences_dialog import PreferencesDialog
from snmpscope.gui.settings.preferences import Preferences

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_the_default_is_the_cores() -> None:
    prefs = Preferences()
    assert prefs.max_queue_bytes_per_session == ResourceLimits().queue_bytes_per_session
    assert prefs.limits == ResourceLimits()
    secrets = MemorySecretStore()
    assert Preferences.from_json(prefs.to_json(secrets), secrets) == prefs
    assert Preferences.from_json({"max_queue_bytes_per_session": "lots"}, secrets) == prefs


def test_the_dialog_edits_it_in_mib(qtbot) -> None:
    dialog = PreferencesDialog(None, Preferences())
    qtbot.addWidget(dialog)
    assert dialog.queue_bytes.value() == 64
    assert dialog.queue_bytes.suffix().strip() == "MiB"
    dialog.queue_bytes.setValue(16)
    assert dialog.preferences().max_queue_bytes_per_session == 16 * MIB


def test_applying_preferences_puts_it_into_force(qtbot, gui, monkeypatch) -> None:
    window, app = gui.window, gui.controller.app
    window.start(with_demo=False)
    wanted = Preferences(max_queue_bytes_per_session=8 * MIB, trap_port=11163)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, prefs: wanted))
    with qtbot.waitSignal(window.keeper.trapEndpointSet, timeout=5000):
        window.commands.preferences.trigger()
    qtbot.waitUntil(lambda: app.limits.queue_bytes_per_session == 8 * MIB, timeout=5000)
    assert window.keeper.preferences == wanted
