"""Helpers of the SNMPv3 tests: snmpscope-cli's USM options for a test user."""

from __future__ import annotations

import io

from agents.netsnmp import V3User

from snmpscope.core.cli.main import main
from snmpscope.core.cli.session import Console
from snmpscope.core.model.states import V3Security


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


def run(*argv: str) -> tuple[int, str, str]:
    """``snmpscope-cli argv...`` in this process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Console(out, err))
    return code, out.getvalue(), err.getvalue()
