"""The demo agent's data set: load ``resources/demo_agent/*.json`` and build the MIB tree.

Data file format (``snmpscope-demo-agent/1``, JSON, one file per simulated device). Names of
MIB objects are used as keys where the file gives values directly; everything else is the
compact description of a device from which this module instruments the MIB-2 tables.

``running_before_start_s``
    how long the device had been counting before the agent started; interface octet counters
    start at ``rate * running_before_start_s`` unless a direction gives ``base``. It is also
    hrSystemUptime at agent start.
``system``
    ``sysDescr``, ``sysObjectID`` (dotted), ``sysContact``, ``sysName``, ``sysLocation``
    (strings), ``sysServices`` (int), ``sysORTable``: list of ``{id, descr, uptime}``.
``interfaces``
    list of ``{index, name, descr, type (IANAifType number), mtu, speed (bit/s; ifSpeed is
    capped at 2^32-1, ifHighSpeed is speed/10^6), mac ("" for none), admin, oper (1 up,
    2 down), alias, connector (bool), rx, tx}``; ``rx``/``tx`` are ``{rate (octets/s while
    up), size (mean packet size), multicast, broadcast (fractions of packets), discards_ppm,
    errors_ppm, unknown_ppm (per million packets), base (optional start count)}``.
``ip``
    ``forwarding``, ``default_ttl``, ``reasm_timeout``; ``addresses``: ``{addr, mask,
    ifindex}``; ``routes``: ``{dest, mask, next_hop, ifindex, type (local|remote|other|reject),
    proto (local|netmgmt|ospf|bgp|rip|...), metric, next_hop_as?, age (s at start)}`` which
    fill ipRouteTable and ipCidrRouteTable; ``arp``: ``{ifindex, addr, mac, type}``.
``tcp``
    ``rto_algorithm``, ``rto_min``, ``rto_max``, ``max_conn``, ``connections``:
    ``{state (tcpConnState label), local, local_port, remote, remote_port}``.
``udp``
    ``listeners``: ``{local, local_port}``.
``snmp``
    ``enable_authen_traps`` (1 or 2; writable).
``host``
    hrSystem and hrStorage: ``initial_load_device``, ``initial_load_parameters``,
    ``num_users``, ``processes``, ``max_processes``, ``memory_kb``, ``storage``:
    ``{index, type (hrStorageTypes label), descr, units, size, used}``.
``counters``
    ``{MIB scalar name: [count at start, rate per second]}`` for the Counter32/Counter64
    scalars of the ip, icmp, tcp, udp and snmp groups (see ``COUNTER_SCALARS``).

Writable: sysContact.0, sysName.0, sysLocation.0 (DisplayString 0..255), ifAlias (0..64),
ifAdminStatus (up/down; ifOperStatus, ifLastChange and the counters follow) and
snmpEnableAuthenTraps.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from snmpscope.core.agent import tables
from snmpscope.core.agent.model import (
    MIB2,
    DemoDataError,
    DemoTree,
    Moment,
    RateCounter,
    WriteRule,
    const,
    counting,
    display_string,
    text,
    uptime,
)
from snmpscope.core.constants import Syntax
from snmpscope.core.smi.oid import Oid, oid_from_str

FORMAT = "snmpscope-demo-agent/1"
DEFAULT_RESOURCE = "router.json"

# Counter scalars the "counters" section may set, by group: sub-identifier -> name.
# fmt: off
_IP_COUNTERS = {
    3: "ipInReceives", 4: "ipInHdrErrors", 5: "ipInAddrErrors", 6: "ipForwDatagrams",
    7: "ipInUnknownProtos", 8: "ipInDiscards", 9: "ipInDelivers", 10: "ipOutRequests",
    11: "ipOutDiscards", 12: "ipOutNoRoutes", 14: "ipReasmReqds", 15: "ipReasmOKs",
    16: "ipReasmFails", 17: "ipFragOKs", 18: "ipFragFails", 19: "ipFragCreates",
    23: "ipRoutingDiscards",
}
_ICMP_COUNTERS = dict(enumerate((
    "icmpInMsgs", "icmpInErrors", "icmpInDestUnreachs", "icmpInTimeExcds", "icmpInParmProbs",
    "icmpInSrcQuenchs", "icmpInRedirects", "icmpInEchos", "icmpInEchoReps", "icmpInTimestamps",
    "icmpInTimestampReps", "icmpInAddrMasks", "icmpInAddrMaskReps", "icmpOutMsgs",
    "icmpOutErrors", "icmpOutDestUnreachs", "icmpOutTimeExcds", "icmpOutParmProbs",
    "icmpOutSrcQuenchs", "icmpOutRedirects", "icmpOutEchos", "icmpOutEchoReps",
    "icmpOutTimestamps", "icmpOutTimestampReps", "icmpOutAddrMasks", "icmpOutAddrMaskReps",
), start=1))
_TCP_COUNTERS = {
    5: "tcpActiveOpens", 6: "tcpPassiveOpens", 7: "tcpAttemptFails", 8: "tcpEstabResets",
    10: "tcpInSegs", 11: "tcpOutSegs", 12: "tcpRetransSegs", 14: "tcpInErrs", 15: "tcpOutRsts",
}
_TCP_HC_COUNTERS = {17: "tcpHCInSegs", 18: "tcpHCOutSegs"}
_UDP_COUNTERS = {
    1: "udpInDatagrams", 2: "udpNoPorts", 3: "udpInErrors", 4: "udpOutDatagrams",
}
_UDP_HC_COUNTERS = {8: "udpHCInDatagrams", 9: "udpHCOutDatagrams"}
_SNMP_COUNTERS = {
    1: "snmpInPkts", 2: "snmpOutPkts", 3: "snmpInBadVersions", 4: "snmpInBadCommunityNames",
    5: "snmpInBadCommunityUses", 6: "snmpInASNParseErrs", 8: "snmpInTooBigs",
    9: "snmpInNoSuchNames", 10: "snmpInBadValues", 11: "snmpInReadOnlys", 12: "snmpInGenErrs",
    13: "snmpInTotalReqVars", 14: "snmpInTotalSetVars", 15: "snmpInGetRequests",
    16: "snmpInGetNexts", 17: "snmpInSetRequests", 18: "snmpInGetResponses", 19: "snmpInTraps",
    20: "snmpOutTooBigs", 21: "snmpOutNoSuchNames", 22: "snmpOutBadValues", 24: "snmpOutGenErrs",
    25: "snmpOutGetRequests", 26: "snmpOutGetNexts", 27: "snmpOutSetRequests",
    28: "snmpOutGetResponses", 29: "snmpOutTraps", 31: "snmpSilentDrops", 32: "snmpProxyDrops",
}
# fmt: on


def _counter_table() -> dict[str, tuple[Oid, int]]:
    table: dict[str, tuple[Oid, int]] = {}
    groups = (
        (4, _IP_COUNTERS, Syntax.CNTR32),
        (5, _ICMP_COUNTERS, Syntax.CNTR32),
        (6, _TCP_COUNTERS, Syntax.CNTR32),
        (6, _TCP_HC_COUNTERS, Syntax.CNTR64),
        (7, _UDP_COUNTERS, Syntax.CNTR32),
        (7, _UDP_HC_COUNTERS, Syntax.CNTR64),
        (11, _SNMP_COUNTERS, Syntax.CNTR32),
    )
    for group, members, syntax in groups:
        for subid, name in members.items():
            table[name] = ((*MIB2, group, subid), syntax)
    return table


COUNTER_SCALARS: dict[str, tuple[Oid, int]] = _counter_table()


def load_resource(name: str = DEFAULT_RESOURCE) -> dict[str, Any]:
    """Read a data file shipped in ``snmpscope.resources`` (folder ``demo_agent``)."""
    raw = resources.files("snmpscope.resources").joinpath("demo_agent", name).read_text("utf-8")
    data = json.loads(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DemoDataError(f"{name}: not a {FORMAT} file")
    return data


def build_tree(data: dict[str, Any]) -> DemoTree:
    """Instrument every group the data describes; raises :class:`DemoDataError`."""
    tree = DemoTree()
    try:
        before = float(data.get("running_before_start_s", 0))
        _system(tree, data["system"])
        tables.interfaces(tree, data["interfaces"], before)
        _counters(tree, data.get("counters", {}))
        tables.ip_group(tree, data["ip"])
        tables.tcp_udp(tree, data["tcp"], data["udp"])
        _snmp(tree, data.get("snmp", {}))
        tables.host(tree, data["host"], before)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, DemoDataError):
            raise
        raise DemoDataError(f"demo data: {type(exc).__name__}: {exc}") from exc
    return tree


def _system(tree: DemoTree, spec: dict[str, Any]) -> None:
    system = (*MIB2, 1)
    tree.scalar((*system, 1), "sysDescr", text(spec["sysDescr"]))
    tree.scalar((*system, 2), "sysObjectID", const(Syntax.OID, oid_from_str(spec["sysObjectID"])))
    tree.scalar((*system, 3), "sysUpTime", uptime())
    for n, name in ((4, "sysContact"), (5, "sysName"), (6, "sysLocation")):
        tree.scalar((*system, n), name, text(spec[name]), display_string(255))
    tree.scalar((*system, 7), "sysServices", const(Syntax.INT, int(spec["sysServices"])))
    tree.scalar((*system, 8), "sysORLastChange", const(Syntax.TIMETICKS, 0))
    entry = (*system, 9, 1)
    for row, item in enumerate(spec.get("sysORTable", []), start=1):
        index = (row,)
        tree.cell((*entry, 2), "sysORID", index, const(Syntax.OID, oid_from_str(item["id"])))
        tree.cell((*entry, 3), "sysORDescr", index, text(item["descr"]))
        tree.cell((*entry, 4), "sysORUpTime", index, const(Syntax.TIMETICKS, item["uptime"]))


def _counters(tree: DemoTree, spec: dict[str, Any]) -> None:
    for name, pair in spec.items():
        if name not in COUNTER_SCALARS:
            raise DemoDataError(f"counters: {name!r} is not a known counter scalar")
        oid, syntax = COUNTER_SCALARS[name]
        base, rate = int(pair[0]), float(pair[1])
        counter = RateCounter(base, rate, swing=0.25 if rate >= 1 else 0.0, period=600.0)
        tree.scalar(oid, name, counting(syntax, counter))


def _snmp(tree: DemoTree, spec: dict[str, Any]) -> None:
    rule = WriteRule(Syntax.INT, allowed=frozenset({1, 2}))
    value = const(Syntax.INT, int(spec.get("enable_authen_traps", 2)))
    tree.scalar((*MIB2, 11, 30), "snmpEnableAuthenTraps", value, rule)


__all__ = [
    "COUNTER_SCALARS",
    "DEFAULT_RESOURCE",
    "FORMAT",
    "DemoDataError",
    "DemoTree",
    "Moment",
    "build_tree",
    "load_resource",
]
