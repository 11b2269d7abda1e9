"""The I/O-thread half of the transport: transmissions, timers, and every datagram that comes in.

:class:`Exchange` runs only on the I/O loop. It sends requests (and retransmits them with the
same bytes), matches answers by request id and peer, acknowledges informs once the model has
queued them (never before: an acknowledged inform must reach a session), turns SNMPv1 traps
into SNMPv2 form, passes agent-role requests on, pins ICMP errors on the request that caused
them, and reports every outcome through the :class:`AppBridge`.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import itertools
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from snmpscope.core.constants import ApiError, PduType
from snmpscope.core.lazy_log import get_logger
from snmpscope.core.model.states import IncomingMessage, PduData
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.transport.app_bridge import AppBridge
from snmpscope.core.transport.codec import (
    CodecError,
    OversizedMessageError,
    SnmpCodec,
    WireMessage,
)
from snmpscope.core.transport.coexistence import trap_oid_of, v1_trap_to_v2
from snmpscope.core.transport.prescan import is_v3_message
from snmpscope.core.transport.requests import PendingRequest, RequestTable, peer_ip
from snmpscope.core.transport.sockets import Endpoint, EndpointKey, Role
from snmpscope.core.transport.stats import Counters

if TYPE_CHECKING:
    from snmpscope.core.transport.datagram_log import DatagramLog
    from snmpscope.core.transport.light_loop import TransportLoop
    from snmpscope.core.transport.usm import UsmLayer
    from snmpscope.core.transport.v3_exchange import V3Exchange

log = get_logger(__name__)

AGENT_REQUEST_TYPES = frozenset({PduType.GET, PduType.GETNEXT, PduType.GETBULK, PduType.SET})
NOTIFICATION_TYPES = frozenset({PduType.TRAP, PduType.V1TRAP, PduType.INFORM})
UNDELIVERABLE_ERRNOS = frozenset(
    {
        errno.ECONNREFUSED,
        errno.EHOSTUNREACH,
        errno.ENETUNREACH,
        errno.EHOSTDOWN,
        errno.ENETDOWN,
        errno.EADDRNOTAVAIL,
        errno.EAFNOSUPPORT,
    }
)
TRANSIENT_ERRNOS = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.ENOBUFS, errno.EINTR})
MAX_REQUEST_ID = 2**31 - 1
MEMORY = 4096  # remembered agent requests and informs (and peer addresses)
_PENDING = "pending"  # an inform handed to the model, not acknowledged yet
_ACKNOWLEDGED = "acknowledged"  # queued by the model and acknowledged

InformKey = tuple[str, int, int, bytes]  # (peer ip, peer port, request id, community)


def errno_to_code(number: int) -> ApiError:
    """The TL_* code for a socket error number."""
    if number == errno.EMSGSIZE:
        return ApiError.TL_PDU_TOO_BIG
    if number in UNDELIVERABLE_ERRNOS:
        return ApiError.TL_UNDELIVERABLE
    return ApiError.TL_OTHER


def address_of(addr: tuple[Any, ...], family: socket.AddressFamily) -> TransportAddress:
    """A TransportAddress for a socket address as recvfrom returns it."""
    return TransportAddress(str(addr[0]), str(addr[0]), int(addr[1]), family)


class Exchange:
    """Requests in flight and incoming datagrams (I/O thread only)."""

    def __init__(
        self,
        loop: TransportLoop,
        codec: SnmpCodec,
        bridge: AppBridge,
        counters: Counters,
        usm: Callable[[], UsmLayer] | None = None,
        keep_datagrams: bool = True,
    ) -> None:
        self.loop = loop
        self.codec = codec
        self.bridge = bridge
        self.counters = counters
        self.requests = RequestTable()
        # agent role: which socket a request came in on, so the response leaves from it
        self.agent_requests: OrderedDict[tuple[int, str, int], Endpoint] = OrderedDict()
        # informs seen lately -> _PENDING (the model decides) or _ACKNOWLEDGED
        self._informs: OrderedDict[InformKey, str] = OrderedDict()
        self._trap_ids = itertools.count(1)
        self._peers: dict[tuple[Any, ...], TransportAddress] = {}  # recvfrom address -> ours
        # For the PDU timeline (datagram_log.py); None where nothing reads it (a CLI command,
        # which then does not import the module either)
        self.datagrams: DatagramLog | None = None
        if keep_datagrams:
            from snmpscope.core.transport.datagram_log import DatagramLog

            self.datagrams = DatagramLog()
        self._usm = usm  # the transport's USM, asked for with the first SNMPv3 message
        self._v3: V3Exchange | None = None
        self._v3_lock = threading.Lock()
        # Set by the transport: runs the I/O loop's deferred calls (a request transmitted
        # by the caller's thread is registered by one) before a datagram is looked at.
        self.run_pending: Callable[[], None] = _nothing

    @property
    def v3(self) -> V3Exchange:
        """SNMPv3 messages: pysnmp's USM behind the UsmLayer seam, same sockets and timers.

        Made with the first SNMPv3 request or datagram, so that a v1/v2c process never loads
        the USM and the v3 machinery (a one-shot ``snmpscope-cli get`` pays for every import).
        The lock: the transport asks for it from the caller's thread too (agent-role
        responses), not only from the I/O thread."""
        v3 = self._v3
        if v3 is None:
            with self._v3_lock:
                v3 = self._v3
                if v3 is None:
                    from snmpscope.core.transport.v3_exchange import V3Exchange

                    if self._usm is not None:
                        usm = self._usm()
                    else:
                        from snmpscope.core.transport.usm import UsmLayer

                        usm = UsmLayer()
                    v3 = self._v3 = V3Exchange(self, usm)
        return v3

    def next_trap_request_id(self) -> int:
        """Non-zero request ids for received SNMPv1 traps (which carry none)."""
        return (next(self._trap_ids) - 1) % MAX_REQUEST_ID + 1

    # ------------------------------------------------------------------ sending
    def start(self, request: PendingRequest) -> None:
        """First transmission of a message handed over by SnmpSendMsg."""
        if request.endpoint is None:
            return
        if request.confirmed:
            self.requests.add(request)
        if "v3" in request.extra:
            self.v3.started(request)
        self._transmit(request)

    def adopt(self, request: PendingRequest) -> None:
        """A first transmission the caller's thread made, logged and reported already
        (``attempt`` and ``last_sent`` set): registered and timed as if it went out here."""
        if request.confirmed:
            self.requests.add(request)
        self.counters.bump("sent")
        if request.confirmed:
            delay = request.last_sent + request.timeout_s - time.monotonic()
            request.timer = self.loop.call_later(max(0.0, delay), self._expired, request)

    def resend(self, request: PendingRequest, wire: bytes) -> None:
        """Transmit ``request`` anew as ``wire`` (SNMPv3 after discovery or a time resync):
        its retries start over."""
        if request.timer is not None:
            request.timer.cancel()
            request.timer = None
        request.wire = wire
        request.attempt = 0
        self._transmit(request)

    def _transmit(self, request: PendingRequest) -> None:
        endpoint = request.endpoint
        assert endpoint is not None
        request.attempt += 1
        request.last_sent = time.monotonic()
        error = endpoint.sendto(request.wire, (request.destination.ip, request.destination.port))
        if error is not None and error.errno not in TRANSIENT_ERRNOS:
            self._send_failed(request, error)
            return
        if error is not None:
            # A full socket buffer: the retransmission timer below retries as if it was lost.
            self.counters.bump("send_errors")
        else:
            self._sent(request)
        if request.confirmed:
            request.timer = self.loop.call_later(request.timeout_s, self._expired, request)

    def _sent(self, request: PendingRequest) -> None:
        self.counters.bump("retransmitted" if request.attempt > 1 else "sent")
        if self.datagrams is not None:
            self.datagrams.sent(request)  # logged before the model hears of it
        self.bridge.request_sent(request)

    def _expired(self, request: PendingRequest) -> None:
        request.timer = None
        if request.done:
            return
        if request.attempt < request.max_attempts:
            self._transmit(request)
            return
        self.requests.remove(request, "timed out")
        request.finish()
        self.counters.bump("timeouts")
        self.bridge.failed(request, ApiError.TL_TIMEOUT)

    def _send_failed(self, request: PendingRequest, error: OSError) -> None:
        self.counters.bump("send_errors")
        code = errno_to_code(error.errno or 0)
        log.info("sending to %s failed: %s", request.destination.text(), error)
        if request.confirmed:
            self.requests.remove(request, "failed")
        request.finish()
        self.bridge.failed(request, code, self._error_message(request))

    @staticmethod
    def _error_message(request: PendingRequest) -> IncomingMessage:
        """What RecvMsg hands out with a transport error: the failed request itself, so the
        application can tell which one failed."""
        endpoint = request.endpoint
        local = endpoint.local if endpoint is not None else request.destination
        pdu = request.pdu
        return IncomingMessage(
            request.destination,
            local,
            request.version,
            request.community,
            PduData(pdu.type, pdu.request_id, pdu.error_status, pdu.error_index, pdu.varbinds),
        )

    def cancel(self, session: int, request_id: int) -> None:
        request = self.requests.find(session, request_id)
        if request is not None:
            self.requests.remove(request, "cancelled")
            request.finish()

    def session_closed(self, session: int) -> None:
        for request in self.requests.of_session(session):
            self.requests.remove(request, "closed")
            request.finish()

    def stop(self) -> None:
        for request in self.requests.all():
            self.requests.remove(request, "closed")
            request.finish()

    # ------------------------------------------------------------------ ICMP errors
    def on_icmp_error(
        self,
        endpoint: Endpoint,
        payload: bytes | None,
        destination: tuple[Any, ...] | None,
        number: int,
    ) -> None:
        """An ICMP error for a datagram we sent: fail the request it belongs to."""
        self.run_pending()
        self.counters.bump("unreachable")
        if destination is None:
            return
        for request in self.requests.for_peer(str(destination[0]), int(destination[1])):
            if request.endpoint is endpoint and (
                payload is None or request.wire.startswith(payload[: len(request.wire)])
            ):
                self.requests.remove(request, "unreachable")
                request.finish()
                self.bridge.failed(request, errno_to_code(number), self._error_message(request))
                return

    # ------------------------------------------------------------------ receiving
    def on_datagram(self, endpoint: Endpoint, data: bytes, addr: tuple[Any, ...]) -> None:
        self.run_pending()
        try:
            self._on_datagram(endpoint, data, addr)
        except Exception:  # garbage must never take the I/O thread down
            self.counters.bump("internal_errors")
            log.exception("handling a datagram from %s failed", addr)

    def _on_datagram(self, endpoint: Endpoint, data: bytes, addr: tuple[Any, ...]) -> None:
        self.counters.bump("received")
        peer = self._peers.get(addr)
        if peer is None or peer.family != endpoint.family:
            if len(self._peers) >= MEMORY:
                self._peers.clear()
            peer = self._peers[addr] = address_of(addr, endpoint.family)
        if self.datagrams is not None:
            self.datagrams.received(data, peer)
        if is_v3_message(data):
            self.v3.on_datagram(endpoint, data, peer)
            return
        try:
            message = self.codec.decode(data)
        except OversizedMessageError as exc:
            self.drop("oversized", peer, data, f"oversized: {exc}")
            return
        except CodecError as exc:
            self.drop("undecodable", peer, data, f"undecodable: {exc}")
            return
        pdu_type = message.pdu.type
        if pdu_type == PduType.RESPONSE:
            self._response(endpoint, message, data, peer)
        elif pdu_type in AGENT_REQUEST_TYPES and endpoint.role is Role.AGENT:
            self._agent_request(endpoint, message, data, peer)
        elif pdu_type in NOTIFICATION_TYPES and endpoint.role is Role.TRAP:
            self._notification(endpoint, message, data, peer)
        else:
            self.drop(
                "unexpected_pdu",
                peer,
                data,
                f"{_type_name(pdu_type)} on the {endpoint.role.value} port",
            )

    def _response(
        self, endpoint: Endpoint, message: WireMessage, data: bytes, peer: TransportAddress
    ) -> None:
        key = (message.pdu.request_id, peer_ip(peer.ip), peer.port)
        waiting = self.requests.peek(key)
        if waiting is not None and waiting.version != message.version:
            # An answer must come in the request's version (RFC 3584 §4.1): not ours.
            self.drop("wrong_version", peer, data, "response in another SNMP version")
            return
        request = self.requests.match(key)
        if request is None:
            reason = self.requests.finished_reason(key)
            if reason == "answered":
                counter, text = "duplicates", "duplicate response"
            elif reason is not None:
                counter, text = "late", f"response after the request {reason}"
            elif self.requests.pending_for_other_peer(message.pdu.request_id):
                counter, text = "wrong_peer", "response from another address than asked"
            else:
                counter, text = "unknown_request_id", "response to no request"
            self.drop(counter, peer, data, text)
            return
        incoming = IncomingMessage(
            peer, endpoint.local, message.version, message.community, message.pdu, data
        )
        self.answered(request, incoming)

    def answered(self, request: PendingRequest, incoming: IncomingMessage) -> None:
        """``incoming`` answers ``request`` (a v1/v2c or an SNMPv3 one, matched already): it
        ends, its timeline span closes, and the model hears of it."""
        request.finish()
        if self.datagrams is not None:
            self.datagrams.finished(request.session, request.request_id)
        self.counters.bump("responses")
        self.bridge.answered(request, incoming, time.monotonic() - request.last_sent)

    def drop(self, counter: str, peer: TransportAddress, data: bytes, why: str) -> None:
        """A datagram nobody gets: counted under ``counter``, reported to observers."""
        self.counters.bump(counter)
        self.bridge.dropped(peer.text(), data, why)

    def _agent_request(
        self, endpoint: Endpoint, message: WireMessage, data: bytes, peer: TransportAddress
    ) -> None:
        incoming = IncomingMessage(
            peer, endpoint.local, message.version, message.community, message.pdu, data
        )
        if not self.bridge.agent_request(endpoint.entity, incoming):
            self.counters.bump("backlog_dropped")  # the manager retries
            return
        self.counters.bump("agent_requests")
        self._remember(
            self.agent_requests,
            (message.pdu.request_id, peer_ip(peer.ip), peer.port),
            endpoint,
        )

    def agent_endpoint_for(self, request_id: int, destination: TransportAddress) -> Endpoint | None:
        """The listening socket a request with this id from ``destination`` came in on."""
        key = (request_id, peer_ip(destination.ip), destination.port)
        return self.agent_requests.get(key)

    def _notification(
        self, endpoint: Endpoint, message: WireMessage, data: bytes, peer: TransportAddress
    ) -> None:
        pdu = message.pdu
        key: InformKey | None = None
        decided: Callable[[bool], None] | None = None
        if pdu.type == PduType.INFORM:
            key = (peer_ip(peer.ip), peer.port, pdu.request_id, message.community)
            seen = self._informs.get(key)
            if seen is not None:
                # The sender repeated it because our acknowledgement was lost or late (or
                # has not gone out yet: the model is still deciding, and its decision answers
                # this copy too, as both carry the same request id).
                self.counters.bump("duplicate_informs")
                if seen is _ACKNOWLEDGED:
                    self._acknowledge(endpoint, message, peer)
                return
            self._remember(self._informs, key, _PENDING)
            decided = functools.partial(self._inform_decided, key, endpoint, message, peer)
        elif pdu.type == PduType.V1TRAP and message.trap is not None:
            pdu = v1_trap_to_v2(
                message.trap, pdu.varbinds, message.community, self.next_trap_request_id()
            )
        incoming = IncomingMessage(
            peer, endpoint.local, message.version, message.community, pdu, data
        )
        if not self.bridge.notification(incoming, trap_oid_of(pdu), decided):
            # The model is that far behind: drop it here (an inform stays unacknowledged
            # and forgotten, so its retransmission gets a new chance).
            if key is not None:
                self._informs.pop(key, None)
            self.counters.bump("backlog_dropped")
            return
        self.counters.bump("traps")

    def _inform_decided(
        self,
        key: InformKey,
        endpoint: Endpoint,
        message: WireMessage,
        peer: TransportAddress,
        queued: bool,
    ) -> None:
        """The model's answer for an inform (on the dispatcher thread): hand it to the loop."""
        # A closed loop (shutdown) sends no acknowledgement: the sender retries.
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(
                self._settle_inform, key, endpoint, message, peer, queued
            )

    def _settle_inform(
        self,
        key: InformKey,
        endpoint: Endpoint,
        message: WireMessage,
        peer: TransportAddress,
        queued: bool,
    ) -> None:
        """Acknowledge an inform the model queued; forget one it did not, so that the
        sender's retransmission gets a new chance (a registration or room may exist by then)."""
        if not queued:
            self._informs.pop(key, None)
            self.counters.bump("unacknowledged_informs")
            return
        if key in self._informs:
            self._informs[key] = _ACKNOWLEDGED
        self._acknowledge(endpoint, message, peer)

    def _acknowledge(
        self, endpoint: Endpoint, message: WireMessage, peer: TransportAddress
    ) -> None:
        """Answer an inform with a RESPONSE echoing its varbinds (RFC 3416 §4.2.7)."""
        pdu = message.pdu
        ack = WireMessage(
            message.version,
            message.community,
            PduData(int(PduType.RESPONSE), pdu.request_id, 0, 0, list(pdu.varbinds)),
        )
        try:
            data = self.codec.encode(ack)
        except CodecError as exc:
            log.warning("cannot acknowledge the inform from %s: %s", peer.text(), exc)
            return
        if endpoint.closed:
            return  # the receiver moved or shut down meanwhile: the sender retries
        error = endpoint.sendto(data, (peer.ip, peer.port))
        if error is not None:
            self.counters.bump("send_errors")
            log.info("acknowledging the inform from %s failed: %s", peer.text(), error)
            return
        self.counters.bump("sent")
        self.counters.bump("informs")

    @staticmethod
    def _remember(memory: OrderedDict[Any, Any], key: Any, value: Any) -> None:
        memory[key] = value
        memory.move_to_end(key)
        while len(memory) > MEMORY:
            memory.popitem(last=False)


def _nothing() -> None:
    pass


def _type_name(pdu_type: int) -> str:
    try:
        return PduType(pdu_type).name
    except ValueError:
        return hex(pdu_type)


__all__ = ["EndpointKey", "Exchange", "address_of", "errno_to_code"]
