"""How often a fast codec handed a message to its reference (pyasn1 through pysnmp).

The fast v1/v2c codec and the fast SNMPv3 envelope codec both decide most messages
themselves and give the rest to the reference; every hand-over is counted (the transport's
statistics and the differential tests read the counts) and, when a hook is given, reported
as it happens. One tally serves both, so the counting rule is written once."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

__all__ = ["FallbackHook", "FallbackTally"]

FallbackHook = Callable[[str], None]  # gets "decode" or "encode"


class FallbackTally:
    """Thread-safe counts of reference hand-overs by kind (``"decode"``, ``"encode"``):
    the transport encodes on application threads and decodes on its I/O thread."""

    def __init__(self, on_fallback: FallbackHook | None = None) -> None:
        self.on_fallback = on_fallback
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()

    def took(self, kind: str) -> None:
        """The reference took one message of ``kind``."""
        with self._lock:
            self._counts[kind] += 1
        hook = self.on_fallback
        if hook is not None:
            hook(kind)

    def counts(self) -> dict[str, int]:
        """How often the reference took over, by ``"decode"`` and ``"encode"``."""
        with self._lock:
            return {"decode": self._counts["decode"], "encode": self._counts["encode"]}
