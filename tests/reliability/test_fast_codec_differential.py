"""The fast codec against its oracle, pysnmp over pyasn1 (``PysnmpCodec``): every message both
accept decodes to the same :class:`WireMessage`, both refuse the same bytes (and the same
oversized ones), and every message encodes to the same bytes or is refused by both.

* hypothesis: valid v1/v2c messages of every PDU type and syntax, edge values included, must
  encode byte-identically and decode back identically; odd messages (payloads of the wrong
  type, out of range, OIDs X.690 cannot encode, bools for ints ...) must meet the same fate;
  BER that is legal but not what either encoder writes (long-form lengths, padded INTEGERs,
  multi-octet arcs, trailing bytes) must decode the same;
* the fuzz corpus (``fuzz_corpus``): CI-sized runs of seeded mutations, compared outcome by
  outcome in one session-scoped pass; ``tests/bench/bench_fuzz_decoder.py --differential``
  runs a million.

Each test prints how many messages it compared and how many fallbacks the fast codec took.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
from difftally import outcome, record
from fuzz_corpus import Mutator, Node, parse, seed_messages
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snmpscope.core.constants import PduType, SnmpVersion, Syntax
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import SmiValue
from snmpscope.core.transport.codec import (
    V1TrapHeader,
    WireMessage,
)
from snmpscope.core.transport.fast_codec import FastCodec
from snmpscope.core.transport.pyasn1_codec import PysnmpCodec

REFERENCE = PysnmpCodec()
FUZZ_DATAGRAMS = 10_000
FUZZ_SEED = 20261215

V1_TYPES = [PduType.GET, PduType.GETNEXT, PduType.RESPONSE, PduType.SET]
V2C_TYPES = [*V1_TYPES, PduType.GETBULK, PduType.INFORM, PduType.TRAP, PduType.REPORT]
V2_ONLY = {Syntax.CNTR64, Syntax.NOSUCHOBJECT, Syntax.NOSUCHINSTANCE, Syntax.ENDOFMIBVIEW}


def edgy(low: int, high: int) -> st.SearchStrategy[int]:
    """Integers in low..high, with the bounds and the octet boundaries pyasn1 cares about."""
    edges = (low, high, 0, -1, 127, 128, -128, -129, 255, 256, 2**31 - 1, 2**32 - 1)
    edges = tuple(v for v in edges if low <= v <= high)
    return st.one_of(st.sampled_from(edges), st.integers(low, high))


arcs = st.one_of(st.integers(0, 127), st.integers(0, 2**32 - 1), st.integers(0, 2**70))
oids = st.tuples(st.sampled_from([0, 1, 2]), st.integers(0, 39), st.lists(arcs, max_size=16)).map(
    lambda t: (t[0], t[1], *t[2])
) | st.tuples(st.just(2), st.integers(40, 2**40)).map(tuple)
octets = st.binary(max_size=300) | st.binary(min_size=126, max_size=1000)
u32 = edgy(0, 2**32 - 1)
VALUES: dict[int, st.SearchStrategy[Any]] = {
    Syntax.INT: edgy(-(2**31), 2**31 - 1),
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
    Syntax.CNTR64: edgy(0, 2**64 - 1),
    Syntax.UINT32: u32,
    Syntax.NOSUCHOBJECT: st.none(),
    Syntax.NOSUCHINSTANCE: st.none(),
    Syntax.ENDOFMIBVIEW: st.none(),
}


def smi_values(v1: bool) -> st.SearchStrategy[SmiValue]:
    choices = [s for s in VALUES if not (v1 and s in V2_ONLY)]
    return st.sampled_from(choices).flatmap(lambda s: VALUES[s].map(lambda p: SmiValue(s, p)))


def varbinds(v1: bool) -> st.SearchStrategy[list[tuple[tuple[int, ...], SmiValue]]]:
    return st.lists(st.tuples(oids, smi_values(v1)), max_size=30)


@st.composite
def valid_messages(draw: st.DrawFn) -> WireMessage:
    v1 = draw(st.booleans())
    community = draw(st.binary(max_size=40) | st.binary(min_size=127, max_size=300))
    vbs = draw(varbinds(v1))
    if v1 and draw(st.integers(0, 4)) == 0:
        header = V1TrapHeader(
            draw(oids),
            draw(st.binary(min_size=4, max_size=4)),
            draw(edgy(-(2**31), 2**31 - 1)),
            draw(edgy(-(2**31), 2**31 - 1)),
            draw(u32),
        )
        return WireMessage(SnmpVersion.V1, community, PduData(PduType.V1TRAP, 0, 0, 0, vbs), header)
    pdu_type = draw(st.sampled_from(V1_TYPES if v1 else V2C_TYPES))
    request_id = draw(edgy(-(2**31), 2**31 - 1))
    low = 0 if (not v1 and pdu_type == PduType.GETBULK) else -(2**31)
    status = draw(edgy(low, 2**31 - 1))
    index = draw(edgy(-(2**31) if v1 else 0, 2**31 - 1))
    version = SnmpVersion.V1 if v1 else SnmpVersion.V2C
    return WireMessage(version, community, PduData(pdu_type, request_id, status, index, vbs))


# ---------------------------------------------------------------------------- the comparison
@dataclass
class Tally:
    """Messages compared and fallbacks taken, printed at the end of a test."""

    compared: int = 0
    fast: FastCodec = field(default_factory=FastCodec)

    def report(self, what: str) -> None:
        record("v1/v2c", self.compared, self.fast.fallbacks)
        print(f"\n{what}: {self.compared} compared, fallbacks {self.fast.fallbacks}")


def same_decode(tally: Tally, data: bytes) -> tuple[str, Any]:
    tally.compared += 1
    fast = outcome(lambda: tally.fast.decode(data))
    reference = outcome(lambda: REFERENCE.decode(data))
    assert fast == reference, data.hex()
    return fast


def same_encode(tally: Tally, message: WireMessage) -> tuple[str, Any]:
    tally.compared += 1
    fast = outcome(lambda: tally.fast.encode(message))
    reference = outcome(lambda: REFERENCE.encode(message))
    assert fast == reference, message
    return fast


# ---------------------------------------------------------------------------- valid messages
def test_valid_messages_encode_identically_and_decode_back_identically() -> None:
    tally = Tally()

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(message=valid_messages())
    def check(message: WireMessage) -> None:
        kind, data = same_encode(tally, message)
        assert kind == "ok"
        kind, back = same_decode(tally, data)
        assert kind == "ok"
        assert back.length == len(data)

    check()
    tally.report("valid messages")
    assert tally.fast.fallbacks == {"decode": 0, "encode": 0}


# ---------------------------------------------------------------------------- odd messages
odd_payloads = st.one_of(
    st.integers(-(2**70), 2**70),
    st.booleans(),
    st.binary(max_size=8),
    st.binary(min_size=65535, max_size=65537),
    st.tuples(st.integers(-3, 50), st.integers(-3, 50)),
    st.lists(st.integers(-2, 2**33) | st.booleans(), max_size=5).map(tuple),
    st.none(),
    st.text(max_size=4),
    st.floats(allow_nan=False, max_value=1e6, min_value=-1e6),
)


@st.composite
def odd_messages(draw: st.DrawFn) -> WireMessage:
    """Messages with one odd part or more: what the fast encoder must leave to the reference
    (which encodes it or names what is wrong)."""
    version = draw(st.sampled_from([SnmpVersion.V1, SnmpVersion.V2C, 1, 0, 2]))
    pdu_type = draw(st.sampled_from([*PduType, 0xA9, 0x30]))
    request_id = draw(st.one_of(st.integers(-(2**33), 2**33), st.booleans()))
    status = draw(st.integers(-(2**32), 2**32))
    index = draw(st.integers(-(2**32), 2**32))
    name = draw(oids | st.lists(st.integers(-1, 45), max_size=3).map(tuple))
    syntax = draw(st.sampled_from([*Syntax, 0x00, 0x07, 0x31, 0x99]))
    payload = draw(odd_payloads | VALUES.get(syntax, st.none()))
    community = draw(st.binary(max_size=4) | st.just("public"))
    pdu = PduData(pdu_type, request_id, status, index, [(name, SmiValue(syntax, payload))])
    trap = None
    if pdu_type == PduType.V1TRAP:
        address = draw(st.sampled_from([b"\x7f\x00\x00\x01", b"\x7f", "x"]))
        trap = V1TrapHeader(name, address, status, index, abs(int(request_id)))
    return WireMessage(version, community, pdu, trap)  # type: ignore[arg-type]


def test_odd_messages_meet_the_same_fate() -> None:
    tally = Tally()
    refused = Counter[str]()

    @settings(max_examples=600, deadline=None)
    @given(message=odd_messages())
    def check(message: WireMessage) -> None:
        kind, data = same_encode(tally, message)
        refused[kind] += 1
        if kind == "ok":
            same_decode(tally, data)

    check()
    tally.report(f"odd messages {dict(refused)}")
    assert refused["ok"] and refused["refused"]


# ---------------------------------------------------------------------------- unusual BER
INTEGER_TAGS = frozenset({0x02, 0x41, 0x42, 0x43, 0x46})


def rewrite(node: Node, draw: st.DrawFn, depth: int = 0) -> Node:
    """A copy of ``node`` with legal BER that neither encoder writes: padded lengths, padded
    INTEGERs, sometimes an empty INTEGER (pyasn1 reads 0), sometimes an extra component."""
    copy = node.copy()
    if copy.children is not None:
        children = [rewrite(child, draw, depth + 1) for child in copy.children]
        if depth == 0:
            children[0] = copy.children[0]  # the version field is read as it comes, first
        copy.children = children
        if depth <= 1 and draw(st.integers(0, 9)) == 0:
            copy.children.append(Node(0x05))  # after the PDU or the varbind list
    elif copy.tag in INTEGER_TAGS and copy.content:
        choice = draw(st.integers(0, 5))
        if choice == 0:
            pad = b"\xff" if copy.content[0] & 0x80 else b"\x00"
            copy.content = pad * draw(st.integers(1, 3)) + copy.content
        elif choice == 1 and draw(st.integers(0, 5)) == 0:
            copy.content = b""
    if draw(st.integers(0, 4)) == 0:
        copy.length_form = "long"
    return copy


def test_unusual_but_legal_ber_decodes_the_same() -> None:
    tally = Tally()
    kinds = Counter[str]()

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(message=valid_messages(), data=st.data())
    def check(message: WireMessage, data: st.DataObject) -> None:
        (root,) = parse(REFERENCE.encode(message))
        variant = rewrite(root, data.draw).encode()
        kinds[same_decode(tally, variant)[0]] += 1
        same_decode(tally, variant + b"\x00trailing")

    check()
    tally.report(f"unusual BER {dict(kinds)}")
    assert kinds["ok"] > kinds["refused"]


# ---------------------------------------------------------------------------- the fuzz corpus
@dataclass
class FuzzRun:
    outcomes: Counter[str]
    mismatches: list[tuple[bytes, tuple[str, Any], tuple[str, Any]]]
    fallbacks: dict[str, int]
    compared: int
    fast_s: float
    reference_s: float


@pytest.fixture(scope="session")
def fuzz_run() -> FuzzRun:
    """One pass of the seeds and FUZZ_DATAGRAMS mutations through both codecs."""
    fast = FastCodec()
    datagrams = [*seed_messages(), *Mutator(FUZZ_SEED).datagrams(FUZZ_DATAGRAMS)]
    outcomes: Counter[str] = Counter()
    mismatches = []
    fast_s = reference_s = 0.0
    for data in datagrams:
        t0 = time.perf_counter()
        mine = outcome(lambda d=data: fast.decode(d))  # type: ignore[misc]
        t1 = time.perf_counter()
        theirs = outcome(lambda d=data: REFERENCE.decode(d))  # type: ignore[misc]
        t2 = time.perf_counter()
        fast_s += t1 - t0
        reference_s += t2 - t1
        outcomes[theirs[0]] += 1
        if mine != theirs:
            mismatches.append((data, mine, theirs))
    return FuzzRun(outcomes, mismatches, fast.fallbacks, len(datagrams), fast_s, reference_s)


def test_the_fuzz_corpus_decodes_and_refuses_the_same(fuzz_run: FuzzRun) -> None:
    first = fuzz_run.mismatches[:1]
    assert fuzz_run.mismatches == [], f"{len(fuzz_run.mismatches)} differ, first {first}"
    assert fuzz_run.outcomes["ok"] > FUZZ_DATAGRAMS // 20
    assert fuzz_run.outcomes["refused"] > FUZZ_DATAGRAMS // 2
    assert fuzz_run.outcomes["oversized"] > 0
    record("v1/v2c", fuzz_run.compared, fuzz_run.fallbacks)
    print(
        f"\nfuzz corpus: {fuzz_run.compared} compared, {dict(fuzz_run.outcomes)}, "
        f"fallbacks {fuzz_run.fallbacks}; fast {fuzz_run.fast_s:.2f} s, "
        f"reference {fuzz_run.reference_s:.2f} s"
    )


def test_the_fuzz_corpus_never_needs_the_reference(fuzz_run: FuzzRun) -> None:
    # The fast reader decides every datagram itself: accepted, or refused by a rule pyasn1
    # applies too (the comparison above says they agree).
    assert fuzz_run.fallbacks == {"decode": 0, "encode": 0}
