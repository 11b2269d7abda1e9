"""Saved agents in use: the list dialog, and opening an agent in the current session.

Opening a saved agent creates its entity and its context in the selected session (or the
first one the window has, or a new "Agents" session), both named after the agent, so the
tree's context node names its agent and the quick bar pairs them. An agent already open in
that session is reused, never added twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from snmpscope.core.constants import HandleKind
from snmpscope.core.service import ReadModel
from snmpscope.core.service.agent_profiles import AgentBook, AgentProfile, v3_security
from snmpscope.gui.controllers.operations import Operations
from snmpscope.gui.controllers.status import StatusBar
from snmpscope.gui.controllers.targets import paired_context
from snmpscope.gui.dialogs.agents_dialog import AgentsDialog

AGENTS_SESSION = "Agents"
Opened = Callable[[int, int, int], None]  # session, entity, context


class AgentsController(QObject):
    """Edits the saved agents and opens them; ``changed`` when the list changed."""

    changed = Signal()

    def __init__(
        self,
        window: QWidget,
        reader: ReadModel,
        operations: Operations,
        status: StatusBar,
        book: Callable[[], AgentBook],
        set_book: Callable[[AgentBook], None],
        default_community: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._reader = reader
        self._ops = operations
        self._status = status
        self._book = book
        self._set_book = set_book
        self._default_community = default_community

    @property
    def book(self) -> AgentBook:
        """The saved agents."""
        return self._book()

    def manage(self) -> None:
        """The saved-agents dialog; "open" opens the chosen agent in the session."""
        result = AgentsDialog.ask(self._window, self.book, self._default_community())
        if result is None:
            return
        self._set_book(result.book)
        self.changed.emit()
        if result.open:
            self.open(result.open)

    def open(self, name: str, then: Opened | None = None) -> None:
        """Open saved agent ``name`` in the selected session (see the module docs)."""
        profile = self.book.get(name)
        if profile is None:
            self._status.say(self.tr("There is no saved agent called {name}.").format(name=name))
            return
        selected = self._ops.current_selection().session
        # The user's sessions only: never the window's own trap-receiver session.
        session = selected if selected in self._ops.sessions else min(self._ops.sessions, default=0)
        if session:
            self._open_in(session, profile, then)
        else:
            self._ops.open_session(AGENTS_SESSION, lambda s: self._open_in(s, profile, then))

    def _open_in(self, session: int, profile: AgentProfile, then: Opened | None) -> None:
        for handle in self._reader.owned(session, HandleKind.ENTITY):
            entity = self._reader.entity(handle)
            if entity is not None and entity.name == profile.name:
                context = paired_context(self._reader, session, entity)
                if context and then is not None:
                    then(session, handle, context)
                if context:
                    return
        made: dict[str, int] = {}

        def got(kind: str, handle: int) -> None:
            made[kind] = handle
            if len(made) == 2:
                self._status.say(
                    self.tr("Agent {name} opened in session #{session}.").format(
                        name=profile.name, session=session
                    )
                )
                if then is not None:
                    then(session, made["entity"], made["context"])

        self._ops.create_entity(
            session,
            profile.address,
            profile.version,
            profile.timeout_cs,
            profile.retry,
            profile.name,
            then=lambda handle: got("entity", handle),
            security=v3_security(profile.v3),
        )
        # v3 agents authenticate with the user; their context carries the context name.
        secret = profile.community if profile.v3 is None else profile.v3.context_name
        self._ops.create_context(
            session, secret, profile.name, then=lambda handle: got("context", handle)
        )
