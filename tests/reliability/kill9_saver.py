"""A fork server for the kill -9 tests: it imports the workspace code once, then forks one
saver per request, so each of many kills costs a fork instead of an interpreter start.

Run as ``python kill9_saver.py``. Each line on stdin is ``FOLDER<TAB>KILL_AT``; the server
forks a saver, prints ``pid PID``, waits for it and prints ``exit PID SIGNAL`` (0: it was not
killed). The saver starts the workspace in FOLDER as the app does (:meth:`Workspace.load`),
then saves generation after generation of changing content, printing ``saved N`` after each
save returned, until it is SIGKILLed: by the caller (``KILL_AT`` 0) or by itself just before
its ``KILL_AT``-th file-system step (an fsync, rename or unlink), which puts the kill at each
stage of a save in turn.

Every save's content names its generation twice, once in the agent database (entities
``gen N/agent I``, as many as :func:`expected_agents` says) and once in the session layout
(session ``gen N``), so a reader can tell whether what it loaded is one whole save.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.service.profiles import (
    AgentDatabase,
    ContextRecord,
    EntityRecord,
    MemorySecretStore,
)
from snmpscope.gui.settings.preferences import Preferences
from snmpscope.gui.settings.workspace import SessionLayout, Workspace, WorkspaceState

STEPS = ("fsync", "replace", "rename", "unlink")


def expected_agents(generation: int) -> int:
    """How many entities generation ``generation`` saves (it varies, so file sizes do)."""
    return 1 + generation % 23


def content(generation: int, secrets: MemorySecretStore) -> WorkspaceState:
    """The workspace a saver writes as its ``generation``-th save."""
    database = AgentDatabase(secrets=secrets)
    names = []
    for index in range(expected_agents(generation)):
        name = f"gen {generation}/agent {index}"
        database.put_entity(
            EntityRecord(
                name,
                f"10.{generation % 250}.{index}.1",
                version=SnmpVersion(generation % 2),
                retry=generation % 5,
                note="padding " * (40 * (generation % 7)),
            )
        )
        names.append(name)
    database.put_context(ContextRecord(f"gen {generation}/ro", community=f"c-{generation}"))
    prefs = Preferences(default_retry=generation % 6, default_community=f"d-{generation}")
    layout = SessionLayout(f"gen {generation}", tuple(names), (f"gen {generation}/ro",))
    return WorkspaceState(database, [layout], prefs, first_launch=False)


def generations_of(state: WorkspaceState) -> tuple[set[int], set[int]]:
    """The generations the loaded layout and the loaded agents come from."""
    layout = {int(s.name.removeprefix("gen ")) for s in state.sessions}
    agents = {int(r.name.split("/")[0].removeprefix("gen ")) for r in state.database}
    return layout, agents


def _kill_before_step(number: int) -> None:
    """SIGKILL this process just before its ``number``-th file-system step."""
    count = 0

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            nonlocal count
            count += 1
            if count == number:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return step

    for name in STEPS:
        setattr(os, name, wrap(getattr(os, name)))


def save_forever(folder: Path, kill_at: int) -> None:
    """Start the workspace in ``folder``, then save new generations until killed."""
    if kill_at:
        _kill_before_step(kill_at)
    secrets = MemorySecretStore()
    workspace = Workspace(folder, secrets)
    layout, agents = generations_of(workspace.load())
    generation = max(layout | agents | {0})
    while True:
        generation += 1
        workspace.save(content(generation, secrets))
        os.write(1, f"saved {generation}\n".encode())


def serve() -> None:
    """Fork a saver per request line (see the module docs)."""
    for line in sys.stdin:
        folder, kill_at = line.rstrip("\n").split("\t")
        # The saver starts only once "pid" is out: its "saved" lines share this stdout and
        # must not come first.
        go_read, go_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(go_write)
                os.read(go_read, 1)
                os.close(go_read)
                save_forever(Path(folder), int(kill_at))
            finally:
                os._exit(1)  # never back into the server's loop
        os.close(go_read)
        print(f"pid {pid}", flush=True)
        os.write(go_write, b"g")
        os.close(go_write)
        _, status = os.waitpid(pid, 0)
        killed = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        print(f"exit {pid} {killed}", flush=True)


if __name__ == "__main__":
    serve()
