"""The differential codec tests' counts, summed over a session: messages compared with the
oracle and fallbacks the fast codecs took, by codec (``v1/v2c``, ``v3 envelope``). The
conftest prints them at the end of the run, so every run shows them without ``-s``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from snmpscope.core.transport.codec import CodecError, OversizedMessageError

TOTALS: dict[str, Counter[str]] = {}


def outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    """What a codec call gave, as both codecs must agree on it: ("ok", the result), or
    "oversized", "refused", or the name of any other exception."""
    try:
        return "ok", call()
    except OversizedMessageError:
        return "oversized", None
    except CodecError:
        return "refused", None
    except Exception as exc:  # the reference's own surprises must be the fast codec's too
        return type(exc).__name__, None


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
