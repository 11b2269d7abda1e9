"""SNMPv3: pysnmp's message processing (RFC 3412) and User-based Security Model (RFC 3414,
RFC 7860 for SHA-2) behind one seam: message bytes <-> :class:`PduData` + security.

:class:`UsmLayer` owns one pysnmp ``SnmpEngine`` used only for what pysnmp does well: the
SNMPv3 header, key localisation, HMAC, encryption (through ``cryptography``), the timeliness
checks, the engine-ID and time caches. It never owns a socket: the transport's sockets, its
retransmission timers and its request table stay as they are for v1/v2c. A Report that pysnmp
sends as the authoritative engine (the agent role, the inform receiver) leaves through the
``sink`` the transport gives, from the socket the message came in on.

What each side gets:

* :meth:`UsmLayer.wrap_request` turns an outgoing request into bytes; without a known engine
  ID for the destination it is the discovery probe RFC 3414 §4 describes (pysnmp builds it);
* :meth:`UsmLayer.unwrap` reads an incoming message into a :class:`V3Inbound`: a response (with
  the handle of the request it answers), a Report (its RPT_* code and OID), or a request,
  trap or inform for the agent role and the receiver;
* :meth:`UsmLayer.wrap_response` answers an agent-role request or acknowledges an inform.

pysnmp is not thread-safe and SnmpSendMsg encodes on the caller's thread: one lock guards the
engine. Names of protocols are :mod:`snmpscope.core.model.usm`'s (net-snmp's spelling).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from snmpscope.core.constants import ApiError, PduType, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.lazy_log import get_logger
from snmpscope.core.model.states import PduData, V3Security
from snmpscope.core.model.usm import report_code
from snmpscope.core.transport.prescan import is_v3_message  # here for its importers

if TYPE_CHECKING:
    from snmpscope.core.transport.v3_envelope import V3EnvelopeCodec

log = get_logger(__name__)

LEVEL_NUMBERS = {"noAuthNoPriv": 1, "authNoPriv": 2, "authPriv": 3}
LEVEL_NAMES = {number: name for name, number in LEVEL_NUMBERS.items()}
USM_MODEL = 3
TIMER_TICK_S = 1.0

Sink = Callable[[bytes, tuple[str, int]], None]


def _auth_ids() -> dict[str, Any]:
    from pysnmp.entity import config

    return {
        "": config.USM_AUTH_NONE,
        "MD5": config.USM_AUTH_HMAC96_MD5,
        "SHA": config.USM_AUTH_HMAC96_SHA,
        "SHA-224": config.USM_AUTH_HMAC128_SHA224,
        "SHA-256": config.USM_AUTH_HMAC192_SHA256,
        "SHA-384": config.USM_AUTH_HMAC256_SHA384,
        "SHA-512": config.USM_AUTH_HMAC384_SHA512,
    }


def _priv_ids() -> dict[str, Any]:
    from pysnmp.entity import config

    return {
        "": config.USM_PRIV_NONE,
        "DES": config.USM_PRIV_CBC56_DES,
        "3DES": config.USM_PRIV_CBC168_3DES,
        "AES": config.USM_PRIV_CFB128_AES,
        "AES-192": config.USM_PRIV_CFB192_AES_BLUMENTHAL,
        "AES-256": config.USM_PRIV_CFB256_AES_BLUMENTHAL,
        "AES-192-C": config.USM_PRIV_CFB192_AES,  # Reeder key extension (Cisco "AES192C")
        "AES-256-C": config.USM_PRIV_CFB256_AES,
    }


def fingerprint(security: V3Security) -> str:
    """A name for one set of credentials, so that two entities with the same user and other
    passphrases never use each other's localised keys (see ``UsmLayer._ensure_row``)."""
    import hashlib  # on first use: a v1/v2c process never needs it

    digest = hashlib.sha256(
        "\x00".join(
            (
                security.user,
                security.auth_protocol,
                security.auth_key,
                security.priv_protocol,
                security.priv_key,
            )
        ).encode("utf-8", "surrogateescape")
    ).hexdigest()[:16]
    return f"{security.user}#{digest}"


