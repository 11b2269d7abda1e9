"""What the MIB dock's buttons do: search on the service's MIB worker, add a MIB folder
(compiled there, with progress and Cancel), show the report, copy, and Get / GetNext /
Walk / Table the selected node against the agent selected in the session tree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from snmpscope.core.constants import PduType
from snmpscope.core.mib.mib_report import MibLoadReport
from snmpscope.core.mib.names import MibNames
from snmpscope.core.service import MibLoadResult, MibSearchResult, ServiceController
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.gui.controllers.operations import Operations
from snmpscope.gui.controllers.selection import Selection
from snmpscope.gui.controllers.status import StatusBar
from snmpscope.gui.controllers.table_runner import TableRunner
from snmpscope.gui.dialogs.mib_dialogs import MibFolderDialog, MibReportDialog
from snmpscope.gui.views.mib_dock import MibDock


class MibBrowserController(QObject):
    """Connects a :class:`MibDock` to the service and to the window's operations."""

    def __init__(
        self,
        window: QMainWindow,
        controller: ServiceController,
        dock: MibDock,
        operations: Operations,
        selection: Callable[[], Selection],
        status: StatusBar,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._dock = dock
        self._ops = operations
        self._selection = selection
        self._status = status
        self.report: MibLoadReport | None = None
        self.tables = TableRunner(window, controller, operations)
        controller.mibsReady.connect(self._ready)
        controller.mibsLoaded.connect(self._loaded)
        controller.mibProgress.connect(dock.show_progress)
        controller.mibSearched.connect(self._searched)
        dock.searchRequested.connect(controller.search_mibs)
        dock.addFolderRequested.connect(self.add_folder)
        dock.cancelRequested.connect(controller.cancel_mib_load)
        dock.reportRequested.connect(self.show_report)
        dock.copyRequested.connect(self._copy)
        dock.getRequested.connect(lambda oid: self._request(PduType.GET, oid))
        dock.getNextRequested.connect(lambda oid: self._request(PduType.GETNEXT, oid))
        dock.walkRequested.connect(self._walk)
        dock.tableRequested.connect(self._table)
        dock.setRequested.connect(self._set)

    # ---------------------------------------------------------------- from the service
    def _ready(self, names: MibNames) -> None:
        self._dock.set_browser(names.browser())

    def _loaded(self, result: MibLoadResult) -> None:
        self.report = result.report
        self._dock.set_report(result.report, result.cancelled)
        if result.cancelled:
            self._status.say(self.tr("MIB compiling cancelled; what compiled is kept."))
        elif result.report.failed or result.report.missing:
            self._status.say(
                self.tr(
                    "MIBs: {failed} modules failed and {missing} are missing (MIBs ▸ Report…)."
                ).format(failed=len(result.report.failed), missing=len(result.report.missing))
            )

    def _searched(self, result: MibSearchResult) -> None:
        self._dock.show_results(result.query, result.hits)

    # ---------------------------------------------------------------- the user's
    def add_folder(self) -> None:
        """Ask for a folder of MIB files and load every module in it."""
        folder = MibFolderDialog.ask(self._window)
        if folder:
            self._status.say(self.tr("Loading the MIB files of {folder}…").format(folder=folder))
            self._controller.add_mib_folders(folder)

    def show_report(self) -> None:
        """The last MIB-load report."""
        if self.report is None:
            self._status.say(self.tr("The MIBs are still loading."))
            return
        MibReportDialog.ask(self._window, self.report)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._status.say(self.tr("Copied {text}").format(text=text))

    def _target(self) -> tuple[int, int, int] | None:
        current = self._ops.current_target()  # the quick bar's agent: always visible
        if current is not None:
            return current
        selection = self._selection()
        session = selection.session
        target = self._ops.destination(session) if session else None
        if not session or target is None:
            self._status.say(
                self.tr("Select a session with an entity and a context in the session tree first.")
            )
            return None
        return session, target[0], target[1]

    def _request(self, pdu_type: PduType, oid: Oid) -> None:
        target = self._target()
        if target is None:
            return
        self._ops.create_and_send(*target, pdu_type, [oid])
        self._status.say(
            self.tr("{type} .{oid} sent.").format(type=pdu_type.name, oid=oid_to_str(oid))
        )

    def _walk(self, oid: Oid) -> None:
        target = self._target()
        if target is not None:
            self._ops.walks.walk_from(*target, oid)

    def _table(self, oid: Oid) -> None:
        target = self._target()
        if target is not None:
            self.tables.show(*target, oid)

    def _set(self, oid: Oid) -> None:
        if self._target() is None:
            return
        name = self._controller.names.oid_to_name(tuple(oid))
        self._ops.new_pdu(self._selection(), [name], PduType.SET)
