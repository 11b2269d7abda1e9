"""The clients the suite measures, side by side against the same snmpd: snmpscope (in process
through ``Manager`` and the Pythonic API, and ``snmpscope-cli`` as a process), net-snmp's
tools (processes), gufo-snmp 0.13 (its sync and asyncio clients) and pysnmp 7.1's hlapi.

Each factory returns ``(runners, close)``: runners are ``name -> () -> Sample`` for
:func:`benchkit.interleaved`. Only the public API is used on our side, so the same suite
measures an older checkout of snmpscope too (``PYTHONPATH`` at its ``packaging/namespace``).
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchkit import (
    LOOPBACK,
    MAX_REPETITIONS,
    SYS_UPTIME_0,
    WALK_ROOT,
    BenchSnmpd,
    Sample,
    in_process,
    process_runner,
    varbind_lines,
)

from snmpscope.core.api import Snmp
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import PduType

CLI = Path(sys.executable).parent / "snmpscope-cli"
ROOT_TEXT = "." + ".".join(map(str, WALK_ROOT))
OID_TEXT = ".".join(map(str, SYS_UPTIME_0))
Runner = Callable[[], Sample]


def _dotted(oid: tuple[int, ...]) -> str:
    return ".".join(map(str, oid))


# ------------------------------------------------------------------------------ snmpscope
class Ours:
    """One application and session for every in-process measurement of ours."""

    def __init__(self, agent: BenchSnmpd) -> None:
        self.agent = agent
        self.snmp = Snmp().start()
        self.session = self.snmp.session("bench")
        self.manager = Manager(self.session)
        self.entity = self.session.entity(f"{LOOPBACK}:{agent.port}", timeout_cs=200, retry=1)
        self.steady = self.session.context(agent.steady_community)
        self.public = self.session.context("public")

    def close(self) -> None:
        self.session.close()
        self.snmp.stop()

    def walk(self, bulk: bool) -> Runner:
        def body() -> int:
            walk = self.manager.walk(
                self.entity, self.steady, WALK_ROOT, bulk=bulk, max_repetitions=MAX_REPETITIONS
            )
            return len(walk.run())

        return in_process(body)

    def gets(self, count: int) -> Runner:
        def body() -> int:
            for _ in range(count):
                self.manager.get(self.entity, self.public, [SYS_UPTIME_0])
            return count

        return in_process(body)

    def pipelined(self, total: int) -> Runner:
        """``total`` GETs sent before any answer is read, round-robin over the extra ports;
        Sample.extra: lost (not answered within 5 s). A session of its own: the manager's
        mailbox takes every notification of the other one."""
        session = self.snmp.session("pipelined")
        agents = [
            session.entity(f"{LOOPBACK}:{port}", timeout_cs=500, retry=0)
            for port in self.agent.extra_ports
        ]

        def run() -> Sample:
            pdus = [session.pdu(PduType.GET, [(SYS_UPTIME_0, None)]) for _ in range(total)]
            cpu0, t0 = time.process_time(), time.perf_counter()
            for number, pdu in enumerate(pdus):
                session.send(agents[number % len(agents)], self.public, pdu)
            answered = lost = 0
            while answered + lost < total:
                note = session.wait_notification(timeout=10)
                if note is None:
                    lost = total - answered
                    break
                if note.event == 0:
                    session.recv().free()
                    answered += 1
                else:
                    lost += 1
            wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            for pdu in pdus:
                pdu.free()
            return Sample(wall, cpu, total, {"lost": lost})

        return run


def ours_cli_command(agent: BenchSnmpd, kind: str) -> list[str]:
    """The ``snmpscope-cli`` command line :func:`ours_cli` runs for ``get``."""
    assert kind == "get"
    target = f"udp:{LOOPBACK}:{agent.port}"
    return [str(CLI), "get", "-v2c", "-c", "public", "-On", target, OID_TEXT]


def ours_cli(agent: BenchSnmpd, kind: str) -> Runner:
    """``snmpscope-cli`` as a process: ``bulkwalk``/``walk`` of the tree, or one ``get``."""
    target = f"udp:{LOOPBACK}:{agent.port}"
    if kind == "get":
        return process_runner(ours_cli_command(agent, kind), lambda _out: 1)
    options = [f"-Cr{MAX_REPETITIONS}"] if kind == "bulkwalk" else []
    command = [str(CLI), kind, "-v2c", "-c", agent.steady_community, *options, "-On"]
    return process_runner([*command, target, ROOT_TEXT], varbind_lines)


# ------------------------------------------------------------------------------ net-snmp
def netsnmp(tools: object, agent: BenchSnmpd, kind: str) -> Runner:
    target = f"udp:{LOOPBACK}:{agent.port}"
    env = tools.env  # type: ignore[attr-defined]
    command = tools.command  # type: ignore[attr-defined]
    if kind == "get":
        return process_runner(
            command("snmpget", "-v2c", "-c", "public", "-On", target, OID_TEXT),
            lambda _out: 1,
            env,
        )
    tool = "snmpbulkwalk" if kind == "bulkwalk" else "snmpwalk"
    options = [f"-Cr{MAX_REPETITIONS}"] if kind == "bulkwalk" else []
    return process_runner(
        command(tool, "-v2c", "-c", agent.steady_community, *options, "-On", target, ROOT_TEXT),
        varbind_lines,
        env,
    )


# ------------------------------------------------------------------------------ gufo-snmp
def gufo_available() -> str:
    """'' when gufo-snmp imports, else why not."""
    try:
        import gufo.snmp  # noqa: F401
    except ImportError as exc:
        return f"gufo-snmp not installed ({exc}): pip install -e '.[bench]'"
    return ""


class Gufo:
    def __init__(self, agent: BenchSnmpd) -> None:
        from gufo.snmp import SnmpVersion
        from gufo.snmp.sync.client import SnmpSession

        self.agent = agent
        self.version = SnmpVersion.v2c
        self.steady = SnmpSession(
            addr=LOOPBACK,
            port=agent.port,
            community=agent.steady_community,
            version=self.version,
            max_repetitions=MAX_REPETITIONS,
            timeout=2.0,
        )
        self.public = SnmpSession(addr=LOOPBACK, port=agent.port, community="public", timeout=2.0)

    def walk(self, bulk: bool) -> Runner:
        root = _dotted(WALK_ROOT)

        def body() -> int:
            rows = self.steady.getbulk(root) if bulk else self.steady.getnext(root)
            return sum(1 for _ in rows)

        return in_process(body)

    def gets(self, count: int) -> Runner:
        def body() -> int:
            for _ in range(count):
                self.public.get(OID_TEXT)
            return count

        return in_process(body)

    def pipelined(self, total: int) -> Runner:
        from gufo.snmp.aio.client import SnmpSession as AioSession

        ports = self.agent.extra_ports

        async def burst() -> int:
            # A gufo session has one request in flight at a time: one session per GET, 10 per
            # endpoint, all at once.
            sessions = [
                AioSession(addr=LOOPBACK, port=ports[n % len(ports)], timeout=5.0)
                for n in range(total)
            ]
            results = await asyncio.gather(
                *(session.get(OID_TEXT) for session in sessions), return_exceptions=True
            )
            return sum(1 for r in results if isinstance(r, BaseException))

        def run() -> Sample:
            loop = asyncio.new_event_loop()
            try:
                cpu0, t0 = time.process_time(), time.perf_counter()
                lost = loop.run_until_complete(burst())
                wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            finally:
                loop.close()
            return Sample(wall, cpu, total, {"lost": lost})

        return run

    def close(self) -> None:
        pass


# ------------------------------------------------------------------------------ pysnmp
class Pysnmp:
    """pysnmp 7.1 hlapi (v3arch asyncio), lookupMib=False, one engine on one loop."""

    def __init__(self, agent: BenchSnmpd) -> None:
        from pysnmp.hlapi.v3arch import asyncio as hlapi

        self.hlapi = hlapi
        self.agent = agent
        self.loop = asyncio.new_event_loop()
        self.engine = hlapi.SnmpEngine()
        self.target = self.loop.run_until_complete(
            hlapi.UdpTransportTarget.create((LOOPBACK, agent.port), timeout=2, retries=1)
        )

    def _run(self, coroutine: object) -> int:
        return self.loop.run_until_complete(coroutine)  # type: ignore[arg-type]

    def walk(self, bulk: bool) -> Runner:
        hlapi = self.hlapi
        steady = hlapi.CommunityData(self.agent.steady_community, mpModel=1)
        root = hlapi.ObjectType(hlapi.ObjectIdentity(_dotted(WALK_ROOT)))

        async def body() -> int:
            count = 0
            if bulk:
                rows = hlapi.bulk_walk_cmd(
                    self.engine,
                    steady,
                    self.target,
                    hlapi.ContextData(),
                    0,
                    MAX_REPETITIONS,
                    root,
                    lexicographicMode=False,
                    lookupMib=False,
                )
            else:
                rows = hlapi.walk_cmd(
                    self.engine,
                    steady,
                    self.target,
                    hlapi.ContextData(),
                    root,
                    lexicographicMode=False,
                    lookupMib=False,
                )
            async for error, status, _index, varbinds in rows:
                if error or status:
                    raise RuntimeError(f"pysnmp walk failed: {error or status}")
                count += len(varbinds)
            return count

        return in_process(lambda: self._run(body()))

    def gets(self, count: int) -> Runner:
        hlapi = self.hlapi
        public = hlapi.CommunityData("public", mpModel=1)
        oid = hlapi.ObjectType(hlapi.ObjectIdentity(OID_TEXT))

        async def body() -> int:
            for _ in range(count):
                error, status, _i, _v = await hlapi.get_cmd(
                    self.engine, public, self.target, hlapi.ContextData(), oid, lookupMib=False
                )
                if error or status:
                    raise RuntimeError(f"pysnmp GET failed: {error or status}")
            return count

        return in_process(lambda: self._run(body()))

    def pipelined(self, total: int) -> Runner:
        hlapi = self.hlapi
        public = hlapi.CommunityData("public", mpModel=1)
        oid = hlapi.ObjectType(hlapi.ObjectIdentity(OID_TEXT))
        targets = [
            self.loop.run_until_complete(
                hlapi.UdpTransportTarget.create((LOOPBACK, port), timeout=5, retries=0)
            )
            for port in self.agent.extra_ports
        ]

        async def burst() -> int:
            results = await asyncio.gather(
                *(
                    hlapi.get_cmd(
                        self.engine,
                        public,
                        targets[n % len(targets)],
                        hlapi.ContextData(),
                        oid,
                        lookupMib=False,
                    )
                    for n in range(total)
                )
            )
            return sum(1 for error, status, _i, _v in results if error or status)

        def run() -> Sample:
            cpu0, t0 = time.process_time(), time.perf_counter()
            lost = self._run(burst())
            wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            return Sample(wall, cpu, total, {"lost": lost})

        return run

    def close(self) -> None:
        self.engine.close_dispatcher()
        self.loop.run_until_complete(asyncio.sleep(0.01))
        self.loop.close()


# ------------------------------------------------------------------------------ the agent itself
def agent_floor(agent: BenchSnmpd, total: int, rounds: int) -> tuple[float, float]:
    """(median seconds for ``total`` pre-encoded GETs blasted over the extra ports and all
    answers read, by a bare socket; median single round trip of one such GET): what the agent
    itself needs, the floor under any client's pipelining figure."""
    from agents.snmpd import encode_v2c_get

    ports = agent.extra_ports
    wires = [encode_v2c_get(b"public", n + 1, SYS_UPTIME_0) for n in range(total)]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
        sock.bind((LOOPBACK, 0))
        sock.settimeout(2)
        singles = []
        for n in range(200):
            t0 = time.perf_counter()
            sock.sendto(wires[n], (LOOPBACK, ports[n % len(ports)]))
            sock.recv(65535)
            singles.append(time.perf_counter() - t0)
        bursts = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            for n, wire in enumerate(wires):
                sock.sendto(wire, (LOOPBACK, ports[n % len(ports)]))
            got = 0
            try:
                while got < total:
                    sock.recv(65535)
                    got += 1
            except TimeoutError:
                pass
            bursts.append(time.perf_counter() - t0)
    return statistics.median(bursts), statistics.median(singles)