@dataclass(slots=True)
class EngineInfo:
    """What we know of a peer's authoritative engine (discovered or given)."""

    engine_id: bytes = b""
    boots: int = 0
    time: int = 0
    learned_at: float = 0.0


@dataclass(slots=True)
class V3Inbound:
    """One incoming SNMPv3 message, unwrapped.

    ``kind``: ``response`` (``handle`` = the request's), ``report`` (``report_oid`` and
    ``code``; ``handle`` when it answers one of ours), ``request`` / ``notification`` for the
    agent role and the receiver (``state`` answers them through :meth:`UsmLayer.wrap_response`).
    """

    kind: str
    pdu: PduData
    security: V3Security
    context_engine_id: bytes
    context_name: bytes
    security_engine_id: bytes
    handle: int | None = None
    report_oid: tuple[int, ...] | None = None
    code: ApiError | None = None
    state: Any = None
    msg_flags: int = 0


@dataclass(slots=True)
class _Receiver:
    """A user whose requests, traps and informs we accept from any engine."""

    security: V3Security
    rows: set[bytes] = field(default_factory=set)  # engine IDs its keys are localised for


class UsmLayer:
    """pysnmp's SNMPv3 machinery without its transport (see the module docstring)."""

    def __init__(self, engine_id: bytes | None = None) -> None:
        self._lock = threading.RLock()
        self._engine: Any = None
        self._engine_id = engine_id
        self._handles = itertools.count(1)
        self._rows: dict[tuple[bytes, str], str] = {}  # (engine ID, user) -> fingerprint
        self._receivers: dict[str, _Receiver] = {}  # user name -> accepted user
        self._managers: dict[str, V3Security] = {}  # user name -> credentials last sent with
        self._peers: dict[tuple[str, int], EngineInfo] = {}
        self._sink: Sink | None = None
        self._local_id = b""
        self._last_tick = 0.0

    # ------------------------------------------------------------------ the engine
    def _started(self) -> Any:
        if self._engine is None:
            from pyasn1.type import univ
            from pysnmp.carrier.base import AbstractTransportDispatcher
            from pysnmp.entity import engine

            layer = self

            class _SinkDispatcher(AbstractTransportDispatcher):  # type: ignore[misc]
                """Where pysnmp's own messages (Reports, as the authoritative engine) go."""

                def send_message(
                    self, outgoingMessage: Any, transportDomain: Any, transportAddress: Any
                ) -> None:
                    sink = layer._sink
                    if sink is not None:
                        sink(bytes(outgoingMessage), tuple(transportAddress)[:2])

            eng = (
                engine.SnmpEngine(univ.OctetString(self._engine_id))
                if self._engine_id
                else engine.SnmpEngine()
            )
            dispatcher = _SinkDispatcher()
            dispatcher.set_timer_resolution(TIMER_TICK_S)
            eng.register_transport_dispatcher(dispatcher)
            self._engine = eng
        return self._engine

    @property
    def local_engine_id(self) -> bytes:
        """Our own snmpEngineID (authoritative for traps we send and informs we receive)."""
        if self._local_id:
            return self._local_id
        with self._lock:
            eng = self._started()
            (engine_id,) = eng.get_mib_builder().import_symbols(
                "__SNMP-FRAMEWORK-MIB", "snmpEngineID"
            )
            self._local_id = bytes(engine_id.syntax)
            return self._local_id

    def _mp(self) -> Any:
        return self._started().message_processing_subsystems[3]

    def _usm(self) -> Any:
        return self._started().security_models[USM_MODEL]

    def tick(self) -> None:
        """Let pysnmp expire its caches (called from the I/O loop's timer)."""
        with self._lock:
            if self._engine is not None:
                now = time.time()
                if now - self._last_tick >= TIMER_TICK_S:
                    self._last_tick = now
                    self._engine.transport_dispatcher.handle_timer_tick(now)

    # ------------------------------------------------------------------ users
    def _ensure_row(self, security: V3Security, engine_id: bytes | None) -> Any:
        """The user row for ``security`` localised for ``engine_id`` (None: our own engine);
        returns the securityName that selects it.

        pysnmp indexes its usmUserTable by (engine ID, securityName) and looks rows up by
        user name, so the securityName is the user name: one row per engine and user, put
        in again whenever another set of credentials for that user talks to that engine."""
        from pyasn1.type import univ
        from pysnmp.entity import config

        name = fingerprint(security)
        key = (engine_id or b"", security.user)
        if self._rows.get(key) == name:
            # pysnmp's lookups hash the name: an OctetString, as its MIB rows hold it
            return univ.OctetString(security.user.encode("utf-8", "surrogateescape"))
        try:
            auth = _auth_ids()[security.auth_protocol]
            priv = _priv_ids()[security.priv_protocol]
        except KeyError as exc:
            raise SnmpApiError(
                ApiError.ENTITY_INVALID, f"unknown USM protocol {exc.args[0]!r}"
            ) from None
        config.add_v3_user(
            self._started(),
            security.user,
            auth,
            security.auth_key or None,
            priv,
            security.priv_key or None,
            securityEngineId=univ.OctetString(engine_id) if engine_id else None,
            securityName=security.user,
        )
        self._rows[key] = name
        return univ.OctetString(security.user.encode("utf-8", "surrogateescape"))

    def add_receiver_user(self, security: V3Security) -> None:
        """Accept requests, traps and informs from ``security``'s user, from any engine: its
        keys are localised for each sender engine ID as it is met (and for ours)."""
        with self._lock:
            self._receivers[security.user] = _Receiver(security)
            self._ensure_row(security, None)

    def remove_receiver_user(self, user: str) -> None:
        with self._lock:
            self._receivers.pop(user, None)

    # ------------------------------------------------------------------ engine cache
    def _cache_key(self, address: tuple[str, int]) -> tuple[Any, tuple[str, int]]:
        from pysnmp.carrier.asyncio.dgram import udp, udp6

        domain = udp6.DOMAIN_NAME if ":" in address[0] else udp.DOMAIN_NAME
        return domain, (address[0], address[1])

    def peer_engine(self, address: tuple[str, int]) -> EngineInfo | None:
        """The engine discovered (or given) for ``address``, with boots/time as last seen."""
        with self._lock:
            info = self._peers.get(address)
            if info is None or self._engine is None:
                return info
            timeline = getattr(self._usm(), "_SnmpUSMSecurityModel__timeline", {})
            from pyasn1.type import univ

            entry = timeline.get(univ.OctetString(info.engine_id))
            if entry is not None:
                boots, engine_time, _latest, updated = entry
                info.boots = int(boots)
                info.time = int(engine_time) + max(0, int(time.time()) - int(updated))
            return info

    def set_peer_engine(
        self,
        address: tuple[str, int],
        engine_id: bytes,
        boots_time: tuple[int, int] | None = None,
    ) -> None:
        """``-e``/``-Z``: the engine ID (and boots/time) of ``address`` as given, no discovery."""
        from pyasn1.type import univ

        with self._lock:
            self._started()
            key = self._cache_key(address)
            cache = self._mp()._SnmpV3MessageProcessingModel__engineIdCache
            eid = univ.OctetString(engine_id)
            cache[key] = {
                "securityEngineId": eid,
                "contextEngineId": eid,
                "contextName": univ.OctetString(b""),
            }
            self._peers[address] = EngineInfo(engine_id, learned_at=time.time())
            if boots_time is not None:
                timeline = self._usm()._SnmpUSMSecurityModel__timeline
                boots, engine_time = boots_time
                timeline[eid] = (
                    univ.Integer(boots),
                    univ.Integer(engine_time),
                    univ.Integer(engine_time),
                    int(time.time()),
                )

    def cached_engine(self, address: tuple[str, int]) -> bytes | None:
        """The engine ID requests to ``address`` are sent to now (None: to be discovered)."""
        with self._lock:
            if self._engine is None:
                return None
            known, _ctx, _name = self._mp().get_peer_engine_info(*self._cache_key(address))
            return None if known is None else bytes(known)

    def forget_peer(self, address: tuple[str, int]) -> None:
        """Rediscover ``address`` on the next request (unknownEngineID after a replacement)."""
        with self._lock:
            if self._engine is None:
                return
            cache = self._mp()._SnmpV3MessageProcessingModel__engineIdCache
            cache.pop(self._cache_key(address), None)
            self._peers.pop(address, None)

    # ------------------------------------------------------------------ outgoing
    def wrap_request(
        self,
        security: V3Security,
        address: tuple[str, int],
        pdu: PduData,
        context_name: bytes,
        context_engine_id: bytes = b"",
    ) -> tuple[bytes, int]:
        """An outgoing request, inform or trap as bytes, and the handle its answer (or
        Report) will carry. SnmpApiError: ENTITY_INVALID (bad user), PDU_INVALID."""
        with self._lock:
            confirmed = pdu.type != PduType.TRAP
            if not confirmed and security.engine_id and self._engine is None:
                self._engine_id = security.engine_id  # snmptrap's -e: the sender's engine
            eng = self._started()
            mp = self._mp()
            if confirmed:
                known, _ctx, _name = mp.get_peer_engine_info(*self._cache_key(address))
                engine_id = bytes(known) if known is not None else None
                if security.engine_id and engine_id is None:
                    self.set_peer_engine(address, security.engine_id, security.boots_time)
                    engine_id = security.engine_id
            else:
                engine_id = None  # a trap: we are the authoritative engine
                if security.engine_id and security.engine_id != self.local_engine_id:
                    raise SnmpApiError(
                        ApiError.ENGINE_INVALID,
                        f"a trap's engine ID is the sender's: this application's is "
                        f"{self.local_engine_id.hex()}, not {security.engine_id.hex()} "
                        "(choose it before the first SNMPv3 message)",
                    )
            name = self._ensure_row(security, engine_id)
            self._managers[security.user] = security
            handle = next(self._handles)
            from pyasn1.type import univ

            try:
                proto_pdu = _to_pyasn1(pdu)
                _domain, _addr, whole = mp.prepare_outgoing_message(
                    eng,
                    *self._cache_key(address),
                    3,
                    USM_MODEL,
                    name,
                    LEVEL_NUMBERS[security.security_level],
                    univ.OctetString(context_engine_id) if context_engine_id else None,
                    univ.OctetString(context_name),
                    1,
                    proto_pdu,
                    confirmed,
                    handle,
                )
            except SnmpApiError:
                raise
            except Exception as exc:  # StatusInformation, pyasn1 errors
                log.debug("wrap failed", exc_info=True)
                raise SnmpApiError(
                    ApiError.PDU_INVALID, f"cannot build the SNMPv3 message: {_why(exc)}"
                ) from None
            return bytes(whole), handle

    def wrap_response(self, state: Any, pdu: PduData) -> bytes:
        """Answer an agent-role request or acknowledge an inform (``state`` from
        :meth:`unwrap`), as the authoritative engine."""
        with self._lock:
            eng = self._started()
            mp = self._mp()
            try:
                _domain, _addr, whole = mp.prepare_response_message(
                    eng,
                    3,
                    state["securityModel"],
                    state["securityName"],
                    state["securityLevel"],
                    state["contextEngineId"],
                    state["contextName"],
                    1,
                    _to_pyasn1(pdu),
                    state["maxSize"],
                    state["stateReference"],
                    {},
                )
            except Exception as exc:
                raise SnmpApiError(
                    ApiError.PDU_INVALID, f"cannot answer in SNMPv3: {_why(exc)}"
                ) from None
            return bytes(whole)

    # ------------------------------------------------------------------ incoming
    def unwrap(
        self, data: bytes, address: tuple[str, int], sink: Sink | None = None
    ) -> V3Inbound | None:
        """Read one incoming SNMPv3 message (see :class:`V3Inbound`). None: pysnmp dropped it
        (it counted why, and sent a Report through ``sink`` when one was due); ValueError
        with the reason for a message that cannot be read at all."""
        from pysnmp.proto import error as pysnmp_error

        with self._lock:
            eng = self._started()
            mp = self._mp()
            header = _usm_header(data)
            self._localise_for_sender(header)
            self._sink = sink
            try:
                result = mp.prepare_data_elements(eng, *self._cache_key(address), data)
            except pysnmp_error.StatusInformation as info:
                return self._report(info, address, header)
            except Exception as exc:
                raise ValueError(f"unreadable SNMPv3 message: {_why(exc)}") from None
            finally:
                self._sink = None
            (
                _mp_model,
                security_model,
                security_name,
                security_level,
                context_engine_id,
                context_name,
                _pdu_version,
                pdu,
                _pdu_type,
                send_handle,
                max_size,
                _status,
                state_reference,
            ) = result
            pdu_data = _from_pyasn1(pdu)
            ctx = self._learn(address, header)
            security = self._security_of(security_name, security_level)
            inbound = V3Inbound(
                kind="response",
                pdu=pdu_data,
                security=security,
                context_engine_id=bytes(context_engine_id),
                context_name=bytes(context_name),
                security_engine_id=ctx,
                handle=send_handle,
                msg_flags=header[4] if header else 0,
            )
            if pdu_data.type == PduType.RESPONSE:
                return inbound
            inbound.kind = "request" if pdu_data.type != PduType.TRAP else "notification"
            if pdu_data.type == PduType.INFORM:
                inbound.kind = "notification"
            inbound.state = {
                "securityModel": security_model,
                "securityName": security_name,
                "securityLevel": security_level,
                "contextEngineId": context_engine_id,
                "contextName": context_name,
                "maxSize": max_size,
                "stateReference": state_reference,
            }
            return inbound

    def _report(
        self, info: Any, address: tuple[str, int], header: UsmHeader | None
    ) -> V3Inbound | None:
        handle = info.get("sendPduHandle") if "sendPduHandle" in info else None
        oid = info.get("oid", None)
        if handle is None or oid is None:
            log.debug("SNMPv3 message from %s dropped: %s", address, info.get("errorIndication"))
            return None
        oid_tuple = tuple(int(x) for x in oid)
        engine_id = self._learn(address, header)
        return V3Inbound(
            kind="report",
            pdu=PduData(int(PduType.REPORT), 0, 0, 0, []),
            security=V3Security(""),
            context_engine_id=b"",
            context_name=b"",
            security_engine_id=engine_id,
            handle=int(handle),
            report_oid=oid_tuple,
            code=report_code(oid_tuple),
            msg_flags=header[4] if header else 0,
        )

    def _learn(self, address: tuple[str, int], header: UsmHeader | None) -> bytes:
        """Remember the authoritative engine of what ``address`` sent (for the entity's
        details); returns its engine ID."""
        if header is None:
            return b""
        engine_id, boots, engine_time, _user, _flags = header
        if engine_id:
            info = self._peers.setdefault(address, EngineInfo())
            info.engine_id, info.boots, info.time = engine_id, boots, engine_time
            info.learned_at = time.time()
        return engine_id

    def _localise_for_sender(self, header: UsmHeader | None) -> None:
        """A receiver user's keys, localised for the sender's engine the first time we meet
        it (traps come from their sender's engine, RFC 3414 §1.5.1)."""
        if header is None or not (self._receivers or self._managers):
            return
        engine_id, _boots, _time, user, _flags = header
        manager = self._managers.get(user)
        if manager is not None and engine_id and engine_id != self.local_engine_id:
            # A Report from an engine other than the one we addressed (a wrong -e): its
            # user must be known for that engine, or the Report is dropped unread.
            self._ensure_row(manager, engine_id)
        receiver = self._receivers.get(user)
        if receiver is None or not engine_id or engine_id in receiver.rows:
            return
        if engine_id != self.local_engine_id:
            self._ensure_row(receiver.security, engine_id)
        receiver.rows.add(engine_id)

    def _security_of(self, security_name: Any, level: int) -> V3Security:
        user = bytes(security_name).decode("utf-8", "surrogateescape")
        return V3Security(user, LEVEL_NAMES.get(int(level), "noAuthNoPriv"))


