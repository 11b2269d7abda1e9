"""The message codec: :class:`WireMessage` <-> BER bytes, behind one small interface.

Everything that turns SNMP messages into bytes or back goes through a :class:`SnmpCodec`:
the transport's sends and receives, SnmpEncodeMsg and SnmpDecodeMsg. Two implementations:

* :class:`~snmpscope.core.transport.fast_codec.FastCodec`, the default: a BER encoder and
  decoder specialised for v1/v2c messages that reads bytes straight into model values (see
  :mod:`~snmpscope.core.transport.ber_reader` and :mod:`~snmpscope.core.transport.ber_writer`)
  and hands anything it does not handle to the reference, counted;
* :class:`~snmpscope.core.transport.pyasn1_codec.PysnmpCodec`, the reference (the oracle the
  fast one is tested against): pysnmp's protocol modules over pyasn1's BER codec.

Both share what this module holds: the data types, the errors, the envelope checks that open
every decode (:func:`read_envelope`) and the outline check that guards the expensive part
(:func:`check_outline`, the prescan). This module imports neither pysnmp nor pyasn1; the
names ``PysnmpCodec``, ``decoder`` and ``encoder`` are still importable from it (loaded on
first use), as they were when the reference codec lived here.

A :class:`WireMessage` carries plain model data (:class:`PduData` with :class:`SmiValue`s); no
pyasn1 object crosses this boundary. SNMPv1 Trap-PDUs, which the PDU model cannot express,
carry their header in :class:`V1TrapHeader`.

Only the community-based versions are encoded here. SNMPv3 messages (USM) will not pass through
this codec: pysnmp's message-processing engine will build and parse them (see
:mod:`snmpscope.core.transport.udp`), so this interface stays free of security parameters.
"""

from __future__ import annotations

from typing import Any, Protocol

from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.model.states import PduData
from snmpscope.core.records import FrozenRecord, Record
from snmpscope.core.smi.oid import Oid
from snmpscope.core.transport.prescan import (
    MAX_VARBINDS,
    PrescanError,
    TooManyVarbindsError,
    prescan,
)

__all__ = [
    "MAX_VARBINDS",
    "CodecError",
    "OversizedMessageError",
    "SnmpCodec",
    "V1TrapHeader",
    "WireMessage",
    "check_outline",
    "read_envelope",
]


class CodecError(ValueError):
    """Bytes that are no valid v1/v2c message, or a message that cannot be encoded.
    ``str(error)`` names what is wrong."""


class OversizedMessageError(CodecError):
    """A message refused before decoding because it has more varbinds than the codec's
    ``max_varbinds`` (decoding it would hold the I/O thread too long)."""


class V1TrapHeader(FrozenRecord):
    """The fields of an SNMPv1 Trap-PDU (RFC 1157) besides its variable bindings."""

    __slots__ = (
        "enterprise",
        "agent_address",
        "generic",
        "specific",
        "timestamp",
    )
    enterprise: Oid
    agent_address: bytes  # 4 octets
    generic: int
    specific: int
    timestamp: int  # TimeTicks

    def __init__(
        self, enterprise: Oid, agent_address: bytes, generic: int, specific: int, timestamp: int
    ) -> None:
        object.__setattr__(self, "enterprise", enterprise)
        object.__setattr__(self, "agent_address", agent_address)
        object.__setattr__(self, "generic", generic)
        object.__setattr__(self, "specific", specific)
        object.__setattr__(self, "timestamp", timestamp)


class WireMessage(Record):
    """One community-based SNMP message in model terms.

    ``pdu.type`` is a :class:`PduType`; for ``V1TRAP`` the request id and error fields are 0
    and ``trap`` holds the header. ``length`` is how many bytes a decode consumed.
    """

    __slots__ = ("version", "community", "pdu", "trap", "length")
    version: SnmpVersion
    community: bytes
    pdu: PduData
    trap: V1TrapHeader | None
    length: int

    def __init__(
        self,
        version: SnmpVersion,
        community: bytes,
        pdu: PduData,
        trap: V1TrapHeader | None = None,
        length: int = 0,
    ) -> None:
        self.version = version
        self.community = community
        self.pdu = pdu
        self.trap = trap
        self.length = length


