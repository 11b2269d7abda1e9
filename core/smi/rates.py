"""What a polling graph plots: values and per-second rates of polled SNMP objects.

Pure arithmetic on samples, so the rules can be tested on known series and used the same by
the service's poller and the window:

* **Counters** (Counter32, Counter64) only mean something as a difference: each point is the
  rate between two consecutive samples, ``(v2 - v1) / dt``. A counter that went down wrapped
  (RFC 2578 §7.1.6/§7.1.10: it "wraps around and starts increasing again from zero") once,
  by its own width: 2^32 for Counter32, 2^64 for Counter64.
* The agent's ``sysUpTime`` travels in every poll. When it went *down* the agent restarted (or
  its counters were re-initialised, RFC 2578's discontinuity), so the difference means
  nothing: the line breaks instead of showing a huge or negative spike. When it is there,
  ``dt`` is the agent's own clock (TimeTicks, 1/100 s), which keeps network jitter out of the
  rate; otherwise the receive times are used.
* A **missing sample** (timeout, noSuchInstance, an error status) breaks the line too, and
  the next rate needs two good samples in a row again: a rate averaged across the gap would
  look like real traffic that was never measured.
* **Gauges, integers, TimeTicks** are plotted as values; a missing sample breaks the line.

A break is a :class:`Point` whose ``value`` is ``None``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from snmpscope.core.constants import Syntax

COUNTER_WIDTHS = {int(Syntax.CNTR32): 32, int(Syntax.CNTR64): 64}
NUMERIC_SYNTAXES = frozenset(
    int(s)
    for s in (
        Syntax.INT,
        Syntax.CNTR32,
        Syntax.GAUGE32,
        Syntax.TIMETICKS,
        Syntax.CNTR64,
        Syntax.UINT32,
    )
)
TICKS_PER_S = 100


@dataclass(frozen=True, slots=True)
class Sample:
    """One poll of one object: when it arrived (seconds, any monotonic clock), the agent's
    sysUpTime in the same answer (None if not known), the syntax and the numeric value (None:
    missing, with ``syntax`` the exception or 0)."""

    t: float
    uptime: int | None
    syntax: int
    value: int | None


@dataclass(frozen=True, slots=True)
class Point:
    """One point of a plotted line; ``value`` None breaks the line there."""

    t: float
    value: float | None


def is_counter(syntax: int) -> bool:
    """Counter32 or Counter64: plotted as a rate."""
    return syntax in COUNTER_WIDTHS


def counter_delta(previous: int, current: int, width: int) -> int:
    """``current - previous`` for a counter of ``width`` bits, one wrap allowed."""
    delta = current - previous
    return delta + (1 << width) if delta < 0 else delta


class RateSeries:
    """The line of one polled object, built one sample at a time (:meth:`add`).

    ``mode`` "auto" plots counters as rates and everything else as values; "value" plots
    every sample's value as it is (a counter's raw count, say).
    """

    def __init__(self, mode: str = "auto") -> None:
        if mode not in ("auto", "value"):
            raise ValueError(f"mode must be 'auto' or 'value', not {mode!r}")
        self.mode = mode
        self.points: list[Point] = []
        self._last: Sample | None = None  # the previous sample (good or missing)
        self.wraps = 0  # how many counter wraps were bridged
        self.breaks = 0  # how many times the line broke (restart, missing sample)

    def add(self, sample: Sample) -> Point | None:
        """Take the next sample; returns the point it adds (None: nothing to plot yet)."""
        previous, self._last = self._last, sample
        if sample.value is None or sample.syntax not in NUMERIC_SYNTAXES:
            return self._break(sample.t, previous)
        if self.mode == "value" or not is_counter(sample.syntax):
            return self._append(Point(sample.t, float(sample.value)))
        if previous is None:
            return None  # the first count: a rate needs two
        if previous.value is None or previous.syntax != sample.syntax:
            return None  # after a gap (or a changed type) the line starts again
        if _restarted(previous, sample):
            return self._break(sample.t, previous)
        seconds = _elapsed(previous, sample)
        if seconds <= 0:
            return None  # the same instant twice: no rate, no harm
        width = COUNTER_WIDTHS[sample.syntax]
        if sample.value < previous.value:
            self.wraps += 1
        delta = counter_delta(previous.value, sample.value, width)
        return self._append(Point(sample.t, delta / seconds))

    def extend(self, samples: Iterable[Sample]) -> list[Point]:
        """:meth:`add` each sample; returns the points added."""
        return [p for s in samples if (p := self.add(s)) is not None]

    def _append(self, point: Point) -> Point:
        self.points.append(point)
        return point

    def _break(self, t: float, previous: Sample | None) -> Point | None:
        if previous is None or not self.points or self.points[-1].value is None:
            return None  # nothing drawn yet, or already broken
        self.breaks += 1
        return self._append(Point(t, None))


def _restarted(previous: Sample, current: Sample) -> bool:
    return (
        previous.uptime is not None
        and current.uptime is not None
        and current.uptime < previous.uptime
    )


def _elapsed(previous: Sample, current: Sample) -> float:
    if previous.uptime is not None and current.uptime is not None:
        ticks = current.uptime - previous.uptime
        if ticks > 0:
            return ticks / TICKS_PER_S
    return current.t - previous.t


def rates(samples: Iterable[Sample], mode: str = "auto") -> list[Point]:
    """The points of ``samples`` (see :class:`RateSeries`)."""
    return RateSeries(mode).extend(samples)
