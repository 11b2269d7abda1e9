"""Every way out of snmpscope ends in the window's staged shutdown, which saves the
workspace: the close button and Quit (``closeEvent``), and, handled here,

* SIGTERM (``kill``, ``timeout``, systemd), SIGHUP (the terminal went away) and SIGINT
  (Ctrl+C in the terminal): the window is closed as the close button closes it;
* the end of the desktop session (``QGuiApplication.commitDataRequest``, at logout): the
  window is closed before the handler returns, since the session manager may end the process
  right after; Qt 5 did the same by default (it closed every window);
* any ``QCoreApplication.quit()`` (``aboutToQuit``): the staged shutdown runs before the
  event loop returns (it is idempotent, so a window already closed is not saved twice).

Python runs a signal handler only when the interpreter gets control, which it does not while
Qt's event loop waits in C++. So the C-level handler writes the signal number to a socket
(:func:`signal.set_wakeup_fd`), a :class:`QSocketNotifier` on the other end wakes the event
loop, and the Python handler runs as soon as the notifier's slot does (or earlier, between
two bytecodes of whatever Python code the main thread was running). The handler itself only
notes the signal: logging it there could re-enter a write to stderr that the signal
interrupted (``RuntimeError: reentrant call``, which lost the request and left the window
open). The notifier's slot, called by the event loop, logs it and asks for the close, which
happens from the event loop too (``QTimer.singleShot(0)``); the main window closes first, then any
other (a modal dialog), and the last one closed quits the application. After the first
signal the default actions are back, so a second one ends a shutdown that hangs (it is
bounded anyway)."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication

from snmpscope.gui.main_window import MainWindow

log = logging.getLogger(__name__)
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)
Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


class QuitRequests(QObject):
    """Turns OS signals, logout and ``quit()`` into the window's staged shutdown."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._window: MainWindow | None = None
        self.requested = ""  # what asked for the end first ("" while nobody has)
        self._closed = False
        self._previous: dict[int, Handler] = {}
        self._previous_wakeup = -1
        self._caught_signal = 0  # noted by the signal handler, acted on by _drain
        self._notifier: QSocketNotifier | None = None
        self._sockets: tuple[socket.socket, ...] = ()
        if threading.current_thread() is threading.main_thread():
            self._catch_signals()
        app.commitDataRequest.connect(self.commit_data)
        app.aboutToQuit.connect(self._quitting)

    def _catch_signals(self) -> None:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._sockets = (reader, writer)
        self._previous_wakeup = signal.set_wakeup_fd(writer.fileno())
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for signum in QUIT_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._caught)

    def attach(self, window: MainWindow) -> None:
        """The window to close; a request that came before it was there is carried out
        now (from the event loop, once it runs)."""
        self._window = window
        if self.requested:
            QTimer.singleShot(0, self._close)

    def uninstall(self) -> None:
        """Put back the signal handling that was there before (idempotent)."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
            signal.set_wakeup_fd(self._previous_wakeup)
        for sock in self._sockets:
            sock.close()
        self._sockets = ()
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self._app.commitDataRequest.disconnect(self.commit_data)
            self._app.aboutToQuit.disconnect(self._quitting)
        self._window = None
        self.setParent(None)  # the application outlives this window (tests run several)

    # ---------------------------------------------------------------- the ways out
    def _caught(self, signum: int, _frame: FrameType | None) -> None:
        # Runs between two bytecodes of the main thread, maybe inside a logging call: no
        # logging, no I/O here (see the module docstring); _drain acts on it.
        for caught in self._previous:
            signal.signal(caught, signal.SIG_DFL)  # a second signal is not asked twice
        self._caught_signal = signum

    def _drain(self) -> None:
        # The handler has run by now (this is Python code); empty the socket for the next.
        with contextlib.suppress(OSError):
            while self._sockets[0].recv(64):
                pass
        signum, self._caught_signal = self._caught_signal, 0
        if signum:
            self._request(signal.Signals(signum).name)

    def commit_data(self, _manager: QSessionManager | None) -> None:
        """At logout (``commitDataRequest``): close the window now, not from the event loop,
        since the session manager may end the process when this returns."""
        self._request("the end of the desktop session", at_once=True)

    def _quitting(self) -> None:
        if self._window is not None:
            self._window.shutdown()

    def _request(self, why: str, at_once: bool = False) -> None:
        if not self.requested:
            self.requested = why
            log.info("%s: closing the window (staged shutdown, then quit)", why)
        if at_once:
            self._close()
        elif self._window is not None:
            QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        if self._closed or self._window is None:
            return
        self._closed = True
        # The main window's closeEvent runs the staged shutdown, which saves; an open dialog
        # closes too (its own event loop returns), and the last window closed quits.
        self._window.close()
        self._app.closeAllWindows()
        if not self._app.quitOnLastWindowClosed():
            self._app.quit()
