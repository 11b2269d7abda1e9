"""What one datagram may cost: the codec's prescan refuses messages with more varbinds than it
decodes, and BER that SNMP never uses (constructed strings, indefinite lengths), before pyasn1
sees them; the transport counts them, the receiver keeps answering; the backlog of unsolicited
reports waiting for the model is bounded, and what does not fit is counted, not queued."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from transportkit import EventLog, flushed, oid, transport

from snmpscope.core.api import Snmp
from snmpscope.core.constants import (
    SNMP_TRAP_OID_0,
    SNMPAPI_SUCCESS,
    SYS_UPTIME_0,
    ApiError,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import SmiValue, VarBind, make_value
from snmpscope.core.transport import codec as codec_module
from snmpscope.core.transport.codec import (
    CodecError,
    OversizedMessageError,
    PysnmpCodec,
    WireMessage,
)
from snmpscope.core.transport.prescan import MAX_VARBINDS, prescan

COLD_START = oid("1.3.6.1.6.3.1.1.5.1")


def notification(count: int, pdu_type: int = PduType.TRAP, request_id: int = 1) -> bytes:
    varbinds: list[VarBind] = [
        (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 1)),
        (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, COLD_START)),
    ]
    varbinds += [((1, 3, 6, 1, 2, i % 100), make_value(Syntax.INT, i % 100)) for i in range(count)]
    return PysnmpCodec().encode(
        WireMessage(SnmpVersion.V2C, b"public", PduData(pdu_type, request_id, 0, 0, varbinds))
    )


@pytest.fixture
def no_pyasn1(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Record what reaches pyasn1's decoder (and refuse it): the prescan's refusals must not."""
    reached: list[bytes] = []

    def decode(data: bytes, **_kwargs: object) -> object:
        reached.append(data)
        raise AssertionError("pyasn1 was asked")

    monkeypatch.setattr(codec_module.decoder, "decode", decode)
    return reached


def test_too_many_varbinds_are_refused_before_decoding(no_pyasn1: list[bytes]) -> None:
    data = notification(5000)
    assert len(data) < 65507, "it fits one UDP datagram"
    with pytest.raises(OversizedMessageError, match=f"more than {MAX_VARBINDS} variable bind"):
        PysnmpCodec().decode(data)
    assert no_pyasn1 == []


def test_the_most_varbinds_allowed_still_decode() -> None:
    data = notification(MAX_VARBINDS - 2)
    assert prescan(data) == MAX_VARBINDS
    decoded = PysnmpCodec().decode(data)
    assert len(decoded.pdu.varbinds) == MAX_VARBINDS
    with pytest.raises(OversizedMessageError):
        PysnmpCodec(max_varbinds=MAX_VARBINDS - 1).decode(data)


def _length(size: int) -> bytes:
    if size < 0x80:
        return bytes([size])
    octets = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(octets)]) + octets


def _message(community: bytes, pdu: bytes) -> bytes:
    body = b"\x02\x01\x01" + community + pdu
    return b"\x30" + _length(len(body)) + body


EMPTY_TRAP = b"\xa7\x0b\x02\x01\x01\x02\x01\x00\x02\x01\x00\x30\x00"


@pytest.mark.parametrize(
    "data",
    [
        # a community OCTET STRING in 20,000 constructed pieces (pyasn1: ~0.15 s)
        _message(b"\x24" + _length(60000) + b"\x04\x01a" * 20000, EMPTY_TRAP),
        # indefinite lengths
        b"\x30\x80\x02\x01\x01\x04\x06public" + EMPTY_TRAP + b"\x00\x00",
        # a length running past the datagram
        _message(b"\x04\x06public", b"\xa7\x7f\x02\x01\x01"),
        # a varbind with a third component
        _message(
            b"\x04\x06public",
            b"\xa7\x14\x02\x01\x01\x02\x01\x00\x02\x01\x00\x30\x09\x30\x07\x06\x01\x2b\x05\x00"
            b"\x05\x00",
        ),
    ],
    ids=["constructed-string", "indefinite-length", "length-past-end", "varbind-of-three"],
)
def test_ber_that_snmp_never_uses_is_refused_before_decoding(
    no_pyasn1: list[bytes], data: bytes
) -> None:
    with pytest.raises(CodecError):
        PysnmpCodec().decode(data)
    assert no_pyasn1 == []


def test_decode_msg_of_an_oversized_message_is_message_invalid(snmp: Snmp) -> None:
    with snmp.session() as session:
        with pytest.raises(SnmpApiError) as refused:
            snmp.app.decode_msg(session.handle, notification(5000))
        assert refused.value.code == ApiError.MESSAGE_INVALID


@pytest.fixture
def sender() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(10)
        yield sock


def test_an_oversized_trap_is_counted_and_the_receiver_still_answers(
    snmp: Snmp, sender: socket.socket
) -> None:
    log = EventLog(snmp.app)
    try:
        with snmp.session() as session:
            session.register()
            where = ("127.0.0.1", snmp.app.trap_endpoint[1])
            sender.sendto(notification(5000), where)
            log.wait(log.dropped("oversized"))
            sender.sendto(notification(3, PduType.INFORM, request_id=77), where)
            ack = PysnmpCodec().decode(sender.recv(65535))
            assert (ack.pdu.type, ack.pdu.request_id) == (PduType.RESPONSE, 77)
            assert session.queued == 1
        stats = flushed(snmp.app).stats
        assert (stats.oversized, stats.undecodable, stats.traps) == (1, 0, 1)
    finally:
        log.close()


def test_the_backlog_waiting_for_the_model_is_bounded(snmp: Snmp, sender: socket.socket) -> None:
    entered, release = threading.Event(), threading.Event()

    def slow(session: int, hwnd: object, wmsg: int, wparam: int, lparam: int, data: object) -> int:
        # The session callback runs on the dispatcher thread: holding it holds the model back.
        entered.set()
        release.wait(30)
        return SNMPAPI_SUCCESS

    session = snmp.app.create_session(callback=slow)
    try:
        snmp.app.register(session, None, None, None, None, 1)
        udp = transport(snmp.app)
        udp._bridge.backlog_messages = 5
        where = ("127.0.0.1", snmp.app.trap_endpoint[1])
        sender.sendto(notification(1), where)
        assert entered.wait(10)  # the first is with the model, held in the callback
        for _ in range(19):
            sender.sendto(notification(1), where)
        # Let the I/O thread read all twenty (the dispatcher is held, so ``received`` cannot
        # flush; a delivery the kernel deferred is read on a later round).
        deadline = time.monotonic() + 10
        while udp.stats.received < 20 and time.monotonic() < deadline:
            udp._io.run_sync(lambda: [e.read_pending() for e in list(udp._endpoints.values())])
            if udp.stats.received < 20:
                threading.Event().wait(0.005)
        assert udp.stats.received == 20
        assert udp._bridge.backlog == (5, udp._bridge.backlog[1])
        assert udp.stats.backlog_dropped == 15
        release.set()
        flushed(snmp.app)
        assert snmp.app.queued_count(session) == 5
        assert udp._bridge.backlog == (0, 0)
        assert udp.stats.traps == 5
    finally:
        release.set()
        snmp.app.close(session)
