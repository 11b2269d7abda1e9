"""DemoMib: SNMP semantics for v1 and v2c, GETBULK edge cases, atomic SET, counters driven by an
injected clock, the data set against the MIB definitions, and thread safety."""

from __future__ import annotations

import copy
import itertools
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snmpscope.core.agent.data import DemoDataError, load_resource
from snmpscope.core.agent.mib import DemoMib
from snmpscope.core.constants import (
    V2_TO_V1_ERROR_STATUS,
    ApiError,
    ErrorStatus,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.names import MibNames
from snmpscope.core.smi.values import NULL_VALUE, SmiValue

V1, V2C, V3 = SnmpVersion.V1, SnmpVersion.V2C, SnmpVersion.V3
S = Syntax

SYS = (1, 3, 6, 1, 2, 1, 1)
SYS_DESCR = (*SYS, 1, 0)
SYS_UPTIME = (*SYS, 3, 0)
SYS_CONTACT = (*SYS, 4, 0)
SYS_NAME = (*SYS, 5, 0)
SYS_LOCATION = (*SYS, 6, 0)
IF_ENTRY = (1, 3, 6, 1, 2, 1, 2, 2, 1)
IFX_ENTRY = (1, 3, 6, 1, 2, 1, 31, 1, 1, 1)
HR_UPTIME = (1, 3, 6, 1, 2, 1, 25, 1, 1, 0)
HR_DATE = (1, 3, 6, 1, 2, 1, 25, 1, 2, 0)


def if_col(column: int, index: int) -> tuple[int, ...]:
    return (*IF_ENTRY, column, index)


def ifx_col(column: int, index: int) -> tuple[int, ...]:
    return (*IFX_ENTRY, column, index)


class FakeClock:
    """An injectable monotonic clock the test moves by hand."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def demo(clock: FakeClock) -> DemoMib:
    return DemoMib(clock=clock, wall_clock=lambda: 1_790_000_000.0 + clock.now)


def value_of(demo: DemoMib, oid: tuple[int, ...], version: int = V2C) -> SmiValue:
    status, index, varbinds = demo.get([oid], version)
    assert (status, index) == (0, 0)
    return varbinds[0][1]


def text(value: str) -> SmiValue:
    return SmiValue(S.OCTETS, value.encode())


# --- size and data ----------------------------------------------------------------------------


def test_data_set_size_and_groups(demo: DemoMib) -> None:
    oids = demo.oids()
    assert len(demo) == len(oids) > 1000
    groups = {oid[:7] for oid in oids if oid[:6] == (1, 3, 6, 1, 2, 1)}
    for group in (1, 2, 4, 5, 6, 7, 11, 25, 31):
        assert (1, 3, 6, 1, 2, 1, group) in groups
    assert value_of(demo, (1, 3, 6, 1, 2, 1, 2, 1, 0)) == SmiValue(S.INT, 12)
    types = {value_of(demo, if_col(3, n)).value for n in range(1, 13)}
    assert {6, 24, 131, 161} <= types  # ethernet, loopback, tunnel, LAG
    opers = [value_of(demo, if_col(8, n)).value for n in range(1, 13)]
    assert opers.count(2) == 2
    assert value_of(demo, ifx_col(1, 2)) == text("ge-0/0/1")
    assert value_of(demo, if_col(6, 1)) == SmiValue(S.OCTETS, bytes.fromhex("001f123a9c01"))
    assert value_of(demo, if_col(6, 10)) == SmiValue(S.OCTETS, b"")  # lo0 has no MAC
    assert value_of(demo, if_col(5, 7)) == SmiValue(S.GAUGE32, 2**32 - 1)  # 10G caps ifSpeed
    assert value_of(demo, ifx_col(15, 7)) == SmiValue(S.GAUGE32, 10000)


def test_every_instance_matches_its_mib_definition(demo: DemoMib) -> None:
    names = MibNames.default()
    for oid, value in demo.snapshot():
        info = names.node_info(oid)
        assert info is not None, oid
        assert info.kind in ("scalar", "column"), names.oid_to_name(oid)
        assert info.syntax == value.syntax, names.oid_to_name(oid)
        if info.kind == "scalar":
            assert info.suffix == (0,)
        if info.enums and info.base_type == "INTEGER":
            assert value.value in info.enums, names.oid_to_name(oid)
        assert info.access in ("read-only", "read-write", "read-create"), names.oid_to_name(oid)


def test_bad_data_files_are_refused() -> None:
    data = load_resource()
    broken = copy.deepcopy(data)
    broken["counters"]["ipNotACounter"] = [1, 1]
    with pytest.raises(DemoDataError, match="'ipNotACounter' is not a known counter scalar"):
        DemoMib(broken)
    missing = copy.deepcopy(data)
    del missing["system"]["sysName"]
    with pytest.raises(DemoDataError, match="KeyError"):
        DemoMib(missing)
    with pytest.raises(FileNotFoundError):
        load_resource("no-such-device.json")


# --- GET --------------------------------------------------------------------------------------


def test_v2c_get_values_and_exceptions(demo: DemoMib) -> None:
    status, index, varbinds = demo.get(
        [SYS_DESCR, (*SYS, 99, 0), (*SYS, 1, 1), (*SYS, 1), if_col(2, 99), (1, 3, 6, 1, 2, 1, 1)],
        V2C,
    )
    assert (status, index) == (0, 0)
    assert varbinds[0][1].syntax == S.OCTETS
    assert varbinds[0][1].value.startswith(b"snmpscope demo router")  # type: ignore[union-attr]
    assert [v.syntax for _, v in varbinds[1:]] == [
        S.NOSUCHOBJECT,  # no sysXyz object
        S.NOSUCHINSTANCE,  # sysDescr exists, instance .1 does not
        S.NOSUCHINSTANCE,  # the object type's own OID (net-snmp answers the same)
        S.NOSUCHINSTANCE,  # ifDescr column exists, row 99 does not
        S.NOSUCHOBJECT,  # a group node
    ]
    assert [oid for oid, _ in varbinds][1] == (*SYS, 99, 0)


def test_v3_behaves_like_v2c(demo: DemoMib) -> None:
    assert demo.get([(*SYS, 99, 0)], V3)[2][0][1].syntax == S.NOSUCHOBJECT
    assert demo.get([ifx_col(6, 1)], V3)[2][0][1].syntax == S.CNTR64


def test_v1_get_missing_is_no_such_name(demo: DemoMib) -> None:
    request = [SYS_DESCR, SYS_NAME, (*SYS, 99, 0), SYS_CONTACT]
    status, index, varbinds = demo.get(request, V1)
    assert (status, index) == (ErrorStatus.NOSUCHNAME, 3)
    assert varbinds == [(oid, NULL_VALUE) for oid in request]


def test_v1_does_not_see_counter64(demo: DemoMib) -> None:
    status, index, _ = demo.get([SYS_DESCR, ifx_col(6, 1)], V1)
    assert (status, index) == (ErrorStatus.NOSUCHNAME, 2)
    assert demo.get([ifx_col(6, 1)], V2C)[2][0][1].syntax == S.CNTR64


# --- GETNEXT ----------------------------------------------------------------------------------


def test_get_next(demo: DemoMib) -> None:
    oids = demo.oids()
    status, _, varbinds = demo.get_next([(1, 3), SYS_DESCR, (*SYS, 1), oids[-1]], V2C)
    assert status == 0
    assert [oid for oid, _ in varbinds] == [oids[0], (*SYS, 2, 0), SYS_DESCR, oids[-1]]
    assert varbinds[3][1].syntax == S.ENDOFMIBVIEW


def test_v1_get_next_past_the_end(demo: DemoMib) -> None:
    last = demo.oids()[-1]
    status, index, varbinds = demo.get_next([SYS_DESCR, last], V1)
    assert (status, index) == (ErrorStatus.NOSUCHNAME, 2)
    assert varbinds == [(SYS_DESCR, NULL_VALUE), (last, NULL_VALUE)]


def test_v1_get_next_skips_counter64(demo: DemoMib) -> None:
    # ifXTable column 5 (ifOutBroadcastPkts) is followed by column 6 (ifHCInOctets, Counter64)
    # ... through column 13; v1 lands on column 14.
    _, _, varbinds = demo.get_next([ifx_col(5, 12)], V1)
    assert varbinds[0][0] == ifx_col(14, 1)
    _, _, varbinds = demo.get_next([ifx_col(5, 12)], V2C)
    assert varbinds[0][0] == ifx_col(6, 1)


def test_walk_visits_every_object_once_in_order(demo: DemoMib) -> None:
    seen = []
    oid: tuple[int, ...] = (0,)
    while True:
        _, _, [(oid, value)] = demo.get_next([oid], V2C)
        if value.syntax == S.ENDOFMIBVIEW:
            break
        seen.append(oid)
    assert seen == demo.oids()
    assert all(a < b for a, b in itertools.pairwise(seen))
    assert len(set(seen)) == len(seen)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=14))
def test_get_next_is_the_least_greater_instance(start: list[int]) -> None:
    demo = DemoMib(clock=lambda: 0.0, wall_clock=lambda: 0.0)
    oid = tuple(start)
    _, _, [(found, value)] = demo.get_next([oid], V2C)
    greater = [o for o in demo.oids() if o > oid]
    if greater:
        assert found == greater[0]
        assert value.syntax != S.ENDOFMIBVIEW
    else:
        assert (found, value.syntax) == (oid, S.ENDOFMIBVIEW)


# --- GETBULK ----------------------------------------------------------------------------------


def test_get_bulk_non_repeaters_and_repetitions(demo: DemoMib) -> None:
    status, _, varbinds = demo.get_bulk(
        [(*SYS, 3), (*IF_ENTRY, 2), (*IF_ENTRY, 8)], non_repeaters=1, max_repetitions=4, version=V2C
    )
    assert status == 0
    assert len(varbinds) == 1 + 4 * 2
    assert varbinds[0][0] == SYS_UPTIME
    assert [oid for oid, _ in varbinds[1::2]] == [if_col(2, n) for n in range(1, 5)]
    assert [oid for oid, _ in varbinds[2::2]] == [if_col(8, n) for n in range(1, 5)]


def test_get_bulk_edge_cases(demo: DemoMib) -> None:
    # non-repeaters above the number of varbinds: everything is a non-repeater
    _, _, varbinds = demo.get_bulk([SYS_DESCR, SYS_NAME], 5, 10, V2C)
    assert [oid for oid, _ in varbinds] == [(*SYS, 2, 0), (*SYS, 6, 0)]
    # negative values count as zero
    _, _, varbinds = demo.get_bulk([SYS_DESCR], -3, -1, V2C)
    assert varbinds == []
    # max-repetitions 0: only the non-repeaters
    _, _, varbinds = demo.get_bulk([SYS_DESCR, SYS_NAME], 1, 0, V2C)
    assert [oid for oid, _ in varbinds] == [(*SYS, 2, 0)]
    # no varbinds at all
    assert demo.get_bulk([], 0, 10, V2C) == (0, 0, [])


def test_get_bulk_stops_once_every_repeater_is_at_the_end(demo: DemoMib) -> None:
    oids = demo.oids()
    _, _, varbinds = demo.get_bulk([oids[-3], oids[-2]], 0, 50, V2C)
    names = [oid for oid, _ in varbinds]
    kinds = [value.syntax for _, value in varbinds]
    # row 1: last-2 -> last-1, last-1 -> last; row 2: last, end; row 3: end, end (then stop)
    assert names == [oids[-2], oids[-1], oids[-1], oids[-1], oids[-1], oids[-1]]
    assert kinds[:3] != [S.ENDOFMIBVIEW] * 3
    assert kinds[3:] == [S.ENDOFMIBVIEW] * 3


def test_get_bulk_is_capped(clock: FakeClock) -> None:
    demo = DemoMib(clock=clock, max_bulk_varbinds=7)
    _, _, varbinds = demo.get_bulk([(1, 3), (1, 3)], 0, 100, V2C)
    assert len(varbinds) == 7
    assert [oid for oid, _ in varbinds[:2]] == [demo.oids()[0]] * 2
    default = DemoMib(clock=clock)
    assert len(default.get_bulk([(1, 3)], 0, 5000, V2C)[2]) == default.max_bulk_varbinds == 100


def test_get_bulk_does_not_exist_in_v1(demo: DemoMib) -> None:
    with pytest.raises(SnmpApiError) as caught:
        demo.get_bulk([SYS_DESCR], 0, 5, V1)
    assert caught.value.code == ApiError.PDU_INVALID


def test_respond_dispatches_like_a_listener(demo: DemoMib) -> None:
    null = [(SYS_DESCR, NULL_VALUE)]
    assert demo.respond(PduType.GET, null, V2C) == demo.get([SYS_DESCR], V2C)
    assert demo.respond(PduType.GETNEXT, null, V2C) == demo.get_next([SYS_DESCR], V2C)
    bulk = demo.respond(PduType.GETBULK, [((*IF_ENTRY, 2), NULL_VALUE)], V2C, 0, 3)
    assert [oid for oid, _ in bulk[2]] == [if_col(2, n) for n in (1, 2, 3)]
    new = text("lab-rtr")
    assert demo.respond(PduType.SET, [(SYS_NAME, new)], V2C) == (0, 0, [(SYS_NAME, new)])
    with pytest.raises(SnmpApiError, match="does not answer PDU type 0xa7"):
        demo.respond(PduType.TRAP, null, V2C)


# --- SET --------------------------------------------------------------------------------------


def test_set_writable_scalars(demo: DemoMib) -> None:
    request = [
        (SYS_CONTACT, text("ops@example.org")),
        (SYS_NAME, text("rtr-2")),
        (SYS_LOCATION, text("")),
    ]
    assert demo.set(request, V2C) == (0, 0, request)
    assert value_of(demo, SYS_CONTACT) == text("ops@example.org")
    assert value_of(demo, SYS_NAME) == text("rtr-2")
    assert value_of(demo, SYS_LOCATION) == text("")
    assert demo.set([(SYS_NAME, text("x" * 255))], V2C)[0] == 0


@pytest.mark.parametrize(
    ("oid", "value", "status"),
    [
        (SYS_DESCR, text("nope"), ErrorStatus.NOTWRITABLE),
        ((*SYS, 99, 0), text("nope"), ErrorStatus.NOTWRITABLE),
        ((1, 3, 6, 1, 4, 1, 99999, 1, 0), SmiValue(S.INT, 1), ErrorStatus.NOTWRITABLE),
        (if_col(10, 1), SmiValue(S.CNTR32, 0), ErrorStatus.NOTWRITABLE),
        (SYS_CONTACT, SmiValue(S.INT, 5), ErrorStatus.WRONGTYPE),
        (SYS_CONTACT, NULL_VALUE, ErrorStatus.WRONGTYPE),
        (SYS_CONTACT, text("x" * 256), ErrorStatus.WRONGLENGTH),
        (SYS_CONTACT, SmiValue(S.OCTETS, b"\x00\xff"), ErrorStatus.WRONGVALUE),
        (ifx_col(18, 1), text("y" * 65), ErrorStatus.WRONGLENGTH),
        (if_col(7, 1), SmiValue(S.INT, 3), ErrorStatus.WRONGVALUE),
        (if_col(7, 1), SmiValue(S.GAUGE32, 1), ErrorStatus.WRONGTYPE),
        ((*SYS, 4, 1), text("x"), ErrorStatus.NOCREATION),
        ((*SYS, 4), text("x"), ErrorStatus.NOCREATION),
        (ifx_col(18, 99), text("new port"), ErrorStatus.NOCREATION),
        (if_col(7, 99), SmiValue(S.INT, 2), ErrorStatus.NOCREATION),
    ],
)
def test_set_errors_v2c_and_v1(
    demo: DemoMib, oid: tuple[int, ...], value: SmiValue, status: int
) -> None:
    request = [(SYS_NAME, text("ok")), (oid, value)]
    assert demo.set(request, V2C) == (status, 2, request)
    assert demo.set(request, V1) == (V2_TO_V1_ERROR_STATUS[status], 2, request)
    assert value_of(demo, SYS_NAME) == text("edge-rtr1.lab.example.net")


def test_v1_error_mapping_follows_rfc_3584() -> None:
    assert V2_TO_V1_ERROR_STATUS[ErrorStatus.NOTWRITABLE] == ErrorStatus.NOSUCHNAME
    assert V2_TO_V1_ERROR_STATUS[ErrorStatus.NOCREATION] == ErrorStatus.NOSUCHNAME
    assert V2_TO_V1_ERROR_STATUS[ErrorStatus.INCONSISTENTNAME] == ErrorStatus.NOSUCHNAME
    assert V2_TO_V1_ERROR_STATUS[ErrorStatus.WRONGTYPE] == ErrorStatus.BADVALUE
    assert V2_TO_V1_ERROR_STATUS[ErrorStatus.WRONGLENGTH] == ErrorStatus.BADVALUE
    assert V2_TO_V1_ERROR_STATUS[ErrorStatus.WRONGVALUE] == ErrorStatus.BADVALUE
    assert V2_TO_V1_ERROR_STATUS[ErrorStatus.RESOURCEUNAVAILABLE] == ErrorStatus.GENERR
    assert set(V2_TO_V1_ERROR_STATUS.values()) <= {0, 1, 2, 3, 4, 5}
    assert set(V2_TO_V1_ERROR_STATUS) == set(ErrorStatus)  # every v2 status has a v1 form


def test_set_is_atomic(demo: DemoMib) -> None:
    before = [value_of(demo, oid) for oid in (SYS_CONTACT, SYS_LOCATION)]
    request = [
        (SYS_CONTACT, text("changed")),
        (SYS_LOCATION, text("changed too")),
        (SYS_DESCR, text("read-only!")),
    ]
    assert demo.set(request, V2C) == (ErrorStatus.NOTWRITABLE, 3, request)
    assert [value_of(demo, oid) for oid in (SYS_CONTACT, SYS_LOCATION)] == before
    bad_second = [(SYS_CONTACT, text("first")), (SYS_NAME, SmiValue(S.INT, 1))]
    assert demo.set(bad_second, V1) == (ErrorStatus.BADVALUE, 2, bad_second)
    assert value_of(demo, SYS_CONTACT) == before[0]


def test_v1_set_of_counter64_value_is_bad_value(demo: DemoMib) -> None:
    request = [(SYS_CONTACT, SmiValue(S.CNTR64, 1))]
    assert demo.set(request, V1) == (ErrorStatus.BADVALUE, 1, request)


def test_set_if_alias_and_enable_authen_traps(demo: DemoMib) -> None:
    alias = ifx_col(18, 3)
    assert demo.set([(alias, text("moved to rack 7"))], V2C)[0] == 0
    assert value_of(demo, alias) == text("moved to rack 7")
    traps = (1, 3, 6, 1, 2, 1, 11, 30, 0)
    assert demo.set([(traps, SmiValue(S.INT, 1))], V2C)[0] == 0
    assert value_of(demo, traps) == SmiValue(S.INT, 1)
    assert demo.set([(traps, SmiValue(S.INT, 0))], V2C)[:2] == (ErrorStatus.WRONGVALUE, 1)


def test_admin_down_stops_the_port_and_up_resumes_it(demo: DemoMib, clock: FakeClock) -> None:
    port = 3
    clock.advance(100)
    octets_before = value_of(demo, ifx_col(6, port)).value
    assert demo.set([(if_col(7, port), SmiValue(S.INT, 2))], V2C)[0] == 0
    down_at = value_of(demo, SYS_UPTIME).value
    assert value_of(demo, if_col(8, port)) == SmiValue(S.INT, 2)
    assert value_of(demo, if_col(9, port)) == SmiValue(S.TIMETICKS, down_at)
    frozen = value_of(demo, ifx_col(6, port)).value
    assert frozen >= octets_before  # type: ignore[operator]
    clock.advance(600)
    assert value_of(demo, ifx_col(6, port)).value == frozen
    assert value_of(demo, if_col(10, port)).value == frozen % 2**32  # type: ignore[operator]
    assert demo.set([(if_col(7, port), SmiValue(S.INT, 1))], V2C)[0] == 0
    assert value_of(demo, if_col(8, port)) == SmiValue(S.INT, 1)
    assert value_of(demo, ifx_col(6, port)).value == frozen  # resumes without a jump
    clock.advance(10)
    assert value_of(demo, ifx_col(6, port)).value > frozen  # type: ignore[operator]


def test_port_without_carrier_stays_down(demo: DemoMib) -> None:
    # ge-0/0/3 is admin up / oper down (no cable): toggling admin status does not bring it up.
    assert demo.set([(if_col(7, 4), SmiValue(S.INT, 2))], V2C)[0] == 0
    assert demo.set([(if_col(7, 4), SmiValue(S.INT, 1))], V2C)[0] == 0
    assert value_of(demo, if_col(8, 4)) == SmiValue(S.INT, 2)
    assert value_of(demo, if_col(9, 4)) == SmiValue(S.TIMETICKS, 0)


# --- time -------------------------------------------------------------------------------------


def test_uptimes_follow_the_clock(demo: DemoMib, clock: FakeClock) -> None:
    assert value_of(demo, SYS_UPTIME) == SmiValue(S.TIMETICKS, 0)
    host_start = value_of(demo, HR_UPTIME).value
    assert host_start == 1036800 * 100
    clock.advance(123.456)
    assert value_of(demo, SYS_UPTIME) == SmiValue(S.TIMETICKS, 12345)
    assert demo.uptime_ticks() == 12345
    assert value_of(demo, HR_UPTIME).value == host_start + 12345
    clock.advance(2**32 / 100)  # TimeTicks wrap after ~497 days
    assert value_of(demo, SYS_UPTIME) == SmiValue(S.TIMETICKS, 12345)


def test_host_date_follows_the_wall_clock(demo: DemoMib, clock: FakeClock) -> None:
    clock.now = 0.0  # wall clock 1_790_000_000: 2026-09-21 14:13:20 UTC
    assert value_of(demo, HR_DATE) == SmiValue(
        S.OCTETS, bytes([0x07, 0xEA, 9, 21, 14, 13, 20, 0, ord("+"), 0, 0])
    )


def test_counters_move_at_their_rates(demo: DemoMib, clock: FakeClock) -> None:
    port = 7  # xe-0/1/0: 312 MB/s in, mean packet 1050 octets
    hc_before = value_of(demo, ifx_col(6, port)).value
    pkts_before = value_of(demo, ifx_col(7, port)).value
    clock.advance(60)
    hc_after = value_of(demo, ifx_col(6, port)).value
    delta = hc_after - hc_before  # type: ignore[operator]
    # the rate swings by 35 % around its mean
    assert 312e6 * 60 * 0.6 < delta < 312e6 * 60 * 1.4
    pkts = value_of(demo, ifx_col(7, port)).value - pkts_before  # type: ignore[operator]
    assert delta / 1050 * 0.98 < pkts < delta / 1050 * 1.01
    ip_in = (1, 3, 6, 1, 2, 1, 4, 3, 0)
    snmp_in = (1, 3, 6, 1, 2, 1, 11, 1, 0)
    first = [value_of(demo, o).value for o in (ip_in, snmp_in)]
    clock.advance(10)
    second = [value_of(demo, o).value for o in (ip_in, snmp_in)]
    assert all(b > a for a, b in zip(first, second, strict=True))  # type: ignore[operator]
    # a port that is down does not count
    down = value_of(demo, ifx_col(6, 5)).value
    clock.advance(1000)
    assert value_of(demo, ifx_col(6, 5)).value == down


def test_counter32_wraps_while_counter64_goes_on(demo: DemoMib, clock: FakeClock) -> None:
    port = 7
    previous32 = value_of(demo, if_col(10, port)).value
    previous64 = value_of(demo, ifx_col(6, port)).value
    wrapped = False
    for _ in range(40):  # 40 x 5 s at ~312 MB/s is ~15 wraps of 2^32
        clock.advance(5)
        status, _, varbinds = demo.get([if_col(10, port), ifx_col(6, port)], V2C)
        c32, c64 = (v.value for _, v in varbinds)
        assert c32 == c64 % 2**32  # type: ignore[operator]
        assert c64 > previous64  # type: ignore[operator]
        wrapped |= c32 < previous32  # type: ignore[operator]
        previous32, previous64 = c32, c64
    assert wrapped


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(0.0, 50_000.0), min_size=2, max_size=20))
def test_counters_never_go_backwards(steps: list[float]) -> None:
    clock = FakeClock(0.0)
    demo = DemoMib(clock=clock, wall_clock=lambda: 0.0)
    counters = [o for o, v in demo.snapshot() if v.syntax == S.CNTR64]
    previous = [value_of(demo, o).value for o in counters]
    for step in sorted(steps):
        clock.now = step
        current = [value_of(demo, o).value for o in counters]
        assert all(b >= a for a, b in zip(previous, current, strict=True))  # type: ignore[operator]
        previous = current


def test_same_time_same_values(clock: FakeClock) -> None:
    one = DemoMib(clock=clock, wall_clock=lambda: 1.0)
    two = DemoMib(clock=clock, wall_clock=lambda: 1.0)
    clock.advance(4321.5)
    assert one.snapshot() == two.snapshot()


# --- threads ----------------------------------------------------------------------------------


def test_concurrent_requests(demo: DemoMib, clock: FakeClock) -> None:
    errors: list[BaseException] = []
    written = {f"writer-{n}".encode() for n in range(4)}
    barrier = threading.Barrier(8)

    def writer(n: int) -> None:
        barrier.wait()
        try:
            for _ in range(200):
                value = text(f"writer-{n}")
                assert demo.set([(SYS_CONTACT, value), (SYS_LOCATION, value)], V2C)[0] == 0
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    def reader() -> None:
        barrier.wait()
        try:
            for _ in range(200):
                _, _, varbinds = demo.get([SYS_CONTACT, SYS_LOCATION], V2C)
                contact, location = (v.value for _, v in varbinds)
                # a SET is atomic: both come from the same writer (or the initial data)
                assert contact == location or contact not in written
                demo.get_bulk([(*IF_ENTRY, 10)], 0, 12, V2C)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    threads += [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert value_of(demo, SYS_CONTACT).value in written
