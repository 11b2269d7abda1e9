"""The main window: a composition root. It builds the views, the actions and the helpers,
wires their signals, and shuts everything down in stages when it closes. What the actions do
lives in :mod:`snmpscope.gui.controllers.operations`; start-up and saving in
:mod:`snmpscope.gui.controllers.workspace_keeper`."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.constants import HandleKind
from snmpscope.core.service import ServiceController
from snmpscope.core.service.agent_profiles import AgentBook
from snmpscope.core.service.read_model import EventType, ResourceEvent
from snmpscope.core.service.trap_log import TrapEntry
from snmpscope.gui.actions import Actions
from snmpscope.gui.controllers.agents import AgentsController
from snmpscope.gui.controllers.error_presenter import ErrorPresenter
from snmpscope.gui.controllers.mib_browser import MibBrowserController
from snmpscope.gui.controllers.operations import Operations
from snmpscope.gui.controllers.quick_query import QuickQuery
from snmpscope.gui.controllers.selection import Selection
from snmpscope.gui.controllers.status import StatusBar
from snmpscope.gui.controllers.trap_receiver import TrapReceiver
from snmpscope.gui.controllers.workspace_keeper import WorkspaceKeeper
from snmpscope.gui.dialogs.preferences_dialog import PreferencesDialog
from snmpscope.gui.help_menu import install_help_menu
from snmpscope.gui.icons import icon
from snmpscope.gui.models.session_tree import NodeType, SessionTreeModel, TreeRole
from snmpscope.gui.naming import Naming
from snmpscope.gui.settings.workspace import Workspace, WorkspaceState
from snmpscope.gui.views.details_view import DetailsView
from snmpscope.gui.views.mib_dock import MibDock
from snmpscope.gui.views.quick_bar import QuickBar
from snmpscope.gui.views.result_view import ResultView
from snmpscope.gui.views.session_tree_view import SessionTreeView
from snmpscope.gui.views.trap_view import TrapView
from snmpscope.gui.views.walk_view import WalkView
from snmpscope.gui.views_menu import install_views

log = logging.getLogger(__name__)
SHUTDOWN_TIMEOUT_MS = 5000
TRAP_LOG_FILE = "traps.jsonl"
AGENT_KINDS = frozenset({HandleKind.SESSION, HandleKind.ENTITY, HandleKind.CONTEXT})
# The events by which an agent comes or goes (a session's message traffic is not one: during
# a walk it comes in every batch, and re-reading the agents each time cost the GUI thread a
# refilled combo box and several core reads per batch).
AGENT_COMINGS_AND_GOINGS = frozenset(
    {EventType.SESSION_OPENED, EventType.SESSION_CLOSED, EventType.CREATED, EventType.FREED}
)


class MainWindow(QMainWindow):
    """Session tree on the left; details, walk and traps on the right."""

    def __init__(
        self,
        controller: ServiceController,
        workspace: Workspace,
        state: WorkspaceState,
        secrets_persist: bool = True,
        secrets_notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.read_model = controller.read_model
        self._secrets_persist = secrets_persist
        self._secrets_notice = secrets_notice or self.tr(
            "No system keyring was found: communities are kept in memory for this "
            "run only and are not saved."
        )
        self._closed = False
        self._select_when_shown = 0
        # The desktop adds the application name where it shows one; the title says what.
        self.setWindowTitle(self.tr("SNMP session browser"))
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
        self.receiver_state = QLabel()
        self.receiver_state.setObjectName("receiverState")
        self.status.addPermanentWidget(self.receiver_state)
        if not secrets_persist:  # a notice that stays: secrets will not outlive this run
            self.secrets_state = QLabel(self.tr("⚠ Secrets: this run only"))
            self.secrets_state.setObjectName("secretsState")
            self.secrets_state.setStyleSheet("color: #c62828; font-weight: bold;")
            self.secrets_state.setToolTip(self._secrets_notice)
            self.status.addPermanentWidget(self.secrets_state)
        self.receiver = TrapReceiver(
            controller, self.read_model, workspace.folder / TRAP_LOG_FILE, self
        )
        self.trap_view.set_entries(self.receiver.load())
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
        self.quick = QuickQuery(
            self,
            self.read_model,
            controller,
            self.operations,
            self.naming,
            self.quick_bar,
            self.results,
            self.status,
            lambda: self.keeper.preferences,
        )
        self.operations.current_selection = self.selection
        self.agents = AgentsController(
            self,
            self.read_model,
            self.operations,
            self.status,
            lambda: self.keeper.state.agents,
            self._set_agents,
            lambda: self.keeper.preferences.default_community,
        )
        self.quick.agent_book = lambda: self.keeper.state.agents
        self.operations.walks.agent_book = lambda: self.keeper.state.agents
        self.quick.open_agent = self.agents.open
        self._connect_signals()
        self.seeing = install_views(self)  # polling graph, PDU timeline (issue 16)

    # ---------------------------------------------------------------- builders
    def _build_views(self) -> None:
        self.tree_model = SessionTreeModel(self.read_model, self.naming, self)
        self.tree = SessionTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setColumnWidth(0, 235)  # the State column keeps room for its words
        self.details = DetailsView(self.read_model, self.naming)
        self.walk_view = WalkView(self.naming)
        self.trap_view = TrapView(self.read_model, self.naming)
        self.quick_bar = QuickBar(self.naming)
        self.results = ResultView(self.naming)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.results, icon("pdu-response"), self.tr("Results"))
        self.tabs.addTab(self.details, icon("varbind"), self.tr("Details"))
        self.tabs.addTab(self.walk_view, icon("walk"), self.tr("Walk"))
        self.tabs.addTab(self.trap_view, icon("pdu-trap"), self.tr("Traps"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.quick_bar)
        right_layout.addWidget(self.tabs, 1)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 600])  # scaled to the room the dock leaves
        self.setCentralWidget(splitter)
        self.mib_dock = MibDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.mib_dock)
        # The MIB browser is a side panel: a third of the width at most, so the session
        # tree keeps its State column and the results their Value column at first launch.
        self.resizeDocks([self.mib_dock], [400], Qt.Orientation.Horizontal)

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
        self.receiver.logged.connect(self._trap_logged)
        self.receiver.stateChanged.connect(self._receiver_state)
        self.keeper.trapEndpointSet.connect(self.receiver.moved)
        self.trap_view.retryRequested.connect(self.receiver.retry)
        self.trap_view.clearRequested.connect(self._clear_trap_log)
        self.trap_view.said.connect(self.status.say)
        self.walk_view.said.connect(self.status.say)
        self.details.take_away.said.connect(self.status.say)
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
        self.quick.resultShown.connect(lambda: self.tabs.setCurrentWidget(self.results))
        # The table walk of the MIB workbench (issue 12): its runner opens the table window.
        tables = getattr(self.mibs, "tables", None)
        if tables is not None and hasattr(tables, "show"):
            self.quick.tableRequested.connect(tables.show)
        a.new_session.triggered.connect(ops.new_session)
        a.agents.triggered.connect(self.agents.manage)
        self.agents.changed.connect(self.quick.refresh_targets)
        a.close_session.triggered.connect(lambda: ops.close_session(self.selection()))
        a.add_entity.triggered.connect(lambda: ops.add_entity(self.selection()))
        a.add_context.triggered.connect(lambda: ops.add_context(self.selection()))
        a.probe_aes.triggered.connect(lambda: ops.probe_aes(self.selection()))
        a.new_pdu.triggered.connect(lambda: ops.new_pdu(self.selection()))
        a.duplicate_pdu.triggered.connect(lambda: ops.duplicate_pdu(self.selection()))
        a.edit_copy.triggered.connect(lambda: ops.edit_copy(self.selection()))
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
        self.receiver.start()
        self.quick.refresh_targets()  # the saved agents, before any session opens
        self.walk_view.max_repetitions.setValue(self.keeper.preferences.walk_max_repetitions)
        if not self._secrets_persist:
            self.status.say(self._secrets_notice)

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
        self.receiver.close()  # after the shutdown delivered the last notifications
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
        if any(e.kind in AGENT_KINDS and e.type in AGENT_COMINGS_AND_GOINGS for e in events):
            self.quick.refresh_targets()  # an agent or its credentials came or went
        if self._select_when_shown and self._select_when_shown in self.tree_model.handles():
            self._select(self._select_when_shown)  # after the bar knows the new agent
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
        self.quick.follow_selection(selection)
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
            preferred = self.operations.preferred_target(selection.session)
            if preferred is not None:
                self.walk_view.choose(*preferred)
        self.trap_view.set_session(selection.session)

    def _walk_here(self) -> None:
        self.tabs.setCurrentWidget(self.walk_view)
        self.operations.walks.walk_here(self.selection())

    def _set_agents(self, book: AgentBook) -> None:
        self.keeper.state.agents = book

    def _trap_logged(self, entry: TrapEntry) -> None:
        self.trap_view.add_entry(entry)
        self.status.say(self.tr("Notification from {peer}").format(peer=entry.peer))

    def _receiver_state(self, listening: bool, text: str) -> None:
        self.trap_view.set_state(listening, text)
        self.receiver_state.setText(
            self.tr("Traps: listening") if listening else self.tr("Traps: NOT listening")
        )
        self.receiver_state.setToolTip(text)

    def _clear_trap_log(self) -> None:
        self.receiver.clear()
        self.trap_view.clear_log()

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
            return [a.send_pdu, a.duplicate_pdu, a.edit_copy, a.walk_here, None, a.free_handle]
        if node_type == NodeType.ENTITY:
            return [a.walk_here, a.new_pdu, a.probe_aes, None, a.free_handle]
        if node_type == NodeType.VARBIND:
            return [a.walk_here, a.new_pdu]
        return [a.free_handle]
