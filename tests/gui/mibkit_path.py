"""Where the MIB corpus is (test data only), for tests that run net-snmp with names: the
shared corpus beside the clone, else the subset committed in ``tests/mib/corpus``."""

from __future__ import annotations

import os
from pathlib import Path

_SHARED = Path(__file__).resolve().parents[3] / "shared" / "mibs"
_COMMITTED = Path(__file__).resolve().parents[1] / "mib" / "corpus"  # the tests' own subset
CORPUS = Path(
    os.environ.get(
        "SNMPSCOPE_TEST_MIBS", _SHARED if (_SHARED / "SNMPv2-SMI").is_file() else _COMMITTED
    )
)
