"""The transport's I/O thread: one event loop that owns every socket and timer.

The loop is asyncio's, or with ``light=True`` the
:class:`~snmpscope.core.transport.light_loop.LightLoop` (the same methods on
:mod:`selectors`, without asyncio's import cost: for short-lived v1/v2c processes); asyncio is
imported only when its loop starts.

Other threads hand it work with :meth:`IoLoop.call_soon` (fire and forget, safe under the
application lock) or :meth:`IoLoop.run_sync` (wait for a result). Calls are queued in order
and the loop is woken once per batch, not once per call: a thousand pipelined requests cost
one wake-up (a self-pipe write, and the GIL hand-over that comes with it) instead of a
thousand. :meth:`IoLoop.defer` goes further for what can wait a moment (the bookkeeping of a
request the caller's thread already transmitted): it wakes the loop only when the loop is
idle; while the loop is busy anyway it "ticks" every :data:`TICK_S` and runs deferred calls
then, or earlier, when a datagram comes (:meth:`IoLoop.run_pending`, which the exchange calls
before it handles one, so an answer always finds its request registered). Waiting is safe even
with the application lock held because nothing that runs on this loop ever *waits* for that
lock: calls into the application happen on the
:class:`~snmpscope.core.transport.dispatcher.Dispatcher` thread, except an answer the model
takes at once when its lock is free (``ModelPort.answer_now`` only tries the lock).

With ``lending`` (the light loop) the I/O thread *lends* its loop to a thread that waits for
an answer (:meth:`IoLoop.drive`, which a ``Manager`` request calls while it waits): the
waiting thread runs the loop itself, so the answer it waits for wakes it straight from
``select``, with no hand-over from the I/O thread (on a virtual machine each thread wake-up
costs tens of microseconds: a GETNEXT walk that waits for one answer at a time was twice as
slow with the hand-over). The I/O thread parks meanwhile and takes the loop back when it is
free at its next look (every :data:`PARK_S`) or when another thread hands it work.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from snmpscope.core.lazy_log import get_logger

if TYPE_CHECKING:
    import asyncio

    from snmpscope.core.transport.light_loop import LightLoop

log = get_logger(__name__)

T = TypeVar("T")

# How often a loop that runs deferred calls looks for more, and after how many looks that
# found nothing new it stops ticking (the next deferred call wakes it again).
TICK_S = 0.01
IDLE_TICKS = 20
# How long a lending loop's I/O thread parks while a waiting thread drives the loop before it
# looks again (timers and other threads' datagrams wait at most that long once nobody drives;
# while somebody does, they run in that thread's select), and the longest select of its own.
PARK_S = 0.005
ROUND_S = 1.0


class LoopUnavailableError(RuntimeError):
    """The I/O loop is not running (stopped, or never started)."""


class IoLoop:
    """A daemon thread running one event loop until :meth:`stop`: asyncio's, or with
    ``light`` the :class:`~snmpscope.core.transport.light_loop.LightLoop`.

    ``driven`` (light only): no thread at all; the loop runs in whichever thread calls
    :meth:`drive` (a command-line request waiting for its answer), one at a time. A
    one-shot command then waits for its answer in ``select`` itself: no thread hand-over,
    no second wake-up per request. Timers and datagrams wait while nobody drives.

    ``lending`` (light only): a thread that runs the loop while nobody else wants it, and
    lends it to the threads that call :meth:`drive` (see the module docstring).
    """

    def __init__(
        self,
        name: str = "snmpscope-io",
        light: bool = False,
        driven: bool = False,
        lending: bool = False,
    ) -> None:
        self.name = name
        self.light = light or driven or lending
        self.driven = driven
        self.lending = lending and not driven
        self._drive_lock = threading.Lock()  # held by whichever thread runs the loop
        self._driver: threading.Thread | None = None  # the thread running the loop now
        self._wanting = 0  # threads waiting for a lending loop's I/O thread to let go
        self._want_lock = threading.Lock()
        self._park = threading.Event()  # wakes a parked lending I/O thread
        self._lent = 0  # rounds other threads drove a lending loop (for its I/O thread)
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | LightLoop | None = None
        self._thread: threading.Thread | None = None
        self._calls: deque[tuple[Callable[..., object], tuple[Any, ...]]] = deque()
        self._wake_pending = False  # a _run_calls is scheduled and has not started yet
        self._ticking = False  # the loop runs deferred calls every TICK_S (see defer)
        self._deferred = 0  # deferred calls so far (how the tick knows it is still needed)
        self._deferred_seen = 0
        self._idle_ticks = 0

    @property
    def loop(self) -> asyncio.AbstractEventLoop | LightLoop:
        if self._loop is None:
            raise LoopUnavailableError("the I/O loop is not running")
        return self._loop

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    @property
    def running(self) -> bool:
        if self.driven:
            return self._loop is not None and not self._loop.is_closed()
        return self._thread is not None and self._thread.is_alive()

    @property
    def lends(self) -> bool:
        """Whether threads that wait for an answer run the loop (:meth:`drive`)."""
        return self.driven or self.lending

    def in_loop_thread(self) -> bool:
        if self.lends:
            return self._driver is threading.current_thread()
        return self._thread is not None and threading.current_thread() is self._thread

    def start(self, timeout: float = 5.0) -> None:
        """Start the thread and return once its loop runs."""
        if self.running:
            return
        loop: asyncio.AbstractEventLoop | LightLoop
        if self.driven:
            from snmpscope.core.transport.light_loop import LightLoop

            driven = LightLoop()
            driven.set_exception_handler(_log_loop_error)
            self._loop = driven
            return
        if self.light:
            from snmpscope.core.transport.light_loop import LightLoop

            loop = LightLoop()
        else:
            import asyncio

            loop = asyncio.new_event_loop()
        loop.set_exception_handler(_log_loop_error)
        self._ticking = False  # a tick of an earlier run of the loop died with it
        self._stopping = False
        ready = threading.Event()

        def run() -> None:
            if not self.light:
                import asyncio

                asyncio.set_event_loop(loop)  # type: ignore[arg-type]
            loop.call_soon(ready.set)
            try:
                if self.lending:
                    self._serve(loop)  # type: ignore[arg-type]
                else:
                    loop.run_forever()
            finally:
                with self._drive_lock:  # a borrower is done with it
                    for handle in list(getattr(loop, "_scheduled", ())):
                        handle.cancel()  # timers still pending at shutdown
                    loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name=self.name, daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise LoopUnavailableError(f"the I/O loop did not start within {timeout} s")

    def _serve(self, loop: LightLoop) -> None:
        """A lending loop's I/O thread: run the loop while nobody else wants it; park while
        a waiting thread drives it (that thread's ``select`` serves everyone meanwhile)."""
        me = threading.current_thread()
        lock, park = self._drive_lock, self._park
        lent_seen, called = self._lent, False
        while not self._stopping:
            # A thread that drove since the last look is likely to drive again at once (a
            # walk between two requests): taking the loop now would only make it ask for it
            # back. Work another thread handed over (``called``) is served at once.
            lent = self._lent
            borrowed = lent != lent_seen and not called
            lent_seen = lent
            if borrowed or self._wanting or not lock.acquire(blocking=False):
                called = park.wait(PARK_S)
                park.clear()
                continue
            called = False
            try:
                if self._stopping:
                    return
                self._driver = me
                loop.run_once(ROUND_S)
            finally:
                self._driver = None
                lock.release()

    def call_soon(self, func: Callable[..., object], *args: Any) -> None:
        """Run ``func(*args)`` on the loop thread soon, after every call queued before it;
        never waits."""
        loop = self._loop
        if loop is None or loop.is_closed():
            raise LoopUnavailableError("the I/O loop is not running")
        self._calls.append((func, args))
        if self.lending:  # a parked I/O thread looks at once: nobody may drive the loop now
            self._park.set()
        if self._wake_pending:
            return  # the scheduled _run_calls has not started: it will run this one too
        self._wake_pending = True
        try:
            loop.call_soon_threadsafe(self._run_calls)
        except RuntimeError as exc:  # closed between the check and the call
            self._wake_pending = False
            raise LoopUnavailableError(str(exc)) from None

    def defer(self, func: Callable[..., object], *args: Any) -> None:
        """:meth:`call_soon` for what may wait up to :data:`TICK_S`, or until the loop
        handles its next datagram (:meth:`run_pending`), whichever comes first: no wake-up
        (a self-pipe write, and the GIL hand-over) while the loop ticks anyway."""
        loop = self._loop
        if loop is None or loop.is_closed():
            raise LoopUnavailableError("the I/O loop is not running")
        self._calls.append((func, args))
        self._deferred += 1
        if self._ticking or self.driven:  # a driven loop runs it when it is next driven
            return  # read after the append: a tick that stops now still sees this call
        self.call_soon(self._start_ticking)

    def run_pending(self) -> None:
        """On the loop thread: run every call queued so far, now (before a datagram is
        handled, so that a deferred registration comes before its answer)."""
        self._drain(len(self._calls))

    def _run_calls(self) -> None:
        # Clear the flag first: a call queued from now on schedules another run, so none is
        # left behind; this run takes only what was queued when it started (sockets get
        # their turn between batches).
        self._wake_pending = False
        self._drain(len(self._calls))

    def _drain(self, count: int) -> None:
        calls = self._calls
        for _ in range(count):
            if not calls:
                return  # a nested run_pending (a call that read a socket) took the rest
            func, args = calls.popleft()
            try:
                func(*args)
            except Exception:  # one failing call must not take the others with it
                log.exception("I/O loop call %r failed", func)

    def _start_ticking(self) -> None:
        if not self._ticking:
            self._ticking = True
            self._idle_ticks = 0
            self.loop.call_later(TICK_S, self._tick)

    def _tick(self) -> None:
        self._drain(len(self._calls))
        if self._deferred != self._deferred_seen:
            self._deferred_seen = self._deferred
            self._idle_ticks = 0
        else:
            self._idle_ticks += 1
        loop = self._loop
        if self._idle_ticks < IDLE_TICKS and loop is not None:
            loop.call_later(TICK_S, self._tick)
            return
        # Stop, then look once more: a defer() that saw the flag still set queued its call
        # before this line (it reads the flag after appending), so it runs here.
        self._ticking = False
        self._drain(len(self._calls))

    def wake_driver(self) -> None:
        """Have the ``select`` of a thread that drives the loop (driven, or borrowed from a
        lending loop) return at once (from any thread): something another thread did may
        have ended that thread's wait. A lending loop's own I/O thread is left alone, and so is
        the caller when it is the one driving (it looks again when its round ends)."""
        loop, driver = self._loop, self._driver
        if loop is None or driver is threading.current_thread():
            return
        if not (self.driven or driver not in (None, self._thread)):
            return
        if not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # closed meanwhile: nobody drives
                loop.call_soon_threadsafe(_nothing)

    def drive(self, timeout: float, done: Callable[[], bool] | None = None) -> bool:
        """Run a driven or lending loop on this thread: what is queued, then one round of
        ``select`` (at most ``timeout`` seconds) and what it found, skipped when ``done()``
        says (once the loop is ours) that what the caller waits for came meanwhile. False,
        having done nothing, when the loop has a thread that does not lend it or is not
        running; a driven loop also when another thread drove it for all of ``timeout``. A
        lending loop is asked back from its I/O thread (or the thread that borrowed it)."""
        loop = self._loop
        if loop is None or not self.lends:
            return False
        lock = self._drive_lock
        if self.driven:
            if not lock.acquire(timeout=timeout):
                return False
        elif self._wanting or not lock.acquire(blocking=False):
            with self._want_lock:
                self._wanting += 1
            try:
                with contextlib.suppress(RuntimeError):  # closed: the acquire says so
                    loop.call_soon_threadsafe(_nothing)  # the one in select lets go
                got = lock.acquire(timeout=timeout)
            finally:
                with self._want_lock:
                    self._wanting -= 1
            if not got:
                return self.running  # somebody drove it all the while: look again
        try:
            if loop.is_closed():
                return False
            self._driver = threading.current_thread()
            self._lent += 1
            self._drain(len(self._calls))
            if done is None or not done():
                loop.run_once(timeout)  # type: ignore[union-attr]
            return True
        finally:
            self._driver = None
            lock.release()

    def run_sync(self, func: Callable[..., T], *args: Any, timeout: float = 10.0) -> T:
        """Run ``func(*args)`` on the loop thread and return its result (or raise its
        exception). On the loop thread itself it simply calls ``func``; a driven loop runs it
        on the calling thread (queued calls wait for the next :meth:`drive`)."""
        if self.in_loop_thread():
            return func(*args)
        if self.driven:
            if self._loop is None or self._loop.is_closed():
                raise LoopUnavailableError("the I/O loop is not running")
            if not self._drive_lock.acquire(timeout=timeout):
                raise LoopUnavailableError(f"the I/O loop did not answer within {timeout} s")
            try:
                self._driver = threading.current_thread()
                return func(*args)
            finally:
                self._driver = None
                self._drive_lock.release()
        # A result slot and an event rather than concurrent.futures (which imports logging
        # and more; see the module docstring). ``abandoned`` keeps a late call from running.
        done = threading.Event()
        outcome: list[Any] = []  # [True, result] or [False, exception]
        abandoned = False

        def run() -> None:
            if abandoned:
                return
            try:
                outcome.extend((True, func(*args)))
            except BaseException as exc:
                outcome.extend((False, exc))
            done.set()

        self.call_soon(run)
        if not done.wait(timeout):
            abandoned = True
            if not done.is_set():
                raise LoopUnavailableError(f"the I/O loop did not answer within {timeout} s")
        ok, value = outcome
        if ok:
            return value  # type: ignore[no-any-return]
        raise value

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop the loop and join the thread (at most ``timeout`` seconds); True if it ended."""
        loop, thread = self._loop, self._thread
        if self.driven:
            if self._drive_lock.acquire(timeout=timeout):
                try:
                    self._loop = None
                    if loop is not None:
                        loop.close()
                finally:
                    self._drive_lock.release()
            return True
        self._loop = None
        self._stopping = True
        self._park.set()
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # already closed
                loop.call_soon_threadsafe(loop.stop)
        if thread is None or thread is threading.current_thread():
            return thread is None
        thread.join(timeout)
        if thread.is_alive():
            log.error("the I/O thread %s did not stop within %s s", self.name, timeout)
            return False
        self._thread = None
        return True


def _log_loop_error(loop: object, context: dict[str, Any]) -> None:
    log.error("I/O loop error: %s", context.get("message"), exc_info=context.get("exception"))


def _nothing() -> None:
    """What :meth:`IoLoop.wake_driver` queues: the wake-up is the point."""
