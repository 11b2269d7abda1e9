"""The smi, transport and client records behave as the dataclasses they replaced.

Each was ``@dataclass(slots=True)`` (frozen or not; ``PendingRequest`` with ``eq=False``) and
is now a :class:`~snmpscope.core.records.Record`. For each, a dataclass with the same fields
built here is the reference: same repr, same equality and hash, the same refusal to assign
to a frozen one; copy, pickle and ``replace`` give back an equal record.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import socket
import time
from typing import Any

import pytest

from snmpscope.core.client.response import Response
from snmpscope.core.client.routing import Arrival
from snmpscope.core.constants import PduType, SnmpVersion, Syntax
from snmpscope.core.model.states import PduData
from snmpscope.core.records import FrozenRecord, Record
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.values import SmiValue
from snmpscope.core.transport.codec import V1TrapHeader, WireMessage
from snmpscope.core.transport.requests import PendingRequest
from snmpscope.core.transport.stats import Counters, TransportStats

ADDRESS = TransportAddress("router.example", "192.0.2.7", 161, socket.AF_INET)
VALUE = SmiValue(Syntax.CNTR32, 7)
VARBINDS = (((1, 3, 6, 1, 2, 1, 1, 3, 0), SmiValue(Syntax.TIMETICKS, 42)),)
PDU = PduData(PduType.GET, 5, 0, 0, [((1, 3, 6, 1, 2, 1, 1, 3, 0), SmiValue(Syntax.NULL))])
TRAP = V1TrapHeader((1, 3, 6, 1, 4, 1, 8072), b"\xc0\x00\x02\x07", 6, 3, 1234)

# One record of each class, its fields given positionally in the order of its __init__.
FROZEN: list[FrozenRecord] = [
    VALUE,
    ADDRESS,
    TRAP,
    Response(PduType.RESPONSE, 5, 0, 0, VARBINDS, ADDRESS, b"public", 0.004),
    TransportStats(*range(1, 27)),
]
MUTABLE: list[Record] = [
    WireMessage(SnmpVersion.V2C, b"public", PDU, None, 48),
    Arrival(None, 0, "", PduType.RESPONSE, 5, b"public", 0, 0, VARBINDS, "192.0.2.7", 1.5),
]


def fields_of(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.__slots__}


def reference(record: Record, *, frozen: bool) -> Any:
    """A dataclass of the same name and fields as ``record``, with its values."""
    cls = dataclasses.make_dataclass(
        type(record).__name__, list(record.__slots__), frozen=frozen, slots=True
    )
    return cls(**fields_of(record))


def other_value(value: object) -> object:
    return value + 1 if isinstance(value, int | float) else ("other", value)


def ids(records: list[Any]) -> list[str]:
    return [type(r).__name__ for r in records]


@pytest.mark.parametrize("record", FROZEN + MUTABLE, ids=ids(FROZEN + MUTABLE))
def test_a_record_reads_repr_and_compares_like_the_dataclass_it_was(record: Record) -> None:
    frozen = isinstance(record, FrozenRecord)
    ref = reference(record, frozen=frozen)
    assert repr(record) == repr(ref)
    assert fields_of(record) == {f.name: getattr(ref, f.name) for f in dataclasses.fields(ref)}
    twin = type(record)(**fields_of(record))
    assert twin == record
    assert twin is not record
    assert record != ref  # another class is never equal, as with dataclasses
    for name in record.__slots__:
        changed = record.replace(**{name: other_value(getattr(record, name))})
        assert changed != record, name
        assert type(changed) is type(record)
        assert getattr(changed, name) == other_value(getattr(record, name))
    with pytest.raises(TypeError, match="no field 'nonesuch'"):
        record.replace(nonesuch=1)


@pytest.mark.parametrize("record", FROZEN, ids=ids(FROZEN))
def test_a_frozen_record_hashes_its_fields_and_refuses_assignment(record: FrozenRecord) -> None:
    ref = reference(record, frozen=True)
    assert hash(record) == hash(ref) == hash(type(record)(**fields_of(record)))
    name = record.__slots__[0]
    with pytest.raises(AttributeError, match=name):
        setattr(record, name, other_value(getattr(record, name)))
    with pytest.raises(AttributeError, match=name):
        delattr(record, name)
    with pytest.raises(AttributeError):
        record.not_a_field = 1  # type: ignore[attr-defined]
    assert fields_of(record) == fields_of(reference(record, frozen=True))


@pytest.mark.parametrize("record", MUTABLE, ids=ids(MUTABLE))
def test_a_mutable_record_is_unhashable_and_assignable(record: Record) -> None:
    with pytest.raises(TypeError, match="unhashable"):
        hash(record)
    changed = copy.copy(record)
    name = record.__slots__[1]
    setattr(changed, name, other_value(getattr(record, name)))
    assert changed != record
    with pytest.raises(AttributeError):
        record.not_a_field = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("record", FROZEN + MUTABLE, ids=ids(FROZEN + MUTABLE))
def test_copy_and_pickle_give_an_equal_record(record: Record) -> None:
    for twin in (
        copy.copy(record),
        copy.deepcopy(record),
        pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)),
        pickle.loads(pickle.dumps(record, protocol=2)),
    ):
        assert type(twin) is type(record)
        assert twin == record
        assert repr(twin) == repr(record)


def test_the_defaults_are_those_of_the_dataclasses() -> None:
    assert SmiValue(Syntax.NULL) == SmiValue(Syntax.NULL, None)
    message = WireMessage(SnmpVersion.V1, b"c", PDU)
    assert (message.trap, message.length) == (None, 0)
    response = Response(PduType.RESPONSE, 1, 0, 0, (), ADDRESS, b"c", 0.1)
    assert (response.request_pdu, response.message) == (None, None)
    assert TransportStats() == TransportStats(*[0] * 26)
    before = time.monotonic()
    arrival = Arrival()
    assert before <= arrival.received_at <= time.monotonic()
    assert arrival.replace(received_at=0.0) == Arrival(received_at=0.0)
    assert (arrival.message, arrival.error, arrival.detail, arrival.peer) == (None, 0, "", "")
    assert (arrival.varbinds, arrival.community) == ((), b"")
    assert (arrival.src, arrival.rtt_s) == (None, None)


def test_the_transport_counters_fill_every_field_of_a_snapshot() -> None:
    counters = Counters()
    for step, name in enumerate(TransportStats.__slots__, start=1):
        counters.bump(name, step)
    assert counters.snapshot() == TransportStats(*range(1, 27))


def pending(**changes: Any) -> PendingRequest:
    fields: dict[str, Any] = {
        "session": 1,
        "request_id": 5,
        "pdu_handle": 3,
        "dst_entity": 2,
        "destination": ADDRESS,
        "version": SnmpVersion.V2C,
        "community": b"public",
        "pdu": PDU,
        "wire": b"0\x1a",
        "endpoint": None,
        "confirmed": True,
        "timeout_s": 1.0,
        "max_attempts": 2,
    }
    return PendingRequest(**{**fields, **changes})


def test_a_pending_request_is_equal_and_hashed_by_identity_only() -> None:
    first, second = pending(), pending()
    assert fields_of(first) == fields_of(second)
    assert first != second
    assert first == first  # noqa: PLR0124 (identity is what is checked)
    assert hash(first) == object.__hash__(first)
    assert hash(second) == object.__hash__(second)
    waiting = [first, second]
    waiting.remove(second)
    assert waiting == [first]
    assert waiting[0] is first
    assert {first: 1, second: 2}[second] == 2
    assert (first.attempt, first.last_sent, first.timer, first.done) == (0, 0.0, None, False)
    assert (first.gate, first.send_error, first.ref) == (None, None, None)
    assert first.extra == {}
    assert first.extra is not second.extra  # each request its own dict, as default_factory
    assert repr(first).startswith("PendingRequest(session=1, request_id=5, pdu_handle=3,")
    first.attempt = 1
    assert first.attempt == 1
