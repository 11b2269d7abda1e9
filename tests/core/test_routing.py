"""The routing core the manager's mailbox and the GUI's dispatcher share: messages queued
straight into a session (no transport), received and matched by request id."""

from __future__ import annotations

import pytest
from corekit import ok_callback

from snmpscope.core.client.routing import Arrival, Router
from snmpscope.core.constants import ApiError, HandleKind, PduType, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import IncomingMessage, PduData
from snmpscope.core.smi.address import parse_entity_address


def queue(app: Application, session: int, pdu_type: int, request_id: int, error: int = 0) -> None:
    here = parse_entity_address("127.0.0.1:161", 161)
    pdu = PduData(pdu_type, request_id, 0, 0, [])
    message = IncomingMessage(here, here, SnmpVersion.V2C, b"public", pdu, error=error)
    assert app.deliver(session, message)


def handles(app: Application, session: int) -> list[HandleKind]:
    return [app.describe(h).kind for h in app.owned_handles(session)]  # type: ignore[union-attr]


@pytest.fixture
def session(started: Application) -> int:
    return started.create_session(callback=ok_callback)


def test_an_answer_completes_its_future_and_the_first_word_wins(
    started: Application, session: int
) -> None:
    router = Router(started)
    answer = router.expect(session, 7)
    queue(started, session, PduType.RESPONSE, 7)
    queue(started, session, PduType.RESPONSE, 7)
    strays = list(router.receive(session))
    arrival = answer.result(timeout=0)
    assert (arrival.pdu_type, arrival.request_id, arrival.error) == (PduType.RESPONSE, 7, 0)
    assert arrival.community == b"public"
    assert arrival.message is not None and arrival.message.src.valid
    assert [(s.pdu_type, s.request_id) for s in strays] == [(PduType.RESPONSE, 7)]
    assert len(router) == 0


def test_notifications_and_agent_requests_come_back_unclaimed(
    started: Application, session: int
) -> None:
    router = Router(started)
    router.expect(session, 5)  # a trap or GET with the same id answers nothing
    for pdu_type in (PduType.TRAP, PduType.GET):
        queue(started, session, pdu_type, 5)
    unclaimed = list(router.receive(session))
    assert [a.is_notification for a in unclaimed] == [True, False]
    assert len(router) == 1


def test_limit_receives_one_message_a_call(started: Application, session: int) -> None:
    router = Router(started)
    for request_id in (1, 2):
        queue(started, session, PduType.TRAP, request_id)
    assert [a.request_id for a in router.receive(session, limit=1)] == [1]
    assert started.queued_count(session) == 1


def test_a_forgotten_request_gets_no_answer_and_what_came_is_freed(
    started: Application, session: int
) -> None:
    router = Router(started)
    early = router.expect(session, 1)
    queue(started, session, PduType.RESPONSE, 1)
    assert list(router.receive(session)) == []
    router.forget(session, 1, early)  # it came, but the caller gave up meanwhile
    assert handles(started, session) == []
    late = router.expect(session, 2)
    router.forget(session, 2, late)
    queue(started, session, PduType.RESPONSE, 2)
    assert late.cancelled()
    assert [a.request_id for a in router.receive(session)] == [2]


def test_transport_errors_reach_the_waiter_by_notice_or_queue(
    started: Application, session: int
) -> None:
    router = Router(started)
    noticed, queued = router.expect(session, 3), router.expect(session, 4)
    router.notice(session, 3, ApiError.TL_TIMEOUT)
    router.notice(session, 99, ApiError.TL_TIMEOUT)  # no one waits: nothing happens
    queue(started, session, PduType.GET, 4, error=ApiError.TL_UNDELIVERABLE)
    assert list(router.receive(session)) == []
    first, second = noticed.result(timeout=0), queued.result(timeout=0)
    assert (first.error, first.message, first.detail) == (
        ApiError.TL_TIMEOUT,
        None,
        "request 3 got no answer",
    )
    assert (second.error, second.detail) == (ApiError.TL_UNDELIVERABLE, "request 4 failed")
    assert second.message is not None
    second.free()
    assert handles(started, session) == []


def test_without_addressing_only_the_pdu_stays(started: Application, session: int) -> None:
    router = Router(started, keep_addressing=False)
    queue(started, session, PduType.TRAP, 8)
    (arrival,) = router.receive(session)
    assert arrival.community == b"public"
    assert handles(started, session) == [HandleKind.PDU]
    arrival.free()
    arrival.free()  # idempotent
    assert handles(started, session) == []


def test_end_answers_what_waits_in_one_session_or_all(started: Application, session: int) -> None:
    router = Router(started)
    other = started.create_session(callback=ok_callback)
    mine, theirs = router.expect(session, 1), router.expect(other, 1)
    router.end(session, ApiError.SESSION_INVALID, "closed")
    ended: Arrival = mine.result(timeout=0)
    assert (ended.error, ended.detail, ended.request_id) == (ApiError.SESSION_INVALID, "closed", 1)
    assert not theirs.done()
    router.end(None, ApiError.SESSION_INVALID, "going away")
    assert theirs.result(timeout=0).detail == "going away"


