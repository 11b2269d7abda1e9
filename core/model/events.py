"""Resource events: every session opened/closed and every handle created, changed or freed.

The application emits events synchronously, under its lock, in the order things happen, so a
subscriber sees one consistent history. Subscribers must be quick and must not wait on other
threads (the Qt service layer only re-emits them as queued signals).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Enum
from typing import Any

from snmpscope.core.constants import HandleKind
from snmpscope.core.lazy_log import get_logger
from snmpscope.core.records import FrozenRecord

log = get_logger(__name__)


class EventType(Enum):
    SESSION_OPENED = "session-opened"
    SESSION_CLOSING = "session-closing"  # before the implicit frees of a close
    SESSION_CLOSED = "session-closed"
    CREATED = "created"
    CHANGED = "changed"
    FREED = "freed"
    MESSAGE_QUEUED = "message-queued"  # an incoming message joined a session's queue
    MESSAGE_DEQUEUED = "message-dequeued"  # SnmpRecvMsg took it
    MESSAGE_DROPPED = "message-dropped"  # the queue limit was reached
    # Wire activity reported by the transport (detail carries request id, peer, raw bytes).
    MESSAGE_SENT = "message-sent"
    MESSAGE_RETRANSMITTED = "message-retransmitted"
    MESSAGE_RECEIVED = "message-received"
    REQUEST_TIMED_OUT = "request-timed-out"
    REQUEST_CANCELLED = "request-cancelled"
    LIMITS_CHANGED = "limits-changed"
    CLEANUP = "cleanup"


class ResourceEvent(FrozenRecord):
    """One thing that happened to the resource model.

    ``owner`` is the session that owns ``handle`` (a session owns itself). ``implicit`` marks
    frees caused by closing the owner or by cleanup rather than by an explicit free call.
    ``what`` names the changed field(s) of a CHANGED event; ``detail`` carries extra data of
    message events (request id, peer address, raw bytes ...).
    """

    __slots__ = ("seq", "type", "handle", "kind", "owner", "what", "implicit", "detail")
    seq: int
    type: EventType
    handle: int
    kind: HandleKind | None
    owner: int
    what: str
    implicit: bool
    detail: Any

    def __init__(
        self,
        seq: int,
        type: EventType,
        handle: int = 0,
        kind: HandleKind | None = None,
        owner: int = 0,
        what: str = "",
        implicit: bool = False,
        detail: Any = None,
    ) -> None:
        setter = object.__setattr__
        setter(self, "seq", seq)
        setter(self, "type", type)
        setter(self, "handle", handle)
        setter(self, "kind", kind)
        setter(self, "owner", owner)
        setter(self, "what", what)
        setter(self, "implicit", implicit)
        setter(self, "detail", detail)


Subscriber = Callable[[ResourceEvent], None]


class EventBus:
    """Ordered, synchronous fan-out of :class:`ResourceEvent` to subscribers."""

    def __init__(self) -> None:
        self._subscribers: tuple[Subscriber, ...] = ()
        self._seq = 0
        self._guard = threading.Lock()

    @property
    def active(self) -> bool:
        """True when someone listens (lets hot paths skip building events)."""
        return bool(self._subscribers)

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add ``subscriber``; returns a function that removes it again."""
        with self._guard:
            self._subscribers = (*self._subscribers, subscriber)

        def unsubscribe() -> None:
            with self._guard:
                self._subscribers = tuple(s for s in self._subscribers if s is not subscriber)

        return unsubscribe

    def emit(self, type_: EventType, **fields: Any) -> None:
        subscribers = self._subscribers
        if not subscribers:
            return
        self._seq += 1
        event = ResourceEvent(self._seq, type_, **fields)
        for subscriber in subscribers:
            try:
                subscriber(event)
            except Exception:
                # A broken observer must never break the model for everyone else.
                log.exception("resource event subscriber %r failed on %s", subscriber, event)
