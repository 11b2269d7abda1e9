"""The two shortcuts that spare a request its thread hand-overs, against net-snmp's snmpd:

* a v1/v2c request is transmitted by the caller's thread (inside SnmpSendMsg) and registered
  on the I/O loop by a deferred call, which the loop runs before it reads the answer or on its
  next tick (``IoLoop.defer``) — never lost, never answered before it is known;
* an answer for a session whose callback is a ``quick_callback`` (the Pythonic API's) is
  applied and notified on the I/O thread when nothing older waits for the dispatcher; any
  other callback (an application's own) is still called from the dispatcher thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from agents.snmpd import SnmpdAgent

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Snmp
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import SYS_UPTIME_0, HandleKind, PduType
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import quick_callback
from snmpscope.core.transport import transport_of
from snmpscope.core.transport.io_loop import IDLE_TICKS, IoLoop


@pytest.fixture(params=["asyncio", "light", "lending"])
def io(request: pytest.FixtureRequest) -> Iterator[IoLoop]:
    loop = IoLoop("test-defer", light=request.param == "light", lending=request.param == "lending")
    loop.start()
    yield loop
    assert loop.stop()


def test_deferred_calls_run_in_order_with_the_loop_idle_or_ticking(io: IoLoop) -> None:
    seen: list[int] = []
    done = threading.Event()
    for number in range(50):
        io.defer(seen.append, number)
    io.defer(done.set)
    assert done.wait(5), "deferred calls never ran"
    assert seen == list(range(50))
    # An ordinary call queued after deferred ones runs after them.
    order: list[str] = []
    finished = threading.Event()
    io.defer(order.append, "deferred")
    io.call_soon(order.append, "soon")
    io.call_soon(finished.set)
    assert finished.wait(5)
    assert order == ["deferred", "soon"]


def test_a_deferred_call_after_the_loop_stopped_ticking_wakes_it(io: IoLoop) -> None:
    first = threading.Event()
    io.defer(first.set)
    assert first.wait(5)
    # Wait, on the loop's own clock, until it has stopped ticking (IDLE_TICKS quiet ticks).
    quiet = threading.Event()

    def watch() -> None:
        if io._ticking:  # the state under test
            io.loop.call_later(0.01, watch)
        else:
            quiet.set()

    io.call_soon(watch)
    assert quiet.wait(5 + IDLE_TICKS * 0.01), "the loop kept ticking with nothing deferred"
    later = threading.Event()
    io.defer(later.set)
    assert later.wait(5), "a deferred call to a quiet loop was left behind"


def test_requests_sent_from_the_callers_thread_are_all_answered(
    snmpd_agent: SnmpdAgent,
) -> None:
    with Snmp() as snmp:
        session = snmp.session("handover")
        manager = Manager(session)
        entity = session.entity(f"127.0.0.1:{snmpd_agent.port}", timeout_cs=300, retry=2)
        context = session.context("public")
        manager.get(entity, context, [SYS_UPTIME_0])  # the transport starts on first use
        transport = transport_of(snmp.app)
        assert transport is not None
        before = transport.stats.sent
        for _ in range(200):
            response = manager.get(entity, context, [SYS_UPTIME_0])
            assert response.varbinds[0][0] == SYS_UPTIME_0
        stats = transport.stats
        assert stats.sent - before == 200
        assert stats.retransmitted == 0 and stats.unknown_request_id == 0
        session.close()


def _answer_threads(snmp_app: Application, quick: bool, port: int) -> list[str]:
    """The names of the threads the session callback ran on for five GETs' answers."""
    seen: list[str] = []
    answered = threading.Semaphore(0)

    def callback(
        session: int, hwnd: object, wmsg: int, wparam: int, lparam: int, data: object
    ) -> int:
        seen.append(threading.current_thread().name)
        answered.release()
        return w.SNMPAPI_SUCCESS

    session = snmp_app.create_session(
        callback=quick_callback(callback) if quick else callback, name="thread check"
    )
    try:
        entity = snmp_app.create_entity(session, f"127.0.0.1:{port}", timeout_cs=300)
        context = snmp_app.create_context(session, "public")
        vbl = snmp_app.create_vbl(session, SYS_UPTIME_0)
        for _ in range(5):
            pdu = snmp_app.create_pdu(session, PduType.GET, 0, 0, 0, vbl)
            snmp_app.send_msg(session, None, entity, context, pdu)
            assert answered.acquire(timeout=10), "no answer"
            snmp_app.recv_msg(session)
    finally:
        snmp_app.close(session)
    return seen


def test_only_a_quick_callback_is_called_from_the_io_thread(snmpd_agent: SnmpdAgent) -> None:
    with Snmp() as snmp:
        slow = _answer_threads(snmp.app, False, snmpd_agent.port)
        quick = _answer_threads(snmp.app, True, snmpd_agent.port)
    assert all(name.startswith("snmpscope-dispatch") for name in slow), slow
    # The dispatcher still delivers when the model's lock was busy at that moment, or it had
    # something older to report; with nothing else going on, most answers come straight.
    assert all(name.startswith(("snmpscope-io", "snmpscope-dispatch")) for name in quick), quick
    assert any(name.startswith("snmpscope-io") for name in quick), quick


def test_a_walk_sends_its_next_request_before_handing_out_a_batch(
    snmpd_agent: SnmpdAgent,
) -> None:
    """While the caller holds a batch, the walk's next request is already out (and its answer
    may be in); when the caller stops iterating, that request is cancelled and freed."""
    with Snmp() as snmp:
        session = snmp.session("prefetch")
        manager = Manager(session)
        entity = session.entity(f"127.0.0.1:{snmpd_agent.port}", timeout_cs=300, retry=2)
        walk = manager.walk(entity, session.context("public"), (1, 3, 6, 1, 2, 1), True, 5)
        batches = iter(walk)
        first = next(batches)
        assert len(first) == 5
        assert walk.requests == 2, "the second request went out before the first batch came"
        batches.close()  # the caller stops: the request in flight is abandoned
        assert walk.requests == 2
        assert len(manager.mailbox._router) == 0  # nobody waits for it any more
        pdus = snmp.app.owned_handles(session.handle, HandleKind.PDU)
        assert not list(pdus), "the abandoned request's PDU was freed"
        session.close()
