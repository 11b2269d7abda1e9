"""Where the shared MIB corpus is (test data only), for tests that run net-snmp with names."""

from __future__ import annotations

import os
from pathlib import Path

CORPUS = Path(
    os.environ.get("SNMPSCOPE_TEST_MIBS", Path(__file__).resolve().parents[3] / "shared" / "mibs")
)
