"""The polling graph's arithmetic on known series: counter rates, wraps per counter width,
agent restarts (sysUpTime going down), missing samples, gauges."""

from __future__ import annotations

import pytest

from snmpscope.core.constants import Syntax
from snmpscope.core.smi.rates import Point, RateSeries, Sample, counter_delta, rates

C32, C64, GAUGE = int(Syntax.CNTR32), int(Syntax.CNTR64), int(Syntax.GAUGE32)


def counter(values: list[int | None], syntax: int = C32, step_ticks: int = 100) -> list[Sample]:
    """Samples one second apart by the agent's clock (and by the receive clock)."""
    return [
        Sample(float(i), i * step_ticks, syntax if v is not None else 0, v)
        for i, v in enumerate(values)
    ]


def test_a_steady_counter_is_a_flat_rate() -> None:
    assert rates(counter([1000, 1100, 1200, 1300])) == [
        Point(1.0, 100.0),
        Point(2.0, 100.0),
        Point(3.0, 100.0),
    ]


def test_counter32_wraps_by_2_to_the_32() -> None:
    series = RateSeries()
    points = series.extend(counter([2**32 - 150, 2**32 - 50, 50, 150]))
    assert [p.value for p in points] == [100.0, 100.0, 100.0]
    assert series.wraps == 1 and series.breaks == 0


def test_counter64_wraps_by_2_to_the_64() -> None:
    points = rates(counter([2**64 - 5, 5, 2**32 + 5], syntax=C64))
    assert [p.value for p in points] == [10.0, float(2**32)]
    # the same numbers as Counter32 would be a wrap of 2^32, not 2^64
    assert counter_delta(2**32 - 5, 5, 32) == 10
    assert counter_delta(2**32 - 5, 5, 64) == 2**64 - 2**32 + 10


def test_a_fast_counter32_wrapping_every_few_polls_keeps_its_true_rate() -> None:
    """312 MB/s (the demo router's xe-0/1/0 receive side) wraps a Counter32 every ~13.8 s:
    polled every 5 s for five minutes, every rate is the true one."""
    rate, step = 312_000_000, 5
    samples = [
        Sample(float(i * step), i * step * 100, C32, (i * step * rate) % 2**32) for i in range(61)
    ]
    series = RateSeries()
    assert {p.value for p in series.extend(samples)} == {float(rate)}
    assert series.wraps == 21


def test_a_sysuptime_reset_breaks_the_line_instead_of_spiking() -> None:
    samples = [
        Sample(0.0, 500_000, C32, 9_000_000),
        Sample(1.0, 500_100, C32, 9_000_100),
        Sample(2.0, 40, C32, 20),  # the agent restarted: counters and uptime from zero
        Sample(3.0, 140, C32, 120),
        Sample(4.0, 240, C32, 220),
    ]
    series = RateSeries()
    assert series.extend(samples) == [
        Point(1.0, 100.0),
        Point(2.0, None),
        Point(3.0, 100.0),
        Point(4.0, 100.0),
    ]
    assert series.breaks == 1 and series.wraps == 0


def test_a_missing_sample_breaks_the_line_and_two_good_ones_start_it_again() -> None:
    series = RateSeries()
    points = series.extend(counter([100, 200, None, 400, 500, 600]))
    assert points == [Point(1.0, 100.0), Point(2.0, None), Point(4.0, 100.0), Point(5.0, 100.0)]
    assert series.breaks == 1


def test_two_missing_samples_in_a_row_break_once() -> None:
    points = rates(counter([100, 200, None, None, 500, 600]))
    assert points == [Point(1.0, 100.0), Point(2.0, None), Point(5.0, 100.0)]


def test_the_agents_clock_wins_over_receive_jitter() -> None:
    """Answers arrive 0.7 s and 1.3 s apart, but the agent counted one second each time."""
    samples = [Sample(0.0, 0, C32, 0), Sample(0.7, 100, C32, 1000), Sample(2.0, 200, C32, 2000)]
    assert [p.value for p in rates(samples)] == [1000.0, 1000.0]


def test_without_sysuptime_the_receive_times_are_used() -> None:
    samples = [Sample(10.0, None, C32, 0), Sample(12.0, None, C32, 500)]
    assert rates(samples) == [Point(12.0, 250.0)]


def test_the_same_instant_twice_gives_no_point() -> None:
    samples = [Sample(1.0, 100, C32, 10), Sample(1.0, 100, C32, 10), Sample(2.0, 200, C32, 20)]
    assert rates(samples) == [Point(2.0, 10.0)]


def test_gauges_are_values_and_missing_ones_break() -> None:
    samples = [
        Sample(0.0, 0, GAUGE, 40),
        Sample(1.0, 100, GAUGE, 35),
        Sample(2.0, 200, int(Syntax.NOSUCHINSTANCE), None),
        Sample(3.0, 300, GAUGE, 50),
    ]
    assert rates(samples) == [
        Point(0.0, 40.0),
        Point(1.0, 35.0),
        Point(2.0, None),
        Point(3.0, 50.0),
    ]


def test_value_mode_plots_a_counters_raw_count() -> None:
    assert [p.value for p in rates(counter([5, 2**32 - 1, 3]), mode="value")] == [
        5.0,
        float(2**32 - 1),
        3.0,
    ]


def test_a_counter_that_changes_type_starts_again() -> None:
    samples = [Sample(0.0, 0, C32, 10), Sample(1.0, 100, C64, 20), Sample(2.0, 200, C64, 30)]
    assert rates(samples) == [Point(2.0, 10.0)]


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="mode must be"):
        RateSeries("rate")
