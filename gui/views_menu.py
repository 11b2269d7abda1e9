"""The View menu and the docks issue 16 adds (the polling graph, the PDU timeline). The
window calls :func:`install_views` once; the docks follow the tree's selection (and the
timeline the core's events for the PDU it shows) from here, so the composition root only
gains one line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from snmpscope.core.service.read_model import ResourceEvent
from snmpscope.core.service.timeline import TimelineReader
from snmpscope.gui.controllers.selection import Selection
from snmpscope.gui.views.poll_graph import PollGraphView
from snmpscope.gui.views.timeline_view import TimelineView

if TYPE_CHECKING:
    from snmpscope.gui.main_window import MainWindow


class SeeingViews(QObject):
    """The polling-graph dock and its View-menu entry."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.graph = PollGraphView(window.controller.poller, window.naming)
        self.graph_dock = QDockWidget(self.tr("Polling graph"), window)
        self.graph_dock.setObjectName("pollGraphDock")
        self.graph_dock.setWidget(self.graph)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.graph_dock)
        self.graph_dock.hide()
        self.timeline = TimelineView(TimelineReader(window.controller.app))
        self.timeline_dock = QDockWidget(self.tr("PDU timeline"), window)
        self.timeline_dock.setObjectName("timelineDock")
        self.timeline_dock.setWidget(self.timeline)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        window.tabifyDockWidget(self.graph_dock, self.timeline_dock)
        self.timeline_dock.hide()
        self.menu = QMenu(self.tr("&View"), window)
        help_menu = getattr(window, "help_menu", None)  # View goes before Help
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menu.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        toggle = self.graph_dock.toggleViewAction()
        toggle.setText(self.tr("&Polling graph"))
        self.menu.addAction(toggle)
        toggle = self.timeline_dock.toggleViewAction()
        toggle.setText(self.tr("PDU &timeline"))
        self.menu.addAction(toggle)
        window.tree.selectionModel().currentChanged.connect(self._selection_changed)
        window.controller.bridge.eventsReady.connect(self._events)
        window.controller.bridge.sessionClosed.connect(self.graph.session_closed)

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selection = Selection.of(current)
        if selection.is_pdu and selection.handle:
            self.timeline.show_pdu(selection.handle)
        if selection.session:
            ops = self._window.operations
            self.graph.set_destinations(
                selection.session,
                ops.entities_of(selection.session),
                ops.contexts_of(selection.session),
            )

    def _events(self, events: list[ResourceEvent]) -> None:
        """A retry, an answer or a timeout of the shown request: read its timeline again."""
        shown = self.timeline.pdu
        if shown and self.timeline_dock.isVisible() and shown in _handles(events):
            self.timeline.refresh()


def _handles(events: list[ResourceEvent]) -> set[int]:
    return {event.handle for event in events}


def install_views(window: MainWindow) -> SeeingViews:
    """Add the View menu and its docks to ``window`` (after the tree and the operations)."""
    return SeeingViews(window)
