"""The light I/O loop (selectors, no asyncio) keeps asyncio's semantics for what the transport
uses, and a whole transport runs on it: requests answered by net-snmp's snmpd, retransmission
timers, cancelled timers, calls from other threads, an exception in a callback."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator

import pytest
from agents.snmpd import SnmpdAgent

from snmpscope.core.api import Snmp, SnmpApiError, new_application
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import SYS_UPTIME_0, PduType, Syntax
from snmpscope.core.transport import transport_of
from snmpscope.core.transport.io_loop import IoLoop


@pytest.fixture
def io() -> Iterator[IoLoop]:
    loop = IoLoop("test-light", light=True)
    loop.start()
    yield loop
    assert loop.stop()


def test_calls_and_timers_run_in_order_and_cancelled_timers_never(io: IoLoop) -> None:
    seen: list[str] = []
    done = threading.Event()

    def schedule() -> None:
        loop = io.loop
        loop.call_later(0.03, seen.append, "late")
        loop.call_later(0.01, seen.append, "early")
        loop.call_later(0.02, seen.append, "cancelled").cancel()
        loop.call_later(0.05, done.set)
        loop.call_soon_threadsafe(seen.append, "soon")

    io.call_soon(schedule)
    assert done.wait(10)
    assert seen == ["soon", "early", "late"]


def test_a_failing_callback_is_reported_and_the_loop_goes_on(
    io: IoLoop, caplog: pytest.LogCaptureFixture
) -> None:
    def boom() -> None:
        raise RuntimeError("boom in a timer")

    done = threading.Event()
    io.call_soon(lambda: io.loop.call_later(0, boom))
    io.call_soon(lambda: io.loop.call_later(0.01, done.set))
    assert done.wait(10)
    assert io.run_sync(lambda: 42) == 42
    assert "boom in a timer" in caplog.text


def test_run_sync_raises_what_the_call_raised(io: IoLoop) -> None:
    def fail() -> None:
        raise ValueError("from the loop")

    with pytest.raises(ValueError, match="from the loop"):
        io.run_sync(fail)


def test_readers_get_datagrams_until_removed(io: IoLoop) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.setblocking(False)
    got: list[bytes] = []
    arrived = threading.Event()

    def readable() -> None:
        got.append(sock.recv(100))
        arrived.set()

    io.run_sync(io.loop.add_reader, sock.fileno(), readable)
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.sendto(b"one", sock.getsockname())
    assert arrived.wait(10)
    assert io.run_sync(io.loop.remove_reader, sock.fileno()) is True
    assert io.run_sync(io.loop.remove_reader, sock.fileno()) is False
    assert got == [b"one"]
    sender.close()
    sock.close()


@pytest.mark.snmpd
def test_a_transport_on_the_light_loop_gets_answers_from_snmpd(snmpd_agent: SnmpdAgent) -> None:
    """The CLI's transport: the same exchange, on the light loop, against net-snmp."""
    app = new_application(light_io=True)
    app.trap_endpoint = ("127.0.0.1", 0)
    with Snmp(app) as snmp, snmp.session("light") as session:
        session.register()
        entity = session.entity(f"127.0.0.1:{snmpd_agent.port}")
        answer = Manager(session).get(entity, session.context(b"public"), [SYS_UPTIME_0])
        assert answer.varbinds[0][1].syntax == Syntax.TIMETICKS
        udp = transport_of(snmp.app)
        assert udp is not None and udp._io.light
        # A silent port: the request is retransmitted on the light loop's timers, then times
        # out (timeout 0.1 s, 2 retries).
        silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        silent.bind(("127.0.0.1", 0))
        quiet = session.entity(f"127.0.0.1:{silent.getsockname()[1]}", timeout_cs=10, retry=2)
        with pytest.raises(SnmpApiError):
            Manager(session).get(quiet, session.context(b"public"), [SYS_UPTIME_0])
        copies = 0
        silent.settimeout(5)
        while copies < 3:
            silent.recv(1500)
            copies += 1
        silent.close()
        assert copies == 3


