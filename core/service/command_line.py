"""The net-snmp command that does what a request, walk or table of the window did.

"Copy as net-snmp command" hands an administrator the exact ``snmpget``/``snmpbulkwalk``/...
line to paste into a terminal, a ticket or a script. It is built here, in the service layer
and without Qt, so that a test can run the produced command with net-snmp against a real
agent and compare its output with what snmpscope showed: the command is only worth copying if
it is equivalent.

Secrets (the community, v3 passphrases) are masked as ``•••`` unless the caller asks for them;
a masked command is for reading and sharing, an unmasked one for running.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from enum import StrEnum

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.service.agent_profiles import V3Credentials
from snmpscope.core.smi.address import join_host_port

MASK = "•••"
NETSNMP_DEFAULT_PORT = 161


class CommandKind(StrEnum):
    """What was done, by the net-snmp tool that does the same."""

    GET = "snmpget"
    GETNEXT = "snmpgetnext"
    GETBULK = "snmpbulkget"
    SET = "snmpset"
    WALK = "snmpwalk"
    BULKWALK = "snmpbulkwalk"
    TABLE = "snmptable"


@dataclass(frozen=True, slots=True)
class CommandTarget:
    """Where a command goes and with what credentials."""

    host: str
    port: int = NETSNMP_DEFAULT_PORT
    version: SnmpVersion = SnmpVersion.V2C
    community: str = ""
    timeout_cs: int = 100
    retry: int = 2
    v3: V3Credentials | None = None

    @property
    def address(self) -> str:
        """The agent as net-snmp's transport specifier (``udp6:[::1]:161`` for IPv6)."""
        if ":" in self.host:
            return "udp6:" + join_host_port(self.host, self.port)
        if self.port == NETSNMP_DEFAULT_PORT:
            return self.host
        return join_host_port(self.host, self.port)


@dataclass(frozen=True, slots=True)
class SetValue:
    """One varbind of a SET as snmpset takes it: OID, type letter (``=`` for the MIB's type)
    and value text."""

    oid: str
    type_letter: str
    value: str


def command_args(
    kind: CommandKind,
    target: CommandTarget,
    oids: list[str] | tuple[str, ...] = (),
    *,
    values: list[SetValue] | tuple[SetValue, ...] = (),
    non_repeaters: int = 0,
    max_repetitions: int = 10,
    show_secrets: bool = False,
) -> list[str]:
    """The command as an argument list (unmasked ones run with ``subprocess``)."""
    args: list[str] = [str(kind), *_security_args(target, show_secrets)]
    args += ["-t", _seconds(target.timeout_cs), "-r", str(target.retry)]
    if kind == CommandKind.GETBULK:
        args += [f"-Cn{non_repeaters}", f"-Cr{max_repetitions}"]
    elif kind == CommandKind.BULKWALK:
        args.append(f"-Cr{max_repetitions}")
    args.append(target.address)
    if kind == CommandKind.SET:
        for value in values:
            args += [value.oid, value.type_letter, value.value]
    else:
        args += list(oids)
    return args


def command_text(
    kind: CommandKind,
    target: CommandTarget,
    oids: list[str] | tuple[str, ...] = (),
    *,
    values: list[SetValue] | tuple[SetValue, ...] = (),
    non_repeaters: int = 0,
    max_repetitions: int = 10,
    show_secrets: bool = False,
) -> str:
    """The command as one shell line, every argument quoted as a POSIX shell needs."""
    args = command_args(
        kind,
        target,
        oids,
        values=values,
        non_repeaters=non_repeaters,
        max_repetitions=max_repetitions,
        show_secrets=show_secrets,
    )
    return " ".join(_quote(arg) for arg in args)


def walk_kind(version: SnmpVersion, max_repetitions: int) -> CommandKind:
    """snmpbulkwalk, or snmpwalk for SNMPv1 and for a walk with GETNEXT (0 repetitions)."""
    if version == SnmpVersion.V1 or max_repetitions <= 0:
        return CommandKind.WALK
    return CommandKind.BULKWALK


def _security_args(target: CommandTarget, show_secrets: bool) -> list[str]:
    def secret(value: str) -> str:
        # A secret the window does not know (no saved profile) stays masked even when shown.
        return value if show_secrets and value else MASK

    if target.version == SnmpVersion.V1:
        return ["-v1", "-c", secret(target.community)]
    if target.version == SnmpVersion.V2C or target.v3 is None:
        return ["-v2c", "-c", secret(target.community)]
    v3 = target.v3
    args = ["-v3", "-l", v3.security_level, "-u", v3.user]
    if v3.security_level in ("authNoPriv", "authPriv"):
        args += ["-a", v3.auth_protocol or "MD5", "-A", secret(v3.auth_passphrase)]
    if v3.security_level == "authPriv":
        args += ["-x", v3.priv_protocol or "DES", "-X", secret(v3.priv_passphrase)]
    if v3.context_name:
        args += ["-n", v3.context_name]
    return args


def _seconds(centiseconds: int) -> str:
    seconds = centiseconds / 100
    return f"{seconds:g}"


def _quote(arg: str) -> str:
    # The mask is shown quoted, as the secret it stands for would be.
    if arg == MASK:
        return f"'{MASK}'"
    return shlex.quote(arg)
