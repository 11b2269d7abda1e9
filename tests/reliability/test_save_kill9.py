"""kill -9 during workspace saves, many times over: after every kill the folder loads, what
it holds is one whole save (agents and session layout of the same generation, the file's
generation marker that one too, no save that had returned lost), and no temp file survives
the next start.

A fork server (:mod:`kill9_saver`) forks the savers, so fifty kills cost fifty forks, not
fifty interpreter starts. Half the kills come from here at whatever moment the saver is at
after its k-th save; the other half the saver sends itself just before its n-th fsync, rename
or unlink, which walks the kill through every stage of a save. ``tests/bench/bench_save_kill9.py``
runs the same with many more kills.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from kill9_saver import expected_agents, generations_of

from snmpscope.core.service.profiles import MemorySecretStore
from snmpscope.gui.settings.workspace import Workspace

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
KILLS = 50
WAIT_S = 60.0  # for one line from the fork server; only a hang ever takes this long
SERVER = Path(__file__).with_name("kill9_saver.py")


@dataclass
class Tally:
    """What the kills found."""

    kills: int = 0
    whole_loads: int = 0
    newest: int = 0  # the newest generation loaded so far: no load may go back behind it
    temp_files_before_start: int = 0
    temp_files_after_start: int = 0
    problems: list[str] = field(default_factory=list)


class ForkServer:
    """The running :mod:`kill9_saver` server and its output lines."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, name="kill9-reader", daemon=True)
        self._reader.start()
        self.saver = 0

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("eof")

    def next_line(self) -> str:
        line = self.lines.get(timeout=WAIT_S)
        assert line != "eof", "the fork server ended"
        return line

    def start_saver(self, folder: Path, kill_at: int) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{folder}\t{kill_at}\n")
        self.process.stdin.flush()
        word, pid = self.next_line().split()
        assert word == "pid"
        self.saver = int(pid)
        return self.saver

    def close(self) -> None:
        if self.saver:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.saver, signal.SIGKILL)
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=WAIT_S)
        self._reader.join(timeout=WAIT_S)


@pytest.fixture
def server() -> Iterator[ForkServer]:
    running = ForkServer()
    try:
        yield running
    finally:
        running.close()


def _temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def kill_once(server: ForkServer, folder: Path, number: int) -> tuple[int, int]:
    """One saver, SIGKILLed; returns the last generation it reported saved and the signal."""
    external = number % 2 == 0
    kill_at = 0 if external else 1 + (number * 7) % 11
    saves_before_kill = 1 + number % 5
    pid = server.start_saver(folder, kill_at)
    last_saved = 0
    while True:
        line = server.next_line()
        if line.startswith("saved "):
            last_saved = int(line.split()[1])
            saves_before_kill -= 1
            if external and saves_before_kill == 0:
                os.kill(pid, signal.SIGKILL)
        else:
            word, ended, killed_by = line.split()
            assert (word, int(ended)) == ("exit", pid)
            server.saver = 0
            return last_saved, int(killed_by)


def check_load(folder: Path, last_saved: int, tally: Tally) -> None:
    """Start the workspace as the app does and judge what it loaded: one whole save, not
    older than one that had returned or than one loaded before (nothing before the first)."""
    tally.temp_files_before_start += len(_temp_files(folder))
    workspace = Workspace(folder, MemorySecretStore())
    state = workspace.load()
    tally.temp_files_after_start += len(_temp_files(folder))
    layout, agents = generations_of(state)
    where = f"kill {tally.kills}"
    floor = max(last_saved, tally.newest)
    if state.problems:
        tally.problems.append(f"{where}: {state.problems}")
    elif not layout and not agents and state.first_launch and floor == 0:
        tally.whole_loads += 1  # killed in the very first save: the folder is as it was
    elif len(layout) != 1 or layout != agents:
        tally.problems.append(f"{where}: layout of {layout}, agents of {agents}")
    else:
        (generation,) = layout
        if len(list(state.database)) != expected_agents(generation):
            tally.problems.append(f"{where}: a part of generation {generation}'s agents")
        elif workspace.generation != generation:
            tally.problems.append(f"{where}: marker {workspace.generation}, saved {generation}")
        elif generation < floor:
            tally.problems.append(f"{where}: generation {generation} loaded after {floor}")
        else:
            tally.whole_loads += 1
            tally.newest = generation


def test_kill9_during_saves_leaves_one_whole_save_and_no_temp_file(
    server: ForkServer, tmp_path: Path
) -> None:
    folder = tmp_path / "config"
    tally = Tally()
    for number in range(KILLS):
        last_saved, killed_by = kill_once(server, folder, number)
        assert killed_by == signal.SIGKILL, f"saver {number} ended by {killed_by}"
        tally.kills += 1
        check_load(folder, last_saved, tally)
    print(
        f"kill -9: {tally.kills} kills, {tally.whole_loads} whole-save loads, "
        f"temp files {tally.temp_files_before_start} before start, "
        f"{tally.temp_files_after_start} after"
    )
    assert tally.problems == []
    assert tally.whole_loads == tally.kills
    assert tally.temp_files_after_start == 0
    assert tally.temp_files_before_start > 0  # the kills did leave some to clean up