def decode_plain(data: bytes) -> tuple[PduData, bytes, bytes, str]:
    """SnmpDecodeMsg of an SNMPv3 message without the USM: (PDU, context engine ID, context
    name, user). The digest is not checked (decoding is not receiving); an encrypted
    (authPriv) scoped PDU cannot be read without its user's keys: ValueError says so."""
    from snmpscope.core.transport.codec import CodecError

    header = _usm_header(data)
    if header is None:
        raise ValueError("no readable SNMPv3/USM header")
    if header[4] & 0x02:
        raise ValueError(
            f"the scoped PDU of user {header[3]!r} is encrypted (authPriv): it cannot be "
            "decoded without that user's privacy key"
        )
    try:
        scoped = _envelope().decode_message(data).scoped_pdu
    except CodecError as exc:
        raise ValueError(f"malformed SNMPv3 scoped PDU: {exc}") from None
    if scoped is None:
        raise ValueError("malformed SNMPv3 message: no plaintext scoped PDU")
    return scoped.pdu, scoped.context_engine_id, scoped.context_name, header[3]


# ---------------------------------------------------------------------- conversions
def _to_pyasn1(pdu: PduData) -> Any:
    from snmpscope.core.transport.pyasn1_codec import _V2C, PysnmpCodec

    return PysnmpCodec._pdu(_V2C, False, pdu)


