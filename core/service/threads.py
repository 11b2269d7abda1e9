"""The service's QThreads, registered so shutdown and tests can see every one of them."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QThread

_LIVE: weakref.WeakSet[ServiceThread] = weakref.WeakSet()


class ServiceThread(QThread):
    """A plain QThread running an event loop (``run`` is not overridden: workers are
    ``QObject``s moved here, so no state is shared with the GUI through attributes)."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        _LIVE.add(self)

    def stop(self, timeout_ms: int) -> bool:
        """Ask the event loop to end and wait up to ``timeout_ms``; True when it ended."""
        self.quit()
        return self.wait(timeout_ms)


def running_service_threads() -> list[str]:
    """Names of service threads still running (a test fixture fails on any)."""
    return sorted(t.objectName() for t in list(_LIVE) if t.isRunning())
