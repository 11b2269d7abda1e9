"""The receiving side of a manager session: notifications in, messages routed to their waiters.

When several threads send requests on one session, the message one thread receives may belong
to another. A :class:`Mailbox` makes that safe: every notification of the session is collected
(on the transport thread, which does nothing else here), and whichever waiting thread comes
first receives *all* queued messages through the session's
:class:`~snmpscope.core.client.routing.Router`, which hands each answer to the answer slot of the
request that waits for it; traps and informs go to the notification queue. One mailbox per session,
shared by every :class:`~snmpscope.core.client.manager.Manager` on it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TypeVar

from snmpscope.core.api import Message, Notification, Session
from snmpscope.core.client.routing import Answer, Arrival, Router
from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError

# How often a waiter with a cancel event looks at it (threading.Event cannot be waited on
# together with a Condition).
CANCEL_POLL_S = 0.05
# How long a drain waits for another thread's receiving to finish before it receives itself.
DRAIN_WAIT_S = 5.0
# The longest round of I/O a waiting thread runs when the transport has no I/O thread (then
# it looks at its deadline, cancel event and what other threads delivered).
DRIVE_S = 0.05

T = TypeVar("T")


class Mailbox:
    """Collects one session's notifications and routes its incoming messages (thread-safe)."""

    _attach_lock = threading.Lock()

    def __init__(self, session: Session) -> None:
        self.session = session
        self._router = Router(session.app, stray_handles=False)  # strays are freed at once
        self._cond = threading.Condition()
        self._notes: deque[Notification] = deque()
        self._notifications: deque[Message] = deque()
        self._notification_consumers = 0
        self._pumping = False
        # Whether waiting threads may run the I/O themselves: until the transport says it
        # has a thread of its own (then, for good, they wait to be notified).
        self._driven = True
        session.add_listener(self._on_notification, consumes=True)

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
        # A waiting thread may be in select, running the I/O (this came from another thread,
        # the dispatcher's): it looks now rather than when its round of I/O ends.
        self.session.app.wake_transport_driver()

    # ---------------------------------------------------------------- request side
    def expect(self, request_id: int, handles: bool = True) -> Answer:
        """The answer slot of ``request_id`` (call before sending: the answer may be routed
        before the send call returns); ``handles`` False: its arrival carries the answer's
        data without the received handles."""
        return self._router.expect_answer(self.session.handle, request_id, handles)

    def forget(self, request_id: int, answer: Answer) -> None:
        """Stop waiting for ``request_id``; anything that arrives for it later is freed."""
        self._router.forget(self.session.handle, request_id, answer)

    def wait(
        self, answer: Answer, deadline: float, cancel: threading.Event | None = None
    ) -> Arrival | None:
        """Wait until ``answer`` (from :meth:`expect`) is there; None when ``deadline``
        (time.monotonic) passes or ``cancel`` is set. The id stays expected on None."""
        return self._await(
            lambda: answer.arrival, deadline, cancel, lambda: answer.arrival is not None
        )

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
        notifications = self._notifications
        return self._await(
            lambda: notifications.popleft() if notifications else None,
            deadline,
            cancel,
            lambda: bool(notifications),
        )

    def drain_notifications(self) -> list[Message]:
        """Every notification already queued for this session, without waiting for more:
        those filed for the consumers, and those still in the session's queue (received now,
        even if their "message waiting" notification has not come yet). For an orderly end:
        stop the registrations first, so that nothing more is queued (and acknowledged)."""
        deadline = time.monotonic() + DRAIN_WAIT_S
        with self._cond:
            # Another thread's pump is bounded (it receives what is queued); let it finish.
            while self._pumping and self._cond.wait(max(0.0, deadline - time.monotonic())):
                pass
            notes = list(self._notes)
            self._notes.clear()
            self._pumping = True
        self._pump(notes)
        with self._cond:
            drained = list(self._notifications)
            self._notifications.clear()
        return drained

    # ---------------------------------------------------------------- routing
    def _await(
        self,
        ready: Callable[[], T | None],
        deadline: float | None,
        cancel: threading.Event | None,
        there: Callable[[], bool],
    ) -> T | None:
        """What ``ready`` gives (called under the lock), receiving for everyone meanwhile.

        With a transport that has no I/O thread (``new_application(driven_io=True)``), or
        one that lends its loop (the default), the waiting thread runs the I/O itself
        (``Application.drive_transport``), without the lock: what it receives is notified
        to the mailbox like any other answer. ``there`` (asked without the lock) says
        whether ``ready`` would give something now: the thread that had the I/O before may
        have received it, and then nobody waits in select for what already came."""
        came = self._notes

        def done() -> bool:
            return bool(came) or there()

        while True:
            notes: list[Notification] = []
            with self._cond:
                found = ready()
                if found is not None:
                    return found
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
                    if not self._driven:
                        self._cond.wait(remaining)
                        continue
            if not notes:  # nothing ready, nothing to receive: drive the I/O, or wait
                wait = DRIVE_S if remaining is None else min(remaining, DRIVE_S)
                app = self.session.app
                if app.drive_transport(wait, done):
                    continue
                with self._cond:
                    if app.running_transport is not None:
                        self._driven = False  # it has an I/O thread: wait to be notified
                    elif ready() is None and not self._notes:
                        self._cond.wait(wait)  # no transport yet: look again soon
                continue
            self._pump(notes)

    def _pump(self, notes: list[Notification]) -> None:
        """Receive every queued message (the router hands answers to their waiters) and file
        the notifications; runs in one thread at a time and calls into the application without
        holding the mailbox lock."""
        session = self.session.handle
        unclaimed: list[Arrival] = []
        try:
            try:
                for arrival in self._router.receive(session):
                    unclaimed.append(arrival)
            except SnmpApiError:
                pass  # a handle limit, say: the message stays queued
            for note in notes:
                if note.event != 0:
                    self._router.notice(session, note.request_id, note.event)
        finally:
            with self._cond:
                self._pumping = False
                if self._notification_consumers:
                    self._notifications.extend(
                        a.message for a in unclaimed if a.is_notification and a.message is not None
                    )
                    unclaimed = [a for a in unclaimed if not a.is_notification]
                self._cond.notify_all()
            for arrival in unclaimed:
                arrival.free()  # a late answer, an agent-role request, or no listener
