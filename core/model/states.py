"""The objects behind handles: plain Python state, owned by the application's handle table.

Nothing here locks or validates; the model's collaborators do both, under the lock of the
:class:`~snmpscope.core.model.handles.HandleTable`. Readers outside the model get immutable
snapshots instead (:mod:`snmpscope.core.model.snapshots`).

Every dataclass here has a docstring: without one, ``@dataclass`` writes one from
``inspect.signature``, ~0.3 ms per class at the import of every ``snmpscope-cli`` process.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol, TypeVar

from snmpscope.core.constants import DEFAULT_RETRY, DEFAULT_TIMEOUT_CS, HandleKind, SnmpVersion
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


@dataclass(slots=True)
class V3Security:
    """SNMPv3 USM parameters of an entity (RFC 3414); keys are passphrases."""

    user: str
    security_level: str = "noAuthNoPriv"  # noAuthNoPriv | authNoPriv | authPriv
    auth_protocol: str = ""  # MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512 (net-snmp's names)
    auth_key: str = ""
    priv_protocol: str = ""  # DES, 3DES, AES, AES-192, AES-256, AES-192-C, AES-256-C (Reeder)
    priv_key: str = ""
    engine_id: bytes = b""  # empty: discover
    boots_time: tuple[int, int] | None = None  # -Z: the engine's boots and time, if given


@dataclass(slots=True)
class EntityState:
    """An entity: an agent's (or our own) address, version, timeouts and SNMPv3 view."""

    handle: int
    owner: int
    address: TransportAddress
    version: SnmpVersion
    timeout_cs: int = DEFAULT_TIMEOUT_CS
    retry: int = DEFAULT_RETRY
    name: str = ""  # friendly name (TRANSLATED mode)
    security: V3Security | None = None
    listening: bool = False
    from_string: bool = True  # made by SnmpStrToEntity (RecvMsg/DecodeMsg entities are not)
    actual_timeout_cs: int = 0  # last measured round trip (SnmpGetTimeout's "actual")
    actual_retry: int = 0  # retries the last request needed
    # SNMPv3: the authoritative engine as last seen (discovered or answering), the msgFlags
    # of the last answer, and the last Report in words ("" after an answer)
    engine_id_seen: bytes = b""
    engine_boots: int = 0
    engine_time: int = 0
    msg_flags: int = 0
    last_report: str = ""
    kind: HandleKind = HandleKind.ENTITY


@dataclass(slots=True)
class ContextState:
    """A context: a v1/v2c community or an SNMPv3 context name."""

    handle: int
    owner: int
    community: bytes  # v1/v2c community, or the v3 context name
    name: str = ""  # friendly name (TRANSLATED mode)
    context_engine_id: bytes = b""  # v3 only
    version: SnmpVersion | None = None  # what the database said, if anything
    kind: HandleKind = HandleKind.CONTEXT


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


@dataclass(slots=True)
class PduStatus:
    """What the tree shows of a PDU's life: state, attempts, timings, raw bytes."""

    state: PduState = PduState.CREATED
    attempt: int = 0  # 1 = first transmission
    max_attempts: int = 0
    sent_at: float = 0.0
    rtt_ms: float | None = None
    error: int = 0  # SNMPAPI TL_* code when FAILED / TIMED_OUT
    peer: str = ""  # address text of the other side
    response_pdu: int = 0  # handle of the response PDU once received in the same session
    in_reply_to: int = 0  # for a received response: the request PDU's handle, if known
    raw: bytes = b""  # the encoded message as it went out or came in


@dataclass(slots=True)
class PduData:
    """A PDU's fields and variable bindings."""

    type: int
    request_id: int
    error_status: int  # non-repeaters for GETBULK
    error_index: int  # max-repetitions for GETBULK
    varbinds: list[VarBind] = field(default_factory=list)


@dataclass(slots=True)
class PduObj:
    """A PDU handle's object: its data and its status."""

    handle: int
    owner: int
    data: PduData
    status: PduStatus = field(default_factory=PduStatus)
    kind: HandleKind = HandleKind.PDU


@dataclass(slots=True)
class VblState:
    """A variable-binding list handle's object."""

    handle: int
    owner: int
    varbinds: list[VarBind] = field(default_factory=list)
    kind: HandleKind = HandleKind.VBL


@dataclass(frozen=True, slots=True)
class Registration:
    """One trap filter; ``None`` fields are wildcards (WINSNMP.md §7.5)."""

    agent: tuple[str, int] | None  # (ip, port) of the agent sending traps
    community: bytes | None
    notification: Oid | None


@dataclass(slots=True)
class IncomingMessage:
    """A message waiting in a session's queue for SnmpRecvMsg.

    ``error`` non-zero carries a transport error for ``pdu.request_id`` (RecvMsg fails with it
    but still fills the outputs).
    """

    src: TransportAddress
    dst: TransportAddress
    version: SnmpVersion
    community: bytes
    pdu: PduData
    raw: bytes = b""
    error: int = 0
    received_at: float = field(default_factory=time.monotonic)
    request_pdu: int = 0  # the request PDU handle this answers, if known
    context_engine_id: bytes = b""
    security: V3Security | None = None
    size: int = 0  # the bytes it holds while queued (limits.message_bytes), set when queued
    engine: tuple[bytes, int, int] | None = None  # SNMPv3: (engine ID, boots, time) seen
    msg_flags: int = 0  # SNMPv3 msgFlags (1 auth, 2 priv, 4 reportable)
    report_oid: tuple[int, ...] | None = None  # SNMPv3: the Report that ended a request
    rtt_s: float | None = None  # an answer: seconds since the last transmission of its request


@dataclass(slots=True)
class SessionState:
    """A session: its callback or window, owned handles, queue, registrations."""

    handle: int
    callback: SessionCallback | None
    client_data: object
    window: Window | None
    wmsg: int
    name: str
    last_error: int = 1  # SNMPAPI_SUCCESS until something fails
    owned: dict[int, Any] = field(default_factory=dict)  # handle -> state object, creation order
    queue: deque[IncomingMessage] = field(default_factory=deque)
    queued_bytes: int = 0  # the sum of the queued messages' sizes
    dropped: int = 0  # incoming messages a queue limit refused
    drop_limit: str = ""  # the limit that refused the latest of them
    registrations: set[Registration] = field(default_factory=set)
    outstanding: dict[int, Any] = field(default_factory=dict)  # request id -> transport record
    created_at: float = field(default_factory=time.time)
    open: bool = True
    kind: HandleKind = HandleKind.SESSION
    quick: bool = False  # the callback is a quick_callback: the I/O thread may call it

    @property
    def owner(self) -> int:
        return self.handle
