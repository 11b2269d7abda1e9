"""MIB loading off the GUI thread: pre-warm the default modules, load more on demand."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from snmpscope.core.mib.names import MibNames
from snmpscope.core.service.failures import Failure, failure_from


class MibWorker(QObject):
    """Loads MIB modules; the GUI uses :class:`MibNames` only after ``ready``."""

    ready = Signal(object)  # MibNames
    moduleLoaded = Signal(str)
    failed = Signal(object)  # Failure

    def __init__(self, names: MibNames) -> None:
        super().__init__()
        self._names = names

    @Slot()
    def prewarm(self) -> None:
        """Load the default modules (0.2-0.7 s of CPU) and announce the resolver."""
        try:
            self._names.ensure_loaded()
        except Exception as exc:
            self.failed.emit(failure_from(exc))
            return
        self.ready.emit(self._names)

    @Slot(str)
    def load_module(self, name: str) -> None:
        """Load one more module (a user typed ``MODULE::name``)."""
        try:
            self._names.load_module(name)
        except Exception as exc:
            failure = failure_from(exc)
            self.failed.emit(Failure(failure.code, f"MIB module {name}: {failure.message}"))
            return
        self.moduleLoaded.emit(name)
