"""What the transport tells the model, run in order on the dispatcher thread.

The I/O loop calls these methods; each one only posts a report to the
:class:`~snmpscope.core.transport.dispatcher.Dispatcher`, which hands it to the model's
:class:`~snmpscope.core.model.ports.ModelPort` on its own thread. The model locks, updates PDU
status, emits its events and notifies sessions itself; nothing here touches the model's state.
Values that change on the I/O thread (the attempt number, the send time) are copied when the
report is posted, so that each report says what was true when it happened.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from snmpscope.core.constants import ApiError
from snmpscope.core.model.ports import ModelPort, RequestRef
from snmpscope.core.model.states import IncomingMessage
from snmpscope.core.smi.oid import Oid
from snmpscope.core.transport.dispatcher import Dispatcher
from snmpscope.core.transport.requests import PendingRequest


class AppBridge:
    """Posts transport outcomes to the model's port (see the module docstring)."""

    def __init__(self, port: ModelPort, dispatcher: Dispatcher) -> None:
        self.port = port
        self.dispatcher = dispatcher

    # ------------------------------------------------------------------ requests
    def request_sent(self, request: PendingRequest) -> None:
        """A transmission of ``request`` went out (attempt 1 or a retransmission)."""
        self.dispatcher.post(
            self.port.request_sent, _ref(request), request.attempt, time.time(), request.wire
        )

    def answered(self, request: PendingRequest, message: IncomingMessage, rtt_s: float) -> None:
        """``message`` answers ``request`` (matched by id and peer)."""
        self.dispatcher.post(
            self.port.request_answered, _ref(request), message, rtt_s, request.attempt
        )

    def failed(
        self, request: PendingRequest, code: ApiError, message: IncomingMessage | None = None
    ) -> None:
        """``request`` ended without an answer: TL_TIMEOUT, TL_UNDELIVERABLE ..."""
        self.dispatcher.post(self.port.request_failed, _ref(request), code, message)

    # ------------------------------------------------------------------ unsolicited messages
    def notification(
        self,
        message: IncomingMessage,
        trap_oid: Oid | None,
        decided: Callable[[bool], None] | None = None,
    ) -> None:
        """A trap or inform (in SNMPv2 form) for the registration filter. ``decided`` is
        called on the dispatcher thread with the model's answer: True once the message is
        queued to at least one session (an inform may be acknowledged now), False when
        nobody took it."""
        self.dispatcher.post(self._notification, message, trap_oid, decided)

    def _notification(
        self,
        message: IncomingMessage,
        trap_oid: Oid | None,
        decided: Callable[[bool], None] | None,
    ) -> None:
        queued = False
        try:
            queued = bool(self.port.notification_received(message, trap_oid))
        finally:
            if decided is not None:
                decided(queued)

    def agent_request(self, entity: int, message: IncomingMessage) -> None:
        """A request for a listening entity: it goes to the queue of the entity's session."""
        self.dispatcher.post(self.port.agent_request, entity, message)

    def dropped(self, peer: str, raw: bytes, reason: str) -> None:
        """A datagram nobody gets (garbage, duplicate, late, wrong peer ...), for observers."""
        if self.port.observed:
            self.dispatcher.post(self.port.datagram_dropped, peer, raw, reason)


def _ref(request: PendingRequest) -> RequestRef:
    return RequestRef(
        session=request.session,
        request_id=request.request_id,
        pdu_handle=request.pdu_handle,
        dst_entity=request.dst_entity,
        peer=request.destination.text(),
        version=int(request.version),
        confirmed=request.confirmed,
        max_attempts=request.max_attempts,
    )
