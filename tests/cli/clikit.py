"""Helpers for the command-line tests: run ``snmpscope-cli`` in-process (through ``main``) or as
a real process, and streams that tests can wait on."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from snmpscope.core.cli.main import main
from snmpscope.core.cli.session import Console

CLI = Path(sys.executable).parent / "snmpscope-cli"


class Result(NamedTuple):
    """What a command run gave: exit status, stdout, stderr (also as ``code, out, err =``)."""

    code: int
    out: str
    err: str


class WatchedStream(io.StringIO):
    """A text stream whose writes wake waiters (:meth:`wait_for`), for commands that run in a
    thread (listen, agent) while the test waits for a line to appear."""

    def __init__(self) -> None:
        super().__init__()
        self._cond = threading.Condition()

    def write(self, text: str) -> int:
        with self._cond:
            written = super().write(text)
            self._cond.notify_all()
            return written

    def wait_for(self, needle: str, timeout: float = 10.0) -> str:
        """Block until ``needle`` was written; returns the text so far. Raises TimeoutError."""
        with self._cond:
            if not self._cond.wait_for(lambda: needle in self.getvalue(), timeout):
                raise TimeoutError(
                    f"{needle!r} not written within {timeout} s: {self.getvalue()!r}"
                )
            return self.getvalue()


def run(*argv: str) -> Result:
    """``snmpscope-cli argv...`` in this process."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Console(out, err))
    return Result(code, out.getvalue(), err.getvalue())


class Background:
    """A command (``listen``, ``agent``) running in a thread of this process; :meth:`stop`
    sets its stop event (as SIGTERM would) and returns its result."""

    def __init__(self, *argv: str) -> None:
        self.out = WatchedStream()
        self.err = WatchedStream()
        self.console = Console(self.out, self.err)
        self.code: int | None = None
        self._thread = threading.Thread(target=self._run, args=(list(argv),), daemon=True)
        self._thread.start()

    def _run(self, argv: list[str]) -> None:
        self.code = main(argv, self.console)

    def join(self, timeout: float = 10.0) -> Result:
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError(f"the command did not end: {self.err.getvalue()!r}")
        assert self.code is not None
        return Result(self.code, self.out.getvalue(), self.err.getvalue())

    def stop(self, timeout: float = 10.0) -> Result:
        self.console.stop.set()
        return self.join(timeout)


def run_process(*argv: str, timeout: float = 60.0) -> Result:
    """``snmpscope-cli argv...`` as a real process (the installed console script)."""
    done = subprocess.run(
        [str(CLI), *argv], capture_output=True, text=True, timeout=timeout, check=False
    )
    return Result(done.returncode, done.stdout, done.stderr)


def lines(text: str) -> list[str]:
    return text.splitlines()


def argv_oids(oids: Sequence[tuple[int, ...]]) -> list[str]:
    return ["." + ".".join(map(str, oid)) for oid in oids]
