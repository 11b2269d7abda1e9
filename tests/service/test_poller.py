"""The poller against the demo agent and a silent port: GETs on the session thread, answers
as signals on the GUI thread, counters that advance, rates that agree across widths, time-outs
as failed samples, no PDU left behind."""

from __future__ import annotations

import threading

import pytest

from snmpscope.core.constants import ApiError, HandleKind, Syntax
from snmpscope.core.service.poller import PollAnswer, PollSpec
from snmpscope.core.smi.rates import RateSeries
from tests.service.test_controller import call, open_target

IF_IN_OCTETS_7 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 10, 7)  # Counter32, xe-0/1/0 at ~312 MB/s
IF_HC_IN_OCTETS_7 = (1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 7)  # the same count as Counter64
IF_OPER_STATUS_7 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 8, 7)
NO_SUCH = (1, 3, 6, 1, 2, 1, 2, 2, 1, 10, 999)


@pytest.fixture
def demo(qtbot, controller):
    host, port = call(qtbot, controller, lambda: controller.start_demo_agent("127.0.0.1", 0))
    return open_target(qtbot, controller, f"{host}:{port}")


def collect(qtbot, controller, spec: PollSpec, count: int, timeout: int = 20_000):
    answers: list[PollAnswer] = []
    threads: list[str] = []

    def answered(answer: PollAnswer) -> None:
        threads.append(threading.current_thread().name)
        answers.append(answer)

    controller.poller.answered.connect(answered)
    poll = controller.poller.start(spec)
    try:
        qtbot.waitUntil(lambda: len(answers) >= count, timeout=timeout)
    finally:
        controller.poller.stop(poll)
        controller.poller.answered.disconnect(answered)
    assert set(threads) == {"MainThread"}
    assert {a.poll for a in answers} == {poll}
    return answers


def test_polling_the_demo_agents_counters(qtbot, controller, demo) -> None:
    session, entity, context = demo
    oids = (IF_IN_OCTETS_7, IF_HC_IN_OCTETS_7, IF_OPER_STATUS_7, NO_SUCH)
    answers = collect(qtbot, controller, PollSpec(session, entity, context, oids, 0.2), 4)
    assert [a.seq for a in answers] == sorted(a.seq for a in answers)
    assert all(not a.error for a in answers)
    uptimes = [a.uptime for a in answers]
    assert all(u is not None for u in uptimes) and uptimes == sorted(uptimes)
    assert uptimes[-1] > uptimes[0]
    narrow, wide = RateSeries(), RateSeries()
    for answer in answers:
        by_oid = dict(answer.samples())
        assert by_oid[IF_IN_OCTETS_7].syntax == Syntax.CNTR32
        assert by_oid[IF_HC_IN_OCTETS_7].syntax == Syntax.CNTR64
        assert by_oid[IF_OPER_STATUS_7].value == 1  # up
        assert by_oid[NO_SUCH].value is None  # noSuchInstance: a missing sample
        narrow.add(by_oid[IF_IN_OCTETS_7])
        wide.add(by_oid[IF_HC_IN_OCTETS_7])
    rates32 = [p.value for p in narrow.points]
    assert len(rates32) == len(answers) - 1
    assert all(r is not None and r > 1_000_000 for r in rates32)  # the counter advances
    assert rates32 == [p.value for p in wide.points]  # one count, two widths, same rates
    # every poll's PDUs were freed: the session holds no PDU once the answers are in
    qtbot.waitUntil(lambda: not controller.app.owned_handles(session, HandleKind.PDU))


def test_a_silent_agent_gives_failed_samples(qtbot, controller, silent_port) -> None:
    host, port = silent_port.address
    session, entity, context = open_target(
        qtbot, controller, f"{host}:{port}", timeout_cs=10, retry=1
    )
    spec = PollSpec(session, entity, context, (IF_IN_OCTETS_7,), 0.2)
    answers = collect(qtbot, controller, spec, 2)
    for answer in answers:
        assert answer.error_code == ApiError.TL_TIMEOUT
        assert answer.values == ((IF_IN_OCTETS_7, None),)
        assert [s.value for _oid, s in answer.samples()] == [None]
    assert silent_port.wait_for(4)  # two polls, each sent twice (one retry)
    qtbot.waitUntil(lambda: not controller.app.owned_handles(session, HandleKind.PDU))


def test_pause_and_stop(qtbot, controller, demo) -> None:
    session, entity, context = demo
    poller = controller.poller
    answers: list[PollAnswer] = []
    poller.answered.connect(answers.append)
    poll = poller.start(PollSpec(session, entity, context, (IF_OPER_STATUS_7,), 60.0))
    qtbot.waitUntil(lambda: len(answers) == 1)  # the first poll goes out at once
    poller.pause(poll, True)
    poller.pause(poll, False)  # resuming polls at once again
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert poller.active() == [poll]
    poller.stop(poll)
    assert poller.active() == []
    with pytest.raises(ValueError, match="at least one OID"):
        poller.start(PollSpec(session, entity, context, ()))


def test_a_freed_entity_is_a_failed_sample_not_a_crash(qtbot, controller, demo) -> None:
    session, entity, context = demo
    assert call(qtbot, controller, lambda: controller.free(entity)) == entity
    (answer,) = collect(
        qtbot, controller, PollSpec(session, entity, context, (IF_OPER_STATUS_7,)), 1
    )
    assert answer.error and answer.error_code == ApiError.ENTITY_INVALID
