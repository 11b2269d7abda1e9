"""The differential codec tests' counts, summed over a session: messages compared with the
oracle and fallbacks the fast codecs took, by codec (``v1/v2c``, ``v3 envelope``). The
conftest prints them at the end of the run, so every run shows them without ``-s``."""

from __future__ import annotations

from collections import Counter

TOTALS: dict[str, Counter[str]] = {}


def record(codec: str, compared: int, fallbacks: dict[str, int]) -> None:
    totals = TOTALS.setdefault(codec, Counter())
    totals["compared"] += compared
    for kind, count in fallbacks.items():
        totals[f"{kind} fallbacks"] += count


def summary() -> list[str]:
    return [
        f"{codec}: {totals['compared']:,} messages compared with the pyasn1 oracle, "
        f"fallbacks taken: decode {totals['decode fallbacks']}, "
        f"encode {totals['encode fallbacks']}"
        for codec, totals in sorted(TOTALS.items())
    ]
