"""Transport benchmark (not part of the test run; prints, never asserts).

    .venv/bin/python tests/bench/bench_transport.py [--quick]

Against one private snmpd on 127.0.0.1 (tests/agents/snmpd.py), side by side:
  * sequential GET round trips per second (sysUpTime.0, SNMPv2c): ours through the Pythonic
    API (send, wait for the notification, receive, free), net-snmp's ``snmpget`` in a loop
    (one process per request, as a script would run it), pysnmp's hlapi ``get_cmd``
    (lookupMib=False, one engine);
  * a GETBULK walk of 1.3.6.1.2.1 with max-repetitions 25 in varbinds per second: ours (a
    GETBULK loop on the same API), ``snmpbulkwalk -Cr25``, pysnmp's ``bulk_walk_cmd``
    (lookupMib=False).
Medians of 3 runs; ratios are printed as ours / theirs (above 1 = we are faster).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agents.netsnmp import NetSnmpTools
from agents.snmpd import SnmpdAgent

from snmpscope.core.api import Session, Snmp
from snmpscope.core.constants import PduType, Syntax
from snmpscope.core.smi.oid import is_prefix

QUICK = "--quick" in sys.argv
RUNS = 3
GETS = 300 if QUICK else 2000
TOOL_GETS = 50 if QUICK else 200
SYS_UPTIME_0 = (1, 3, 6, 1, 2, 1, 1, 3, 0)
MIB_2 = (1, 3, 6, 1, 2, 1)
MAX_REPETITIONS = 25


def median(label: str, unit: str, measure: Callable[[], tuple[int, float]]) -> float:
    """Run ``measure`` (-> count, seconds) RUNS times; print and return the median rate."""
    rates = []
    counts = []
    for _ in range(RUNS):
        count, seconds = measure()
        rates.append(count / seconds)
        counts.append(count)
    value = statistics.median(rates)
    print(f"  {label:<52} {value:>10,.0f} {unit}   (n={counts[0]})")
    return value


# ------------------------------------------------------------------------------------ ours
def ours_get(session: Session, address: str) -> tuple[int, float]:
    agent = session.entity(address, timeout_cs=100, retry=2)
    context = session.context("public")
    start = time.perf_counter()
    for _ in range(GETS):
        pdu = session.pdu(PduType.GET, [(SYS_UPTIME_0, None)])
        request_id = session.send(agent, context, pdu)
        note = session.wait_notification(lambda n, r=request_id: n.request_id == r)
        if note is None or note.event != 0:
            raise RuntimeError(f"GET failed: {note}")
        session.recv().free()
        pdu.free()
    elapsed = time.perf_counter() - start
    agent.free()
    context.free()
    return GETS, elapsed


def ours_walk(session: Session, address: str) -> tuple[int, float]:
    agent = session.entity(address, timeout_cs=200, retry=2)
    context = session.context("public")
    count = 0
    cursor = MIB_2
    start = time.perf_counter()
    while True:
        pdu = session.pdu(
            PduType.GETBULK, [(cursor, None)], non_repeaters=0, max_repetitions=MAX_REPETITIONS
        )
        request_id = session.send(agent, context, pdu)
        note = session.wait_notification(lambda n, r=request_id: n.request_id == r)
        if note is None or note.event != 0:
            raise RuntimeError(f"GETBULK failed: {note}")
        message = session.recv()
        varbinds = message.pdu.varbinds
        message.free()
        pdu.free()
        done = not varbinds
        for name, value in varbinds:
            if value.syntax == Syntax.ENDOFMIBVIEW or not is_prefix(MIB_2, name):
                done = True
                break
            count += 1
            cursor = name
        if done:
            break
    elapsed = time.perf_counter() - start
    agent.free()
    context.free()
    return count, elapsed


# ------------------------------------------------------------------------------------ net-snmp
def netsnmp_get(tools: NetSnmpTools, port: int) -> tuple[int, float]:
    command = tools.command(
        "snmpget", "-v2c", "-c", "public", "-On", f"udp:127.0.0.1:{port}", ".1.3.6.1.2.1.1.3.0"
    )
    start = time.perf_counter()
    for _ in range(TOOL_GETS):
        subprocess.run(command, env=tools.env, capture_output=True, check=True)
    return TOOL_GETS, time.perf_counter() - start


def netsnmp_walk(tools: NetSnmpTools, port: int) -> tuple[int, float]:
    command = tools.command(
        "snmpbulkwalk",
        "-v2c",
        "-c",
        "public",
        "-On",
        f"-Cr{MAX_REPETITIONS}",
        f"udp:127.0.0.1:{port}",
        ".1.3.6.1.2.1",
    )
    start = time.perf_counter()
    result = subprocess.run(command, env=tools.env, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    rows = sum(1 for line in result.stdout.splitlines() if line.startswith(".1.3.6.1.2.1."))
    return rows, elapsed


# ------------------------------------------------------------------------------------ pysnmp
def pysnmp_get(port: int) -> tuple[int, float]:
    from pysnmp.hlapi.v3arch import asyncio as hlapi

    async def run() -> tuple[int, float]:
        engine = hlapi.SnmpEngine()
        target = await hlapi.UdpTransportTarget.create(("127.0.0.1", port), timeout=1, retries=2)
        community = hlapi.CommunityData("public", mpModel=1)
        oid = hlapi.ObjectType(hlapi.ObjectIdentity("1.3.6.1.2.1.1.3.0"))
        await hlapi.get_cmd(engine, community, target, hlapi.ContextData(), oid, lookupMib=False)
        start = time.perf_counter()
        for _ in range(GETS):
            error, status, _, _ = await hlapi.get_cmd(
                engine, community, target, hlapi.ContextData(), oid, lookupMib=False
            )
            if error or status:
                raise RuntimeError(f"pysnmp GET failed: {error or status}")
        elapsed = time.perf_counter() - start
        engine.close_dispatcher()
        return GETS, elapsed

    return asyncio.run(run())


def pysnmp_walk(port: int) -> tuple[int, float]:
    from pysnmp.hlapi.v3arch import asyncio as hlapi

    async def run() -> tuple[int, float]:
        engine = hlapi.SnmpEngine()
        target = await hlapi.UdpTransportTarget.create(("127.0.0.1", port), timeout=2, retries=2)
        count = 0
        start = time.perf_counter()
        async for error, status, _, varbinds in hlapi.bulk_walk_cmd(
            engine,
            hlapi.CommunityData("public", mpModel=1),
            target,
            hlapi.ContextData(),
            0,
            MAX_REPETITIONS,
            hlapi.ObjectType(hlapi.ObjectIdentity("1.3.6.1.2.1")),
            lexicographicMode=False,
            lookupMib=False,
        ):
            if error or status:
                raise RuntimeError(f"pysnmp walk failed: {error or status}")
            count += len(varbinds)
        elapsed = time.perf_counter() - start
        engine.close_dispatcher()
        return count, elapsed

    return asyncio.run(run())


# ------------------------------------------------------------------------------------ main
def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.2f}x" if theirs else "n/a"


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="bench-transport-"))
    agent = SnmpdAgent(workdir=workdir / "snmpd").start()
    tools = NetSnmpTools(workdir / "tools")
    address = f"127.0.0.1:{agent.port}"
    print(f"snmpd on {address}; {os.cpu_count()} CPUs; python {sys.version.split()[0]}")
    try:
        with Snmp() as snmp, snmp.session() as session:
            print("sequential GET round trips (v2c, sysUpTime.0)")
            g_ours = median("snmpscope (Pythonic API)", "GET/s", lambda: ours_get(session, address))
            g_tool = median(
                "net-snmp snmpget, one process per GET",
                "GET/s",
                lambda: netsnmp_get(tools, agent.port),
            )
            g_py = median(
                "pysnmp hlapi get_cmd (lookupMib=False)", "GET/s", lambda: pysnmp_get(agent.port)
            )
            print("GETBULK walk of 1.3.6.1.2.1, max-repetitions 25")
            w_ours = median("snmpscope (Pythonic API)", "vb/s", lambda: ours_walk(session, address))
            w_tool = median(
                "net-snmp snmpbulkwalk -Cr25 (incl. process start)",
                "vb/s",
                lambda: netsnmp_walk(tools, agent.port),
            )
            w_py = median(
                "pysnmp hlapi bulk_walk_cmd (lookupMib=False)",
                "vb/s",
                lambda: pysnmp_walk(agent.port),
            )
        print("ratios (ours / theirs)")
        print(f"  GET:  vs snmpget {ratio(g_ours, g_tool)}, vs pysnmp {ratio(g_ours, g_py)}")
        print(f"  walk: vs snmpbulkwalk {ratio(w_ours, w_tool)}, vs pysnmp {ratio(w_ours, w_py)}")
    finally:
        tools.close()
        agent.stop()


if __name__ == "__main__":
    main()
