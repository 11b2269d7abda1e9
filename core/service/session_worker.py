"""Resource operations and sends, off the GUI thread: open/close sessions, add entities and
contexts, create/duplicate/free PDUs, send, register for traps."""

from __future__ import annotations

import logging
from concurrent.futures import Future

from PySide6.QtCore import QThread, Slot

from snmpscope.core.agent.agent import DemoAgent
from snmpscope.core.api import Snmp, new_application
from snmpscope.core.client.aes_probe import AesProbeResult, probe_aes_variant
from snmpscope.core.client.routing import Arrival
from snmpscope.core.constants import SNMPAPI_OFF, SNMPAPI_ON, ApiError, HandleKind, PduType
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.ports import CONFIRMED_TYPES
from snmpscope.core.model.snapshots import PduInfo
from snmpscope.core.service.dispatch import MessageDispatcher
from snmpscope.core.service.failures import failure_from
from snmpscope.core.service.operations import (
    AddContext,
    AddEntity,
    CloseSession,
    CreatePdu,
    DuplicatePdu,
    FreeHandle,
    OpenSession,
    ProbeAes,
    RegisterTraps,
    SendPdu,
    SetResourceLimits,
    SetTrapEndpoint,
    StartDemoAgent,
)
from snmpscope.core.service.worker import LATER, Later, ServiceWorker

log = logging.getLogger(__name__)


