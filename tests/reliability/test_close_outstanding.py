"""Closing with 1,000 requests outstanding: no notification comes afterwards (the answers
that arrive later are counted as late and dropped), no handle is left, no request is left in
the transport, through SnmpClose and through the service's shutdown.

The scripted responder holds every answer until the test releases them, after the close, so
the late answers really arrive. The kernel may drop some of a thousand datagrams arriving at
once, requests or answers (counted in /proc/net/udp): every one is accounted for.
"""

from __future__ import annotations

import socket
import threading

from agents.scripted import ScriptedResponder
from floodkit import udp_drops
from PySide6.QtCore import QCoreApplication

from snmpscope.core.api import Snmp
from snmpscope.core.constants import SNMPAPI_SUCCESS, PduType, SnmpVersion
from snmpscope.core.service import ServiceController
from snmpscope.core.transport import transport_of

REQUESTS = 1000
SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)
TIMEOUT_CS = 6000  # nothing times out while the test runs: every request stays outstanding


class Notes:
    """A session callback that records every (wParam, lParam) it is given."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[tuple[int, int]] = []

    def __call__(
        self, session: int, hwnd: object, wmsg: int, wparam: int, lparam: int, data: object
    ) -> int:
        with self._lock:
            self._items.append((wparam, lparam))
        return SNMPAPI_SUCCESS

    @property
    def items(self) -> list[tuple[int, int]]:
        with self._lock:
            return list(self._items)


class Answers:
    """Every succeeded/failed answer of a service controller, by token."""

    def __init__(self, qtbot, controller: ServiceController) -> None:
        self.qtbot = qtbot
        self.by_token: dict[int, tuple[str, object]] = {}
        self.count = 0
        controller.succeeded.connect(self._succeeded)
        controller.failed.connect(self._failed)

    def _succeeded(self, token: int, result: object) -> None:
        self.count += 1
        self.by_token[token] = ("ok", result)

    def _failed(self, token: int, failure: object) -> None:
        self.count += 1
        self.by_token[token] = ("failed", failure)

    def handle(self, token: int) -> int:
        """Wait for the handle ``token`` succeeds with."""
        self.qtbot.waitUntil(lambda: token in self.by_token, timeout=10000)
        kind, result = self.by_token[token]
        assert kind == "ok" and isinstance(result, int), result
        return result


def _all_arrived(snmp: Snmp, responder: ScriptedResponder, drops_before: int) -> int:
    """Wait until the responder has every request that reached it (the kernel may have
    dropped some when its buffer was full: those stay outstanding, unanswered); returns how
    many answers it holds."""
    udp = transport_of(snmp.app)
    assert udp is not None and udp.flush(30)  # every request has left our socket
    dropped = udp_drops(responder.port) - drops_before
    responder.wait_for_requests(REQUESTS - dropped, timeout=60)
    return responder.held_count


def _late_answers(snmp: Snmp, responder: ScriptedResponder, held: int) -> tuple[int, int]:
    """Release the held answers; (late answers the transport counted, kernel drops)."""
    udp = transport_of(snmp.app)
    assert udp is not None
    local = udp.local_address(socket.AF_INET)
    assert local is not None
    drops_before = udp_drops(local.port, "0.0.0.0")
    assert responder.release_late() == held
    responder.wait_for_sent(held, timeout=30)
    assert udp.flush(30)
    return udp.stats.late, udp_drops(local.port, "0.0.0.0") - drops_before


def test_snmp_close_with_a_thousand_outstanding(scripted_agent: ScriptedResponder) -> None:
    scripted_agent.send_late(REQUESTS)
    notes = Notes()
    with Snmp() as snmp:
        app = snmp.app
        session = app.create_session(callback=notes)
        entity = app.create_entity(
            session, f"127.0.0.1:{scripted_agent.port}", SnmpVersion.V2C, TIMEOUT_CS, 0
        )
        context = app.create_context(session, b"public")
        drops_before = udp_drops(scripted_agent.port)
        for _ in range(REQUESTS):
            vbl = app.create_vbl_from(session, ((SYS_DESCR_0, None),))
            pdu = app.create_pdu(session, PduType.GET, 0, 0, 0, vbl)
            app.send_msg(session, None, entity, context, pdu)
        held = _all_arrived(snmp, scripted_agent, drops_before)
        assert app.outstanding_count(session) == REQUESTS
        assert notes.items == []

        app.close(session)
        late, kernel_drops = _late_answers(snmp, scripted_agent, held)
        assert notes.items == [], "no notification after the close"
        assert late + kernel_drops == held
        assert app.live_handle_count() == 0
        assert app.outstanding_count() == 0
        udp = transport_of(app)
        assert udp is not None and udp.stats.responses == 0
        assert len(udp._exchange.requests) == 0  # type: ignore[union-attr]


def test_service_shutdown_with_a_thousand_outstanding(
    qtbot, scripted_agent: ScriptedResponder
) -> None:
    scripted_agent.send_late(REQUESTS)
    with Snmp() as snmp:
        app = snmp.app
        controller = ServiceController(app)
        controller.start(prewarm_mibs=False)
        answers = Answers(qtbot, controller)
        session = answers.handle(controller.open_session("many"))
        address = f"127.0.0.1:{scripted_agent.port}"
        entity = answers.handle(
            controller.add_entity(session, address, SnmpVersion.V2C, TIMEOUT_CS, 0)
        )
        context = answers.handle(controller.add_context(session, b"public"))
        get = ((SYS_DESCR_0, None),)
        tokens = [controller.create_pdu(session, PduType.GET, get) for _ in range(REQUESTS)]
        pdus = [answers.handle(token) for token in tokens]
        drops_before = udp_drops(scripted_agent.port)
        sends = {controller.send(session, entity, context, pdu) for pdu in pdus}
        qtbot.waitUntil(lambda: app.outstanding_count(session) == REQUESTS, timeout=30000)
        held = _all_arrived(snmp, scripted_agent, drops_before)
        assert not sends & answers.by_token.keys(), "nothing answered them yet"

        assert controller.shutdown(10000)
        # Each send was answered exactly once, before shutdown returned: as failed.
        assert sends <= answers.by_token.keys()
        assert {answers.by_token[token][0] for token in sends} == {"failed"}
        settled = answers.count
        late, kernel_drops = _late_answers(snmp, scripted_agent, held)
        QCoreApplication.sendPostedEvents()  # anything queued for this thread arrives now
        assert answers.count == settled, "no late answer after the shutdown"
        assert late + kernel_drops == held
        assert app.live_handle_count() == 0
        assert app.session_handles() == []
