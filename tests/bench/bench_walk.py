"""Walk benchmark (not part of the test run; prints, never asserts).

    .venv/bin/python tests/bench/bench_walk.py [--runs N]

A GETBULK walk of 1.3.6.1.2.1 (max-repetitions 25, SNMPv2c, IPv4 loopback) against one
private snmpd, by four clients run side by side, each ``--runs`` times (default 3), medians:

  * net-snmp ``snmpbulkwalk -v2c -Cr25 -On -m ""`` (C; a process per run, start-up included);
  * pysnmp 7 hlapi ``bulk_walk_cmd(..., lookupMib=False)`` in this process (one engine);
  * ours, ``Manager.walk`` in this process (one application and session for all runs);
  * ours, ``snmpscope-cli bulkwalk -Cr25 -On`` as a process (start-up included).

Every client must return the same number of varbinds (the walk is checked, not just timed).
Ratios are ours / theirs in speed (above 1: we are faster).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the tests/agents package

from agents.netsnmp import NetSnmpTools  # noqa: E402
from agents.snmpd import SnmpdAgent  # noqa: E402

from snmpscope.core.api import Snmp  # noqa: E402
from snmpscope.core.client.manager import Manager  # noqa: E402

ROOT = (1, 3, 6, 1, 2, 1)
MAX_REPETITIONS = 25
CLI = Path(sys.executable).parent / "snmpscope-cli"


def runs_from_argv() -> int:
    if "--runs" in sys.argv:
        return max(1, int(sys.argv[sys.argv.index("--runs") + 1]))
    return 3


def measure(label: str, runs: int, walk: Callable[[], int]) -> tuple[float, int]:
    """Median seconds of ``runs`` walks; ``walk`` returns the number of varbinds."""
    times: list[float] = []
    counts: set[int] = set()
    for _ in range(runs):
        start = time.perf_counter()
        counts.add(walk())
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    count = max(counts)
    spread = ", ".join(f"{t:.3f}" for t in times)
    print(
        f"  {label:<44} {median:8.3f} s  {count / median:>9,.0f} varbinds/s  "
        f"({count} varbinds; runs {spread})"
    )
    if len(counts) > 1:
        print(f"    note: the runs returned different counts {sorted(counts)}")
    return median, count


def net_snmp(tools: NetSnmpTools, port: int) -> Callable[[], int]:
    command = tools.command(
        "snmpbulkwalk",
        "-v2c",
        "-c",
        "public",
        f"-Cr{MAX_REPETITIONS}",
        "-On",
        f"udp:127.0.0.1:{port}",
        ".1.3.6.1.2.1",
    )

    def walk() -> int:
        done = subprocess.run(command, env=tools.env, capture_output=True, text=True, check=True)
        return _rows(done.stdout)

    return walk


def pysnmp_hlapi(port: int) -> tuple[Callable[[], int], Callable[[], None]]:
    from pysnmp.hlapi.v3arch.asyncio import (
        CommunityData,
        ContextData,
        ObjectIdentity,
        ObjectType,
        SnmpEngine,
        UdpTransportTarget,
        bulk_walk_cmd,
    )

    loop = asyncio.new_event_loop()
    engine = SnmpEngine()
    target = loop.run_until_complete(
        UdpTransportTarget.create(("127.0.0.1", port), timeout=2, retries=1)
    )

    async def run() -> int:
        count = 0
        async for error, status, _index, varbinds in bulk_walk_cmd(
            engine,
            CommunityData("public", mpModel=1),
            target,
            ContextData(),
            0,
            MAX_REPETITIONS,
            ObjectType(ObjectIdentity(".".join(map(str, ROOT)))),
            lexicographicMode=False,
            lookupMib=False,
        ):
            if error or status:  # bulk_walk_cmd does not stop on errors by itself
                raise RuntimeError(f"pysnmp walk failed: {error or status.prettyPrint()}")
            count += len(varbinds)
        return count

    def close() -> None:
        engine.close_dispatcher()
        loop.run_until_complete(asyncio.sleep(0.01))  # let the cancelled timer task finish
        loop.close()

    return (lambda: loop.run_until_complete(run())), close


def ours_manager(port: int) -> tuple[Callable[[], int], Callable[[], None]]:
    snmp = Snmp().start()
    session = snmp.session("bench")
    manager = Manager(session)
    entity = session.entity(f"127.0.0.1:{port}", timeout_cs=200, retry=1)
    context = session.context("public")

    def walk() -> int:
        return len(manager.walk(entity, context, ROOT, max_repetitions=MAX_REPETITIONS).run())

    def close() -> None:
        session.close()
        snmp.stop()

    return walk, close


def ours_cli(port: int) -> Callable[[], int]:
    command = [
        str(CLI),
        "bulkwalk",
        f"-Cr{MAX_REPETITIONS}",
        "-On",
        f"udp:127.0.0.1:{port}",
        ".1.3.6.1.2.1",
    ]

    def walk() -> int:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        return _rows(done.stdout)

    return walk


def _rows(text: str) -> int:
    """Varbind lines of -On output (a line starting with a dot), without endOfMibView."""
    return sum(
        1
        for line in text.splitlines()
        if line.startswith(".") and not line.endswith("(It is past the end of the MIB tree)")
    )


def main() -> None:
    runs = runs_from_argv()
    with SnmpdAgent() as agent, NetSnmpTools() as tools:
        print(
            f"GETBULK walk of 1.3.6.1.2.1, max-repetitions {MAX_REPETITIONS}, v2c over "
            f"127.0.0.1 against snmpd (port {agent.port}); median of {runs} runs"
        )
        results: dict[str, tuple[float, int]] = {}
        results["net-snmp"] = measure(
            "net-snmp snmpbulkwalk -On (process)", runs, net_snmp(tools, agent.port)
        )
        walk, close = pysnmp_hlapi(agent.port)
        try:
            walk()  # warm-up: pysnmp's first call loads its MIB modules (~0.7 s)
            results["pysnmp"] = measure("pysnmp hlapi bulk_walk_cmd(lookupMib=False)", runs, walk)
        finally:
            close()
        walk, close = ours_manager(agent.port)
        try:
            walk()  # warm-up: the transport thread and codec start on first use
            results["manager"] = measure("snmpscope Manager.walk (in process)", runs, walk)
        finally:
            close()
        results["cli"] = measure("snmpscope-cli bulkwalk -On (process)", runs, ours_cli(agent.port))

    counts = {name: count for name, (_, count) in results.items()}
    if len(set(counts.values())) > 1:
        print(f"  WARNING: clients returned different counts: {counts}")
    print("ratios (ours / theirs, in speed; above 1 = ours is faster):")
    for ours_name, ours_label in (("manager", "Manager.walk"), ("cli", "snmpscope-cli")):
        for theirs_name in ("net-snmp", "pysnmp"):
            ratio = results[theirs_name][0] / results[ours_name][0]
            print(f"  {ours_label:<14} vs {theirs_name:<9} {ratio:6.2f}x")


if __name__ == "__main__":
    main()
