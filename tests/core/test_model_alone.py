"""The model without the network: no transport is imported or configured unless a face
injects one, and an injected backend talks to the model only through the ports."""

from __future__ import annotations

import subprocess
import sys

import pytest

from snmpscope.core.constants import SNMPAPI_ON, ApiError, PduType, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.events import EventType, ResourceEvent
from snmpscope.core.model.ports import (
    DecodedMessage,
    ModelPort,
    OutboundMessage,
    RequestRef,
    TransportBackend,
)
from snmpscope.core.model.states import EntityState, IncomingMessage, PduData, PduState
from snmpscope.core.smi.address import parse_entity_address


def test_importing_the_model_imports_no_transport() -> None:
    code = (
        "import sys, snmpscope.core.model.application\n"
        "print(sorted(m for m in sys.modules if m.startswith('snmpscope.core.transport')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_without_a_factory_network_calls_are_tl_not_initialized() -> None:
    app = Application()
    app.startup()
    try:
        session = app.create_session(callback=lambda *args: 1)
        entity = app.str_to_entity(session, "127.0.0.1:1161")
        context = app.str_to_context(session, "public")
        pdu = app.create_pdu(session, PduType.GET)
        calls = [
            lambda: app.send_msg(session, None, entity, context, pdu),
            lambda: app.encode_msg(session, 0, entity, context, pdu),
            lambda: app.decode_msg(session, b"0\x00"),
            lambda: app.register(session, None, None, None, None, SNMPAPI_ON),
            lambda: app.listen(entity, SNMPAPI_ON),
        ]
        for call in calls:
            with pytest.raises(SnmpApiError) as caught:
                call()
            assert caught.value.code == ApiError.TL_NOT_INITIALIZED
            assert app.get_last_error(session) == ApiError.TL_NOT_INITIALIZED
        assert app.outstanding_count(session) == 0
        assert app.running_transport is None
    finally:
        app.cleanup()


class FakeBackend:
    """A transport that sends nothing and keeps what it was given."""

    def __init__(self, port: ModelPort) -> None:
        self.port = port
        self.sent: list[OutboundMessage] = []
        self.closed: list[int] = []
        self.stopped = False

    def send(self, message: OutboundMessage) -> None:
        self.sent.append(message)

    def cancel(self, session: int, request_id: int) -> None:
        pass

    def session_closed(self, session: int) -> None:
        self.closed.append(session)

    def listen(self, entity: EntityState, on: bool) -> None:
        pass

    def ensure_trap_receiver(self) -> None:
        host, port = self.port.trap_endpoint
        if port == 0:
            self.port.trap_endpoint_bound(host, 40162)

    def add_usm_user(self, security: object, on: bool) -> None:
        pass

    def move_trap_receiver(self, host: str, port: int) -> tuple[str, int] | None:
        return None

    def encode(self, message: OutboundMessage) -> bytes:
        return b""

    def decode(self, data: bytes) -> DecodedMessage:
        raise SnmpApiError(ApiError.MESSAGE_INVALID, "fake")

    def shutdown(self) -> None:
        self.stopped = True


def test_an_injected_backend_reports_through_the_model_port() -> None:
    backends: list[FakeBackend] = []

    def factory(port: ModelPort) -> TransportBackend:
        backends.append(FakeBackend(port))
        return backends[-1]

    app = Application(transport_factory=factory)
    app.trap_endpoint = ("127.0.0.1", 0)
    seen: list[ResourceEvent] = []
    app.events.subscribe(seen.append)
    notes: list[tuple[int, int]] = []
    app.startup()
    session = app.create_session(callback=lambda s, w, m, wp, lp, d: notes.append((wp, lp)) or 1)
    entity = app.str_to_entity(session, "127.0.0.1:1161")
    context = app.str_to_context(session, "public")
    pdu = app.create_pdu(session, PduType.GET, request_id=7)
    app.send_msg(session, None, entity, context, pdu)
    (backend,) = backends
    assert [m.pdu.request_id for m in backend.sent] == [7]

    port = backend.port
    assert port.observed
    ref = RequestRef(session, 7, pdu, entity, "127.0.0.1:1161", 1, True, 3)
    port.request_sent(ref, 1, 1000.0, b"wire")
    status = app.pdu_status(pdu)
    assert (status.state, status.attempt, status.max_attempts, status.raw) == (
        PduState.PENDING,
        1,
        3,
        b"wire",
    )
    answer = IncomingMessage(
        parse_entity_address("127.0.0.1:1161", 161),
        parse_entity_address("0.0.0.0:5000", 161),
        SnmpVersion.V2C,
        b"public",
        PduData(int(PduType.RESPONSE), 7, 0, 0, []),
        b"answer",
    )
    port.request_answered(ref, answer, 0.05, 2)
    assert notes == [(0, 7)]
    assert app.get_timeout(entity)[1] == 5 and app.get_retry(entity)[1] == 1
    assert app.pdu_status(pdu).state is PduState.ANSWERED
    assert app.outstanding_count(session) == 0
    wire = [e for e in seen if e.type in (EventType.MESSAGE_SENT, EventType.MESSAGE_RECEIVED)]
    assert [e.detail["raw"] for e in wire] == [b"wire", b"answer"]

    app.register(session, None, None, None, None, SNMPAPI_ON)
    assert app.trap_endpoint == ("127.0.0.1", 40162)

    app.cleanup()
    assert backend.closed == [session] and backend.stopped
    assert app.running_transport is None
