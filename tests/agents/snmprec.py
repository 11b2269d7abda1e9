"""snmpsim recordings (``OID|TAG|VALUE`` lines) made here: from a walk of any agent, and a
Cisco-like device built from real MIB tables (for comparing names, indexes and values with
net-snmp's on the modules of the shared MIB corpus).

:func:`record_walk` turns our client's varbinds into a recording; :func:`cisco_like` builds
one for a switch from the tables in :data:`CISCO_TABLES`, with index values of every INDEX
kind those tables have (integers and enumerations, strings with and without length, IMPLIED,
MAC addresses, IpAddress, InetAddress after its type, OID-valued, TimeFilter) and values of
each column's MIB type (enumerations, DISPLAY-HINTs, units, counters, OIDs).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from snmpscope.core.constants import Syntax
from snmpscope.core.mib.names import MibNames
from snmpscope.core.smi.values import SmiValue

_TAGS = {
    Syntax.INT: "2",
    Syntax.OCTETS: "4x",
    Syntax.OID: "6",
    Syntax.IPADDR: "64",
    Syntax.CNTR32: "65",
    Syntax.GAUGE32: "66",
    Syntax.TIMETICKS: "67",
    Syntax.OPAQUE: "68x",
    Syntax.CNTR64: "70",
    Syntax.UINT32: "66",
}


def snmprec_line(oid: Sequence[int], value: SmiValue) -> str | None:
    """One recording line, or None for what snmpsim cannot record (exceptions, NULL)."""
    tag = _TAGS.get(value.syntax)
    payload = value.value
    if tag is None or payload is None:
        return None
    if isinstance(payload, bytes):
        text = ".".join(str(b) for b in payload) if value.syntax == Syntax.IPADDR else payload.hex()
    elif isinstance(payload, tuple):
        text = ".".join(map(str, payload))
    else:
        text = str(payload)
    return f"{'.'.join(map(str, oid))}|{tag}|{text}"


def record_walk(varbinds: Iterable[tuple[Sequence[int], SmiValue]]) -> str:
    """A recording of walked varbinds (in OID order, as snmpsim wants them)."""
    lines = [snmprec_line(oid, value) for oid, value in sorted(varbinds, key=lambda v: tuple(v[0]))]
    return "\n".join(line for line in lines if line) + "\n"


CISCO_TABLES = (
    "IF-MIB::ifTable",
    "IF-MIB::ifXTable",
    "IF-MIB::ifStackTable",
    "ENTITY-MIB::entPhysicalTable",
    "BRIDGE-MIB::dot1dBasePortTable",
    "BRIDGE-MIB::dot1dTpFdbTable",
    "Q-BRIDGE-MIB::dot1qTpFdbTable",
    "Q-BRIDGE-MIB::dot1qVlanStaticTable",
    "LLDP-MIB::lldpLocPortTable",
    "LLDP-MIB::lldpRemTable",
    "LLDP-MIB::lldpRemManAddrTable",
    "ETHERLIKE-MIB::dot3StatsTable",
    "IP-MIB::ipAddrTable",
    "IP-MIB::ipAddressTable",
    "IP-MIB::ipNetToMediaTable",
    "IP-MIB::ipNetToPhysicalTable",
    "IP-FORWARD-MIB::ipCidrRouteTable",
    "IP-FORWARD-MIB::ipForwardTable",
    "RFC1213-MIB::atTable",
    "SNMP-VIEW-BASED-ACM-MIB::vacmSecurityToGroupTable",
    "SNMP-VIEW-BASED-ACM-MIB::vacmViewTreeFamilyTable",
    "SNMP-COMMUNITY-MIB::snmpCommunityTable",
    "CISCO-PROCESS-MIB::cpmCPUTotalTable",
    "CISCO-PROCESS-MIB::cpmProcessTable",
    "CISCO-MEMORY-POOL-MIB::ciscoMemoryPoolTable",
    "CISCO-VTP-MIB::vtpVlanTable",
    "CISCO-VTP-MIB::vlanTrunkPortTable",
    "CISCO-CDP-MIB::cdpInterfaceTable",
    "CISCO-CDP-MIB::cdpCacheTable",
    "CISCO-ENVMON-MIB::ciscoEnvMonTemperatureStatusTable",
    "CISCO-ENVMON-MIB::ciscoEnvMonFanStatusTable",
    "CISCO-CONFIG-MAN-MIB::ccmHistoryEventTable",
    "CISCO-STACK-MIB::portTable",
    "CISCO-ETHERLIKE-EXT-MIB::ceeDot3PauseExtTable",
)

CISCO_SCALARS: tuple[tuple[str, str, str], ...] = (
    (
        "1.3.6.1.2.1.1.1.0",
        "4",
        "Cisco IOS Software, C3560 Software (C3560-IPSERVICESK9-M), 12.2(55)SE",
    ),
    ("1.3.6.1.2.1.1.2.0", "6", "1.3.6.1.4.1.9.1.1227"),
    ("1.3.6.1.2.1.1.3.0", "67", "123456789"),
    ("1.3.6.1.2.1.1.4.0", "4", "noc@example.net"),
    ("1.3.6.1.2.1.1.5.0", "4", "c3560-lab"),
    ("1.3.6.1.2.1.1.6.0", "4", "rack 4"),
    ("1.3.6.1.2.1.1.7.0", "2", "6"),
    ("1.3.6.1.2.1.2.1.0", "2", "3"),
    ("1.3.6.1.4.1.9.9.46.1.1.1.0", "2", "2"),  # vtpVersion
    ("1.3.6.1.4.1.9.9.43.1.1.1.0", "67", "3500"),  # ccmHistoryRunningLastChanged
    ("1.3.6.1.4.1.9.9.99999.1.1.0", "2", "7"),  # nothing names this
    ("1.3.6.1.4.1.9.2.1.3.0", "4", "c3560-lab"),  # OLD-CISCO: not in the corpus
)

_TEXTS = ("Gi1/0/1", "public", "Fa0/24", "uplink to core", "a.b")
_OID_VALUES = ("1.3.6.1.4.1.9.1.1227", "0.0", "1.3.6.1.2.1.47.1.1.1.1", "1.3.6.1.4.1.9.12.3.1.9")
_STRINGS = ("GigabitEthernet1/0/1", "", 'Cisco "quoted" text', "line one\nline two")


class _Maker:
    def __init__(self, names: MibNames, seed: int) -> None:
        self.names = names
        self.rng = random.Random(seed)

    def index(self, parts: Sequence[object], row: int) -> list[int] | None:
        arcs: list[int] = []
        previous = 0
        for part in parts:
            kind = getattr(part, "kind", "")
            ranges = getattr(part, "ranges", ())
            if kind in ("int", "ticks"):
                enums = getattr(part, "enums", ())
                if enums:
                    value = enums[row % len(enums)][0]
                elif ranges:
                    low, high = ranges[0]
                    value = max(low, 0) + row if high - low > row else low
                else:
                    value = (1, 10001, 5, 100)[row % 4]
                arcs.append(value)
                previous = value
            elif kind == "ipaddr":
                arcs += [10, 0, row, 1]
            elif kind == "netaddr":
                arcs += [1, 10, 0, row, 2]
            elif kind == "oid":
                oid = [1, 3, 6, 1, 2, 1, 2 + row] if row else [0, 0]
                arcs += oid if getattr(part, "implied", False) else [len(oid), *oid]
            elif kind == "string":
                fixed = getattr(part, "fixed", None)
                if getattr(part, "inet", False):
                    octets = (
                        [10, 0, 0, row + 1]
                        if previous in (1, 0)
                        else [254, 128, *[0] * 13, row + 1]
                    )
                elif fixed is not None:
                    octets = [0, 26, 43, 60, 77, row][:fixed] + [row] * max(0, fixed - 6)
                else:
                    text = _TEXTS[row % len(_TEXTS)]
                    if ranges and not any(a <= len(text) <= b for a, b in ranges):
                        text = "x" * max(ranges[0][0], 1)
                    octets = list(text.encode())
                if getattr(part, "implied", False) or fixed is not None:
                    arcs += octets
                else:
                    arcs += [len(octets), *octets]
            else:
                return None
        return arcs

    def value(self, info: object, row: int) -> tuple[str, str] | None:
        base = getattr(info, "base_type", "")
        enums = getattr(info, "enums", {})
        ranges = getattr(info, "ranges", ())
        hint = getattr(info, "display_hint", "")
        name = getattr(info, "syntax_name", "")
        if base == "INTEGER":
            if enums:
                values = sorted(enums)
                return "2", str(values[row % len(values)])
            if ranges:
                low, high = ranges[0]
                return "2", str(min(max(low, 0) + row * 7, high))
            return "2", str((42, -5, 0, 100000)[row % 4])
        if base == "Gauge32":
            return "66", str((0, 7, 1000000000, 4294967295)[row % 4])
        if base == "Counter32":
            return "65", str((0, 12345, 4294967295, 99)[row % 4])
        if base == "Counter64":
            return "70", str((0, 18446744073709551615, 1234567890123, 5)[row % 4])
        if base == "Timeticks":
            return "67", str((0, 123456789, 8640000, 4294967295)[row % 4])
        if base in ("IpAddress", "NetworkAddress"):
            return "64", f"192.168.{row}.1"
        if base == "OBJECT IDENTIFIER":
            return "6", (
                "1.3.6.1.4.1.9.1.1227",
                "0.0",
                "1.3.6.1.2.1.47.1.1.1.1",
                "1.3.6.1.4.1.9.12.3.1.9.2.3",
            )[row % 4]
        if base == "BITS":
            return "4x", ("80", "c001", "00", "ff")[row % 4]
        if base == "OCTET STRING":
            fixed = ranges[0][0] if len(ranges) == 1 and ranges[0][0] == ranges[0][1] else None
            if name == "DateAndTime":
                return "4x", ("07e90c010a1e0000", "07e90c010a1e00002b0000")[row % 2]
            if fixed is not None or hint.endswith(("x:", "x", "x-")) or "Address" in name:
                count = fixed or 6
                return "4x", "".join(f"{(17 * row + i * 41) % 256:02x}" for i in range(count))
            text = ("GigabitEthernet1/0/1", "", 'Cisco "quoted" text', "line one\nline two")[
                row % 4
            ]
            if ranges and not any(a <= len(text) <= b for a, b in ranges):
                text = "ok" if any(a <= 2 <= b for a, b in ranges) else "x" * ranges[0][0]
            return "4", text
        return None


def cisco_like(names: MibNames, tables: Iterable[str] = CISCO_TABLES, rows: int = 3) -> str:
    """A recording of a Cisco-like switch: :data:`CISCO_SCALARS` plus ``rows`` rows of each
    table the loaded modules of ``names`` define (tables they do not define are skipped)."""
    maker = _Maker(names, seed=3560)
    lines = [f"{oid}|{tag}|{value}" for oid, tag, value in CISCO_SCALARS]
    for table in tables:
        try:
            table_oid = names.name_to_oid(table)
        except Exception:
            continue
        view = names._loaded_view()
        children = view.children(table_oid)
        if not children:
            continue
        row_node = children[0]
        parts = view.index_parts(row_node.oid)
        columns = [
            c
            for c in view.children(row_node.oid)
            if c.info.get("a", "") not in ("not-accessible", "")
        ]
        for row in range(rows):
            index = maker.index(parts, row)
            if index is None:
                break
            for column in columns:
                info = names.render_info(column.oid)
                made = maker.value(info, row) if info is not None else None
                if made is None:
                    continue
                tag, text = made
                if tag == "4" and "\n" in text:
                    tag, text = "4x", text.encode().hex()
                oid = ".".join(map(str, (*column.oid, *index)))
                lines.append(f"{oid}|{tag}|{text}")
    lines.sort(key=lambda line: tuple(int(a) for a in line.split("|", 1)[0].split(".")))
    return "\n".join(lines) + "\n"
