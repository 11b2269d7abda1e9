"""The record classes that replaced dataclasses on the CLI's path (``core.records``) keep what
the dataclasses gave their users: the ``Name(field=value, ...)`` repr, equality of same-class
records field by field, hashing and immutability of frozen ones, copies and pickles, and
``replace`` (``dataclasses.replace``)."""

from __future__ import annotations

import copy
import pickle
from collections import deque

import pytest

from snmpscope.core.constants import HandleKind, PduType, SnmpVersion
from snmpscope.core.model.events import EventType, ResourceEvent
from snmpscope.core.model.lifecycle import StartupInfo, VendorInfo
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.ports import DecodedMessage, OutboundMessage, RequestRef
from snmpscope.core.model.states import (
    ContextState,
    EntityState,
    IncomingMessage,
    PduData,
    PduObj,
    PduState,
    PduStatus,
    Registration,
    SessionState,
    V3Security,
    VblState,
)
from snmpscope.core.records import FrozenRecord, Record
from snmpscope.core.smi.address import parse_entity_address

ADDRESS = parse_entity_address("127.0.0.1:161", 161)


def pdu() -> PduData:
    return PduData(PduType.GET, 7, 0, 0, [((1, 3, 6, 1), None)])  # type: ignore[list-item]


MUTABLE = [
    V3Security("alice", "authPriv", "SHA", "a" * 8, "AES", "p" * 8, b"\x80", (1, 2)),
    EntityState(5, 1, ADDRESS, SnmpVersion.V2C, 150, 2, name="agent"),
    ContextState(6, 1, b"public", "ro"),
    PduStatus(PduState.ANSWERED, 1, 3, 1.5, 0.2, 0, "127.0.0.1:161", 9, 0, b"\x30"),
    pdu(),
    PduObj(7, 1, pdu()),
    VblState(8, 1, [((1, 3, 6, 1), None)]),  # type: ignore[list-item]
    IncomingMessage(ADDRESS, ADDRESS, SnmpVersion.V2C, b"public", pdu(), received_at=1.0),
    SessionState(1, None, None, None, 0, "s", created_at=2.0),
    OutboundMessage(1, None, ADDRESS, SnmpVersion.V2C, b"public", pdu(), 7, 100, 1, True),
    DecodedMessage(SnmpVersion.V1, b"public", pdu(), 40),
]
FROZEN = [
    Registration(("127.0.0.1", 162), b"public", (1, 3, 6, 1, 6, 3, 1, 1, 5, 1)),
    RequestRef(1, 7, 9, 5, "127.0.0.1:161", 1, True, 3),
    ResourceLimits(sessions=4),
    StartupInfo(2, 0, 3, 1, 1),
    VendorInfo(),
    ResourceEvent(1, EventType.CREATED, 5, HandleKind.ENTITY, 1),
]


def test_the_record_base_gives_dataclass_repr_equality_hash_and_immutability() -> None:
    class Point(FrozenRecord):
        __slots__ = ("x", "y")
        x: int
        y: int

        def __init__(self, x: int, y: int = 0) -> None:
            object.__setattr__(self, "x", x)
            object.__setattr__(self, "y", y)

    class Box(Record):
        __slots__ = ("items",)
        items: list[int]

        def __init__(self, items: list[int]) -> None:
            self.items = items

    point = Point(1, 2)
    assert repr(point).endswith(".Point(x=1, y=2)")  # the qualified name, as a dataclass
    assert point == Point(1, 2) and point != Point(1, 3) and point != (1, 2)
    assert hash(point) == hash(Point(1, 2)) and {point, Point(1, 2)} == {point}
    with pytest.raises(AttributeError, match="cannot assign to field 'x'"):
        point.x = 5  # type: ignore[misc]
    with pytest.raises(AttributeError, match="cannot delete field 'y'"):
        del point.y  # type: ignore[misc]
    assert point.replace(y=9) == Point(1, 9) and point == Point(1, 2)
    with pytest.raises(TypeError, match="no field 'z'"):
        point.replace(z=1)
    box = Box([1])
    with pytest.raises(TypeError, match="unhashable"):
        hash(box)
    assert copy.deepcopy(box) == box and copy.deepcopy(box).items is not box.items
    assert not hasattr(box, "__dict__") and not hasattr(point, "__dict__")


@pytest.mark.parametrize("record", MUTABLE + FROZEN, ids=lambda r: type(r).__name__)
def test_each_record_copies_pickles_and_compares_by_its_fields(record: Record) -> None:
    assert copy.copy(record) == record
    assert copy.deepcopy(record) == record
    assert pickle.loads(pickle.dumps(record)) == record
    assert record.replace() == record and record.replace() is not record
    assert repr(record).startswith(type(record).__name__ + "(")
    for name in record.__slots__:
        assert f"{name}=" in repr(record)
    first = record.__slots__[0]
    changed = record.replace(**{first: "other"})
    assert changed != record and getattr(changed, first) == "other"


@pytest.mark.parametrize("record", FROZEN, ids=lambda r: type(r).__name__)
def test_frozen_records_hash_by_value_and_refuse_changes(record: FrozenRecord) -> None:
    assert hash(record) == hash(copy.copy(record))
    with pytest.raises(AttributeError):
        setattr(record, record.__slots__[0], None)


@pytest.mark.parametrize("record", MUTABLE, ids=lambda r: type(r).__name__)
def test_mutable_records_take_changes_and_are_unhashable(record: Record) -> None:
    with pytest.raises(TypeError):
        hash(record)
    setattr(record, record.__slots__[-1], None)
    assert getattr(record, record.__slots__[-1]) is None


def test_defaults_made_per_record_are_not_shared() -> None:
    one, two = SessionState(1, None, None, None, 0, "a"), SessionState(2, None, None, None, 0, "b")
    assert one.owned is not two.owned and one.queue is not two.queue
    assert isinstance(one.queue, deque) and one.registrations == set() and one.outstanding == {}
    assert one.created_at > 0 and one.owner == 1
    assert PduObj(1, 1, pdu()).status is not PduObj(2, 1, pdu()).status
    assert PduData(0, 0, 0, 0).varbinds == [] and PduData(0, 0, 0, 0).varbinds is not None
    assert IncomingMessage(ADDRESS, ADDRESS, SnmpVersion.V1, b"", pdu()).received_at > 0
    assert OutboundMessage(1, None, ADDRESS, SnmpVersion.V1, b"", pdu(), 1, 1, 0, False).extra == {}


def _records(cls: type[Record]) -> list[type[Record]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_records(sub)]
    return found


def test_every_record_lists_its_slots_in_the_order_of_its_init() -> None:
    """Positional construction, repr, copy and pickle all follow ``__slots__``; a sorted or
    edited tuple that no longer matches ``__init__`` would scramble fields silently."""
    import inspect

    import snmpscope.core.api  # noqa: F401 - loads the records a client uses

    checked = [
        cls
        for cls in _records(Record)
        if cls.__module__.startswith("snmpscope") and cls is not FrozenRecord
    ]
    assert len(checked) >= len({type(r) for r in MUTABLE + FROZEN})
    for cls in checked:
        parameters = list(inspect.signature(cls.__init__).parameters)[1:]
        assert list(cls.__slots__) == parameters, cls.__qualname__
