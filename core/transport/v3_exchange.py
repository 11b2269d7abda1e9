"""The SNMPv3 half of the I/O thread: what the :class:`UsmLayer` unwrapped, put to work.

:class:`V3Exchange` runs on the I/O loop beside :class:`~snmpscope.core.transport.exchange.
Exchange` and uses its sockets, retransmission timers and request table. SNMPv3 answers are
matched by the handle the message-processing layer gave the request (its msgID), not by
request id. A Report is acted on as RFC 3414 says: ``unknownEngineID`` (discovery) and
``notInTimeWindow`` (time synchronisation) resend the request with what the Report taught,
a few times at most; every other Report ends the request with its SNMPAPI_RPT_* code, which
the faces explain in words (:func:`snmpscope.core.model.usm.explain_report`), never as a
timeout. Agent-role requests and notifications are handed to the model as for v1/v2c; an
inform is acknowledged, as the authoritative engine, once the model queued it.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from snmpscope.core.constants import ApiError, PduType, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.lazy_log import get_logger
from snmpscope.core.model.states import IncomingMessage, PduData, V3Security
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.transport.coexistence import trap_oid_of
from snmpscope.core.transport.requests import PendingRequest, peer_ip
from snmpscope.core.transport.sockets import Endpoint, Role
from snmpscope.core.transport.usm import UsmLayer, V3Inbound

if TYPE_CHECKING:
    from snmpscope.core.transport.exchange import Exchange

log = get_logger(__name__)

RESYNC_CODES = frozenset({ApiError.RPT_UNKNOWNENGINEID, ApiError.RPT_NOTINTIMEWINDOW})
MAX_RESYNCS = 3  # discovery, then a time synchronisation, then one more for a reboot
MEMORY = 4096
TICK_S = 1.0


class V3Exchange:
    """SNMPv3 requests in flight and incoming SNMPv3 datagrams (I/O thread only)."""

    def __init__(self, exchange: Exchange, usm: UsmLayer) -> None:
        self.exchange = exchange
        self.usm = usm
        self._by_handle: OrderedDict[int, PendingRequest] = OrderedDict()
        # agent role: (request id, peer ip, peer port) -> (pysnmp's state, endpoint)
        self.agent_states: OrderedDict[tuple[int, str, int], Any] = OrderedDict()
        self._ticking = False

    def _tick(self) -> None:
        """pysnmp's cache expiry (msgIDs of requests never answered, engine info)."""
        self.usm.tick()
        self.exchange.loop.call_later(TICK_S, self._tick)

    def _start_ticking(self) -> None:
        if not self._ticking:
            self._ticking = True
            self.exchange.loop.call_later(TICK_S, self._tick)

    # ------------------------------------------------------------------ sending
    def started(self, request: PendingRequest) -> None:
        """A v3 request goes out: remember its handle (the answer or a Report carries it)."""
        self._start_ticking()
        handle = request.extra.get("v3_handle")
        if handle is not None:
            self._remember(self._by_handle, handle, request)

    def _resync(self, request: PendingRequest, code: ApiError, reporter: bytes = b"") -> bool:
        """Resend after discovery or a time resynchronisation; False when it was done too
        often (the Report then ends the request)."""
        done = int(request.extra.get("v3_resyncs", 0))
        if done >= MAX_RESYNCS:
            return False
        request.extra["v3_resyncs"] = done + 1
        security, context, context_engine_id = request.extra["v3"]
        address = (request.destination.ip, request.destination.port)
        known = self.usm.cached_engine(address)
        if (
            code == ApiError.RPT_UNKNOWNENGINEID
            and not security.engine_id
            and known is not None
            and reporter
            and reporter != known
        ):
            # Another engine answers there now (the agent was replaced or reinstalled):
            # discover it again (RFC 3414 §4). A given -e stays as given.
            self.usm.forget_peer(address)
        try:
            wire, handle = self.usm.wrap_request(
                security,
                (request.destination.ip, request.destination.port),
                request.pdu,
                context,
                context_engine_id,
            )
        except SnmpApiError as exc:
            log.info("cannot resend to %s: %s", request.destination.text(), exc)
            return False
        self._by_handle.pop(int(request.extra.get("v3_handle", 0)), None)
        request.extra["v3_handle"] = handle
        self._remember(self._by_handle, handle, request)
        request.extra["v3_reports"] = [*request.extra.get("v3_reports", []), int(code)]
        self.exchange.resend(request, wire)
        return True

    # ------------------------------------------------------------------ receiving
    def on_datagram(self, endpoint: Endpoint, data: bytes, peer: TransportAddress) -> None:
        exchange = self.exchange
        self._start_ticking()

        def sink(wire: bytes, address: tuple[str, int]) -> None:
            # pysnmp's own Reports, as the authoritative engine (agent role, inform receiver)
            if endpoint.sendto(wire, address) is None:
                exchange.counters.bump("sent")

        try:
            inbound = self.usm.unwrap(data, (peer.ip, peer.port), sink)
        except ValueError as exc:
            exchange.drop("v3_dropped", peer, data, f"undecodable: {exc}")
            return
        if inbound is None:
            exchange.drop("v3_dropped", peer, data, "SNMPv3 message refused by the USM")
            return
        if inbound.kind in ("response", "report"):
            self._answer(endpoint, inbound, data, peer)
        elif inbound.kind == "request" and endpoint.role is Role.AGENT:
            self._agent_request(endpoint, inbound, data, peer)
        elif inbound.kind == "notification" and endpoint.role is Role.TRAP:
            self._notification(endpoint, inbound, data, peer)
        else:
            exchange.drop(
                "unexpected_pdu",
                peer,
                data,
                f"SNMPv3 {inbound.kind} on the {endpoint.role.value} port",
            )

    def _incoming(
        self, endpoint: Endpoint, inbound: V3Inbound, data: bytes, peer: TransportAddress
    ) -> IncomingMessage:
        security = inbound.security
        return IncomingMessage(
            peer,
            endpoint.local,
            SnmpVersion.V3,
            inbound.context_name,
            inbound.pdu,
            data,
            context_engine_id=inbound.context_engine_id,
            security=V3Security(
                security.user, security.security_level, engine_id=inbound.security_engine_id
            ),
            engine=self._engine(peer),
            msg_flags=inbound.msg_flags,
        )

    def _engine(self, peer: TransportAddress) -> tuple[bytes, int, int] | None:
        """(engine ID, boots, time) the USM knows of ``peer``, for the model's entity."""
        info = self.usm.peer_engine((peer.ip, peer.port))
        return (info.engine_id, info.boots, info.time) if info is not None else None

    def _answer(
        self, endpoint: Endpoint, inbound: V3Inbound, data: bytes, peer: TransportAddress
    ) -> None:
        exchange = self.exchange
        request = self._by_handle.get(inbound.handle or 0)
        if request is None or request.done:
            exchange.drop(
                "late" if request is not None else "unknown_request_id",
                peer,
                data,
                "SNMPv3 answer to no request in flight",
            )
            return
        if inbound.kind == "report":
            code = inbound.code or ApiError.RPT_OTHER
            exchange.counters.bump("reports")
            if code in RESYNC_CODES and self._resync(request, code, inbound.security_engine_id):
                return
            self._by_handle.pop(inbound.handle or 0, None)
            exchange.requests.remove(request, "report")
            request.finish()
            failure = exchange._error_message(request)
            failure.engine = self._engine(peer)
            failure.report_oid = inbound.report_oid
            exchange.bridge.failed(request, ApiError(code), failure)
            return
        self._by_handle.pop(inbound.handle or 0, None)
        exchange.requests.remove(request, "answered")
        exchange.answered(request, self._incoming(endpoint, inbound, data, peer))

    def _agent_request(
        self, endpoint: Endpoint, inbound: V3Inbound, data: bytes, peer: TransportAddress
    ) -> None:
        exchange = self.exchange
        if not exchange.bridge.agent_request(
            endpoint.entity, self._incoming(endpoint, inbound, data, peer)
        ):
            exchange.counters.bump("backlog_dropped")
            return
        exchange.counters.bump("agent_requests")
        key = (inbound.pdu.request_id, peer_ip(peer.ip), peer.port)
        self._remember(self.agent_states, key, (inbound.state, endpoint))

    def response_state(self, request_id: int, destination: TransportAddress) -> Any:
        """(pysnmp's state, endpoint) of the agent-role request a RESPONSE answers, or None."""
        key = (request_id, peer_ip(destination.ip), destination.port)
        return self.agent_states.get(key)

    def _notification(
        self, endpoint: Endpoint, inbound: V3Inbound, data: bytes, peer: TransportAddress
    ) -> None:
        exchange = self.exchange
        pdu = inbound.pdu
        decided = None
        if pdu.type == PduType.INFORM:

            def decided(queued: bool) -> None:
                with contextlib.suppress(RuntimeError):
                    exchange.loop.call_soon_threadsafe(
                        self._acknowledge, endpoint, inbound, peer, queued
                    )

        message = self._incoming(endpoint, inbound, data, peer)
        if not exchange.bridge.notification(message, trap_oid_of(pdu), decided):
            exchange.counters.bump("backlog_dropped")
            return
        exchange.counters.bump("traps")

    def _acknowledge(
        self, endpoint: Endpoint, inbound: V3Inbound, peer: TransportAddress, queued: bool
    ) -> None:
        exchange = self.exchange
        if not queued or endpoint.closed:
            exchange.counters.bump("unacknowledged_informs")
            return
        pdu = inbound.pdu
        ack = PduData(int(PduType.RESPONSE), pdu.request_id, 0, 0, list(pdu.varbinds))
        try:
            wire = self.usm.wrap_response(inbound.state, ack)
        except SnmpApiError as exc:
            log.warning("cannot acknowledge the SNMPv3 inform from %s: %s", peer.text(), exc)
            return
        if endpoint.sendto(wire, (peer.ip, peer.port)) is None:
            exchange.counters.bump("sent")
            exchange.counters.bump("informs")

    @staticmethod
    def _remember(memory: OrderedDict[Any, Any], key: Any, value: Any) -> None:
        memory[key] = value
        memory.move_to_end(key)
        while len(memory) > MEMORY:
            memory.popitem(last=False)