def _from_pyasn1(pdu: Any) -> PduData:
    from snmpscope.core.transport.pyasn1_codec import _TAG_TO_PDU_TYPE, _varbinds

    pdu_type = _TAG_TO_PDU_TYPE.get(pdu.tagSet)
    if pdu_type is None:
        from pysnmp.proto.api import v2c

        if pdu.tagSet == v2c.ReportPDU.tagSet:
            pdu_type = int(PduType.REPORT)
        else:
            raise ValueError("unknown PDU type in the SNMPv3 message")
    return PduData(int(pdu_type), int(pdu[0]), int(pdu[1]), int(pdu[2]), _varbinds(pdu[3]))


UsmHeader = tuple[bytes, int, int, str, int]
_ENVELOPE: list[V3EnvelopeCodec] = []


def _envelope() -> V3EnvelopeCodec:
    """The process's SNMPv3 envelope codec (thread-safe), made with the first v3 message."""
    if not _ENVELOPE:
        from snmpscope.core.transport.v3_envelope import V3EnvelopeCodec

        _ENVELOPE.append(V3EnvelopeCodec())
    return _ENVELOPE[0]


def _usm_header(data: bytes) -> UsmHeader | None:
    """(authoritative engine ID, boots, time, user name, msgFlags) of an SNMPv3/USM message,
    or None when it has none that can be read. Through the fast envelope codec (pysnmp's
    ASN.1 is its oracle in tests): pysnmp decodes the whole message again anyway, and a
    second pyasn1 pass would double the cost of each one."""
    from snmpscope.core.transport.codec import CodecError

    codec = _envelope()
    try:
        message = codec.decode_message(data)
        params = codec.decode_usm_parameters(message.security_parameters)
    except CodecError:
        return None
    return (
        params.engine_id,
        params.engine_boots,
        params.engine_time,
        params.user_name.decode("utf-8", "surrogateescape"),
        message.flags,
    )


def _why(exc: Exception) -> str:
    info = getattr(exc, "get", None)
    if callable(info):
        indication = info("errorIndication")
        if indication is not None:
            return str(indication)
    return str(exc) or type(exc).__name__


__all__ = [
    "EngineInfo",
    "SnmpVersion",
    "UsmLayer",
    "V3Inbound",
    "fingerprint",
    "is_v3_message",
]
