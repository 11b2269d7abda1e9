"""The transport's I/O thread: one asyncio event loop that owns every socket and timer.

Other threads hand it work with :meth:`IoLoop.call_soon` (fire and forget, safe under the
application lock) or :meth:`IoLoop.run_sync` (wait for a result). Waiting is safe even with the
application lock held because nothing that runs on this loop ever takes that lock: calls into
the application happen on the :class:`~snmpscope.core.transport.dispatcher.Dispatcher` thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class LoopUnavailableError(RuntimeError):
    """The I/O loop is not running (stopped, or never started)."""


class IoLoop:
    """A daemon thread running one asyncio event loop until :meth:`stop`."""

    def __init__(self, name: str = "snmpscope-io") -> None:
        self.name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            raise LoopUnavailableError("the I/O loop is not running")
        return self._loop

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def in_loop_thread(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    def start(self, timeout: float = 5.0) -> None:
        """Start the thread and return once its loop runs."""
        if self.running:
            return
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(_log_loop_error)
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(ready.set)
            try:
                loop.run_forever()
            finally:
                for handle in list(getattr(loop, "_scheduled", ())):
                    handle.cancel()  # timers still pending at shutdown
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name=self.name, daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise LoopUnavailableError(f"the I/O loop did not start within {timeout} s")

    def call_soon(self, func: Callable[..., object], *args: Any) -> None:
        """Run ``func(*args)`` on the loop thread soon; never waits."""
        loop = self._loop
        if loop is None or loop.is_closed():
            raise LoopUnavailableError("the I/O loop is not running")
        try:
            loop.call_soon_threadsafe(func, *args)
        except RuntimeError as exc:  # closed between the check and the call
            raise LoopUnavailableError(str(exc)) from None

    def run_sync(self, func: Callable[..., T], *args: Any, timeout: float = 10.0) -> T:
        """Run ``func(*args)`` on the loop thread and return its result (or raise its
        exception). On the loop thread itself it simply calls ``func``."""
        if self.in_loop_thread():
            return func(*args)
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(func(*args))
            except BaseException as exc:
                future.set_exception(exc)

        self.call_soon(run)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise LoopUnavailableError(f"the I/O loop did not answer within {timeout} s") from None

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop the loop and join the thread (at most ``timeout`` seconds); True if it ended."""
        loop, thread = self._loop, self._thread
        self._loop = None
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


def _log_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    log.error("I/O loop error: %s", context.get("message"), exc_info=context.get("exception"))
