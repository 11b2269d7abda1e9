"""The service's shutdown delivers what was already queued: every inform the receiver
acknowledged is announced by ``trapReceived`` before ``shutdown()`` returns, even when the
messaging thread had not received it yet."""

from __future__ import annotations

import socket
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from snmpscope.core.api import Snmp
from snmpscope.core.constants import SNMP_TRAP_OID_0, SYS_UPTIME_0, PduType, SnmpVersion, Syntax
from snmpscope.core.model.events import EventType, ResourceEvent
from snmpscope.core.model.states import PduData
from snmpscope.core.service import ServiceController, TrapRecord
from snmpscope.core.smi.values import SmiValue
from snmpscope.core.transport.codec import PysnmpCodec, WireMessage

COLD_START = (1, 3, 6, 1, 6, 3, 1, 1, 5, 1)
INFORMS = 25


def inform(request_id: int) -> bytes:
    varbinds = [
        (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, request_id)),
        (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, COLD_START)),
    ]
    return PysnmpCodec().encode(
        WireMessage(SnmpVersion.V2C, b"public", PduData(PduType.INFORM, request_id, 0, 0, varbinds))
    )


class Blocker(QObject):
    """Keeps a thread's event loop busy until ``release`` is set (then gives itself back to
    the GUI thread, so that it is not left behind in a finished thread)."""

    go = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.release = threading.Event()

    @Slot()
    def block(self) -> None:
        self.entered.set()
        self.release.wait(60)
        app = QCoreApplication.instance()
        assert app is not None
        self.moveToThread(app.thread())


def wait_answer(qtbot, controller: ServiceController, token: int) -> object:
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
    return answers[token]


def test_shutdown_delivers_every_acknowledged_inform(qtbot, snmp: Snmp) -> None:
    snmp.app.trap_endpoint = ("127.0.0.1", 0)
    controller = ServiceController(snmp.app)
    controller.start(prewarm_mibs=False)
    session = wait_answer(qtbot, controller, controller.open_session("traps"))
    assert isinstance(session, int)
    assert wait_answer(qtbot, controller, controller.register_traps(session)) is True
    records: list[TrapRecord] = []
    controller.trapReceived.connect(records.append)

    # The messaging thread stays busy until the session is closed: whatever is delivered must
    # come from shutdown's own drain of the queue.
    blocker = Blocker()
    blocker.moveToThread(controller.dispatcher.thread())
    blocker.go.connect(blocker.block, Qt.ConnectionType.QueuedConnection)
    blocker.go.emit()
    assert blocker.entered.wait(10)

    def closed(event: ResourceEvent) -> None:
        if event.type == EventType.SESSION_CLOSED and event.handle == session:
            blocker.release.set()

    unsubscribe = snmp.app.events.subscribe(closed)
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            sender.settimeout(10)
            where = ("127.0.0.1", snmp.app.trap_endpoint[1])
            for request_id in range(1, INFORMS + 1):
                sender.sendto(inform(request_id), where)
            acks: set[int] = set()
            while len(acks) < INFORMS:
                acks.add(PysnmpCodec().decode(sender.recv(65535)).pdu.request_id)
        assert acks == set(range(1, INFORMS + 1)), "every inform was acknowledged"
        assert records == [], "nothing was announced yet"
        assert controller.shutdown(10000)
    finally:
        blocker.release.set()
        unsubscribe()
    delivered = sorted(r.request_id for r in records)
    assert delivered == list(range(1, INFORMS + 1))
    assert all(r.session == session and r.pdu_type == PduType.INFORM for r in records)
    QCoreApplication.sendPostedEvents()
    assert len(records) == INFORMS, "nothing is announced twice"
