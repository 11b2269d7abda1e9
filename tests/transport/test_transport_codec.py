"""The codec: every syntax round-trips through BER (hypothesis), bytes that are no message are
rejected with a reason, and SnmpEncodeMsg/SnmpDecodeMsg use it (reference §10 case 15)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyasn1.codec.ber import encoder
from pysnmp.proto import api, rfc1902
from transportkit import oid

from snmpscope.core import winsnmp as w
from snmpscope.core.constants import ErrorStatus, PduType, SnmpVersion, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import SmiValue
from snmpscope.core.transport.codec import CodecError, PysnmpCodec, V1TrapHeader, WireMessage

CODEC = PysnmpCodec()
# Types that share their wire encoding with another: they come back as that one.
WIRE_TWIN = {
    Syntax.BITS: Syntax.OCTETS,
    Syntax.NSAPADDR: Syntax.OCTETS,
    Syntax.UINT32: Syntax.GAUGE32,
}
V2_ONLY = {Syntax.CNTR64, Syntax.NOSUCHOBJECT, Syntax.NOSUCHINSTANCE, Syntax.ENDOFMIBVIEW}

oids = st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=20).flatmap(
    lambda tail: st.tuples(st.integers(0, 2), st.integers(0, 39)).map(lambda h: (*h, *tail))
)
octets = st.binary(max_size=300)
u32 = st.integers(0, 2**32 - 1)
VALUES = {
    Syntax.INT: st.integers(-(2**31), 2**31 - 1),
    Syntax.BITS: octets,
    Syntax.OCTETS: octets,
    Syntax.NULL: st.none(),
    Syntax.OID: oids,
    Syntax.IPADDR: st.binary(min_size=4, max_size=4),
    Syntax.CNTR32: u32,
    Syntax.GAUGE32: u32,
    Syntax.TIMETICKS: u32,
    Syntax.OPAQUE: octets,
    Syntax.NSAPADDR: octets,
    Syntax.CNTR64: st.integers(0, 2**64 - 1),
    Syntax.UINT32: u32,
    Syntax.NOSUCHOBJECT: st.none(),
    Syntax.NOSUCHINSTANCE: st.none(),
    Syntax.ENDOFMIBVIEW: st.none(),
}


def smi_values(v1: bool) -> st.SearchStrategy[SmiValue]:
    choices = [s for s in VALUES if not (v1 and s in V2_ONLY)]
    return st.sampled_from(choices).flatmap(
        lambda syntax: VALUES[syntax].map(lambda payload: SmiValue(syntax, payload))
    )


def varbinds(v1: bool) -> st.SearchStrategy[list[tuple[tuple[int, ...], SmiValue]]]:
    return st.lists(st.tuples(oids, smi_values(v1)), max_size=12)


def canonical(value: SmiValue) -> SmiValue:
    return SmiValue(WIRE_TWIN.get(Syntax(value.syntax), value.syntax), value.value)


@settings(max_examples=300, deadline=None)
@given(
    pdu_type=st.sampled_from(
        [
            PduType.GET,
            PduType.GETNEXT,
            PduType.RESPONSE,
            PduType.SET,
            PduType.GETBULK,
            PduType.INFORM,
            PduType.TRAP,
            PduType.REPORT,
        ]
    ),
    request_id=st.integers(-(2**31), 2**31 - 1),
    status=st.integers(0, 18),
    index=st.integers(0, 2**31 - 1),
    community=st.binary(max_size=40),
    vbs=varbinds(v1=False),
)
def test_v2c_round_trip_of_every_syntax(
    pdu_type: PduType,
    request_id: int,
    status: int,
    index: int,
    community: bytes,
    vbs: list[tuple[tuple[int, ...], SmiValue]],
) -> None:
    message = WireMessage(
        SnmpVersion.V2C, community, PduData(pdu_type, request_id, status, index, vbs)
    )
    data = CODEC.encode(message)
    back = CODEC.decode(data)
    assert back.version == SnmpVersion.V2C
    assert back.community == community
    assert back.length == len(data)
    assert back.pdu == PduData(
        pdu_type, request_id, status, index, [(o, canonical(v)) for o, v in vbs]
    )


@settings(max_examples=200, deadline=None)
@given(
    pdu_type=st.sampled_from([PduType.GET, PduType.GETNEXT, PduType.RESPONSE, PduType.SET]),
    request_id=st.integers(-(2**31), 2**31 - 1),
    status=st.integers(0, 5),
    index=st.integers(0, 2**31 - 1),
    vbs=varbinds(v1=True),
)
def test_v1_round_trip_of_every_v1_syntax(
    pdu_type: PduType,
    request_id: int,
    status: int,
    index: int,
    vbs: list[tuple[tuple[int, ...], SmiValue]],
) -> None:
    message = WireMessage(
        SnmpVersion.V1, b"public", PduData(pdu_type, request_id, status, index, vbs)
    )
    back = CODEC.decode(CODEC.encode(message))
    assert back.version == SnmpVersion.V1
    assert back.pdu == PduData(
        pdu_type, request_id, status, index, [(o, canonical(v)) for o, v in vbs]
    )


@settings(max_examples=100, deadline=None)
@given(
    enterprise=oids.filter(lambda o: len(o) >= 2),
    address=st.binary(min_size=4, max_size=4),
    generic=st.integers(0, 6),
    specific=st.integers(0, 2**31 - 1),
    timestamp=st.integers(0, 2**32 - 1),
    vbs=varbinds(v1=True),
)
def test_v1_trap_pdu_round_trip(
    enterprise: tuple[int, ...],
    address: bytes,
    generic: int,
    specific: int,
    timestamp: int,
    vbs: list[tuple[tuple[int, ...], SmiValue]],
) -> None:
    header = V1TrapHeader(enterprise, address, generic, specific, timestamp)
    message = WireMessage(SnmpVersion.V1, b"public", PduData(PduType.V1TRAP, 0, 0, 0, vbs), header)
    back = CODEC.decode(CODEC.encode(message))
    assert back.trap == header
    assert back.pdu.type == PduType.V1TRAP
    assert back.pdu.varbinds == [(o, canonical(v)) for o, v in vbs]


def test_decodes_what_pysnmp_encodes() -> None:
    """Independent check: a message built with pysnmp's own API decodes to model values."""
    v2c = api.PROTOCOL_MODULES[api.SNMP_VERSION_2C]
    pdu = v2c.ResponsePDU()
    v2c.apiPDU.set_defaults(pdu)
    v2c.apiPDU.set_request_id(pdu, 99)
    v2c.apiPDU.set_varbinds(
        pdu,
        [
            ((1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 1), rfc1902.Counter64(2**64 - 1)),
            ((1, 3, 6, 1, 4, 1, 1, 1), rfc1902.Opaque(b"\x9f\x78\x04\x3f\x80\x00\x00")),
            ((1, 3, 6, 1, 4, 1, 1, 2), rfc1902.IpAddress("10.1.2.3")),
            ((1, 3, 6, 1, 4, 1, 1, 3), rfc1902.Bits(b"\xa0")),
            ((1, 3, 6, 1, 4, 1, 1, 4), v2c.EndOfMibView()),
        ],
    )
    msg = v2c.Message()
    v2c.apiMessage.set_defaults(msg)
    v2c.apiMessage.set_community(msg, "public")
    v2c.apiMessage.set_pdu(msg, pdu)
    back = CODEC.decode(encoder.encode(msg))
    assert [v for _, v in back.pdu.varbinds] == [
        SmiValue(Syntax.CNTR64, 2**64 - 1),
        SmiValue(Syntax.OPAQUE, b"\x9f\x78\x04\x3f\x80\x00\x00"),
        SmiValue(Syntax.IPADDR, bytes([10, 1, 2, 3])),
        SmiValue(Syntax.OCTETS, b"\xa0"),
        SmiValue(Syntax.ENDOFMIBVIEW, None),
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty message"),
        (b"\x00\x01\x02", "not an SNMP message"),
        (b"\x30\x03\x02\x01", "no readable SNMP version"),
        (bytes.fromhex("300e020103040670"), "SNMPv3"),
        (bytes.fromhex("3006020105040100"), "unknown SNMP version field 5"),
        (bytes.fromhex("3007020101040170a0"), "malformed SNMPv2c message"),
        (bytes.fromhex("300b020100040170a404020100"), "malformed SNMPv1 message"),
    ],
)
def test_undecodable_bytes_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(CodecError) as caught:
        CODEC.decode(data)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        (
            WireMessage(
                SnmpVersion.V1,
                b"c",
                PduData(PduType.GET, 1, 0, 0, [(oid("1.3.6.1"), SmiValue(Syntax.CNTR64, 1))]),
            ),
            "CNTR64 values do not exist in SNMPv1",
        ),
        (
            WireMessage(SnmpVersion.V1, b"c", PduData(PduType.GETBULK, 1, 0, 0)),
            "GETBULK PDUs do not exist in SNMPv1",
        ),
        (
            WireMessage(
                SnmpVersion.V2C,
                b"c",
                PduData(PduType.SET, 1, 0, 0, [(oid("1.3.6.1"), SmiValue(Syntax.IPADDR, b"12"))]),
            ),
            "varbind 1 (1.3.6.1): IPADDR value b'12' does not fit",
        ),
        (WireMessage(SnmpVersion.V3, b"c", PduData(PduType.GET, 1, 0, 0)), "not V3"),
    ],
)
def test_unencodable_messages_say_why(message: WireMessage, reason: str) -> None:
    with pytest.raises(CodecError) as caught:
        CODEC.encode(message)
    assert reason in str(caught.value)


