"""GUI responsiveness benchmark (not part of the test run; prints, never asserts).

    .venv/bin/python tests/bench/bench_gui_latency.py [--agent snmpd|demo|big] [--runs N]
        [--rows N]

The real main window (offscreen) walks 1.3.6.1 (GETBULK, max-repetitions 25) against a
private snmpd (default), the embedded demo agent, or ``big``: snmpsim serving a recording
generated here, a 4-column table of ``--rows`` varbinds (100,000 by default) under
1.3.6.1.4.1.99999 besides a system group; through the service workers, with results
streaming into the walk table and the session tree. Meanwhile a 5 ms ``QTimer`` in the GUI
thread records the gap between its ticks; a stall is a gap beyond 5 ms. Printed: idle and
during-walk max and p99 stall, tick count, walk size and speed, and side by side net-snmp's
``snmpbulkwalk`` of the same tree (C, a process per run) for scale. The last line,
``SUMMARY max_stall_ms=... p99_ms=... varbinds=... seconds=...``, is for ``run_all.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the tests/agents package
sys.path.insert(0, str(HERE.parents[1] / "packaging" / "tools"))  # the screenshot helpers

from agents.netsnmp import NetSnmpTools  # noqa: E402
from agents.snmpd import SnmpdAgent  # noqa: E402
from agents.snmpsim import SnmpsimAgent  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import wait_for  # noqa: E402 (packaging/tools)

from snmpscope.core.model.agent_db import MemorySecretStore  # noqa: E402
from snmpscope.core.service.operations import WalkResult  # noqa: E402
from snmpscope.gui.context import AppContext, create_context  # noqa: E402

TICK_MS = 5
ROOT = "1.3.6.1"


class Probe:
    """Records the gaps between ticks of a 5 ms timer in the GUI thread."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return list(self.gaps)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now


