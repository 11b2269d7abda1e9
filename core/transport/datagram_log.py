"""A bounded record of the datagrams the transport sent and received, for the PDU timeline.

The transport calls :meth:`DatagramLog.sent` for every transmission of a request (the first
and each retry) and :meth:`DatagramLog.received` for every datagram that arrives, before it
is decoded: so the timeline also shows what the codec refused, answers that came too late,
and (with SNMPv3) discovery probes and Reports, which travel between the same two addresses.

:meth:`DatagramLog.exchange` answers "every datagram of this request, in order": the
request's own transmissions, and what came from its destination between its first
transmission and its end (answered, or the last attempt's timeout), minus datagrams that
name another request id of the same peer (a second request to one agent in flight at the
same time).

Memory stays bounded: at most :data:`MAX_DATAGRAMS` datagrams are kept, oldest dropped
first, each at most :data:`MAX_BYTES` octets (longer ones are kept truncated, marked so).
Calls come from the I/O thread, reads from any thread: one lock.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import NamedTuple, Protocol

MAX_DATAGRAMS = 2048
MAX_BYTES = 65_535


class _Request(Protocol):
    """What the log reads of a transport request (``requests.PendingRequest``)."""

    session: int
    request_id: int
    attempt: int
    max_attempts: int
    timeout_s: float

    @property
    def destination(self) -> object: ...

    @property
    def wire(self) -> bytes: ...


class LoggedDatagram(NamedTuple):
    """One datagram: ``sent`` or ``received``, when (``time.monotonic``), with whom (the
    peer's ``ip:port`` text), the bytes; for sent ones the request and attempt number.
    (Tuples: two are made per request on the I/O path, where a frozen dataclass's
    ``__init__`` costs several times as much.)"""

    direction: str
    t: float
    peer: str
    data: bytes
    session: int = 0
    request_id: int = 0
    attempt: int = 0
    truncated: bool = False


class _Span(NamedTuple):
    """The time one request spent on the wire, from its first datagram to its answer."""

    session: int
    request_id: int
    peer: str
    first: float
    end: float | None  # when it was answered, None while not (see exchange)
    deadline: float  # the last attempt's timeout


class DatagramLog:
    """The ring of datagrams and the time span of each request."""

    def __init__(self, capacity: int = MAX_DATAGRAMS) -> None:
        self._lock = threading.Lock()
        self._capacity = capacity
        self._datagrams: deque[LoggedDatagram] = deque(maxlen=capacity)
        self._spans: dict[tuple[int, int], _Span] = {}

    def sent(self, request: _Request) -> None:
        """A transmission of ``request`` (attempt ``request.attempt``) left."""
        now = time.monotonic()
        peer = _peer_text(request.destination)
        wire = request.wire
        data = wire if type(wire) is bytes else bytes(wire)
        key = (request.session, request.request_id)
        left = max(0, request.max_attempts - request.attempt) + 1
        with self._lock:
            self._datagrams.append(
                LoggedDatagram(
                    "sent",
                    now,
                    peer,
                    data[:MAX_BYTES],
                    request.session,
                    request.request_id,
                    request.attempt,
                    len(data) > MAX_BYTES,
                )
            )
            span = self._spans.get(key)
            first = span.first if span is not None and span.peer == peer else now
            self._spans[key] = _Span(*key, peer, first, None, now + left * request.timeout_s)
            while len(self._spans) > self._capacity:
                self._spans.pop(next(iter(self._spans)))

    def received(self, data: bytes, peer: object) -> None:
        """A datagram arrived from ``peer`` (an address with ``ip`` and ``port``)."""
        size = len(data)
        kept = data if size <= MAX_BYTES and type(data) is bytes else bytes(data[:MAX_BYTES])
        item = LoggedDatagram(
            "received", time.monotonic(), _peer_text(peer), kept, truncated=size > MAX_BYTES
        )
        with self._lock:
            self._datagrams.append(item)

    def finished(self, session: int, request_id: int) -> None:
        """``request_id`` of ``session`` got its answer: its span ends now."""
        with self._lock:
            span = self._spans.get((session, request_id))
            if span is not None:
                now = time.monotonic()  # a new tuple by hand: _replace costs 3x as much
                self._spans[(session, request_id)] = _Span(
                    session, request_id, span.peer, span.first, now, span.deadline
                )

    def exchange(self, session: int, request_id: int) -> list[LoggedDatagram]:
        """Every datagram of the request, in order (empty if the log no longer has it)."""
        with self._lock:
            span = self._spans.get((session, request_id))
            datagrams = list(self._datagrams)
        if span is None:
            return []
        end = span.end if span.end is not None else span.deadline
        found = []
        for item in datagrams:
            if item.direction == "sent":
                if (item.session, item.request_id) == (session, request_id):
                    found.append(item)
            elif item.peer == span.peer and span.first <= item.t <= end:
                other = _request_id_of(item.data)
                if other is None or other == request_id:
                    found.append(item)
        return found

    def __len__(self) -> int:
        with self._lock:
            return len(self._datagrams)


def _peer_text(address: object) -> str:
    ip, port = getattr(address, "ip", "?"), getattr(address, "port", 0)
    return f"[{ip}]:{port}" if ":" in str(ip) else f"{ip}:{port}"


def _request_id_of(data: bytes) -> int | None:
    """The request-id of a v1/v2c message (None for SNMPv3 or bytes that do not parse)."""
    from snmpscope.core.smi.ber_tree import decode_tree

    tree = decode_tree(data)
    if len(tree.children) < 3 or tree.children[0].value == 3:
        return None
    pdu = tree.children[2]
    if not pdu.children or not isinstance(pdu.children[0].value, int):
        return None
    return pdu.children[0].value if pdu.tag_number != 4 else None
