"""The objects behind handles: plain Python state, owned by the application's handle table.

Nothing here locks or validates; the model's collaborators do both, under the lock of the
:class:`~snmpscope.core.model.handles.HandleTable`. Readers outside the model get immutable
snapshots instead (:mod:`snmpscope.core.model.snapshots`).

The states are :mod:`snmpscope.core.records` records, not dataclasses: every
``snmpscope-cli`` process builds them, and defining a dataclass costs ~0.5 ms at import.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum
from typing import Any, Protocol, TypeVar

from snmpscope.core.constants import DEFAULT_RETRY, DEFAULT_TIMEOUT_CS, HandleKind, SnmpVersion
from snmpscope.core.records import FrozenRecord, Record
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import VarBind


class Window(Protocol):
    """What a "window" is in Python: anything that accepts posted messages."""

    def post_message(self, msg: int, wparam: int, lparam: int) -> object: ...


SessionCallback = Callable[[int, object, int, int, int, object], int]
T_Callback = TypeVar("T_Callback", bound=Callable[..., object])


def quick_callback(callback: T_Callback) -> T_Callback:
    """Mark a session callback that never blocks and returns at once (it only queues or
    signals): the transport may then call it from its I/O thread, which spares an answer the
    hand-over to the dispatcher thread. Callbacks without the mark (an application's own, a
    window) are always called from the dispatcher, where a slow one cannot delay the I/O."""
    callback.snmpscope_quick = True  # type: ignore[attr-defined]
    return callback


def is_quick(callback: object) -> bool:
    """Whether ``callback`` (a function or a bound method) carries :func:`quick_callback`'s mark."""
    return getattr(callback, "snmpscope_quick", False) is True


class V3Security(Record):
    """SNMPv3 USM parameters of an entity (RFC 3414); keys are passphrases."""

    __slots__ = (
        "user",
        "security_level",
        "auth_protocol",
        "auth_key",
        "priv_protocol",
        "priv_key",
        "engine_id",
        "boots_time",
    )
    user: str
    security_level: str  # noAuthNoPriv | authNoPriv | authPriv
    auth_protocol: str  # MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512 (net-snmp's names)
    auth_key: str
    priv_protocol: str  # DES, 3DES, AES, AES-192, AES-256, AES-192-C, AES-256-C (Reeder)
    priv_key: str
    engine_id: bytes  # empty: discover
    boots_time: tuple[int, int] | None  # -Z: the engine's boots and time, if given

    def __init__(
        self,
        user: str,
        security_level: str = "noAuthNoPriv",
        auth_protocol: str = "",
        auth_key: str = "",
        priv_protocol: str = "",
        priv_key: str = "",
        engine_id: bytes = b"",
        boots_time: tuple[int, int] | None = None,
    ) -> None:
        self.user = user
        self.security_level = security_level
        self.auth_protocol = auth_protocol
        self.auth_key = auth_key
        self.priv_protocol = priv_protocol
        self.priv_key = priv_key
        self.engine_id = engine_id
        self.boots_time = boots_time


class EntityState(Record):
    """An entity: an agent's (or our own) address, version, timeouts and SNMPv3 view."""

    __slots__ = (
        "handle",
        "owner",
        "address",
        "version",
        "timeout_cs",
        "retry",
        "name",
        "security",
        "listening",
        "from_string",
        "actual_timeout_cs",
        "actual_retry",
        "engine_id_seen",
        "engine_boots",
        "engine_time",
        "msg_flags",
        "last_report",
        "kind",
    )
    handle: int
    owner: int
    address: TransportAddress
    version: SnmpVersion
    timeout_cs: int
    retry: int
    name: str  # friendly name (TRANSLATED mode)
    security: V3Security | None
    listening: bool
    from_string: bool  # made by SnmpStrToEntity (RecvMsg/DecodeMsg entities are not)
    actual_timeout_cs: int  # last measured round trip (SnmpGetTimeout's "actual")
    actual_retry: int  # retries the last request needed
    # SNMPv3: the authoritative engine as last seen (discovered or answering), the msgFlags
    # of the last answer, and the last Report in words ("" after an answer)
    engine_id_seen: bytes
    engine_boots: int
    engine_time: int
    msg_flags: int
    last_report: str
    kind: HandleKind

    def __init__(
        self,
        handle: int,
        owner: int,
        address: TransportAddress,
        version: SnmpVersion,
        timeout_cs: int = DEFAULT_TIMEOUT_CS,
        retry: int = DEFAULT_RETRY,
        name: str = "",
        security: V3Security | None = None,
        listening: bool = False,
        from_string: bool = True,
        actual_timeout_cs: int = 0,
        actual_retry: int = 0,
        engine_id_seen: bytes = b"",
        engine_boots: int = 0,
        engine_time: int = 0,
        msg_flags: int = 0,
        last_report: str = "",
        kind: HandleKind = HandleKind.ENTITY,
    ) -> None:
        self.handle = handle
        self.owner = owner
        self.address = address
        self.version = version
        self.timeout_cs = timeout_cs
        self.retry = retry
        self.name = name
        self.security = security
        self.listening = listening
        self.from_string = from_string
        self.actual_timeout_cs = actual_timeout_cs
        self.actual_retry = actual_retry
        self.engine_id_seen = engine_id_seen
        self.engine_boots = engine_boots
        self.engine_time = engine_time
        self.msg_flags = msg_flags
        self.last_report = last_report
        self.kind = kind


