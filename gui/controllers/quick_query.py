"""What the quick-query bar does: resolve the agent and the name, send, show the answer.

The bar's agent is the window's *current target*: selecting an entity, a context, a PDU or a
session in the tree (or a node in the MIB browser, which fills the name) moves it, and the
composer, the walk and the MIB browser's buttons go to it too, never silently to a session's
first agent. An address typed in becomes an entity and a context (the default community) in
the selected session, then the request goes.

Get / GetNext / GetBulk / Set answer in the results pane; Walk streams into the walk pane;
Table needs the service's table walk (see :attr:`QuickQuery.table_available`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.typed_value import parse_typed_value
from snmpscope.core.service import ReadModel, Reply, ServiceController
from snmpscope.core.service.agent_profiles import AgentBook
from snmpscope.core.service.command_line import CommandKind, SetValue, command_text
from snmpscope.core.service.failures import Failure
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.core.smi.values import SmiValue
from snmpscope.gui.controllers.operations import Operations
from snmpscope.gui.controllers.selection import Selection
from snmpscope.gui.controllers.status import StatusBar
from snmpscope.gui.controllers.targets import (
    command_target,
    failure_words,
    saved_targets,
    targets_of,
)
from snmpscope.gui.models import labels
from snmpscope.gui.models.session_tree import NodeType
from snmpscope.gui.naming import Naming
from snmpscope.gui.plural import counted
from snmpscope.gui.settings.preferences import Preferences
from snmpscope.gui.views.quick_bar import QuickBar, Target
from snmpscope.gui.views.result_view import ResultView

PDU_TYPES = {
    "get": PduType.GET,
    "getnext": PduType.GETNEXT,
    "getbulk": PduType.GETBULK,
    "set": PduType.SET,
}
COMMANDS = {
    "get": CommandKind.GET,
    "getnext": CommandKind.GETNEXT,
    "getbulk": CommandKind.GETBULK,
    "set": CommandKind.SET,
}
BULK_REPETITIONS = 10
# The hook for the table walk of the MIB workbench (issue 12): when the service controller
# has this call, the Table button is enabled and :meth:`QuickQuery.run_table` uses it.
TABLE_SERVICE_CALL = "walk_table"


class QuickQuery(QObject):
    """Drives the :class:`QuickBar` and its :class:`ResultView` (see the module docs)."""

    resultShown = Signal()  # the window brings the results pane forward
    tableRequested = Signal(int, int, int, object)  # session, entity, context, table OID

    def __init__(
        self,
        window: QWidget,
        reader: ReadModel,
        controller: ServiceController,
        operations: Operations,
        naming: Naming,
        bar: QuickBar,
        results: ResultView,
        status: StatusBar,
        preferences: Callable[[], Preferences],
    ) -> None:
        super().__init__(window)
        self._reader = reader
        self._controller = controller
        self._ops = operations
        self._naming = naming
        self._bar = bar
        self._results = results
        self._status = status
        self._preferences = preferences
        self.table_available = callable(getattr(controller, TABLE_SERVICE_CALL, None))
        bar.set_table_available(self.table_available)
        bar.queryRequested.connect(self.run)
        results.said.connect(status.say)
        # Set by the window: the saved agents, and how one is opened in a session.
        self.agent_book: Callable[[], AgentBook] = AgentBook
        self.open_agent: Callable[[str, Callable[[int, int, int], None]], None] = (
            lambda _name, _then: None
        )
        operations.preferred_target = self.preferred_in
        operations.current_target = self._current_triple

    # ---------------------------------------------------------------- the agents offered
    def refresh_targets(self) -> None:
        """Re-read the agents of the open sessions (after entities or contexts changed)
        and the saved agents not open yet."""
        found = targets_of(self._reader, self._reader.session_handles())
        book = self.agent_book()
        self._bar.set_targets(found + saved_targets(book, found))

    def current_target(self) -> Target | None:
        """The agent the bar names (None: an address typed in, or nothing)."""
        return self._bar.current_target()

    def open_saved(self, name: str, then: Callable[[Target], None]) -> None:
        """Open saved agent ``name`` in the session, choose it, and hand it to ``then``."""

        def opened(session: int, entity: int, _context: int) -> None:
            self.refresh_targets()
            self._bar.choose(session, entity)
            target = self._bar.current_target()
            if target is not None and target.is_open:
                then(target)

        self.open_agent(name, opened)

    def _current_triple(self) -> tuple[int, int, int] | None:
        target = self._bar.current_target()
        if target is None or not target.is_open:
            return None
        return target.session, target.entity, target.context

    def preferred_in(self, session: int) -> tuple[int, int] | None:
        """(entity, context) of the current target when it is in ``session``."""
        target = self._bar.current_target()
        if target is not None and target.is_open and target.session == session:
            return target.entity, target.context
        for candidate in self._bar.targets():
            if candidate.is_open and candidate.session == session:
                return candidate.entity, candidate.context
        return None

    def follow_selection(self, selection: Selection) -> None:
        """Selection is context: the tree's entity, context, PDU or session names the agent."""
        session = selection.session
        if not session:
            return
        if selection.node_type == NodeType.ENTITY:
            self._bar.choose(session, selection.handle)
        elif selection.node_type == NodeType.CONTEXT:
            for target in self._bar.targets():
                if target.session == session and target.context == selection.handle:
                    self._bar.choose(session, target.entity)
                    break
        elif selection.is_pdu:
            remembered = self._ops.remembered_destination(selection.handle)
            if remembered is not None:
                self._bar.choose(session, remembered[0])
        current = self._bar.current_target()
        if current is None or current.session != session:
            preferred = self.preferred_in(session)
            if preferred is not None:
                self._bar.choose(session, preferred[0])
        if selection.varbind is not None:
            self._bar.oid.setText(self._naming.oid_name(selection.varbind[0]))

    def set_oid(self, text: str) -> None:
        """Put a name into the bar (from the MIB browser)."""
        self._bar.oid.setText(text)

    # ---------------------------------------------------------------- running
    def run(self, kind: str) -> None:
        """Run the bar's request ``kind`` (get, getnext, getbulk, walk, table, set)."""
        try:
            oid = self._naming.resolve(self._bar.oid.text())
        except SnmpApiError as exc:
            self._complain(exc.detail or exc.message)
            return
        target = self._bar.current_target()
        if target is not None and not target.is_open:
            self.open_saved(target.profile, lambda made: self._run_on(kind, made, oid))
            return
        if target is not None:
            self._run_on(kind, target, oid)
            return
        address = self._bar.typed_address()
        if not address:
            self._complain(self.tr("Choose an agent, or type host[:port], first."))
            return
        self._add_agent(address, lambda made: self._run_on(kind, made, oid))

    def _run_on(self, kind: str, target: Target, oid: Oid) -> None:
        if kind == "walk":
            self._ops.walks.walk_from(target.session, target.entity, target.context, oid)
        elif kind == "table":
            self.run_table(target, oid)
        else:
            self._request(kind, target, oid)

    def run_table(self, target: Target, oid: Oid) -> None:
        """Walk ``oid`` as a conceptual table (the service call of issue 12, when present)."""
        if not self.table_available:
            self._complain(self.tr("The table view is not available in this build yet."))
            return
        name = self._naming.oid_name(oid)
        where = command_target(self._reader, target.entity, target.context, self.agent_book())
        command = None
        if where is not None:

            def command(show_secrets: bool) -> str:
                return command_text(CommandKind.TABLE, where, [name], show_secrets=show_secrets)

        about: dict[str, object] = {"table": name, "agent": target.label}
        self._results.asked(
            self.tr("Table {name} → {agent}").format(name=name, agent=target.label),
            command,
            about,
        )
        self._results.answered(self.tr("The table opens in its own window."), ())
        self.tableRequested.emit(target.session, target.entity, target.context, oid)

    def _request(self, kind: str, target: Target, oid: Oid) -> None:
        pdu_type = PDU_TYPES[kind]
        if pdu_type in (PduType.GET, PduType.SET):
            oid = self._scalar_instance(oid)
        value: SmiValue | None = None
        set_values: list[SetValue] = []
        name = self._naming.oid_name(oid)
        if pdu_type == PduType.SET:
            try:
                value = parse_typed_value(
                    self._bar.type_letter(),
                    self._bar.value.text(),
                    oid=oid,
                    names=self._naming.names,
                )
            except SnmpApiError as exc:
                self._complain(exc.detail or exc.message)
                return
            set_values.append(SetValue(name, self._bar.type_letter(), self._bar.value.text()))
        bulk = pdu_type == PduType.GETBULK
        title = self.tr("{type} {name} → {agent}").format(
            type=labels.pdu_type_name(pdu_type), name=name, agent=target.label
        )
        about: dict[str, object] = {
            "request": labels.pdu_type_name(pdu_type),
            "name": name,
            "oid": "." + oid_to_str(oid),
            "agent": target.label,
        }
        self._results.asked(title, self._command(kind, target, name, set_values), about)
        self.resultShown.emit()
        varbinds = ((oid, value),)
        token = self._controller.create_pdu(
            target.session, pdu_type, varbinds, 0, BULK_REPETITIONS if bulk else 0
        )

        def created(pdu: int) -> None:
            self._ops.send(
                target.session,
                target.entity,
                target.context,
                pdu,
                then=self._answered,
                on_fail=lambda failure: self._no_answer(target, failure),
            )

        self._ops.track(
            token,
            self.tr("Create {type} PDU").format(type=pdu_type.name),
            created,
            lambda failure: self._results.failed(failure.message),
        )

    def _scalar_instance(self, oid: Oid) -> Oid:
        """A scalar object named without its instance (``sysDescr``) means ``sysDescr.0``,
        as an administrator who picked the completion expects."""
        names = self._naming.names
        info = names.render_info(oid) if names is not None else None
        if info is not None and info.kind == "scalar" and not info.suffix:
            return (*oid, 0)
        return oid

    def _command(
        self, kind: str, target: Target, name: str, values: list[SetValue]
    ) -> Callable[[bool], str] | None:
        where = command_target(self._reader, target.entity, target.context, self.agent_book())
        if where is None:
            return None

        def text(show_secrets: bool) -> str:
            return command_text(
                COMMANDS[kind],
                where,
                [name],
                values=values,
                max_repetitions=BULK_REPETITIONS,
                show_secrets=show_secrets,
            )

        return text

    def _answered(self, result: Reply | int) -> None:
        if not isinstance(result, Reply):
            return
        rtt = self.tr(" in {ms:.0f} ms").format(ms=result.rtt_ms) if result.rtt_ms else ""
        count = counted(len(result.varbinds), self.tr("1 varbind"), self.tr("{n} varbinds"))
        if result.error_status:
            text = self.tr("The agent answered{rtt} with an error: {status} at varbind {index}.")
            self._results.answered(
                text.format(
                    rtt=rtt,
                    status=labels.error_status_name(result.error_status),
                    index=result.error_index,
                ),
                result.varbinds,
                failed=True,
            )
            return
        text = self.tr("Answered{rtt} from {peer} · {count}").format(
            rtt=rtt, peer=result.peer, count=count
        )
        self._results.answered(text, result.varbinds)

    def _no_answer(self, target: Target, failure: Failure) -> None:
        self._results.failed(failure_words(self._reader, target.entity, failure))

    def _complain(self, text: str) -> None:
        self._results.failed(text)
        self._status.say(text)
        self.resultShown.emit()

    # ---------------------------------------------------------------- typed-in agents
    def _add_agent(self, address: str, then: Callable[[Target], None]) -> None:
        """Add ``address`` and a context with the default community to the selected
        session (or a new one), then hand the new target to ``then``."""
        prefs = self._preferences()
        sessions = sorted(self._ops.sessions)
        made: dict[str, int] = {}

        def in_session(session: int) -> None:
            def got(kind: str, handle: int) -> None:
                made[kind] = handle
                if len(made) == 2:
                    self.refresh_targets()
                    self._bar.choose(session, made["entity"])
                    target = self._bar.current_target()
                    if target is not None:
                        then(target)

            self._ops.create_entity(
                session,
                address,
                SnmpVersion(prefs.default_version),
                prefs.default_timeout_cs,
                prefs.default_retry,
                then=lambda handle: got("entity", handle),
                on_fail=lambda failure: self._complain(failure.message),
            )
            self._ops.create_context(
                session,
                prefs.default_community,
                address,
                then=lambda handle: got("context", handle),
            )

        selected = self._ops.current_selection().session
        if selected in self._ops.sessions:  # never the window's own trap-receiver session
            in_session(selected)
        elif sessions:
            in_session(sessions[0])
        else:
            self._ops.open_session(self.tr("Quick queries"), in_session)
