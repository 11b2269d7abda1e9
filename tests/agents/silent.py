"""Ports that never answer: a :class:`SilentPort` swallows and records every datagram, a
:class:`ClosedPort` is a port nobody listens on (the kernel answers with ICMP port unreachable).

Also home of :func:`describe_datagram`, a tolerant SNMP v1/v2c header reader (version,
community, PDU type, request id) that works on truncated or otherwise broken messages.
"""

from __future__ import annotations

import contextlib
import itertools
import selectors
import socket
import threading
import time
from dataclasses import dataclass

# Context-specific constructed tags of the SNMP PDUs (RFC 1157, RFC 3416).
PDU_TYPE_NAMES: dict[int, str] = {
    0xA0: "GetRequest",
    0xA1: "GetNextRequest",
    0xA2: "Response",
    0xA3: "SetRequest",
    0xA4: "Trap",  # SNMPv1 Trap-PDU
    0xA5: "GetBulkRequest",
    0xA6: "InformRequest",
    0xA7: "SNMPv2-Trap",
    0xA8: "Report",
}


@dataclass(frozen=True)
class SnmpHeader:
    """What could be read from the start of a message; ``None`` where it could not."""

    version: int | None = None  # 0 = v1, 1 = v2c, 3 = v3
    community: bytes | None = None
    pdu_type: str | None = None
    request_id: int | None = None