def test_the_light_transport_imports_neither_asyncio_nor_logging() -> None:
    script = textwrap.dedent(
        """
        import sys
        from snmpscope.core.api import Snmp, new_application
        app = new_application(light_io=True)
        app.trap_endpoint = ("127.0.0.1", 0)  # any free port: 10162 may be taken
        with Snmp(app) as snmp, snmp.session("s") as session:
            session.register()
            session.send(session.entity("127.0.0.1:9"), session.context(b"public"),
                         session.pdu(0xA0, [((1, 3, 6, 1, 2, 1, 1, 3, 0), None)]))
        print(sorted(m for m in ("asyncio", "logging", "concurrent.futures") if m in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_driven_loop_runs_in_the_thread_that_drives_it_and_only_then() -> None:
    io = IoLoop("test-driven", driven=True)
    io.start()
    try:
        assert io.thread is None and io.running
        seen: list[object] = []
        io.call_soon(seen.append, "call")
        io.defer(seen.append, "deferred")
        assert seen == [], "nothing runs while nobody drives"
        assert io.drive(0.01)
        assert seen == ["call", "deferred"]
        # run_sync runs on the caller's thread, as the loop's thread for that moment
        assert io.run_sync(io.in_loop_thread) is True
        assert not io.in_loop_thread()
        io.run_sync(lambda: io.loop.call_later(0.0, seen.append, "timer"))
        while "timer" not in seen:
            assert io.drive(0.05)
        # another thread driving it just now: drive waits its turn, then runs
        others: list[bool] = []
        worker = threading.Thread(target=lambda: others.append(io.drive(0.5)))
        worker.start()
        worker.join(5)
        assert others == [True]
    finally:
        assert io.stop()
    assert not io.drive(0.01), "a stopped loop is not driven"


def test_a_driven_transport_serves_a_manager_without_an_io_thread(
    snmpd_agent: SnmpdAgent,
) -> None:
    with Snmp(new_application(light_io=True, driven_io=True)) as snmp:
        session = snmp.session("driven")
        manager = Manager(session)
        entity = session.entity(f"127.0.0.1:{snmpd_agent.port}", timeout_cs=300, retry=2)
        context = session.context("public")
        for _ in range(50):
            assert manager.get(entity, context, [SYS_UPTIME_0]).varbinds[0][0] == SYS_UPTIME_0
        rows = manager.walk(entity, context, (1, 3, 6, 1, 2, 1, 1), True, 5).run()
        assert len(rows) >= 7
        transport = transport_of(snmp.app)
        assert transport is not None and transport.driven
        assert not [t for t in transport.threads if t.name.startswith("snmpscope-io")]
        stats = transport.stats
        assert stats.unknown_request_id == 0 and stats.retransmitted == 0
        with pytest.raises(SnmpApiError) as caught:  # a closed port: the ICMP error is read
            manager.get(
                session.entity("127.0.0.1:9", timeout_cs=200, retry=0), context, [SYS_UPTIME_0]
            )
        assert caught.value.name in ("SNMPAPI_TL_UNDELIVERABLE", "SNMPAPI_TL_TIMEOUT")
        session.close()


def test_a_driven_transport_reads_answers_that_queued_up_one_wake_up_each(
    snmpd_agent: SnmpdAgent,
) -> None:
    """A driven transport reads one datagram per readiness callback (the read that would find
    the socket empty is saved); answers that queue up while nobody drives are each reported
    ready again by the next ``select``, and every one reaches its waiter."""
    with Snmp(new_application(light_io=True, driven_io=True)) as snmp:
        session = snmp.session("driven")
        manager = Manager(session)
        entity = session.entity(f"127.0.0.1:{snmpd_agent.port}", timeout_cs=300, retry=0)
        context = session.context("public")
        flights = [
            manager.dispatch(entity, context, PduType.GET, [(SYS_UPTIME_0, None)]) for _ in range(3)
        ]
        for flight in reversed(flights):  # the last one's wait reads all three
            assert manager.collect(flight).varbinds[0][0] == SYS_UPTIME_0
        transport = transport_of(snmp.app)
        assert transport is not None
        assert transport.stats.responses == 3 and transport.stats.unknown_request_id == 0
        session.close()


def test_a_driven_wait_ends_when_the_dispatcher_reports_not_when_select_times_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure (here the ICMP error of a closed port) reaches the mailbox on the dispatcher
    thread while the waiting thread sits in the loop's ``select``: the dispatcher wakes it.
    With the drive step stretched to a minute, only that wake-up can end the wait in time."""
    from snmpscope.core.client import mailbox

    monkeypatch.setattr(mailbox, "DRIVE_S", 60.0)
    with Snmp(new_application(light_io=True, driven_io=True)) as snmp:
        session = snmp.session("driven-wake")
        manager = Manager(session)
        closed = session.entity("127.0.0.1:9", timeout_cs=6000, retry=0)  # a minute
        outcome: list[str] = []

        def get() -> None:
            try:
                manager.get(closed, session.context("public"), [SYS_UPTIME_0])
            except SnmpApiError as exc:
                outcome.append(exc.name)

        waiter = threading.Thread(target=get)
        waiter.start()
        waiter.join(30)
        assert not waiter.is_alive(), "the error waited for select's timeout"
        assert outcome == ["SNMPAPI_TL_UNDELIVERABLE"]
        session.close()
