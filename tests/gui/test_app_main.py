"""The ``snmpscope`` entry point runs the real window and saves the workspace on close."""

from __future__ import annotations

import json
import os
import signal
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from snmpscope.gui.app import main
from snmpscope.gui.dialogs.master_password_dialog import MasterPasswordDialog
from snmpscope.gui.main_window import MainWindow
from snmpscope.gui.quit_requests import QuitRequests

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_main_opens_the_demo_and_saves_on_close(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main installs and removes hooks
    no_master_password(monkeypatch)
    seen: list[MainWindow] = []

    def close_when_ready() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(window)
        window.keeper.demoReady.connect(lambda *_: window.close())

    QTimer.singleShot(0, close_when_ready)
    assert main(["--config-dir", str(tmp_path)]) == 0
    (window,) = seen
    assert window.controller.app.session_handles() == []  # closed at shutdown
    layout = json.loads((tmp_path / "workspace.json").read_text())
    assert [s["name"] for s in layout["sessions"]] == ["Demo router"]
    assert layout["sessions"][0]["demo"] is True


def test_logout_closes_the_window_with_a_save(qapp, tmp_path, monkeypatch) -> None:
    """The session manager's commitDataRequest (no QSessionManager can be made here, so its
    slot is called as the signal would) ends in the staged shutdown, and main puts the
    signal handling back as it found it."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    no_master_password(monkeypatch)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    seen: list[MainWindow] = []

    def log_out_when_restored() -> None:
        (window,) = (
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )  # an earlier test's window may linger, closed
        requests = qapp.findChild(QuitRequests)
        seen.append(window)
        window.keeper.restored.connect(lambda: requests.commit_data(None))

    QTimer.singleShot(0, log_out_when_restored)
    assert main(["--config-dir", str(tmp_path)]) == 0
    (window,) = seen
    assert window.controller.app.session_handles() == []
    layout = json.loads((tmp_path / "workspace.json").read_text())
    assert [s["name"] for s in layout["sessions"]] == ["Demo router"]
    assert {s: signal.getsignal(s) for s in handlers} == handlers
    assert signal.set_wakeup_fd(-1) == -1


def test_sigterm_while_a_modal_dialog_is_open_closes_both_with_a_save(
    qapp, tmp_path, monkeypatch
) -> None:
    """The signal reaches Python while Qt waits in a dialog's own event loop (the wakeup
    socket), and the window closes with a save, the dialog with it."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    no_master_password(monkeypatch)
    seen: list[str] = []

    def terminate_from_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        os.kill(os.getpid(), signal.SIGTERM)

    def open_preferences_when_restored() -> None:
        (window,) = (
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )

        def restored() -> None:
            QTimer.singleShot(0, terminate_from_the_dialog)  # runs inside the dialog's exec
            window.open_preferences()

        window.keeper.restored.connect(restored)

    QTimer.singleShot(0, open_preferences_when_restored)
    assert main(["--config-dir", str(tmp_path)]) == 0
    assert seen == ["PreferencesDialog"]
    layout = json.loads((tmp_path / "workspace.json").read_text())
    assert [s["name"] for s in layout["sessions"]] == ["Demo router"]
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def no_master_password(monkeypatch) -> None:
    """This machine has no system keyring: main asks for the secrets file's master password;
    the user here declines (secrets for the run only)."""
    monkeypatch.setattr(MasterPasswordDialog, "ask", classmethod(lambda cls, *a: None))


def test_the_signal_handler_only_notes_the_signal_and_the_event_loop_acts(qapp) -> None:
    """The handler runs between two bytecodes of whatever the main thread was doing, maybe
    a logging call writing to stderr: it must not log (a reentrant write raised and lost the
    request, leaving the window open). The notifier's slot, from the event loop, acts."""
    requests = QuitRequests(qapp)
    try:
        requests._caught(signal.SIGTERM, None)
        assert requests.requested == "", "the handler itself asked for the close"
        requests._drain()
        assert requests.requested == "SIGTERM"
        requests._drain()  # nothing noted any more: nothing asked twice
        assert requests.requested == "SIGTERM"
    finally:
        requests.uninstall()
