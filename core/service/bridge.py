"""Core resource events as Qt signals, in batches, on the thread the bridge lives in.

The core emits events synchronously on whatever thread changed the model (the GUI's worker
threads, the transport's I/O thread, an in-process CLI). The bridge's subscriber only appends
the event to a deque and, at most once per batch, posts a wake-up to its own thread, where the
batch is drained and re-emitted. A walk streaming thousands of varbinds therefore costs the GUI a
few dozen ``eventsReady`` emissions, never one per handle.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from snmpscope.core.model.application import Application
from snmpscope.core.model.events import EventType, ResourceEvent

# The shortest gap between two batches. Long enough to gather a burst of events into one
# batch (each batch costs the GUI thread a few core reads, and under a walk every core read
# competes for the GIL with the transport's decoding: bench_gui_latency.py measured lower
# stalls at 40 ms than at 15 ms), short enough that a single GET still shows its answer at once.
BATCH_INTERVAL_MS = 40


class EventBridge(QObject):
    """Re-emits an application's resource events as queued Qt signals.

    ``eventsReady(list[ResourceEvent])`` carries every event in order, batched;
    the narrower signals are conveniences derived from the same batch.
    """

    eventsReady = Signal(object)  # list[ResourceEvent]
    sessionCreated = Signal(int)
    sessionClosed = Signal(int)
    handleChanged = Signal(int)
    messageReceived = Signal(int)  # session handle: a message was queued for it
    limitsChanged = Signal(object)  # ResourceLimits
    _wake = Signal()

    def __init__(self, app: Application, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._pending: deque[ResourceEvent] = deque()
        self._guard = threading.Lock()
        self._scheduled = False
        self._last_drain = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._drain)
        self._wake.connect(self._schedule, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = app.events.subscribe(self._on_event)

    @property
    def app(self) -> Application:
        """The application whose events this bridge forwards."""
        return self._app

    def _on_event(self, event: ResourceEvent) -> None:
        # Runs on any thread, under the core's lock: append and at most one wake-up per batch.
        with self._guard:
            self._pending.append(event)
            if self._scheduled:
                return
            self._scheduled = True
        self._wake.emit()

    @Slot()
    def _schedule(self) -> None:
        if self._timer.isActive():
            return
        since = (time.monotonic() - self._last_drain) * 1000.0
        self._timer.start(max(0, int(BATCH_INTERVAL_MS - since)))

    @Slot()
    def flush(self) -> None:
        """Drain now (also used by tests and at shutdown)."""
        self._timer.stop()
        self._drain()

    @Slot()
    def _drain(self) -> None:
        with self._guard:
            self._scheduled = False
            batch = list(self._pending)
            self._pending.clear()
        self._last_drain = time.monotonic()
        if not batch:
            return
        self.eventsReady.emit(batch)
        for event in batch:
            if event.type == EventType.SESSION_OPENED:
                self.sessionCreated.emit(event.handle)
            elif event.type == EventType.SESSION_CLOSED:
                self.sessionClosed.emit(event.handle)
            elif event.type == EventType.CHANGED:
                self.handleChanged.emit(event.handle)
            elif event.type == EventType.MESSAGE_QUEUED:
                self.messageReceived.emit(event.owner)
            elif event.type == EventType.LIMITS_CHANGED:
                self.limitsChanged.emit(event.detail)

    def close(self) -> None:
        """Stop listening to the core (idempotent)."""
        unsubscribe, self._unsubscribe = self._unsubscribe, None
        if unsubscribe is not None:
            unsubscribe()
        self._timer.stop()
