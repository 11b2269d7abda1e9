"""What the GUI can ask the service to do, as plain immutable request objects, and the typed
results the service answers with.

Each request carries a ``token`` (set by the controller) that comes back with its
``succeeded``/``failed``/``progress`` signal, so a caller can tell its answers apart. A request
class names its result type (``OpenSession`` is a ``Request[int]``: it succeeds with the new
session handle), and :meth:`~snmpscope.core.service.controller.ServiceController.submit`
returns a :class:`Token` of that type, so a caller's success handler is type-checked against
what the worker really answers. Results are plain Python too: no handle state, no pysnmp
object crosses a thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from snmpscope.core.client.aes_probe import AesProbeResult
from snmpscope.core.constants import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT_CS,
    DEMO_AGENT_PORT,
    PduType,
    SnmpVersion,
)
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.states import V3Security
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import SmiValue, VarBind

R = TypeVar("R")


class Token(int, Generic[R]):
    """The token of a submitted request whose success carries an ``R`` (a plain ``int`` at
    run time: it compares and hashes as the number it is)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Request(Generic[R]):
    """Base of every request; ``token`` identifies its answers, ``R`` is its result type."""

    token: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenSession(Request[int]):
    """SnmpCreateSession; succeeds with the new session handle."""

    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CloseSession(Request[int]):
    """SnmpClose: cancels the session's outstanding requests and frees everything it owns."""

    session: int


@dataclass(frozen=True, slots=True, kw_only=True)
class AddEntity(Request[int]):
    """An agent address with its version and retransmission policy; succeeds with the handle."""

    session: int
    address: str
    version: SnmpVersion = SnmpVersion.V2C
    timeout_cs: int = DEFAULT_TIMEOUT_CS
    retry: int = DEFAULT_RETRY
    name: str = ""
    security: V3Security | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AddContext(Request[int]):
    """A community (v1/v2c) or v3 context name; succeeds with the handle."""

    session: int
    community: bytes
    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CreatePdu(Request[int]):
    """SnmpCreatePdu with its varbinds; succeeds with the PDU handle."""

    session: int
    pdu_type: PduType
    varbinds: tuple[tuple[Oid, SmiValue | None], ...] = ()
    non_repeaters: int = 0
    max_repetitions: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class DuplicatePdu(Request[int]):
    """SnmpDuplicatePdu into ``session`` (the PDU's own session by default)."""

    pdu: int
    session: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class SendPdu(Request["Reply | int"]):
    """SnmpSendMsg. Progress ``"sent"`` once it left; succeeds with a :class:`Reply` when
    the answer arrives (at once for traps), fails with TL_TIMEOUT etc. when none does."""

    session: int
    entity: int
    context: int
    pdu: int


@dataclass(frozen=True, slots=True, kw_only=True)
class FreeHandle(Request[int]):
    """Free an entity, context, PDU or VBL handle (sessions: use :class:`CloseSession`)."""

    handle: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RegisterTraps(Request[bool]):
    """SnmpRegister ON/OFF; ``None`` fields are wildcards."""

    session: int
    entity: int | None = None
    context: int | None = None
    notification: Oid | None = None
    on: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class SetTrapEndpoint(Request[tuple[str, int]]):
    """Where the trap receiver listens; a bound receiver moves at once. Succeeds with the
    ``(host, port)`` in force; a failure (port in use, ...) leaves the old one in force."""

    host: str
    port: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SetResourceLimits(Request[ResourceLimits]):
    """Change any of the resource limits (None keeps a value); succeeds with the limits in
    force."""

    sessions: int | None = None
    handles_per_session: int | None = None
    queue_per_session: int | None = None
    queue_bytes_per_session: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Walk(Request["WalkResult"]):
    """Walk the subtree under ``root``; results stream as :class:`WalkProgress` into a new
    VBL handle of the session; succeeds with a :class:`WalkResult`."""

    session: int
    entity: int
    context: int
    root: Oid
    max_repetitions: int = 25  # 0 or an SNMPv1 agent: GETNEXT


@dataclass(frozen=True, slots=True, kw_only=True)
class ProbeAes(Request[AesProbeResult]):
    """Which AES-192/AES-256 key extension (Blumenthal or Reeder) the agent at ``address``
    uses for ``security``'s user; succeeds with an :class:`AesProbeResult`."""

    address: str
    security: V3Security
    context_name: bytes = b""
    timeout_cs: int = DEFAULT_TIMEOUT_CS


@dataclass(frozen=True, slots=True, kw_only=True)
class StartDemoAgent(Request[tuple[str, int]]):
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


class WalkOutcome(StrEnum):
    """How a walk of the service ended (the client's finer reasons fold into END)."""

    END = "end"  # it left the subtree, or the agent's MIB view ended
    STOPPED = "stopped"  # cancelled; the partial results are kept
    ERROR = "error"  # a timeout, an error status, a broken agent: see WalkResult.error


@dataclass(frozen=True, slots=True)
class WalkResult:
    """How a walk ended, with how much it brought and what it cost."""

    vbl: int
    count: int
    requests: int
    elapsed_s: float
    reason: WalkOutcome
    error: str = ""
    error_code: int = 0
