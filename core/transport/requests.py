"""Requests in flight: what the transport must remember to retransmit, match and time out.

All of it lives on the I/O thread. Answers are matched by request id AND the address the
request went to; a small memory of recently finished requests tells a duplicate or a late
answer from one nobody asked for.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.model.states import PduData
from snmpscope.core.records import Record
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.transport.sockets import Endpoint

if TYPE_CHECKING:
    import threading

    from snmpscope.core.model.ports import RequestRef
    from snmpscope.core.transport.light_loop import Cancellable

PeerKey = tuple[int, str, int]  # (request id, peer ip, peer port)
FINISHED_MEMORY = 4096


class PendingRequest(Record):
    """One message handed to the transport; ``confirmed`` ones wait for an answer.

    Compared and hashed by identity, not by value: the request table finds and removes the
    very request it holds (``list.remove``), and two sends of equal fields are two requests.
    """

    __slots__ = (
        "session",
        "request_id",
        "pdu_handle",
        "dst_entity",
        "destination",
        "version",
        "community",
        "pdu",
        "wire",
        "endpoint",
        "confirmed",
        "timeout_s",
        "max_attempts",
        "attempt",
        "last_sent",
        "timer",
        "done",
        "extra",
        "gate",
        "send_error",
        "ref",
    )
    session: int
    request_id: int
    pdu_handle: int
    dst_entity: int
    destination: TransportAddress
    version: SnmpVersion
    community: bytes
    pdu: PduData  # as the application built it (before any v1 translation)
    wire: bytes
    endpoint: Endpoint | None
    confirmed: bool
    timeout_s: float
    max_attempts: int
    attempt: int
    last_sent: float
    timer: Cancellable | None
    done: bool
    extra: dict[str, Any]
    # A first transmission made on the caller's thread (UdpTransport.send): held while its
    # sendto runs, and what that sendto raised.
    gate: threading.Lock | None
    send_error: OSError | None
    ref: RequestRef | None  # what the model's reports name it by (app_bridge)

    def __init__(
        self,
        session: int,
        request_id: int,
        pdu_handle: int,
        dst_entity: int,
        destination: TransportAddress,
        version: SnmpVersion,
        community: bytes,
        pdu: PduData,
        wire: bytes,
        endpoint: Endpoint | None,
        confirmed: bool,
        timeout_s: float,
        max_attempts: int,
        attempt: int = 0,
        last_sent: float = 0.0,
        timer: Cancellable | None = None,
        done: bool = False,
        extra: dict[str, Any] | None = None,
        gate: threading.Lock | None = None,
        send_error: OSError | None = None,
        ref: RequestRef | None = None,
    ) -> None:
        self.session = session
        self.request_id = request_id
        self.pdu_handle = pdu_handle
        self.dst_entity = dst_entity
        self.destination = destination
        self.version = version
        self.community = community
        self.pdu = pdu
        self.wire = wire
        self.endpoint = endpoint
        self.confirmed = confirmed
        self.timeout_s = timeout_s
        self.max_attempts = max_attempts
        self.attempt = attempt
        self.last_sent = last_sent
        self.timer = timer
        self.done = done
        self.extra = {} if extra is None else extra
        self.gate = gate
        self.send_error = send_error
        self.ref = ref

    # Identity, not the field-by-field equality of a Record (see the class docstring).
    __eq__ = object.__eq__
    __hash__ = object.__hash__  # type: ignore[assignment]  # Record's is None (unhashable)

    @property
    def key(self) -> PeerKey:
        return (self.request_id, peer_ip(self.destination.ip), self.destination.port)

    def finish(self) -> None:
        self.done = True
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None


def peer_ip(ip: str) -> str:
    """Addresses compare case-insensitively (IPv6 hex digits, scope names as given)."""
    return ip.lower()


class RequestTable:
    """Outstanding confirmed requests by (request id, peer) and by session."""

    def __init__(self) -> None:
        self._by_key: dict[PeerKey, list[PendingRequest]] = {}
        self._by_session: dict[int, dict[int, PendingRequest]] = {}
        self._finished: OrderedDict[PeerKey, str] = OrderedDict()

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_key.values())

    def add(self, request: PendingRequest) -> None:
        self._by_key.setdefault(request.key, []).append(request)
        self._by_session.setdefault(request.session, {})[request.request_id] = request

    def peek(self, key: PeerKey) -> PendingRequest | None:
        """The request :meth:`match` would take, left in place."""
        waiting = self._by_key.get(key)
        return waiting[0] if waiting else None

    def match(self, key: PeerKey) -> PendingRequest | None:
        """Take the oldest outstanding request with this id sent to this peer."""
        waiting = self._by_key.get(key)
        if not waiting:
            return None
        request = waiting.pop(0)
        if not waiting:
            del self._by_key[key]
        self._forget_session(request)
        self._remember(key, "answered")
        return request

    def remove(self, request: PendingRequest, reason: str) -> None:
        """Drop a request that ended without an answer (timeout, cancel, close, error)."""
        waiting = self._by_key.get(request.key)
        if waiting and request in waiting:
            waiting.remove(request)
            if not waiting:
                del self._by_key[request.key]
        self._forget_session(request)
        self._remember(request.key, reason)

    def find(self, session: int, request_id: int) -> PendingRequest | None:
        return self._by_session.get(session, {}).get(request_id)

    def of_session(self, session: int) -> list[PendingRequest]:
        return list(self._by_session.get(session, {}).values())

    def all(self) -> list[PendingRequest]:
        return [r for waiting in self._by_key.values() for r in waiting]

    def pending_for_other_peer(self, request_id: int) -> bool:
        return any(key[0] == request_id for key in self._by_key)

    def finished_reason(self, key: PeerKey) -> str | None:
        """Why the request with this key ended, if it ended recently."""
        return self._finished.get(key)

    def for_peer(self, ip: str, port: int) -> list[PendingRequest]:
        ip = peer_ip(ip)
        return [
            r for key, waiting in self._by_key.items() if key[1:] == (ip, port) for r in waiting
        ]

    def _forget_session(self, request: PendingRequest) -> None:
        mine = self._by_session.get(request.session)
        if mine is not None and mine.get(request.request_id) is request:
            del mine[request.request_id]
            if not mine:
                del self._by_session[request.session]

    def _remember(self, key: PeerKey, reason: str) -> None:
        self._finished[key] = reason
        self._finished.move_to_end(key)
        while len(self._finished) > FINISHED_MEMORY:
            self._finished.popitem(last=False)
