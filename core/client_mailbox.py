"""The receiving side of a manager session: notifications in, messages routed to their waiters.

WinSNMP tells a session "a message is waiting" (event 0) or "request N failed" (a TL_* code),
and SnmpRecvMsg pops the session's queue in arrival order. When several threads send requests on
one session, the message one thread pops may belong to another. A :class:`Mailbox` makes that
safe: every notification of the session is collected (on the transport thread, which does
nothing else here), and whichever waiting thread comes first receives *all* queued messages and
files each under its request id (responses) or in the notification queue (traps, informs).
Waiters then pick up their own arrival. One mailbox per session, shared by every
:class:`~snmpscope.core.client.Manager` on it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field

from snmpscope.core.api import Context, Entity, Message, Notification, Pdu, Session
from snmpscope.core.constants import ApiError, PduType
from snmpscope.core.errors import SnmpApiError

# PDU types that arrive unsolicited and go to trap listeners rather than to a request.
NOTIFICATION_TYPES = frozenset({PduType.TRAP, PduType.INFORM, PduType.V1TRAP})

# How often a waiter with a cancel event looks at it (threading.Event cannot be waited on
# together with a Condition).
CANCEL_POLL_S = 0.05


@dataclass(slots=True)
class Arrival:
    """What came back for one request: a message (handles owned by the session), a transport
    error code, or both (a queued TL_* error fills the outputs of SnmpRecvMsg)."""

    message: Message | None = None
    error: int = 0
    detail: str = ""
    received_at: float = field(default_factory=time.monotonic)

    def free(self) -> None:
        """Free the message's handles (idempotent)."""
        if self.message is not None:
            self.message.free()