def run_loop(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(signal, accept=None, timeout_ms: int = 120_000) -> tuple:
    return wait_for(signal, timeout_ms, accept)


def stalls(gaps: list[float]) -> tuple[float, float, float]:
    """(max stall, p99 stall, median gap) in ms; a stall is the gap beyond the interval."""
    over = sorted(max(0.0, g - TICK_MS) for g in gaps)
    p99 = over[min(len(over) - 1, int(len(over) * 0.99))] if over else 0.0
    return (over[-1] if over else 0.0), p99, statistics.median(gaps) if gaps else 0.0


def open_target(context: AppContext, address: str) -> tuple[int, int, int]:
    ops = context.window.operations
    ops.open_session("bench")
    (session,) = wait(ops.sessionOpened)
    ops.create_entity(session, address)
    (entity,) = wait(ops.handleCreated)
    ops.create_context(session, "public")
    (ctx,) = wait(ops.handleCreated)
    return session, entity, ctx


def gui_walks(address: str, runs: int) -> list[tuple[float, int, list[float]]]:
    """Walk ``runs`` times through the window; (seconds, varbinds, tick gaps) per run."""
    with tempfile.TemporaryDirectory() as folder:
        context = create_context(Path(folder), MemorySecretStore(), install_hooks=False)
        try:  # what snmpscope's main() does with the collector (an older checkout lacks it)
            from snmpscope.gui.app import settle_heap
        except ImportError:
            pass
        else:
            settle_heap(context)
        window = context.window
        window.resize(1360, 820)
        window.show()
        window.start(with_demo=False)
        wait(context.controller.mibsReady)
        session, entity, ctx = open_target(context, address)
        window.tabs.setCurrentWidget(window.walk_view)
        window.tree.expandAll()
        probe = Probe()
        results = []
        try:
            for _ in range(runs):
                walk = window.walk_view
                walk.set_destinations(session, [(entity, "bench")], [(ctx, "public")])
                walk.root.setText(ROOT)
                walk.max_repetitions.setValue(25)
                probe.start()
                started = time.perf_counter()
                walk.start()
                (_token, result) = wait(
                    context.controller.succeeded,
                    lambda _t, r: isinstance(r, WalkResult),
                    timeout_ms=900_000,  # a 100,000-varbind walk of a slow agent
                )
                elapsed = time.perf_counter() - started
                run_loop(50)  # the last batch reaches the models
                gaps = probe.stop()
                results.append((elapsed, result.count, gaps))
                context.controller.free(result.vbl)
                run_loop(50)
        finally:
            context.close()
        return results


def idle_gaps(ms: int) -> list[float]:
    probe = Probe()
    probe.start()
    run_loop(ms)
    return probe.stop()


def netsnmp_walk(tools: NetSnmpTools, host: str, port: int, runs: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            tools.command(
                "snmpbulkwalk",
                "-v2c",
                "-c",
                "public",
                "-Cr25",
                "-On",
                f"udp:{host}:{port}",
                "." + ROOT,
            ),
            capture_output=True,
            text=True,
            check=True,
            env=tools.env,
        )
        times.append(time.perf_counter() - started)
        count = sum(
            1
            for line in done.stdout.splitlines()
            if line.startswith(".") and "No more variables" not in line
        )
    return statistics.median(times), count


BIG_TABLE = "1.3.6.1.4.1.99999.1.1"


def big_recording(folder: Path, varbinds: int) -> Path:
    """A snmpsim recording (``public.snmprec``) of a system group and a 4-column table of
    ``varbinds`` values: INTEGER index, a DisplayString, a Counter32, TimeTicks."""
    rows = max(1, varbinds // 4)
    lines = [
        "1.3.6.1.2.1.1.1.0|4|snmpscope bench: a big table",
        "1.3.6.1.2.1.1.3.0|67|12345",
        "1.3.6.1.2.1.1.5.0|4|big-agent",
    ]
    kinds = {1: "2|{i}", 2: "4|GigabitEthernet0/{i} uplink to rack {i}", 3: "65|{c}", 4: "67|{t}"}
    for column, pattern in kinds.items():
        for i in range(1, rows + 1):
            value = pattern.format(i=i, c=i * 7919 % 2**32, t=i * 100)
            lines.append(f"{BIG_TABLE}.{column}.{i}|{value}")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "public.snmprec").write_text("\n".join(lines) + "\n")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agent", choices=("snmpd", "demo", "big"), default="snmpd")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000, help="varbinds of --agent big")
    args = parser.parse_args()
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    idle = stalls(idle_gaps(1000))
    print(f"GUI event-loop latency probe: {TICK_MS} ms QTimer, walk of {ROOT} (GETBULK x25)")
    print(f"  idle, 1 s:                      max stall {idle[0]:6.1f} ms   p99 {idle[1]:5.1f} ms")
    if args.agent == "snmpd":
        with SnmpdAgent() as agent, NetSnmpTools(Path(tempfile.mkdtemp())) as tools:
            runs = gui_walks(f"127.0.0.1:{agent.port}", args.runs)
            theirs = netsnmp_walk(tools, "127.0.0.1", agent.port, args.runs)
    elif args.agent == "big":
        folder = Path(tempfile.mkdtemp(prefix="bench-big-"))
        recording = big_recording(folder / "data", args.rows)
        agent = SnmpsimAgent(data_dir=recording, workdir=folder / "snmpsim")
        agent.start(timeout=300, attempts=1)  # snmpsim indexes the recording first
        try:
            with NetSnmpTools(folder / "tools") as tools:
                runs = gui_walks(f"127.0.0.1:{agent.port}", args.runs)
                theirs = netsnmp_walk(tools, "127.0.0.1", agent.port, 1)
        finally:
            agent.close()
    else:
        from snmpscope.core.agent.agent import DemoAgent
        from snmpscope.core.api import new_application

        demo = DemoAgent(new_application())
        host, port = demo.start()
        try:
            runs = gui_walks(f"{host}:{port}", args.runs)
        finally:
            demo.stop()
        theirs = None
    report(runs, theirs)
    del qapp
    return 0


def report(runs: list[tuple[float, int, list[float]]], theirs: tuple[float, int] | None) -> None:
    for number, (elapsed, count, gaps) in enumerate(runs, start=1):
        worst, p99, median = stalls(gaps)
        print(
            f"  walk {number}: {count:>6,} varbinds in {elapsed:5.2f} s "
            f"({count / elapsed:>7,.0f} vb/s); ticks {len(gaps):>4}, median gap {median:4.1f} ms,"
            f" max stall {worst:6.1f} ms, p99 stall {p99:5.1f} ms"
        )
    all_gaps = [g for _e, _c, gaps in runs for g in gaps]
    worst, p99, _median = stalls(all_gaps)
    seconds = statistics.median(e for e, _c, _g in runs)
    count = runs[0][1]
    print(f"  during walks, all runs:         max stall {worst:6.1f} ms   p99 {p99:5.1f} ms")
    summary = f"SUMMARY max_stall_ms={worst:.1f} p99_ms={p99:.1f} varbinds={count} "
    summary += f"seconds={seconds:.2f}"
    if theirs is not None:
        their_seconds, their_count = theirs
        print(
            f"  net-snmp snmpbulkwalk (process): {their_count:>6,} varbinds in "
            f"{their_seconds:5.2f} s ({their_count / their_seconds:>7,.0f} vb/s)"
        )
        print(f"  ratio ours (GUI, streaming) / net-snmp in speed: {their_seconds / seconds:.2f}")
    print(summary)


if __name__ == "__main__":
    raise SystemExit(main())
