"""The thread that calls into the application for the transport.

The I/O loop never waits for the application (its lock, its callbacks): it posts what it found
(an answer to deliver, a timeout to report, a wire event to emit) here, and this one thread
does those calls in order. Session callbacks therefore run on this thread; a slow callback
delays later notifications but never the I/O (retransmission timers keep their time), and a
thread holding the application lock can always wait for the I/O loop without deadlock. The
one exception is an answer for a session whose callback is marked quick
(``model.states.quick_callback``: it only queues or signals): when nothing older waits here
(:attr:`Dispatcher.idle`) and the model's lock is free, the I/O thread applies it itself.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from snmpscope.core.lazy_log import get_logger

log = get_logger(__name__)

_STOP = object()


class Dispatcher:
    """Runs posted calls one after another on its own daemon thread."""

    def __init__(
        self, name: str = "snmpscope-dispatch", after: Callable[[], object] | None = None
    ) -> None:
        self.name = name
        # Called on this thread after each call: a driven transport wakes the thread that
        # drives its loop, which waits in select and would otherwise see what the call
        # notified (a timeout, an ICMP error, a trap) only when its select times out.
        self._after = after
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._busy = False
        self._stopping = False
        # Posted and finished calls, each counted by one thread only (the posting I/O thread,
        # the dispatcher): equal means everything posted so far has been done.
        self._posted = 0
        self._finished = 0

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stopping = False
        self._finished = self._posted  # what an earlier stop dropped is not coming
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    @property
    def idle(self) -> bool:
        """Every call posted so far is done (for the one thread that posts: then something it
        does itself cannot overtake a report it posted earlier)."""
        return self._posted == self._finished

    def post(self, func: Callable[..., object], *args: Any) -> None:
        """Queue ``func(*args)``; calls posted after :meth:`stop` are dropped."""
        if not self._stopping:
            self._posted += 1
            self._queue.put((func, args))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            func, args = item
            self._busy = True
            try:
                func(*args)
            except Exception:
                log.exception("transport dispatch of %r failed", func)
            finally:
                self._busy = False
                self._finished += 1
            if self._after is not None:
                try:
                    self._after()
                except Exception:
                    log.exception("transport dispatch: waking the driving thread failed")

    def stop(self, timeout: float = 2.0) -> bool:
        """Drop what is still queued and end the thread; True if it ended in time.

        Queued calls are moot by now (the application closed every session before stopping
        the transport). A call in progress may be waiting for the application lock that our
        caller holds (SnmpCleanup stops the transport under that lock): then the thread is
        given only a moment, and it ends by itself right after the caller lets go.
        """
        thread = self._thread
        self._stopping = True
        try:
            while True:
                self._queue.get_nowait()
        except queue.Empty:
            pass
        self._queue.put(_STOP)
        if thread is None or thread is threading.current_thread():
            return thread is None
        deadline = time.monotonic() + timeout
        thread.join(0.05)
        while thread.is_alive() and not self._busy and time.monotonic() < deadline:
            thread.join(0.05)
        if thread.is_alive():
            return False
        self._thread = None
        return True
