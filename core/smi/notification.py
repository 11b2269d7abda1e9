"""The variable bindings every SNMPv2 notification starts with (RFC 3416 §4.2.6):
``sysUpTime.0`` and ``snmpTrapOID.0``, then the notification's own varbinds."""

from __future__ import annotations

import time
from collections.abc import Iterable

from snmpscope.core.constants import SNMP_TRAP_OID_0, SYS_UPTIME_0, Syntax
from snmpscope.core.smi.oid import validate_oid
from snmpscope.core.smi.values import SmiValue, make_value

VarBindInput = tuple[Iterable[int], SmiValue | None]
"""A varbind as callers give it: any sequence of ints, and a value or None (NULL)."""


def uptime_ticks() -> int:
    """This host's uptime in TimeTicks (what net-snmp puts into sysUpTime.0 of a trap it
    sends): CLOCK_MONOTONIC counts from boot on Linux."""
    return int(time.monotonic() * 100) & 0xFFFFFFFF


def notification_varbinds(
    trap_oid: Iterable[int], varbinds: Iterable[VarBindInput] = (), uptime: int | None = None
) -> list[VarBindInput]:
    """The varbinds of an SNMPv2 notification: sysUpTime.0, snmpTrapOID.0, then the rest."""
    ticks = uptime_ticks() if uptime is None else uptime
    return [
        (SYS_UPTIME_0, make_value(Syntax.TIMETICKS, ticks)),
        (SNMP_TRAP_OID_0, make_value(Syntax.OID, validate_oid(trap_oid))),
        *varbinds,
    ]
