"""Immutable snapshots of live handles: what a reader outside the model may know of them.

The model's state objects (:mod:`snmpscope.core.model.states`) are mutable and guarded by the
application lock; a snapshot is taken under that lock and is safe to keep and pass between
threads. One frozen class per handle kind, so readers use attributes (``info.timeout_cs``),
not string keys. The service hands these to the GUI as its read model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from snmpscope.core.constants import HandleKind, SnmpVersion
from snmpscope.core.model.states import (
    ContextState,
    EntityState,
    PduObj,
    PduState,
    SessionState,
    VblState,
)
from snmpscope.core.smi.values import VarBind


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A session: its name, how it is notified, and what it holds right now."""

    kind: ClassVar[HandleKind] = HandleKind.SESSION
    handle: int
    name: str
    mode: str  # "callback" or "window"
    handles: int  # live handles it owns
    queued: int  # messages waiting for SnmpRecvMsg
    outstanding: int  # requests waiting for an answer
    registrations: int  # trap filters
    last_error: int
    queued_bytes: int = 0  # what the queued messages hold (limits.message_bytes)
    dropped: int = 0  # incoming messages a queue limit refused
    drop_limit: str = ""  # the limit that refused the latest of them ("" if none)

    @property
    def owner(self) -> int:
        """A session owns itself."""
        return self.handle


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """An entity (agent or manager address) with its version and retransmission policy."""

    kind: ClassVar[HandleKind] = HandleKind.ENTITY
    handle: int
    owner: int
    address: str  # as net-snmp writes it: host, host:port or [v6]:port
    ip: str
    port: int
    family: str  # "IPv4" or "IPv6"
    version: SnmpVersion
    timeout_cs: int
    retry: int
    name: str  # friendly name ("" when it has none)
    listening: bool  # acting as an agent (SnmpListen ON)
    user: str  # SNMPv3 user ("" for v1/v2c)
    security_level: str  # SNMPv3 security level ("" for v1/v2c)
    auth_protocol: str = ""  # SNMPv3, net-snmp's names (SHA-256 ...)
    priv_protocol: str = ""  # SNMPv3 (AES, AES-256-C ...)
    engine_id: str = ""  # SNMPv3: the agent's engine ID in hex, as discovered or given
    engine_boots: int = 0
    engine_time: int = 0
    msg_flags: int = 0  # of the last answer
    last_report: str = ""  # the last Report (or silent drop), explained; "" after an answer


@dataclass(frozen=True, slots=True)
class ContextInfo:
    """A context: the v1/v2c community or the v3 context name."""

    kind: ClassVar[HandleKind] = HandleKind.CONTEXT
    handle: int
    owner: int
    community: bytes
    name: str
    context_engine_id: bytes


@dataclass(frozen=True, slots=True)
class PduInfo:
    """A PDU: its fields and varbinds, and where it is in its life (sent, retried, answered)."""

    kind: ClassVar[HandleKind] = HandleKind.PDU
    handle: int
    owner: int
    type: int  # PduType
    request_id: int
    error_status: int  # non-repeaters for GETBULK
    error_index: int  # max-repetitions for GETBULK
    varbinds: tuple[VarBind, ...]
    state: PduState
    attempt: int
    max_attempts: int
    rtt_ms: float | None
    error: int  # SNMPAPI TL_* code when it failed or timed out
    peer: str
    response_pdu: int  # handle of the response received for it, 0 if none (yet)
    in_reply_to: int  # for a received response: the request PDU's handle, 0 if unknown
    raw: bytes  # the encoded message as it went out or came in


@dataclass(frozen=True, slots=True)
class VblInfo:
    """A variable-binding list."""

    kind: ClassVar[HandleKind] = HandleKind.VBL
    handle: int
    owner: int
    varbinds: tuple[VarBind, ...]


HandleInfo = SessionInfo | EntityInfo | ContextInfo | PduInfo | VblInfo

HandleState = SessionState | EntityState | ContextState | PduObj | VblState


def snapshot(state: HandleState) -> HandleInfo:
    """The snapshot of one state object; call it holding the application lock."""
    if isinstance(state, SessionState):
        return SessionInfo(
            handle=state.handle,
            name=state.name,
            mode="callback" if state.callback is not None else "window",
            handles=len(state.owned),
            queued=len(state.queue),
            outstanding=len(state.outstanding),
            registrations=len(state.registrations),
            last_error=state.last_error,
            queued_bytes=state.queued_bytes,
            dropped=state.dropped,
            drop_limit=state.drop_limit,
        )
    if isinstance(state, EntityState):
        security = state.security
        return EntityInfo(
            handle=state.handle,
            owner=state.owner,
            address=state.address.text(),
            ip=state.address.ip,
            port=state.address.port,
            family="IPv6" if state.address.family.name == "AF_INET6" else "IPv4",
            version=state.version,
            timeout_cs=state.timeout_cs,
            retry=state.retry,
            name=state.name,
            listening=state.listening,
            user=security.user if security else "",
            security_level=security.security_level if security else "",
            auth_protocol=security.auth_protocol if security else "",
            priv_protocol=security.priv_protocol if security else "",
            engine_id=(state.engine_id_seen or (security.engine_id if security else b"")).hex(),
            engine_boots=state.engine_boots,
            engine_time=state.engine_time,
            msg_flags=state.msg_flags,
            last_report=state.last_report,
        )
    if isinstance(state, ContextState):
        return ContextInfo(
            handle=state.handle,
            owner=state.owner,
            community=state.community,
            name=state.name,
            context_engine_id=state.context_engine_id,
        )
    if isinstance(state, PduObj):
        data, status = state.data, state.status
        return PduInfo(
            handle=state.handle,
            owner=state.owner,
            type=data.type,
            request_id=data.request_id,
            error_status=data.error_status,
            error_index=data.error_index,
            varbinds=tuple(data.varbinds),
            state=status.state,
            attempt=status.attempt,
            max_attempts=status.max_attempts,
            rtt_ms=status.rtt_ms,
            error=status.error,
            peer=status.peer,
            response_pdu=status.response_pdu,
            in_reply_to=status.in_reply_to,
            raw=status.raw,
        )
    return VblInfo(handle=state.handle, owner=state.owner, varbinds=tuple(state.varbinds))
