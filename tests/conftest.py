"""Test-wide setup: Qt runs offscreen, Qt warnings fail tests (pyproject: qt_log_level_fail)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
