"""What the window's actions do: ask a dialog (through its ``ask`` seam), submit a request to
the service, and route the answer to the views, the status bar or the error presenter.

Nothing here touches the core's state directly: it reads typed snapshots through the
:class:`ReadModel` and changes everything through the :class:`ServiceController`. Each answer
handler is typed with its request's result (:class:`Token`), so no result needs a cast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from snmpscope.core.constants import HandleKind, PduType, SnmpVersion
from snmpscope.core.service import ReadModel, ServiceController, Token
from snmpscope.core.service.failures import Failure
from snmpscope.core.service.operations import Reply
from snmpscope.core.service.read_model import ContextInfo, EntityInfo
from snmpscope.core.service.usm import OTHER_AES_VARIANT, AesProbeResult, V3Security
from snmpscope.core.smi.oid import Oid
from snmpscope.gui.controllers.error_presenter import ErrorPresenter
from snmpscope.gui.controllers.selection import Selection
from snmpscope.gui.controllers.status import StatusBar
from snmpscope.gui.controllers.walk_runner import WalkRunner
from snmpscope.gui.dialogs.entity_dialog import EntityDialog
from snmpscope.gui.dialogs.pdu_composer import COMPOSABLE, PduComposer, PduSpec, typed_entry
from snmpscope.gui.dialogs.simple_dialogs import (
    ContextDialog,
    NewSessionDialog,
    RegisterTrapsDialog,
)
from snmpscope.gui.locale_format import milliseconds
from snmpscope.gui.models import labels
from snmpscope.gui.models.session_tree import NodeType
from snmpscope.gui.naming import Naming
from snmpscope.gui.settings.preferences import Preferences
from snmpscope.gui.views.walk_view import WalkView

log = logging.getLogger(__name__)
R = TypeVar("R")
FailHandler = Callable[[Failure], None]


@dataclass(slots=True)
class _Task:
    what: str
    # The result type was checked where the task was made (track's Token[R] and handler
    # agree); the signal carries it as object, so the stored handler takes Any.
    on_ok: Callable[[Any], None] | None = None
    on_fail: FailHandler | None = None
    on_progress: Callable[[object], None] | None = None


class Operations(QObject):
    """Carries out the user's actions (see the module docs)."""

    sessionOpened = Signal(int)
    handleCreated = Signal(int)
    pduAnswered = Signal(int)  # the request PDU handle

    def __init__(
        self,
        window: QWidget,
        reader: ReadModel,
        controller: ServiceController,
        naming: Naming,
        presenter: ErrorPresenter,
        status: StatusBar,
        walk_view: WalkView,
        preferences: Callable[[], Preferences],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._reader = reader
        self._controller = controller
        self._naming = naming
        self._presenter = presenter
        self._status = status
        self._preferences = preferences
        self._tasks: dict[int, _Task] = {}
        self._destinations: dict[int, tuple[int, int]] = {}  # PDU -> (entity, context)
        self.sessions: set[int] = set()  # sessions this window opened
        self.v3_security: dict[int, V3Security] = {}  # SNMPv3 entity -> its USM credentials
        # Set by the window: what the tree has selected, and the agent the quick bar names
        # in a session (selection is context: requests never go to a session's first agent
        # when the user has pointed at another).
        self.current_selection: Callable[[], Selection] = Selection
        self.preferred_target: Callable[[int], tuple[int, int] | None] = lambda _session: None
        self.current_target: Callable[[], tuple[int, int, int] | None] = lambda: None
        controller.succeeded.connect(self._succeeded)
        controller.failed.connect(self._failed)
        controller.progress.connect(self._progress)
        controller.replyReceived.connect(self._reply_received)
        self.walks = WalkRunner(self, reader, controller, walk_view, status)

    # ---------------------------------------------------------------- plumbing
    def track(
        self,
        token: Token[R],
        what: str,
        on_ok: Callable[[R], None] | None = None,
        on_fail: FailHandler | None = None,
        on_progress: Callable[[object], None] | None = None,
    ) -> Token[R]:
        """Remember what ``token`` is for; answers go to the handlers (failures without a
        handler go to the error presenter)."""
        self._tasks[token] = _Task(what, on_ok, on_fail, on_progress)
        return token

    @property
    def busy(self) -> int:
        """Requests submitted and not yet answered."""
        return len(self._tasks)

    def _succeeded(self, token: int, result: object) -> None:
        task = self._tasks.pop(token, None)
        if task is not None and task.on_ok is not None:
            task.on_ok(result)

    def _failed(self, token: int, failure: Failure) -> None:
        task = self._tasks.pop(token, None)
        what = task.what if task is not None else ""
        if task is not None and task.on_fail is not None:
            task.on_fail(failure)
        self._presenter.present(failure, what)

    def _progress(self, token: int, payload: object) -> None:
        task = self._tasks.get(token)
        if task is not None and task.on_progress is not None:
            task.on_progress(payload)

    def _say(self, text: str) -> None:
        self._status.say(text)

    # ---------------------------------------------------------------- reading the core
    def entities_of(self, session: int) -> list[tuple[int, str]]:
        """(handle, label) of a session's entities, for pickers."""
        return self._labelled(session, HandleKind.ENTITY)

    def contexts_of(self, session: int) -> list[tuple[int, str]]:
        """(handle, label) of a session's contexts, for pickers."""
        return self._labelled(session, HandleKind.CONTEXT)

    def _labelled(self, session: int, kind: HandleKind) -> list[tuple[int, str]]:
        items = []
        for handle in self._reader.owned(session, kind):
            info = self._reader.describe(handle)
            if isinstance(info, EntityInfo):
                text = labels.entity_text(info)
            elif isinstance(info, ContextInfo):
                text = labels.context_text(info)
            else:
                continue  # freed meanwhile
            items.append((handle, f"#{handle} {text}"))
        return items

    def remembered_destination(self, pdu: int) -> tuple[int, int] | None:
        """(entity, context) a PDU was last sent to, while both still exist."""
        remembered = self._destinations.get(pdu)
        if remembered is not None and all(self._reader.is_valid(h) for h in remembered):
            return remembered
        return None

    def destination(self, session: int, pdu: int = 0) -> tuple[int, int] | None:
        """Where a PDU goes: where it went last, else the agent the quick bar names in the
        session (the selected one), else the session's first entity and context."""
        remembered = self.remembered_destination(pdu)
        if remembered is not None:
            return remembered
        preferred = self.preferred_target(session)
        if preferred is not None:
            return preferred
        entities = self._reader.owned(session, HandleKind.ENTITY)
        contexts = self._reader.owned(session, HandleKind.CONTEXT)
        if not entities or not contexts:
            return None
        return entities[0], contexts[0]

    # ---------------------------------------------------------------- sessions
    def new_session(self) -> None:
        """Ask for a name and open a session."""
        name = NewSessionDialog.ask(self._window)
        if name is None:
            return
        self.open_session(name)

    def open_session(
        self,
        name: str,
        then: Callable[[int], None] | None = None,
        on_fail: FailHandler | None = None,
    ) -> Token[int]:
        """Open a session (no dialog); ``then`` gets the handle, ``on_fail`` the failure
        (which is presented either way)."""

        def opened(session: int) -> None:
            self.sessions.add(session)
            self._say(self.tr("Session #{session} opened.").format(session=session))
            self.sessionOpened.emit(session)
            if then is not None:
                then(session)

        token = self._controller.open_session(name)
        return self.track(token, self.tr("New session"), opened, on_fail)

    def close_session(self, selection: Selection) -> None:
        """Close the selected session."""
        session = selection.session
        if not session:
            return

        def closed(_session: int) -> None:
            self.sessions.discard(session)
            self._say(self.tr("Session #{session} closed.").format(session=session))

        self.track(self._controller.close_session(session), self.tr("Close session"), closed)

    # ---------------------------------------------------------------- entities, contexts
    def add_entity(self, selection: Selection) -> None:
        """Ask for an entity (and maybe its community) and add it to the session."""
        if not selection.session:
            return
        spec = EntityDialog.ask(self._window, self._preferences())
        if spec is None:
            return
        self.create_entity(
            selection.session,
            spec.address,
            spec.version,
            spec.timeout_cs,
            spec.retry,
            spec.name,
            security=spec.security,
        )
        # Named after its agent: the tree says whose community (or v3 context name) it is,
        # and the quick bar pairs the two (no free-floating "pub•••" contexts).
        label = spec.name or spec.address
        if spec.security is not None:
            self.create_context(selection.session, spec.context_name, label)  # v3 context name
        elif spec.add_context:
            self.create_context(selection.session, spec.community, label)

    def create_entity(
        self,
        session: int,
        address: str,
        version: SnmpVersion = SnmpVersion.V2C,
        timeout_cs: int = 100,
        retry: int = 2,
        name: str = "",
        then: Callable[[int], None] | None = None,
        on_fail: FailHandler | None = None,
        security: V3Security | None = None,
    ) -> Token[int]:
        """Add an entity (no dialog); ``then`` gets the handle, ``on_fail`` the failure.
        An SNMPv3 entity's ``security`` (passphrases included) is kept here by handle, for
        the workspace keeper to put in the secret store; the read model never carries it."""

        def added(entity: int) -> None:
            if security is not None:
                self.v3_security[entity] = security
            self.handleCreated.emit(entity)
            self._say(self.tr("Entity {address} added.").format(address=address))
            if then is not None:
                then(entity)

        token = self._controller.add_entity(
            session, address, version, timeout_cs, retry, name, security
        )
        what = self.tr("Add entity {address}").format(address=address)
        return self.track(token, what, added, on_fail)

    def probe_aes(self, selection: Selection) -> Token[AesProbeResult] | None:
        """The one-click AES probe of the selected SNMPv3 entity: its agent is asked with
        the entity's AES-192/AES-256 key extension, then the other one (Blumenthal as
        net-snmp, Reeder as Cisco's "AES256C"); a box says which one the agent uses."""
        entity = selection.handle if selection.node_type == NodeType.ENTITY else 0
        info = self._reader.entity(entity) if entity else None
        security = self.v3_security.get(entity)
        if info is None or security is None or security.priv_protocol not in OTHER_AES_VARIANT:
            self._say(
                self.tr("The AES probe is for an SNMPv3 entity with AES-192 or AES-256 privacy.")
            )
            return None
        address = info.address

        def probed(result: AesProbeResult) -> None:
            text = self.tr("AES probe of {address}: {explanation}.").format(
                address=address, explanation=result.explanation
            )
            self._say(text)
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("AES variant"), text, parent=self._window
            )
            box.setObjectName("aesProbeResult")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        token = self._controller.probe_aes(address, security, b"", info.timeout_cs)
        what = self.tr("Probe the AES variant of {address}").format(address=address)
        return self.track(token, what, probed)

    def add_context(self, selection: Selection) -> None:
        """Ask for a community and add a context."""
        if not selection.session:
            return
        spec = ContextDialog.ask(self._window, self._preferences().default_community)
        if spec is not None:
            self.create_context(selection.session, spec.community, spec.name)

    def create_context(
        self,
        session: int,
        community: str,
        name: str = "",
        then: Callable[[int], None] | None = None,
        on_fail: FailHandler | None = None,
    ) -> Token[int]:
        """Add a context (no dialog); ``then`` gets the handle, ``on_fail`` the failure."""

        def added(context: int) -> None:
            self.handleCreated.emit(context)
            if then is not None:
                then(context)

        token = self._controller.add_context(session, community.encode("utf-8"), name)
        return self.track(token, self.tr("Add context"), added, on_fail)

    # ---------------------------------------------------------------- PDUs
    def new_pdu(
        self,
        selection: Selection,
        initial: list[str] | None = None,
        pdu_type: PduType | None = None,
    ) -> None:
        """Compose a PDU and create (and usually send) it; ``initial`` names its first
        varbinds (default: the selected varbind's), ``pdu_type`` preselects its type."""
        session = selection.session
        if not session:
            return
        if initial is None and selection.varbind:
            initial = [self._naming.oid_name(selection.varbind[0])]
        spec = PduComposer.ask(
            self._window,
            self._naming,
            self.entities_of(session),
            self.contexts_of(session),
            initial,
            self.destination(session, selection.handle if selection.is_pdu else 0),
            initial_type=pdu_type,
        )
        if spec is not None:
            self._create_composed(session, spec)

    def edit_copy(self, selection: Selection) -> None:
        """Open the composer on a copy of the selected PDU (its type, varbinds and values,
        its destination); the edited copy is a new PDU with a request id of its own."""
        session = selection.session
        info = self._reader.pdu(selection.handle) if selection.is_pdu else None
        if not session or info is None:
            return
        rows = [typed_entry(self._naming, oid, value) for oid, value in info.varbinds]
        spec = PduComposer.ask(
            self._window,
            self._naming,
            self.entities_of(session),
            self.contexts_of(session),
            None,
            self.destination(session, selection.handle),
            initial_type=PduType(info.type) if info.type in COMPOSABLE else None,
            initial_rows=rows,
        )
        if spec is not None:
            self._create_composed(session, spec)

    def _create_composed(self, session: int, spec: PduSpec) -> None:
        def created(pdu: int) -> None:
            self._destinations[pdu] = (spec.entity, spec.context)
            self.handleCreated.emit(pdu)
            if spec.send:
                self.send(session, spec.entity, spec.context, pdu)

        token = self._controller.create_pdu(
            session, spec.pdu_type, spec.varbinds, spec.non_repeaters, spec.max_repetitions
        )
        self.track(token, self.tr("Create {type} PDU").format(type=spec.pdu_type.name), created)

    def create_and_send(
        self,
        session: int,
        entity: int,
        context: int,
        pdu_type: PduType,
        oids: list[Oid],
    ) -> Token[int]:
        """Create a value-less request for ``oids`` and send it (no dialog)."""
        varbinds = tuple((oid, None) for oid in oids)

        def created(pdu: int) -> None:
            self._destinations[pdu] = (entity, context)
            self.send(session, entity, context, pdu)

        token = self._controller.create_pdu(session, pdu_type, varbinds)
        return self.track(token, self.tr("Create PDU"), created)

    def send(
        self,
        session: int,
        entity: int,
        context: int,
        pdu: int,
        then: Callable[[Reply | int], None] | None = None,
        on_fail: FailHandler | None = None,
    ) -> Token[Reply | int]:
        """SnmpSendMsg; the answer shows in the tree and in the status bar (and goes to
        ``then``; a failure to ``on_fail`` as well as to the error presenter)."""
        self._destinations[pdu] = (entity, context)
        info = self._reader.pdu(pdu)
        title = labels.pdu_text(info) if info is not None else f"PDU #{pdu}"

        def answered(result: Reply | int) -> None:
            if isinstance(result, Reply):
                status = (
                    labels.error_status_name(result.error_status)
                    if result.error_status
                    else self.tr("noError")
                )
                if result.rtt_ms is None:
                    text = self.tr("{title}: answered · {status}")
                else:
                    text = self.tr("{title}: answered in {ms} · {status}")
                ms = "" if result.rtt_ms is None else milliseconds(result.rtt_ms)
                self._say(text.format(title=title, status=status, ms=ms))
            else:
                self._say(self.tr("{title} sent.").format(title=title))
            if then is not None:
                then(result)

        return self.track(
            self._controller.send(session, entity, context, pdu),
            self.tr("Send {title}").format(title=title),
            answered,
            on_fail,
        )

    def resend(self, selection: Selection) -> None:
        """Send the selected PDU again, to where it went before."""
        if selection.node_type != NodeType.PDU:
            return
        target = self.destination(selection.session, selection.handle)
        if target is None:
            self._say(self.tr("Add an entity and a context to the session first."))
            return
        self.send(selection.session, target[0], target[1], selection.handle)

    def duplicate_pdu(self, selection: Selection) -> None:
        """SnmpDuplicatePdu of the selected PDU (same session)."""
        if selection.node_type != NodeType.PDU:
            return
        source = selection.handle

        def copied(copy: int) -> None:
            if source in self._destinations:
                self._destinations[copy] = self._destinations[source]
            self.handleCreated.emit(copy)
            self._say(
                self.tr(
                    "PDU handle #{copy} is a WinSNMP copy of #{source} (same request id); "
                    "Edit a Copy… changes a copy before it is sent."
                ).format(copy=copy, source=source)
            )

        self.track(self._controller.duplicate_pdu(source), self.tr("Duplicate PDU"), copied)

    def free_handle(self, selection: Selection) -> None:
        """Free the selected handle."""
        if selection.freeable:
            self.track(self._controller.free(selection.handle), self.tr("Free handle"))

    def _reply_received(self, reply: Reply) -> None:
        self.pduAnswered.emit(reply.request_pdu)

    # ---------------------------------------------------------------- traps
    def register_traps(self, selection: Selection) -> None:
        """Ask for a trap filter and register it."""
        session = selection.session
        if not session:
            return
        spec = RegisterTrapsDialog.ask(
            self._window, self._naming, self.entities_of(session), self.contexts_of(session)
        )
        if spec is None:
            return

        def done(_on: bool) -> None:
            self._say(
                self.tr("Trap filter registered.") if spec.on else self.tr("Trap filter removed.")
            )

        token = self._controller.register_traps(
            session, spec.entity, spec.context, spec.notification, spec.on
        )
        self.track(token, self.tr("Register for traps"), done)
