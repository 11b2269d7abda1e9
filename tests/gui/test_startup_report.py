"""``snmpscope --startup-report``: the cold-start probe used to measure installed builds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


def test_startup_report_measures_window_and_first_session(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "snmpscope.gui.app",
            "--startup-report",
            "--config-dir",
            str(tmp_path),
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = re.search(
        r"first window painted after (\d+) ms, first session ready after (\d+) ms", result.stdout
    )
    assert found, result.stdout + result.stderr
    window_ms, session_ms = (int(g) for g in found.groups())
    assert 0 < window_ms < 60_000
    assert 0 < session_ms < 60_000