def test_a_closed_session_has_nothing_to_receive(started: Application, session: int) -> None:
    router = Router(started)
    queue(started, session, PduType.TRAP, 1)
    started.close(session)
    assert list(router.receive(session)) == []


def test_an_answer_waited_for_without_handles_makes_none(
    started: Application, session: int
) -> None:
    """A waiter that keeps nothing (the manager's ``keep=False``) gets the answer's data and
    no received handles; one that keeps them gets all four; strays get them only when the
    router's owner shows strays."""
    router = Router(started, stray_handles=False)
    light = router.expect(session, 1, handles=False)
    kept = router.expect(session, 2)
    queue(started, session, PduType.RESPONSE, 1)
    queue(started, session, PduType.RESPONSE, 2)
    queue(started, session, PduType.RESPONSE, 3)  # nobody waits for 3
    strays = list(router.receive(session))
    answer = light.result(timeout=0)
    assert answer.message is None and answer.request_id == 1 and answer.community == b"public"
    assert answer.src is not None and answer.src.port == 161
    assert kept.result(timeout=0).message is not None
    assert [(s.request_id, s.message) for s in strays] == [(3, None)]
    assert sorted(handles(started, session)) == sorted(
        [HandleKind.ENTITY, HandleKind.ENTITY, HandleKind.CONTEXT, HandleKind.PDU]
    )


def test_an_answer_without_handles_is_received_even_when_no_handle_fits(
    started: Application, session: int
) -> None:
    """The handle limit stops only receipts that make handles (the message then stays
    queued); an answer nobody keeps needs no room."""
    started.set_resource_limits(handles_per_session=1)
    router = Router(started, stray_handles=False)
    light = router.expect(session, 1, handles=False)
    queue(started, session, PduType.RESPONSE, 1)
    queue(started, session, PduType.RESPONSE, 2)
    router.expect(session, 2)
    with pytest.raises(SnmpApiError) as caught:
        list(router.receive(session))
    assert caught.value.code == ApiError.ALLOC_ERROR
    assert light.result(timeout=0).message is None
    assert started.queued_count(session) == 1  # the one that needs handles is still there


def test_an_answer_slot_takes_the_first_word_and_a_forgotten_one_frees_or_strays(
    started: Application, session: int
) -> None:
    """The manager's plain :class:`Answer` slot keeps the future's rules: the first word
    wins, what came for a forgotten request is freed, what comes after is a stray."""
    router = Router(started)
    answer = router.expect_answer(session, 7)
    queue(started, session, PduType.RESPONSE, 7)
    queue(started, session, PduType.RESPONSE, 7)
    strays = list(router.receive(session))
    assert answer.arrival is not None and answer.arrival.request_id == 7
    assert [(s.pdu_type, s.request_id) for s in strays] == [(PduType.RESPONSE, 7)]
    for stray in strays:
        stray.free()
    router.forget(session, 7, answer)  # it came, but the caller gave up meanwhile
    assert answer.arrival is None and handles(started, session) == []
    late = router.expect_answer(session, 8)
    router.forget(session, 8, late)
    queue(started, session, PduType.RESPONSE, 8)
    assert [a.request_id for a in router.receive(session)] == [8] and late.arrival is None
    noticed = router.expect_answer(session, 9, handles=False)
    router.notice(session, 9, ApiError.TL_TIMEOUT)
    assert noticed.arrival is not None and noticed.arrival.error == ApiError.TL_TIMEOUT
    router.expect_answer(session, 10)
    router.end(session, ApiError.SESSION_INVALID, "closed")
    assert len(router) == 0


def test_take_msg_says_how_many_wait_and_finds_an_empty_queue_quietly(
    started: Application, session: int
) -> None:
    """The Pythonic receivers' take: the count still queued lets the router stop after the
    last message (no take that finds nothing), and an empty queue or a closed session is
    None without an error written to the last-error slots (SnmpRecvMsg says NOOP)."""
    for request_id in (1, 2):
        queue(started, session, PduType.RESPONSE, request_id)
    before = started.get_last_error(session)
    taken = [started.take_msg(session, lambda _message: False) for _ in range(3)]
    assert [(t[0].pdu.request_id, t[1], t[2]) for t in taken[:2] if t] == [
        (1, None, 1),
        (2, None, 0),
    ]
    assert taken[2] is None
    assert started.get_last_error(session) == before != ApiError.NOOP
    with pytest.raises(SnmpApiError) as raised:
        started.recv_msg(session)
    assert raised.value.code == ApiError.NOOP
    started.close(session)
    assert started.take_msg(session, lambda _message: True) is None
    assert started.take_msg(True, lambda _message: True) is None  # a bool names no session
