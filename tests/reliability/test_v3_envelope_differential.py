"""The SNMPv3 envelope codec against its oracle, pysnmp's RFC 3412 ASN.1 over pyasn1
(``PysnmpV3Codec``): every message both accept decodes to the same :class:`V3Message`
(scopedPDU: the same :class:`ScopedPdu`), both refuse the same bytes (and the same oversized
ones), and every message encodes to the same bytes or is refused by both.

* hypothesis: valid messages (plaintext scopedPDUs of every SNMPv2 PDU type and syntax,
  encrypted ones, every header range edge) encode byte-identically and decode back equal;
  odd messages (fields out of range or of the wrong type, both or neither scopedPDU) meet the
  same fate; legal BER neither encoder writes (long-form lengths, padded INTEGERs, trailing
  bytes, an extra component) decodes the same; standalone scopedPDUs with padding after them
  (what decryption leaves) decode the same;
* the fuzz corpus: seeded mutations of v3 seeds (``fuzz_corpus.Mutator`` on
  :func:`v3_seeds`), compared outcome by outcome, for the envelope and the scopedPDU decoders;
  and of USM security parameters (pysnmp's own among the seeds);
* USM's parameters (``UsmSecurityParameters``) encode/decode the same, and
  ``auth_parameters_span`` finds the HMAC's octets in a whole message by its lengths.

Each test prints the messages it compared and the fallbacks the fast codec took; the counts
are summed by ``difftally`` and printed at the end of the session (``conftest``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from difftally import outcome, record
from fuzz_corpus import Mutator, Node, parse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fast_codec_differential import VALUES, edgy, oids, rewrite

from snmpscope.core.constants import PduType, Syntax
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import SmiValue
from snmpscope.core.transport.v3_envelope import (
    ScopedPdu,
    UsmParameters,
    V3EnvelopeCodec,
    V3Message,
    auth_parameters_span,
)
from snmpscope.core.transport.v3_envelope_pyasn1 import PysnmpV3Codec

REFERENCE = PysnmpV3Codec()
FUZZ_DATAGRAMS = 6_000
FUZZ_SEED = 20261202
INT31 = 2**31 - 1
V2C_TYPES = [
    PduType.GET,
    PduType.GETNEXT,
    PduType.RESPONSE,
    PduType.SET,
    PduType.GETBULK,
    PduType.INFORM,
    PduType.TRAP,
    PduType.REPORT,
]


# ---------------------------------------------------------------------------- strategies
def smi_values() -> st.SearchStrategy[SmiValue]:
    return st.sampled_from(list(VALUES)).flatmap(lambda s: VALUES[s].map(lambda p: SmiValue(s, p)))


@st.composite
def pdus(draw: st.DrawFn) -> PduData:
    pdu_type = draw(st.sampled_from(V2C_TYPES))
    low = 0 if pdu_type == PduType.GETBULK else -(2**31)
    return PduData(
        pdu_type,
        draw(edgy(-(2**31), INT31)),
        draw(edgy(low, INT31)),
        draw(edgy(0, INT31)),
        draw(st.lists(st.tuples(oids, smi_values()), max_size=12)),
    )


engine_ids = st.binary(max_size=32) | st.binary(min_size=120, max_size=300)
scoped_pdus = st.builds(ScopedPdu, engine_ids, st.binary(max_size=40), pdus())


@st.composite
def valid_messages(draw: st.DrawFn) -> V3Message:
    plaintext = draw(st.booleans())
    return V3Message(
        draw(edgy(0, INT31)),
        draw(edgy(484, INT31)),
        draw(st.integers(0, 255)),
        draw(st.sampled_from([3, 4, 255, 256, INT31]) | st.integers(3, INT31)),
        draw(st.binary(max_size=80) | st.binary(min_size=126, max_size=400)),
        draw(scoped_pdus) if plaintext else None,
        None if plaintext else draw(st.binary(max_size=300)),
    )


# ---------------------------------------------------------------------------- comparison
@dataclass
class Tally:
    compared: int = 0
    fast: V3EnvelopeCodec = field(default_factory=V3EnvelopeCodec)

    def report(self, what: str) -> None:
        record("v3 envelope", self.compared, self.fast.fallbacks)
        print(f"\n{what}: {self.compared} compared, fallbacks {self.fast.fallbacks}")


def same(tally: Tally, fast: Callable[[], Any], reference: Callable[[], Any], what: object) -> Any:
    tally.compared += 1
    mine, theirs = outcome(fast), outcome(reference)
    assert mine == theirs, what
    return mine


def same_message(tally: Tally, data: bytes) -> tuple[str, Any]:
    return same(  # type: ignore[no-any-return]
        tally,
        lambda: tally.fast.decode_message(data),
        lambda: REFERENCE.decode_message(data),
        data.hex(),
    )


def same_scoped(tally: Tally, data: bytes) -> tuple[str, Any]:
    return same(  # type: ignore[no-any-return]
        tally,
        lambda: tally.fast.decode_scoped_pdu(data),
        lambda: REFERENCE.decode_scoped_pdu(data),
        data.hex(),
    )


# ---------------------------------------------------------------------------- valid messages
def test_valid_messages_encode_identically_and_decode_back_equal() -> None:
    tally = Tally()

    @settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(message=valid_messages())
    def check(message: V3Message) -> None:
        kind, data = same(
            tally,
            lambda: tally.fast.encode_message(message),
            lambda: REFERENCE.encode_message(message),
            message,
        )
        assert kind == "ok"
        kind, back = same_message(tally, data)
        assert kind == "ok"
        scoped = message.scoped_pdu
        assert back == V3Message(
            message.msg_id,
            message.max_size,
            message.flags,
            message.security_model,
            message.security_parameters,
            scoped if scoped is None else ScopedPdu(*_fields(scoped)),
            message.encrypted_pdu,
            len(data),
        )

    check()
    tally.report("v3 valid messages")
    assert tally.fast.fallbacks == {"decode": 0, "encode": 0}


def _fields(scoped: ScopedPdu) -> tuple[bytes, bytes, PduData]:
    """A scopedPDU as decoding gives it back: BITS, Unsigned32 and NsapAddress travel as their
    wire types (see ``smi_values``)."""
    wire = {
        Syntax.BITS: Syntax.OCTETS,
        Syntax.NSAPADDR: Syntax.OCTETS,
        Syntax.UINT32: Syntax.GAUGE32,
    }
    pdu = scoped.pdu
    varbinds = [(oid, SmiValue(wire.get(v.syntax, v.syntax), v.value)) for oid, v in pdu.varbinds]
    return (
        scoped.context_engine_id,
        scoped.context_name,
        PduData(pdu.type, pdu.request_id, pdu.error_status, pdu.error_index, varbinds),
    )


def test_scoped_pdus_with_padding_decode_the_same() -> None:
    """What USM's decryption hands over: a scopedPDU and up to a block of padding."""
    tally = Tally()

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(scoped=scoped_pdus, padding=st.binary(max_size=16))
    def check(scoped: ScopedPdu, padding: bytes) -> None:
        kind, data = same(
            tally,
            lambda: tally.fast.encode_scoped_pdu(scoped),
            lambda: REFERENCE.encode_scoped_pdu(scoped),
            scoped,
        )
        assert kind == "ok"
        kind, back = same_scoped(tally, data + padding)
        assert kind == "ok"
        assert back == ScopedPdu(*_fields(scoped), len(data))

    check()
    tally.report("v3 scopedPDUs")
    assert tally.fast.fallbacks == {"decode": 0, "encode": 0}


