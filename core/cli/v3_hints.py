"""SNMPv3 failures in words, and the AES key-extension probe, for the request commands.

A Report already names what went wrong (its SNMPAPI_RPT_* code); :class:`V3Hints` turns it
into the sentence :func:`~snmpscope.core.model.usm.explain_report` writes. A timeout of an
authPriv request is where net-snmp says only "Timeout": agents drop what they cannot
decrypt. Here the same user is asked once more without privacy: when that is answered (or
refused with unsupportedSecLevels, which proves the user and its authentication key), the
error line says the privacy passphrase or protocol is what is wrong. ``--probe-aes`` tries
the other AES-192/AES-256 key extension (Blumenthal <-> Reeder) and says which one works.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from snmpscope.core.api import Context, Entity
from snmpscope.core.client.response import SnmpProtocolError
from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError

if TYPE_CHECKING:
    from snmpscope.core.cli.commands import Target
    from snmpscope.core.cli.output import Printer
    from snmpscope.core.cli.session import CliSession

SYS_UPTIME = (1, 3, 6, 1, 2, 1, 1, 3, 0)
PROBE_TIMEOUT_CS = 100
AES_PROBE_CODES = frozenset({ApiError.TL_TIMEOUT, ApiError.RPT_DECRYPTIONERROR})


class V3Hints:
    """Runs one command on the target's entity and explains an SNMPv3 failure."""

    def __init__(self, cli: CliSession, target: Target, printer: Printer) -> None:
        self.cli = cli
        self.target = target
        self.printer = printer
        self._entities: list[Entity] = []

    def _entity(self, security: object = None) -> tuple[Entity, Context]:
        t = self.target
        entity, context = self.cli.agent(
            t.agent,
            t.version,
            t.community,
            t.timeout_cs,
            t.retries,
            security if security is not None else t.security,  # type: ignore[arg-type]
            t.context_name,
            t.context_engine_id,
        )
        self._entities.append(entity)
        return entity, context

    def run(self, command: Callable[[Entity, Context], int]) -> int:
        entity, context = self._entity()
        try:
            return command(entity, context)
        except SnmpApiError as exc:
            security = self.target.security
            if not self.target.probe_aes or security is None:
                raise
            from snmpscope.core.model.usm import OTHER_AES_VARIANT  # only v3 comes this far

            if security.priv_protocol not in OTHER_AES_VARIANT or exc.code not in AES_PROBE_CODES:
                raise
            other = OTHER_AES_VARIANT[security.priv_protocol]
            variant = security.replace(priv_protocol=other)
            entity, context = self._entity(variant)
            try:
                result = command(entity, context)
            except SnmpApiError as second:
                if second.code in AES_PROBE_CODES:
                    second.v3_explanation = (  # type: ignore[attr-defined]
                        f"neither {security.priv_protocol} nor {other} got an answer — the "
                        "privacy passphrase (-X) or protocol (-x) is wrong, not the AES key "
                        "extension"
                    )
                raise second from None
            self.printer.complain(
                f"note: the agent uses {other} ({_variant(other)} key extension), not "
                f"{security.priv_protocol}: use -x {other}"
            )
            return result

    def explain(self, exc: SnmpApiError) -> None:
        """Attach the words for an SNMPv3 failure to ``exc`` (``v3_explanation``)."""
        security = self.target.security
        if security is None or getattr(exc, "v3_explanation", None):
            return
        from snmpscope.core.model.usm import explain_report, explain_silent_priv

        if ApiError.RPT_INVALIDMSG <= exc.code <= ApiError.RPT_OTHER:
            # The model wrote the Report in words on the entity, knowing its OID
            seen = self.cli.snmp.app.describe(self._entities[-1].handle) if self._entities else None
            words = getattr(seen, "last_report", "")
            exc.v3_explanation = words or explain_report(  # type: ignore[attr-defined]
                exc.code, security, self.target.context_name
            )
        elif (
            exc.code == ApiError.TL_TIMEOUT
            and security.security_level == "authPriv"
            and self._answers_without_privacy()
        ):
            exc.v3_explanation = explain_silent_priv(  # type: ignore[attr-defined]
                security, self.target.context_name
            )

    def _answers_without_privacy(self) -> bool:
        security = self.target.security
        assert security is not None
        plain = security.replace(security_level="authNoPriv", priv_protocol="", priv_key="")
        entity, context = self._entity(plain)
        entity.timeout_cs = PROBE_TIMEOUT_CS
        try:
            self.cli.manager.get(entity, context, [SYS_UPTIME])
        except SnmpProtocolError:
            return True
        except SnmpApiError as exc:
            return exc.code == ApiError.RPT_UNSUPPSECLEVEL
        return True


def _variant(protocol: str) -> str:
    return "Reeder" if protocol.endswith("-C") else "Blumenthal"
