"""Counted words ("1 varbind", "1,181 varbinds"): both forms are written out in the source
so that each goes through tr() and reads right in English before any catalogue exists."""

from __future__ import annotations


def counted(count: int, one: str, many: str) -> str:
    """``one`` for 1 and ``many`` otherwise, with ``{n}`` replaced by the count (``1,181``);
    other fields stay for the caller to fill."""
    return (one if count == 1 else many).replace("{n}", f"{count:,}")
