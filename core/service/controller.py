"""The service controller: owns the worker threads and is the GUI's only door to the core.

Requests go in through :meth:`ServiceController.submit` (or its typed helpers), which stamps a
token and emits a queued signal to the right worker; answers come out of the controller's own
``succeeded(token, result)``, ``failed(token, Failure)`` and ``progress(token, payload)``
signals, always delivered on the controller's (the GUI's) thread. The token is a
:class:`~snmpscope.core.service.operations.Token` typed with the request's result, so the
caller knows statically what ``result`` will be. Reads go through :attr:`read_model`.

Threads: ``snmpscope-session`` (resource operations and sends), ``snmpscope-messaging`` (the
dispatcher that receives every message), ``snmpscope-walk`` (walks) and ``snmpscope-mibs``
(MIB loading). :meth:`shutdown` stops them in stages and never waits without a bound.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal

from snmpscope.core.api import Snmp
from snmpscope.core.client.aes_probe import AesProbeResult
from snmpscope.core.constants import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT_CS,
    DEMO_AGENT_PORT,
    ApiError,
    PduType,
    SnmpVersion,
)
from snmpscope.core.mib.names import MibNames
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import V3Security
from snmpscope.core.service.bridge import EventBridge
from snmpscope.core.service.dispatch import MessageDispatcher
from snmpscope.core.service.failures import Failure, FailureHub
from snmpscope.core.service.mib_worker import MibSetup, MibWorker
from snmpscope.core.service.operations import (
    AddContext,
    AddEntity,
    CloseSession,
    CreatePdu,
    DuplicatePdu,
    FreeHandle,
    OpenSession,
    ProbeAes,
    R,
    RegisterTraps,
    Reply,
    Request,
    SendPdu,
    SetResourceLimits,
    SetTrapEndpoint,
    StartDemoAgent,
    Token,
    Walk,
    WalkResult,
)
from snmpscope.core.service.poller import Poller
from snmpscope.core.service.read_model import ReadModel, ResourceLimits
from snmpscope.core.service.session_worker import SessionWorker
from snmpscope.core.service.table_walk import TableOutcome, WalkTable
from snmpscope.core.service.threads import ServiceThread
from snmpscope.core.service.walk_worker import WalkWorker
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import SmiValue

log = logging.getLogger(__name__)
QUEUED = Qt.ConnectionType.QueuedConnection


class ServiceController(QObject):
    """Threads, workers and the event bridge of one :class:`Application`.

    Without an ``app`` the controller starts a WinSNMP application of its own (with the real
    transport) and cleans it up at the end of :meth:`shutdown`: that is how the window runs.
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, object)
    trapReceived = Signal(object)  # TrapRecord
    replyReceived = Signal(object)  # Reply of a GUI send
    mibsReady = Signal(object)  # MibNames
    mibModuleLoaded = Signal(str)
    mibsLoaded = Signal(object)  # MibLoadResult: the MIB-load report after every load
    mibProgress = Signal(int, int, str)  # done, total, module: while MIB files compile
    mibSearched = Signal(object)  # MibSearchResult
    shutDown = Signal()

    _toSession = Signal(object)
    _toWalk = Signal(object)
    _closeAll = Signal()
    _prewarm = Signal()
    _loadModule = Signal(str)
    _configureMibs = Signal(object)
    _searchMibs = Signal(str)

    def __init__(
        self,
        app: Application | None = None,
        names: MibNames | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._own: Snmp | None = None
        if app is None:
            self._own = Snmp().start()
            app = self._own.app
        self.app = app
        self.read_model = ReadModel(app)
        self.names = names if names is not None else MibNames.default()
        self._tokens = itertools.count(1)
        self._walks: set[int] = set()
        self._started = False
        self._stopped = False
        self.hub = FailureHub(self)
        self.bridge = EventBridge(app, self)

        self._session_thread = ServiceThread("snmpscope-session")
        self._messaging_thread = ServiceThread("snmpscope-messaging")
        self._walk_thread = ServiceThread("snmpscope-walk")
        self._mib_thread = ServiceThread("snmpscope-mibs")
        self.dispatcher = MessageDispatcher(app)
        self.dispatcher.moveToThread(self._messaging_thread)
        self._session_worker = SessionWorker(app, self.dispatcher)
        self._session_worker.moveToThread(self._session_thread)
        self._walk_worker = WalkWorker(app, self.dispatcher, self.names)
        self._walk_worker.moveToThread(self._walk_thread)
        self._mib_worker = MibWorker(self.names)
        self._mib_worker.moveToThread(self._mib_thread)
        # Polling graphs send on the session thread, answers come through the dispatcher.
        self.poller = Poller(app, self.dispatcher, self._session_thread, self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._toSession.connect(self._session_worker.run, QUEUED)
        self._toWalk.connect(self._walk_worker.run, QUEUED)
        self._closeAll.connect(self._session_worker.close_all, QUEUED)
        self._prewarm.connect(self._mib_worker.prewarm, QUEUED)
        self._loadModule.connect(self._mib_worker.load_module, QUEUED)
        self._configureMibs.connect(self._mib_worker.configure, QUEUED)
        self._mib_worker.loaded.connect(self.mibsLoaded, QUEUED)
        self._mib_worker.progress.connect(self.mibProgress, QUEUED)
        self._searchMibs.connect(self._mib_worker.search, QUEUED)
        self._mib_worker.searched.connect(self.mibSearched, QUEUED)
        for worker in (self._session_worker, self._walk_worker):
            worker.succeeded.connect(self._on_succeeded, QUEUED)
            worker.failed.connect(self._on_failed, QUEUED)
            worker.progress.connect(self.progress, QUEUED)
        self.dispatcher.trapReceived.connect(self.trapReceived, QUEUED)
        self.dispatcher.replyReceived.connect(self.replyReceived, QUEUED)
        self.dispatcher.failed.connect(self.hub.report, QUEUED)
        self._mib_worker.ready.connect(self.mibsReady, QUEUED)
        self._mib_worker.moduleLoaded.connect(self.mibModuleLoaded, QUEUED)
        self._mib_worker.failed.connect(self.hub.report, QUEUED)

    # ---------------------------------------------------------------- lifecycle
    def start(self, prewarm_mibs: bool = True) -> None:
        """Start the worker threads (idempotent) and pre-load the MIBs in the background."""
        if self._started or self._stopped:
            return
        self._started = True
        for thread in self._threads():
            thread.start()
        if prewarm_mibs:
            self._prewarm.emit()

    def _threads(self) -> tuple[ServiceThread, ...]:
        return (self._session_thread, self._messaging_thread, self._walk_thread, self._mib_thread)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Staged, idempotent: stop walks; stop the trap filters of the sessions the service
        opened and deliver (``trapReceived``, before this returns) every notification already
        queued in them, acknowledged informs included; cancel outstanding requests and close
        those sessions; then stop every thread, each within ``timeout_ms``.
        Returns False if some thread did not stop in time (it is logged, never waited on
        without bound)."""
        if self._stopped:
            return True
        self._stopped = True
        self.bridge.close()
        clean = True
        self.poller.stop_all()
        if self._started:
            self._walk_worker.cancel_all()
            clean &= self._stop(self._walk_thread, timeout_ms)
            # Queued behind any request already posted: the session thread finishes what it
            # is doing, closes everything, and ends its own loop. Calling quit() here could
            # end the loop before the close-all event is processed.
            self._closeAll.emit()
            if not self._session_thread.wait(timeout_ms):
                clean &= self._stop(self._session_thread, timeout_ms)
            self.dispatcher.shutdown()
            for thread in (self._messaging_thread, self._mib_thread):
                clean &= self._stop(thread, timeout_ms)
            # The workers' last signals (the traps and informs close-all delivered, answers,
            # failures) are queued to this thread, whose loop may not run again once the
            # window closes: hand them to their receivers now, before shutDown.
            for receiver in (self, self.hub):
                QCoreApplication.sendPostedEvents(receiver, QEvent.Type.MetaCall)
        if self._own is not None:
            self._own.stop()
        self.shutDown.emit()
        return clean

    @staticmethod
    def _stop(thread: ServiceThread, timeout_ms: int) -> bool:
        if thread.stop(timeout_ms):
            return True
        log.error("thread %s did not stop within %d ms", thread.objectName(), timeout_ms)
        return False

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`shutdown`."""
        return self._started and not self._stopped

    # ---------------------------------------------------------------- requests
    def submit(self, request: Request[R]) -> Token[R]:
        """Queue ``request`` for its worker; returns the token its answers carry."""
        token: Token[R] = Token(next(self._tokens))
        stamped = replace(request, token=token)
        if self._stopped:
            self.failed.emit(
                token, Failure(int(ApiError.SESSION_INVALID), "the service is shut down")
            )
            return token
        if isinstance(stamped, Walk | WalkTable):
            self._walks.add(token)
            self._walk_worker.cancel_flag(token)  # exists before the walk starts
            self._toWalk.emit(stamped)
        else:
            self._toSession.emit(stamped)
        return token

    def open_session(self, name: str = "") -> Token[int]:
        """SnmpCreateSession; succeeds with the session handle."""
        return self.submit(OpenSession(name=name))

    def close_session(self, session: int) -> Token[int]:
        """SnmpClose; stops the session's walks first."""
        return self.submit(CloseSession(session=session))

    def add_entity(
        self,
        session: int,
        address: str,
        version: SnmpVersion = SnmpVersion.V2C,
        timeout_cs: int = DEFAULT_TIMEOUT_CS,
        retry: int = DEFAULT_RETRY,
        name: str = "",
        security: V3Security | None = None,
    ) -> Token[int]:
        """An entity in ``session``; succeeds with its handle."""
        return self.submit(
            AddEntity(
                session=session,
                address=address,
                version=version,
                timeout_cs=timeout_cs,
                retry=retry,
                name=name,
                security=security,
            )
        )

    def probe_aes(
        self,
        address: str,
        security: V3Security,
        context_name: bytes = b"",
        timeout_cs: int = DEFAULT_TIMEOUT_CS,
    ) -> Token[AesProbeResult]:
        """Which AES-192/AES-256 key extension the agent uses (the one-click probe)."""
        return self.submit(
            ProbeAes(
                address=address,
                security=security,
                context_name=context_name,
                timeout_cs=timeout_cs,
            )
        )

    def add_context(self, session: int, community: bytes, name: str = "") -> Token[int]:
        """A context (community) in ``session``; succeeds with its handle."""
        return self.submit(AddContext(session=session, community=community, name=name))

    def create_pdu(
        self,
        session: int,
        pdu_type: PduType,
        varbinds: tuple[tuple[Oid, SmiValue | None], ...] = (),
        non_repeaters: int = 0,
        max_repetitions: int = 0,
    ) -> Token[int]:
        """A PDU in ``session``; succeeds with its handle."""
        return self.submit(
            CreatePdu(
                session=session,
                pdu_type=pdu_type,
                varbinds=varbinds,
                non_repeaters=non_repeaters,
                max_repetitions=max_repetitions,
            )
        )

    def duplicate_pdu(self, pdu: int, session: int = 0) -> Token[int]:
        """SnmpDuplicatePdu; succeeds with the copy's handle."""
        return self.submit(DuplicatePdu(pdu=pdu, session=session))

    def send(self, session: int, entity: int, context: int, pdu: int) -> Token[Reply | int]:
        """SnmpSendMsg; succeeds with the :class:`Reply` (or the request id for traps)."""
        return self.submit(SendPdu(session=session, entity=entity, context=context, pdu=pdu))

    def free(self, handle: int) -> Token[int]:
        """Free an entity, context, PDU or VBL."""
        return self.submit(FreeHandle(handle=handle))

    def register_traps(
        self,
        session: int,
        entity: int | None = None,
        context: int | None = None,
        notification: Oid | None = None,
        on: bool = True,
    ) -> Token[bool]:
        """SnmpRegister; ``None`` fields are wildcards."""
        return self.submit(
            RegisterTraps(
                session=session, entity=entity, context=context, notification=notification, on=on
            )
        )

    def set_trap_endpoint(self, host: str, port: int) -> Token[tuple[str, int]]:
        """Move the trap receiver; succeeds with the ``(host, port)`` in force."""
        return self.submit(SetTrapEndpoint(host=host, port=port))

    def walk(
        self, session: int, entity: int, context: int, root: Oid, max_repetitions: int = 25
    ) -> Token[WalkResult]:
        """Walk ``root``; progress brings :class:`WalkProgress`, success a :class:`WalkResult`."""
        return self.submit(
            Walk(
                session=session,
                entity=entity,
                context=context,
                root=root,
                max_repetitions=max_repetitions,
            )
        )

    def walk_table(
        self, session: int, entity: int, context: int, table: Oid, max_repetitions: int = 25
    ) -> Token[TableOutcome]:
        """Fetch the conceptual table ``table`` names (a table, row or column OID) as typed
        rows (:mod:`~snmpscope.core.service.table_walk`); progress brings
        :class:`TableProgress`, success a :class:`TableOutcome`; :meth:`cancel` stops it
        (the rows so far are kept)."""
        return self.submit(
            WalkTable(
                session=session,
                entity=entity,
                context=context,
                table=table,
                max_repetitions=max_repetitions,
            )
        )

    def set_resource_limits(
        self,
        sessions: int | None = None,
        handles_per_session: int | None = None,
        queue_per_session: int | None = None,
        queue_bytes_per_session: int | None = None,
    ) -> Token[ResourceLimits]:
        """Change resource limits (None keeps one); succeeds with the limits in force."""
        return self.submit(
            SetResourceLimits(
                sessions=sessions,
                handles_per_session=handles_per_session,
                queue_per_session=queue_per_session,
                queue_bytes_per_session=queue_bytes_per_session,
            )
        )

    def start_demo_agent(
        self, host: str = "127.0.0.1", port: int = DEMO_AGENT_PORT
    ) -> Token[tuple[str, int]]:
        """Start the embedded demo agent; succeeds with its ``(host, port)``."""
        return self.submit(StartDemoAgent(host=host, port=port))

    def cancel(self, token: int) -> None:
        """Stop walk or table walk ``token`` (cooperative; partial results are kept)."""
        if token in self._walks:
            self._walk_worker.cancel(token)

    def load_mib_module(self, name: str) -> None:
        """Load a MIB module in the background; ``mibModuleLoaded`` tells when."""
        self._loadModule.emit(name)

    def configure_mibs(self, setup: MibSetup) -> None:
        """Change the MIB folders/modules in the background (new or changed MIB files
        compile once, with ``mibProgress``); ``mibsLoaded`` brings the
        :class:`~snmpscope.core.service.mib_worker.MibLoadResult`, ``mibsReady`` the
        resolver again."""
        self._configureMibs.emit(setup)

    def add_mib_folders(self, *folders: str) -> None:
        """Load every MIB module of ``folders`` (added to the MIB folders), as
        :meth:`configure_mibs` does."""
        self._configureMibs.emit(MibSetup(add_folders=tuple(folders)))

    def search_mibs(self, query: str) -> None:
        """Search the loaded MIBs by name, OID or DESCRIPTION words in the background;
        ``mibSearched`` brings the :class:`~snmpscope.core.service.mib_worker.MibSearchResult`."""
        self._searchMibs.emit(query)

    def cancel_mib_load(self) -> None:
        """Stop a running MIB compile at the next module (what compiled is kept)."""
        self._mib_worker.cancel()

    # ---------------------------------------------------------------- answers
    def _on_succeeded(self, token: int, result: object) -> None:
        self._walks.discard(token)
        self.succeeded.emit(token, result)

    def _on_failed(self, token: int, failure: Failure) -> None:
        self._walks.discard(token)
        self.failed.emit(token, failure)