# ---------------------------------------------------------------------------- the facade
def test_case15_decode_of_a_v2c_get(facade: Application) -> None:
    """DecodeMsg of a v2c GET: src = dst = 0, a new context (the community) and a new PDU."""
    v2c = api.PROTOCOL_MODULES[api.SNMP_VERSION_2C]
    pdu = v2c.GetRequestPDU()
    v2c.apiPDU.set_defaults(pdu)
    v2c.apiPDU.set_request_id(pdu, 1234)
    v2c.apiPDU.set_varbinds(pdu, [((1, 3, 6, 1, 2, 1, 1, 1, 0), v2c.null)])
    msg = v2c.Message()
    v2c.apiMessage.set_defaults(msg)
    v2c.apiMessage.set_community(msg, "sesame")
    v2c.apiMessage.set_pdu(msg, pdu)
    data = bytes(encoder.encode(msg))
    session = w.SnmpCreateSession(None, 0, lambda *a: 1, None)
    length, src, dst, context, decoded = w.SnmpDecodeMsg(session, data + b"trailing")
    assert (length, src, dst) == (len(data), 0, 0)
    assert context and decoded
    assert bytes(w.SnmpContextToStr(context)[1]) == b"sesame"  # type: ignore[arg-type]
    status, kind, rid, error_status, error_index, vbl = w.SnmpGetPduData(decoded)
    assert (status, kind, rid, error_status, error_index) == (1, w.SNMP_PDU_GET, 1234, 0, 0)
    ok, name, value = w.SnmpGetVb(vbl, 1)
    assert tuple(name) == (1, 3, 6, 1, 2, 1, 1, 1, 0)  # type: ignore[arg-type]
    assert value is not None and value.syntax == w.SNMP_SYNTAX_NULL
    assert facade.pdu_status(decoded).raw == data