def _tlv(data: bytes, pos: int, *, allow_short: bool = False) -> tuple[int, int, int]:
    """(tag, value start, value end) of the BER element at ``pos`` (definite lengths only)."""
    if pos + 2 > len(data):
        raise ValueError("no room for a tag and a length")
    tag, first = data[pos], data[pos + 1]
    pos += 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):
            raise ValueError("unsupported or truncated length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    end = pos + length
    if end > len(data) and not allow_short:
        raise ValueError("element runs past the end of the data")
    return tag, pos, min(end, len(data))


def describe_datagram(data: bytes) -> SnmpHeader:
    """Read version, community, PDU type and request id of a v1/v2c message as far as the bytes
    allow (a truncated message still yields what precedes the cut). v3 yields just the version.
    """
    version = community = pdu_type = request_id = None
    try:
        tag, pos, _ = _tlv(data, 0, allow_short=True)
        if tag != 0x30:
            return SnmpHeader()
        tag, start, end = _tlv(data, pos)
        if tag != 0x02:
            return SnmpHeader()
        version = int.from_bytes(data[start:end], "big", signed=True)
        if version not in (0, 1):
            return SnmpHeader(version=version)
        tag, start, end = _tlv(data, end)
        if tag != 0x04:
            return SnmpHeader(version=version)
        community = data[start:end]
        tag, start, _ = _tlv(data, end, allow_short=True)
        pdu_type = PDU_TYPE_NAMES.get(tag)
        if pdu_type is None or tag == 0xA4:  # a v1 Trap-PDU has no request id
            return SnmpHeader(version, community, pdu_type)
        tag, start, end = _tlv(data, start)
        if tag == 0x02:
            request_id = int.from_bytes(data[start:end], "big", signed=True)
    except ValueError:
        pass
    return SnmpHeader(version, community, pdu_type, request_id)


@dataclass(frozen=True)
class Datagram:
    """One datagram a :class:`SilentPort` received."""

    data: bytes
    source: tuple[str, int]
    arrived: float  # time.monotonic()
    version: int | None
    community: bytes | None
    pdu_type: str | None
    request_id: int | None


_FLUSH_MAGIC = b"\x00snmpscope-silent-port-flush:"


class SilentPort:
    """A bound UDP socket that never answers; a daemon thread records every datagram.

    ``host`` is ``"127.0.0.1"`` (default) or ``"::1"``. ``start()`` binds (port 0 = ephemeral)
    and returns ``self``; ``close()`` stops the thread and closes the socket. Thread-safe.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self._requested_port = port
        self.port = 0
        self._family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._sock: socket.socket | None = None
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._cond = threading.Condition()
        self._datagrams: list[Datagram] = []
        self._flushes_seen: set[int] = set()
        self._flush_seq = itertools.count(1)
        self._stopping = False

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def start(self) -> SilentPort:
        sock = socket.socket(self._family, socket.SOCK_DGRAM)
        try:
            sock.bind((self.host, self._requested_port))
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        self._sock = sock
        self.port = sock.getsockname()[1]
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(
            target=self._run, name=f"SilentPort[{self.host}]:{self.port}", daemon=True
        )
        self._thread.start()
        return self

    def _run(self) -> None:
        assert self._sock is not None
        assert self._wake_r is not None
        with selectors.DefaultSelector() as sel:
            sel.register(self._sock, selectors.EVENT_READ)
            sel.register(self._wake_r, selectors.EVENT_READ)
            while not self._stopping:
                for key, _ in sel.select():
                    if key.fileobj is self._wake_r:
                        return
                    self._drain()

    def _drain(self) -> None:
        assert self._sock is not None
        while True:
            try:
                data, source = self._sock.recvfrom(65535)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # e.g. an ICMP error queued on the socket; nothing to record
            arrived = time.monotonic()
            if data.startswith(_FLUSH_MAGIC):
                with self._cond:
                    self._flushes_seen.add(int(data[len(_FLUSH_MAGIC) :]))
                    self._cond.notify_all()
                continue
            head = describe_datagram(data)
            dgram = Datagram(
                data,
                (source[0], source[1]),
                arrived,
                head.version,
                head.community,
                head.pdu_type,
                head.request_id,
            )
            with self._cond:
                self._datagrams.append(dgram)
                self._cond.notify_all()

    # --- queries
    @property
    def datagrams(self) -> list[Datagram]:
        """A snapshot of everything received so far, in arrival order."""
        with self._cond:
            return list(self._datagrams)

    @property
    def count(self) -> int:
        with self._cond:
            return len(self._datagrams)

    def wait_for(self, n: int, timeout: float = 5.0) -> list[Datagram]:
        """Block until at least ``n`` datagrams have arrived; return the snapshot.
        Raises ``TimeoutError`` (saying how many came) after ``timeout`` seconds."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._datagrams) >= n, timeout):
                raise TimeoutError(
                    f"{self.host}:{self.port} got {len(self._datagrams)} datagrams, "
                    f"expected {n} within {timeout} s"
                )
            return list(self._datagrams)

    def flush(self, timeout: float = 2.0) -> list[Datagram]:
        """Make sure everything already sent to the port has been recorded: sends a marker
        datagram to itself and waits until the reader thread has seen it. Use it before
        asserting that *no more* datagrams came (e.g. after the client process exited)."""
        seq = next(self._flush_seq)
        with socket.socket(self._family, socket.SOCK_DGRAM) as sock:
            sock.sendto(_FLUSH_MAGIC + str(seq).encode(), (self.host, self.port))
        with self._cond:
            if not self._cond.wait_for(lambda: seq in self._flushes_seen, timeout):
                raise TimeoutError("silent port reader did not see its flush marker")
            return list(self._datagrams)

    def clear(self) -> None:
        with self._cond:
            self._datagrams.clear()

    # --- lifecycle
    def close(self) -> None:
        """Stop the reader thread, join it, close the sockets. Idempotent."""
        self._stopping = True
        if self._wake_w is not None:
            with contextlib.suppress(OSError):
                self._wake_w.send(b"x")
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None
        for sock in (self._sock, self._wake_r, self._wake_w):
            if sock is not None:
                sock.close()
        self._sock = self._wake_r = self._wake_w = None

    def __enter__(self) -> SilentPort:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<SilentPort {self.host}:{self.port} received={self.count}>"


class ClosedPort:
    """A UDP port on ``host`` with no listener (picked by binding an ephemeral port and
    releasing it), so a request sent there comes back as ICMP port unreachable; a connected
    UDP socket then raises ``ConnectionRefusedError``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.bind((host, 0))
            self.port: int = sock.getsockname()[1]

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def __repr__(self) -> str:
        return f"<ClosedPort {self.host}:{self.port}>"
