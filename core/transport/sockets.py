"""UDP endpoints: one bound, non-blocking socket each, read by the I/O loop.

An endpoint serves one role: the per-family MANAGER socket that sends requests and receives
their answers, an AGENT socket bound for a listening entity, or the TRAP receiver socket.

ICMP errors (port/host unreachable, "message too long") are read from the socket's error queue
on Linux (``IP_RECVERR``/``IPV6_RECVERR``): the kernel hands back the original destination and
payload, so an error is pinned on exactly the request that caused it. Elsewhere the error has
no address and is pinned on the endpoint's most recent transmission.
"""

from __future__ import annotations

import contextlib
import errno
import socket
import struct
import sys
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from snmpscope.core.lazy_log import get_logger
from snmpscope.core.smi.address import TransportAddress

if TYPE_CHECKING:
    from snmpscope.core.transport.light_loop import TransportLoop

log = get_logger(__name__)

# Linux socket options (not all exposed by the socket module).
IP_RECVERR = getattr(socket, "IP_RECVERR", 11)
IPV6_RECVERR = getattr(socket, "IPV6_RECVERR", 25)
MSG_ERRQUEUE = getattr(socket, "MSG_ERRQUEUE", 0x2000)
# Largest UDP payload: 65535 - 8 (UDP header) - 20 (IPv4 header); IPv6's header is not counted.
MAX_PAYLOAD = {socket.AF_INET: 65507, socket.AF_INET6: 65527}
READ_BATCH = 64  # datagrams per readiness callback, so one busy socket cannot starve the rest
ERRQUEUE_EVERY = 16  # see Endpoint.read_pending
# Socket buffers asked for, so that pipelined requests (a thousand GETs in flight) and trap
# bursts wait in the kernel instead of overflowing it: the default receive buffer (208 KiB on
# Linux) holds ~500 small answers of the ~2.3 KiB each one costs the kernel. The OS grants
# what its limits allow (Linux: net.core.rmem_max / wmem_max; SO_RCVBUFFORCE where we may);
# what it granted is logged and kept on the endpoint.
BUFFER_BYTES = 4 * 1024 * 1024
SO_RCVBUFFORCE = getattr(socket, "SO_RCVBUFFORCE", 33)
SO_SNDBUFFORCE = getattr(socket, "SO_SNDBUFFORCE", 32)
_SOCK_EXTENDED_ERR = struct.Struct("=I")  # first field of struct sock_extended_err: ee_errno

EndpointKey = tuple[int, str, int]  # (family, local ip, local port as requested)
DatagramHandler = Callable[["Endpoint", bytes, tuple[Any, ...]], None]
ErrorHandler = Callable[["Endpoint", "bytes | None", "tuple[Any, ...] | None", int], None]


class Role(Enum):
    MANAGER = "manager"
    AGENT = "agent"
    TRAP = "trap"


class SocketCreateError(OSError):
    """``socket()`` itself failed (no such address family, out of descriptors ...)."""


class BindError(OSError):
    """``bind()`` failed (port in use, no permission, address not local ...)."""


def open_endpoint(
    family: socket.AddressFamily, ip: str, port: int, role: Role, entity: int = 0
) -> Endpoint:
    """Create, configure and bind a UDP socket. Raises :class:`SocketCreateError` or
    :class:`BindError` (both carry the original ``errno`` and text)."""
    try:
        sock = socket.socket(family, socket.SOCK_DGRAM)
    except OSError as exc:
        raise SocketCreateError(exc.errno, exc.strerror) from None
    try:
        sock.setblocking(False)
        if family == socket.AF_INET6:
            # One socket per family: IPv4 goes through the AF_INET socket, never mapped.
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        errqueue = _enable_error_queue(sock, family)
        buffers = size_buffers(sock)
        try:
            sock.bind((ip, port))
        except OSError as exc:
            raise BindError(exc.errno, exc.strerror) from None
    except BaseException:
        sock.close()
        raise
    name = sock.getsockname()
    local = TransportAddress(name[0], name[0], name[1], family)
    log.info(
        "%s socket %s: receive buffer %d bytes, send buffer %d bytes (asked for %d)",
        role.value,
        local.text(),
        *buffers,
        BUFFER_BYTES,
    )
    endpoint = Endpoint(sock, (int(family), ip, port), role, local, entity, errqueue)
    endpoint.buffers = buffers
    return endpoint


def size_buffers(sock: socket.socket, size: int = BUFFER_BYTES) -> tuple[int, int]:
    """Ask for ``size`` bytes of receive and send buffer; returns (receive, send) as the OS
    reports them (Linux reports twice what it lets the data use: its bookkeeping share). When
    the plain option is capped below ``size``, the FORCE variant is tried (it needs
    CAP_NET_ADMIN; without it the capped size stays)."""
    granted = []
    for option, force in ((socket.SO_RCVBUF, SO_RCVBUFFORCE), (socket.SO_SNDBUF, SO_SNDBUFFORCE)):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, option, size)
        reported = sock.getsockopt(socket.SOL_SOCKET, option)
        if reported < size and sys.platform.startswith("linux"):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, force, size)
            reported = sock.getsockopt(socket.SOL_SOCKET, option)
        granted.append(reported)
    return granted[0], granted[1]


def _enable_error_queue(sock: socket.socket, family: socket.AddressFamily) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    level, option = (
        (socket.IPPROTO_IP, IP_RECVERR)
        if family == socket.AF_INET
        else (socket.IPPROTO_IPV6, IPV6_RECVERR)
    )
    try:
        sock.setsockopt(level, option, 1)
    except OSError:
        return False
    return True