# ---------------------------------------------------------------------------- odd messages
odd_ints = st.one_of(
    st.integers(-(2**33), 2**33), st.booleans(), st.sampled_from([0, 2, 3, 483, 484, INT31 + 1])
)
odd_bytes = st.one_of(st.binary(max_size=6), st.text(max_size=3), st.none(), st.integers(0, 3))


@st.composite
def odd_messages(draw: st.DrawFn) -> V3Message:
    pdu = draw(pdus())
    if draw(st.booleans()):  # a PDU SNMPv2 does not have, or odd header fields
        pdu = PduData(
            draw(st.sampled_from([*PduType, 0xA9])),
            draw(st.integers(-(2**32), 2**32)),
            draw(st.integers(-(2**32), 2**32)),
            draw(st.integers(-(2**32), 2**32)),
            pdu.varbinds,
        )
    scoped = ScopedPdu(draw(engine_ids | odd_bytes), draw(st.binary(max_size=4) | odd_bytes), pdu)
    plain, encrypted = draw(
        st.sampled_from([(True, False), (False, True), (True, True), (False, False)])
    )
    return V3Message(
        draw(edgy(0, INT31) | odd_ints),
        draw(edgy(484, INT31) | odd_ints),
        draw(st.integers(0, 255) | st.integers(-2, 257) | st.booleans()),
        draw(st.just(3) | odd_ints),
        draw(st.binary(max_size=20) | odd_bytes),
        scoped if plain else None,
        draw(st.binary(max_size=20) | odd_bytes) if encrypted else None,
    )


