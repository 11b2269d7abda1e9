"""Test-wide setup: Qt runs offscreen, Qt warnings fail tests (pyproject: qt_log_level_fail)."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Compiled MIB files go to one cache folder per test run (never ~/.cache), which the CLI
# subprocesses the tests start inherit; it is removed when the run ends.
if not os.environ.get("SNMPSCOPE_MIB_CACHE"):
    _MIB_CACHE = tempfile.mkdtemp(prefix="snmpscope-test-mib-cache-")
    os.environ["SNMPSCOPE_MIB_CACHE"] = _MIB_CACHE
    atexit.register(shutil.rmtree, _MIB_CACHE, ignore_errors=True)

# Real peers on loopback (snmpd, snmpsim, scripted responder, silent/closed ports, net-snmp tools).
from agents.fixtures import *  # noqa: F403


@pytest.fixture(autouse=True)
def _no_service_qthread_left_running() -> Iterator[None]:
    """Fail any test that leaves a QThread of the Qt service layer running."""
    yield
    threads = sys.modules.get("snmpscope.core.service.threads")
    if threads is not None:
        running = threads.running_service_threads()
        if running:
            pytest.fail(f"QThreads left running: {', '.join(running)}", pytrace=False)
