"""Instrumentation of the demo agent's tables: interfaces, ip, tcp/udp and host resources.

Column numbers and syntaxes follow IF-MIB (RFC 2863), RFC1213-MIB/IP-MIB, IP-FORWARD-MIB
(RFC 2096 ipCidrRouteTable), TCP-MIB, UDP-MIB and HOST-RESOURCES-MIB; tests check every
instance against the MIB definitions loaded by :mod:`snmpscope.core.mib.names`.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable
from typing import Any

from snmpscope.core.agent.model import (
    MIB2,
    Computed,
    DemoTree,
    InterfaceState,
    Moment,
    RateCounter,
    Traffic,
    WriteRule,
    const,
    counter32,
    counter64,
    display_string,
    ip_octets,
    text,
    uptime,
)
from snmpscope.core.constants import Syntax
from snmpscope.core.smi.oid import Oid

Reader = Callable[[Moment], int | bytes | Oid]

IF_ENTRY: Oid = (*MIB2, 2, 2, 1)
IFX_ENTRY: Oid = (*MIB2, 31, 1, 1, 1)
ZERO_DOT_ZERO: Oid = (0, 0)
GAUGE32_MAX = 2**32 - 1

# ipCidrRouteType, and RFC1213-MIB's ipRouteType (direct(3) connected, indirect(4) remote).
ROUTE_TYPES = {"other": 1, "reject": 2, "local": 3, "remote": 4}
LEGACY_ROUTE_TYPES = {"other": 1, "reject": 1, "local": 3, "remote": 4}
ROUTE_PROTOCOLS = {
    "other": 1, "local": 2, "netmgmt": 3, "icmp": 4, "egp": 5, "ggp": 6, "hello": 7,
    "rip": 8, "isIs": 9, "esIs": 10, "ciscoIgrp": 11, "bbnSpfIgp": 12, "ospf": 13, "bgp": 14,
}  # fmt: skip
ARP_TYPES = {"other": 1, "invalid": 2, "dynamic": 3, "static": 4}
TCP_STATES = {
    "closed": 1, "listen": 2, "synSent": 3, "synReceived": 4, "established": 5,
    "finWait1": 6, "finWait2": 7, "closeWait": 8, "lastAck": 9, "closing": 10,
    "timeWait": 11, "deleteTCB": 12,
}  # fmt: skip
STORAGE_TYPES = {
    "other": 1, "ram": 2, "virtualMemory": 3, "fixedDisk": 4, "removableDisk": 5,
    "floppyDisk": 6, "compactDisc": 7, "ramDisk": 8, "flashMemory": 9, "networkDisk": 10,
}  # fmt: skip
HR_STORAGE_TYPES: Oid = (*MIB2, 25, 2, 1)


# --- interfaces ------------------------------------------------------------------------------


def interfaces(tree: DemoTree, specs: list[dict[str, Any]], before: float) -> None:
    """ifNumber, ifTable, ifXTable, ifTableLastChange, ifStackLastChange."""
    tree.scalar((*MIB2, 2, 1), "ifNumber", const(Syntax.INT, len(specs)))
    tree.scalar((*MIB2, 31, 1, 5), "ifTableLastChange", const(Syntax.TIMETICKS, 0))
    tree.scalar((*MIB2, 31, 1, 6), "ifStackLastChange", const(Syntax.TIMETICKS, 0))
    for spec in specs:
        state = _interface_state(spec, before)
        _if_table(tree, spec, state)
        _ifx_table(tree, spec, state)


def _traffic(spec: dict[str, Any], index: int, before: float, up: bool, salt: int) -> Traffic:
    rate = float(spec.get("rate", 0))
    base = int(spec["base"]) if "base" in spec else int(rate * before)
    # Per-interface period and phase so the graphs of different ports do not move in step.
    counter = RateCounter(
        base,
        rate,
        swing=0.35 if rate else 0.0,
        period=240.0 + 37.0 * index + 11.0 * salt,
        phase=(index * 1.7 + salt * 0.9) % (2 * math.pi),
        active=up,
    )
    return Traffic(
        counter,
        packet_size=int(spec.get("size", 512)),
        multicast=float(spec.get("multicast", 0)),
        broadcast=float(spec.get("broadcast", 0)),
        discards_ppm=float(spec.get("discards_ppm", 0)),
        errors_ppm=float(spec.get("errors_ppm", 0)),
        unknown_ppm=float(spec.get("unknown_ppm", 0)),
    )


def _interface_state(spec: dict[str, Any], before: float) -> InterfaceState:
    index = int(spec["index"])
    admin, oper = int(spec["admin"]), int(spec["oper"])
    up = oper == 1
    return InterfaceState(
        index=index,
        admin=admin,
        oper=oper,
        alias=str(spec.get("alias", "")).encode("utf-8"),
        rx=_traffic(spec["rx"], index, before, up, 1),
        tx=_traffic(spec["tx"], index, before, up, 2),
        # A port that is administratively up but down has no carrier; setting it up again
        # must not bring it up.
        connected=not (admin == 1 and oper != 1),
    )


def _as_int(payload: object) -> int:
    return payload if isinstance(payload, int) else 0


def _mac(text_value: str) -> bytes:
    return bytes(int(part, 16) for part in text_value.split(":")) if text_value else b""


def _if_table(tree: DemoTree, spec: dict[str, Any], st: InterfaceState) -> None:
    index = (st.index,)
    speed = int(spec["speed"])
    rx, tx = st.rx, st.tx
    c32 = Syntax.CNTR32

    def col(n: int, name: str, syntax: int, fn: Reader) -> None:
        tree.cell((*IF_ENTRY, n), name, index, Computed(syntax, fn))

    tree.cell((*IF_ENTRY, 1), "ifIndex", index, const(Syntax.INT, st.index))
    tree.cell((*IF_ENTRY, 2), "ifDescr", index, text(spec["descr"]))
    tree.cell((*IF_ENTRY, 3), "ifType", index, const(Syntax.INT, int(spec["type"])))
    tree.cell((*IF_ENTRY, 4), "ifMtu", index, const(Syntax.INT, int(spec["mtu"])))
    tree.cell((*IF_ENTRY, 5), "ifSpeed", index, const(Syntax.GAUGE32, min(speed, GAUGE32_MAX)))
    tree.cell((*IF_ENTRY, 6), "ifPhysAddress", index, const(Syntax.OCTETS, _mac(spec["mac"])))
    # up(1)/down(2); testing(3) is refused with wrongValue (the demo has no test mode).
    admin = Computed(Syntax.INT, lambda m: st.admin, lambda v, m: st.set_admin(_as_int(v.value), m))
    admin_rule = WriteRule(Syntax.INT, allowed=frozenset({1, 2}))
    tree.cell((*IF_ENTRY, 7), "ifAdminStatus", index, admin, admin_rule)
    col(8, "ifOperStatus", Syntax.INT, lambda m: st.oper)
    col(9, "ifLastChange", Syntax.TIMETICKS, lambda m: st.last_change)
    col(10, "ifInOctets", c32, lambda m: counter32(rx.octet_count(m.elapsed)))
    col(11, "ifInUcastPkts", c32, lambda m: counter32(rx.unicast(m.elapsed)))
    col(12, "ifInNUcastPkts", c32, lambda m: counter32(_non_unicast(rx, m)))
    col(13, "ifInDiscards", c32, lambda m: counter32(rx.per_million(m.elapsed, rx.discards_ppm)))
    col(14, "ifInErrors", c32, lambda m: counter32(rx.per_million(m.elapsed, rx.errors_ppm)))
    col(
        15, "ifInUnknownProtos", c32, lambda m: counter32(rx.per_million(m.elapsed, rx.unknown_ppm))
    )
    col(16, "ifOutOctets", c32, lambda m: counter32(tx.octet_count(m.elapsed)))
    col(17, "ifOutUcastPkts", c32, lambda m: counter32(tx.unicast(m.elapsed)))
    col(18, "ifOutNUcastPkts", c32, lambda m: counter32(_non_unicast(tx, m)))
    col(19, "ifOutDiscards", c32, lambda m: counter32(tx.per_million(m.elapsed, tx.discards_ppm)))
    col(20, "ifOutErrors", c32, lambda m: counter32(tx.per_million(m.elapsed, tx.errors_ppm)))
    tree.cell((*IF_ENTRY, 21), "ifOutQLen", index, const(Syntax.GAUGE32, 0))
    tree.cell((*IF_ENTRY, 22), "ifSpecific", index, const(Syntax.OID, ZERO_DOT_ZERO))


def _non_unicast(traffic: Traffic, moment: Moment) -> int:
    t = moment.elapsed
    return int(traffic.share(t, traffic.multicast) + traffic.share(t, traffic.broadcast))


def _ifx_table(tree: DemoTree, spec: dict[str, Any], st: InterfaceState) -> None:
    index = (st.index,)
    rx, tx = st.rx, st.tx
    c32, c64 = Syntax.CNTR32, Syntax.CNTR64

    def col(n: int, name: str, syntax: int, fn: Reader) -> None:
        tree.cell((*IFX_ENTRY, n), name, index, Computed(syntax, fn))

    tree.cell((*IFX_ENTRY, 1), "ifName", index, text(spec["name"]))
    col(2, "ifInMulticastPkts", c32, lambda m: counter32(rx.share(m.elapsed, rx.multicast)))
    col(3, "ifInBroadcastPkts", c32, lambda m: counter32(rx.share(m.elapsed, rx.broadcast)))
    col(4, "ifOutMulticastPkts", c32, lambda m: counter32(tx.share(m.elapsed, tx.multicast)))
    col(5, "ifOutBroadcastPkts", c32, lambda m: counter32(tx.share(m.elapsed, tx.broadcast)))
    col(6, "ifHCInOctets", c64, lambda m: counter64(rx.octet_count(m.elapsed)))
    col(7, "ifHCInUcastPkts", c64, lambda m: counter64(rx.unicast(m.elapsed)))
    col(8, "ifHCInMulticastPkts", c64, lambda m: counter64(rx.share(m.elapsed, rx.multicast)))
    col(9, "ifHCInBroadcastPkts", c64, lambda m: counter64(rx.share(m.elapsed, rx.broadcast)))
    col(10, "ifHCOutOctets", c64, lambda m: counter64(tx.octet_count(m.elapsed)))
    col(11, "ifHCOutUcastPkts", c64, lambda m: counter64(tx.unicast(m.elapsed)))
    col(12, "ifHCOutMulticastPkts", c64, lambda m: counter64(tx.share(m.elapsed, tx.multicast)))
    col(13, "ifHCOutBroadcastPkts", c64, lambda m: counter64(tx.share(m.elapsed, tx.broadcast)))
    trap_enable = 1 if int(spec["type"]) != 24 else 2  # no link traps for loopbacks
    tree.cell((*IFX_ENTRY, 14), "ifLinkUpDownTrapEnable", index, const(Syntax.INT, trap_enable))
    high_speed = int(spec["speed"]) // 1_000_000
    tree.cell((*IFX_ENTRY, 15), "ifHighSpeed", index, const(Syntax.GAUGE32, high_speed))
    tree.cell((*IFX_ENTRY, 16), "ifPromiscuousMode", index, const(Syntax.INT, 2))
    connector = 1 if spec.get("connector", False) else 2
    tree.cell((*IFX_ENTRY, 17), "ifConnectorPresent", index, const(Syntax.INT, connector))
    alias = Computed(Syntax.OCTETS, lambda m: st.alias, lambda v, m: setattr(st, "alias", v.value))
    tree.cell((*IFX_ENTRY, 18), "ifAlias", index, alias, display_string(64))
    tree.cell((*IFX_ENTRY, 19), "ifCounterDiscontinuityTime", index, const(Syntax.TIMETICKS, 0))


# --- ip --------------------------------------------------------------------------------------


def ip_group(tree: DemoTree, spec: dict[str, Any]) -> None:
    """ip scalars, ipAddrTable, ipRouteTable, ipNetToMediaTable, ipCidrRouteTable."""
    ip = (*MIB2, 4)
    tree.scalar((*ip, 1), "ipForwarding", const(Syntax.INT, int(spec["forwarding"])))
    tree.scalar((*ip, 2), "ipDefaultTTL", const(Syntax.INT, int(spec["default_ttl"])))
    tree.scalar((*ip, 13), "ipReasmTimeout", const(Syntax.INT, int(spec["reasm_timeout"])))
    addr_entry = (*ip, 20, 1)
    for item in spec["addresses"]:
        addr = ip_octets(item["addr"])
        index = tuple(addr)
        tree.cell((*addr_entry, 1), "ipAdEntAddr", index, const(Syntax.IPADDR, addr))
        tree.cell((*addr_entry, 2), "ipAdEntIfIndex", index, const(Syntax.INT, item["ifindex"]))
        mask = ip_octets(item["mask"])
        tree.cell((*addr_entry, 3), "ipAdEntNetMask", index, const(Syntax.IPADDR, mask))
        tree.cell((*addr_entry, 4), "ipAdEntBcastAddr", index, const(Syntax.INT, 1))
        tree.cell((*addr_entry, 5), "ipAdEntReasmMaxSize", index, const(Syntax.INT, 65535))
    for route in spec["routes"]:
        _route(tree, route)
    tree.scalar((*ip, 24, 3), "ipCidrRouteNumber", const(Syntax.GAUGE32, len(spec["routes"])))
    arp_entry = (*ip, 22, 1)
    for item in spec["arp"]:
        addr = ip_octets(item["addr"])
        index = (int(item["ifindex"]), *addr)
        tree.cell((*arp_entry, 1), "ipNetToMediaIfIndex", index, const(Syntax.INT, index[0]))
        mac = const(Syntax.OCTETS, _mac(item["mac"]))
        tree.cell((*arp_entry, 2), "ipNetToMediaPhysAddress", index, mac)
        tree.cell((*arp_entry, 3), "ipNetToMediaNetAddress", index, const(Syntax.IPADDR, addr))
        kind = const(Syntax.INT, ARP_TYPES[item["type"]])
        tree.cell((*arp_entry, 4), "ipNetToMediaType", index, kind)


def _route(tree: DemoTree, route: dict[str, Any]) -> None:
    dest, mask, hop = (ip_octets(route[k]) for k in ("dest", "mask", "next_hop"))
    ifindex, metric = int(route["ifindex"]), int(route["metric"])
    proto = ROUTE_PROTOCOLS[route["proto"]]
    kind = ROUTE_TYPES[route["type"]]
    legacy_type = LEGACY_ROUTE_TYPES[route["type"]]
    start_age = float(route.get("age", 0))
    # Route age in seconds, counting on from the data file's value.
    age_s = Computed(Syntax.INT, lambda m: int(start_age + m.elapsed))
    legacy = (*MIB2, 4, 21, 1)
    rix = tuple(dest)
    tree.cell((*legacy, 1), "ipRouteDest", rix, const(Syntax.IPADDR, dest))
    tree.cell((*legacy, 2), "ipRouteIfIndex", rix, const(Syntax.INT, ifindex))
    tree.cell((*legacy, 3), "ipRouteMetric1", rix, const(Syntax.INT, metric))
    for n, name in ((4, "ipRouteMetric2"), (5, "ipRouteMetric3"), (6, "ipRouteMetric4")):
        tree.cell((*legacy, n), name, rix, const(Syntax.INT, -1))
    tree.cell((*legacy, 7), "ipRouteNextHop", rix, const(Syntax.IPADDR, hop))
    tree.cell((*legacy, 8), "ipRouteType", rix, const(Syntax.INT, legacy_type))
    tree.cell((*legacy, 9), "ipRouteProto", rix, const(Syntax.INT, proto))
    tree.cell((*legacy, 10), "ipRouteAge", rix, age_s)
    tree.cell((*legacy, 11), "ipRouteMask", rix, const(Syntax.IPADDR, mask))
    tree.cell((*legacy, 12), "ipRouteMetric5", rix, const(Syntax.INT, -1))
    tree.cell((*legacy, 13), "ipRouteInfo", rix, const(Syntax.OID, ZERO_DOT_ZERO))
    cidr = (*MIB2, 4, 24, 4, 1)
    cix = (*dest, *mask, 0, *hop)
    tree.cell((*cidr, 1), "ipCidrRouteDest", cix, const(Syntax.IPADDR, dest))
    tree.cell((*cidr, 2), "ipCidrRouteMask", cix, const(Syntax.IPADDR, mask))
    tree.cell((*cidr, 3), "ipCidrRouteTos", cix, const(Syntax.INT, 0))
    tree.cell((*cidr, 4), "ipCidrRouteNextHop", cix, const(Syntax.IPADDR, hop))
    tree.cell((*cidr, 5), "ipCidrRouteIfIndex", cix, const(Syntax.INT, ifindex))
    tree.cell((*cidr, 6), "ipCidrRouteType", cix, const(Syntax.INT, kind))
    tree.cell((*cidr, 7), "ipCidrRouteProto", cix, const(Syntax.INT, proto))
    tree.cell((*cidr, 8), "ipCidrRouteAge", cix, age_s)
    tree.cell((*cidr, 9), "ipCidrRouteInfo", cix, const(Syntax.OID, ZERO_DOT_ZERO))
    next_as = const(Syntax.INT, int(route.get("next_hop_as", 0)))
    tree.cell((*cidr, 10), "ipCidrRouteNextHopAS", cix, next_as)
    tree.cell((*cidr, 11), "ipCidrRouteMetric1", cix, const(Syntax.INT, metric))
    for n in range(12, 16):
        tree.cell((*cidr, n), f"ipCidrRouteMetric{n - 10}", cix, const(Syntax.INT, -1))
    tree.cell((*cidr, 16), "ipCidrRouteStatus", cix, const(Syntax.INT, 1))


# --- tcp and udp -----------------------------------------------------------------------------


def tcp_udp(tree: DemoTree, tcp: dict[str, Any], udp: dict[str, Any]) -> None:
    """tcp scalars and tcpConnTable, udpTable (the counters come from the counters section)."""
    base = (*MIB2, 6)
    for n, name, key in (
        (1, "tcpRtoAlgorithm", "rto_algorithm"),
        (2, "tcpRtoMin", "rto_min"),
        (3, "tcpRtoMax", "rto_max"),
        (4, "tcpMaxConn", "max_conn"),
    ):
        tree.scalar((*base, n), name, const(Syntax.INT, int(tcp[key])))
    connections = tcp["connections"]
    established = sum(1 for c in connections if c["state"] in ("established", "closeWait"))
    tree.scalar((*base, 9), "tcpCurrEstab", const(Syntax.GAUGE32, established))
    entry = (*base, 13, 1)
    for conn in connections:
        local, remote = ip_octets(conn["local"]), ip_octets(conn["remote"])
        lport, rport = int(conn["local_port"]), int(conn["remote_port"])
        index = (*local, lport, *remote, rport)
        state = const(Syntax.INT, TCP_STATES[conn["state"]])
        tree.cell((*entry, 1), "tcpConnState", index, state)
        tree.cell((*entry, 2), "tcpConnLocalAddress", index, const(Syntax.IPADDR, local))
        tree.cell((*entry, 3), "tcpConnLocalPort", index, const(Syntax.INT, lport))
        tree.cell((*entry, 4), "tcpConnRemAddress", index, const(Syntax.IPADDR, remote))
        tree.cell((*entry, 5), "tcpConnRemPort", index, const(Syntax.INT, rport))
    udp_entry = (*MIB2, 7, 5, 1)
    for item in udp["listeners"]:
        local, port = ip_octets(item["local"]), int(item["local_port"])
        index = (*local, port)
        tree.cell((*udp_entry, 1), "udpLocalAddress", index, const(Syntax.IPADDR, local))
        tree.cell((*udp_entry, 2), "udpLocalPort", index, const(Syntax.INT, port))


# --- host resources --------------------------------------------------------------------------


def host(tree: DemoTree, spec: dict[str, Any], before: float) -> None:
    """hrSystem, hrMemorySize and hrStorageTable."""
    hr_system = (*MIB2, 25, 1)
    tree.scalar((*hr_system, 1), "hrSystemUptime", uptime(before))
    tree.scalar((*hr_system, 2), "hrSystemDate", Computed(Syntax.OCTETS, date_and_time))
    device = const(Syntax.INT, int(spec["initial_load_device"]))
    tree.scalar((*hr_system, 3), "hrSystemInitialLoadDevice", device)
    params = text(spec["initial_load_parameters"])
    tree.scalar((*hr_system, 4), "hrSystemInitialLoadParameters", params)
    users = const(Syntax.GAUGE32, int(spec["num_users"]))
    tree.scalar((*hr_system, 5), "hrSystemNumUsers", users)
    procs = const(Syntax.GAUGE32, int(spec["processes"]))
    tree.scalar((*hr_system, 6), "hrSystemProcesses", procs)
    max_procs = const(Syntax.INT, int(spec["max_processes"]))
    tree.scalar((*hr_system, 7), "hrSystemMaxProcesses", max_procs)
    storage = (*MIB2, 25, 2)
    tree.scalar((*storage, 2), "hrMemorySize", const(Syntax.INT, int(spec["memory_kb"])))
    entry = (*storage, 3, 1)
    for item in spec["storage"]:
        index = (int(item["index"]),)
        kind = (*HR_STORAGE_TYPES, STORAGE_TYPES[item["type"]])
        tree.cell((*entry, 1), "hrStorageIndex", index, const(Syntax.INT, index[0]))
        tree.cell((*entry, 2), "hrStorageType", index, const(Syntax.OID, kind))
        tree.cell((*entry, 3), "hrStorageDescr", index, text(item["descr"]))
        units = const(Syntax.INT, int(item["units"]))
        tree.cell((*entry, 4), "hrStorageAllocationUnits", index, units)
        tree.cell((*entry, 5), "hrStorageSize", index, const(Syntax.INT, int(item["size"])))
        tree.cell((*entry, 6), "hrStorageUsed", index, const(Syntax.INT, int(item["used"])))
        tree.cell((*entry, 7), "hrStorageAllocationFailures", index, const(Syntax.CNTR32, 0))


def date_and_time(moment: Moment) -> bytes:
    """DateAndTime (RFC 2579) of the wall clock, in UTC with an explicit +0:0 offset."""
    when = datetime.datetime.fromtimestamp(moment.wall, tz=datetime.UTC)
    return bytes(
        [
            when.year >> 8,
            when.year & 0xFF,
            when.month,
            when.day,
            when.hour,
            when.minute,
            when.second,
            when.microsecond // 100_000,
            ord("+"),
            0,
            0,
        ]
    )


__all__ = ["date_and_time", "host", "interfaces", "ip_group", "tcp_udp"]
