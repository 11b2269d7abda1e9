"""The default transport's I/O thread lends its loop to the threads that wait for an answer:
a borrowing thread runs the loop itself, so what it waits for wakes it straight from select
(no hand-over from the I/O thread); threads that wait at the same time share it; and the
I/O thread takes it back, for timers and other threads' work, once nobody drives it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from agents.snmpd import SnmpdAgent

from snmpscope.core.api import Snmp, SnmpApiError
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import SYS_UPTIME_0
from snmpscope.core.transport import transport_of
from snmpscope.core.transport.io_loop import IoLoop

IF_TABLE = (1, 3, 6, 1, 2, 1, 2, 2)


@pytest.fixture
def io() -> Iterator[IoLoop]:
    loop = IoLoop("test-lending", lending=True)
    loop.start()
    yield loop
    assert loop.stop()


def until(condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    """Wait (bounded) until ``condition()`` holds: a state another thread reaches."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        threading.Event().wait(0.001)


def test_a_borrowing_thread_handles_what_arrives_while_it_drives(io: IoLoop) -> None:
    assert io.lends and io.thread is not None
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.setblocking(False)
    handled_by: list[str] = []

    def readable() -> None:
        sock.recv(100)
        handled_by.append(threading.current_thread().name)

    io.run_sync(io.loop.add_reader, sock.fileno(), readable)
    borrower = threading.Thread(target=lambda: io.drive(10.0), name="borrower")
    borrower.start()
    # While it holds the loop (until its select returns) nobody else can run it.
    until(lambda: io._driver is borrower, "the borrower never got the loop")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.sendto(b"x", sock.getsockname())
        borrower.join(10)
    assert not borrower.is_alive()
    assert handled_by == ["borrower"]
    # Nobody drives now: the I/O thread serves calls, timers and datagrams again.
    assert io.run_sync(lambda: threading.current_thread().name) == "test-lending"
    fired = threading.Event()
    io.run_sync(lambda: io.loop.call_later(0.01, fired.set))
    assert fired.wait(10)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.sendto(b"y", sock.getsockname())
        until(lambda: len(handled_by) == 2, "the second datagram was not handled")
    assert handled_by[1] == "test-lending"
    io.run_sync(io.loop.remove_reader, sock.fileno())
    sock.close()


def test_a_notification_from_another_thread_ends_a_borrowers_select(io: IoLoop) -> None:
    # What the dispatcher delivers to a mailbox wakes the thread in select (wake_driver):
    # without it, that thread would sleep out its round (here 30 s).
    borrower = threading.Thread(target=lambda: io.drive(30.0), name="borrower")
    borrower.start()
    until(lambda: io._driver is borrower, "the borrower never got the loop")
    io.wake_driver()
    borrower.join(10)
    assert not borrower.is_alive(), "the borrower slept on in select"


def test_drive_skips_the_wait_when_what_it_waits_for_came(io: IoLoop) -> None:
    # done() is asked once the loop is the caller's: True means no select at all, so a
    # long timeout costs nothing (the thread that had the loop received the answer).
    started = time.monotonic()
    assert io.drive(30.0, done=lambda: True)
    assert time.monotonic() - started < 25, "drive waited in select although done"
    assert io.run_sync(lambda: 7) == 7


def test_a_stopped_lending_loop_is_not_driven(io: IoLoop) -> None:
    assert io.stop()
    assert not io.drive(0.01)
    assert not io.running


@pytest.mark.snmpd
def test_threads_waiting_at_once_all_get_their_answers(snmpd_agent: SnmpdAgent) -> None:
    with Snmp() as snmp:
        sessions = [snmp.session(f"s{n}") for n in range(2)]
        failures: list[BaseException] = []
        counts: list[int] = []

        def work(number: int) -> None:
            session = sessions[number % 2]
            manager = Manager(session)
            entity = session.entity(f"127.0.0.1:{snmpd_agent.port}", timeout_cs=500, retry=2)
            context = session.context("public")
            try:
                got = 0
                for _ in range(30):
                    answer = manager.get(entity, context, [SYS_UPTIME_0])
                    got += answer.varbinds[0][0] == SYS_UPTIME_0
                got += len(manager.walk(entity, context, IF_TABLE, bulk=False).run()) > 0
                counts.append(got)
            except BaseException as exc:  # reported below, with the others
                failures.append(exc)

        workers = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
        assert not [w for w in workers if w.is_alive()], "a waiting thread never finished"
        assert not failures, failures
        assert counts == [31] * 4
        udp = transport_of(snmp.app)
        assert udp is not None and udp._io.lending
        assert udp._io._lent > 0, "no waiting thread ran the loop"
        for session in sessions:
            session.close()


def test_stopping_while_a_thread_drives_ends_every_thread() -> None:
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 0))
    snmp = Snmp().start()
    session = snmp.session("stopping")
    entity = session.entity(f"127.0.0.1:{silent.getsockname()[1]}", timeout_cs=50, retry=0)
    outcome: list[BaseException | None] = []

    def ask() -> None:
        try:
            Manager(session).get(entity, session.context("public"), [SYS_UPTIME_0])
            outcome.append(None)
        except (SnmpApiError, RuntimeError) as exc:
            outcome.append(exc)

    asker = threading.Thread(target=ask, name="asker")
    asker.start()
    udp = transport_of(snmp.app)
    assert udp is not None
    until(lambda: udp._io._driver is asker, "the asking thread never drove the loop")
    threads = udp.threads
    snmp.stop()
    asker.join(30)
    assert not asker.is_alive()
    assert outcome and isinstance(outcome[0], (SnmpApiError, RuntimeError))
    for thread in threads:
        thread.join(5)
    assert not [t for t in threads if t.is_alive()]
    silent.close()
