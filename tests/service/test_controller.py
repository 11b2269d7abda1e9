"""The service controller against real peers: every answer comes back as a signal on the GUI
thread, failures carry code, message and traceback, nothing runs on the caller's thread."""

from __future__ import annotations

import socket
import threading

import pytest

from snmpscope.core.constants import ApiError, HandleKind, PduType, SnmpVersion
from snmpscope.core.model.states import PduState
from snmpscope.core.service import ExceptHooks, Failure, Reply, TrapRecord, WalkResult
from snmpscope.core.service.operations import FreeHandle, WalkProgress
from snmpscope.core.service.threads import running_service_threads

SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)
SYSTEM = (1, 3, 6, 1, 2, 1, 1)
LINK_UP = (1, 3, 6, 1, 6, 3, 1, 1, 5, 4)


def call(qtbot, controller, token_of, timeout: int = 5000) -> object:
    """Submit through ``token_of()`` and wait for its answer; returns the result or Failure."""
    answers: dict[int, object] = {}
    token_box: list[int] = []

    def ok(token: int, result: object) -> None:
        answers[token] = result

    def failed(token: int, failure: Failure) -> None:
        answers[token] = failure

    controller.succeeded.connect(ok)
    controller.failed.connect(failed)
    try:
        token_box.append(token_of())
        qtbot.waitUntil(lambda: token_box[0] in answers, timeout=timeout)
    finally:
        controller.succeeded.disconnect(ok)
        controller.failed.disconnect(failed)
    return answers[token_box[0]]


def open_target(qtbot, controller, address: str, community: bytes = b"public", **entity):
    session = call(qtbot, controller, lambda: controller.open_session("test"))
    handle = call(qtbot, controller, lambda: controller.add_entity(session, address, **entity))
    context = call(qtbot, controller, lambda: controller.add_context(session, community))
    assert isinstance(handle, int), handle
    assert isinstance(context, int), context
    return session, handle, context


def get(qtbot, controller, session, entity, context, oid=SYS_DESCR, timeout=5000):
    pdu = call(
        qtbot, controller, lambda: controller.create_pdu(session, PduType.GET, ((oid, None),))
    )
    return pdu, call(
        qtbot, controller, lambda: controller.send(session, entity, context, pdu), timeout
    )


@pytest.mark.snmpd
@pytest.mark.parametrize("family", ["ipv4", "ipv6"])
def test_get_against_snmpd(qtbot, controller, snmpd_agent, family) -> None:
    host = "127.0.0.1" if family == "ipv4" else "[::1]"
    session, entity, context = open_target(qtbot, controller, f"{host}:{snmpd_agent.port}")
    seen_on: list[str] = []
    controller.succeeded.connect(lambda *_: seen_on.append(threading.current_thread().name))
    pdu, reply = get(qtbot, controller, session, entity, context)
    assert isinstance(reply, Reply), reply
    assert reply.error_status == 0
    ((oid, value),) = reply.varbinds
    assert oid == SYS_DESCR
    assert value.value.decode() == snmpd_agent.sys_descr
    assert set(seen_on) == {"MainThread"}  # answers arrive on the controller's thread
    app = controller.app
    status = app.pdu_status(pdu)
    assert status.state == PduState.ANSWERED
    assert status.response_pdu == reply.response_pdu
    assert app.describe(reply.response_pdu).in_reply_to == pdu


@pytest.mark.snmpd
def test_walk_matches_net_snmp(qtbot, controller, snmpd_agent, netsnmp) -> None:
    session, entity, context = open_target(qtbot, controller, f"127.0.0.1:{snmpd_agent.port}")
    batches: list[WalkProgress] = []
    controller.progress.connect(lambda _t, p: batches.append(p))
    result = call(
        qtbot, controller, lambda: controller.walk(session, entity, context, SYSTEM, 10), 20000
    )
    assert isinstance(result, WalkResult), result
    assert result.reason == "end"
    expected = netsnmp.walk_numeric("127.0.0.1", snmpd_agent.port, root=".1.3.6.1.2.1.1")
    got = [oid for batch in batches for oid, _value in batch.varbinds]
    assert got == [row[0] for row in expected]
    assert [oid for oid, _ in controller.app.vbl_varbinds(result.vbl)] == got


def test_a_silent_agent_fails_with_tl_timeout(qtbot, controller, silent_port) -> None:
    session, entity, context = open_target(
        qtbot, controller, f"127.0.0.1:{silent_port.port}", timeout_cs=10, retry=1
    )
    pdu, failure = get(qtbot, controller, session, entity, context)
    assert isinstance(failure, Failure)
    assert failure.code == ApiError.TL_TIMEOUT
    assert failure.name == "SNMPAPI_TL_TIMEOUT"
    assert failure.expected
    assert "RequestFailed: SNMPAPI_TL_TIMEOUT" in failure.traceback
    assert controller.app.pdu_status(pdu).state == PduState.TIMED_OUT
    assert len(silent_port.flush()) == 2


def test_an_agent_error_status_is_an_answer(qtbot, controller, scripted_agent) -> None:
    host, port = scripted_agent.address
    session, entity, context = open_target(qtbot, controller, f"{host}:{port}")
    scripted_agent.set_error(16, index=1)  # authorizationError
    _pdu, reply = get(qtbot, controller, session, entity, context)
    assert isinstance(reply, Reply)
    assert (reply.error_status, reply.error_index) == (16, 1)