class SessionWorker(ServiceWorker):
    """Runs the short resource operations of the service, one at a time, in order."""

    def __init__(self, app: Application, dispatcher: MessageDispatcher) -> None:
        super().__init__()
        self._app = app
        self._dispatcher = dispatcher
        self._sessions: set[int] = set()
        self._demo: DemoAgent | None = None
        self.handlers.update(
            {
                OpenSession: self._open,
                CloseSession: self._close,
                AddEntity: self._add_entity,
                AddContext: self._add_context,
                CreatePdu: self._create_pdu,
                DuplicatePdu: self._duplicate_pdu,
                SendPdu: self._send,
                FreeHandle: self._free,
                RegisterTraps: self._register,
                SetTrapEndpoint: self._set_trap_endpoint,
                SetResourceLimits: self._set_resource_limits,
                StartDemoAgent: self._start_demo,
                ProbeAes: self._probe_aes,
            }
        )

    # ---------------------------------------------------------------- sessions
    def _open(self, request: OpenSession) -> int:
        handle = self._app.create_session(callback=self._dispatcher.notify, name=request.name)
        self._sessions.add(handle)
        return handle

    def _close(self, request: CloseSession) -> int:
        self._app.close(request.session)
        self._sessions.discard(request.session)
        self._dispatcher.session_closed(request.session)
        return request.session

    @Slot()
    def close_all(self) -> None:
        """Shutdown stage: stop each session's trap filters and deliver what is queued in it,
        cancel outstanding requests, close every session we opened, stop the demo agent, then
        end this worker's thread (so nothing queued after it runs)."""
        try:
            self._close_everything()
        finally:
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()

    def _close_everything(self) -> None:
        for session in sorted(self._sessions):
            try:
                if self._app.is_valid(session, HandleKind.SESSION):
                    # Stop taking notifications, then deliver what was already queued:
                    # every inform the receiver acknowledged is among it.
                    self._app.unregister_all(session)
                    self._dispatcher.drain(session)
                    for request_id in self._outstanding(session):
                        self._app.cancel_msg(session, request_id)
                    self._app.close(session)
            except SnmpApiError as exc:
                log.warning("closing session %d at shutdown: %s", session, exc)
            self._dispatcher.session_closed(session)
        self._sessions.clear()
        self._dispatcher.shutdown()
        self._stop_demo()

    # ---------------------------------------------------------------- demo agent
    def _start_demo(self, request: StartDemoAgent) -> tuple[str, int]:
        if self._demo is not None and self._demo.running:
            return self._demo.address
        # Its own application: the agent's session and handles never show in the user's
        # tree, and closing every user session leaves the agent running.
        agent = DemoAgent(new_application(), request.host, request.port)
        address = agent.start()
        self._demo = agent
        return address

    def _probe_aes(self, request: ProbeAes) -> AesProbeResult:
        """The AES variant probe, on an application of its own (its entities never show in
        the user's tree); blocks this worker for at most two timeouts."""
        with Snmp(new_application()) as snmp, snmp.session("AES variant probe") as session:
            return probe_aes_variant(
                session,
                request.address,
                request.security,
                request.context_name,
                request.timeout_cs,
            )

    def _stop_demo(self) -> None:
        demo, self._demo = self._demo, None
        if demo is not None:
            demo.stop()

    def _outstanding(self, session: int) -> list[int]:
        ids = []
        for handle in self._app.owned_handles(session, HandleKind.PDU):
            info = self._app.describe(handle)
            if isinstance(info, PduInfo) and self._app.is_outstanding(session, info.request_id):
                ids.append(info.request_id)
        return sorted(set(ids))

    # ---------------------------------------------------------------- resources
    def _add_entity(self, request: AddEntity) -> int:
        return self._app.create_entity(
            request.session,
            request.address,
            request.version,
            request.timeout_cs,
            request.retry,
            request.security,
            request.name,
        )

    def _add_context(self, request: AddContext) -> int:
        return self._app.create_context(request.session, request.community, name=request.name)

    def _create_pdu(self, request: CreatePdu) -> int:
        vbl = self._app.create_vbl_from(request.session, request.varbinds)
        try:
            bulk = request.pdu_type == PduType.GETBULK
            return self._app.create_pdu(
                request.session,
                request.pdu_type,
                0,
                request.non_repeaters if bulk else 0,
                request.max_repetitions if bulk else 0,
                vbl,
            )
        finally:
            self._app.free_vbl(vbl)

    def _duplicate_pdu(self, request: DuplicatePdu) -> int:
        session = request.session
        if not session:
            info = self._app.describe(request.pdu)
            if info is None:
                raise SnmpApiError(ApiError.PDU_INVALID, f"{request.pdu} is not a live PDU")
            session = info.owner
        return self._app.duplicate_pdu(session, request.pdu)

    def _free(self, request: FreeHandle) -> int:
        info = self._app.describe(request.handle)
        if info is None:
            raise SnmpApiError(ApiError.OPERATION_INVALID, f"handle {request.handle} is not live")
        free = {
            HandleKind.ENTITY: self._app.free_entity,
            HandleKind.CONTEXT: self._app.free_context,
            HandleKind.PDU: self._app.free_pdu,
            HandleKind.VBL: self._app.free_vbl,
        }.get(info.kind)
        if free is None:
            raise SnmpApiError(ApiError.OPERATION_INVALID, "close a session instead of freeing it")
        free(request.handle)
        return request.handle

    def _register(self, request: RegisterTraps) -> bool:
        self._app.register(
            request.session,
            None,
            request.entity,
            request.context,
            request.notification,
            SNMPAPI_ON if request.on else SNMPAPI_OFF,
        )
        return request.on

    def _set_trap_endpoint(self, request: SetTrapEndpoint) -> tuple[str, int]:
        return self._app.set_trap_endpoint(request.host, request.port)

    def _set_resource_limits(self, request: SetResourceLimits) -> ResourceLimits:
        return self._app.set_resource_limits(
            request.sessions,
            request.handles_per_session,
            request.queue_per_session,
            request.queue_bytes_per_session,
        )

    # ---------------------------------------------------------------- messaging
    def _send(self, request: SendPdu) -> Later | int:
        data = self._app.pdu_data(request.pdu)
        if data.type not in CONFIRMED_TYPES:
            # Traps and responses expect no answer: done once they are sent.
            self._app.send_msg(request.session, None, request.entity, request.context, request.pdu)
            return data.request_id
        dispatcher, session = self._dispatcher, request.session
        answer = dispatcher.expect(session, data.request_id)
        try:
            self._app.send_msg(session, None, request.entity, request.context, request.pdu)
        except BaseException:
            dispatcher.forget(session, data.request_id, answer)
            raise
        self.progress.emit(request.token, "sent")
        token = request.token

        def answered(done: Future[Arrival]) -> None:
            # Runs on the dispatcher's thread; signals are queued to the receivers.
            if done.cancelled():
                return
            arrival = done.result()
            if arrival.error:
                arrival.free()
                self.failed.emit(token, failure_from(dispatcher.failure(session, arrival)))
            else:
                self.succeeded.emit(token, dispatcher.reply(session, request.pdu, arrival))

        answer.add_done_callback(answered)
        return LATER