class SnmpCodec(Protocol):
    """Encode and decode community-based (v1/v2c) SNMP messages."""

    def encode(self, message: WireMessage) -> bytes:
        """BER bytes of ``message``; :class:`CodecError` names what cannot be encoded."""
        ...

    def decode(self, data: bytes) -> WireMessage:
        """The first message in ``data`` (trailing bytes are ignored, see ``length``);
        :class:`CodecError` names what is wrong with the bytes."""
        ...


VERSION_NAMES = {SnmpVersion.V1: "SNMPv1", SnmpVersion.V2C: "SNMPv2c"}


_VERSIONS = {int(v): v for v in (SnmpVersion.V1, SnmpVersion.V2C)}  # without the enum's call


def read_envelope(data: bytes) -> tuple[bytes, SnmpVersion]:
    """The first message's bytes (``data`` cut to the length its outer SEQUENCE states) and
    its version, or :class:`CodecError` for what is no v1/v2c message at first sight: empty,
    no SEQUENCE, no readable version field, SNMPv3, an unknown version."""
    if not data:
        raise CodecError("empty message")
    if data[0] != 0x30:
        raise CodecError(
            f"not an SNMP message: it starts with {data[0]:#04x}, not a BER SEQUENCE (0x30)"
        )
    # SnmpDecodeMsg may be handed more bytes than the message: decode only the first one.
    header, total = _outer_header(data)
    data = data[:total]
    raw_version = _peek_version(data, header)
    if raw_version == SnmpVersion.V3:
        raise CodecError("SNMPv3 message: this codec decodes SNMPv1 and SNMPv2c only")
    if raw_version not in (SnmpVersion.V1, SnmpVersion.V2C):
        raise CodecError(f"unknown SNMP version field {raw_version}")
    return data, _VERSIONS[raw_version]


def check_outline(data: bytes, version: SnmpVersion, max_varbinds: int) -> None:
    """The prescan of a message :func:`read_envelope` let through, with the codec's errors:
    :class:`OversizedMessageError` for too many varbinds, :class:`CodecError` for an outline
    that is no SNMP (see :mod:`~snmpscope.core.transport.prescan`)."""
    name = VERSION_NAMES[version]
    try:
        prescan(data, max_varbinds)
    except TooManyVarbindsError as exc:
        raise OversizedMessageError(f"{name} message ({len(data)} bytes): {exc}") from None
    except PrescanError as exc:
        raise CodecError(f"malformed {name} message ({len(data)} bytes): {exc}") from None


def _outer_header(data: bytes) -> tuple[int, int]:
    """(header size, total size) of the message's outer SEQUENCE, from its BER length octets.
    The total is the whole buffer when the length is unreadable (the decoder then reports
    what is wrong)."""
    if len(data) < 2:
        return len(data), len(data)
    first = data[1]
    if first < 0x80:
        return 2, 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return len(data), len(data)  # indefinite or absurd length: let the decoder complain
    return 2 + count, 2 + count + int.from_bytes(data[2 : 2 + count], "big")


def _peek_version(data: bytes, header: int) -> int:
    """The msgVersion INTEGER that opens every SNMP message, read to pick the ASN.1 spec
    (what ``pysnmp.proto.api.decodeMessageVersion`` does, without a pyasn1 pass)."""
    if len(data) < header + 3 or data[header] != 0x02 or not 1 <= data[header + 1] <= 4:
        raise CodecError(
            f"no readable SNMP version field (truncated or malformed BER, {len(data)} bytes)"
        )
    size = data[header + 1]
    if len(data) < header + 2 + size:
        raise CodecError(f"the SNMP version field is cut short ({len(data)} bytes)")
    return int.from_bytes(data[header + 2 : header + 2 + size], "big", signed=True)


def type_name(pdu_type: int) -> str:
    """A PDU type's name for messages (its hex value when it has none)."""
    try:
        return PduType(pdu_type).name
    except ValueError:
        return hex(pdu_type)


_LAZY = {"PysnmpCodec", "decoder", "encoder"}


def __getattr__(name: str) -> Any:
    # The reference codec imports pysnmp and pyasn1 (~100 ms): load it only when asked for.
    if name in _LAZY:
        from snmpscope.core.transport import pyasn1_codec

        return getattr(pyasn1_codec, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
