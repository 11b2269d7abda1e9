"""Polling: GET a few objects of one agent every N seconds, for the polling graph.

The window never touches the network: :class:`Poller` (a ``QObject`` on the GUI thread)
keeps one ``QTimer`` per poll and, at each tick, hands a :class:`PollRequest` to
:class:`PollWorker`, which lives on the service's session thread (the thread that already
creates and sends the window's PDUs). The worker creates one GET PDU in the poll's session,
sends it through the service's dispatcher without waiting, and returns to its queue; the
answer (or the transport's TL_TIMEOUT after the entity's retries) arrives on the dispatcher's
thread (or is read at once on the session thread when it came in before the send returned),
where both PDUs are freed and a :class:`PollAnswer` is emitted, queued to the GUI.

Every GET carries ``sysUpTime.0`` first, so the graph knows the agent's own clock and sees an
agent restart (:mod:`snmpscope.core.smi.rates`). A tick while the previous poll of the same
graph is still outstanding is skipped and counted (``PollAnswer.skipped``): a slow agent is
not flooded, and its missing samples show as breaks, not as made-up values.
"""

from __future__ import annotations

import itertools
import logging
import time
from concurrent.futures import Future
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from snmpscope.core.client.routing import Arrival
from snmpscope.core.constants import ApiError, PduType, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.service.dispatch import MessageDispatcher
from snmpscope.core.service.failures import failure_from
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.rates import Sample
from snmpscope.core.smi.values import SmiValue

log = logging.getLogger(__name__)
SYS_UPTIME_0: Oid = (1, 3, 6, 1, 2, 1, 1, 3, 0)
MIN_INTERVAL_S = 0.2


@dataclass(frozen=True, slots=True)
class PollSpec:
    """What to poll: objects of the agent ``entity`` (with ``context``) of ``session``."""

    session: int
    entity: int
    context: int
    oids: tuple[Oid, ...]
    interval_s: float = 5.0


@dataclass(frozen=True, slots=True)
class PollRequest:
    """One poll of one graph (worker side)."""

    poll: int
    seq: int
    spec: PollSpec


@dataclass(frozen=True, slots=True)
class PollAnswer:
    """The outcome of one poll: ``values`` per polled OID (None where the agent had none or
    the poll failed), ``uptime`` the agent's sysUpTime, ``error`` a message when the whole poll
    failed (timeout, error status), ``t`` when it was answered (``time.monotonic``)."""

    poll: int
    seq: int
    t: float
    uptime: int | None
    values: tuple[tuple[Oid, SmiValue | None], ...]
    error: str = ""
    error_code: int = 0
    skipped: int = 0  # ticks skipped since the previous answer (still outstanding)

    def samples(self) -> list[tuple[Oid, Sample]]:
        """One :class:`Sample` per polled OID."""
        found = []
        for oid, value in self.values:
            number = value.value if value is not None and isinstance(value.value, int) else None
            syntax = int(value.syntax) if value is not None else 0
            found.append((oid, Sample(self.t, self.uptime, syntax, number)))
        return found


class PollWorker(QObject):
    """Sends the polls (session thread) and turns answers into :class:`PollAnswer`s
    (dispatcher thread)."""

    answered = Signal(object)  # PollAnswer

    def __init__(self, app: Application, dispatcher: MessageDispatcher) -> None:
        super().__init__()
        self._app = app
        self._dispatcher = dispatcher

    @Slot(object)
    def poll(self, request: PollRequest) -> None:
        """Create the GET, send it, and leave the answer to the dispatcher's thread."""
        spec, app = request.spec, self._app
        try:
            pdu = self._create(spec)
        except Exception as exc:
            self._fail(request, failure_from(exc).message, _code(exc))
            return
        try:
            request_id = app.pdu_data(pdu).request_id
            answer = self._dispatcher.expect(spec.session, request_id)
            try:
                app.send_msg(spec.session, None, spec.entity, spec.context, pdu)
            except BaseException:
                self._dispatcher.forget(spec.session, request_id, answer)
                raise
        except Exception as exc:
            self._free(pdu)
            self._fail(request, failure_from(exc).message, _code(exc))
            return
        answer.add_done_callback(lambda done: self._arrived(request, pdu, done))

    def _create(self, spec: PollSpec) -> int:
        app = self._app
        vbl = app.create_vbl_from(
            spec.session, [(SYS_UPTIME_0, None), *((o, None) for o in spec.oids)]
        )
        try:
            return app.create_pdu(spec.session, PduType.GET, 0, 0, 0, vbl)
        finally:
            app.free_vbl(vbl)

    def _arrived(self, request: PollRequest, pdu: int, done: Future[Arrival]) -> None:
        # The dispatcher's thread: read, free, emit (queued to the GUI).
        self._free(pdu)
        if done.cancelled():
            self._fail(request, "the poll was cancelled", int(ApiError.OPERATION_INVALID))
            return
        arrival = done.result()
        try:
            if arrival.error:
                failure = failure_from(self._dispatcher.failure(request.spec.session, arrival))
                self._fail(request, failure.message, failure.code)
                return
            self.answered.emit(_answer(request, arrival))
        finally:
            arrival.free()

    def _free(self, pdu: int) -> None:
        try:
            if self._app.is_valid(pdu):
                self._app.free_pdu(pdu)
        except SnmpApiError as exc:  # the session closed meanwhile: its handles are gone
            log.debug("poll PDU %d: %s", pdu, exc)

    def _fail(self, request: PollRequest, message: str, code: int) -> None:
        values: tuple[tuple[Oid, SmiValue | None], ...] = tuple(
            (oid, None) for oid in request.spec.oids
        )
        self.answered.emit(
            PollAnswer(request.poll, request.seq, time.monotonic(), None, values, message, code)
        )


