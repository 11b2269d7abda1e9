"""Trap flood at the receiver (not part of the test run; prints, never asserts).

    .venv/bin/python tests/bench/bench_trap_flood.py [--rate 10000] [--seconds 10]
        [--inform-every 50] [--queue-mib 64] [--tracemalloc]

A sender in another process (``tests/reliability/floodkit.py``) offers v2c traps at
``--rate`` per second for ``--seconds``, every ``--inform-every``-th one an inform, to a
receiver with two sessions: one that never drains its queue (bounded by ``--queue-mib``) and
one that consumes as ``snmpscope-cli listen`` does. Printed: offered and achieved rates, what
the kernel dropped, what the receiver read (per second), the backlog and queue refusals, the
memory before and after (RSS; with ``--tracemalloc`` also the traced peak, which slows the
receiver), and whether every acknowledged inform reached a session.
"""

from __future__ import annotations

import argparse
import gc
import sys
import threading
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reliability"))

from floodkit import accounted, flood, rss_bytes, udp_drops

from snmpscope.core.api import Snmp, new_application
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import PduType
from snmpscope.core.model.limits import MIB
from snmpscope.core.model.snapshots import SessionInfo
from snmpscope.core.transport import transport_of


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--inform-every", type=int, default=50)
    parser.add_argument("--queue-mib", type=int, default=64)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    app = new_application()
    app.trap_endpoint = ("127.0.0.1", 0)
    with Snmp(app) as snmp:
        snmp.set_limits(queue_bytes_per_session=args.queue_mib * MIB)
        hoard = snmp.session("hoard")
        hoard.register()
        consumer_session = snmp.session("consumer")
        listener = Manager(consumer_session).listen()
        stop = threading.Event()
        informs: set[int] = set()
        received = [0]

        def consume() -> None:
            for note in listener.notifications(cancel=stop):
                received[0] += 1
                if note.pdu_type == PduType.INFORM:
                    informs.add(note.request_id)

        consumer = threading.Thread(target=consume, daemon=True)
        consumer.start()
        udp = transport_of(app)
        assert udp is not None
        port = app.trap_endpoint[1]
        gc.collect()
        if args.tracemalloc:
            tracemalloc.start()
        rss_before, drops_before = rss_bytes(), udp_drops(port)
        t0 = time.perf_counter()
        report = flood("127.0.0.1", port, args.rate, args.seconds, args.inform_every)
        udp.flush(60)
        receiving = time.perf_counter() - t0
        gc.collect()
        rss_after = rss_bytes()
        traced_peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else 0
        kernel_drops = udp_drops(port) - drops_before
        stop.set()
        consumer.join(30)
        for note in listener.drain():
            received[0] += 1
            if note.pdu_type == PduType.INFORM:
                informs.add(note.request_id)
        info = app.describe(hoard.handle)
        assert isinstance(info, SessionInfo)
        hoarded = set()
        while hoard.queued:
            message = hoard.recv()
            if message.pdu.type == PduType.INFORM:
                hoarded.add(message.pdu.request_id)
            message.free()
        stats = udp.stats
    lost = report.acknowledged - informs - hoarded
    print(
        f"offered {args.rate:,}/s for {args.seconds:g} s: sent {report.sent:,} in "
        f"{report.seconds:.1f} s ({report.rate:,.0f}/s)"
    )
    print(
        f"  kernel dropped {kernel_drops:,}; receiver read {stats.received:,} "
        f"({stats.received / receiving:,.0f}/s over {receiving:.1f} s); every read one "
        f"accounted for: {accounted(stats) == stats.received}"
    )
    print(
        f"  backlog refused {stats.backlog_dropped:,}; hoard queued {info.queued:,} "
        f"({info.queued_bytes / MIB:.1f} MiB of {args.queue_mib} MiB), refused {info.dropped:,}"
    )
    print(
        f"  consumer received {received[0]:,}; informs sent {report.informs}, acknowledged "
        f"{len(report.acknowledged)}, acknowledged but lost {len(lost)}"
    )
    print(
        f"  RSS {rss_before / MIB:.0f} -> {rss_after / MIB:.0f} MiB"
        + (f"; tracemalloc peak {traced_peak / MIB:.1f} MiB" if args.tracemalloc else "")
    )
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
