"""Transport counters: what went out, what came in, and everything that was dropped and why.

The I/O thread bumps them; anyone may read a consistent :class:`TransportStats` snapshot
(tests assert on them, the GUI shows them in its status bar).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class TransportStats:
    """A snapshot of the transport's counters."""

    sent: int = 0  # datagrams sent: first transmissions, traps, responses, inform acks
    retransmitted: int = 0  # repeated transmissions of a request
    received: int = 0  # datagrams read from any socket
    responses: int = 0  # responses matched to an outstanding request and handed on
    duplicates: int = 0  # another copy of a response that was already matched
    late: int = 0  # a response to a request that timed out, was cancelled or closed
    unknown_request_id: int = 0  # a response nobody asked for
    wrong_peer: int = 0  # a response with a pending request id, from another address
    wrong_version: int = 0  # a response in another SNMP version than its request
    undecodable: int = 0  # bytes that are no v1/v2c message (garbage, truncated BER)
    oversized: int = 0  # messages with more varbinds than the codec decodes (prescan)
    unexpected_pdu: int = 0  # a PDU type the receiving socket does not serve
    traps: int = 0  # notifications handed to the trap filter (informs included)
    informs: int = 0  # informs acknowledged
    duplicate_informs: int = 0  # re-sent informs: not delivered again (re-acknowledged once queued)
    unacknowledged_informs: int = 0  # informs no session queued: not acknowledged (sender retries)
    reports: int = 0  # SNMPv3 Report PDUs received for our requests (discovery included)
    v3_dropped: int = 0  # SNMPv3 messages the USM refused (bad digest, unknown user, time)
    agent_requests: int = 0  # requests received by listening entities
    backlog_dropped: int = 0  # notifications/agent requests dropped: the model was too far behind
    timeouts: int = 0  # requests that ran out of retries
    unreachable: int = 0  # ICMP errors (port/host unreachable) for a request
    send_errors: int = 0  # sendto failures
    internal_errors: int = 0  # bugs caught on the I/O thread (logged)
    # The fast codec handed a message to the reference codec (pyasn1): counted, never silent.
    decode_fallbacks: int = 0  # decodes (received datagrams and SnmpDecodeMsg)
    encode_fallbacks: int = 0  # encodes (SnmpSendMsg and SnmpEncodeMsg)


class Counters:
    """Thread-safe mutable counters behind :class:`TransportStats`."""

    _names = tuple(f.name for f in fields(TransportStats))

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values = dict.fromkeys(self._names, 0)

    def bump(self, name: str, amount: int = 1) -> None:
        with self._lock:
            self._values[name] += amount

    def snapshot(self) -> TransportStats:
        with self._lock:
            return TransportStats(**self._values)
