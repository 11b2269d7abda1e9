"""An agent that dies or freezes in the middle of a walk: the walk keeps what it got and ends
with an error, within a bound set by the entity's timeout and retries (never hangs).

A private net-snmp ``snmpd`` is walked with GETBULK; after the first response it is killed
(SIGKILL: its port closes, the next request meets ICMP port unreachable) or frozen (SIGSTOP:
the requests go unanswered). Through the client's :class:`Walk` and through the service's
walk worker, whose :class:`WalkResult` carries the partial count and the error.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator

import pytest
from agents.snmpd import SnmpdAgent

from snmpscope.core.api import Snmp
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import ApiError, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service import ServiceController
from snmpscope.core.service.operations import WalkOutcome, WalkProgress, WalkResult
from snmpscope.core.smi.values import VarBind

ROOT = (1, 3, 6, 1)
TIMEOUT_CS = 50  # the entity's timeout: 0.5 s, retried once
RETRY = 1
# The walk must end within this (the agent never answers again): generous for a busy machine.
BOUND_S = 60.0

pytestmark = pytest.mark.snmpd


@pytest.fixture
def agent() -> Iterator[SnmpdAgent]:
    snmpd = SnmpdAgent()
    try:
        snmpd.start()
    except RuntimeError as exc:
        snmpd.close()
        pytest.fail(f"cannot start snmpd: {exc}", pytrace=False)
    try:
        yield snmpd
    finally:
        if snmpd.proc is not None and snmpd.proc.poll() is None:
            snmpd.proc.send_signal(signal.SIGCONT)  # a frozen one must wake to be stopped
        snmpd.close()


def _fault(agent: SnmpdAgent, fault: str) -> None:
    assert agent.proc is not None
    agent.proc.send_signal(signal.SIGKILL if fault == "killed" else signal.SIGSTOP)
    if fault == "killed":
        agent.proc.wait(10)


EXPECTED = {
    # A killed agent's closed port: ICMP port unreachable, or (if the ICMP error is
    # rate-limited away) no answer at all.
    "killed": {ApiError.TL_UNDELIVERABLE, ApiError.TL_TIMEOUT},
    "frozen": {ApiError.TL_TIMEOUT},
}


@pytest.mark.parametrize("fault", ["killed", "frozen"])
def test_a_client_walk_keeps_what_came_and_ends_with_the_error(
    agent: SnmpdAgent, fault: str
) -> None:
    rows: list[VarBind] = []
    errors: list[SnmpApiError] = []

    def walk() -> None:
        with Snmp() as snmp, snmp.session("walker") as session:
            entity = session.entity(f"127.0.0.1:{agent.port}", SnmpVersion.V2C, TIMEOUT_CS, RETRY)
            walking = Manager(session).walk(entity, session.context("public"), ROOT, True, 10)
            try:
                for batch in walking:
                    if not rows:
                        _fault(agent, fault)  # right after the first response
                    rows.extend(batch)
            except SnmpApiError as exc:
                errors.append(exc)

    worker = threading.Thread(target=walk, name=f"walk-{fault}", daemon=True)
    worker.start()
    worker.join(BOUND_S)
    assert not worker.is_alive(), f"the walk did not end within {BOUND_S} s"
    # The walk has its next request on the wire while it hands out a batch: the second
    # response may have come before the fault, never more.
    assert len(rows) in (10, 20), "the responses that came before the fault are kept"
    assert len(errors) == 1, "the walk ended with one error"
    assert errors[0].code in EXPECTED[fault]
    print(f"\n{fault}: {len(rows)} rows kept, then {errors[0].name}")


def answer(qtbot, controller: ServiceController, token: int) -> int:
    """Wait for the handle a service request succeeds with."""
    answers: dict[int, object] = {}

    def answered(answered_token: int, result: object) -> None:
        answers[answered_token] = result

    controller.succeeded.connect(answered)
    controller.failed.connect(answered)
    try:
        qtbot.waitUntil(lambda: token in answers, timeout=10000)
    finally:
        controller.succeeded.disconnect(answered)
        controller.failed.disconnect(answered)
    result = answers[token]
    assert isinstance(result, int), result
    return result


@pytest.mark.parametrize("fault", ["killed", "frozen"])
def test_a_service_walk_keeps_what_came_and_reports_the_error(
    qtbot, agent: SnmpdAgent, fault: str
) -> None:
    with Snmp() as snmp:
        controller = ServiceController(snmp.app)
        controller.start(prewarm_mibs=False)
        try:
            app = snmp.app
            session = answer(qtbot, controller, controller.open_session("walks"))
            entity = answer(
                qtbot,
                controller,
                controller.add_entity(
                    session, f"127.0.0.1:{agent.port}", SnmpVersion.V2C, TIMEOUT_CS, RETRY
                ),
            )
            context = answer(qtbot, controller, controller.add_context(session, b"public"))
            outcome: list[WalkResult] = []
            progress: list[WalkProgress] = []

            def on_progress(_token: int, payload: object) -> None:
                if isinstance(payload, WalkProgress):
                    if not progress:
                        _fault(agent, fault)
                    progress.append(payload)

            def on_done(_token: int, result: object) -> None:
                assert isinstance(result, WalkResult)
                outcome.append(result)

            controller.progress.connect(on_progress)
            controller.succeeded.connect(on_done)
            controller.walk(session, entity, context, ROOT, max_repetitions=10)
            qtbot.waitUntil(lambda: bool(outcome), timeout=int(BOUND_S * 1000))
            result = outcome[0]
            assert result.reason is WalkOutcome.ERROR
            assert result.error_code in EXPECTED[fault]
            assert result.count == progress[-1].total >= 10
            assert len(app.vbl_varbinds(result.vbl)) == result.count
            assert app.outstanding_count(session) == 0
        finally:
            assert controller.shutdown(10000)