class Endpoint:
    """A bound UDP socket on the I/O loop. Every method runs on the loop thread."""

    def __init__(
        self,
        sock: socket.socket,
        key: EndpointKey,
        role: Role,
        local: TransportAddress,
        entity: int,
        errqueue: bool,
    ) -> None:
        self.sock = sock
        self.key = key
        self.role = role
        self.local = local
        self.entity = entity  # the listening entity of an AGENT endpoint
        self.family = socket.AddressFamily(key[0])
        self.errqueue = errqueue
        self.last_destination: tuple[Any, ...] | None = None  # for errors without an address
        self.last_payload: bytes | None = None
        self.buffers = (0, 0)  # (receive, send) buffer bytes as the OS granted them
        # One receive buffer per socket, reused for every datagram: recvfrom_into fills it
        # and the datagram is copied out once, at its own size.
        self._busy_reads = 0  # wake-ups with datagrams since the error queue was last read
        self._buffer = bytearray(65536)
        self._view = memoryview(self._buffer)
        self._loop: TransportLoop | None = None
        self._on_datagram: DatagramHandler | None = None
        self._on_error: ErrorHandler | None = None
        self._batch = READ_BATCH

    def __repr__(self) -> str:
        return f"<Endpoint {self.role.value} {self.local.text()}>"

    def attach(
        self,
        loop: TransportLoop,
        on_datagram: DatagramHandler,
        on_error: ErrorHandler,
        batch: int = READ_BATCH,
    ) -> None:
        """Read datagrams on ``loop``, at most ``batch`` per readiness callback. A driven loop
        (one CLI command, waiting for one answer at a time) reads one: the read that would
        find the socket empty costs a syscall and an exception per answer, while a datagram
        left queued is simply reported ready again by the next ``select``."""
        self._loop, self._on_datagram, self._on_error = loop, on_datagram, on_error
        self._batch = batch
        loop.add_reader(self.sock.fileno(), self._readable)

    @property
    def closed(self) -> bool:
        return self.sock.fileno() < 0

    def close(self) -> None:
        if self._loop is not None and self.sock.fileno() >= 0:
            with contextlib.suppress(Exception):
                self._loop.remove_reader(self.sock.fileno())
        self._loop = None
        self.sock.close()

    # ------------------------------------------------------------------ receiving
    def _readable(self) -> None:
        self.read_pending(self._batch)

    def read_pending(self, limit: int | None = None) -> None:
        """Handle the datagrams (and ICMP errors) waiting in the socket, at most ``limit``."""
        assert self._on_datagram is not None
        if self.sock.fileno() < 0:
            return
        buffer, view = self._buffer, self._view
        receive = self.sock.recvfrom_into
        handle = self._on_datagram
        count = received = 0
        while limit is None or count < limit:
            count += 1
            try:
                size, addr = receive(buffer)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                # An ICMP error for an earlier datagram (ECONNREFUSED ...), not data.
                self.drain_errors(exc.errno or 0)
                continue
            received += 1
            handle(self, view[:size].tobytes(), addr)
        if self.errqueue:
            # The error queue keeps the socket flagged (EPOLLERR) until it is read, even when
            # the pending error itself was already reported by a sendto. A wake-up that
            # brought datagrams mostly skips it (a syscall per answer): a queued error keeps
            # the socket readable, so a wake-up that finds no datagram reads it, and under
            # steady traffic every ERRQUEUE_EVERY-th one does.
            self._busy_reads = self._busy_reads + 1 if received else 0
            if not received or self._busy_reads >= ERRQUEUE_EVERY:
                self._busy_reads = 0
                self.drain_errors(0)

    def drain_errors(self, reported: int) -> None:
        """Hand every queued ICMP error to the error handler (with the original destination
        and payload where the platform gives them)."""
        assert self._on_error is not None
        if not self.errqueue:
            if reported:
                self._on_error(self, self.last_payload, self.last_destination, reported)
            return
        while True:
            try:
                payload, ancillary, _flags, addr = self.sock.recvmsg(65536, 512, MSG_ERRQUEUE)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            code = reported or errno.EIO
            for _level, _type, data in ancillary:
                if len(data) >= _SOCK_EXTENDED_ERR.size:
                    code = _SOCK_EXTENDED_ERR.unpack_from(data)[0]
            self._on_error(self, payload, addr, code)

    # ------------------------------------------------------------------ sending
    def sendto(self, data: bytes, destination: tuple[Any, ...]) -> OSError | None:
        """Send one datagram; returns the error instead of raising. A pending ICMP error of
        an earlier datagram (which makes ``sendto`` fail without sending) is handed to the
        error handler and the send is tried once more."""
        for attempt in range(2):
            try:
                self.sock.sendto(data, destination)
            except (ConnectionRefusedError, ConnectionResetError) as exc:
                if attempt == 0:
                    self.drain_errors(exc.errno or 0)
                    continue
                return exc
            except OSError as exc:
                return exc
            self.last_destination, self.last_payload = destination, data
            return None
        return None  # pragma: no cover - the loop always returns

    def send_once(self, data: bytes, destination: tuple[Any, ...]) -> OSError | None:
        """One ``sendto`` from any thread, its error returned and handled by nobody: for the
        caller's thread, which leaves every failure to the I/O thread's :meth:`sendto`
        (pending ICMP errors are the I/O thread's to report)."""
        try:
            self.sock.sendto(data, destination)
        except OSError as exc:
            return exc
        self.last_destination, self.last_payload = destination, data
        return None
