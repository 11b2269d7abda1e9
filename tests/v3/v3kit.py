"""Helpers of the SNMPv3 tests: snmpscope-cli's USM options for a test user; commands run
in-process and in the background with the command-line tests' own helpers (``clikit``)."""

from __future__ import annotations

import sys
from pathlib import Path

from agents.netsnmp import V3User

from snmpscope.core.model.states import V3Security

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from clikit import Background, run

__all__ = ["Background", "cli_args", "run", "security"]


def cli_args(user: V3User) -> list[str]:
    """The same options net-snmp's tools get (snmpscope-cli spells them alike)."""
    return user.netsnmp_args()


def security(user: V3User) -> V3Security:
    return V3Security(
        user.name,
        user.level,
        user.auth_proto or "",
        user.auth_key or "",
        user.priv_proto or "",
        user.priv_key or "",
    )