def test_odd_messages_meet_the_same_fate() -> None:
    tally = Tally()
    fates = Counter[str]()

    @settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(message=odd_messages())
    def check(message: V3Message) -> None:
        kind, data = same(
            tally,
            lambda: tally.fast.encode_message(message),
            lambda: REFERENCE.encode_message(message),
            message,
        )
        fates[kind] += 1
        if kind == "ok" and data is not None:
            same_message(tally, data)

    check()
    tally.report(f"v3 odd messages {dict(fates)}")
    assert fates["ok"] and fates["refused"]


# ---------------------------------------------------------------------------- unusual BER
def test_unusual_but_legal_ber_decodes_the_same() -> None:
    tally = Tally()
    kinds = Counter[str]()

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(message=valid_messages(), data=st.data())
    def check(message: V3Message, data: st.DataObject) -> None:
        (root,) = parse(REFERENCE.encode_message(message))
        variant = rewrite(root, data.draw).encode()
        kinds[same_message(tally, variant)[0]] += 1
        same_message(tally, variant + b"\x00trailing")

    check()
    tally.report(f"v3 unusual BER {dict(kinds)}")
    assert kinds["ok"] > 0 and kinds["refused"] > 0


# ---------------------------------------------------------------------------- the fuzz corpus
def v3_seeds() -> list[bytes]:
    """Valid v3 messages: plaintext scopedPDUs of each SNMPv2 PDU type with every syntax,
    an encrypted one, a report, long engine ids and parameters (long-form lengths)."""
    from fuzz_corpus import _notification_varbinds, _v2_values

    seeds = []
    values = _v2_values()
    names = [(oid, SmiValue(Syntax.NULL, None)) for oid, _ in values]
    for number, pdu_type in enumerate(V2C_TYPES):
        varbinds = names if pdu_type in (PduType.GET, PduType.GETNEXT) else values
        if pdu_type in (PduType.INFORM, PduType.TRAP):
            varbinds = _notification_varbinds()
        status, index = (1, 10) if pdu_type == PduType.GETBULK else (0, 0)
        scoped = ScopedPdu(
            b"\x80\x00\x1f\x88\x04engine",
            b"ctx" * number,
            PduData(pdu_type, 7000 + number, status, index, list(varbinds)),
        )
        seeds.append(
            REFERENCE.encode_message(
                V3Message(
                    number,
                    65507,
                    number % 8,
                    3,
                    b"0\x0e\x04\x00\x02\x01\x00\x02\x01\x00\x04\x00\x04\x00\x04\x00",
                    scoped,
                )
            )
        )
    seeds.append(REFERENCE.encode_message(V3Message(9, 1500, 3, 3, b"p" * 200, None, b"e" * 300)))
    return seeds


@dataclass
class FuzzRun:
    outcomes: Counter[str]
    mismatches: list[tuple[bytes, tuple[str, Any], tuple[str, Any]]]
    fallbacks: dict[str, int]
    compared: int


def _fuzz(decode: str, datagrams: list[bytes]) -> FuzzRun:
    fast = V3EnvelopeCodec()
    outcomes: Counter[str] = Counter()
    mismatches = []
    for data in datagrams:
        mine = outcome(lambda d=data: getattr(fast, decode)(d))  # type: ignore[misc]
        theirs = outcome(lambda d=data: getattr(REFERENCE, decode)(d))  # type: ignore[misc]
        outcomes[theirs[0]] += 1
        if mine != theirs:
            mismatches.append((data, mine, theirs))
    return FuzzRun(outcomes, mismatches, fast.fallbacks, len(datagrams))


@pytest.fixture(scope="session")
def v3_datagrams() -> list[bytes]:
    seeds = v3_seeds()
    return [*seeds, *Mutator(FUZZ_SEED, seeds).datagrams(FUZZ_DATAGRAMS)]


def _check(run: FuzzRun, what: str) -> None:
    record("v3 envelope", run.compared, run.fallbacks)
    print(f"\n{what}: {run.compared} compared, {dict(run.outcomes)}, fallbacks {run.fallbacks}")
    first = run.mismatches[:1]
    assert run.mismatches == [], f"{len(run.mismatches)} differ, first {first}"
    assert run.outcomes["ok"] > run.compared // 20
    assert run.outcomes["refused"] > run.compared // 3
    assert run.fallbacks == {"decode": 0, "encode": 0}


def test_the_fuzz_corpus_decodes_and_refuses_the_same(v3_datagrams: list[bytes]) -> None:
    run = _fuzz("decode_message", v3_datagrams)
    _check(run, "v3 fuzz corpus, messages")
    assert run.outcomes["oversized"] > 0


