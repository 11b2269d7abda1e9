"""Start-up and shut-down of the user's workspace: the first-launch demo session, restoring
saved sessions (entities and contexts from the agent database), applying preferences, and
saving it all again on close."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from snmpscope.core.constants import HandleKind, SnmpVersion
from snmpscope.core.service import ReadModel, ServiceController
from snmpscope.core.service.failures import Failure
from snmpscope.core.service.profiles import ContextRecord, EntityRecord
from snmpscope.core.service.usm import V3Security
from snmpscope.core.smi.address import join_host_port
from snmpscope.gui.controllers.operations import Operations
from snmpscope.gui.controllers.status import StatusBar
from snmpscope.gui.settings.preferences import Preferences
from snmpscope.gui.settings.workspace import SessionLayout, Workspace, WorkspaceState
from snmpscope.gui.theme import apply_color_scheme

log = logging.getLogger(__name__)
DEMO_SESSION = "Demo router"
DEMO_COMMUNITY = "public"
DEMO_AGENT = "demo-router"


class WorkspaceKeeper(QObject):
    """Owns the :class:`WorkspaceState` while the window is open."""

    demoReady = Signal(int, int, int)  # session, entity, context of the demo session
    restored = Signal()  # every saved session (first launch: the demo) is open, or failed
    trapEndpointSet = Signal(str, int)  # the trap receiver's (new) host and port are in force

    def __init__(
        self,
        reader: ReadModel,
        controller: ServiceController,
        operations: Operations,
        workspace: Workspace,
        state: WorkspaceState,
        status: StatusBar,
    ) -> None:
        super().__init__(operations)
        self._reader = reader
        self._controller = controller
        self._ops = operations
        self._workspace = workspace
        self.state = state
        self._status = status
        self._demo_session = 0
        self._demo_handles: set[int] = set()
        self._restores: list[_Restore] = []  # saved sessions being opened again
        self._saved = False

    @property
    def preferences(self) -> Preferences:
        """The preferences in force."""
        return self.state.preferences

    # ---------------------------------------------------------------- start
    def start(self, with_demo: bool = True) -> None:
        """Apply preferences, then open the demo session (first launch) or restore;
        :attr:`restored` tells when every session has been answered."""
        self.apply_preferences(self.state.preferences)
        for problem in self.state.problems:
            self._status.say(problem)
        if self.state.first_launch:
            if with_demo:
                self.open_demo(DEMO_SESSION)
            else:
                self._restore_finished()
            return
        for layout in self.state.sessions:
            if layout.demo:
                self.open_demo(layout.name, layout)
            else:
                self._restore(layout)
        if not self._restores:
            self._restore_finished()

    def _restore(self, layout: SessionLayout) -> None:
        restore = self._begin_restore(layout)
        opening = restore.step()

        def opened(session: int) -> None:
            restore.session = session
            self._fill(session, layout, restore)
            opening()

        self._ops.open_session(layout.name, opened, on_fail=opening)

    def open_demo(self, name: str, layout: SessionLayout | None = None) -> None:
        """Start the embedded demo agent and open a session to it."""
        restore = self._begin_restore(layout or SessionLayout(name, demo=True))
        starting = restore.step()

        def started(address: tuple[str, int]) -> None:
            target = join_host_port(*address)
            self._status.say(self.tr("Demo agent listening on {target}.").format(target=target))
            opening = restore.step()

            def opened(handle: int) -> None:
                self._demo_session = restore.session = handle
                found: dict[str, int] = {}

                def got(kind: str, created: int, done: Callable[..., None]) -> None:
                    found[kind] = created
                    self._demo_handles.add(created)
                    if len(found) == 2:
                        self.demoReady.emit(handle, found["entity"], found["context"])
                    done()

                entity, context = restore.step(), restore.step()
                self._ops.create_entity(
                    handle,
                    target,
                    name=DEMO_AGENT,
                    then=lambda result: got("entity", result, entity),
                    on_fail=entity,
                )
                self._ops.create_context(
                    handle,
                    DEMO_COMMUNITY,
                    DEMO_AGENT,  # the context node names its agent
                    then=lambda result: got("context", result, context),
                    on_fail=context,
                )
                if layout is not None:
                    self._fill(handle, layout, restore)
                opening()

            self._ops.open_session(name, opened, on_fail=opening)
            starting()

        def failed(failure: Failure) -> None:
            self._status.say(
                self.tr("The demo agent could not start: {error}").format(error=failure.message)
            )
            starting()

        self._ops.track(
            self._controller.start_demo_agent(), self.tr("Start demo agent"), started, failed
        )

    def _fill(self, session: int, layout: SessionLayout, restore: _Restore) -> None:
        database = self.state.database
        for name in layout.entities:
            record = database.entity(name)
            if record is None:
                continue
            done = restore.step()
            self._ops.create_entity(
                session,
                record.address,
                record.version,
                record.timeout_cs,
                record.retry,
                record.name,
                then=done,
                on_fail=done,
                security=_record_security(record),
            )
        for name in layout.contexts:
            context = database.context(name)
            if context is None:
                continue
            if not context.community and context.version != SnmpVersion.V3:
                self._status.say(
                    self.tr(
                        "The community of context {name!r} was not saved (no keyring); "
                        "add the context again."
                    ).format(name=name)
                )
                continue
            done = restore.step()
            self._ops.create_context(
                session,
                context.community or context.context_name,  # v3: the context name
                context.name,
                then=done,
                on_fail=done,
            )

    def _begin_restore(self, layout: SessionLayout) -> _Restore:
        restore = _Restore(layout, self._restore_answered)
        self._restores.append(restore)
        return restore

    def _restore_answered(self, restore: _Restore) -> None:
        self._restores.remove(restore)
        if not self._restores:
            self._restore_finished()

    def _restore_finished(self) -> None:
        log.info("workspace restored: %d sessions open", len(self._ops.sessions))
        self.restored.emit()

    # ---------------------------------------------------------------- preferences
    def apply_preferences(self, prefs: Preferences) -> None:
        """Put preferences into force (limits, trap endpoint, colours)."""
        self.state.preferences = prefs
        self._ops.track(
            self._controller.set_resource_limits(
                prefs.max_sessions,
                prefs.max_handles_per_session,
                prefs.max_queue_per_session,
                prefs.max_queue_bytes_per_session,
            ),
            self.tr("Resource limits"),
        )
        self._set_trap_endpoint(prefs.trap_host, prefs.trap_port)
        apply_color_scheme(prefs.color_scheme)

    def _set_trap_endpoint(self, host: str, port: int) -> None:
        """Move the trap receiver on the session worker (binding is I/O). When the new port
        cannot be had, the receiver stays where it was and the preferences say so again."""
        old_host, old_port = self._reader.trap_endpoint
        if (old_host, old_port) == (host, port):
            return
        where = join_host_port(old_host, old_port)

        def moved(endpoint: tuple[str, int]) -> None:
            self.trapEndpointSet.emit(*endpoint)

        def refused(_failure: Failure) -> None:
            prefs = self.state.preferences
            if (prefs.trap_host, prefs.trap_port) == (host, port):  # not changed again since
                self.state.preferences = replace(prefs, trap_host=old_host, trap_port=old_port)

        token = self._controller.set_trap_endpoint(host, port)
        what = self.tr("Trap receiver (stays on {where})").format(where=where)
        self._ops.track(token, what, moved, refused)

    # ---------------------------------------------------------------- save
    def snapshot(self) -> WorkspaceState:
        """The workspace as it is now: the window's open sessions and their resources. A
        saved session that is still being opened again is kept as it was saved (a signal
        may end the window before its restore is done; that must not lose it)."""
        database = self.state.database
        layouts: list[SessionLayout] = []
        used: set[str] = set()  # names given in this snapshot (same-named profiles are updated)
        restoring = {r.session: r.layout for r in self._restores if r.session}
        for session in sorted(self._ops.sessions):
            if session in restoring:
                layouts.append(restoring[session])
                continue
            info = self._reader.session(session)
            if info is None:
                continue
            name = info.name
            entities, contexts = [], []
            for handle in self._reader.owned(session, HandleKind.ENTITY):
                entity = self._reader.entity(handle)
                if entity is None or handle in self._demo_handles:
                    continue
                record_name = entity.name or _unique(used, f"{name}: {entity.address}")
                used.add(record_name)
                # SNMPv3: the passphrases go with the record to the secret store (keyring),
                # never into the file (AgentDatabase splits them off)
                usm = self._ops.v3_security.get(handle)
                database.put_entity(
                    EntityRecord(
                        name=record_name,
                        address=entity.address,
                        port=entity.port,
                        version=entity.version,
                        timeout_cs=entity.timeout_cs,
                        retry=entity.retry,
                        **(_usm_fields(usm) if usm is not None else {}),
                    )
                )
                entities.append(record_name)
            for position, handle in enumerate(
                self._reader.owned(session, HandleKind.CONTEXT), start=1
            ):
                context = self._reader.context(handle)
                if context is None or handle in self._demo_handles:
                    continue
                record_name = context.name or f"{name}: context {position}"
                community = context.community.decode("utf-8", "replace")
                if community:
                    record = ContextRecord(name=record_name, community=community)
                else:  # no community has 0 octets: SNMPv3's default (empty) context name
                    record = ContextRecord(name=record_name, version=SnmpVersion.V3)
                database.put_context(record)
                contexts.append(record_name)
            layouts.append(
                SessionLayout(name, tuple(entities), tuple(contexts), session == self._demo_session)
            )
        layouts.extend(r.layout for r in self._restores if not r.session)  # not open yet
        return replace(self.state, sessions=layouts, first_launch=False)

    def save(self, snapshot: WorkspaceState | None = None) -> bool:
        """Write ``snapshot`` (default: the workspace now); once per window, later calls
        do nothing. Shutdown takes the snapshot before it closes the sessions."""
        if self._saved:
            return True
        self._saved = True
        try:
            self._workspace.save(snapshot if snapshot is not None else self.snapshot())
        except (OSError, ValueError) as exc:
            log.error("cannot save the workspace: %s", exc)
            return False
        return True


class _Restore:
    """A saved session being opened again: the steps (agent, session, entities, contexts)
    still unanswered; when the last one is answered, ``finished`` gets it."""

    def __init__(self, layout: SessionLayout, finished: Callable[[_Restore], None]) -> None:
        self.layout = layout
        self.session = 0  # its handle, once open
        self._unanswered = 0
        self._finished = finished

    def step(self) -> Callable[..., None]:
        """Count one more step; call what this returns when it is answered (once counts;
        a step's answer begins the steps that follow it before it ends itself)."""
        self._unanswered += 1
        answered = False

        def done(*_result: object) -> None:
            nonlocal answered
            if answered:
                return
            answered = True
            self._unanswered -= 1
            if self._unanswered == 0:
                self._finished(self)

        return done


def _unique(existing: set[str], wanted: str) -> str:
    name, number = wanted, 2
    while name in existing:
        name = f"{wanted} ({number})"
        number += 1
    return name


def _usm_fields(usm: V3Security) -> dict[str, str]:
    """An SNMPv3 entity's USM fields of its saved record."""
    return {
        "user": usm.user,
        "security_level": usm.security_level,
        "auth_protocol": usm.auth_protocol,
        "auth_key": usm.auth_key,
        "priv_protocol": usm.priv_protocol,
        "priv_key": usm.priv_key,
        "engine_id": usm.engine_id.hex(),
    }


def _record_security(record: EntityRecord) -> V3Security | None:
    """The USM credentials of a saved SNMPv3 record (passphrases from the secret store)."""
    if record.version != SnmpVersion.V3 or not record.user:
        return None
    return V3Security(
        record.user,
        record.security_level,
        record.auth_protocol,
        record.auth_key,
        record.priv_protocol,
        record.priv_key,
        bytes.fromhex(record.engine_id or ""),
    )