def test_ipv6_and_v1_through_the_scripted_agent(qtbot, controller, scripted_agent6) -> None:
    host, port = scripted_agent6.address
    session, entity, context = open_target(
        qtbot, controller, f"[{host}]:{port}", version=SnmpVersion.V1
    )
    result = call(
        qtbot, controller, lambda: controller.walk(session, entity, context, SYSTEM, 25), 10000
    )
    assert isinstance(result, WalkResult)
    assert result.reason == "end"
    assert result.count == len([o for o in scripted_agent6.tree if o[: len(SYSTEM)] == SYSTEM])
    assert {r.pdu_type for r in scripted_agent6.requests} == {"GetNextRequest"}  # v1: no bulk
    assert {r.version for r in scripted_agent6.requests} == {0}


def test_stopping_a_walk_keeps_what_came(qtbot, controller, scripted_agent) -> None:
    host, port = scripted_agent.address
    session, entity, context = open_target(qtbot, controller, f"{host}:{port}")
    scripted_agent.set_delay(0.02)
    progress: list[WalkProgress] = []
    controller.progress.connect(lambda _t, p: progress.append(p))
    token = controller.walk(session, entity, context, (1, 3, 6, 1), 0)
    qtbot.waitUntil(lambda: len(progress) >= 1, timeout=5000)
    with qtbot.waitSignal(controller.succeeded, timeout=5000) as done:
        controller.cancel(token)
    result = done.args[1]
    assert result.reason == "stopped"
    assert result.count == sum(len(p.varbinds) for p in progress)
    assert 0 < result.count < len(scripted_agent.tree)
    assert len(controller.app.vbl_varbinds(result.vbl)) == result.count
    assert controller.app.outstanding_count(session) == 0


def test_a_limit_failure_names_the_limit(qtbot, controller, snmp) -> None:
    snmp.set_limits(handles_per_session=2)
    session, _entity, _context = open_target(qtbot, controller, "127.0.0.1:1161")
    failure = call(
        qtbot, controller, lambda: controller.create_pdu(session, PduType.GET, ((SYS_DESCR, None),))
    )
    assert isinstance(failure, Failure)
    assert (failure.code, failure.limit, failure.maximum) == (2, "handles_per_session", 2)
    assert not failure.expected
    assert "limit of 2 live handles per session" in failure.message


def test_bad_requests_fail_with_the_code_that_says_why(qtbot, controller) -> None:
    session = call(qtbot, controller, controller.open_session)
    bad_address = call(qtbot, controller, lambda: controller.add_entity(session, "10.1.300"))
    assert isinstance(bad_address, Failure)
    assert bad_address.code == ApiError.ENTITY_UNKNOWN
    gone = call(qtbot, controller, lambda: controller.submit(FreeHandle(handle=99999)))
    assert isinstance(gone, Failure)
    assert gone.code == ApiError.OPERATION_INVALID
    assert "99999" in gone.message


def test_traps_from_net_snmp_reach_a_registered_session(qtbot, controller, netsnmp) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller.app.trap_endpoint = ("127.0.0.1", port)
    session = call(qtbot, controller, lambda: controller.open_session("traps"))
    assert call(qtbot, controller, lambda: controller.register_traps(session)) is True
    with qtbot.waitSignal(controller.trapReceived, timeout=10000) as received:
        result = netsnmp.trap(
            "127.0.0.1", port, ".1.3.6.1.6.3.1.1.5.4", (".1.3.6.1.2.1.2.2.1.1.3", "i", "3")
        )
        assert result.returncode == 0, result.stderr
    record = received.args[0]
    assert isinstance(record, TrapRecord)
    assert record.session == session
    assert record.community == b"public"
    oids = [oid for oid, _ in record.varbinds]
    assert oids[1] == (1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0)
    assert record.varbinds[1][1].value == LINK_UP
    assert controller.app.is_valid(record.pdu, HandleKind.PDU)


def test_closing_a_session_fails_what_waits_in_it(qtbot, controller, silent_port) -> None:
    session, entity, context = open_target(
        qtbot, controller, f"127.0.0.1:{silent_port.port}", timeout_cs=3000, retry=0
    )
    pdu = call(
        qtbot, controller, lambda: controller.create_pdu(session, PduType.GET, ((SYS_DESCR, None),))
    )
    with qtbot.waitSignal(controller.failed, timeout=5000) as failed:
        sent = controller.send(session, entity, context, pdu)
        silent_port.wait_for(1)
        controller.close_session(session)
    assert failed.args[0] == sent
    assert failed.args[1].code == ApiError.SESSION_INVALID
    assert controller.app.live_handle_count() == 0


def test_uncaught_exceptions_reach_the_hub(qtbot, controller) -> None:
    hooks = ExceptHooks(controller.hub)
    hooks.install()
    try:
        with qtbot.waitSignal(controller.hub.failed, timeout=5000) as reported:
            worker = threading.Thread(target=_explode, name="exploder")
            worker.start()
            worker.join()
    finally:
        hooks.uninstall()
    failure = reported.args[0]
    assert failure.code == ApiError.OTHER_ERROR
    assert "exploder" in failure.message
    assert "RuntimeError: boom" in failure.traceback


def test_shutdown_is_staged_idempotent_and_leaves_no_thread(qtbot, snmp) -> None:
    from snmpscope.core.service import ServiceController

    controller = ServiceController(snmp.app)
    controller.start(prewarm_mibs=False)
    session = call(qtbot, controller, controller.open_session)
    assert snmp.app.session_handles() == [session]
    assert controller.shutdown(5000)
    assert controller.shutdown(5000)
    assert running_service_threads() == []
    assert snmp.app.session_handles() == []  # close-all closed what the service opened
    with qtbot.waitSignal(controller.failed, timeout=1000) as refused:
        controller.open_session()
    assert refused.args[1].code == ApiError.SESSION_INVALID


def _explode() -> None:
    raise RuntimeError("boom")
