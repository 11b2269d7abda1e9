"""The Pythonic API over the same :class:`Application`: objects instead of bare handles,
exceptions (:class:`SnmpApiError`, carrying the SNMPAPI code) instead of 0 + last error, and
context managers for startup/cleanup and sessions. The GUI and the command line use this.

    with Snmp() as snmp, snmp.session() as session:
        agent = session.entity("127.0.0.1:1161")
        ...
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from snmpscope.core.constants import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT_CS,
    SNMPAPI_OFF,
    SNMPAPI_ON,
    SNMPAPI_SUCCESS,
    HandleKind,
    PduType,
    SnmpVersion,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.states import (
    PduData,
    PduStatus,
    Registration,
    V3Security,
    Window,
    quick_callback,
)
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import SmiValue, VarBind
from snmpscope.core.transport import (
    create_driven_transport,
    create_light_transport,
    create_transport,
)

if TYPE_CHECKING:
    from snmpscope.core.model.agent_db import AgentDatabase

__all__ = [
    "Context",
    "Entity",
    "Message",
    "Notification",
    "Pdu",
    "Session",
    "Snmp",
    "SnmpApiError",
    "VarBindList",
    "new_application",
]


def new_application(
    database: AgentDatabase | None = None, *, light_io: bool = False, driven_io: bool = False
) -> Application:
    """A WinSNMP application that reaches the network through the UDP transport, whose
    I/O thread lends its loop to the threads waiting for an answer
    (:func:`~snmpscope.core.transport.create_transport`). ``light_io``: an I/O thread that
    keeps its loop (see :func:`~snmpscope.core.transport.create_light_transport`);
    ``driven_io``: no I/O thread at all, the loop runs in the thread waiting for an answer
    (:func:`~snmpscope.core.transport.create_driven_transport`)."""
    factory = (
        create_driven_transport
        if driven_io
        else create_light_transport
        if light_io
        else create_transport
    )
    return Application(database, transport_factory=factory)


class Notification(NamedTuple):
    """One session notification: ``event`` 0 means a message waits; else an SNMPAPI code.

    This and :class:`Message` are NamedTuples rather than frozen dataclasses: a one-shot
    ``snmpscope-cli`` process imports them, and a dataclass costs its import ~0.5-1 ms of
    generated code where a NamedTuple costs ~0.1 ms.
    """

    session: int
    event: int
    request_id: int


NotificationListener = Callable[[Notification], None]


class Snmp:
    """A started WinSNMP application. ``with Snmp():`` pairs StartupEx with CleanupEx."""

    def __init__(self, app: Application | None = None) -> None:
        self.app = app if app is not None else new_application()
        self._started = False

    def start(self) -> Snmp:
        self.app.startup_ex()
        self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            self._started = False
            self.app.cleanup_ex()

    def __enter__(self) -> Snmp:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def session(
        self,
        name: str = "",
        window: Window | None = None,
        wmsg: int = 0,
        callback: Callable[[int, object, int, int, int, object], int] | None = None,
        client_data: object = None,
    ) -> Session:
        """Open a session. Without a window or callback, notifications go to the Session's
        listeners (:meth:`Session.add_listener`) and its :meth:`Session.wait_notification`."""
        session = Session.__new__(Session)
        session._init_notify()
        if window is None and callback is None:
            callback = session._on_notify
        handle = self.app.create_session(window, wmsg, callback, client_data, name)
        Handle.__init__(session, self.app, handle)
        return session

    @property
    def sessions(self) -> list[int]:
        return self.app.session_handles()

    @property
    def limits(self) -> ResourceLimits:
        return self.app.limits

    def set_limits(
        self,
        sessions: int | None = None,
        handles_per_session: int | None = None,
        queue_per_session: int | None = None,
        queue_bytes_per_session: int | None = None,
    ) -> ResourceLimits:
        """Change any of the resource limits (None keeps a value); returns those in force."""
        return self.app.set_resource_limits(
            sessions, handles_per_session, queue_per_session, queue_bytes_per_session
        )

    @property
    def last_error(self) -> int:
        return self.app.get_last_error(None)

    @property
    def translate_mode(self) -> int:
        return self.app.get_translate_mode()

    @translate_mode.setter
    def translate_mode(self, mode: int) -> None:
        self.app.set_translate_mode(mode)

    @property
    def retransmit(self) -> bool:
        return self.app.get_retransmit_mode() == SNMPAPI_ON

    @retransmit.setter
    def retransmit(self, on: bool) -> None:
        self.app.set_retransmit_mode(SNMPAPI_ON if on else SNMPAPI_OFF)


class Handle:
    """A live WinSNMP handle of some kind, bound to its application."""

    kind: HandleKind

    def __init__(self, app: Application, handle: int) -> None:
        self.app = app
        self.handle = handle

    @property
    def valid(self) -> bool:
        return self.app.is_valid(self.handle, self.kind)

    def __int__(self) -> int:
        return self.handle

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Handle) and other.app is self.app and other.handle == self.handle

    def __hash__(self) -> int:
        return hash((id(self.app), self.handle))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.handle}{'' if self.valid else ' (dead)'}>"


class Session(Handle):
    """A WinSNMP session; ``with`` closes it."""

    kind = HandleKind.SESSION

    def _init_notify(self) -> None:
        self._listeners: list[NotificationListener] = []
        self._consumed = False  # a consuming listener takes every notification
        self._notifications: list[Notification] = []
        self._cond = threading.Condition()

    # ---------------------------------------------------------------- lifecycle
    def close(self) -> None:
        if self.app.is_valid(self.handle, HandleKind.SESSION):
            self.app.close(self.handle)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.app.session_name(self.handle)

    @property
    def last_error(self) -> int:
        return self.app.get_last_error(self.handle)

    # ---------------------------------------------------------------- notifications
    @quick_callback  # it queues and calls the listeners, which must not block either
    def _on_notify(
        self, session: int, window: object, wmsg: int, wparam: int, lparam: int, data: object
    ) -> int:
        note = Notification(session, wparam, lparam)
        if not self._consumed:
            with self._cond:
                self._notifications.append(note)
                self._cond.notify_all()
        for listener in list(self._listeners):
            listener(note)
        return SNMPAPI_SUCCESS

    def add_listener(self, listener: NotificationListener, consumes: bool = False) -> None:
        """Call ``listener`` for every notification, on a transport thread (the dispatcher,
        or for answers the thread running the I/O loop: the I/O thread, or a thread that
        waits for an answer and drives it): it must return at once and never block.
        A listener that ``consumes`` takes every notification for itself (the manager's
        mailbox): from then on none is kept for :meth:`wait_notification`."""
        self._listeners.append(listener)
        if consumes:
            self._consumed = True

    def wait_notification(
        self, predicate: Callable[[Notification], bool] | None = None, timeout: float = 5.0
    ) -> Notification | None:
        """Take the first pending notification matching ``predicate``, waiting up to
        ``timeout`` seconds; None on timeout."""
        match = predicate or (lambda _note: True)
        with self._cond:
            found: list[Notification] = []

            def ready() -> bool:
                for note in self._notifications:
                    if match(note):
                        found.append(note)
                        return True
                return False

            if not self._cond.wait_for(ready, timeout):
                return None
            self._notifications.remove(found[0])
            return found[0]

    # ---------------------------------------------------------------- creation
    def entity(
        self,
        address: str,
        version: SnmpVersion = SnmpVersion.V2C,
        timeout_cs: int = DEFAULT_TIMEOUT_CS,
        retry: int = DEFAULT_RETRY,
        security: V3Security | None = None,
        name: str = "",
    ) -> Entity:
        """An agent (or manager) at ``address`` (IPv4, [IPv6], or host name, with :port)."""
        handle = self.app.create_entity(
            self.handle, address, version, timeout_cs, retry, security, name
        )
        return Entity(self.app, handle)

    def entity_from_string(self, text: str) -> Entity:
        """SnmpStrToEntity semantics: the current translate mode decides what ``text`` is."""
        return Entity(self.app, self.app.str_to_entity(self.handle, text))

    def context(self, community: bytes | str, context_engine_id: bytes = b"") -> Context:
        return Context(self.app, self.app.create_context(self.handle, community, context_engine_id))

    def context_from_string(self, text: bytes | str) -> Context:
        return Context(self.app, self.app.str_to_context(self.handle, text))

    def vbl(self, varbinds: Iterable[tuple[Iterable[int], SmiValue | None]] = ()) -> VarBindList:
        return VarBindList(self.app, self.app.create_vbl_from(self.handle, varbinds))

    def pdu(
        self,
        pdu_type: PduType | int,
        varbinds: Iterable[tuple[Iterable[int], SmiValue | None]] = (),
        request_id: int = 0,
        non_repeaters: int = 0,
        max_repetitions: int = 0,
        error_status: int = 0,
        error_index: int = 0,
    ) -> Pdu:
        """A PDU with its own copy of ``varbinds``; GETBULK takes non-repeaters/max-repetitions."""
        if pdu_type == PduType.GETBULK:
            error_status, error_index = non_repeaters, max_repetitions
        handle = self.app.create_pdu_from(
            self.handle, pdu_type, varbinds, request_id, error_status, error_index
        )[0]
        return Pdu(self.app, handle)

    # ---------------------------------------------------------------- messaging
    def send(self, dst: Entity, context: Context, pdu: Pdu, src: Entity | None = None) -> int:
        """SnmpSendMsg; returns the request id."""
        self.app.send_msg(
            self.handle, None if src is None else src.handle, dst.handle, context.handle, pdu.handle
        )
        return pdu.request_id

    def recv(self) -> Message:
        """SnmpRecvMsg: the next queued message as four new handles owned by this session."""
        src, dst, ctx, pdu = self.app.recv_msg(self.handle)
        return Message(
            Entity(self.app, src), Entity(self.app, dst), Context(self.app, ctx), Pdu(self.app, pdu)
        )

    @property
    def queued(self) -> int:
        return self.app.queued_count(self.handle)

    def cancel(self, request_id: int) -> None:
        self.app.cancel_msg(self.handle, request_id)

    def register(
        self,
        agent: Entity | None = None,
        context: Context | None = None,
        notification: Oid | None = None,
        on: bool = True,
    ) -> None:
        self.app.register(
            self.handle,
            None,
            None if agent is None else agent.handle,
            None if context is None else context.handle,
            notification,
            SNMPAPI_ON if on else SNMPAPI_OFF,
        )

    @property
    def registrations(self) -> list[Registration]:
        return self.app.registrations(self.handle)

    def handles(self, kind: HandleKind | None = None) -> list[int]:
        return self.app.owned_handles(self.handle, kind)


class Entity(Handle):
    kind = HandleKind.ENTITY

    def free(self) -> None:
        self.app.free_entity(self.handle)

    @property
    def address(self) -> TransportAddress:
        return self.app.entity_address(self.handle)

    def __str__(self) -> str:
        return self.app.entity_to_str(self.handle)

    @property
    def port(self) -> int:
        return self.address.port

    @port.setter
    def port(self, port: int) -> None:
        self.app.set_port(self.handle, port)

    @property
    def timeout_cs(self) -> int:
        return self.app.get_timeout(self.handle)[0]

    @timeout_cs.setter
    def timeout_cs(self, value: int) -> None:
        self.app.set_timeout(self.handle, value)

    @property
    def retry(self) -> int:
        return self.app.get_retry(self.handle)[0]

    @retry.setter
    def retry(self, value: int) -> None:
        self.app.set_retry(self.handle, value, zero_means_default=False)

    @property
    def timing(self) -> tuple[int, int]:
        """(:attr:`timeout_cs`, :attr:`retry`) in one call."""
        return self.app.entity_timing(self.handle)

    @property
    def version(self) -> SnmpVersion:
        from snmpscope.core.model.snapshots import EntityInfo  # see Inventory.describe

        info = self.app.describe(self.handle)
        if not isinstance(info, EntityInfo):
            self.app.entity_address(self.handle)  # raises ENTITY_INVALID
        assert isinstance(info, EntityInfo)
        return SnmpVersion(info.version)

    @version.setter
    def version(self, version: SnmpVersion) -> None:
        self.app.set_entity_version(self.handle, version)

    @property
    def usm(self) -> tuple[str, str]:
        """(SNMPv3 user, security level); ("", "") for v1/v2c."""
        from snmpscope.core.model.snapshots import EntityInfo  # see Inventory.describe

        info = self.app.describe(self.handle)
        if not isinstance(info, EntityInfo):
            return "", ""
        return info.user, info.security_level

    def listen(self, on: bool = True) -> None:
        self.app.listen(self.handle, SNMPAPI_ON if on else SNMPAPI_OFF)


class Context(Handle):
    kind = HandleKind.CONTEXT

    def free(self) -> None:
        self.app.free_context(self.handle)

    @property
    def community(self) -> bytes:
        from snmpscope.core.model.snapshots import ContextInfo  # see Inventory.describe

        info = self.app.describe(self.handle)
        if not isinstance(info, ContextInfo):
            self.app.context_to_str(self.handle)  # raises CONTEXT_INVALID
        assert isinstance(info, ContextInfo)
        return info.community


class Pdu(Handle):
    kind = HandleKind.PDU

    def free(self) -> None:
        self.app.free_pdu(self.handle)

    @property
    def data(self) -> PduData:
        return self.app.pdu_data(self.handle)

    @property
    def type(self) -> int:
        return self.data.type

    @property
    def request_id(self) -> int:
        return self.app.pdu_request_id(self.handle)

    @property
    def error_status(self) -> int:
        return self.data.error_status

    @property
    def error_index(self) -> int:
        return self.data.error_index

    @property
    def varbinds(self) -> list[VarBind]:
        return self.data.varbinds

    @property
    def status(self) -> PduStatus:
        return self.app.pdu_status(self.handle)

    def update(self, **fields: Any) -> None:
        """Set type, request_id, non_repeaters, max_repetitions or varbinds."""
        varbinds = fields.pop("varbinds", None)
        vbl = None
        if varbinds is not None:
            info = self.app.describe(self.handle)
            if info is None:
                self.app.pdu_data(self.handle)  # raises PDU_INVALID
            assert info is not None
            vbl = self.app.create_vbl_from(info.owner, varbinds)
        try:
            self.app.set_pdu_data(
                self.handle,
                fields.pop("pdu_type", None),
                fields.pop("request_id", None),
                fields.pop("non_repeaters", None),
                fields.pop("max_repetitions", None),
                vbl,
            )
        finally:
            if vbl is not None:
                self.app.free_vbl(vbl)
        if fields:
            raise TypeError(f"unknown PDU fields: {', '.join(fields)}")

    def duplicate(self, session: Session) -> Pdu:
        return Pdu(self.app, self.app.duplicate_pdu(session.handle, self.handle))


class VarBindList(Handle):
    """A VBL with list behaviour (0-based in Python; the WinSNMP calls are 1-based)."""

    kind = HandleKind.VBL

    def free(self) -> None:
        self.app.free_vbl(self.handle)

    def __len__(self) -> int:
        return len(self.app.vbl_varbinds(self.handle))

    def __iter__(self) -> Iterator[VarBind]:
        return iter(self.app.vbl_varbinds(self.handle))

    def __getitem__(self, index: int) -> VarBind:
        return self.app.get_vb(self.handle, _one_based(index, len(self)))

    def __setitem__(self, index: int, varbind: tuple[Iterable[int], SmiValue | None]) -> None:
        self.app.set_vb(self.handle, _one_based(index, len(self)), varbind[0], varbind[1])

    def __delitem__(self, index: int) -> None:
        self.app.delete_vb(self.handle, _one_based(index, len(self)))

    def append(self, oid: Iterable[int], value: SmiValue | None = None) -> None:
        self.app.set_vb(self.handle, 0, oid, value)

    def duplicate(self, session: Session) -> VarBindList:
        return VarBindList(self.app, self.app.duplicate_vbl(session.handle, self.handle))


class Message(NamedTuple):
    """What :meth:`Session.recv` returns: four handles the session owns (a NamedTuple: see
    :class:`Notification`)."""

    src: Entity
    dst: Entity
    context: Context
    pdu: Pdu

    def free(self) -> None:
        for handle in (self.src, self.dst, self.context, self.pdu):
            if handle.valid:
                handle.free()


def _one_based(index: int, count: int) -> int:
    if index < 0:
        index += count
    # Out of range maps to -1, which the application rejects with INDEX_INVALID (never to 0,
    # which SnmpSetVb would take as "append").
    return index + 1 if 0 <= index < count else -1
