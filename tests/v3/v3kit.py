"""Helpers of the SNMPv3 tests: snmpscope-cli's USM options for a test user."""

from __future__ import annotations

import io
import threading

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


class Background:
    """A command (``listen``) in a thread of this process; :meth:`stop` sets its stop
    event and returns (exit status, stdout, stderr)."""

    def __init__(self, *argv: str) -> None:
        self.out = WatchedStream()
        self.err = WatchedStream()
        self.console = Console(self.out, self.err)
        self.code: int | None = None
        self._thread = threading.Thread(target=self._run, args=(list(argv),), daemon=True)
        self._thread.start()

    def _run(self, argv: list[str]) -> None:
        self.code = main(argv, self.console)

    def join(self, timeout: float = 20.0) -> tuple[int, str, str]:
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError(f"the command did not end: {self.err.getvalue()!r}")
        assert self.code is not None
        return self.code, self.out.getvalue(), self.err.getvalue()

    def stop(self) -> tuple[int, str, str]:
        self.console.stop.set()
        return self.join()


class WatchedStream(io.StringIO):
    """A text stream whose writes wake :meth:`wait_for`."""

    def __init__(self) -> None:
        super().__init__()
        self._cond = threading.Condition()

    def write(self, text: str) -> int:
        with self._cond:
            written = super().write(text)
            self._cond.notify_all()
            return written

    def wait_for(self, needle: str, timeout: float = 15.0) -> str:
        with self._cond:
            if not self._cond.wait_for(lambda: needle in self.getvalue(), timeout):
                raise TimeoutError(f"{needle!r} not written: {self.getvalue()!r}")
            return self.getvalue()
