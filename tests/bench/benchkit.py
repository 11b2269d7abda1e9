"""Shared pieces of the benchmark suite (``run_all.py``): samples with medians and ranges,
interleaved rounds, processes timed with their CPU, the agents every measurement talks to.

Nothing here asserts: benchmarks print (the machine is shared and noisy; a figure is a median
of interleaved rounds with its range, never a pass/fail).
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the tests/agents package

from agents.netsnmp import NetSnmpTools  # noqa: E402
from agents.snmpd import SnmpdAgent  # noqa: E402

LOOPBACK = "127.0.0.1"
SYS_UPTIME_0 = (1, 3, 6, 1, 2, 1, 1, 3, 0)
WALK_ROOT = (1, 3, 6, 1)  # the whole tree snmpd shows the "steady" community
MAX_REPETITIONS = 25
ENDPOINTS = 100  # snmpd listens on this many extra ports, for pipelining


@dataclass
class Sample:
    """One timed run: wall seconds, CPU seconds of the client (None: not measurable), and
    how many things it did (varbinds, requests ...)."""

    wall: float
    cpu: float | None
    count: int
    extra: dict[str, float] = field(default_factory=dict)


@dataclass
class Series:
    """The samples of one client in one measurement."""

    label: str
    samples: list[Sample] = field(default_factory=list)
    note: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.samples)

    def rates(self) -> list[float]:
        return [s.count / s.wall for s in self.samples if s.wall > 0]

    def rate(self) -> float:
        return statistics.median(self.rates())

    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    def cpu_per_item_us(self) -> float | None:
        values = [s.cpu / s.count * 1e6 for s in self.samples if s.cpu is not None and s.count]
        return statistics.median(values) if values else None

    def extra(self, key: str) -> float:
        return statistics.median(s.extra[key] for s in self.samples)

    def counts(self) -> set[int]:
        return {s.count for s in self.samples}

    def spread(self, values: list[float], fmt: str = "{:,.0f}") -> str:
        return f"{fmt.format(min(values))}-{fmt.format(max(values))}"


def interleaved(
    runners: dict[str, Callable[[], Sample]], rounds: int, warmup: bool = True
) -> dict[str, Series]:
    """Run every runner once per round, the order rotating each round, after one untimed
    warm-up run each; a runner that raises is reported, not fatal."""
    series = {name: Series(name) for name in runners}
    names = list(runners)
    if warmup:
        for name in names:
            try:
                runners[name]()
            except Exception as exc:
                series[name].note = f"failed: {type(exc).__name__}: {exc}"
    for number in range(rounds):
        order = names[number % len(names) :] + names[: number % len(names)]
        for name in order:
            if series[name].note.startswith("failed"):
                continue
            try:
                series[name].samples.append(runners[name]())
            except Exception as exc:
                series[name].note = f"failed: {type(exc).__name__}: {exc}"
    return series


def in_process(body: Callable[[], int]) -> Callable[[], Sample]:
    """A runner timing ``body`` (which returns its count) with this process's CPU time."""

    def run() -> Sample:
        cpu0, t0 = time.process_time(), time.perf_counter()
        count = body()
        return Sample(time.perf_counter() - t0, time.process_time() - cpu0, count)

    return run


def process_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: ours) without PYTHONDONTWRITEBYTECODE: Python processes keep their
    compiled bytecode as an installed program does (pip compiles at install time), instead of
    compiling every module on every start."""
    found = dict(os.environ if env is None else env)
    found.pop("PYTHONDONTWRITEBYTECODE", None)
    return found


def run_process(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of that process: user + system from wait4, its stdout);
    see :func:`process_env` for the environment."""
    env = process_env(env)
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        out = proc.stdout.read()
        proc.stdout.close()
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        if proc.returncode:
            err.seek(0)
            text = err.read().decode(errors="replace").strip()[:300]
            raise RuntimeError(f"{Path(command[0]).name} exited {proc.returncode}: {text}")
    return wall, usage.ru_utime + usage.ru_stime, out.decode(errors="replace")


def instructions(command: list[str], env: dict[str, str] | None = None) -> int | None:
    """Instructions one run of ``command`` executes, counted by valgrind (callgrind's ``I
    refs``), or None without valgrind. Unlike CPU time they hardly move with the machine's
    load (within ~0.5 %), so start-up changes can be told apart on a shared 2-core box."""
    import re
    import shutil

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    done = subprocess.run(
        [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=process_env(env),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    return int(found.group(1).replace(",", "")) if done.returncode == 0 and found else None


def process_runner(
    command: list[str], count_of: Callable[[str], int], env: dict[str, str] | None = None
) -> Callable[[], Sample]:
    def run() -> Sample:
        wall, cpu, out = run_process(command, env)
        return Sample(wall, cpu, count_of(out))

    return run


def varbind_lines(text: str) -> int:
    """Varbind lines of net-snmp's -On output, without the endOfMibView line."""
    return sum(
        1 for line in text.splitlines() if line.startswith(".") and "No more variables" not in line
    )


class BenchSnmpd(SnmpdAgent):
    """The private snmpd every measurement talks to: its usual port plus ENDPOINTS more."""

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir=workdir, extra_ports=ENDPOINTS)


@contextmanager
def agents(workdir: Path) -> Iterator[tuple[BenchSnmpd, NetSnmpTools]]:
    with BenchSnmpd(workdir / "snmpd") as agent, NetSnmpTools(workdir / "tools") as tools:
        yield agent, tools


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def median_of(values: list[float]) -> float:
    return statistics.median(values)
