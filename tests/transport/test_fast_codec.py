"""The fast codec as the transport uses it: the default, its fallbacks to pyasn1 counted in the
transport's statistics, the prescan's refusals kept (oversized messages, BER that SNMP never
uses), pyasn1 not even imported while nothing falls back. Its agreement with the reference,
message by message, is ``tests/reliability/test_fast_codec_differential.py``."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from transportkit import flushed

from snmpscope.core.api import Snmp
from snmpscope.core.constants import SNMP_TRAP_OID_0, SYS_UPTIME_0, PduType, SnmpVersion, Syntax
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import SmiValue, VarBind, make_value
from snmpscope.core.transport import codec as codec_module
from snmpscope.core.transport import fast_codec, transport_of
from snmpscope.core.transport.ber_reader import NotFast
from snmpscope.core.transport.codec import CodecError, OversizedMessageError, WireMessage
from snmpscope.core.transport.fast_codec import FastCodec
from snmpscope.core.transport.prescan import MAX_VARBINDS
from snmpscope.core.transport.pyasn1_codec import PysnmpCodec

COLD_START = (1, 3, 6, 1, 6, 3, 1, 1, 5, 1)


def trap(count: int = 0, request_id: int = 1) -> WireMessage:
    varbinds: list[VarBind] = [
        (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 1)),
        (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, COLD_START)),
    ]
    varbinds += [((1, 3, 6, 1, 2, i % 100), make_value(Syntax.INT, i)) for i in range(count)]
    pdu = PduData(PduType.TRAP, request_id, 0, 0, varbinds)
    return WireMessage(SnmpVersion.V2C, b"public", pdu)


def test_the_transport_uses_the_fast_codec_by_default(snmp: Snmp) -> None:
    with snmp.session("codec") as session:
        session.register()
        udp = transport_of(snmp.app)
        assert udp is not None
        assert isinstance(udp.codec, FastCodec)
        assert udp.stats.decode_fallbacks == udp.stats.encode_fallbacks == 0


def test_fallbacks_to_pyasn1_are_counted_in_the_transport_stats(
    snmp: Snmp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the fast reader or writer leaves goes to pyasn1, with the same result, counted:
    a trap the session sends to its own receiver is encoded and decoded by the reference."""

    def undecided(*_args: object) -> object:
        raise NotFast("as if the fast path did not know")

    monkeypatch.setattr(fast_codec, "read_message", undecided)
    monkeypatch.setattr(fast_codec, "write_message", undecided)
    with snmp.session("fallbacks") as session:
        session.register()
        receiver = session.entity(f"127.0.0.1:{snmp.app.trap_endpoint[1]}", SnmpVersion.V2C)
        pdu = session.pdu(PduType.TRAP, trap(3).pdu.varbinds)
        session.send(receiver, session.context(b"public"), pdu)
        assert session.wait_notification(lambda note: True, timeout=10) is not None
        message = session.recv()
        assert message.pdu.varbinds == trap(3).pdu.varbinds
        stats = flushed(snmp.app).stats
        assert (stats.decode_fallbacks, stats.encode_fallbacks) == (1, 1)


def test_oversized_and_malformed_messages_are_refused_as_the_reference_refuses_them() -> None:
    fast, reference = FastCodec(), PysnmpCodec()
    big = reference.encode(trap(MAX_VARBINDS))
    with pytest.raises(OversizedMessageError, match=f"more than {MAX_VARBINDS}"):
        fast.decode(big)
    assert len(fast.decode(reference.encode(trap(MAX_VARBINDS - 2))).pdu.varbinds) == 2048
    # An out-of-range value early in a message with too many varbinds: the prescan's verdict
    # (oversized) comes first, as in the reference.
    data = bytearray(big)
    spot = data.index(bytes([0x43, 0x01, 0x01]))  # sysUpTime's TimeTicks 1 ...
    data[spot + 2] = 0xFF  # ... becomes -1
    for codec in (fast, reference):
        with pytest.raises(OversizedMessageError):
            codec.decode(bytes(data))
    small = bytearray(reference.encode(trap(0)))
    small[small.index(bytes([0x43, 0x01, 0x01])) + 2] = 0xFF
    for codec in (fast, reference):
        with pytest.raises(CodecError, match="malformed SNMPv2c message"):
            codec.decode(bytes(small))
    assert fast.fallbacks == {"decode": 0, "encode": 0}


def test_the_prescan_still_keeps_snmp_foreign_ber_from_pyasn1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reached: list[bytes] = []

    def decode(data: bytes, **_kwargs: object) -> object:
        reached.append(data)
        raise AssertionError("pyasn1 was asked")

    monkeypatch.setattr(codec_module.decoder, "decode", decode)
    indefinite = b"\x30\x80\x02\x01\x01\x04\x06public\xa7\x0b\x02\x01\x01\x02\x01\x00"
    for data in (indefinite + b"\x02\x01\x00\x30\x00\x00\x00", PysnmpCodec().encode(trap(5000))):
        with pytest.raises(CodecError):
            FastCodec().decode(data)
    assert reached == []


def test_the_fast_path_never_imports_pyasn1() -> None:
    """A process that only encodes and decodes ordinary messages does not load pysnmp or
    pyasn1 (the CLI's start-up pays for neither)."""
    script = textwrap.dedent(
        """
        import sys
        from snmpscope.core.transport.fast_codec import FastCodec
        from snmpscope.core.transport.codec import WireMessage
        from snmpscope.core.model.states import PduData
        from snmpscope.core.smi.values import SmiValue
        codec = FastCodec()
        pdu = PduData(0xA2, 5, 0, 0, [((1, 3, 6), SmiValue(4, b"x"))])
        message = WireMessage(1, b"public", pdu)
        assert codec.decode(codec.encode(message)).pdu == message.pdu
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("pyasn1", "pysnmp"))
        print(loaded)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "body",
    [
        # v1 GetResponse, request id 2^40 (SNMPv1's ASN.1 leaves INTEGER unbounded)
        "a21f0206010000000000020100020100300f300d06082b06010201010200020100",
        # v1 GetResponse whose INTEGER value is 2^31
        "a21e0201010201000201003013301106082b0601020101020002050080000000",
    ],
    ids=["request-id-2^40", "value-2^31"],
)
def test_v1_integers_beyond_integer32_are_refused_by_both(body: str) -> None:
    """SnmpGetPduData and smiINT32 cannot hold them: both codecs refuse them (the reference
    after pyasn1, which would take them in SNMPv1)."""
    inner = b"\x02\x01\x00\x04\x06public" + bytes.fromhex(body)
    data = b"\x30" + bytes([len(inner)]) + inner
    for codec in (FastCodec(), PysnmpCodec()):
        with pytest.raises(CodecError, match="SNMPv1"):
            codec.decode(data)
    with pytest.raises(CodecError):
        PysnmpCodec().encode(
            WireMessage(SnmpVersion.V1, b"c", PduData(PduType.SET, 2**40, 0, 0, []))
        )
