"""Running ``snmpscope-cli`` in-process for the bad-input tables (tests/cli's ``clikit`` is
not importable from this folder when it runs alone)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from snmpscope.core.cli.main import main
from snmpscope.core.cli.session import Console


@dataclass
class Result:
    """What a command run gave: exit status, stdout, stderr."""

    code: int
    out: str
    err: str


def run(*argv: str) -> Result:
    """``snmpscope-cli argv...`` in this process."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Console(out, err))
    return Result(code, out.getvalue(), err.getvalue())
