"""Building blocks of the demo agent's MIB tree: variables, write rules and traffic counters.

Everything here is plain Python with no locking; :class:`~snmpscope.core.agent.mib.DemoMib`
holds the one lock and passes a :class:`Moment` (one reading of the clocks) to every read so a
response is a consistent snapshot.
"""

from __future__ import annotations

import ipaddress
import math
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from snmpscope.core.constants import ErrorStatus, Syntax
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import SmiValue

MIB2: Oid = (1, 3, 6, 1, 2, 1)
COUNTER32_MODULUS = 2**32
COUNTER64_MODULUS = 2**64
TIMETICKS_MODULUS = 2**32


class Moment(NamedTuple):
    """One reading of the agent's clocks: seconds since agent start, and wall-clock time."""

    elapsed: float
    wall: float

    @property
    def uptime_ticks(self) -> int:
        """sysUpTime in hundredths of a second (TimeTicks wrap at 2^32)."""
        return int(self.elapsed * 100) % TIMETICKS_MODULUS


class Variable(ABC):
    """An object instance; subclasses decide where the value comes from."""

    @property
    @abstractmethod
    def syntax(self) -> int:
        """The Syntax code of the value (known without computing it)."""

    @abstractmethod
    def read(self, moment: Moment) -> SmiValue:
        """The value at ``moment``."""

    def store(self, value: SmiValue, moment: Moment) -> None:
        """Take a value a SET delivered (already checked against the object's WriteRule)."""
        raise NotImplementedError(f"{type(self).__name__} is not writable")


class Const(Variable):
    """A stored value (SET replaces it)."""

    __slots__ = ("value",)

    def __init__(self, value: SmiValue) -> None:
        self.value = value

    @property
    def syntax(self) -> int:
        return int(self.value.syntax)

    def read(self, moment: Moment) -> SmiValue:
        return self.value

    def store(self, value: SmiValue, moment: Moment) -> None:
        self.value = value


Store = Callable[[SmiValue, Moment], None]


class Computed(Variable):
    """A value computed from the clocks or shared state (uptimes, counters, port status).

    ``on_store`` makes it writable: a SET hands it the new value (ifAdminStatus, ifAlias).
    """

    __slots__ = ("_compute", "_on_store", "_syntax")

    def __init__(
        self,
        syntax: int,
        compute: Callable[[Moment], int | bytes | Oid],
        on_store: Store | None = None,
    ) -> None:
        self._syntax = syntax
        self._compute = compute
        self._on_store = on_store

    @property
    def syntax(self) -> int:
        return self._syntax

    def read(self, moment: Moment) -> SmiValue:
        return SmiValue(self._syntax, self._compute(moment))

    def store(self, value: SmiValue, moment: Moment) -> None:
        if self._on_store is None:
            super().store(value, moment)
        else:
            self._on_store(value, moment)


@dataclass(slots=True)
class WriteRule:
    """What a writable object type accepts; ``check`` returns an error status or 0.

    The rule belongs to the object type (a column), the value to each instance: a SET checks
    here, then calls the instance's :meth:`Variable.store`.
    """

    syntax: int
    max_length: int | None = None
    display_string: bool = False
    allowed: frozenset[int] | None = None

    def check(self, value: SmiValue) -> int:
        """RFC 3416 order: wrongType, wrongLength, wrongValue."""
        if value.syntax != self.syntax:
            return int(ErrorStatus.WRONGTYPE)
        payload = value.value
        if isinstance(payload, bytes):
            if self.max_length is not None and len(payload) > self.max_length:
                return int(ErrorStatus.WRONGLENGTH)
            if self.display_string and not _is_display_string(payload):
                return int(ErrorStatus.WRONGVALUE)
        if self.allowed is not None and payload not in self.allowed:
            return int(ErrorStatus.WRONGVALUE)
        return int(ErrorStatus.NOERROR)


def _is_display_string(data: bytes) -> bool:
    # RFC 2579 DisplayString: NVT ASCII; we accept printable ASCII plus CR, LF and TAB.
    return all(0x20 <= octet <= 0x7E or octet in (9, 10, 13) for octet in data)


@dataclass(frozen=True, slots=True)
class ObjectType:
    """An OBJECT-TYPE the agent implements (a scalar or a table column)."""

    oid: Oid
    name: str
    syntax: int
    write: WriteRule | None = None


@dataclass(slots=True)
class RateCounter:
    """A monotone counter driven by elapsed time, optionally paused.

    The rate swings by ``swing`` (0..1) around ``rate`` units/s with period ``period`` s, so
    graphs look alive; the running integral is used, so the count never goes backwards and the
    same history of clock readings gives the same counts. ``base`` is the count at agent start.
    """

    base: int
    rate: float
    swing: float = 0.0
    period: float = 300.0
    phase: float = 0.0
    active: bool = True
    _offset: float = 0.0  # count accumulated before the current active period
    _since: float = 0.0  # elapsed time the current active period started

    def _integral(self, t: float) -> float:
        if not self.swing:
            return self.rate * t
        omega = 2 * math.pi / self.period
        wobble = (
            self.rate
            * self.swing
            / omega
            * (math.cos(self.phase) - math.cos(omega * t + self.phase))
        )
        return self.rate * t + wobble

    def total(self, t: float) -> int:
        """Unbounded count at elapsed time ``t`` (callers reduce it modulo 2^32 or 2^64)."""
        delta = self._offset
        if self.active:
            delta += self._integral(t) - self._integral(self._since)
        return self.base + max(0, math.floor(delta))

    def set_active(self, active: bool, t: float) -> None:
        """Pause or resume counting at elapsed time ``t`` without a jump."""
        if active == self.active:
            return
        if self.active:
            self._offset += self._integral(t) - self._integral(self._since)
        self.active = active
        self._since = t


