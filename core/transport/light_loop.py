"""A small event loop on :mod:`selectors`: the part of asyncio's loop the transport uses.

The transport's I/O thread needs little of an event loop: readers on its UDP sockets
(``add_reader``/``remove_reader``), timers for retransmission (``call_later``, whose handle has
``cancel()``), calls handed over from other threads (``call_soon_threadsafe``), and
``run_forever``/``stop``/``close``. asyncio provides that and much more, and importing it costs
a one-shot ``snmpscope-cli get`` about a fifth of its CPU (asyncio brings ssl, subprocess,
concurrent.futures and logging with it). :class:`LightLoop` is that subset, with asyncio's
semantics for it (callbacks in order, one batch per iteration, due timers run in time order, an
exception in a callback goes to the exception handler and never stops the loop), and the same
:class:`~snmpscope.core.transport.exchange.Exchange` and sockets run on either loop: nothing of
the exchange, retry or socket logic exists twice.

Every transport runs on this loop: the default one on an I/O thread that lends it to the
threads waiting for an answer (``IoLoop(lending=True)``), a command-line one without a thread
(``driven``). SNMPv3 needs nothing of asyncio either (pysnmp's USM is called, not its
dispatcher). :class:`~snmpscope.core.transport.io_loop.IoLoop` can still run asyncio's loop
(``IoLoop()``; its hand-over tests run on both loops).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import selectors
import socket
import time
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol

__all__ = ["Cancellable", "LightLoop", "LightTimer", "TransportLoop"]

ExceptionHandler = Callable[[Any, dict[str, Any]], object]


class Cancellable(Protocol):
    """A timer handle: asyncio's ``TimerHandle`` or :class:`LightTimer`."""

    def cancel(self) -> None: ...


class TransportLoop(Protocol):
    """What the exchange and the sockets use of their loop: asyncio's or :class:`LightLoop`."""

    def call_soon_threadsafe(self, callback: Callable[..., object], *args: Any) -> object: ...

    def call_later(
        self, delay: float, callback: Callable[..., object], *args: Any
    ) -> Cancellable: ...

    def add_reader(self, fd: int, callback: Callable[..., object], *args: Any) -> None: ...

    def remove_reader(self, fd: int) -> bool: ...


class LightTimer:
    """What :meth:`LightLoop.call_later` returns: ``cancel()`` it to keep it from running."""

    __slots__ = ("args", "callback", "cancelled", "order", "when")

    def __init__(
        self, when: float, order: int, callback: Callable[..., object], args: tuple[Any, ...]
    ) -> None:
        self.when = when
        self.order = order
        self.callback: Callable[..., object] | None = callback
        self.args = args
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True
        self.callback, self.args = None, ()

    def __lt__(self, other: LightTimer) -> bool:
        return (self.when, self.order) < (other.when, other.order)


class LightLoop:
    """A selectors event loop with the asyncio methods listed in the module docstring. Every
    method but :meth:`call_soon_threadsafe` and :meth:`stop` runs on the loop's thread."""

    def __init__(self) -> None:
        self._selector = selectors.DefaultSelector()
        self._ready: deque[tuple[Callable[..., object], tuple[Any, ...]]] = deque()
        self._timers: list[LightTimer] = []
        self._order = itertools.count()
        self._stopping = False
        self._closed = False
        self._handler: ExceptionHandler | None = None
        # The self-pipe other threads write to, to wake a loop waiting in select().
        self._wake_in, self._wake_out = socket.socketpair()
        self._wake_in.setblocking(False)
        self._wake_out.setblocking(False)
        self._selector.register(self._wake_in, selectors.EVENT_READ, None)

    # ---------------------------------------------------------------- scheduling
    def time(self) -> float:
        return time.monotonic()

    def call_soon(self, callback: Callable[..., object], *args: Any) -> None:
        self._ready.append((callback, args))

    def call_soon_threadsafe(self, callback: Callable[..., object], *args: Any) -> None:
        """Like asyncio's: from any thread; RuntimeError once the loop is closed."""
        if self._closed:
            raise RuntimeError("Event loop is closed")
        self._ready.append((callback, args))
        with contextlib.suppress(OSError):  # the pipe is full (the loop wakes anyway), closing
            self._wake_out.send(b"\0")

    def call_later(self, delay: float, callback: Callable[..., object], *args: Any) -> LightTimer:
        timer = LightTimer(time.monotonic() + delay, next(self._order), callback, args)
        heapq.heappush(self._timers, timer)
        return timer

    # ---------------------------------------------------------------- readers
    def add_reader(self, fd: int, callback: Callable[..., object], *args: Any) -> None:
        try:
            self._selector.modify(fd, selectors.EVENT_READ, (callback, args))
        except KeyError:
            self._selector.register(fd, selectors.EVENT_READ, (callback, args))

    def remove_reader(self, fd: int) -> bool:
        try:
            self._selector.unregister(fd)
        except (KeyError, ValueError):
            return False
        return True

    # ---------------------------------------------------------------- running
    def set_exception_handler(self, handler: ExceptionHandler | None) -> None:
        self._handler = handler

    def is_closed(self) -> bool:
        return self._closed

    def stop(self) -> None:
        """End :meth:`run_forever` after the current iteration (call it on the loop, e.g.
        through :meth:`call_soon_threadsafe`)."""
        self._stopping = True

    def run_forever(self) -> None:
        if self._closed:
            raise RuntimeError("Event loop is closed")
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False

    def run_once(self, longest: float) -> None:
        """One round of :meth:`run_forever`, waiting at most ``longest`` seconds (a driven
        loop: ``IoLoop.drive``)."""
        self._run_once(longest)

    def _run_once(self, longest: float | None = None) -> None:
        ready, timers = self._ready, self._timers
        while timers and timers[0].cancelled:
            heapq.heappop(timers)
        if ready:
            timeout: float | None = 0
        elif timers:
            timeout = max(0.0, timers[0].when - time.monotonic())
        else:
            timeout = None
        if longest is not None:
            timeout = longest if timeout is None else min(timeout, longest)
        for key, _events in self._selector.select(timeout):
            if key.data is None:
                self._drain_wake()
            else:
                ready.append(key.data)
        now = time.monotonic()
        while timers and timers[0].when <= now:
            timer = heapq.heappop(timers)
            if timer.callback is not None:
                ready.append((timer.callback, timer.args))
        for _ in range(len(ready)):  # only what is ready now; what these add runs next time
            callback, args = ready.popleft()
            try:
                callback(*args)
            except Exception as exc:
                self._report(exc, callback)

    def _drain_wake(self) -> None:
        with contextlib.suppress(OSError):  # BlockingIOError: drained
            while self._wake_in.recv(4096):
                pass

    def _report(self, exc: Exception, callback: object) -> None:
        context = {"message": f"Exception in callback {callback!r}", "exception": exc}
        if self._handler is not None:
            self._handler(self, context)
            return
        import logging  # only when something went wrong

        logging.getLogger(__name__).error(context["message"], exc_info=exc)

    def close(self) -> None:
        """Close the selector and the wake-up pipe; pending timers and calls are dropped."""
        if self._closed:
            return
        self._closed = True
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()
        self._ready.clear()
        self._selector.close()
        self._wake_in.close()
        self._wake_out.close()