class Mailbox:
    """Collects one session's notifications and routes its incoming messages (thread-safe)."""

    _attach_lock = threading.Lock()

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cond = threading.Condition()
        self._notes: deque[Notification] = deque()
        self._arrivals: dict[int, Arrival] = {}
        self._waiting: set[int] = set()
        self._notifications: deque[Message] = deque()
        self._notification_consumers = 0
        self._pumping = False
        session.add_listener(self._on_notification)

    @classmethod
    def of(cls, session: Session) -> Mailbox:
        """The mailbox of ``session``, attached on first use.

        The session must have been opened with :meth:`Snmp.session` without a window or
        callback: its notifications reach listeners only then.
        """
        with cls._attach_lock:
            box = getattr(session, "_snmpscope_mailbox", None)
            if not isinstance(box, Mailbox):
                if not hasattr(session, "_listeners"):
                    raise SnmpApiError(
                        ApiError.SESSION_INVALID,
                        "a Manager needs a Session opened with Snmp.session() "
                        "(notifications by listener, no window or callback)",
                    )
                box = Mailbox(session)
                session._snmpscope_mailbox = box  # type: ignore[attr-defined]
            return box

    # ---------------------------------------------------------------- transport thread
    def _on_notification(self, note: Notification) -> None:
        with self._cond:
            self._notes.append(note)
            self._cond.notify_all()
        # The session also keeps every notification for wait_notification(); the mailbox
        # consumes them, so take this one out again or the list would grow for ever.
        self.session.wait_notification(lambda n: n is note, timeout=0)

    # ---------------------------------------------------------------- request side
    def expect(self, request_id: int) -> None:
        """Announce that a request with this id is about to be sent (call before sending:
        the answer may be routed before the send call returns)."""
        with self._cond:
            self._waiting.add(request_id)
            stale = self._arrivals.pop(request_id, None)
        if stale is not None:
            stale.free()

    def forget(self, request_id: int) -> None:
        """Stop waiting for ``request_id``; anything that arrives for it later is freed."""
        with self._cond:
            self._waiting.discard(request_id)
            stale = self._arrivals.pop(request_id, None)
        if stale is not None:
            stale.free()

    def wait(
        self, request_id: int, deadline: float, cancel: threading.Event | None = None
    ) -> Arrival | None:
        """Wait until something arrives for ``request_id``; None when ``deadline``
        (time.monotonic) passes or ``cancel`` is set. The id stays expected on None."""
        while True:
            notes: list[Notification] = []
            with self._cond:
                arrival = self._arrivals.pop(request_id, None)
                if arrival is not None:
                    self._waiting.discard(request_id)
                    return arrival
                if self._notes and not self._pumping:
                    notes = list(self._notes)
                    self._notes.clear()
                    self._pumping = True
                else:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0 or (cancel is not None and cancel.is_set()):
                        return None
                    if cancel is not None:
                        remaining = min(remaining, CANCEL_POLL_S)
                    self._cond.wait(remaining)
                    continue
            self._pump(notes)

    # ---------------------------------------------------------------- notification side
    def add_notification_consumer(self) -> None:
        with self._cond:
            self._notification_consumers += 1

    def remove_notification_consumer(self) -> None:
        with self._cond:
            self._notification_consumers = max(0, self._notification_consumers - 1)
            dropped = list(self._notifications) if not self._notification_consumers else []
            if dropped:
                self._notifications.clear()
        for message in dropped:
            message.free()

    def next_notification(
        self, deadline: float | None, cancel: threading.Event | None = None
    ) -> Message | None:
        """The next received trap/inform message (handles owned by the session; the caller
        frees them), or None at ``deadline`` / on ``cancel``. ``deadline`` None waits on."""
        while True:
            notes: list[Notification] = []
            with self._cond:
                if self._notifications:
                    return self._notifications.popleft()
                if self._notes and not self._pumping:
                    notes = list(self._notes)
                    self._notes.clear()
                    self._pumping = True
                else:
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if (remaining is not None and remaining <= 0) or (
                        cancel is not None and cancel.is_set()
                    ):
                        return None
                    if cancel is not None:
                        remaining = (
                            CANCEL_POLL_S if remaining is None else min(remaining, CANCEL_POLL_S)
                        )
                    self._cond.wait(remaining)
                    continue
            self._pump(notes)

    # ---------------------------------------------------------------- routing
    def _pump(self, notes: list[Notification]) -> None:
        """Receive every queued message and file it; runs in one thread at a time and calls
        into the application without holding the mailbox lock."""
        routed: list[tuple[int, Arrival]] = []
        notifications: list[Message] = []
        try:
            self._receive_all(routed, notifications)
            for note in notes:
                if note.event != 0:
                    routed.append((note.request_id, Arrival(error=note.event)))
        finally:
            unwanted: list[Arrival] = []
            with self._cond:
                self._pumping = False
                for request_id, arrival in routed:
                    if request_id not in self._waiting or request_id in self._arrivals:
                        # No one waits (cancelled, gave up) or the first word already came:
                        # a queued TL_* error is followed by its notification.
                        unwanted.append(arrival)
                    else:
                        self._arrivals[request_id] = arrival
                if self._notification_consumers:
                    self._notifications.extend(notifications)
                else:
                    unwanted.extend(Arrival(message=m) for m in notifications)
                self._cond.notify_all()
            for arrival in unwanted:
                arrival.free()

    def _receive_all(self, routed: list[tuple[int, Arrival]], notes: list[Message]) -> None:
        session = self.session
        while True:
            try:
                if not session.queued:
                    return
                message = session.recv()
                error, detail = 0, ""
            except SnmpApiError as exc:
                outputs = getattr(exc, "outputs", None)
                if exc.code == ApiError.NOOP or outputs is None:
                    return  # the queue emptied under us (a close); nothing to file
                app = session.app
                src, dst, ctx, pdu = outputs
                message = Message(
                    Entity(app, src), Entity(app, dst), Context(app, ctx), Pdu(app, pdu)
                )
                error, detail = int(exc.code), exc.detail
            data = message.pdu.data
            if error == 0 and data.type in NOTIFICATION_TYPES:
                notes.append(message)
            elif error == 0 and data.type != PduType.RESPONSE:
                # An agent-role request for an entity this session listens on: not ours.
                message.free()
            else:
                routed.append((data.request_id, Arrival(message, error, detail)))