def test_the_fuzz_corpus_scoped_pdus_decode_the_same(v3_datagrams: list[bytes]) -> None:
    """The same mutations with the envelope peeled off: the bytes from the scopedPDU on, as a
    decryption would hand them over (with whatever follows as padding)."""
    scoped = []
    for data in v3_datagrams:
        try:
            (root,) = parse(data)
        except ValueError:
            continue
        if root.children and len(root.children) > 3:
            node: Node = root.children[3]
            scoped.append(node.encode() + data[-3:])
    _check(_fuzz("decode_scoped_pdu", scoped), "v3 fuzz corpus, scopedPDUs")


# ---------------------------------------------------------------------------- USM parameters
usm_parameters = st.builds(
    UsmParameters,
    engine_ids,
    edgy(0, INT31),
    edgy(0, INT31),
    st.binary(max_size=32),
    st.sampled_from([b"", b"\x00" * 12, b"\x00" * 24, b"\x00" * 48]) | st.binary(max_size=64),
    st.sampled_from([b"", b"salt1234"]) | st.binary(max_size=16),
)


def test_usm_parameters_encode_identically_and_decode_back_equal() -> None:
    tally = Tally()

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(params=usm_parameters, message=valid_messages())
    def check(params: UsmParameters, message: V3Message) -> None:
        kind, data = same(
            tally,
            lambda: tally.fast.encode_usm_parameters(params),
            lambda: REFERENCE.encode_usm_parameters(params),
            params,
        )
        assert kind == "ok"
        kind, back = same(
            tally,
            lambda: tally.fast.decode_usm_parameters(data + b"\x00"),
            lambda: REFERENCE.decode_usm_parameters(data + b"\x00"),
            data.hex(),
        )
        assert kind == "ok"
        assert back == UsmParameters(*[getattr(params, f) for f in _USM_FIELDS], len(data))
        # The HMAC's place in a whole message: found by lengths, zeroed, read back as zeros.
        whole = tally.fast.encode_message(
            V3Message(*[getattr(message, f) for f in _HEADER], data, *_PAYLOAD(message))
        )
        start, stop = auth_parameters_span(whole)
        assert whole[start:stop] == params.auth_parameters
        zeroed = whole[:start] + bytes(stop - start) + whole[stop:]
        inner = tally.fast.decode_usm_parameters(
            tally.fast.decode_message(zeroed).security_parameters
        )
        assert inner.auth_parameters == bytes(len(params.auth_parameters))

    check()
    tally.report("v3 USM parameters")
    assert tally.fast.fallbacks == {"decode": 0, "encode": 0}


_USM_FIELDS = (
    "engine_id",
    "engine_boots",
    "engine_time",
    "user_name",
    "auth_parameters",
    "priv_parameters",
)
_HEADER = ("msg_id", "max_size", "flags", "security_model")


def _PAYLOAD(message: V3Message) -> tuple[ScopedPdu | None, bytes | None]:
    return message.scoped_pdu, message.encrypted_pdu


def test_odd_usm_parameters_meet_the_same_fate() -> None:
    tally = Tally()
    fates = Counter[str]()

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        params=st.builds(
            UsmParameters,
            engine_ids | odd_bytes,
            edgy(0, INT31) | odd_ints,
            edgy(0, INT31) | odd_ints,
            st.binary(max_size=34) | odd_bytes,
            st.binary(max_size=12) | odd_bytes,
            st.binary(max_size=8) | odd_bytes,
        )
    )
    def check(params: UsmParameters) -> None:
        kind, data = same(
            tally,
            lambda: tally.fast.encode_usm_parameters(params),
            lambda: REFERENCE.encode_usm_parameters(params),
            params,
        )
        fates[kind] += 1

    check()
    tally.report(f"v3 odd USM parameters {dict(fates)}")
    assert fates["ok"] and fates["refused"]


def test_the_fuzz_corpus_usm_parameters_decode_the_same() -> None:
    """Mutations of USM parameters, pysnmp's own encoding of them among the seeds."""
    from fuzz_corpus import _v3_get

    seeds = [V3EnvelopeCodec().decode_message(_v3_get()).security_parameters]
    seeds += [
        REFERENCE.encode_usm_parameters(
            UsmParameters(
                b"\x80\x00\x1f\x88\x04e" * k, k, 99 * k, b"user" * k, b"\x00" * 12, b"s" * 8 * k
            )
        )
        for k in range(4)
    ]
    datagrams = [*seeds, *Mutator(FUZZ_SEED + 1, seeds).datagrams(3000)]
    _check(_fuzz("decode_usm_parameters", datagrams), "v3 fuzz corpus, USM parameters")
