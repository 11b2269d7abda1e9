"""The ``snmpscope`` entry point runs the real window and saves the workspace on close."""

from __future__ import annotations

import json
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from snmpscope.gui.app import main
from snmpscope.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_main_opens_the_demo_and_saves_on_close(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main installs and removes hooks
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
