"""Helpers for the transport tests: notification and event recorders that tests wait on."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from snmpscope.core.constants import SNMPAPI_SUCCESS
from snmpscope.core.model.application import Application
from snmpscope.core.model.events import EventType, ResourceEvent
from snmpscope.core.transport import UdpTransport, transport_of


@dataclass(frozen=True)
class Note:
    session: int
    wparam: int
    lparam: int


class Notes:
    """A WinSNMP session callback that records (session, wParam, lParam) for tests to wait on."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.items: list[Note] = []

    def __call__(
        self, session: int, hwnd: object, wmsg: int, wparam: int, lparam: int, data: object
    ) -> int:
        with self._cond:
            self.items.append(Note(session, wparam, lparam))
            self._cond.notify_all()
        return SNMPAPI_SUCCESS

    def wait(self, predicate: Callable[[Note], bool], timeout: float = 5.0) -> Note:
        with self._cond:
            found: list[Note] = []

            def ready() -> bool:
                found[:] = [n for n in self.items if predicate(n)]
                return bool(found)

            if not self._cond.wait_for(ready, timeout):
                raise TimeoutError(f"no matching notification within {timeout} s: {self.items}")
            return found[0]

    def of(self, lparam: int) -> list[Note]:
        with self._cond:
            return [n for n in self.items if n.lparam == lparam]


class EventLog:
    """Records the application's resource events; tests wait for the ones they need."""

    def __init__(self, app: Application) -> None:
        self._cond = threading.Condition()
        self.events: list[ResourceEvent] = []
        self._unsubscribe = app.events.subscribe(self._on_event)

    def _on_event(self, event: ResourceEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def close(self) -> None:
        self._unsubscribe()

    def wait(self, predicate: Callable[[ResourceEvent], bool], timeout: float = 5.0) -> Any:
        with self._cond:
            found: list[ResourceEvent] = []

            def ready() -> bool:
                found[:] = [e for e in self.events if predicate(e)]
                return bool(found)

            if not self._cond.wait_for(ready, timeout):
                kinds = [e.type.value for e in self.events]
                raise TimeoutError(f"no matching event within {timeout} s; saw {kinds}")
            return found[0]

    def wait_count(
        self, predicate: Callable[[ResourceEvent], bool], count: int, timeout: float = 5.0
    ) -> list[ResourceEvent]:
        """Wait until ``count`` recorded events match ``predicate``."""
        with self._cond:
            if not self._cond.wait_for(
                lambda: sum(1 for e in self.events if predicate(e)) >= count, timeout
            ):
                raise TimeoutError(f"fewer than {count} matching events within {timeout} s")
            return [e for e in self.events if predicate(e)]

    def of_type(self, kind: EventType) -> list[ResourceEvent]:
        with self._cond:
            return [e for e in self.events if e.type == kind]

    def dropped(self, reason: str) -> Callable[[ResourceEvent], bool]:
        """Predicate: a MESSAGE_RECEIVED event for a datagram dropped for ``reason``."""

        def match(event: ResourceEvent) -> bool:
            detail = event.detail if isinstance(event.detail, dict) else {}
            return event.type == EventType.MESSAGE_RECEIVED and reason in detail.get("dropped", "")

        return match


def transport(app: Application) -> UdpTransport:
    found = transport_of(app)
    assert found is not None, "the transport has not started"
    return found


def flushed(app: Application) -> UdpTransport:
    """The app's transport after everything it received so far reached the application."""
    found = transport(app)
    assert found.flush(), "the transport did not settle"
    return found


def received(app: Application, count: int, timeout: float = 10.0) -> UdpTransport:
    """The app's transport once it has read ``count`` datagrams in all and everything it
    read reached the application (``flushed``).

    A test's ``sendto`` over loopback may return before the datagram is in our socket: on a
    busy machine the kernel defers the delivery to a softirq, possibly on another CPU, so
    datagrams sent one after the other can also arrive in the other order. A test that
    counts what the transport did with datagrams it sent itself waits for them here."""
    found = transport(app)
    deadline = time.monotonic() + timeout
    while True:
        assert found.flush(), "the transport did not settle"
        if found.stats.received >= count:
            return found
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{found.stats.received} of {count} datagrams read in {timeout} s")
        threading.Event().wait(0.005)  # a delivery the kernel deferred is a few ms away


def oid(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.strip(".").split("."))
