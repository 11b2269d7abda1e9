"""Resource limits, our extension to WinSNMP: they make ALLOC_ERROR a real, testable path."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResourceLimits:
    """Maximum open sessions, live handles per session and queued messages per session.

    The defaults are generous: a million live handles per session (the benchmark holds that
    many VBLs) and tens of thousands of queued messages. Lowering a limit below what is in use
    frees nothing; new creations fail with ALLOC_ERROR until use drops below it.
    """

    sessions: int = 1024
    handles_per_session: int = 2_000_000
    queue_per_session: int = 65_536