def test_encode_then_decode_through_the_facade(facade: Application) -> None:
    assert w.SnmpSetTranslateMode(w.SNMPAPI_UNTRANSLATED_V2) == w.SNMPAPI_SUCCESS
    session = w.SnmpCreateSession(None, 0, lambda *a: 1, None)
    agent = w.SnmpStrToEntity(session, "[::1]:1161")
    manager = w.SnmpStrToEntity(session, "127.0.0.1")
    context = w.SnmpStrToContext(session, b"private")
    vbl = w.SnmpCreateVbl(session, (1, 3, 6, 1, 2, 1, 1, 5, 0), SmiValue(Syntax.OCTETS, b"rtr"))
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_SET, 77, 0, 0, vbl)
    length, octets = w.SnmpEncodeMsg(session, manager, agent, context, pdu)
    assert octets is not None and length == len(octets)
    decoded_length, _, _, ctx, back = w.SnmpDecodeMsg(session, bytes(octets))
    assert decoded_length == length
    assert facade.pdu_data(back) == facade.pdu_data(pdu)
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OCTETS, octets) == w.SNMPAPI_SUCCESS


def test_encode_translates_for_a_v1_entity_like_send(facade: Application) -> None:
    session = w.SnmpCreateSession(None, 0, lambda *a: 1, None)
    agent = w.SnmpStrToEntity(session, "127.0.0.1")  # UNTRANSLATED_V1: an SNMPv1 entity
    context = w.SnmpStrToContext(session, b"public")
    vbl = w.SnmpCreateVbl(session, (1, 3, 6, 1, 2, 1, 2, 2, 1, 2), None)
    pdu = w.SnmpCreatePdu(session, w.SNMP_PDU_GETBULK, 5, 0, 10, vbl)
    _, octets = w.SnmpEncodeMsg(session, agent, agent, context, pdu)
    message = CODEC.decode(bytes(octets))  # type: ignore[arg-type]
    assert message.version == SnmpVersion.V1
    assert (message.pdu.type, message.pdu.request_id) == (PduType.GETNEXT, 5)
    assert (message.pdu.error_status, message.pdu.error_index) == (0, 0)


@pytest.mark.parametrize("data", [b"\x30\x03\x02\x01", b"garbage", b"\x30\x02\x02\x00"])
def test_decode_of_malformed_bytes_is_message_invalid(facade: Application, data: bytes) -> None:
    session = w.SnmpCreateSession(None, 0, lambda *a: 1, None)
    before = facade.live_handle_count(session)
    assert w.SnmpDecodeMsg(session, data)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_MESSAGE_INVALID
    assert facade.live_handle_count(session) == before  # nothing created
    with pytest.raises(SnmpApiError) as caught:
        facade.decode_msg(session, data)
    assert caught.value.detail


def test_decode_of_a_v1_trap_gives_the_v2_form(facade: Application) -> None:
    header = V1TrapHeader((1, 3, 6, 1, 4, 1, 9), bytes([10, 0, 0, 1]), 2, 0, 300)
    data = CODEC.encode(
        WireMessage(SnmpVersion.V1, b"traps", PduData(PduType.V1TRAP, 0, 0, 0), header)
    )
    session = w.SnmpCreateSession(None, 0, lambda *a: 1, None)
    _, _, _, _, pdu = w.SnmpDecodeMsg(session, data)
    decoded = facade.pdu_data(pdu)
    assert decoded.type == PduType.TRAP
    assert decoded.request_id != 0
    assert decoded.varbinds[1][1] == SmiValue(Syntax.OID, (1, 3, 6, 1, 6, 3, 1, 1, 5, 3))
    assert decoded.varbinds[-1][1] == SmiValue(Syntax.OID, (1, 3, 6, 1, 4, 1, 9))
    assert decoded.error_status == ErrorStatus.NOERROR
