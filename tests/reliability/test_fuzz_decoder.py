"""Decoder and trap-port fuzzing, CI-sized and seeded (the million-datagram run is
``tests/bench/bench_fuzz_decoder.py``): random and structure-aware mutations of valid
v1/v2c/v3 messages (``fuzz_corpus``).

* 50,000 datagrams through SnmpDecodeMsg: nothing but a message or MESSAGE_INVALID comes out
  (no other exception, no other code), and no handle is left behind;
* 5,000 more through a real trap receiver on loopback: the I/O thread survives every one,
  counts each (as a notification or as a drop, matching what the codec says of it), and the
  receiver still acknowledges an inform and delivers a trap afterwards.
"""

from __future__ import annotations

import socket
from collections import Counter

import pytest
from floodkit import accounted, udp_drops
from fuzz_corpus import Mutator, seed_messages
from pyasn1.codec.ber import decoder
from pysnmp.proto.mpmod.rfc3412 import SNMPv3Message

from snmpscope.core.api import Snmp, new_application
from snmpscope.core.constants import (
    SNMP_TRAP_OID_0,
    SYS_UPTIME_0,
    ApiError,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import make_value
from snmpscope.core.transport import transport_of
from snmpscope.core.transport.codec import CodecError, PysnmpCodec, WireMessage
from snmpscope.core.transport.usm import is_v3_message

DECODER_DATAGRAMS = 50_000
PORT_DATAGRAMS = 5_000
BURST = 25  # datagrams in flight to the receiver at once (its socket buffer holds them)
DECODER_SEED = 20261201
PORT_SEED = 20261202


def test_the_seeds_are_valid_messages() -> None:
    codec = PysnmpCodec()
    seeds = seed_messages()
    decoded = [codec.decode(seed) for seed in seeds[:-1]]
    assert {m.pdu.type for m in decoded} == {int(t) for t in PduType}
    v3, _rest = decoder.decode(seeds[-1], asn1Spec=SNMPv3Message())
    assert int(v3["msgVersion"]) == 3, "the last one is a valid SNMPv3 message"
    with pytest.raises(CodecError, match="SNMPv3"):
        codec.decode(seeds[-1])


def test_decode_msg_survives_fuzzing_and_rejects_with_message_invalid() -> None:
    outcomes: Counter[str] = Counter()
    crashes: list[tuple[str, bytes]] = []
    with Snmp(new_application()) as snmp, snmp.session("fuzz") as session:
        app = snmp.app
        for data in Mutator(DECODER_SEED).datagrams(DECODER_DATAGRAMS):
            try:
                _src, _dst, context, pdu, _length = app.decode_msg(session.handle, data)
            except SnmpApiError as exc:
                if exc.code == ApiError.MESSAGE_INVALID:
                    outcomes["MESSAGE_INVALID"] += 1
                else:
                    crashes.append((f"{exc.name}: {exc.detail}", data))
            except Exception as exc:  # a crash of the decoder: what fuzzing looks for
                crashes.append((f"{type(exc).__name__}: {exc}", data))
            else:
                outcomes["decoded"] += 1
                app.free_context(context)
                app.free_pdu(pdu)
        assert app.live_handle_count(session.handle) == 0
    assert crashes == [], f"{len(crashes)} crashes, first: {crashes[0][0]} {crashes[0][1].hex()}"
    assert sum(outcomes.values()) == DECODER_DATAGRAMS
    # Both ways out are exercised (mutations keep a fair share of the messages valid).
    assert outcomes["decoded"] > DECODER_DATAGRAMS // 20
    assert outcomes["MESSAGE_INVALID"] > DECODER_DATAGRAMS // 2
    print(f"\ndecoder fuzzing: {dict(outcomes)}, crashes 0")


def _inform(request_id: int) -> bytes:
    varbinds = [
        (SYS_UPTIME_0, make_value(Syntax.TIMETICKS, 1)),
        (SNMP_TRAP_OID_0, make_value(Syntax.OID, (1, 3, 6, 1, 6, 3, 1, 1, 5, 1))),
    ]
    pdu = PduData(PduType.INFORM, request_id, 0, 0, varbinds)
    return PysnmpCodec().encode(WireMessage(SnmpVersion.V2C, b"public", pdu))


def test_the_trap_port_survives_fuzzing_and_still_answers() -> None:
    datagrams = list(Mutator(PORT_SEED).datagrams(PORT_DATAGRAMS))
    codec = PysnmpCodec()
    refused = 0
    for data in datagrams:
        if is_v3_message(data):
            continue  # SNMPv3 goes to the USM layer, which counts what it refuses as v3_dropped
        try:
            codec.decode(data)
        except CodecError:
            refused += 1
    app = new_application()
    app.trap_endpoint = ("127.0.0.1", 0)
    with (
        Snmp(app) as snmp,
        snmp.session("fuzzed") as session,
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender,
    ):
        session.register()
        udp = transport_of(app)
        assert udp is not None
        port = app.trap_endpoint[1]
        where = ("127.0.0.1", port)
        drops_before = udp_drops(port)
        sender.bind(("127.0.0.1", 0))
        for start in range(0, len(datagrams), BURST):
            for data in datagrams[start : start + BURST]:
                sender.sendto(data, where)
            assert udp.flush(30)
        stats = udp.stats
        kernel_drops = udp_drops(port) - drops_before
        assert stats.internal_errors == 0
        assert stats.received + kernel_drops == len(datagrams)
        assert accounted(stats) == stats.received
        if not kernel_drops:
            assert stats.undecodable + stats.oversized == refused
        # The receiver still works: an inform is acknowledged, and queued.
        while session.queued:
            session.recv().free()
        sender.settimeout(10)
        sender.sendto(_inform(4242), where)
        while True:  # fuzzed informs may still be answered: skip to ours
            ack = codec.decode(sender.recv(65535))
            if ack.pdu.request_id == 4242:
                break
        assert ack.pdu.type == PduType.RESPONSE
        assert session.queued == 1
    print(
        f"\ntrap-port fuzzing: {len(datagrams)} sent, {stats.received} read, "
        f"{kernel_drops} dropped by the kernel, {stats.traps} notifications, "
        f"{stats.undecodable} undecodable, {stats.oversized} oversized, "
        f"{stats.unexpected_pdu} unexpected PDUs, {stats.informs} informs acknowledged"
    )
