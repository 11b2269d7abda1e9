"""The SNMPv3 message and scopedPDU as the model sees them (RFC 3412 §6): plain data, no
pyasn1 object; :mod:`~snmpscope.core.transport.v3_envelope` encodes and decodes them."""

from __future__ import annotations

from dataclasses import dataclass

from snmpscope.core.model.states import PduData

__all__ = [
    "FLAG_AUTH",
    "FLAG_PRIV",
    "FLAG_REPORTABLE",
    "MAX_USER_NAME",
    "MIN_MAX_SIZE",
    "USM_SECURITY_MODEL",
    "ScopedPdu",
    "UsmParameters",
    "V3Message",
]

FLAG_AUTH = 0x01  # msgFlags bits (RFC 3412 §6.4)
FLAG_PRIV = 0x02
FLAG_REPORTABLE = 0x04
USM_SECURITY_MODEL = 3
MIN_MAX_SIZE = 484  # msgMaxSize's lower bound (RFC 3412)
MAX_USER_NAME = 32  # msgUserName (SIZE (0..32)), RFC 3414


@dataclass(frozen=True, slots=True)
class ScopedPdu:
    """A scopedPDU: the context a PDU applies to, and the PDU (an SNMPv2 one). ``length`` is
    how many bytes a decode consumed (a decrypted scopedPDU may carry padding after it)."""

    context_engine_id: bytes
    context_name: bytes
    pdu: PduData
    length: int = 0


@dataclass(frozen=True, slots=True)
class V3Message:
    """One SNMPv3 message: its header data, the security model's parameters (opaque here:
    for USM, the BER of ``UsmSecurityParameters``) and either the plaintext scoped PDU or the
    encrypted one's octets (exactly one of the two). ``length`` as in :class:`ScopedPdu`."""

    msg_id: int
    max_size: int
    flags: int  # msgFlags' single octet: FLAG_AUTH | FLAG_PRIV | FLAG_REPORTABLE
    security_model: int
    security_parameters: bytes
    scoped_pdu: ScopedPdu | None = None
    encrypted_pdu: bytes | None = None
    length: int = 0

    @property
    def authenticated(self) -> bool:
        return bool(self.flags & FLAG_AUTH)

    @property
    def private(self) -> bool:
        return bool(self.flags & FLAG_PRIV)

    @property
    def reportable(self) -> bool:
        return bool(self.flags & FLAG_REPORTABLE)


@dataclass(frozen=True, slots=True)
class UsmParameters:
    """USM's msgSecurityParameters (RFC 3414 §2.4), what the envelope carries as opaque
    octets: the authoritative engine, its boots and time, the user, and the authentication
    (HMAC) and privacy (salt/IV) parameters. ``length`` as in :class:`ScopedPdu`."""

    engine_id: bytes
    engine_boots: int
    engine_time: int
    user_name: bytes
    auth_parameters: bytes
    priv_parameters: bytes
    length: int = 0
