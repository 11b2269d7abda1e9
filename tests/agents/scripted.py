"""An in-process SNMP v1/v2c command responder with fault injection, for transport tests.

:class:`ScriptedResponder` serves a sorted ``{oid: value}`` tree over UDP on 127.0.0.1 or ::1
(ephemeral port) from its own asyncio loop in a daemon thread, so plain synchronous tests,
asyncio tests and Qt tests can all talk to it. Messages are decoded and encoded with
``pysnmp.proto.api`` and pyasn1's BER codec; the command semantics are written here:

* GET: v2c answers ``noSuchInstance`` (the object's column/scalar exists) or ``noSuchObject``;
  v1 answers ``noSuchName`` with the 1-based error index and the request's varbinds.
* GETNEXT: v2c answers ``endOfMibView`` past the end; v1 answers ``noSuchName`` and skips
  Counter64 objects (RFC 2576 §4.1.2.1).
* GETBULK (v2c): non-repeaters, then up to max-repetitions rows; stops early when every
  repeater reached ``endOfMibView``; at most ``max_bulk_varbinds`` varbinds.
* SET: needs the read-write community (else v2c ``noAccess`` / v1 ``noSuchName``); checks every
  varbind first (``notWritable`` for ``read_only`` OIDs, ``wrongType`` against the existing
  value's type, ``noCreation`` for unknown OIDs unless ``set_creates``), then applies all.
  v2c error codes map to v1 per RFC 2576 §4.3.
* InformRequest: answered with a Response echoing its varbinds (so it can act as a receiver).
* A wrong community, traps, responses and undecodable datagrams are silently dropped.

Every request is recorded in a thread-safe log (:attr:`ScriptedResponder.requests`,
:meth:`~ScriptedResponder.wait_for_requests`); every datagram sent back is recorded too
(:attr:`~ScriptedResponder.sent`, :meth:`~ScriptedResponder.wait_for_sent`). Faults are set
with methods that may be called from any thread at any time, see the "fault injection" section.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pyasn1.codec.ber import decoder, encoder
from pyasn1.error import PyAsn1Error
from pysnmp.proto import api, rfc1902, rfc1905

from agents.silent import describe_datagram

Oid = tuple[int, ...]
OidLike = str | Iterable[int]

NO_ERROR = 0
TOO_BIG = 1
NO_SUCH_NAME = 2
BAD_VALUE = 3
GEN_ERR = 5
NO_ACCESS = 6
WRONG_TYPE = 7
NO_CREATION = 11
NOT_WRITABLE = 17

# RFC 2576 §4.3: v2c error-status -> v1 error-status
V2_TO_V1_ERROR = {
    0: 0,
    1: 1,
    2: 2,
    3: 3,
    4: 4,
    5: 5,
    6: 2,  # noAccess
    7: 3,  # wrongType
    8: 3,  # wrongLength
    9: 3,  # wrongEncoding
    10: 3,  # wrongValue
    11: 2,  # noCreation
    12: 3,  # inconsistentValue
    13: 5,  # resourceUnavailable
    14: 5,  # commitFailed
    15: 5,  # undoFailed
    16: 2,  # authorizationError
    17: 2,  # notWritable
    18: 2,  # inconsistentName
}

_V1 = api.PROTOCOL_MODULES[api.SNMP_VERSION_1]
_V2C = api.PROTOCOL_MODULES[api.SNMP_VERSION_2C]
_ANSWERED_PDUS = frozenset(
    {"GetRequest", "GetNextRequest", "GetBulkRequest", "SetRequest", "InformRequest"}
)


def to_oid(oid: OidLike) -> Oid:
    """A tuple of ints from ``"1.3.6.1"``, ``".1.3.6.1"``, a tuple/list or a pyasn1 OID."""
    if isinstance(oid, str):
        return tuple(int(p) for p in oid.strip().lstrip(".").split("."))
    return tuple(int(s) for s in oid)


def to_pysnmp_value(value: Any) -> Any:
    """A pysnmp/pyasn1 value from: a pysnmp value (returned as is), a
    ``snmpscope.core.smi.values.SmiValue``, ``str``/``bytes`` (OctetString), ``int`` (Integer32),
    or a tuple of ints (ObjectIdentifier)."""
    if hasattr(value, "tagSet"):
        return value
    if hasattr(value, "syntax") and hasattr(value, "value"):
        return _from_smi_value(value)
    if isinstance(value, bool):
        raise TypeError("bool is not an SNMP value")
    if isinstance(value, int):
        return rfc1902.Integer32(value)
    if isinstance(value, str | bytes | bytearray):
        return rfc1902.OctetString(value)
    if isinstance(value, tuple):
        return rfc1902.ObjectName(value)
    raise TypeError(f"cannot serve a {type(value).__name__} as an SNMP value")


def _from_smi_value(value: Any) -> Any:
    from snmpscope.core.constants import Syntax

    syn, payload = int(value.syntax), value.value
    table: dict[int, Callable[[Any], Any]] = {
        Syntax.INT: rfc1902.Integer32,
        Syntax.OCTETS: rfc1902.OctetString,
        Syntax.BITS: rfc1902.Bits,
        Syntax.NSAPADDR: rfc1902.OctetString,
        Syntax.OID: rfc1902.ObjectName,
        Syntax.IPADDR: rfc1902.IpAddress,
        Syntax.CNTR32: rfc1902.Counter32,
        Syntax.GAUGE32: rfc1902.Gauge32,
        Syntax.UINT32: rfc1902.Unsigned32,
        Syntax.TIMETICKS: rfc1902.TimeTicks,
        Syntax.OPAQUE: rfc1902.Opaque,
        Syntax.CNTR64: rfc1902.Counter64,
    }
    if syn == Syntax.NULL:
        return _V2C.Null("")
    if syn == Syntax.NOSUCHOBJECT:
        return rfc1905.noSuchObject
    if syn == Syntax.NOSUCHINSTANCE:
        return rfc1905.noSuchInstance
    if syn == Syntax.ENDOFMIBVIEW:
        return rfc1905.endOfMibView
    if syn not in table:
        raise TypeError(f"SmiValue syntax {syn:#x} cannot be served")
    return table[syn](payload)


def default_tree() -> dict[Oid, Any]:
    """A small device: the system group, ifNumber, a 3-row ifTable and ifXTable's ifName and
    ifHCInOctets (Counter64) for the same rows. A fresh dict on every call."""
    system = (1, 3, 6, 1, 2, 1, 1)
    tree: dict[Oid, Any] = {
        (*system, 1, 0): rfc1902.OctetString("snmpscope scripted responder"),
        (*system, 2, 0): rfc1902.ObjectName((1, 3, 6, 1, 4, 1, 8072, 3, 2, 10)),
        (*system, 3, 0): rfc1902.TimeTicks(123456),
        (*system, 4, 0): rfc1902.OctetString("ops@example.net"),
        (*system, 5, 0): rfc1902.OctetString("scripted"),
        (*system, 6, 0): rfc1902.OctetString("lab rack 1"),
        (*system, 7, 0): rfc1902.Integer32(72),
        (1, 3, 6, 1, 2, 1, 2, 1, 0): rfc1902.Integer32(3),
    }
    entry = (1, 3, 6, 1, 2, 1, 2, 2, 1)
    xentry = (1, 3, 6, 1, 2, 1, 31, 1, 1, 1)
    rows = [
        (1, "lo", 24, 65536, 10_000_000, b"", 1, 1, 7_345),
        (2, "eth0", 6, 1500, 1_000_000_000, bytes.fromhex("0242ac110002"), 1, 1, 4_000_000_000),
        (3, "eth1", 6, 9000, 4_294_967_295, bytes.fromhex("0242ac110003"), 2, 2, 0),
    ]
    for idx, name, iftype, mtu, speed, mac, admin, oper, octets in rows:
        tree[(*entry, 1, idx)] = rfc1902.Integer32(idx)
        tree[(*entry, 2, idx)] = rfc1902.OctetString(name)
        tree[(*entry, 3, idx)] = rfc1902.Integer32(iftype)
        tree[(*entry, 4, idx)] = rfc1902.Integer32(mtu)
        tree[(*entry, 5, idx)] = rfc1902.Gauge32(speed)
        tree[(*entry, 6, idx)] = rfc1902.OctetString(mac)
        tree[(*entry, 7, idx)] = rfc1902.Integer32(admin)
        tree[(*entry, 8, idx)] = rfc1902.Integer32(oper)
        tree[(*entry, 10, idx)] = rfc1902.Counter32(octets)
        tree[(*xentry, 1, idx)] = rfc1902.OctetString(name)
        tree[(*xentry, 6, idx)] = rfc1902.Counter64(octets * 1_000_003)
    return tree


@dataclass(frozen=True)
class LoggedRequest:
    """One request the responder received (whatever it then did with it)."""

    pdu_type: str  # GetRequest, GetNextRequest, GetBulkRequest, SetRequest, InformRequest, ...
    request_id: int | None  # None for an SNMPv1 Trap-PDU
    oids: tuple[Oid, ...]
    source: tuple[str, int]
    arrived: float  # time.monotonic()
    version: int  # 0 = v1, 1 = v2c
    community: bytes
    action: str  # answered | held (late) | dropped | bad-community | ignored
    values: tuple[Any, ...] = ()  # the request's varbind values (SET: the new values)


@dataclass(frozen=True)
class SentDatagram:
    """One datagram the responder sent."""

    kind: str  # response | duplicate | late | garbage | truncated
    data: bytes
    destination: tuple[str, int]
    sent: float  # time.monotonic()
    request_id: int | None  # as read back from ``data`` (None for garbage)


class _Protocol(asyncio.DatagramProtocol):
    def __init__(self, owner: ScriptedResponder) -> None:
        self.owner = owner

    def datagram_received(self, data: bytes, addr: tuple[Any, ...]) -> None:
        try:
            self.owner._on_datagram(data, (addr[0], addr[1]))
        except Exception as exc:  # keep serving; the fixture reports these at teardown
            self.owner._record_error(exc)

    def error_received(self, exc: Exception) -> None:  # ICMP errors: the client went away
        pass


class ScriptedResponder:
    """In-process SNMP v1/v2c responder (see the module docstring).

    ``data`` maps OIDs (tuples or dotted strings) to pysnmp values, ``SmiValue``s or plain
    str/bytes/int/tuple values. ``read_only`` OIDs reject SET with ``notWritable``;
    ``set_creates`` lets SET add unknown OIDs (else ``noCreation``).
    """

    def __init__(
        self,
        data: Mapping[Any, Any] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        community: str | bytes = "public",
        rw_community: str | bytes = "private",
        read_only: Iterable[OidLike] = (),
        set_creates: bool = True,
        max_bulk_varbinds: int = 1000,
    ) -> None:
        self.host = host
        self._requested_port = port
        self.port = 0
        self.community = community.encode() if isinstance(community, str) else community
        self.rw_community = rw_community.encode() if isinstance(rw_community, str) else rw_community
        self.read_only: set[Oid] = {to_oid(o) for o in read_only}
        self.set_creates = set_creates
        self.max_bulk_varbinds = max_bulk_varbinds
        self._cond = threading.Condition(threading.RLock())
        self._data: dict[Oid, Any] = {}
        self._oids: list[Oid] = []
        self.update(data if data is not None else {})
        self._requests: list[LoggedRequest] = []
        self._sent: list[SentDatagram] = []
        self._sent_out = 0  # of those, how many sendto() has handed to the kernel
        self._errors: list[BaseException] = []
        self.undecodable = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._transport: asyncio.DatagramTransport | None = None
        self._thread: threading.Thread | None = None
        self._timers: set[asyncio.TimerHandle] = set()
        self._held: list[tuple[bytes, tuple[str, int], int]] = []
        self.reset_faults()

    # ------------------------------------------------------------------ lifecycle
    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def start(self, timeout: float = 10.0) -> ScriptedResponder:
        """Bind the socket and start the loop thread; returns once it is serving."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_DGRAM)
        try:
            sock.bind((self.host, self._requested_port))
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        self.port = sock.getsockname()[1]
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                transport, _ = loop.run_until_complete(
                    loop.create_datagram_endpoint(lambda: _Protocol(self), sock=sock)
                )
            except BaseException as exc:
                failure.append(exc)
                sock.close()
                loop.close()
                ready.set()
                return
            self._transport = transport
            ready.set()
            try:
                loop.run_forever()
            finally:
                for handle in list(self._timers):
                    handle.cancel()
                self._timers.clear()
                transport.close()
                loop.run_until_complete(asyncio.sleep(0))  # let the transport finish closing
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(
            target=run, name=f"ScriptedResponder[{self.host}]:{self.port}", daemon=True
        )
        self._thread.start()
        if not ready.wait(timeout):
            raise TimeoutError("scripted responder loop did not start")
        if failure:
            raise failure[0]
        return self

    def close(self, timeout: float = 5.0) -> None:
        """Stop the loop, close the socket and join the thread. Idempotent."""
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # closed in between
                loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                raise RuntimeError("scripted responder thread did not stop")

    def __enter__(self) -> ScriptedResponder:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<ScriptedResponder {self.host}:{self.port} oids={len(self._oids)}>"

    def _record_error(self, exc: BaseException) -> None:
        with self._cond:
            self._errors.append(exc)
            self._cond.notify_all()

    @property
    def errors(self) -> list[BaseException]:
        """Exceptions raised while handling datagrams (a bug in the responder; should stay
        empty: the fixture fails the test at teardown otherwise)."""
        with self._cond:
            return list(self._errors)

    # ------------------------------------------------------------------ the served tree
    def update(self, data: Mapping[Any, Any]) -> None:
        """Add or replace values (thread-safe)."""
        with self._cond:
            for key, value in data.items():
                oid = to_oid(key)
                if oid not in self._data:
                    bisect.insort(self._oids, oid)
                self._data[oid] = to_pysnmp_value(value)

    def set_value(self, oid: OidLike, value: Any) -> None:
        self.update({to_oid(oid): value})

    def remove(self, oid: OidLike) -> None:
        with self._cond:
            key = to_oid(oid)
            if key in self._data:
                del self._data[key]
                self._oids.remove(key)

    def get_value(self, oid: OidLike) -> Any:
        """The served value (a pysnmp object) or ``None``."""
        with self._cond:
            return self._data.get(to_oid(oid))

    @property
    def tree(self) -> dict[Oid, Any]:
        """A sorted snapshot of the served tree."""
        with self._cond:
            return {oid: self._data[oid] for oid in self._oids}

    # ------------------------------------------------------------------ fault injection
    def reset_faults(self) -> None:
        """Clear every fault (and release nothing: held late responses stay held)."""
        with self._cond:
            self._drop = 0
            self._delay = 0.0
            self._delay_count: int | None = None
            self._wrong_reqid = 0
            self._wrong_reqid_value: int | None = None
            self._garbage = 0
            self._garbage_data = b""
            self._truncated = 0
            self._truncate_keep: int | None = None
            self._duplicate = 0
            self._duplicate_copies = 2
            self._late = 0
            self._late_after: float | None = None
            self._non_increasing: str | None = None
            self._non_increasing_count: int | None = None
            self._error: tuple[int, int] | None = None
            self._error_count: int | None = None
            self._version: int | None = None
            self._version_count = 0

    def drop_next(self, n: int = 1) -> None:
        """Ignore the next ``n`` requests (they are logged with action ``dropped``)."""
        with self._cond:
            self._drop += n

    def set_delay(self, seconds: float, count: int | None = None) -> None:
        """Send responses ``seconds`` late (``count`` responses, or all until reset/0)."""
        with self._cond:
            self._delay = seconds
            self._delay_count = count

    def wrong_request_id(self, n: int = 1, request_id: int | None = None) -> None:
        """Answer the next ``n`` requests with another request id: ``request_id`` if given,
        else the request's id with bit 30 flipped."""
        with self._cond:
            self._wrong_reqid += n
            self._wrong_reqid_value = request_id

    def send_garbage(self, n: int = 1, data: bytes = b"\x00\xffnot-snmp\x13\x37") -> None:
        """Send ``data`` (not BER at all) instead of the next ``n`` responses."""
        with self._cond:
            self._garbage += n
            self._garbage_data = data

    def send_truncated(self, n: int = 1, keep: int | None = None) -> None:
        """Send the next ``n`` responses cut short: the first ``keep`` bytes (default: half)."""
        with self._cond:
            self._truncated += n
            self._truncate_keep = keep

    def duplicate_next(self, n: int = 1, copies: int = 2) -> None:
        """Send each of the next ``n`` responses ``copies`` times."""
        with self._cond:
            self._duplicate += n
            self._duplicate_copies = copies

    def send_late(self, n: int = 1, after: float | None = None) -> None:
        """Withhold the next ``n`` responses: send each ``after`` seconds after its request,
        or, with ``after=None``, when :meth:`release_late` is called (e.g. once the client
        has given up). Logged with action ``held``; sent with kind ``late``."""
        with self._cond:
            self._late += n
            self._late_after = after

    def release_late(self) -> int:
        """Send every held response now (from the loop thread); returns how many."""
        with self._cond:
            held, self._held = self._held, []
        loop = self._loop
        if held and loop is not None:
            loop.call_soon_threadsafe(self._send_many, held, "late")
        return len(held)

    @property
    def held_count(self) -> int:
        with self._cond:
            return len(self._held)

    def non_increasing(self, mode: str = "same", n: int | None = None) -> None:
        """Break lexicographic order in GETNEXT/GETBULK answers: ``"same"`` returns the
        requested OID itself, ``"earlier"`` the served OID before it (or the request OID's
        parent). ``n`` responses, or all until reset; ``mode=""`` switches it off."""
        if mode not in ("same", "earlier", ""):
            raise ValueError("mode is 'same', 'earlier' or ''")
        with self._cond:
            self._non_increasing = mode or None
            self._non_increasing_count = n

    def set_error(self, status: int, index: int = 1, n: int | None = 1) -> None:
        """Answer with this error-status and error-index (varbinds echo the request, as an
        agent does on error); ``n`` responses, or all until reset (``n=None``)."""
        with self._cond:
            self._error = (status, index)
            self._error_count = n

    def answer_with_version(self, version: int, n: int = 1) -> None:
        """Put this msgVersion (0 = v1, 1 = v2c, 3 = v3 ...) into the next ``n`` responses,
        whatever the request's version (the rest of the message is unchanged)."""
        with self._cond:
            self._version = version
            self._version_count += n

    # ------------------------------------------------------------------ logs
    @property
    def requests(self) -> list[LoggedRequest]:
        """Snapshot of the request log, in arrival order."""
        with self._cond:
            return list(self._requests)

    @property
    def sent(self) -> list[SentDatagram]:
        """Snapshot of every datagram sent, in order."""
        with self._cond:
            return list(self._sent)

    def clear_log(self) -> None:
        with self._cond:
            self._requests.clear()
            self._sent.clear()
            self._sent_out = 0

    def wait_for_requests(self, n: int, timeout: float = 5.0) -> list[LoggedRequest]:
        """Block until ``n`` requests have been logged; returns the log snapshot.
        Raises ``TimeoutError`` naming what did arrive."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._requests) >= n, timeout):
                seen = [(r.pdu_type, r.request_id, r.action) for r in self._requests]
                raise TimeoutError(f"expected {n} requests within {timeout} s, got {seen}")
            return list(self._requests)

    def wait_for_sent(self, n: int, timeout: float = 5.0) -> list[SentDatagram]:
        """Block until ``n`` datagrams have been sent, that is handed to the kernel (on
        loopback: in the client's receive buffer); returns the snapshot."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._sent_out >= n, timeout):
                seen = [(s.kind, s.request_id) for s in self._sent]
                raise TimeoutError(f"expected {n} sent datagrams within {timeout} s, got {seen}")
            return list(self._sent)

    # ------------------------------------------------------------------ tree walking
    def _next(self, oid: Oid, v1: bool) -> tuple[Oid, Any] | None:
        i = bisect.bisect_right(self._oids, oid)
        while i < len(self._oids):
            nxt = self._oids[i]
            value = self._data[nxt]
            if not (v1 and value.tagSet == rfc1902.Counter64.tagSet):
                return nxt, value
            i += 1
        return None

    def _next_varbind(self, oid: Oid, v1: bool, mode: str | None) -> tuple[Oid, Any] | None:
        """GETNEXT of one OID; ``mode`` is the non-increasing fault (or None)."""
        found = self._next(oid, v1)
        if mode is None:
            return found
        value = found[1] if found else rfc1902.OctetString("")
        if mode == "same":
            return oid, self._data.get(oid, value)
        i = bisect.bisect_left(self._oids, oid)
        if i > 0:
            earlier = self._oids[i - 1]
            return earlier, self._data[earlier]
        return (oid[:-1] if len(oid) > 2 else oid), value

    def _missing_value(self, oid: Oid) -> Any:
        parent = oid[:-1]
        i = bisect.bisect_left(self._oids, parent)
        if i < len(self._oids) and self._oids[i][: len(parent)] == parent:
            return rfc1905.noSuchInstance
        return rfc1905.noSuchObject

    # ------------------------------------------------------------------ request handling
    def _on_datagram(self, data: bytes, addr: tuple[str, int]) -> None:
        arrived = time.monotonic()
        try:
            version = int(api.decodeMessageVersion(data))
            proto = api.PROTOCOL_MODULES[version]
            msg, _ = decoder.decode(data, asn1Spec=proto.Message())
        except (PyAsn1Error, KeyError, ValueError, TypeError):
            with self._cond:
                self.undecodable += 1
                self._cond.notify_all()
            return
        community = bytes(proto.apiMessage.get_community(msg))
        req = proto.apiMessage.get_pdu(msg)
        pdu_type = describe_datagram(data).pdu_type or type(req).__name__
        if pdu_type == "Trap":  # SNMPv1 Trap-PDU: no request id
            request_id = None
            varbinds = [(tuple(o), v) for o, v in proto.apiTrapPDU.get_varbinds(req)]
        else:
            request_id = int(proto.apiPDU.get_request_id(req))
            varbinds = [(tuple(o), v) for o, v in proto.apiPDU.get_varbinds(req)]

        def log(action: str) -> None:
            entry = LoggedRequest(
                pdu_type,
                request_id,
                tuple(oid for oid, _ in varbinds),
                addr,
                arrived,
                version,
                community,
                action,
                tuple(val for _, val in varbinds),
            )
            with self._cond:
                self._requests.append(entry)
                self._cond.notify_all()

        if community not in (self.community, self.rw_community):
            log("bad-community")
            return
        if pdu_type not in _ANSWERED_PDUS or request_id is None:
            log("ignored")
            return
        with self._cond:
            if self._drop > 0:
                self._drop -= 1
                log("dropped")
                return
            rsp_msg = self._respond(
                proto,
                version=version,
                msg=msg,
                req=req,
                pdu_type=pdu_type,
                community=community,
                varbinds=varbinds,
            )
            wire, kind, copies, delay, late = self._apply_wire_faults(proto, rsp_msg, request_id)
            late_after = self._late_after
            if late and late_after is None:
                self._held.append((wire, addr, copies))
        log("held" if late else "answered")
        if late:
            if late_after is not None:
                self._schedule(late_after, [(wire, addr, copies)], "late")
            return
        if delay > 0:
            self._schedule(delay, [(wire, addr, copies)], kind)
        else:
            self._send_many([(wire, addr, copies)], kind)

    def _respond(
        self,
        proto: Any,
        *,
        version: int,
        msg: Any,
        req: Any,
        pdu_type: str,
        community: bytes,
        varbinds: list[tuple[Oid, Any]],
    ) -> Any:
        """Build the response message (caller holds the lock)."""
        v1 = version == api.SNMP_VERSION_1
        rsp_msg = proto.apiMessage.get_response(msg)
        rsp = proto.apiMessage.get_pdu(rsp_msg)
        out: list[tuple[Oid, Any]] = []
        status, index = NO_ERROR, 0

        mode = None
        if pdu_type in ("GetNextRequest", "GetBulkRequest") and self._non_increasing:
            mode = self._non_increasing
            if self._non_increasing_count is not None:
                self._non_increasing_count -= 1
                if self._non_increasing_count <= 0:
                    self._non_increasing = None

        if pdu_type == "GetRequest":
            for pos, (oid, _) in enumerate(varbinds, start=1):
                value = self._data.get(oid)
                if value is not None and v1 and value.tagSet == rfc1902.Counter64.tagSet:
                    value = None
                if value is None:
                    if v1:
                        status, index = NO_SUCH_NAME, pos
                        break
                    value = self._missing_value(oid)
                out.append((oid, value))
        elif pdu_type == "GetNextRequest":
            for pos, (oid, _) in enumerate(varbinds, start=1):
                found = self._next_varbind(oid, v1, mode)
                if found is None:
                    if v1:
                        status, index = NO_SUCH_NAME, pos
                        break
                    found = (oid, rfc1905.endOfMibView)
                out.append(found)
        elif pdu_type == "GetBulkRequest":
            out = self._bulk(req, varbinds, mode)
        elif pdu_type == "SetRequest":
            status, index = self._set(community, varbinds)
            if status and v1:
                status = V2_TO_V1_ERROR.get(status, GEN_ERR)
        else:  # InformRequest: acknowledge
            out = list(varbinds)

        if self._error is not None:
            status, index = self._error
            if self._error_count is not None:
                self._error_count -= 1
                if self._error_count <= 0:
                    self._error = None
        if status != NO_ERROR or pdu_type == "SetRequest":
            out = list(varbinds)  # error responses (and SET) echo the request's varbinds
        proto.apiPDU.set_error_status(rsp, status)
        proto.apiPDU.set_error_index(rsp, index)
        proto.apiPDU.set_varbinds(rsp, out)
        return rsp_msg

    def _bulk(
        self, req: Any, varbinds: list[tuple[Oid, Any]], mode: str | None
    ) -> list[tuple[Oid, Any]]:
        non_rep = max(0, min(int(_V2C.apiBulkPDU.get_non_repeaters(req)), len(varbinds)))
        max_rep = max(0, int(_V2C.apiBulkPDU.get_max_repetitions(req)))
        out: list[tuple[Oid, Any]] = []
        for oid, _ in varbinds[:non_rep]:
            found = self._next_varbind(oid, False, mode)
            out.append(found if found else (oid, rfc1905.endOfMibView))
        cursors = [oid for oid, _ in varbinds[non_rep:]]
        if not cursors:
            return out
        for _ in range(max_rep):
            if len(out) + len(cursors) > self.max_bulk_varbinds:
                break
            row_done = True
            row: list[tuple[Oid, Any]] = []
            for oid in cursors:
                found = self._next_varbind(oid, False, mode)
                if found is None:
                    row.append((oid, rfc1905.endOfMibView))
                else:
                    row.append(found)
                    row_done = False
            out += row
            cursors = [oid for oid, _ in row]
            if row_done:
                break
        return out

    def _set(self, community: bytes, varbinds: list[tuple[Oid, Any]]) -> tuple[int, int]:
        if community != self.rw_community:
            return NO_ACCESS, 1
        for pos, (oid, value) in enumerate(varbinds, start=1):
            if oid in self.read_only:
                return NOT_WRITABLE, pos
            current = self._data.get(oid)
            if current is None and not self.set_creates:
                return NO_CREATION, pos
            if current is not None and current.tagSet != value.tagSet:
                return WRONG_TYPE, pos
        for oid, value in varbinds:
            if oid not in self._data:
                bisect.insort(self._oids, oid)
            self._data[oid] = value
        return NO_ERROR, 0

    def _apply_wire_faults(
        self, proto: Any, rsp_msg: Any, request_id: int
    ) -> tuple[bytes, str, int, float, bool]:
        """Encode the response and apply the encoding/scheduling faults (lock held).
        Returns (wire bytes, kind, copies, delay seconds, late)."""
        rsp = proto.apiMessage.get_pdu(rsp_msg)
        if self._wrong_reqid > 0:
            self._wrong_reqid -= 1
            wrong = self._wrong_reqid_value
            proto.apiPDU.set_request_id(rsp, wrong if wrong is not None else request_id ^ (1 << 30))
        wire = bytes(encoder.encode(rsp_msg))
        if self._version is not None and self._version_count > 0:
            self._version_count -= 1
            wire = _patch_version(wire, self._version)
        kind = "response"
        if self._garbage > 0:
            self._garbage -= 1
            wire, kind = self._garbage_data, "garbage"
        elif self._truncated > 0:
            self._truncated -= 1
            keep = self._truncate_keep if self._truncate_keep is not None else len(wire) // 2
            wire, kind = wire[: max(0, min(keep, len(wire) - 1))], "truncated"
        copies = 1
        if self._duplicate > 0:
            self._duplicate -= 1
            copies = self._duplicate_copies
        delay = 0.0
        if self._delay > 0:
            delay = self._delay
            if self._delay_count is not None:
                self._delay_count -= 1
                if self._delay_count <= 0:
                    self._delay, self._delay_count = 0.0, None
        late = False
        if self._late > 0:
            self._late -= 1
            late = True
        return wire, kind, copies, delay, late

    # ------------------------------------------------------------------ sending (loop thread)
    def _schedule(
        self, delay: float, batches: list[tuple[bytes, tuple[str, int], int]], kind: str
    ) -> None:
        loop = self._loop
        if loop is None:  # close() let go of the loop while this datagram was handled: drop it
            return
        handle: asyncio.TimerHandle | None = None

        def fire() -> None:
            if handle is not None:
                self._timers.discard(handle)
            self._send_many(batches, kind)

        handle = loop.call_later(delay, fire)
        self._timers.add(handle)

    def _send_many(self, batches: list[tuple[bytes, tuple[str, int], int]], kind: str) -> None:
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        for wire, addr, copies in batches:
            request_id = describe_datagram(wire).request_id if kind != "garbage" else None
            for i in range(max(1, copies)):
                # Logged just before sending, so whatever a client receives is already logged.
                with self._cond:
                    self._sent.append(
                        SentDatagram(
                            kind if i == 0 else "duplicate",
                            wire,
                            addr,
                            time.monotonic(),
                            request_id,
                        )
                    )
                    self._cond.notify_all()
                transport.sendto(wire, addr)
                with self._cond:
                    self._sent_out += 1
                    self._cond.notify_all()


def _patch_version(wire: bytes, version: int) -> bytes:
    """Rewrite the msgVersion INTEGER (assumed one octet, as v1/v2c encode it)."""
    first = wire[1]
    header = 2 + (first & 0x7F if first & 0x80 else 0)
    if wire[header : header + 2] != b"\x02\x01":
        raise ValueError("unexpected message layout")
    return wire[: header + 2] + bytes([version & 0xFF]) + wire[header + 3 :]
