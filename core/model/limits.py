"""Resource limits, our extension to WinSNMP: they make ALLOC_ERROR a real, testable path."""

from __future__ import annotations

from collections.abc import Sequence

from snmpscope.core.records import FrozenRecord
from snmpscope.core.smi.values import VarBind

MIB = 1024 * 1024


class ResourceLimits(FrozenRecord):
    """Maximum open sessions, live handles per session, and per session the messages queued
    for SnmpRecvMsg: how many, and how many bytes of memory they hold together.

    The defaults are generous: a million live handles per session (the benchmark holds that
    many VBLs), tens of thousands of queued messages, and 64 MiB of them: without a byte
    bound, a receiver nobody drains would hold ~1 MB for every 65 KB trap of 5,000 varbinds,
    tens of GB at the message limit. A message's bytes are :func:`message_bytes`. Lowering a
    limit below what is in use frees nothing; new creations (and arrivals) fail with
    ALLOC_ERROR until use drops below it.
    """

    __slots__ = ("sessions", "handles_per_session", "queue_per_session", "queue_bytes_per_session")
    sessions: int
    handles_per_session: int
    queue_per_session: int
    queue_bytes_per_session: int

    def __init__(
        self,
        sessions: int = 1024,
        handles_per_session: int = 2_000_000,
        queue_per_session: int = 65_536,
        queue_bytes_per_session: int = 64 * MIB,
    ) -> None:
        setter = object.__setattr__
        setter(self, "sessions", sessions)
        setter(self, "handles_per_session", handles_per_session)
        setter(self, "queue_per_session", queue_per_session)
        setter(self, "queue_bytes_per_session", queue_bytes_per_session)


# What the pieces of a queued message cost in CPython 3.11 (64-bit), in bytes: the message,
# its PDU, varbind list and datagram object; per varbind its (oid, value) pair, the OID tuple
# (with room for one arc too large for the small-int cache), the SmiValue; per payload kind.
_MESSAGE = 640
_VARBIND = 56 + 72 + 48
_OID_ARC = 8
_BYTES = 33
_INT = 32
_TUPLE = 40


def message_bytes(datagram_size: int, varbinds: Sequence[VarBind]) -> int:
    """The memory a queued message holds, estimated from its shape: the received datagram
    (kept for the raw view) plus the decoded varbinds, priced as CPython lays them out.

    Measured against tracemalloc on v2c traps and responses of 2 to 2,000 varbinds (integers,
    counters, strings of 40 B to 1 KB, long OID values, NULLs): the estimate is 0.9 to 1.8
    times what they really hold, about 1.3 times for typical traps, never less than 0.9
    (large counters, whose ints the estimate prices lowest). Costs O(varbinds), far below
    decoding them.
    """
    total = _MESSAGE + datagram_size + _OID_ARC * len(varbinds)
    for oid, value in varbinds:
        total += _VARBIND + _OID_ARC * len(oid)
        payload = value.value
        if isinstance(payload, bytes):
            total += _BYTES + len(payload)
        elif isinstance(payload, int):
            total += _INT
        elif isinstance(payload, tuple):
            total += _TUPLE + _OID_ARC * len(payload)
    return total
