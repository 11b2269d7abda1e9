"""Every way out saves: SIGTERM (``kill``, ``timeout``, systemd) and SIGHUP (the terminal went
away) end the real ``snmpscope`` process through the same staged shutdown as closing the
window: a clean exit, and the workspace saved."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
READY = "workspace restored"  # logged (with --debug) once the window's sessions are all open
WAIT_S = 60.0  # bounds on a hang only; a healthy run takes a few seconds


class Snmpscope:
    """``snmpscope`` run as its own process, offscreen, its stderr read as it comes."""

    def __init__(self, home: Path, *args: str) -> None:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # not the user's own
        }
        env.pop("XDG_CONFIG_HOME", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "snmpscope.gui.app", "--debug", *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        self._reader = threading.Thread(target=self._read, name="snmpscope-stderr")
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr.append(line)
            self.lines.put(line)
        self.lines.put("")

    def wait_for(self, text: str) -> None:
        while True:
            line = self.lines.get(timeout=WAIT_S)
            assert line, f"snmpscope ended before {text!r}:\n{''.join(self.stderr)}"
            if text in line:
                return

    def end(self, signum: int) -> int:
        self.process.send_signal(signum)
        code = self.process.wait(timeout=WAIT_S)
        self._reader.join(timeout=WAIT_S)
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=WAIT_S)
        self._reader.join(timeout=WAIT_S)


def _run_and_signal(home: Path, signum: int, *args: str) -> str:
    app = Snmpscope(home, *args)
    try:
        app.wait_for(READY)
        code = app.end(signum)
    finally:
        app.kill()
    log = "".join(app.stderr)
    assert code == 0, f"exit {code}\n{log}"
    assert "Traceback" not in log, log
    return log


def _saved_sessions(path: Path) -> list[str]:
    return [s["name"] for s in json.loads(path.read_text())["sessions"]]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_closes_the_window_with_a_save(tmp_path: Path, signum: int) -> None:
    config = tmp_path / "config"
    _run_and_signal(tmp_path / "home", signum, "--config-dir", str(config))
    assert _saved_sessions(config / "workspace.json") == ["Demo router"]


def test_timeout_on_a_fresh_home_leaves_a_saved_workspace(tmp_path: Path) -> None:
    """``timeout 10 snmpscope``: SIGTERM, no --config-dir, a HOME never used before."""
    home = tmp_path / "home"
    home.mkdir()
    _run_and_signal(home, signal.SIGTERM)
    (saved,) = home.rglob("workspace.json")
    assert saved.parent == home / ".config" / "snmpscope" / "snmpscope"
    assert _saved_sessions(saved) == ["Demo router"]
