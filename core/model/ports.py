"""The port between the resource model and the transport; the model defines both directions.

The model reaches the network through a :class:`TransportBackend` (send, cancel, listen, the
trap receiver, encode/decode), and the transport reports back through a :class:`ModelPort`
(a request went out, was answered or failed; a notification, an agent-role request or a
datagram nobody gets came in). The types they exchange are plain data defined here, so the
transport depends on this module and on :mod:`~snmpscope.core.model.states`, never on the
model's lock, its private attributes or its event bus, and the model never imports the
transport: the faces inject it as a :data:`TransportFactory`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.model.states import EntityState, IncomingMessage, PduData, V3Security
from snmpscope.core.records import FrozenRecord, Record
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.oid import Oid

# PDU types that expect an answer and so become outstanding requests.
CONFIRMED_TYPES = frozenset(
    {PduType.GET, PduType.GETNEXT, PduType.GETBULK, PduType.SET, PduType.INFORM}
)


class OutboundMessage(Record):
    """Everything the transport needs to send one message, copied out of the handles."""

    __slots__ = (
        "session",
        "src",
        "dst",
        "version",
        "community",
        "pdu",
        "pdu_handle",
        "timeout_cs",
        "retry",
        "retransmit",
        "security",
        "context_engine_id",
        "dst_entity",
        "extra",
        "wire",
    )
    session: int
    src: TransportAddress | None
    dst: TransportAddress
    version: SnmpVersion
    community: bytes
    pdu: PduData
    pdu_handle: int  # the caller's PDU handle, for status annotations (may die meanwhile)
    timeout_cs: int
    retry: int
    retransmit: bool
    security: V3Security | None
    context_engine_id: bytes
    dst_entity: int  # for "actual" timeout/retry statistics
    extra: dict[str, object]
    # The bytes TransportBackend.encode made of this message: SnmpSendMsg encodes outside
    # the model's lock and hands them to send, which then does not encode again.
    wire: bytes | None

    def __init__(
        self,
        session: int,
        src: TransportAddress | None,
        dst: TransportAddress,
        version: SnmpVersion,
        community: bytes,
        pdu: PduData,
        pdu_handle: int,
        timeout_cs: int,
        retry: int,
        retransmit: bool,
        security: V3Security | None = None,
        context_engine_id: bytes = b"",
        dst_entity: int = 0,
        extra: dict[str, object] | None = None,
        wire: bytes | None = None,
    ) -> None:
        self.session = session
        self.src = src
        self.dst = dst
        self.version = version
        self.community = community
        self.pdu = pdu
        self.pdu_handle = pdu_handle
        self.timeout_cs = timeout_cs
        self.retry = retry
        self.retransmit = retransmit
        self.security = security
        self.context_engine_id = context_engine_id
        self.dst_entity = dst_entity
        self.extra = {} if extra is None else extra
        self.wire = wire


class DecodedMessage(Record):
    """What SnmpDecodeMsg gets back from the transport's codec."""

    __slots__ = ("version", "community", "pdu", "length", "context_engine_id")
    version: SnmpVersion
    community: bytes
    pdu: PduData
    length: int
    context_engine_id: bytes

    def __init__(
        self,
        version: SnmpVersion,
        community: bytes,
        pdu: PduData,
        length: int,
        context_engine_id: bytes = b"",
    ) -> None:
        self.version = version
        self.community = community
        self.pdu = pdu
        self.length = length
        self.context_engine_id = context_engine_id


class RequestRef(FrozenRecord):
    """Which sent message a transport report is about, copied out of the transport's record."""

    __slots__ = (
        "session",
        "request_id",
        "pdu_handle",
        "dst_entity",
        "peer",
        "version",
        "confirmed",
        "max_attempts",
    )
    session: int
    request_id: int
    pdu_handle: int  # the caller's PDU handle (may be gone by the time the report arrives)
    dst_entity: int
    peer: str  # the destination as address text
    version: int
    confirmed: bool  # expects an answer (an outstanding request)
    max_attempts: int

    def __init__(
        self,
        session: int,
        request_id: int,
        pdu_handle: int,
        dst_entity: int,
        peer: str,
        version: int,
        confirmed: bool,
        max_attempts: int,
    ) -> None:
        setter = object.__setattr__
        setter(self, "session", session)
        setter(self, "request_id", request_id)
        setter(self, "pdu_handle", pdu_handle)
        setter(self, "dst_entity", dst_entity)
        setter(self, "peer", peer)
        setter(self, "version", version)
        setter(self, "confirmed", confirmed)
        setter(self, "max_attempts", max_attempts)


