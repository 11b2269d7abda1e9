"""Informs are acknowledged only once the model has queued them to a session: an inform no
registration wants, or one that full queues refuse, stays unacknowledged so that its sender
retries; the retransmission is acknowledged once a session takes it."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from transportkit import oid, received

from snmpscope.core.api import Snmp
from snmpscope.core.constants import SNMP_TRAP_OID_0, SYS_UPTIME_0, PduType, SnmpVersion, Syntax
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import SmiValue
from snmpscope.core.transport.codec import PysnmpCodec, WireMessage

COLD_START = oid("1.3.6.1.6.3.1.1.5.1")
LINK_UP = oid("1.3.6.1.6.3.1.1.5.4")


def inform(request_id: int, trap_oid: tuple[int, ...] = COLD_START) -> bytes:
    return PysnmpCodec().encode(
        WireMessage(
            SnmpVersion.V2C,
            b"public",
            PduData(
                PduType.INFORM,
                request_id,
                0,
                0,
                [
                    (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 1)),
                    (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, trap_oid)),
                ],
            ),
        )
    )


@pytest.fixture
def sender() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(10)
        yield sock


def acknowledgements(sock: socket.socket) -> list[int]:
    """Request ids of the acknowledgements waiting in ``sock`` (without waiting: call after
    the transport settled, by which time every acknowledgement it decided went out)."""
    found = []
    sock.setblocking(False)
    try:
        while True:
            try:
                data = sock.recv(65535)
            except BlockingIOError:
                return found
            message = PysnmpCodec().decode(data)
            assert message.pdu.type == PduType.RESPONSE
            found.append(message.pdu.request_id)
    finally:
        sock.settimeout(10)


def test_the_acknowledgement_follows_the_queueing(snmp: Snmp, sender: socket.socket) -> None:
    with snmp.session() as session:
        session.register()
        where = ("127.0.0.1", snmp.app.trap_endpoint[1])
        for request_id in range(1, 21):
            sender.sendto(inform(request_id), where)
            ack = PysnmpCodec().decode(sender.recv(65535))
            assert ack.pdu.request_id == request_id
            # Acknowledged means queued: the message is in the session's queue already.
            assert session.queued == request_id


def test_an_inform_no_registration_wants_is_not_acknowledged(
    snmp: Snmp, sender: socket.socket
) -> None:
    with snmp.session() as session:
        session.register(notification=LINK_UP)
        where = ("127.0.0.1", snmp.app.trap_endpoint[1])
        sender.sendto(inform(7, COLD_START), where)
        stats = received(snmp.app, 1).stats
        assert acknowledgements(sender) == []
        assert session.queued == 0
        assert (stats.informs, stats.unacknowledged_informs) == (0, 1)
        # The sender retries; with a registration that wants it now, it is taken and answered.
        session.register()
        sender.sendto(inform(7, COLD_START), where)
        stats = received(snmp.app, 2).stats
        assert acknowledgements(sender) == [7]
        assert session.queued == 1
        assert stats.informs == 1


def test_an_inform_a_full_queue_refuses_is_not_acknowledged(
    snmp: Snmp, sender: socket.socket
) -> None:
    snmp.set_limits(queue_per_session=1)
    with snmp.session() as session:
        session.register()
        where = ("127.0.0.1", snmp.app.trap_endpoint[1])
        sender.sendto(inform(1), where)
        sender.sendto(inform(2), where)
        received(snmp.app, 2)
        # Loopback may deliver the two in either order: the first to arrive is queued.
        taken = acknowledgements(sender)
        assert len(taken) == 1 and taken[0] in (1, 2), "the second found the queue full"
        assert session.queued == 1
        first = session.recv()
        assert first.pdu.request_id == taken[0]
        first.free()  # room again
        refused = 3 - taken[0]
        sender.sendto(inform(refused), where)  # the sender's retransmission
        received(snmp.app, 3)
        assert acknowledgements(sender) == [refused]
        assert session.recv().pdu.request_id == refused


def test_an_inform_queued_to_one_of_two_sessions_is_acknowledged(
    snmp: Snmp, sender: socket.socket
) -> None:
    snmp.set_limits(queue_per_session=1)
    with snmp.session() as full, snmp.session() as roomy:
        full.register()
        roomy.register()
        where = ("127.0.0.1", snmp.app.trap_endpoint[1])
        sender.sendto(inform(1), where)
        received(snmp.app, 1)
        roomy.recv().free()
        sender.sendto(inform(2), where)
        received(snmp.app, 2)
        assert acknowledgements(sender) == [1, 2]
        assert (full.queued, roomy.queued) == (1, 1)
