"""Test-wide setup: Qt runs offscreen, Qt warnings fail tests (pyproject: qt_log_level_fail)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Real peers on loopback (snmpd, snmpsim, scripted responder, silent/closed ports, net-snmp tools).
from agents.fixtures import *  # noqa: F403