class TransportBackend(Protocol):
    """What the resource model needs from the transport. Errors: raise SnmpApiError(TL_*).

    The model calls these from application threads, mostly holding its lock; ``encode`` for
    SnmpSendMsg without it (it is thread-safe, and the codec's work is the costly part of a
    send), and ``send`` then gets the message with its ``wire`` bytes.
    """

    def send(self, message: OutboundMessage) -> None: ...

    def cancel(self, session: int, request_id: int) -> None: ...

    def session_closed(self, session: int) -> None: ...

    def listen(self, entity: EntityState, on: bool) -> None: ...

    def ensure_trap_receiver(self) -> None: ...

    def move_trap_receiver(self, host: str, port: int) -> tuple[str, int] | None: ...

    def encode(self, message: OutboundMessage) -> bytes: ...

    def add_usm_user(self, security: V3Security, on: bool) -> None:
        """Accept (``on``) or stop accepting SNMPv3 requests, traps and informs from this USM
        user (agent role and receiver; keys localised per sender engine as met)."""
        ...

    def decode(self, data: bytes) -> DecodedMessage: ...

    def drive(self, timeout: float, done: Callable[[], bool] | None = None) -> bool:
        """Run the I/O on the calling thread for up to ``timeout`` seconds if the backend
        has no thread of its own for it or lends it (True); False at once if its thread
        keeps it. ``done()`` (asked once the I/O is the caller's) True: what the caller
        waits for came meanwhile, skip the wait for I/O."""
        return False

    def wake_driver(self) -> None:
        """Something another thread did may end the wait of the thread running the I/O in
        :meth:`drive` (a notification it delivered): have that thread look (from any
        thread; nothing when nobody else drives)."""

    def shutdown(self) -> None: ...


class ModelPort(Protocol):
    """Everything the transport may tell or ask the model.

    The reports (``request_*``, ``notification_received``, ``agent_request``,
    ``datagram_dropped``) come in order from one transport thread that holds no model lock;
    the model takes its own lock and notifies sessions outside it. ``trap_endpoint`` and
    ``trap_endpoint_bound`` are asked from inside :meth:`TransportBackend.ensure_trap_receiver`.
    """

    @property
    def observed(self) -> bool:
        """True when someone watches the model's events (lets the I/O thread skip reports
        that only feed observers)."""
        ...

    @property
    def trap_endpoint(self) -> tuple[str, int]:
        """Where the trap/inform receiver is to listen: (host, port); port 0 = any."""
        ...

    def trap_endpoint_bound(self, host: str, port: int) -> None:
        """The receiver is bound on ``host:port`` (the port the system chose for port 0)."""

    def request_sent(self, request: RequestRef, attempt: int, sent_at: float, raw: bytes) -> None:
        """Transmission ``attempt`` (1 = the first) of ``request`` left at ``sent_at``
        (``time.time()``) as ``raw``."""

    def request_answered(
        self, request: RequestRef, message: IncomingMessage, rtt_s: float, attempts: int
    ) -> None:
        """``message`` answers ``request`` after ``attempts`` transmissions (matched by
        request id and peer); ``rtt_s`` is the time since the last one."""

    def answer_now(
        self, request: RequestRef, message: IncomingMessage, rtt_s: float, attempts: int
    ) -> bool:
        """:meth:`request_answered` on the calling (I/O) thread, if that needs no waiting: the
        model's lock is free and the session's callback is quick (``quick_callback``). False:
        nothing was done, post the report instead."""

    def request_failed(
        self, request: RequestRef, code: int, message: IncomingMessage | None = None
    ) -> None:
        """``request`` ended without an answer (TL_TIMEOUT, TL_UNDELIVERABLE ...);
        ``message``, if given, is queued with the error for SnmpRecvMsg."""

    def notification_received(self, message: IncomingMessage, trap_oid: Oid | None) -> bool:
        """A trap or inform, in SNMPv2 form, for the sessions whose registrations match.

        True when it was queued to at least one session. Only then may the transport
        acknowledge an inform: one that no registration wants, or that full queues refuse,
        stays unacknowledged, so that its sender retries (and nothing acknowledged is lost
        to a later drop)."""
        ...

    def agent_request(self, entity: int, message: IncomingMessage) -> None:
        """A request for the listening ``entity``: it goes to the queue of its session."""

    def datagram_dropped(self, peer: str, raw: bytes, reason: str) -> None:
        """A datagram nobody gets (garbage, duplicate, late, wrong peer ...), for observers."""


TransportFactory = Callable[[ModelPort], TransportBackend]
"""Builds the transport that reports to a model's port (the faces inject the UDP one)."""
