"""Walk-as-table from the window: :meth:`TableRunner.show` opens a table dock for one table of
one agent and fetches it through the service (``ServiceController.walk_table``); Refresh
fetches again, Stop keeps the rows so far. The MIB dock's "Table" button and the
quick-query bar open tables through it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from snmpscope.core.service import ServiceController, TableOutcome, TableProgress
from snmpscope.core.service.failures import Failure
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.gui.controllers.operations import Operations
from snmpscope.gui.views.table_view import TableView, open_table_dock

__all__ = ["TableRunner"]


class TableRunner(QObject):
    """Opens table docks in ``window`` and keeps each one's fetch going."""

    def __init__(
        self, window: QMainWindow, controller: ServiceController, operations: Operations
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._ops = operations

    def show(
        self, session: int, entity: int, context: int, table: Oid, title: str = ""
    ) -> TableView:
        """Open a dock for ``table`` (a table, row or column OID) and fetch it."""
        names = self._controller.names
        shape = names.table_shape(tuple(table)) if names.ready else None
        label = title or (shape.qualified_name if shape else "." + oid_to_str(table))
        view = TableView(label)
        open_table_dock(self._window, view, label)
        _Fetcher(self, view, (session, entity, context), tuple(table)).start()
        return view


class _Fetcher(QObject):
    """One view's fetches: one at a time, again on Refresh."""

    def __init__(
        self, runner: TableRunner, view: TableView, target: tuple[int, int, int], table: Oid
    ) -> None:
        super().__init__(runner)  # not the view's child: an answer may come after it closed
        self._runner = runner
        self._view: TableView | None = view
        self._target = target
        self._table = table
        self._token = 0
        view.refreshRequested.connect(self.start)
        view.stopRequested.connect(self.stop)
        view.destroyed.connect(self._view_closed)

    def _view_closed(self) -> None:
        self._view = None
        if self._token:
            self.stop()  # the answer (rows so far) still comes, then this goes
        else:
            self.deleteLater()

    def start(self) -> None:
        if self._token or self._view is None:
            return
        controller = self._runner._controller
        self._token = controller.walk_table(*self._target, self._table)
        self._view.fetch_started()
        self._runner._ops.track(
            self._token, self.tr("Table"), self._finished, self._failed, self._progress
        )

    def stop(self) -> None:
        if self._token:
            self._runner._controller.cancel(self._token)

    def _progress(self, payload: object) -> None:
        if isinstance(payload, TableProgress) and self._view is not None:
            self._view.fetch_progress(payload)

    def _finished(self, outcome: object) -> None:
        self._token = 0
        if self._view is None:
            self.deleteLater()
        elif isinstance(outcome, TableOutcome):
            self._view.fetch_finished(outcome)

    def _failed(self, failure: Failure) -> None:
        self._token = 0
        if self._view is None:
            self.deleteLater()
        else:
            self._view.fetch_failed(failure.message)
