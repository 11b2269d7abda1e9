"""How often a fast codec handed a message to its reference (pyasn1 through pysnmp).

The fast v1/v2c codec and the fast SNMPv3 envelope codec both decide most messages
themselves and give the rest to the reference; every hand-over is counted (the transport's
statistics and the differential tests read the counts) and, when a hook is given, reported
as it happens. One tally serves both, so the counting rule is written once."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import TypeVar

__all__ = ["FallbackHook", "FallbackTally"]

FallbackHook = Callable[[str], None]  # gets "decode" or "encode"
T = TypeVar("T")


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

    def encode(
        self,
        write: Callable[[T], bytes],
        value: T,
        reference: Callable[[], Callable[[T], bytes]],
    ) -> bytes:
        """``write(value)``, or, when the fast writer declines (NotFast, or a value too odd
        for it to look at: the reference says why), the reference's encoder, counted.
        ``reference`` gives that encoder only when needed (the reference imports pyasn1)."""
        try:
            return write(value)
        except Exception:
            pass
        self.took("encode")
        return reference()(value)

    def counts(self) -> dict[str, int]:
        """How often the reference took over, by ``"decode"`` and ``"encode"``."""
        with self._lock:
            return {"decode": self._counts["decode"], "encode": self._counts["encode"]}
