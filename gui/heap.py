"""The garbage collector's settings for a window that holds large result sets.

CPython's cyclic collector pauses every thread while it scans; its full (oldest-generation)
collection scans every tracked object. After start-up most of those are long-lived and never
garbage: Qt wrappers, the MIB tree, the loaded MIB modules. Frozen (``gc.freeze``), they are
left out of every later scan, which keeps a full collection during a 100,000-varbind walk in
the low milliseconds instead of ~100 ms (measured with ``tests/bench/bench_gui_latency.py``).
Larger thresholds (:data:`THRESHOLDS`) make the small collections rarer and keep full ones
out of a walk.
"""

from __future__ import annotations

import gc

# CPython's defaults are (700, 10, 10): a young collection every 700 net allocations of
# tracked objects, a middle one every 10 young ones, a full one every 10 middle ones (and only
# when the long-lived objects grew by a quarter). A walk allocates two tracked objects per
# varbind that live on (the tuple and its SmiValue): with the defaults, full collections come
# every few thousand varbinds, each scanning every result so far (~70 ms at 100,000). These
# keep young and middle pauses at a few milliseconds and push full collections beyond a walk.
THRESHOLDS = (5_000, 10, 100)


def tune_collector() -> tuple[int, ...]:
    """Rarer collections (call once, at start-up); returns the thresholds before."""
    before = gc.get_threshold()
    gc.set_threshold(*THRESHOLDS)
    return before


def freeze_long_lived() -> None:
    """Collect once, then leave everything alive now out of later collections (after
    start-up, and again once the MIBs are loaded)."""
    gc.collect()
    gc.freeze()


def release(thresholds: tuple[int, ...]) -> None:
    """Undo both when the window is gone (``main`` may run inside a longer process: its
    frozen objects become collectable again)."""
    gc.unfreeze()
    gc.set_threshold(*thresholds)