class ContextState(Record):
    """A context: a v1/v2c community or an SNMPv3 context name."""

    __slots__ = ("handle", "owner", "community", "name", "context_engine_id", "version", "kind")
    handle: int
    owner: int
    community: bytes  # v1/v2c community, or the v3 context name
    name: str  # friendly name (TRANSLATED mode)
    context_engine_id: bytes  # v3 only
    version: SnmpVersion | None  # what the database said, if anything
    kind: HandleKind

    def __init__(
        self,
        handle: int,
        owner: int,
        community: bytes,
        name: str = "",
        context_engine_id: bytes = b"",
        version: SnmpVersion | None = None,
        kind: HandleKind = HandleKind.CONTEXT,
    ) -> None:
        self.handle = handle
        self.owner = owner
        self.community = community
        self.name = name
        self.context_engine_id = context_engine_id
        self.version = version
        self.kind = kind


class PduState(Enum):
    """Where a PDU is in its life, for the tree (WinSNMP itself has no such notion)."""

    CREATED = "created"
    PENDING = "pending"
    RETRYING = "retrying"
    ANSWERED = "answered"
    TIMED_OUT = "timed out"
    CANCELLED = "cancelled"
    FAILED = "failed"
    RECEIVED = "received"
    SENT = "sent"  # fire-and-forget (traps, responses)


class PduStatus(Record):
    """What the tree shows of a PDU's life: state, attempts, timings, raw bytes."""

    __slots__ = (
        "state",
        "attempt",
        "max_attempts",
        "sent_at",
        "rtt_ms",
        "error",
        "peer",
        "response_pdu",
        "in_reply_to",
        "raw",
    )
    state: PduState
    attempt: int  # 1 = first transmission
    max_attempts: int
    sent_at: float
    rtt_ms: float | None
    error: int  # SNMPAPI TL_* code when FAILED / TIMED_OUT
    peer: str  # address text of the other side
    response_pdu: int  # handle of the response PDU once received in the same session
    in_reply_to: int  # for a received response: the request PDU's handle, if known
    raw: bytes  # the encoded message as it went out or came in

    def __init__(
        self,
        state: PduState = PduState.CREATED,
        attempt: int = 0,
        max_attempts: int = 0,
        sent_at: float = 0.0,
        rtt_ms: float | None = None,
        error: int = 0,
        peer: str = "",
        response_pdu: int = 0,
        in_reply_to: int = 0,
        raw: bytes = b"",
    ) -> None:
        self.state = state
        self.attempt = attempt
        self.max_attempts = max_attempts
        self.sent_at = sent_at
        self.rtt_ms = rtt_ms
        self.error = error
        self.peer = peer
        self.response_pdu = response_pdu
        self.in_reply_to = in_reply_to
        self.raw = raw


class PduData(Record):
    """A PDU's fields and variable bindings."""

    __slots__ = ("type", "request_id", "error_status", "error_index", "varbinds")
    type: int
    request_id: int
    error_status: int  # non-repeaters for GETBULK
    error_index: int  # max-repetitions for GETBULK
    varbinds: list[VarBind]

    def __init__(
        self,
        type: int,
        request_id: int,
        error_status: int,
        error_index: int,
        varbinds: list[VarBind] | None = None,
    ) -> None:
        self.type = type
        self.request_id = request_id
        self.error_status = error_status
        self.error_index = error_index
        self.varbinds = [] if varbinds is None else varbinds


class PduObj(Record):
    """A PDU handle's object: its data and its status."""

    __slots__ = ("handle", "owner", "data", "status", "kind")
    handle: int
    owner: int
    data: PduData
    status: PduStatus
    kind: HandleKind

    def __init__(
        self,
        handle: int,
        owner: int,
        data: PduData,
        status: PduStatus | None = None,
        kind: HandleKind = HandleKind.PDU,
    ) -> None:
        self.handle = handle
        self.owner = owner
        self.data = data
        self.status = PduStatus() if status is None else status
        self.kind = kind


class VblState(Record):
    """A variable-binding list handle's object."""

    __slots__ = ("handle", "owner", "varbinds", "kind")
    handle: int
    owner: int
    varbinds: list[VarBind]
    kind: HandleKind

    def __init__(
        self,
        handle: int,
        owner: int,
        varbinds: list[VarBind] | None = None,
        kind: HandleKind = HandleKind.VBL,
    ) -> None:
        self.handle = handle
        self.owner = owner
        self.varbinds = [] if varbinds is None else varbinds
        self.kind = kind


