"""A trap flood at the receiver (CI-sized: 10,000/s offered for 2 s from another process, one
in 50 an inform): memory stays bounded by the limits, every datagram is accounted for (read
and disposed of, or dropped by the kernel, or refused by a queue limit, each counted), and
every inform the receiver acknowledged reached a session. The 10 s run with its figures is
``tests/bench/bench_trap_flood.py``."""

from __future__ import annotations

import gc
import threading

from floodkit import accounted, flood, rss_bytes, udp_drops

from snmpscope.core.api import Snmp, new_application
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import PduType
from snmpscope.core.model.limits import MIB
from snmpscope.core.model.snapshots import SessionInfo
from snmpscope.core.transport import transport_of

RATE = 10_000
SECONDS = 2.0
INFORM_EVERY = 50
QUEUE_BYTES = 4 * MIB


class Consumer:
    """A draining trap consumer on its own session and thread (what ``listen`` does)."""

    def __init__(self, snmp: Snmp) -> None:
        self.session = snmp.session("consumer")
        self.manager = Manager(self.session)
        self.listener = self.manager.listen()
        self.stop = threading.Event()
        self.received = 0
        self.informs: set[int] = set()
        self._thread = threading.Thread(target=self._run, name="flood-consumer", daemon=True)
        self._thread.start()

    def _note(self, pdu_type: int, request_id: int) -> None:
        self.received += 1
        if pdu_type == PduType.INFORM:
            self.informs.add(request_id)

    def _run(self) -> None:
        for note in self.listener.notifications(cancel=self.stop):
            self._note(note.pdu_type, note.request_id)

    def finish(self) -> None:
        """Stop, and take in what was still queued."""
        self.stop.set()
        self._thread.join(30)
        assert not self._thread.is_alive()
        for note in self.listener.drain():
            self._note(note.pdu_type, note.request_id)


def test_a_trap_flood_is_bounded_counted_and_loses_no_acknowledged_inform() -> None:
    app = new_application()
    app.trap_endpoint = ("127.0.0.1", 0)
    with Snmp(app) as snmp:
        snmp.set_limits(queue_bytes_per_session=QUEUE_BYTES)
        hoard = snmp.session("hoard")  # registered, never drained
        hoard.register()
        consumer = Consumer(snmp)
        udp = transport_of(app)
        assert udp is not None
        port = app.trap_endpoint[1]
        gc.collect()
        rss_before, drops_before = rss_bytes(), udp_drops(port)

        report = flood("127.0.0.1", port, RATE, SECONDS, INFORM_EVERY)
        assert udp.flush(30)
        gc.collect()
        rss_after = rss_bytes()
        kernel_drops = udp_drops(port) - drops_before
        consumer.finish()
        hoarded = app.describe(hoard.handle)
        assert isinstance(hoarded, SessionInfo)
        hoarded_informs = set()
        while hoard.queued:
            message = hoard.recv()
            if message.pdu.type == PduType.INFORM:
                hoarded_informs.add(message.pdu.request_id)
            message.free()
        stats = udp.stats

    # Every datagram sent was read or dropped by the kernel (counted); every one read was
    # disposed of in a counted way; the hoarding session's refusals are counted too.
    assert stats.received + kernel_drops == report.sent
    assert accounted(stats) == stats.received
    assert stats.internal_errors == 0
    assert hoarded.queued_bytes <= QUEUE_BYTES
    assert hoarded.queued + hoarded.dropped == stats.traps
    # Nothing acknowledged is lost: each acknowledged inform is in one of the sessions.
    assert report.acknowledged, "some informs were acknowledged"
    assert report.acknowledged <= consumer.informs | hoarded_informs
    # Memory: the queues are bounded (4 MiB each here), the transport's backlog too (32 MiB).
    growth = rss_after - rss_before
    assert growth < 2 * QUEUE_BYTES + 32 * MIB + 32 * MIB, f"RSS grew by {growth / MIB:.0f} MiB"
    print(
        f"\nflood: {report.sent} sent in {report.seconds:.1f} s ({report.rate:,.0f}/s), "
        f"{stats.received} read ({stats.received / report.seconds:,.0f}/s), {kernel_drops} dropped "
        f"by the kernel, {stats.backlog_dropped} by the backlog bound; hoard queued "
        f"{hoarded.queued} ({hoarded.queued_bytes / MIB:.1f} MiB), refused {hoarded.dropped}; "
        f"consumer got {consumer.received}; informs {report.informs}, acknowledged "
        f"{len(report.acknowledged)}, all delivered; RSS {rss_before / MIB:.0f} -> "
        f"{rss_after / MIB:.0f} MiB"
    )