@dataclass(slots=True)
class Traffic:
    """One direction of an interface: octets, and packet counts derived from them."""

    octets: RateCounter
    packet_size: int
    multicast: float = 0.0  # fractions of packets
    broadcast: float = 0.0
    discards_ppm: float = 0.0
    errors_ppm: float = 0.0
    unknown_ppm: float = 0.0

    def octet_count(self, t: float) -> int:
        """Unbounded octet count."""
        return self.octets.total(t)

    def packets(self, t: float) -> int:
        """All packets so far."""
        return self.octets.total(t) // max(1, self.packet_size)

    def share(self, t: float, fraction: float) -> int:
        """A fixed share of the packets (multicast, broadcast) - monotone because floor is."""
        return math.floor(self.packets(t) * fraction)

    def unicast(self, t: float) -> int:
        """Packets that are neither multicast nor broadcast."""
        total = self.packets(t)
        return total - math.floor(total * self.multicast) - math.floor(total * self.broadcast)

    def per_million(self, t: float, ppm: float) -> int:
        """Rare events (errors, discards) at ``ppm`` per million packets."""
        return self.packets(t) * round(ppm * 1000) // 1_000_000_000


@dataclass(slots=True)
class InterfaceState:
    """Mutable state of one interface, shared by its ifTable/ifXTable variables."""

    index: int
    admin: int
    oper: int
    alias: bytes
    rx: Traffic
    tx: Traffic
    last_change: int = 0  # TimeTicks (sysUpTime when the oper state last changed)
    connected: bool = True  # carrier present: oper follows admin only when connected

    def set_admin(self, admin: int, moment: Moment) -> None:
        """ifAdminStatus was written: oper status, ifLastChange and counters follow."""
        self.admin = admin
        oper = 1 if admin == 1 and self.connected else 2
        if oper != self.oper:
            self.oper = oper
            self.last_change = moment.uptime_ticks
        running = oper == 1
        self.rx.octets.set_active(running, moment.elapsed)
        self.tx.octets.set_active(running, moment.elapsed)


def counter32(count: int) -> int:
    """Counter32 view of an unbounded count."""
    return count % COUNTER32_MODULUS


def counter64(count: int) -> int:
    """Counter64 view of an unbounded count."""
    return count % COUNTER64_MODULUS


def const(syntax: int, payload: int | bytes | Oid | None) -> Const:
    """A stored variable (no range checks: the data file is ours)."""
    return Const(SmiValue(syntax, payload))


class DemoDataError(ValueError):
    """The data file is malformed (names what and where)."""


@dataclass
class DemoTree:
    """The instrumented tree: instances by OID and the object types they belong to."""

    variables: dict[Oid, Variable] = field(default_factory=dict)
    objects: dict[Oid, ObjectType] = field(default_factory=dict)

    def object_type(
        self, oid: Oid, name: str, syntax: int, write: WriteRule | None = None
    ) -> ObjectType:
        """Declare an OBJECT-TYPE (scalar or column); tables may have no rows yet."""
        obj = self.objects.get(oid)
        if obj is None:
            obj = self.objects[oid] = ObjectType(oid, name, syntax, write)
        return obj

    def scalar(
        self, oid: Oid, name: str, variable: Variable, write: WriteRule | None = None
    ) -> None:
        """A scalar object and its single instance ``oid.0``."""
        self.object_type(oid, name, variable.syntax, write)
        self._add((*oid, 0), variable)

    def cell(
        self,
        column: Oid,
        name: str,
        index: Oid,
        variable: Variable,
        write: WriteRule | None = None,
    ) -> None:
        """One table cell: column ``column``, row ``index``."""
        self.object_type(column, name, variable.syntax, write)
        self._add((*column, *index), variable)

    def _add(self, oid: Oid, variable: Variable) -> None:
        if oid in self.variables:
            raise DemoDataError(f"duplicate instance {'.'.join(map(str, oid))}")
        self.variables[oid] = variable


def display_string(max_length: int) -> WriteRule:
    """Write rule for a DisplayString of at most ``max_length`` octets."""
    return WriteRule(Syntax.OCTETS, max_length=max_length, display_string=True)


def text(value: str) -> Const:
    """A stored OCTET STRING from text."""
    return const(Syntax.OCTETS, value.encode("utf-8"))


def ip_octets(address: str) -> bytes:
    """Dotted IPv4 address as 4 octets."""
    return ipaddress.IPv4Address(address).packed


def uptime(offset_seconds: float = 0.0) -> Computed:
    """TimeTicks since agent start (plus ``offset_seconds``), wrapping at 2^32."""
    ticks = round(offset_seconds * 100)
    return Computed(Syntax.TIMETICKS, lambda m: (int(m.elapsed * 100) + ticks) % TIMETICKS_MODULUS)


def counting(syntax: int, counter: RateCounter) -> Computed:
    """A Counter32/Counter64 variable reading ``counter``."""
    modulus = 2**64 if syntax == Syntax.CNTR64 else 2**32
    return Computed(syntax, lambda m: counter.total(m.elapsed) % modulus)
