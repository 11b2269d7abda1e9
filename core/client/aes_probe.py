"""The AES key-extension probe: which variant of AES-192/AES-256 an agent uses.

AES-192 and AES-256 need more key than MD5's or SHA-1's digest gives; two drafts extend it
differently (Blumenthal: net-snmp's ``AES-192``/``AES-256``; Reeder: Cisco's "AES256C",
``AES-192-C``/``AES-256-C``). With the wrong one the agent cannot decrypt: it drops the
request (a timeout) or reports decryptionErrors. :func:`probe_aes_variant` asks with the
variant given and, when that fails so, with the other one, and says which one answered.
"""

from __future__ import annotations

from dataclasses import dataclass

from snmpscope.core.api import Session
from snmpscope.core.client.manager import Manager
from snmpscope.core.client.response import SnmpProtocolError
from snmpscope.core.constants import ApiError, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.states import V3Security
from snmpscope.core.model.usm import OTHER_AES_VARIANT

SYS_UPTIME_0 = (1, 3, 6, 1, 2, 1, 1, 3, 0)
PROBE_CODES = frozenset({ApiError.TL_TIMEOUT, ApiError.RPT_DECRYPTIONERROR})


@dataclass(frozen=True, slots=True)
class AesProbeResult:
    """``works``: the privacy protocol that got an answer (None: neither did); ``tried``:
    the protocols asked, in order; ``code``: the last failure when none worked."""

    asked: str
    works: str | None
    tried: tuple[str, ...]
    code: int = 0

    @property
    def explanation(self) -> str:
        if self.works == self.asked:
            return f"the agent uses {self.asked}, as configured"
        if self.works is not None:
            kind = "Reeder" if self.works.endswith("-C") else "Blumenthal"
            return f"the agent uses {self.works} ({kind} key extension), not {self.asked}"
        return (
            f"neither {' nor '.join(self.tried)} got an answer — the privacy passphrase or "
            "the protocol itself is wrong, not the AES key extension"
        )


def probe_aes_variant(
    session: Session,
    address: str,
    security: V3Security,
    context_name: bytes = b"",
    timeout_cs: int = 100,
    retry: int = 0,
) -> AesProbeResult:
    """Ask ``address`` for sysUpTime.0 with ``security``'s AES variant, then the other one.
    ValueError for a privacy protocol that has no other variant."""
    asked = security.priv_protocol
    if asked not in OTHER_AES_VARIANT:
        raise ValueError(f"{asked or 'no privacy'} has no other key-extension variant")
    manager = Manager(session)
    context = session.context(context_name)
    tried: list[str] = []
    code = 0
    try:
        for variant in (asked, OTHER_AES_VARIANT[asked]):
            tried.append(variant)
            entity = session.entity(
                address,
                SnmpVersion.V3,
                timeout_cs,
                retry,
                security=security.replace(priv_protocol=variant),
            )
            try:
                manager.get(entity, context, [SYS_UPTIME_0])
                return AesProbeResult(asked, variant, tuple(tried))
            except SnmpProtocolError:
                return AesProbeResult(asked, variant, tuple(tried))  # answered: decrypted
            except SnmpApiError as exc:
                code = int(exc.code)
                if exc.code not in PROBE_CODES:
                    return AesProbeResult(asked, None, tuple(tried), code)
            finally:
                entity.free()
    finally:
        context.free()
    return AesProbeResult(asked, None, tuple(tried), code)
