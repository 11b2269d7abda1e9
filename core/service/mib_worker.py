"""MIB loading off the GUI thread: pre-warm the configured modules, load more on demand, add
the administrator's MIB folders, with progress while MIB files compile and cooperative
cancellation.

Every load ends in one :class:`MibLoadResult` on ``loaded`` (the typed report and whether it
was cancelled) or a :class:`Failure` on ``failed``; while pysmi compiles, ``progress`` says
``(done, total, module)``. A cancelled or failed load leaves the modules loaded before in
use, and what was compiled stays in the cache for the next load.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from snmpscope.core.mib.mib_browse import SearchHit
from snmpscope.core.mib.mib_report import MibLoadReport
from snmpscope.core.mib.names import MibNames
from snmpscope.core.service.failures import Failure, failure_from

__all__ = ["MibLoadResult", "MibSearchResult", "MibSetup", "MibWorker"]


@dataclass(frozen=True, slots=True)
class MibSetup:
    """A change of the MIB set: ``dirs`` the MIB folders (None keeps them), ``modules`` the
    modules to load (None keeps them; a folder in it loads every module of that folder),
    ``add_folders`` folders to add to both (what "Add MIB folder..." does)."""

    dirs: tuple[str, ...] | None = None
    modules: tuple[str, ...] | None = None
    add_folders: tuple[str, ...] = ()
    online: str | None = None  # an online MIB source URL to turn on (see mib_online)
    offline: bool = False  # turn the online source off


@dataclass(frozen=True, slots=True)
class MibLoadResult:
    """What a load did: the report (of the set now in use), and whether the user cancelled
    it (then the report is the previous set's)."""

    report: MibLoadReport
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class MibSearchResult:
    """The definitions matching ``query`` (name, OID or DESCRIPTION words), best first."""

    query: str
    hits: tuple[SearchHit, ...]


class MibWorker(QObject):
    """Loads MIB modules; the GUI uses :class:`MibNames` only after ``ready``."""

    ready = Signal(object)  # MibNames
    moduleLoaded = Signal(str)
    loaded = Signal(object)  # MibLoadResult
    progress = Signal(int, int, str)  # done, total, module being compiled
    searched = Signal(object)  # MibSearchResult
    failed = Signal(object)  # Failure

    def __init__(self, names: MibNames) -> None:
        super().__init__()
        self._names = names
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop the running compile at the next module (any thread)."""
        self._cancel.set()

    def _progress(self, done: int, total: int, module: str) -> None:
        self.progress.emit(done, total, module)

    @Slot()
    def prewarm(self) -> None:
        """Load the configured modules (compiling new MIB files once) and announce them."""
        try:
            report = self._names.ensure_loaded(self._progress)
        except Exception as exc:
            self._after_failure(exc)
            return
        self.ready.emit(self._names)
        self.loaded.emit(MibLoadResult(report))

    @Slot(object)
    def configure(self, setup: MibSetup) -> None:
        """Change the MIB folders or modules and load again (see :class:`MibSetup`)."""
        from snmpscope.core.mib.smi_compiler import CompileCancelled

        self._cancel.clear()
        config = self._names.config
        dirs = list(setup.dirs if setup.dirs is not None else config.dirs)
        modules = list(setup.modules if setup.modules is not None else config.modules)
        for folder in setup.add_folders:
            if folder not in dirs:
                dirs.append(folder)
            if folder not in modules:
                modules.append(folder)
        try:
            online: str | object | None = ...
            if setup.online is not None or setup.offline:
                online = None if setup.offline else setup.online
            report = self._names.reconfigure(
                dirs, modules, self._progress, self._cancel.is_set, online=online
            )
        except CompileCancelled:
            self.loaded.emit(MibLoadResult(self._names.report(), cancelled=True))
            return
        except Exception as exc:
            self._after_failure(exc)
            return
        self.ready.emit(self._names)
        self.loaded.emit(MibLoadResult(report))

    @Slot(str)
    def search(self, query: str) -> None:
        """Search the loaded set (the first search by words builds the text index, which
        can take seconds for a vendor pack: hence here, off the GUI thread)."""
        try:
            hits = tuple(self._names.browser().search(query))
        except Exception as exc:
            self._after_failure(exc)
            return
        self.searched.emit(MibSearchResult(query, hits))

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

    def _after_failure(self, exc: Exception) -> None:
        self.failed.emit(failure_from(exc))
