"""One shape for every failure that crosses a thread boundary, and the hooks that route
uncaught exceptions to the same place.

Workers never let an exception die in their thread: they turn it into a :class:`Failure`
(code, message, traceback) and emit it. Exceptions that escape anyway (a slot that forgot its
guard, a plain Python thread) reach :class:`FailureHub` through ``sys.excepthook`` and
``threading.excepthook``, so the GUI's one error presenter sees them all.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from snmpscope.core.constants import ApiError
from snmpscope.core.errors import LimitError, SnmpApiError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Failure:
    """A failed operation: the SNMPAPI code (OTHER_ERROR for non-SNMP exceptions), a message
    for people, the formatted traceback, and for ALLOC_ERROR the limit that was hit."""

    code: int
    message: str
    traceback: str = ""
    limit: str = ""
    maximum: int = 0

    @property
    def name(self) -> str:
        """``SNMPAPI_ALLOC_ERROR`` style name of the code."""
        try:
            return "SNMPAPI_" + ApiError(self.code).name
        except ValueError:
            return f"error {self.code}"

    @property
    def expected(self) -> bool:
        """True for outcomes an administrator meets every day (the agent did not answer, a
        name was wrong): they are shown as state, not as a dialog."""
        return self.code not in UNEXPECTED_CODES and self.code != ApiError.ALLOC_ERROR


# Codes that mean a bug or a broken installation rather than a network condition.
UNEXPECTED_CODES = frozenset({ApiError.OTHER_ERROR, ApiError.NOT_INITIALIZED})


def failure_from(exc: BaseException) -> Failure:
    """Build a :class:`Failure` from an exception (with its traceback)."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, LimitError):
        return Failure(int(exc.code), exc.message, text, exc.limit, exc.maximum)
    if isinstance(exc, SnmpApiError):
        return Failure(int(exc.code), exc.message, text)
    return Failure(int(ApiError.OTHER_ERROR), f"{type(exc).__name__}: {exc}", text)


class FailureHub(QObject):
    """Where uncaught exceptions of every thread end up (a queued ``failed`` signal)."""

    failed = Signal(object)  # Failure

    def report(self, failure: Failure) -> None:
        """Emit ``failure``; callable from any thread (the signal is queued to the GUI)."""
        log.error("%s: %s\n%s", failure.name, failure.message, failure.traceback)
        self.failed.emit(failure)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ExceptHooks:
    """Installs ``sys.excepthook`` and ``threading.excepthook`` that report to a hub, and
    puts the previous hooks back on :meth:`uninstall` (tests install and remove them)."""

    def __init__(self, hub: FailureHub) -> None:
        self._hub = hub
        self._old_sys: ExceptHook | None = None
        self._old_threading: Callable[[threading.ExceptHookArgs], object] | None = None

    def install(self) -> None:
        """Route uncaught exceptions of every thread to the hub."""
        self._old_sys = sys.excepthook
        self._old_threading = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Restore the hooks that were there before :meth:`install`."""
        if self._old_sys is not None:
            sys.excepthook = self._old_sys
            self._old_sys = None
        if self._old_threading is not None:
            threading.excepthook = self._old_threading
            self._old_threading = None

    def _on_exception(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self._hub.report(failure_from(exc.with_traceback(tb)))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        failure = failure_from(args.exc_value.with_traceback(args.exc_traceback))
        where = args.thread.name if args.thread is not None else "a thread"
        self._hub.report(
            Failure(
                failure.code,
                f"uncaught in {where}: {failure.message}",
                failure.traceback,
                failure.limit,
                failure.maximum,
            )
        )
