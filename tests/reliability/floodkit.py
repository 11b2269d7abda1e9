"""Helpers for the delivery reliability suites (fuzzing, trap flood, faults, close):
what the kernel dropped before our receiver read it, the process's memory, a sender of
floods in its own process, and the transport's outcome counters added up.

``python floodkit.py HOST PORT RATE SECONDS [INFORM_EVERY]`` is the flood sender: v2c traps at
RATE per second (paced in 1 ms steps) for SECONDS, every INFORM_EVERY-th one an inform whose
acknowledgement it collects; prints one JSON line (sent, traps, informs, acknowledged ids,
seconds). It runs as a separate process so that sending does not compete for our GIL.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from snmpscope.core.transport.stats import TransportStats

SENDER = Path(__file__).resolve()

# Every way the transport can dispose of a datagram it read (stats.py); received = their sum.
OUTCOMES = (
    "traps",
    "v3_dropped",
    "reports",
    "backlog_dropped",
    "duplicate_informs",
    "undecodable",
    "oversized",
    "unexpected_pdu",
    "responses",
    "duplicates",
    "late",
    "unknown_request_id",
    "wrong_peer",
    "wrong_version",
    "agent_requests",
    "internal_errors",
)


def accounted(stats: TransportStats) -> int:
    """How many received datagrams the outcome counters account for."""
    return sum(getattr(stats, name) for name in OUTCOMES)


def udp_drops(port: int, host: str = "127.0.0.1") -> int:
    """Datagrams the kernel dropped for the UDP socket bound to ``host:port`` (its receive
    buffer was full): the ``drops`` column of /proc/net/udp, 0 when not found."""
    packed = socket.inet_aton(host)
    wanted = f"{int.from_bytes(packed, 'little'):08X}:{port:04X}"
    with open("/proc/net/udp") as table:
        for line in table.readlines()[1:]:
            fields = line.split()
            if fields[1] == wanted:
                return int(fields[-1])
    return 0


def rss_bytes() -> int:
    """This process's resident memory."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class FloodReport:
    sent: int
    traps: int
    informs: int
    acknowledged: frozenset[int]
    seconds: float

    @property
    def rate(self) -> float:
        return self.sent / self.seconds if self.seconds else 0.0


def flood(host: str, port: int, rate: int, seconds: float, inform_every: int = 0) -> FloodReport:
    """Run the flood sender (this file as a script) to completion."""
    done = subprocess.run(
        [sys.executable, str(SENDER), host, str(port), str(rate), str(seconds), str(inform_every)],
        capture_output=True,
        text=True,
        timeout=seconds + 120,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return FloodReport(
        report["sent"],
        report["traps"],
        report["informs"],
        frozenset(report["acknowledged"]),
        report["seconds"],
    )


# ---------------------------------------------------------------------------- the sender
def _encode(pdu_type: int, request_id: int) -> bytes:
    from snmpscope.core.constants import SNMP_TRAP_OID_0, SYS_UPTIME_0, SnmpVersion, Syntax
    from snmpscope.core.model.states import PduData
    from snmpscope.core.smi.values import make_value
    from snmpscope.core.transport.codec import PysnmpCodec, WireMessage

    varbinds = [
        (SYS_UPTIME_0, make_value(Syntax.TIMETICKS, request_id)),
        (SNMP_TRAP_OID_0, make_value(Syntax.OID, (1, 3, 6, 1, 6, 3, 1, 1, 5, 4))),
        ((1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 3), make_value(Syntax.INT, request_id % 1000)),
    ]
    return PysnmpCodec().encode(
        WireMessage(SnmpVersion.V2C, b"public", PduData(pdu_type, request_id, 0, 0, varbinds))
    )


def _request_id_of(data: bytes) -> int | None:
    """The request id of a v2c RESPONSE, read without a decoder (it is ours)."""
    from snmpscope.core.transport.codec import CodecError, PysnmpCodec

    try:
        return PysnmpCodec().decode(data).pdu.request_id
    except CodecError:
        return None


def _send(host: str, port: int, rate: int, seconds: float, inform_every: int) -> dict[str, object]:
    from snmpscope.core.constants import PduType

    trap = _encode(PduType.TRAP, 1)
    total = int(rate * seconds)
    every = inform_every or total + 1
    informs = {n: _encode(PduType.INFORM, n) for n in range(every, total + 1, every)}
    acknowledged: set[int] = set()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.2)
    stop = threading.Event()

    def read_acks() -> None:
        while not stop.is_set():
            try:
                data = sock.recv(65535)
            except TimeoutError:
                continue
            except OSError:
                return
            request_id = _request_id_of(data)
            if request_id is not None:
                acknowledged.add(request_id)

    reader = threading.Thread(target=read_acks, daemon=True)
    reader.start()
    where = (host, port)
    step = 0.001
    per_step = max(1, round(rate * step))
    started = time.perf_counter()
    sent = 0
    while sent < total:
        for _ in range(min(per_step, total - sent)):
            sent += 1
            sock.sendto(informs.get(sent, trap), where)
        lag = started + sent / rate - time.perf_counter()
        if lag > 0:
            time.sleep(lag)  # pacing the load generator, not synchronising a test
    elapsed = time.perf_counter() - started
    # Acknowledgements still on their way: wait while they keep coming, at most 5 s.
    deadline = time.monotonic() + 5
    while len(acknowledged) < len(informs) and time.monotonic() < deadline:
        before = len(acknowledged)
        time.sleep(0.3)
        if len(acknowledged) == before:
            break
    stop.set()
    reader.join(2)
    sock.close()
    return {
        "sent": sent,
        "traps": sent - len(informs),
        "informs": len(informs),
        "acknowledged": sorted(acknowledged),
        "seconds": elapsed,
    }


if __name__ == "__main__":
    host, port, rate, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    every = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    print(json.dumps(_send(host, port, rate, seconds, every)))