def _code(exc: BaseException) -> int:
    return int(exc.code) if isinstance(exc, SnmpApiError) else int(ApiError.OTHER_ERROR)


def _answer(request: PollRequest, arrival: Arrival) -> PollAnswer:
    by_oid = {tuple(oid): value for oid, value in arrival.varbinds}
    uptime_value = by_oid.get(SYS_UPTIME_0)
    uptime = (
        uptime_value.value
        if uptime_value is not None
        and uptime_value.syntax == Syntax.TIMETICKS
        and isinstance(uptime_value.value, int)
        else None
    )
    oids = request.spec.oids
    values: tuple[tuple[Oid, SmiValue | None], ...]
    if arrival.error_status:
        values = tuple((oid, None) for oid in oids)
        text = f"error status {arrival.error_status} at varbind {arrival.error_index}"
        return PollAnswer(request.poll, request.seq, arrival.received_at, uptime, values, text)
    values = tuple((oid, by_oid.get(tuple(oid))) for oid in oids)
    return PollAnswer(request.poll, request.seq, arrival.received_at, uptime, values)


@dataclass(slots=True)
class _Poll:
    spec: PollSpec
    timer: QTimer
    seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    outstanding: int = 0  # seq of the poll in flight, 0 when none
    skipped: int = 0
    paused: bool = False


class Poller(QObject):
    """The GUI-side half: timers, one poll in flight per graph, answers as ``answered``."""

    answered = Signal(object)  # PollAnswer, on the poller's (GUI) thread
    _send = Signal(object)

    def __init__(
        self,
        app: Application,
        dispatcher: MessageDispatcher,
        thread: QThread,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._polls: dict[int, _Poll] = {}
        self.worker = PollWorker(app, dispatcher)
        self.worker.moveToThread(thread)
        self._send.connect(self.worker.poll, Qt.ConnectionType.QueuedConnection)
        self.worker.answered.connect(self._answered, Qt.ConnectionType.QueuedConnection)

    def start(self, spec: PollSpec) -> int:
        """Start polling ``spec`` at once and then every ``interval_s``; returns its id."""
        if not spec.oids:
            raise ValueError("a poll needs at least one OID")
        poll_id = next(self._ids)
        timer = QTimer(self)
        timer.setInterval(round(max(MIN_INTERVAL_S, spec.interval_s) * 1000))
        timer.timeout.connect(lambda: self._tick(poll_id))
        self._polls[poll_id] = _Poll(spec, timer)
        timer.start()
        self._tick(poll_id)
        return poll_id

    def pause(self, poll_id: int, paused: bool) -> None:
        """Stop or resume the ticks of ``poll_id`` (what was sampled is kept by the caller)."""
        poll = self._polls.get(poll_id)
        if poll is None:
            return
        poll.paused = paused
        if paused:
            poll.timer.stop()
        else:
            poll.timer.start()
            self._tick(poll_id)

    def stop(self, poll_id: int) -> None:
        """Stop ``poll_id`` for good; an answer still in flight is dropped."""
        poll = self._polls.pop(poll_id, None)
        if poll is not None:
            poll.timer.stop()
            poll.timer.deleteLater()

    def stop_all(self) -> None:
        """Stop every poll (shutdown)."""
        for poll_id in list(self._polls):
            self.stop(poll_id)

    def active(self) -> list[int]:
        """Ids of the polls that are running (paused ones included)."""
        return sorted(self._polls)

    def _tick(self, poll_id: int) -> None:
        poll = self._polls.get(poll_id)
        if poll is None or poll.paused:
            return
        if poll.outstanding:
            poll.skipped += 1
            return
        poll.outstanding = next(poll.seq)
        self._send.emit(PollRequest(poll_id, poll.outstanding, poll.spec))

    def _answered(self, answer: PollAnswer) -> None:
        poll = self._polls.get(answer.poll)
        if poll is None or answer.seq != poll.outstanding:
            return  # stopped meanwhile
        poll.outstanding = 0
        skipped, poll.skipped = poll.skipped, 0
        if skipped:
            answer = PollAnswer(
                answer.poll,
                answer.seq,
                answer.t,
                answer.uptime,
                answer.values,
                answer.error,
                answer.error_code,
                skipped,
            )
        self.answered.emit(answer)
