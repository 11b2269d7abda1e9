"""SNMPv3 USM vocabulary for the GUI: the security record of an entity, the protocol and
level names (net-snmp's spelling), the checks the entity dialog validates with, and Reports
in words. The GUI's door to :mod:`snmpscope.core.model.usm` (it never reaches the model)."""

from __future__ import annotations

from snmpscope.core.client.aes_probe import AesProbeResult
from snmpscope.core.model.states import V3Security
from snmpscope.core.model.usm import (
    AUTH_PROTOCOLS,
    MIN_PASSPHRASE,
    OTHER_AES_VARIANT,
    PRIV_PROTOCOLS,
    SECURITY_LEVELS,
    UsmParameterError,
    check_security,
    explain_report,
)

__all__ = [
    "AUTH_PROTOCOLS",
    "MIN_PASSPHRASE",
    "OTHER_AES_VARIANT",
    "PRIV_PROTOCOLS",
    "SECURITY_LEVELS",
    "AesProbeResult",
    "UsmParameterError",
    "V3Security",
    "check_security",
    "explain_report",
    "msg_flags_text",
]


def msg_flags_text(flags: int) -> str:
    """``0x03 (auth, priv)``: an SNMPv3 msgFlags octet as the details show it."""
    names = [name for bit, name in ((1, "auth"), (2, "priv"), (4, "reportable")) if flags & bit]
    return f"{flags:#04x} ({', '.join(names) or 'none'})"
