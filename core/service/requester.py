"""The manager-client request path, served by the service's dispatcher.

:class:`~snmpscope.core.client.walk.Walk` (net-snmp's walk semantics) asks its manager for
``request(...)``. A GUI session has exactly one receiver, the
:class:`~snmpscope.core.service.dispatch.MessageDispatcher` (traps must arrive whether or not
anyone waits), so the service cannot put a
:class:`~snmpscope.core.client.manager.Manager` mailbox on the same session.
:class:`DispatcherRequester` offers the same ``request`` (and its halves ``dispatch`` and
``collect``, with which a walk has its next request on the wire while it hands out a batch)
on top of the dispatcher instead, so walks reuse the client's logic unchanged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout

from snmpscope.core.api import Context, Entity, Pdu
from snmpscope.core.client.manager import InFlight, response_of
from snmpscope.core.client.response import RequestCancelled, Response
from snmpscope.core.client.routing import Arrival
from snmpscope.core.constants import ApiError, PduType
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.snapshots import PduInfo
from snmpscope.core.service.dispatch import MessageDispatcher
from snmpscope.core.smi.values import SmiValue

POLL_S = 0.05  # how often a waiting request looks at its cancel flag
GRACE_S = 5.0  # beyond the entity's timeout x attempts: the transport must have answered


class DispatcherRequester:
    """``Manager.request`` for one session whose messages the dispatcher receives."""

    def __init__(self, app: Application, dispatcher: MessageDispatcher, session: int) -> None:
        self.app = app
        self.dispatcher = dispatcher
        self.session = session
        self.requests = 0

    def request(
        self,
        entity: Entity,
        context: Context,
        pdu_type: PduType | int,
        varbinds: Iterable[tuple[Iterable[int], SmiValue | None]],
        non_repeaters: int = 0,
        max_repetitions: int = 0,
        *,
        cancel: threading.Event | None = None,
    ) -> Response:
        """Create a PDU in the session, send it, wait for the answer, free both PDUs."""
        return self.collect(
            self.dispatch(
                entity, context, pdu_type, varbinds, non_repeaters, max_repetitions, cancel=cancel
            )
        )

    def dispatch(
        self,
        entity: Entity,
        context: Context,
        pdu_type: PduType | int,
        varbinds: Iterable[tuple[Iterable[int], SmiValue | None]],
        non_repeaters: int = 0,
        max_repetitions: int = 0,
        *,
        cancel: threading.Event | None = None,
    ) -> InFlight[Future[Arrival]]:
        """The sending half of :meth:`request` (``Manager.dispatch``)."""
        app, session = self.app, self.session
        bulk = pdu_type == PduType.GETBULK
        pdu, request_id = app.create_pdu_from(
            session,
            pdu_type,
            varbinds,
            0,
            non_repeaters if bulk else 0,
            max_repetitions if bulk else 0,
        )
        try:
            answer = self.dispatcher.expect(session, request_id)
            sent_at = time.monotonic()
            try:
                app.send_msg(session, None, entity.handle, context.handle, pdu)
            except BaseException:
                self.dispatcher.forget(session, request_id, answer)
                raise
        except BaseException:
            if app.is_valid(pdu):
                app.free_pdu(pdu)
            raise
        self.requests += 1
        pdu_handle = Pdu(app, pdu)
        return InFlight(
            entity, context, pdu_handle, request_id, answer, 0.0, sent_at, False, cancel
        )

    def collect(self, flight: InFlight[Future[Arrival]]) -> Response:
        """The waiting half of :meth:`request` (``Manager.collect``)."""
        app, session, pdu = self.app, self.session, flight.pdu.handle
        entity, context = flight.entity, flight.context
        try:
            arrival = self._wait(flight.answer, flight.request_id, entity, flight.cancel)
            try:
                if arrival.error:
                    raise self.dispatcher.failure(session, arrival)
                sent = app.describe(pdu)
                rtt_ms = sent.rtt_ms if isinstance(sent, PduInfo) else None
                return response_of(
                    arrival,
                    app.entity_address(entity.handle),
                    context.community,
                    time.monotonic() - flight.sent_at if rtt_ms is None else rtt_ms / 1000,
                )
            finally:
                arrival.free()
        finally:
            if app.is_valid(pdu):
                app.free_pdu(pdu)

    def abandon(self, flight: InFlight[Future[Arrival]]) -> None:
        """Give up a request nobody collects (``Manager.abandon``)."""
        self.dispatcher.forget(self.session, flight.request_id, flight.answer)
        if self.app.is_outstanding(self.session, flight.request_id):
            self.app.cancel_msg(self.session, flight.request_id)
        if self.app.is_valid(flight.pdu.handle):
            self.app.free_pdu(flight.pdu.handle)

    def _wait(
        self,
        answer: Future[Arrival],
        request_id: int,
        entity: Entity,
        cancel: threading.Event | None,
    ) -> Arrival:
        timeout_cs, retry = self.app.get_timeout(entity.handle)[0], entity.retry
        deadline = time.monotonic() + timeout_cs / 100.0 * (retry + 1) + GRACE_S
        while True:
            try:
                return answer.result(timeout=POLL_S)
            except FutureTimeout:
                pass
            cancelled = cancel is not None and cancel.is_set()
            if cancelled or time.monotonic() > deadline:
                self.dispatcher.forget(self.session, request_id, answer)
                if self.app.is_outstanding(self.session, request_id):
                    self.app.cancel_msg(self.session, request_id)
                if cancelled:
                    raise RequestCancelled(request_id)
                raise SnmpApiError(
                    ApiError.TL_TIMEOUT,
                    f"no answer and no transport notice for request {request_id}",
                    self.session,
                )
