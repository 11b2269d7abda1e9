"""The UDP transport: the :class:`~snmpscope.core.model.ports.TransportBackend` of the model.

Threads: the calls below come from application threads, most of them under the application
lock (SnmpSendMsg has :meth:`UdpTransport.encode` translate and encode outside it, then sends
under it). They validate, translate (RFC 3584) and encode at once, so that what can be known
before sending fails synchronously (PDU_INVALID, TL_PDU_TOO_BIG, TL_RESOURCE_ERROR), and hand
the rest to the I/O loop without waiting for it (SnmpSendMsg returns at once). Binding and releasing
ports (SnmpListen, SnmpRegister) waits for the loop, which is safe: the loop never takes the
application lock. Both threads start on first use and stop on SnmpCleanup.

Sockets: one MANAGER socket per address family (bound to the wildcard address, ephemeral
port) sends requests and receives their answers; each listening entity has its AGENT socket;
the TRAP socket receives notifications on the model's ``trap_endpoint``. A message whose
source entity is one of our bound sockets leaves from that socket (an agent's RESPONSE, for
one). Everything it learns goes back through the model's
:class:`~snmpscope.core.model.ports.ModelPort`.

SNMPv3 seam: community-based messages go through :mod:`~snmpscope.core.transport.codec` and
:class:`~snmpscope.core.transport.exchange.Exchange`. SNMPv3 (USM, discovery, reports) will be
routed in :meth:`UdpTransport.send` to pysnmp's message-processing engine (its PDU-level
``CommandGenerator.send_pdu`` on this same loop), keyed by ``OutboundMessage.security``;
until then a v3 message fails with TL_NOT_SUPPORTED.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import socket
import threading
import time
from typing import TYPE_CHECKING

from snmpscope.core.constants import ApiError, PduType, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.lazy_log import get_logger
from snmpscope.core.model.ports import CONFIRMED_TYPES, DecodedMessage, ModelPort, OutboundMessage
from snmpscope.core.model.states import EntityState, PduData, V3Security
from snmpscope.core.smi.address import TransportAddress, join_host_port, resolve
from snmpscope.core.transport import coexistence
from snmpscope.core.transport.app_bridge import AppBridge
from snmpscope.core.transport.codec import CodecError, SnmpCodec, WireMessage
from snmpscope.core.transport.dispatcher import Dispatcher
from snmpscope.core.transport.exchange import Exchange
from snmpscope.core.transport.fast_codec import FastCodec
from snmpscope.core.transport.io_loop import IoLoop, LoopUnavailableError
from snmpscope.core.transport.prescan import is_v3_message
from snmpscope.core.transport.requests import PendingRequest
from snmpscope.core.transport.sockets import (
    MAX_PAYLOAD,
    READ_BATCH,
    BindError,
    Endpoint,
    EndpointKey,
    Role,
    SocketCreateError,
    open_endpoint,
)
from snmpscope.core.transport.stats import Counters, TransportStats

if TYPE_CHECKING:
    from collections.abc import Callable

    from snmpscope.core.transport.datagram_log import DatagramLog
    from snmpscope.core.transport.usm import UsmLayer

log = get_logger(__name__)

WILDCARD = {socket.AF_INET: "0.0.0.0", socket.AF_INET6: "::"}
FAMILY_NAMES = {socket.AF_INET: "IPv4", socket.AF_INET6: "IPv6"}
PERMISSION_ERRNOS = frozenset({errno.EACCES, errno.EPERM})
# A request whose timeout is shorter than this is always transmitted by the I/O thread: its
# timer must not wait for the loop's next tick (io_loop.TICK_S).
SEND_HERE_MIN_TIMEOUT_S = 0.05
_instances = itertools.count(1)


class UdpTransport:
    """SNMP v1/v2c over UDP on IPv4 and IPv6 for one application."""

    def __init__(
        self,
        port: ModelPort,
        codec: SnmpCodec | None = None,
        light: bool = False,
        driven: bool = False,
        lending: bool = False,
    ) -> None:
        self.port = port
        self.counters = Counters()
        # The fast codec's fallbacks to pyasn1 show in the statistics (decode_/encode_fallbacks).
        self.codec: SnmpCodec = (
            codec if codec is not None else FastCodec(on_fallback=self._codec_fell_back)
        )
        number = next(_instances)  # tells the threads of several applications apart
        # light: no asyncio; driven: no I/O thread either; lending: an I/O thread that lends
        # its loop to the threads waiting for an answer (see IoLoop)
        self._io = IoLoop(f"snmpscope-io-{number}", light=light, driven=driven, lending=lending)
        # What the dispatcher reports may end the wait of a thread in select (driving): a
        # driven loop's is woken after every report; a lending loop's borrower when a
        # notification is delivered to a mailbox (``wake_driver``), not for every report
        # (an agent-role request answered on the dispatcher thread would wake it for nothing).
        self._dispatcher = Dispatcher(
            f"snmpscope-dispatch-{number}", after=self._io.wake_driver if driven else None
        )
        self._bridge = AppBridge(port, self._dispatcher)
        self._exchange: Exchange | None = None
        self._start_lock = threading.Lock()
        self._closed = False
        # Written on the I/O thread only; other threads just read (single dict lookups).
        self._endpoints: dict[EndpointKey, Endpoint] = {}
        self._defaults: dict[int, Endpoint] = {}  # family -> MANAGER endpoint
        self._listeners: dict[int, Endpoint] = {}  # entity handle -> AGENT endpoint
        self._trap: Endpoint | None = None
        self._usm: UsmLayer | None = None  # SNMPv3: see the usm property
        self._usm_lock = threading.Lock()

    @property
    def usm(self) -> UsmLayer:
        """SNMPv3: pysnmp's USM, made on first use (by an SNMPv3 request, user or datagram),
        so that a v1/v2c process never loads it: a one-shot ``snmpscope-cli get`` pays for
        every module it imports. Asked for from the callers' threads and the I/O thread."""
        usm = self._usm
        if usm is None:
            with self._usm_lock:
                usm = self._usm
                if usm is None:
                    from snmpscope.core.transport.usm import UsmLayer

                    usm = self._usm = UsmLayer()
        return usm

    def _codec_fell_back(self, kind: str) -> None:
        self.counters.bump(f"{kind}_fallbacks")

    # ------------------------------------------------------------------ lifecycle
    @property
    def stats(self) -> TransportStats:
        """A snapshot of the counters (sent, received, dropped and why)."""
        return self.counters.snapshot()

    @property
    def datagram_log(self) -> DatagramLog | None:
        """What went over the wire lately (for the PDU timeline); None before first use,
        and always for a driven transport (a CLI command keeps no timeline)."""
        return self._exchange.datagrams if self._exchange is not None else None

    @property
    def threads(self) -> tuple[threading.Thread, ...]:
        """The I/O and dispatcher threads while they run (for tests and diagnostics)."""
        found = (self._io.thread, self._dispatcher.thread)
        return tuple(t for t in found if t is not None and t.is_alive())

    @property
    def trap_address(self) -> TransportAddress | None:
        """Where the trap receiver is bound, once it is."""
        trap = self._trap
        return None if trap is None else trap.local

    def local_address(self, family: socket.AddressFamily) -> TransportAddress | None:
        """The bound address of the MANAGER socket of ``family``, once it exists."""
        endpoint = self._defaults.get(int(family))
        return None if endpoint is None else endpoint.local

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every datagram that reached our sockets so far, and everything the I/O
        thread decided, has been handed to the application (delivered, notified, counted).
        False if that took too long.

        For tests and orderly shutdowns; never call it holding the application lock.
        """
        if self._exchange is None:
            return True
        done = threading.Event()
        try:
            self._io.run_sync(self._settle, done, timeout=timeout)
        except LoopUnavailableError:
            return False
        if self._io.driven:  # nobody else runs the loop: the last step waits for a drive
            deadline = time.monotonic() + timeout
            while not done.is_set() and time.monotonic() < deadline:
                self._io.drive(0.01)
        return done.wait(timeout)

    @property
    def driven(self) -> bool:
        """Whether the loop runs in the threads that wait (no I/O thread; see IoLoop)."""
        return self._io.driven

    def wake_driver(self) -> None:
        """See ``TransportBackend.wake_driver``."""
        self._io.wake_driver()

    def drive(self, timeout: float, done: Callable[[], bool] | None = None) -> bool:
        """Run the I/O on the calling thread for up to ``timeout`` seconds when this
        transport has no I/O thread (``driven``; True, whether there was I/O to run or not)
        or lends its loop (``lending``: False once it stops); False at once when its I/O
        thread keeps the loop. ``done``: see :meth:`IoLoop.drive`."""
        io = self._io
        if io.lending:
            return self._exchange is not None and io.drive(timeout, done)
        if not io.driven:
            return False
        if self._exchange is None or not io.drive(timeout, done):
            time.sleep(min(timeout, 0.01))  # nothing open yet, or stopping: nothing can come
        return True

    def _settle(self, done: threading.Event) -> None:
        # Datagrams already in the socket buffers count as received: handle them first (the
        # loop may not have polled since they arrived), then let the dispatcher catch up, then
        # the loop once more: inform acknowledgements go out there after the model's answer.
        for endpoint in list(self._endpoints.values()):
            endpoint.read_pending()
        self._dispatcher.post(self._settle_loop, done)

    def _settle_loop(self, done: threading.Event) -> None:
        try:
            self._io.call_soon(done.set)
        except LoopUnavailableError:
            done.set()

    def _started(self) -> Exchange:
        """Start the I/O and dispatcher threads on first use."""
        with self._start_lock:
            if self._closed:
                raise SnmpApiError(ApiError.TL_NOT_INITIALIZED, "the transport was shut down")
            if self._exchange is None:
                try:
                    self._io.start()
                except LoopUnavailableError as exc:
                    raise SnmpApiError(ApiError.TL_RESOURCE_ERROR, str(exc)) from None
                self._dispatcher.start()
                self._exchange = Exchange(
                    self._io.loop,
                    self.codec,
                    self._bridge,
                    self.counters,
                    lambda: self.usm,
                    # a driven transport serves one CLI command: nothing reads its datagrams
                    keep_datagrams=not self._io.driven,
                )
                self._exchange.run_pending = self._io.run_pending
            return self._exchange

    def shutdown(self) -> None:
        """Stop retransmissions, close every socket, end both threads (bounded joins)."""
        with self._start_lock:
            if self._closed:
                return
            self._closed = True
            exchange, self._exchange = self._exchange, None
        if exchange is not None:
            try:
                self._io.run_sync(self._close_all, exchange, timeout=5.0)
            except LoopUnavailableError:
                log.error("the I/O loop did not close its sockets in time")
            self._io.stop(timeout=5.0)
        self._dispatcher.stop(timeout=2.0)

    def _close_all(self, exchange: Exchange) -> None:
        exchange.stop()
        for endpoint in list(self._endpoints.values()):
            endpoint.close()
        self._endpoints.clear()
        self._defaults.clear()
        self._listeners.clear()
        self._trap = None

    # ------------------------------------------------------------------ endpoints (loop side)
    def _open(
        self, family: socket.AddressFamily, ip: str, port: int, role: Role, entity: int = 0
    ) -> Endpoint:
        exchange = self._exchange
        if exchange is None:
            raise LoopUnavailableError("the transport is not running")
        key: EndpointKey = (int(family), ip, port)
        if port and key in self._endpoints:
            owner = self._endpoints[key].role.value
            raise BindError(errno.EADDRINUSE, f"already bound by this application ({owner})")
        endpoint = open_endpoint(family, ip, port, role, entity)
        endpoint.attach(
            self._io.loop,
            exchange.on_datagram,
            exchange.on_icmp_error,
            batch=1 if self._io.driven else READ_BATCH,
        )
        self._endpoints[endpoint.key] = endpoint
        if port == 0 and role is not Role.MANAGER:
            self._endpoints[(int(family), ip, endpoint.local.port)] = endpoint
        return endpoint

    def _close(self, endpoint: Endpoint) -> None:
        for key in [k for k, e in self._endpoints.items() if e is endpoint]:
            del self._endpoints[key]
        endpoint.close()

    def _default_endpoint(self, family: socket.AddressFamily) -> Endpoint:
        endpoint = self._defaults.get(int(family))
        if endpoint is None:
            endpoint = self._open(family, WILDCARD[family], 0, Role.MANAGER)
            self._defaults[int(family)] = endpoint
        return endpoint

    # ------------------------------------------------------------------ send / encode
    def _wire(self, message: OutboundMessage) -> tuple[bytes, PduData]:
        """Translate (RFC 3584) and encode; errors are the synchronous ones of SnmpSendMsg."""
        if message.version == SnmpVersion.V3:
            data, pdu = self._v3_wire(message)[:2]
        else:
            pdu, trap = coexistence.outgoing(message.pdu, message.version, message.src)
            try:
                data = self.codec.encode(WireMessage(message.version, message.community, pdu, trap))
            except CodecError as exc:
                raise SnmpApiError(ApiError.PDU_INVALID, str(exc)) from None
        family = message.dst.family
        limit = MAX_PAYLOAD.get(family, MAX_PAYLOAD[socket.AF_INET])
        if len(data) > limit:
            raise SnmpApiError(
                ApiError.TL_PDU_TOO_BIG,
                f"the encoded message is {len(data)} bytes; UDP over "
                f"{FAMILY_NAMES.get(family, family)} carries at most {limit}",
            )
        return data, pdu

    def _v3_wire(
        self, message: OutboundMessage, wire: bytes | None = None
    ) -> tuple[bytes, PduData, dict[str, object]]:
        """An SNMPv3 message through the USM seam: a request, trap or inform is wrapped for
        its destination (a discovery probe while its engine is unknown); a RESPONSE answers
        the agent-role request it belongs to. Returns the bytes, the PDU and what the
        request record needs."""
        pdu = message.pdu
        if pdu.type in (PduType.RESPONSE, PduType.REPORT):
            exchange = self._exchange
            state = None
            if exchange is not None:
                state = exchange.v3.response_state(pdu.request_id, message.dst)
            if state is None:
                raise SnmpApiError(
                    ApiError.PDU_INVALID,
                    "an SNMPv3 RESPONSE answers a request this transport received "
                    f"(none from {message.dst.text()} with request id {pdu.request_id})",
                )
            # pysnmp answers a state once: SnmpSendMsg's encode made the bytes, send sends them
            data = wire if wire is not None else self.usm.wrap_response(state[0], pdu)
            return data, pdu, {"v3_endpoint": state[1]}
        security = message.security
        if security is None:
            raise SnmpApiError(ApiError.ENTITY_INVALID, "SNMPv3 entity without USM user")
        address = (message.dst.ip, message.dst.port)
        data, handle = self.usm.wrap_request(
            security, address, pdu, message.community, message.context_engine_id
        )
        extra: dict[str, object] = {
            "v3": (security, message.community, message.context_engine_id),
            "v3_handle": handle,
        }
        return data, pdu, extra

    def add_usm_user(self, security: V3Security, on: bool) -> None:
        """SNMPv3 users accepted as agent and receiver (see the model's port)."""
        if on:
            self.usm.add_receiver_user(security)
        else:
            self.usm.remove_receiver_user(security.user)

    def encode(self, message: OutboundMessage) -> bytes:
        """SnmpEncodeMsg: the bytes SnmpSendMsg would send (same RFC 3584 translations).
        Thread-safe; the model calls it without its lock."""
        return self._wire(message)[0]

    def send(self, message: OutboundMessage) -> None:
        """SnmpSendMsg: validate and encode now (unless the model had :meth:`encode` do it,
        ``message.wire``), transmit on the I/O thread (no waiting)."""
        extra: dict[str, object] = {}
        if message.version == SnmpVersion.V3:
            # Wrapped again here: the handle its answer carries belongs to this transmission.
            data, _pdu, extra = self._v3_wire(message, message.wire)
        else:
            data = message.wire if message.wire is not None else self._wire(message)[0]
        exchange = self._started()
        came_in = extra.pop("v3_endpoint", None)
        endpoint = came_in if isinstance(came_in, Endpoint) else self._endpoint_for(message)
        confirmed = message.pdu.type in CONFIRMED_TYPES
        request = PendingRequest(
            session=message.session,
            request_id=message.pdu.request_id,
            pdu_handle=message.pdu_handle,
            dst_entity=message.dst_entity,
            destination=message.dst,
            version=message.version,
            community=message.community,
            pdu=message.pdu,
            wire=data,
            endpoint=endpoint,
            confirmed=confirmed,
            timeout_s=max(1, message.timeout_cs) / 100,
            max_attempts=(message.retry + 1) if message.retransmit else 1,
            extra=extra,
        )
        try:
            if not self._send_here(exchange, request):
                self._io.call_soon(self._start, exchange, request)
        except LoopUnavailableError as exc:
            raise SnmpApiError(ApiError.TL_NOT_AVAILABLE, str(exc)) from None

    def _send_here(self, exchange: Exchange, request: PendingRequest) -> bool:
        """Transmit a community-based message on the caller's thread; False when it must go
        the I/O thread's way (SNMPv3, a socket about to change, a very short timeout).

        Handing the datagram to the I/O thread costs a wake-up of that thread before it goes
        out and a GIL hand-over per request; here the loop learns of it by a deferred call
        (no wake-up while it is busy) that is queued *before* the datagram leaves, so that the
        answer finds it registered (the exchange runs deferred calls before it reads one). The
        deferred call waits for this ``sendto`` to return (``request.gate``); a failed one is
        retried by the I/O thread, which handles and reports socket errors.
        """
        endpoint = request.endpoint
        if (
            endpoint is None
            or request.extra
            or request.timeout_s < SEND_HERE_MIN_TIMEOUT_S
            or self._endpoints.get(endpoint.key) is not endpoint
        ):
            return False
        gate = threading.Lock()
        gate.acquire()
        request.gate = gate
        try:
            self._io.defer(self._adopt, exchange, request)
            request.attempt = 1
            request.last_sent = time.monotonic()
            destination = request.destination
            error = endpoint.send_once(request.wire, (destination.ip, destination.port))
            request.send_error = error
            if error is None:
                if exchange.datagrams is not None:
                    exchange.datagrams.sent(request)  # logged before the model hears of it
                self._bridge.request_sent_here(request)
        finally:
            gate.release()
        return True

    def _adopt(self, exchange: Exchange, request: PendingRequest) -> None:
        """On the loop: the bookkeeping of a message :meth:`_send_here` transmitted."""
        gate, request.gate = request.gate, None
        if gate is not None:
            with gate:  # the caller's sendto has returned
                pass
        if request.send_error is None:
            exchange.adopt(request)
            return
        request.attempt, request.send_error = 0, None
        self._start(exchange, request)  # sent again here: errors handled and reported

    def _start(self, exchange: Exchange, request: PendingRequest) -> None:
        endpoint = request.endpoint
        if endpoint is not None and endpoint.key not in self._endpoints:
            # Its socket closed since (Listen OFF): fall back to the manager socket.
            try:
                request.endpoint = self._default_endpoint(request.destination.family)
            except OSError as exc:
                request.endpoint = None
                exchange.bridge.failed(
                    request, ApiError.TL_RESOURCE_ERROR, exchange._error_message(request)
                )
                log.error("no socket for %s: %s", request.destination.text(), exc)
                return
        exchange.start(request)

    def _endpoint_for(self, message: OutboundMessage) -> Endpoint:
        """The socket a message leaves from (see the module docstring)."""
        family = message.dst.family
        src = message.src
        if src is not None and src.family == family:
            bound = self._endpoints.get((int(family), src.ip, src.port))
            if bound is not None:
                return bound
        if message.pdu.type == PduType.RESPONSE and self._exchange is not None:
            # Agent role without a source entity: answer from where the request came in.
            came_in = self._exchange.agent_endpoint_for(message.pdu.request_id, message.dst)
            if came_in is not None and came_in.family == family:
                return came_in
        endpoint = self._defaults.get(int(family))
        if endpoint is not None:
            return endpoint
        try:
            return self._io.run_sync(self._default_endpoint, family)
        except SocketCreateError as exc:
            raise SnmpApiError(
                ApiError.TL_RESOURCE_ERROR,
                f"cannot create an {FAMILY_NAMES.get(family, family)} UDP socket: {exc.strerror}",
            ) from None
        except BindError as exc:
            raise SnmpApiError(
                ApiError.TL_RESOURCE_ERROR,
                f"cannot bind an {FAMILY_NAMES.get(family, family)} UDP socket: {exc.strerror}",
            ) from None
        except LoopUnavailableError as exc:
            raise SnmpApiError(ApiError.TL_NOT_AVAILABLE, str(exc)) from None

    def cancel(self, session: int, request_id: int) -> None:
        """SnmpCancelMsg (the model already forgot the request): stop its timer."""
        exchange = self._exchange
        if exchange is not None:
            with contextlib.suppress(LoopUnavailableError):
                self._io.call_soon(exchange.cancel, session, request_id)

    def session_closed(self, session: int) -> None:
        """SnmpClose: drop the session's requests in flight and their timers."""
        exchange = self._exchange
        if exchange is not None:
            with contextlib.suppress(LoopUnavailableError):
                self._io.call_soon(exchange.session_closed, session)

    # ------------------------------------------------------------------ decode
    def decode(self, data: bytes) -> DecodedMessage:
        """SnmpDecodeMsg through the same codec; an SNMPv1 trap comes out in SNMPv2 form.
        An SNMPv3 message is read without the USM (see ``usm.decode_plain``)."""
        if is_v3_message(data):
            from snmpscope.core.transport.usm import decode_plain

            try:
                pdu3, context_engine_id, context_name, _user = decode_plain(data)
            except ValueError as exc:
                raise SnmpApiError(ApiError.MESSAGE_INVALID, str(exc)) from None
            return DecodedMessage(SnmpVersion.V3, context_name, pdu3, len(data), context_engine_id)
        try:
            message = self.codec.decode(data)
        except CodecError as exc:
            raise SnmpApiError(ApiError.MESSAGE_INVALID, str(exc)) from None
        pdu = message.pdu
        if pdu.type == PduType.V1TRAP and message.trap is not None:
            request_id = self._exchange.next_trap_request_id() if self._exchange else 1
            pdu = coexistence.v1_trap_to_v2(
                message.trap, pdu.varbinds, message.community, request_id
            )
        return DecodedMessage(message.version, message.community, pdu, message.length)

    # ------------------------------------------------------------------ agent role
    def listen(self, entity: EntityState, on: bool) -> None:
        """SnmpListen: bind (ON) or release (OFF) the entity's address and port."""
        if not on:
            self._release_listener(entity.handle)
            return
        self._started()
        address = entity.address
        try:
            self._io.run_sync(
                self._bind_listener, entity.handle, address.family, address.ip, address.port
            )
        except SocketCreateError as exc:
            raise SnmpApiError(
                ApiError.TL_RESOURCE_ERROR, f"cannot create a socket for {address.text()}: {exc}"
            ) from None
        except BindError as exc:
            raise SnmpApiError(
                ApiError.TL_OTHER, f"cannot listen on {address.text()}: {exc.strerror}"
            ) from None
        except LoopUnavailableError as exc:
            raise SnmpApiError(ApiError.TL_NOT_AVAILABLE, str(exc)) from None

    def _bind_listener(self, entity: int, family: socket.AddressFamily, ip: str, port: int) -> None:
        self._listeners[entity] = self._open(family, ip, port, Role.AGENT, entity)

    def _release_listener(self, entity: int) -> None:
        if entity not in self._listeners or self._exchange is None:
            return
        try:
            self._io.run_sync(self._unbind_listener, entity)
        except Exception:  # the port goes with the thread at shutdown anyway
            log.exception("the I/O loop did not release the port of entity %d", entity)

    def _unbind_listener(self, entity: int) -> None:
        endpoint = self._listeners.pop(entity, None)
        if endpoint is not None:
            self._close(endpoint)

    # ------------------------------------------------------------------ traps
    def ensure_trap_receiver(self) -> None:
        """Bind the trap/inform receiver on the port's ``trap_endpoint`` (first SnmpRegister ON).

        Port taken: TL_IN_USE; no permission (port 162 needs privileges) or an address that
        is not local: TL_NOT_INITIALIZED ("the trap service could not start"). Both name the
        endpoint. Port 0 binds an ephemeral port, reported with ``trap_endpoint_bound``.
        """
        if self._trap is not None:
            return
        host, port = self.port.trap_endpoint
        endpoint = self._open_trap_receiver(host, port, first=True)
        if port == 0:
            self.port.trap_endpoint_bound(host, endpoint.local.port)

    def move_trap_receiver(self, host: str, port: int) -> tuple[str, int] | None:
        """Move a bound trap receiver to ``host:port``; returns where it is bound now, or
        None when no receiver is bound yet (the next registration binds the new endpoint).

        The new socket is bound before the old one closes, so a failure (the errors of
        :meth:`ensure_trap_receiver`) leaves the receiver where it was and loses no trap.
        The endpoint it already has is a no-op.
        """
        old = self._trap
        if old is None:
            return None
        try:
            new = self._open_trap_receiver(host, port, first=False, keep=old)
        except SnmpApiError as exc:
            if exc.code != ApiError.TL_IN_USE or port != old.local.port:
                raise
            # Same port, other address (127.0.0.1:162 -> 0.0.0.0:162): the old socket is
            # what is in the way. Close it, bind, and put it back if that fails.
            new = self._io.run_sync(self._rebind_trap, old, host, port, exc)
            return (host, new.local.port)
        if new is not old:
            try:
                swapped = self._io.run_sync(self._swap_trap, old, new)
            except LoopUnavailableError as exc:
                raise SnmpApiError(ApiError.TL_NOT_AVAILABLE, str(exc)) from None
            if not swapped:
                raise SnmpApiError(ApiError.TL_NOT_AVAILABLE, "the trap receiver was closed")
        return (host, new.local.port)

    def _open_trap_receiver(
        self, host: str, port: int, first: bool, keep: Endpoint | None = None
    ) -> Endpoint:
        """Bind a TRAP socket on ``host:port`` with the errors SnmpRegister reports. ``first``:
        an already bound receiver is returned as it is; ``keep``: returned when it already
        has that address."""
        where = join_host_port(host, port)
        try:
            address = resolve(host, port)
        except SnmpApiError as exc:
            raise SnmpApiError(
                ApiError.TL_NOT_INITIALIZED, f"trap endpoint {where}: {exc.detail}"
            ) from None
        if keep is not None and port and (keep.local.ip, keep.local.port) == (address.ip, port):
            return keep
        self._started()
        try:
            return self._io.run_sync(self._bind_trap, address.family, address.ip, port, first)
        except SocketCreateError as exc:
            raise SnmpApiError(
                ApiError.TL_RESOURCE_ERROR, f"cannot create the trap socket for {where}: {exc}"
            ) from None
        except BindError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise SnmpApiError(
                    ApiError.TL_IN_USE, f"the trap port {where} is already in use"
                ) from None
            hint = " (ports below 1024 need privileges)" if exc.errno in PERMISSION_ERRNOS else ""
            raise SnmpApiError(
                ApiError.TL_NOT_INITIALIZED,
                f"cannot bind the trap receiver to {where}: {exc.strerror}{hint}",
            ) from None
        except LoopUnavailableError as exc:
            raise SnmpApiError(ApiError.TL_NOT_AVAILABLE, str(exc)) from None

    def _bind_trap(self, family: socket.AddressFamily, ip: str, port: int, first: bool) -> Endpoint:
        if not first:
            return self._open(family, ip, port, Role.TRAP)  # _swap_trap puts it in place
        if self._trap is None:
            self._trap = self._open(family, ip, port, Role.TRAP)
        return self._trap

    def _rebind_trap(self, old: Endpoint, host: str, port: int, in_use: SnmpApiError) -> Endpoint:
        """Loop side of a same-port move: close ``old``, bind the new address, or reopen
        ``old``'s and raise ``in_use`` when the new one cannot be had either."""
        if self._trap is not old:
            raise SnmpApiError(ApiError.TL_NOT_AVAILABLE, "the trap receiver was closed")
        address = resolve(host, port)
        self._close(old)
        try:
            self._trap = self._open(address.family, address.ip, port, Role.TRAP)
        except (BindError, SocketCreateError):
            try:
                self._trap = self._open(old.family, old.local.ip, old.local.port, Role.TRAP)
            except (BindError, SocketCreateError):
                self._trap = None  # taken meanwhile: the next registration binds again
            raise in_use from None
        return self._trap

    def _swap_trap(self, old: Endpoint, new: Endpoint) -> bool:
        if self._trap is old:
            self._trap = new
            self._close(old)
            return True
        self._close(new)  # closed (shutdown) or moved meanwhile: the new socket is not wanted
        return False
