"""Transport counters: what went out, what came in, and everything that was dropped and why.

The I/O thread bumps them; anyone may read a consistent :class:`TransportStats` snapshot
(tests assert on them, the GUI shows them in its status bar).
"""

from __future__ import annotations

import threading

from snmpscope.core.records import FrozenRecord


class TransportStats(FrozenRecord):
    """A snapshot of the transport's counters."""

    __slots__ = (
        "sent",
        "retransmitted",
        "received",
        "responses",
        "duplicates",
        "late",
        "unknown_request_id",
        "wrong_peer",
        "wrong_version",
        "undecodable",
        "oversized",
        "unexpected_pdu",
        "traps",
        "informs",
        "duplicate_informs",
        "unacknowledged_informs",
        "reports",
        "v3_dropped",
        "agent_requests",
        "backlog_dropped",
        "timeouts",
        "unreachable",
        "send_errors",
        "internal_errors",
        "decode_fallbacks",
        "encode_fallbacks",
    )
    sent: int  # datagrams sent: first transmissions, traps, responses, inform acks
    retransmitted: int  # repeated transmissions of a request
    received: int  # datagrams read from any socket
    responses: int  # responses matched to an outstanding request and handed on
    duplicates: int  # another copy of a response that was already matched
    late: int  # a response to a request that timed out, was cancelled or closed
    unknown_request_id: int  # a response nobody asked for
    wrong_peer: int  # a response with a pending request id, from another address
    wrong_version: int  # a response in another SNMP version than its request
    undecodable: int  # bytes that are no v1/v2c message (garbage, truncated BER)
    oversized: int  # messages with more varbinds than the codec decodes (prescan)
    unexpected_pdu: int  # a PDU type the receiving socket does not serve
    traps: int  # notifications handed to the trap filter (informs included)
    informs: int  # informs acknowledged
    duplicate_informs: int  # re-sent informs: not delivered again (re-acknowledged once queued)
    unacknowledged_informs: int  # informs no session queued: not acknowledged (sender retries)
    reports: int  # SNMPv3 Report PDUs received for our requests (discovery included)
    v3_dropped: int  # SNMPv3 messages the USM refused (bad digest, unknown user, time)
    agent_requests: int  # requests received by listening entities
    backlog_dropped: int  # notifications/agent requests dropped: the model was too far behind
    timeouts: int  # requests that ran out of retries
    unreachable: int  # ICMP errors (port/host unreachable) for a request
    send_errors: int  # sendto failures
    internal_errors: int  # bugs caught on the I/O thread (logged)
    # The fast codec handed a message to the reference codec (pyasn1): counted, never silent.
    decode_fallbacks: int  # decodes (received datagrams and SnmpDecodeMsg)
    encode_fallbacks: int  # encodes (SnmpSendMsg and SnmpEncodeMsg)

    def __init__(
        self,
        sent: int = 0,
        retransmitted: int = 0,
        received: int = 0,
        responses: int = 0,
        duplicates: int = 0,
        late: int = 0,
        unknown_request_id: int = 0,
        wrong_peer: int = 0,
        wrong_version: int = 0,
        undecodable: int = 0,
        oversized: int = 0,
        unexpected_pdu: int = 0,
        traps: int = 0,
        informs: int = 0,
        duplicate_informs: int = 0,
        unacknowledged_informs: int = 0,
        reports: int = 0,
        v3_dropped: int = 0,
        agent_requests: int = 0,
        backlog_dropped: int = 0,
        timeouts: int = 0,
        unreachable: int = 0,
        send_errors: int = 0,
        internal_errors: int = 0,
        decode_fallbacks: int = 0,
        encode_fallbacks: int = 0,
    ) -> None:
        object.__setattr__(self, "sent", sent)
        object.__setattr__(self, "retransmitted", retransmitted)
        object.__setattr__(self, "received", received)
        object.__setattr__(self, "responses", responses)
        object.__setattr__(self, "duplicates", duplicates)
        object.__setattr__(self, "late", late)
        object.__setattr__(self, "unknown_request_id", unknown_request_id)
        object.__setattr__(self, "wrong_peer", wrong_peer)
        object.__setattr__(self, "wrong_version", wrong_version)
        object.__setattr__(self, "undecodable", undecodable)
        object.__setattr__(self, "oversized", oversized)
        object.__setattr__(self, "unexpected_pdu", unexpected_pdu)
        object.__setattr__(self, "traps", traps)
        object.__setattr__(self, "informs", informs)
        object.__setattr__(self, "duplicate_informs", duplicate_informs)
        object.__setattr__(self, "unacknowledged_informs", unacknowledged_informs)
        object.__setattr__(self, "reports", reports)
        object.__setattr__(self, "v3_dropped", v3_dropped)
        object.__setattr__(self, "agent_requests", agent_requests)
        object.__setattr__(self, "backlog_dropped", backlog_dropped)
        object.__setattr__(self, "timeouts", timeouts)
        object.__setattr__(self, "unreachable", unreachable)
        object.__setattr__(self, "send_errors", send_errors)
        object.__setattr__(self, "internal_errors", internal_errors)
        object.__setattr__(self, "decode_fallbacks", decode_fallbacks)
        object.__setattr__(self, "encode_fallbacks", encode_fallbacks)


class Counters:
    """Thread-safe mutable counters behind :class:`TransportStats`."""

    _names = TransportStats.__slots__

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values = dict.fromkeys(self._names, 0)

    def bump(self, name: str, amount: int = 1) -> None:
        with self._lock:
            self._values[name] += amount

    def snapshot(self) -> TransportStats:
        with self._lock:
            return TransportStats(**self._values)
