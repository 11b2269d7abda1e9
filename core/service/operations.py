"""What the GUI can ask the service to do, as plain immutable request objects.

Each request carries a ``token`` (set by the controller) that comes back with its
``succeeded``/``failed``/``progress`` signal, so a caller can tell its answers apart.
Results are plain Python too: no handle state, no pysnmp object crosses a thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from snmpscope.core.constants import DEMO_AGENT_PORT, PduType, SnmpVersion
from snmpscope.core.model.states import DEFAULT_RETRY, DEFAULT_TIMEOUT_CS, V3Security, VarBind
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import SmiValue


@dataclass(frozen=True, slots=True, kw_only=True)
class Request:
    """Base of every request; ``token`` identifies its answers."""

    token: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenSession(Request):
    """SnmpCreateSession; succeeds with the new session handle."""

    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CloseSession(Request):
    """SnmpClose: cancels the session's outstanding requests and frees everything it owns."""

    session: int


@dataclass(frozen=True, slots=True, kw_only=True)
class AddEntity(Request):
    """An agent address with its version and retransmission policy; succeeds with the handle."""

    session: int
    address: str
    version: SnmpVersion = SnmpVersion.V2C
    timeout_cs: int = DEFAULT_TIMEOUT_CS
    retry: int = DEFAULT_RETRY
    name: str = ""
    security: V3Security | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AddContext(Request):
    """A community (v1/v2c) or v3 context name; succeeds with the handle."""

    session: int
    community: bytes
    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CreatePdu(Request):
    """SnmpCreatePdu with its varbinds; succeeds with the PDU handle."""

    session: int
    pdu_type: PduType
    varbinds: tuple[tuple[Oid, SmiValue | None], ...] = ()
    non_repeaters: int = 0
    max_repetitions: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class DuplicatePdu(Request):
    """SnmpDuplicatePdu into ``session`` (the PDU's own session by default)."""

    pdu: int
    session: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class SendPdu(Request):
    """SnmpSendMsg. Progress ``"sent"`` once it left; succeeds with a :class:`Reply` when
    the answer arrives (at once for traps), fails with TL_TIMEOUT etc. when none does."""

    session: int
    entity: int
    context: int
    pdu: int


@dataclass(frozen=True, slots=True, kw_only=True)
class FreeHandle(Request):
    """Free an entity, context, PDU or VBL handle (sessions: use :class:`CloseSession`)."""

    handle: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RegisterTraps(Request):
    """SnmpRegister ON/OFF; ``None`` fields are wildcards."""

    session: int
    entity: int | None = None
    context: int | None = None
    notification: Oid | None = None
    on: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class SetTrapEndpoint(Request):
    """Where the trap receiver listens; a bound receiver moves at once. Succeeds with the
    ``(host, port)`` in force; a failure (port in use, ...) leaves the old one in force."""

    host: str
    port: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Walk(Request):
    """Walk the subtree under ``root``; results stream as :class:`WalkProgress` into a new
    VBL handle of the session; succeeds with a :class:`WalkResult`."""

    session: int
    entity: int
    context: int
    root: Oid
    max_repetitions: int = 25  # 0 or an SNMPv1 agent: GETNEXT


@dataclass(frozen=True, slots=True, kw_only=True)
class StartDemoAgent(Request):
    """Start the embedded demo agent (on an application of its own, so its session and
    handles stay out of the user's tree); succeeds with its ``(host, port)``."""

    host: str = "127.0.0.1"
    port: int = DEMO_AGENT_PORT


@dataclass(frozen=True, slots=True)
class Reply:
    """The answer to a request: ``response_pdu`` is a live handle when it was kept."""

    session: int
    request_id: int
    request_pdu: int
    response_pdu: int
    pdu_type: int
    error_status: int
    error_index: int
    varbinds: tuple[VarBind, ...]
    peer: str
    rtt_ms: float | None


@dataclass(frozen=True, slots=True)
class TrapRecord:
    """A trap or inform a session received; ``pdu`` is its live PDU handle."""

    session: int
    pdu: int
    pdu_type: int
    request_id: int
    peer: str
    community: bytes
    received_at: float  # time.time()
    varbinds: tuple[VarBind, ...]


@dataclass(frozen=True, slots=True)
class WalkProgress:
    """A batch of walk results; ``total`` counts everything so far."""

    vbl: int
    varbinds: tuple[VarBind, ...]
    total: int
    requests: int


@dataclass(frozen=True, slots=True)
class WalkResult:
    """How a walk ended. ``reason``: ``"end"`` (left the subtree or end of MIB view),
    ``"stopped"`` (cancelled, partial results kept) or ``"error"`` (see ``error``)."""

    vbl: int
    count: int
    requests: int
    elapsed_s: float
    reason: str
    error: str = ""
    error_code: int = 0
