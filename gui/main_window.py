"""The main window: a composition root. It builds the views, the actions and the helpers,
wires their signals, and shuts everything down in stages when it closes. What the actions do
lives in :mod:`snmpscope.gui.controllers.operations`; start-up and saving in
:mod:`snmpscope.gui.controllers.workspace_keeper`."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget, QWidget

from snmpscope.core.constants import HandleKind
from snmpscope.core.service import ServiceController
from snmpscope.core.service.operations import TrapRecord
from snmpscope.core.service.read_model import EventType, ResourceEvent
from snmpscope.gui.actions import Actions
from snmpscope.gui.controllers.error_presenter import ErrorPresenter
from snmpscope.gui.controllers.mib_browser import MibBrowserController
from snmpscope.gui.controllers.operations import Operations
from snmpscope.gui.controllers.selection import Selection
from snmpscope.gui.controllers.status import StatusBar
from snmpscope.gui.controllers.workspace_keeper import WorkspaceKeeper
from snmpscope.gui.dialogs.preferences_dialog import PreferencesDialog
from snmpscope.gui.help_menu import install_help_menu
from snmpscope.gui.icons import icon
from snmpscope.gui.models.session_tree import NodeType, SessionTreeModel, TreeRole
from snmpscope.gui.naming import Naming
from snmpscope.gui.settings.workspace import Workspace, WorkspaceState
from snmpscope.gui.views.details_view import DetailsView
from snmpscope.gui.views.mib_dock import MibDock
from snmpscope.gui.views.session_tree_view import SessionTreeView
from snmpscope.gui.views.trap_view import TrapView
from snmpscope.gui.views.walk_view import WalkView
from snmpscope.gui.views_menu import install_views

log = logging.getLogger(__name__)
SHUTDOWN_TIMEOUT_MS = 5000


class MainWindow(QMainWindow):
    """Session tree on the left; details, walk and traps on the right."""

    def __init__(
        self,
        controller: ServiceController,
        workspace: Workspace,
        state: WorkspaceState,
        secrets_persist: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.read_model = controller.read_model
        self._secrets_persist = secrets_persist
        self._closed = False
        self._select_when_shown = 0
        self.setWindowTitle(self.tr("snmpscope — SNMP session browser"))
        self.setWindowIcon(icon("snmpscope"))
        self.resize(1280, 800)
        self.naming = Naming(self)
        self._build_views()
        self.commands = Actions(self)
        self._build_menus()
        self.help_menu = install_help_menu(self)
        self._build_toolbar()
        self.status = StatusBar(self.read_model, self)
        self.setStatusBar(self.status)
        self.presenter = ErrorPresenter(self, self.status.say, self.open_preferences)
        self.operations = Operations(
            self,
            self.read_model,
            controller,
            self.naming,
            self.presenter,
            self.status,
            self.walk_view,
            lambda: self.keeper.preferences,
        )
        self.keeper = WorkspaceKeeper(
            self.read_model, controller, self.operations, workspace, state, self.status
        )
        self.mibs = MibBrowserController(
            self, controller, self.mib_dock, self.operations, self.selection, self.status
        )
        self._connect_signals()
        self.seeing = install_views(self)  # polling graph, PDU timeline (issue 16)

    # ---------------------------------------------------------------- builders
    def _build_views(self) -> None:
        self.tree_model = SessionTreeModel(self.read_model, self.naming, self)
        self.tree = SessionTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setColumnWidth(0, 300)
        self.details = DetailsView(self.read_model, self.naming)
        self.walk_view = WalkView(self.naming)
        self.trap_view = TrapView(self.read_model, self.naming)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, icon("varbind"), self.tr("Details"))
        self.tabs.addTab(self.walk_view, icon("walk"), self.tr("Walk"))
        self.tabs.addTab(self.trap_view, icon("pdu-trap"), self.tr("Traps"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 760])
        self.setCentralWidget(splitter)
        self.mib_dock = MibDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.mib_dock)

    def _build_menus(self) -> None:
        a = self.commands
        session = self.menuBar().addMenu(self.tr("&Session"))
        session.addActions(a.session_actions())
        session.addAction(a.register_traps)
        session.addSeparator()
        session.addAction(a.quit)
        pdu = self.menuBar().addMenu(self.tr("&PDU"))
        pdu.addActions(a.pdu_actions())
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.addActions([a.walk_here, a.stop_walk])
        tools.addSeparator()
        mibs = self.mib_dock.toggleViewAction()
        mibs.setText(self.tr("MIB &browser"))
        tools.addAction(mibs)
        tools.addSeparator()
        tools.addAction(a.preferences)

    def _build_toolbar(self) -> None:
        a = self.commands
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addActions(a.session_actions())
        bar.addSeparator()
        bar.addActions(a.pdu_actions())
        bar.addSeparator()
        bar.addActions([a.walk_here, a.stop_walk, a.register_traps])
        bar.addSeparator()
        bar.addAction(a.preferences)

    def _connect_signals(self) -> None:
        c, a, ops = self.controller, self.commands, self.operations
        c.bridge.eventsReady.connect(self._events)
        c.bridge.sessionClosed.connect(self.trap_view.session_closed)
        c.trapReceived.connect(self._trap_received)
        c.hub.failed.connect(self.presenter.present_unattributed)
        c.mibsReady.connect(self.naming.set_names)
        c.mibModuleLoaded.connect(self.naming.module_loaded)
        self.naming.moduleWanted.connect(c.load_mib_module)
        self.tree.selectionModel().currentChanged.connect(self._selection_changed)
        self.tree.menuRequested.connect(self._context_menu)
        ops.sessionOpened.connect(self._select_later)
        ops.handleCreated.connect(self._select_later)
        ops.pduAnswered.connect(self._expand_handle)
        ops.walks.walkRunning.connect(a.stop_walk.setEnabled)
        ops.walks.walkStarted.connect(lambda: self.tabs.setCurrentWidget(self.walk_view))
        a.new_session.triggered.connect(ops.new_session)
        a.close_session.triggered.connect(lambda: ops.close_session(self.selection()))
        a.add_entity.triggered.connect(lambda: ops.add_entity(self.selection()))
        a.add_context.triggered.connect(lambda: ops.add_context(self.selection()))
        a.new_pdu.triggered.connect(lambda: ops.new_pdu(self.selection()))
        a.duplicate_pdu.triggered.connect(lambda: ops.duplicate_pdu(self.selection()))
        a.send_pdu.triggered.connect(lambda: ops.resend(self.selection()))
        a.free_handle.triggered.connect(lambda: ops.free_handle(self.selection()))
        a.walk_here.triggered.connect(self._walk_here)
        a.stop_walk.triggered.connect(ops.walks.stop_walk)
        a.register_traps.triggered.connect(lambda: ops.register_traps(self.selection()))
        a.preferences.triggered.connect(self.open_preferences)
        a.quit.triggered.connect(self.close)

    # ---------------------------------------------------------------- start and stop
    def start(self, with_demo: bool = True) -> None:
        """Start the service threads and open the workspace (the demo on first launch)."""
        self.controller.start()
        self.keeper.start(with_demo)
        self.walk_view.max_repetitions.setValue(self.keeper.preferences.walk_max_repetitions)
        if not self._secrets_persist:
            self.status.say(
                self.tr(
                    "No system keyring was found: communities are kept in memory for this "
                    "run only and are not saved."
                )
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Shut down in stages, then close."""
        self.shutdown()
        event.accept()

    def shutdown(self) -> bool:
        """Staged and idempotent: snapshot the workspace, stop walks, cancel outstanding
        requests, close the sessions, stop the threads (bounded), save the workspace."""
        if self._closed:
            return True
        self._closed = True
        snapshot = self.keeper.snapshot()
        clean = self.controller.shutdown(SHUTDOWN_TIMEOUT_MS)
        saved = self.keeper.save(snapshot)
        return clean and saved

    # ---------------------------------------------------------------- reactions
    def selection(self) -> Selection:
        """What is selected in the tree."""
        return Selection.of(self.tree.currentIndex())

    def _events(self, events: list[ResourceEvent]) -> None:
        self.tree_model.apply_events(events)
        self.status.refresh()
        handles = {e.handle for e in events}
        if self.details.handle and self.details.handle in handles:
            self.details.refresh()
        if self._select_when_shown and self._select_when_shown in self.tree_model.handles():
            self._select(self._select_when_shown)
        if any(e.kind == HandleKind.SESSION and e.type == EventType.CHANGED for e in events):
            self.trap_view.refresh_registrations()  # a filter was added or removed

    def _select_later(self, handle: int) -> None:
        self._select_when_shown = handle
        if handle in self.tree_model.handles():
            self._select(handle)

    def _select(self, handle: int) -> None:
        self._select_when_shown = 0
        index = self.tree_model.index_of_handle(handle)
        if index.isValid():
            self.tree.expand(index.parent())
            self.tree.setCurrentIndex(index)

    def _expand_handle(self, handle: int) -> None:
        index = self.tree_model.index_of_handle(handle)
        if index.isValid():
            self.tree.expand(index)

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selection = Selection.of(current)
        self.commands.update_for(selection)
        if selection.varbind is not None:
            self.details.show_varbind(*selection.varbind)
        elif selection.handle:
            self.details.show_handle(selection.handle)
        else:
            self.details.clear()
        if selection.session:
            self.walk_view.set_destinations(
                selection.session,
                self.operations.entities_of(selection.session),
                self.operations.contexts_of(selection.session),
            )
        self.trap_view.set_session(selection.session)

    def _walk_here(self) -> None:
        self.tabs.setCurrentWidget(self.walk_view)
        self.operations.walks.walk_here(self.selection())

    def _trap_received(self, record: TrapRecord) -> None:
        self.trap_view.add_trap(record)
        self.status.say(self.tr("Notification from {peer}").format(peer=record.peer))

    def open_preferences(self) -> None:
        """Edit the preferences and put them into force."""
        prefs = PreferencesDialog.ask(self, self.keeper.preferences)
        if prefs is not None:
            self.keeper.apply_preferences(prefs)
            self.walk_view.max_repetitions.setValue(prefs.walk_max_repetitions)
            self.status.refresh()

    def _context_menu(self, index: QModelIndex, position: QPoint) -> None:
        menu = QMenu(self)
        for action in self.menu_actions(index):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(position)

    def menu_actions(self, index: QModelIndex) -> list[QAction | None]:
        """The context-menu entries for a tree row (None: a separator)."""
        a = self.commands
        if index.isValid():
            self.tree.setCurrentIndex(index)
        node_type = index.siblingAtColumn(0).data(TreeRole.NODE_TYPE) if index.isValid() else None
        if node_type is None:
            return [a.new_session]
        if node_type in (NodeType.SESSION, NodeType.GROUP):
            return [
                a.new_pdu,
                a.add_entity,
                a.add_context,
                a.walk_here,
                a.register_traps,
                None,
                a.close_session,
            ]
        if node_type == NodeType.PDU:
            return [a.send_pdu, a.duplicate_pdu, a.walk_here, None, a.free_handle]
        if node_type == NodeType.ENTITY:
            return [a.walk_here, a.new_pdu, None, a.free_handle]
        if node_type == NodeType.VARBIND:
            return [a.walk_here, a.new_pdu]
        return [a.free_handle]