class Registration(FrozenRecord):
    """One trap filter; ``None`` fields are wildcards (WINSNMP.md §7.5)."""

    __slots__ = ("agent", "community", "notification")
    agent: tuple[str, int] | None  # (ip, port) of the agent sending traps
    community: bytes | None
    notification: Oid | None

    def __init__(
        self, agent: tuple[str, int] | None, community: bytes | None, notification: Oid | None
    ) -> None:
        object.__setattr__(self, "agent", agent)
        object.__setattr__(self, "community", community)
        object.__setattr__(self, "notification", notification)


class IncomingMessage(Record):
    """A message waiting in a session's queue for SnmpRecvMsg.

    ``error`` non-zero carries a transport error for ``pdu.request_id`` (RecvMsg fails with it
    but still fills the outputs).
    """

    __slots__ = (
        "src",
        "dst",
        "version",
        "community",
        "pdu",
        "raw",
        "error",
        "received_at",
        "request_pdu",
        "context_engine_id",
        "security",
        "size",
        "engine",
        "msg_flags",
        "report_oid",
        "rtt_s",
    )
    src: TransportAddress
    dst: TransportAddress
    version: SnmpVersion
    community: bytes
    pdu: PduData
    raw: bytes
    error: int
    received_at: float  # time.monotonic() when it was made, unless given
    request_pdu: int  # the request PDU handle this answers, if known
    context_engine_id: bytes
    security: V3Security | None
    size: int  # the bytes it holds while queued (limits.message_bytes), set when queued
    engine: tuple[bytes, int, int] | None  # SNMPv3: (engine ID, boots, time) seen
    msg_flags: int  # SNMPv3 msgFlags (1 auth, 2 priv, 4 reportable)
    report_oid: tuple[int, ...] | None  # SNMPv3: the Report that ended a request
    rtt_s: float | None  # an answer: seconds since the last transmission of its request

    def __init__(
        self,
        src: TransportAddress,
        dst: TransportAddress,
        version: SnmpVersion,
        community: bytes,
        pdu: PduData,
        raw: bytes = b"",
        error: int = 0,
        received_at: float | None = None,
        request_pdu: int = 0,
        context_engine_id: bytes = b"",
        security: V3Security | None = None,
        size: int = 0,
        engine: tuple[bytes, int, int] | None = None,
        msg_flags: int = 0,
        report_oid: tuple[int, ...] | None = None,
        rtt_s: float | None = None,
    ) -> None:
        self.src = src
        self.dst = dst
        self.version = version
        self.community = community
        self.pdu = pdu
        self.raw = raw
        self.error = error
        self.received_at = time.monotonic() if received_at is None else received_at
        self.request_pdu = request_pdu
        self.context_engine_id = context_engine_id
        self.security = security
        self.size = size
        self.engine = engine
        self.msg_flags = msg_flags
        self.report_oid = report_oid
        self.rtt_s = rtt_s


class SessionState(Record):
    """A session: its callback or window, owned handles, queue, registrations."""

    __slots__ = (
        "handle",
        "callback",
        "client_data",
        "window",
        "wmsg",
        "name",
        "last_error",
        "owned",
        "queue",
        "queued_bytes",
        "dropped",
        "drop_limit",
        "registrations",
        "outstanding",
        "created_at",
        "open",
        "kind",
        "quick",
    )
    handle: int
    callback: SessionCallback | None
    client_data: object
    window: Window | None
    wmsg: int
    name: str
    last_error: int  # SNMPAPI_SUCCESS until something fails
    owned: dict[int, Any]  # handle -> state object, creation order
    queue: deque[IncomingMessage]
    queued_bytes: int  # the sum of the queued messages' sizes
    dropped: int  # incoming messages a queue limit refused
    drop_limit: str  # the limit that refused the latest of them
    registrations: set[Registration]
    outstanding: dict[int, Any]  # request id -> transport record
    created_at: float  # time.time() when it was made, unless given
    open: bool
    kind: HandleKind
    quick: bool  # the callback is a quick_callback: the I/O thread may call it

    def __init__(
        self,
        handle: int,
        callback: SessionCallback | None,
        client_data: object,
        window: Window | None,
        wmsg: int,
        name: str,
        last_error: int = 1,
        owned: dict[int, Any] | None = None,
        queue: deque[IncomingMessage] | None = None,
        queued_bytes: int = 0,
        dropped: int = 0,
        drop_limit: str = "",
        registrations: set[Registration] | None = None,
        outstanding: dict[int, Any] | None = None,
        created_at: float | None = None,
        open: bool = True,
        kind: HandleKind = HandleKind.SESSION,
        quick: bool = False,
    ) -> None:
        self.handle = handle
        self.callback = callback
        self.client_data = client_data
        self.window = window
        self.wmsg = wmsg
        self.name = name
        self.last_error = last_error
        self.owned = {} if owned is None else owned
        self.queue = deque() if queue is None else queue
        self.queued_bytes = queued_bytes
        self.dropped = dropped
        self.drop_limit = drop_limit
        self.registrations = set() if registrations is None else registrations
        self.outstanding = {} if outstanding is None else outstanding
        self.created_at = time.time() if created_at is None else created_at
        self.open = open
        self.kind = kind
        self.quick = quick

    @property
    def owner(self) -> int:
        return self.handle
