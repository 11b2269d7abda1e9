"""Walks from the window: one at a time, started from the walk pane or "Walk Here", results
streamed into the pane, Stop is cooperative and keeps what came."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from snmpscope.core.service import ReadModel, ServiceController
from snmpscope.core.service.agent_profiles import AgentBook
from snmpscope.core.service.command_line import command_text, walk_kind
from snmpscope.core.service.failures import Failure
from snmpscope.core.service.operations import WalkOutcome, WalkProgress, WalkResult
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.gui.controllers.selection import Selection
from snmpscope.gui.controllers.status import StatusBar
from snmpscope.gui.controllers.targets import command_target, failure_words, paired_context
from snmpscope.gui.models.session_tree import NodeType
from snmpscope.gui.views.walk_view import WalkView

if TYPE_CHECKING:
    from snmpscope.gui.controllers.operations import Operations


class WalkRunner(QObject):
    """Starts and stops walks for the window; ``walkRunning`` tells the Stop action."""

    walkRunning = Signal(bool)
    walkStarted = Signal()  # from the MIB tree: the window shows the walk pane

    def __init__(
        self,
        operations: Operations,
        reader: ReadModel,
        controller: ServiceController,
        walk_view: WalkView,
        status: StatusBar,
    ) -> None:
        super().__init__(operations)
        self._ops = operations
        self._reader = reader
        self._controller = controller
        self._walk_view = walk_view
        self._naming = walk_view.naming
        # Set by the window: the saved agents (a v3 agent's passphrases for its command).
        self.agent_book: Callable[[], AgentBook] = AgentBook
        self._status = status
        self._walk_token = 0
        walk_view.walkRequested.connect(self.start_walk)
        walk_view.stopRequested.connect(self.stop_walk)

    # ---------------------------------------------------------------- walks
    def walk_here(self, selection: Selection) -> None:
        """Walk from the selected varbind's OID (or the walk pane's OID) in the session."""
        session = selection.session
        if not session:
            return
        target = self._ops.destination(session, selection.handle if selection.is_pdu else 0)
        entity = self._reader.entity(selection.handle)
        if selection.node_type == NodeType.ENTITY and entity is not None:
            context = paired_context(self._reader, session, entity)
            target = (selection.handle, context) if context else None
        if target is None:
            self._status.say(self.tr("Add an entity and a context to the session first."))
            return
        root = oid_to_str(selection.varbind[0]) if selection.varbind else None
        self._walk_view.set_destinations(
            session, self._ops.entities_of(session), self._ops.contexts_of(session)
        )
        self._walk_view.entity.setCurrentIndex(self._walk_view.entity.findData(target[0]))
        self._walk_view.context.setCurrentIndex(self._walk_view.context.findData(target[1]))
        self._walk_view.start(root)

    def walk_from(self, session: int, entity: int, context: int, root: Oid) -> None:
        """Walk ``root`` (from the MIB tree) with the walk pane's settings."""
        self._walk_view.set_destinations(
            session, self._ops.entities_of(session), self._ops.contexts_of(session)
        )
        self._walk_view.entity.setCurrentIndex(self._walk_view.entity.findData(entity))
        self._walk_view.context.setCurrentIndex(self._walk_view.context.findData(context))
        self._walk_view.start(oid_to_str(root))
        self.walkStarted.emit()

    def start_walk(
        self, session: int, entity: int, context: int, root: Oid, max_repetitions: int
    ) -> None:
        """Start a walk (from the walk pane); one runs at a time."""
        if self._walk_token:
            self._status.say(self.tr("A walk is already running; stop it first."))
            return
        oid = tuple(root)
        self._walk_view.set_command(*self._command(entity, context, oid, max_repetitions))
        token = self._controller.walk(session, entity, context, oid, max_repetitions)
        self._walk_token = token
        self._walk_view.walk_started(oid)
        self._status.walks = 1
        self.walkRunning.emit(True)

        def progress(payload: object) -> None:
            if isinstance(payload, WalkProgress):
                self._walk_view.walk_progress(payload)

        def finished(result: object) -> None:
            self._walk_done()
            if isinstance(result, WalkResult):
                if result.reason == WalkOutcome.ERROR:
                    words = failure_words(
                        self._reader, entity, Failure(result.error_code, result.error)
                    )
                    result = replace(result, error=words)
                self._walk_view.walk_finished(result)

        def failed(failure: Failure) -> None:
            self._walk_done()
            self._walk_view.walk_failed(failure_words(self._reader, entity, failure))

        self._ops.track(token, self.tr("Walk"), finished, failed, progress)

    def _command(
        self, entity: int, context: int, root: Oid, max_repetitions: int
    ) -> tuple[Callable[[bool], str] | None, dict[str, object]]:
        """The net-snmp command doing the same walk, and what an export says of it."""
        where = command_target(self._reader, entity, context, self.agent_book())
        name = self._naming.oid_name(root)
        about: dict[str, object] = {"walk": name, "root": name, "oid": "." + oid_to_str(root)}
        if where is None:
            return None, about
        kind = walk_kind(where.version, max_repetitions)
        about["agent"] = where.address

        def text(show_secrets: bool) -> str:
            return command_text(
                kind, where, [name], max_repetitions=max_repetitions, show_secrets=show_secrets
            )

        return text, about

    def stop_walk(self) -> None:
        """Stop the running walk (results so far stay)."""
        if self._walk_token:
            self._controller.cancel(self._walk_token)

    def _walk_done(self) -> None:
        self._walk_token = 0
        self._status.walks = 0
        self._status.refresh()
        self.walkRunning.emit(False)
