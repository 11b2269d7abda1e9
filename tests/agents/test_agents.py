"""The peer fixtures themselves: snmpd, snmpsim, the scripted responder and its faults, silent
and closed ports, and the net-snmp tool wrapper (including its output parser)."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import time
from dataclasses import dataclass
from typing import Any

import pytest
from pyasn1.codec.ber import decoder, encoder
from pyasn1.error import PyAsn1Error
from pysnmp.proto import api, rfc1902

from agents.netsnmp import NetSnmpTools, V3User, parse_numeric
from agents.scripted import (
    NO_ACCESS,
    NO_CREATION,
    NO_SUCH_NAME,
    NOT_WRITABLE,
    WRONG_TYPE,
    ScriptedResponder,
    default_tree,
)
from agents.silent import ClosedPort, SilentPort, describe_datagram
from agents.snmpd import ENGINE_ID, PROBE_PUBLIC, SYS_DESCR, V3_USERS, SnmpdAgent
from agents.snmpsim import SnmpsimAgent

SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)
SYS_UPTIME_0 = (1, 3, 6, 1, 2, 1, 1, 3, 0)
SYS_NAME_0 = (1, 3, 6, 1, 2, 1, 1, 5, 0)
SYS_LOCATION_0 = (1, 3, 6, 1, 2, 1, 1, 6, 0)
SNMP_ENGINE_ID_0 = (1, 3, 6, 1, 6, 3, 10, 2, 1, 1, 0)
IF_DESCR = (1, 3, 6, 1, 2, 1, 2, 2, 1, 2)
IF_HC_IN_OCTETS_2 = (1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 2)
HOSTS = ["127.0.0.1", "::1"]
V1, V2C = api.SNMP_VERSION_1, api.SNMP_VERSION_2C


# ---------------------------------------------------------------------------- a raw client
@dataclass
class Reply:
    version: int
    request_id: int
    error_status: int
    error_index: int
    varbinds: list[tuple[tuple[int, ...], Any]]


class RawClient:
    """Hand-built v1/v2c requests on a plain UDP socket (no retries, no matching)."""

    def __init__(self, address: tuple[str, int]) -> None:
        self.address = address
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_DGRAM)
        self.next_id = 1000

    def close(self) -> None:
        self.sock.close()

    def send(
        self,
        kind: str,
        *varbinds: tuple[tuple[int, ...], Any],
        version: int = V2C,
        community: str = "public",
        non_repeaters: int = 0,
        max_repetitions: int = 10,
    ) -> int:
        proto = api.PROTOCOL_MODULES[version]
        pdu = {
            "get": proto.GetRequestPDU,
            "next": proto.GetNextRequestPDU,
            "set": proto.SetRequestPDU,
            "bulk": getattr(proto, "GetBulkRequestPDU", None),
        }[kind]()
        if kind == "bulk":
            proto.apiBulkPDU.set_defaults(pdu)
            proto.apiBulkPDU.set_non_repeaters(pdu, non_repeaters)
            proto.apiBulkPDU.set_max_repetitions(pdu, max_repetitions)
        else:
            proto.apiPDU.set_defaults(pdu)
        self.next_id += 1
        proto.apiPDU.set_request_id(pdu, self.next_id)
        proto.apiPDU.set_varbinds(
            pdu, [(oid, proto.Null("") if value is None else value) for oid, value in varbinds]
        )
        msg = proto.Message()
        proto.apiMessage.set_defaults(msg)
        proto.apiMessage.set_community(msg, community)
        proto.apiMessage.set_pdu(msg, pdu)
        self.sock.sendto(encoder.encode(msg), self.address)
        return self.next_id

    def recv_bytes(self, timeout: float = 2.0) -> bytes:
        self.sock.settimeout(timeout)
        data, _ = self.sock.recvfrom(65535)
        return data

    def recv(self, timeout: float = 2.0) -> Reply:
        return decode_reply(self.recv_bytes(timeout))


def decode_reply(data: bytes) -> Reply:
    version = int(api.decodeMessageVersion(data))
    proto = api.PROTOCOL_MODULES[version]
    msg, _ = decoder.decode(data, asn1Spec=proto.Message())
    pdu = proto.apiMessage.get_pdu(msg)
    return Reply(
        version,
        int(proto.apiPDU.get_request_id(pdu)),
        int(proto.apiPDU.get_error_status(pdu)),
        int(proto.apiPDU.get_error_index(pdu)),
        [(tuple(o), v) for o, v in proto.apiPDU.get_varbinds(pdu)],
    )


@pytest.fixture
def raw(scripted_agent: ScriptedResponder) -> Any:
    client = RawClient(scripted_agent.address)
    yield client
    client.close()


def exception_name(value: Any) -> str | None:
    name = type(value).__name__
    return name if name in ("NoSuchObject", "NoSuchInstance", "EndOfMibView") else None


# ---------------------------------------------------------------------------- snmpd
def test_probe_packet_is_a_valid_v2c_get() -> None:
    header = describe_datagram(PROBE_PUBLIC)
    assert (header.version, header.community, header.pdu_type, header.request_id) == (
        1,
        b"public",
        "GetRequest",
        1,
    )


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("version", ["1", "2c"])
def test_snmpd_community_get(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str, version: str
) -> None:
    result = netsnmp.get(host, snmpd_agent.port, SYS_DESCR_0, version=version)
    assert result.returncode == 0, result.stderr
    assert parse_numeric(result.stdout) == [(SYS_DESCR_0, "STRING", SYS_DESCR)]


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("profile", list(V3_USERS))
def test_snmpd_v3_every_user(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str, profile: str
) -> None:
    user = snmpd_agent.user(profile)
    result = netsnmp.get(host, snmpd_agent.port, SYS_DESCR_0, SNMP_ENGINE_ID_0, user=user)
    assert result.returncode == 0, result.stderr
    rows = parse_numeric(result.stdout)
    assert rows[0] == (SYS_DESCR_0, "STRING", SYS_DESCR)
    assert rows[1] == (SNMP_ENGINE_ID_0, "Hex-STRING", ENGINE_ID.hex(" ").upper())


def test_snmpd_v3_levels_cover_every_level(snmpd_agent: SnmpdAgent) -> None:
    levels = {u.level for u in snmpd_agent.users.values()}
    assert levels == {"noAuthNoPriv", "authNoPriv", "authPriv"}
    protos = {(u.auth_proto, u.priv_proto) for u in snmpd_agent.users.values()}
    assert {("MD5", None), ("SHA", None), ("SHA", "AES"), ("SHA", "DES"), ("SHA-256", "AES")} <= (
        protos
    )


def test_snmpd_v3_wrong_keys_fail(snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools) -> None:
    user = snmpd_agent.user("sha-aes")
    bad_auth = netsnmp.get(
        "127.0.0.1", snmpd_agent.port, SYS_DESCR_0, user=user.with_keys(auth_key="not-the-key")
    )
    assert bad_auth.returncode != 0
    assert "Authentication failure" in bad_auth.stderr
    unknown = netsnmp.get(
        "::1", snmpd_agent.port, SYS_DESCR_0, user=V3User("nobody-here", "SHA", "whatever-key")
    )
    assert unknown.returncode != 0
    assert "Unknown user name" in unknown.stderr
    # A wrong privacy key cannot be decrypted: snmpd stays silent and the client times out.
    bad_priv = netsnmp.get(
        "127.0.0.1",
        snmpd_agent.port,
        SYS_DESCR_0,
        user=user.with_keys(priv_key="not-the-key"),
        timeout=0.2,
    )
    assert bad_priv.returncode != 0
    assert "Timeout" in bad_priv.stderr


def test_snmpd_v3_users_work_from_pysnmp(snmpd_agent: SnmpdAgent) -> None:
    """``V3User.pysnmp_user_data()`` maps every net-snmp protocol name to the right pysnmp one."""
    from pysnmp.hlapi.v3arch import asyncio as hlapi

    async def run() -> dict[tuple[str, str], str]:
        engine = hlapi.SnmpEngine()
        out: dict[tuple[str, str], str] = {}
        try:
            for host in HOSTS:
                target_cls = hlapi.Udp6TransportTarget if ":" in host else hlapi.UdpTransportTarget
                target = await target_cls.create((host, snmpd_agent.port), timeout=2, retries=0)
                for profile, user in snmpd_agent.users.items():
                    err, status, _, vbs = await hlapi.get_cmd(
                        engine,
                        user.pysnmp_user_data(),
                        target,
                        hlapi.ContextData(),
                        hlapi.ObjectType(hlapi.ObjectIdentity(SYS_DESCR_0)),
                        lookupMib=False,
                    )
                    out[(host, profile)] = str(err or status or vbs[0][1])
        finally:
            engine.close_dispatcher()
        return out

    results = asyncio.run(run())
    assert results == {(h, p): SYS_DESCR for h in HOSTS for p in snmpd_agent.users}


def test_snmpd_set_needs_rw_community(snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools) -> None:
    port = snmpd_agent.port
    before = parse_numeric(netsnmp.get("127.0.0.1", port, SYS_NAME_0).stdout)[0][2]
    try:
        denied = netsnmp.set("127.0.0.1", port, (SYS_NAME_0, "s", "nope"), community="public")
        assert denied.returncode != 0
        assert "noAccess" in denied.stderr
        done = netsnmp.set("::1", port, (SYS_NAME_0, "s", "renamed-by-test"))
        assert done.returncode == 0, done.stderr
        after = netsnmp.get("127.0.0.1", port, SYS_NAME_0, version="1")
        assert parse_numeric(after.stdout) == [(SYS_NAME_0, "STRING", "renamed-by-test")]
        v3 = netsnmp.set(
            "127.0.0.1", port, (SYS_NAME_0, "s", "set-by-v3"), user=snmpd_agent.user("sha-des")
        )
        assert v3.returncode == 0, v3.stderr
    finally:
        netsnmp.set("127.0.0.1", port, (SYS_NAME_0, "s", before))


def test_walk_numeric_parses_a_full_snmpd_walk(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = snmpd_agent.port
    tricky = 'first line\nsecond "quoted" line with a \\ backslash\n.1.3.6.1.2.1 = STRING: "fake"'
    before = parse_numeric(netsnmp.get("127.0.0.1", port, SYS_LOCATION_0).stdout)[0][2]
    assert netsnmp.set("127.0.0.1", port, (SYS_LOCATION_0, "s", tricky)).returncode == 0
    captured: list[subprocess.CompletedProcess[str]] = []
    walk = netsnmp.walk

    def spy(*args: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        captured.append(walk(*args, **kwargs))
        return captured[-1]

    monkeypatch.setattr(netsnmp, "walk", spy)
    try:
        rows = netsnmp.walk_numeric("127.0.0.1", port, "public", "2c", ".1.3.6.1")
    finally:
        netsnmp.set("127.0.0.1", port, (SYS_LOCATION_0, "s", before))
    (raw,) = captured
    assert len(rows) > 2000
    oids = [oid for oid, _, _ in rows]
    assert oids == sorted(oids)
    assert len(set(oids)) == len(oids)
    by_oid = {oid: (label, value) for oid, label, value in rows}
    assert by_oid[SYS_DESCR_0] == ("STRING", SYS_DESCR)
    assert by_oid[SYS_LOCATION_0] == ("STRING", tricky)
    # 19 octets: net-snmp wraps the hex dump after 16 of them.
    assert by_oid[SNMP_ENGINE_ID_0] == ("Hex-STRING", ENGINE_ID.hex(" ").upper())
    assert by_oid[SYS_UPTIME_0][0] == "Timeticks"
    labels = {label for _, label, _ in rows}
    assert {"STRING", "Hex-STRING", "INTEGER", "OID", "Counter32", "Gauge32"} <= labels
    assert "" not in labels
    # Nothing lost or invented: every row start in the raw output is one parsed row (the fake
    # row inside the quoted sysLocation is not a row start; the closing endOfMibView is left out).
    starts = [ln for ln in raw.stdout.splitlines() if ln.startswith(".1.3.6.1") and " = " in ln]
    end_rows = sum("No more variables left" in ln for ln in starts)
    assert len(starts) - 1 - end_rows == len(rows)


def test_walk_numeric_over_v6_and_v3(snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools) -> None:
    system = (1, 3, 6, 1, 2, 1, 1)
    v6 = netsnmp.walk_numeric("::1", snmpd_agent.port, "public", "1", system)
    v3 = netsnmp.walk_numeric(
        "127.0.0.1", snmpd_agent.port, root=system, user=snmpd_agent.user("sha256-aes"), bulk=True
    )
    assert v6[0] == (SYS_DESCR_0, "STRING", SYS_DESCR)
    assert [r[0] for r in v6] == [r[0] for r in v3]
    assert all(oid[:7] == system for oid, _, _ in v6)


def test_parse_numeric_edge_cases() -> None:
    text = (
        '.1.3.6.1.2.1.1.4.0 = STRING: "a\nb \\"c\\" \\\\\n.1.3.6.1.9 = STRING: \\"x"\n'
        '.1.3.6.1.2.1.2.2.1.6.1 = ""\n'
        ".1.3.6.1.2.1.2.2.1.6.2 = Hex-STRING: 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F \n"
        ".1.3.6.1.2.1.2.2.1.6.3 = Hex-STRING: 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F \n"
        "10 \n"
        ".1.3.6.1.2.1.1.99.0 = No Such Object available on this agent at this OID\n"
        ".1.3.6.1.2.1.1.1.9 = No Such Instance currently exists at this OID\n"
        ".1.3.6.1.2.1.1.3.0 = Wrong Type (should be Timeticks): INTEGER: 5\n"
        ".1.3.6.1.4.1.2021.10.1.6.1 = Opaque: Float: 0.048828\n"
        ".1.3.6.1.2 = NULL\n"
        ".1.3.6.1.3 = No more variables left in this MIB View (It is past the end of the MIB "
        "tree)\n"
    )
    assert parse_numeric(text) == [
        ((1, 3, 6, 1, 2, 1, 1, 4, 0), "STRING", 'a\nb "c" \\\n.1.3.6.1.9 = STRING: "x'),
        ((1, 3, 6, 1, 2, 1, 2, 2, 1, 6, 1), "STRING", ""),
        ((1, 3, 6, 1, 2, 1, 2, 2, 1, 6, 2), "Hex-STRING", bytes(range(16)).hex(" ").upper()),
        ((1, 3, 6, 1, 2, 1, 2, 2, 1, 6, 3), "Hex-STRING", bytes(range(17)).hex(" ").upper()),
        ((1, 3, 6, 1, 2, 1, 1, 99, 0), "noSuchObject", ""),
        ((1, 3, 6, 1, 2, 1, 1, 1, 9), "noSuchInstance", ""),
        ((1, 3, 6, 1, 2, 1, 1, 3, 0), "INTEGER", "5"),
        ((1, 3, 6, 1, 4, 1, 2021, 10, 1, 6, 1), "Opaque", "Float: 0.048828"),
        ((1, 3, 6, 1, 2), "NULL", ""),
        ((1, 3, 6, 1, 3), "endOfMibView", ""),
    ]


# ---------------------------------------------------------------------------- scripted: commands
def test_scripted_get_v1_v2c(scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools) -> None:
    host, port = scripted_agent.address
    for version in ("1", "2c"):
        result = netsnmp.get(host, port, SYS_DESCR_0, (*IF_DESCR, 2), version=version)
        assert parse_numeric(result.stdout) == [
            (SYS_DESCR_0, "STRING", "snmpscope scripted responder"),
            ((*IF_DESCR, 2), "STRING", "eth0"),
        ]
    v2 = netsnmp.get(host, port, (1, 3, 6, 1, 2, 1, 1, 99, 0), (*IF_DESCR, 9), IF_HC_IN_OCTETS_2)
    assert [(label, value) for _, label, value in parse_numeric(v2.stdout)] == [
        ("noSuchObject", ""),
        ("noSuchInstance", ""),
        ("Counter64", str(4_000_000_000 * 1_000_003)),
    ]
    v1 = netsnmp.get(host, port, SYS_DESCR_0, IF_HC_IN_OCTETS_2, version="1")
    assert v1.returncode != 0
    assert "noSuchName" in v1.stderr
    assert ".1.3.6.1.2.1.31.1.1.1.6.2" in v1.stderr  # v1 has no Counter64


def test_scripted_raw_get_v1_error_index(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    rid = raw.send("get", (SYS_DESCR_0, None), ((1, 3, 6, 1, 9, 9), None), version=V1)
    reply = raw.recv()
    assert (reply.version, reply.request_id, reply.error_status, reply.error_index) == (
        V1,
        rid,
        NO_SUCH_NAME,
        2,
    )
    assert [oid for oid, _ in reply.varbinds] == [SYS_DESCR_0, (1, 3, 6, 1, 9, 9)]


def test_scripted_walks(scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools) -> None:
    host, port = scripted_agent.address
    tree = scripted_agent.tree
    v2 = netsnmp.walk_numeric(host, port, "public", "2c", ".1.3.6.1")
    assert [oid for oid, _, _ in v2] == list(tree)
    bulk = netsnmp.walk_numeric(host, port, root=".1.3.6.1", bulk=True)
    assert bulk == v2
    v1 = netsnmp.walk_numeric(host, port, "public", "1", ".1.3.6.1")
    counter64 = [o for o, v in tree.items() if isinstance(v, rfc1902.Counter64)]
    assert len(counter64) == 3
    assert [oid for oid, _, _ in v1] == [o for o in tree if o not in counter64]


def test_scripted_getbulk_layout(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    rid = raw.send(
        "bulk",
        (SYS_UPTIME_0, None),
        ((*IF_DESCR[:-1], 1), None),
        (IF_DESCR, None),
        non_repeaters=1,
        max_repetitions=3,
    )
    reply = raw.recv()
    assert reply.request_id == rid
    assert reply.error_status == 0
    got = [(oid, str(value)) for oid, value in reply.varbinds]
    assert got == [
        ((1, 3, 6, 1, 2, 1, 1, 4, 0), "ops@example.net"),
        ((*IF_DESCR[:-1], 1, 1), "1"),
        ((*IF_DESCR, 1), "lo"),
        ((*IF_DESCR[:-1], 1, 2), "2"),
        ((*IF_DESCR, 2), "eth0"),
        ((*IF_DESCR[:-1], 1, 3), "3"),
        ((*IF_DESCR, 3), "eth1"),
    ]
    last = max(scripted_agent.tree)
    raw.send("bulk", (last, None), max_repetitions=5)
    end = raw.recv()
    assert [exception_name(v) for _, v in end.varbinds] == ["EndOfMibView"]


def test_scripted_set_semantics(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    new = rfc1902.OctetString("renamed")
    raw.send("set", (SYS_NAME_0, new), community="private")
    ok = raw.recv()
    assert (ok.error_status, ok.error_index) == (0, 0)
    assert scripted_agent.get_value(SYS_NAME_0) == new

    raw.send("set", (SYS_NAME_0, rfc1902.OctetString("x")), community="public")
    denied = raw.recv()
    assert (denied.error_status, denied.error_index) == (NO_ACCESS, 1)
    raw.send("set", (SYS_NAME_0, rfc1902.Integer32(5)), community="private")
    assert raw.recv().error_status == WRONG_TYPE
    raw.send("set", (SYS_NAME_0, rfc1902.OctetString("x")), community="public", version=V1)
    assert raw.recv().error_status == NO_SUCH_NAME  # noAccess in v1 terms

    scripted_agent.read_only.add(SYS_DESCR_0)
    raw.send("set", (SYS_NAME_0, new), (SYS_DESCR_0, new), community="private")
    denied = raw.recv()
    assert (denied.error_status, denied.error_index) == (NOT_WRITABLE, 2)

    scripted_agent.set_creates = False
    raw.send("set", ((1, 3, 6, 1, 4, 1, 99, 1, 0), new), community="private")
    assert raw.recv().error_status == NO_CREATION
    scripted_agent.set_creates = True
    raw.send("set", ((1, 3, 6, 1, 4, 1, 99, 1, 0), new), community="private")
    assert raw.recv().error_status == 0
    assert scripted_agent.get_value("1.3.6.1.4.1.99.1.0") == new
    assert max(scripted_agent.tree) == (1, 3, 6, 1, 4, 1, 99, 1, 0)


def test_scripted_set_with_net_snmp(
    scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools
) -> None:
    host, port = scripted_agent.address
    done = netsnmp.set(host, port, (SYS_NAME_0, "s", "via-snmpset"), version="1")
    assert done.returncode == 0, done.stderr
    assert str(scripted_agent.get_value(SYS_NAME_0)) == "via-snmpset"
    wrong = netsnmp.set(host, port, (SYS_NAME_0, "i", "5"))
    assert "wrongType" in wrong.stderr


def test_scripted_bad_community_is_dropped(
    scripted_agent: ScriptedResponder, raw: RawClient
) -> None:
    bad = raw.send("get", (SYS_DESCR_0, None), community="guess")
    good = raw.send("get", (SYS_DESCR_0, None))
    assert raw.recv().request_id == good  # the first answer is for the second request
    log = scripted_agent.wait_for_requests(2)
    assert [(r.request_id, r.action, r.community) for r in log] == [
        (bad, "bad-community", b"guess"),
        (good, "answered", b"public"),
    ]


def test_scripted_request_log(scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools) -> None:
    host, port = scripted_agent.address
    netsnmp.getnext(host, port, SYS_DESCR_0, version="1")
    netsnmp.bulkget(host, port, SYS_DESCR_0, max_repetitions=2)
    netsnmp.set(host, port, (SYS_NAME_0, "s", "x"))
    log = scripted_agent.wait_for_requests(3)
    assert [(r.pdu_type, r.version) for r in log] == [
        ("GetNextRequest", 0),
        ("GetBulkRequest", 1),
        ("SetRequest", 1),
    ]
    assert log[0].oids == (SYS_DESCR_0,)
    assert log[0].source[0] == "127.0.0.1"
    assert log[0].arrived <= log[1].arrived <= log[2].arrived
    assert str(log[2].values[0]) == "x"
    with pytest.raises(TimeoutError, match="expected 4 requests"):
        scripted_agent.wait_for_requests(4, timeout=0.05)


def test_scripted_serves_smi_values_and_plain_values(netsnmp: NetSnmpTools) -> None:
    from snmpscope.core.constants import Syntax
    from snmpscope.core.smi.values import make_value

    data = {
        "1.3.6.1.4.1.1.1.0": make_value(Syntax.CNTR64, 2**64 - 1),
        "1.3.6.1.4.1.1.2.0": make_value(Syntax.IPADDR, bytes([10, 1, 2, 3])),
        "1.3.6.1.4.1.1.3.0": make_value(Syntax.OID, (1, 3, 6, 1, 4, 1, 42)),
        "1.3.6.1.4.1.1.4.0": make_value(Syntax.OCTETS, bytes(range(17))),
        "1.3.6.1.4.1.1.5.0": make_value(Syntax.TIMETICKS, 100),
        "1.3.6.1.4.1.1.6.0": make_value(Syntax.GAUGE32, 7),
        "1.3.6.1.4.1.1.7.0": "plain text",
        "1.3.6.1.4.1.1.8.0": -3,
    }
    with ScriptedResponder(data) as responder:
        rows = netsnmp.walk_numeric(*responder.address, root=".1.3.6.1.4.1.1")
    assert [(label, value) for _, label, value in rows] == [
        ("Counter64", str(2**64 - 1)),
        ("IpAddress", "10.1.2.3"),
        ("OID", ".1.3.6.1.4.1.42"),
        ("Hex-STRING", bytes(range(17)).hex(" ").upper()),
        ("Timeticks", "(100) 0:00:01.00"),
        ("Gauge32", "7"),
        ("STRING", "plain text"),
        ("INTEGER", "-3"),
    ]


def test_scripted_agent6_and_inform(
    scripted_agent6: ScriptedResponder, netsnmp: NetSnmpTools
) -> None:
    host, port = scripted_agent6.address
    assert host == "::1"
    got = netsnmp.get(host, port, SYS_DESCR_0)
    assert parse_numeric(got.stdout)[0][2] == "snmpscope scripted responder"
    trap_oid = (1, 3, 6, 1, 6, 3, 1, 1, 5, 1)
    acked = netsnmp.inform(host, port, trap_oid, (SYS_NAME_0, "s", "hello"))
    assert acked.returncode == 0, acked.stderr
    proc = netsnmp.inform_popen(host, port, trap_oid)
    assert proc.wait(10) == 0
    proc.communicate()
    netsnmp.trap(host, port, trap_oid)
    log = scripted_agent6.wait_for_requests(4)
    assert [(r.pdu_type, r.action) for r in log[1:]] == [
        ("InformRequest", "answered"),
        ("InformRequest", "answered"),
        ("SNMPv2-Trap", "ignored"),
    ]
    assert log[1].oids[1:] == ((1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0), SYS_NAME_0)


# ---------------------------------------------------------------------------- scripted: faults
def test_fault_drop_with_net_snmp_retries(
    scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools
) -> None:
    scripted_agent.drop_next(2)
    result = netsnmp.get(*scripted_agent.address, SYS_DESCR_0, timeout=0.2, retries=2)
    assert result.returncode == 0, result.stderr
    log = scripted_agent.wait_for_requests(3)
    assert [r.action for r in log] == ["dropped", "dropped", "answered"]
    assert len({r.request_id for r in log}) == 1  # net-snmp retransmits with the same id


def test_fault_delay(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    scripted_agent.set_delay(0.2, count=1)
    t0 = time.monotonic()
    rid = raw.send("get", (SYS_DESCR_0, None))
    assert raw.recv().request_id == rid
    assert time.monotonic() - t0 >= 0.19
    raw.send("get", (SYS_DESCR_0, None))
    raw.recv()
    second_in, second_out = scripted_agent.requests[1], scripted_agent.sent[1]
    assert second_out.sent - second_in.arrived < 0.1  # count=1: only the first one was late


def test_fault_wrong_request_id(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    scripted_agent.wrong_request_id()
    rid = raw.send("get", (SYS_DESCR_0, None))
    assert raw.recv().request_id == rid ^ (1 << 30)
    scripted_agent.wrong_request_id(request_id=77)
    raw.send("get", (SYS_DESCR_0, None))
    assert raw.recv().request_id == 77
    rid = raw.send("get", (SYS_DESCR_0, None))
    assert raw.recv().request_id == rid


def test_fault_wrong_request_id_makes_net_snmp_time_out(
    scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools
) -> None:
    scripted_agent.wrong_request_id(n=5)
    result = netsnmp.get(*scripted_agent.address, SYS_DESCR_0, timeout=0.1, retries=0)
    assert result.returncode != 0
    assert "Timeout" in result.stderr
    assert [s.kind for s in scripted_agent.wait_for_sent(1)] == ["response"]


def test_fault_garbage_and_truncated(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    scripted_agent.send_garbage()
    raw.send("get", (SYS_DESCR_0, None))
    garbage = raw.recv_bytes()
    assert garbage == b"\x00\xffnot-snmp\x13\x37"
    assert describe_datagram(garbage).version is None

    scripted_agent.send_truncated()
    rid = raw.send("get", (SYS_DESCR_0, None))
    cut = raw.recv_bytes()
    rid2 = raw.send("get", (SYS_DESCR_0, None))
    whole = raw.recv_bytes()
    assert decode_reply(whole).request_id == rid2
    assert 0 < len(cut) < len(whole)
    with pytest.raises(PyAsn1Error):
        decode_reply(cut)
    assert describe_datagram(cut).request_id == rid  # the header survives the cut
    kinds = [s.kind for s in scripted_agent.wait_for_sent(3)]
    assert kinds == ["garbage", "truncated", "response"]


def test_fault_duplicate(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    scripted_agent.duplicate_next(copies=3)
    rid = raw.send("get", (SYS_DESCR_0, None))
    first, second, third = raw.recv_bytes(), raw.recv_bytes(), raw.recv_bytes()
    assert first == second == third
    assert decode_reply(first).request_id == rid
    assert [s.kind for s in scripted_agent.sent] == ["response", "duplicate", "duplicate"]


def test_fault_late_released_after_client_gave_up(
    scripted_agent: ScriptedResponder, raw: RawClient
) -> None:
    scripted_agent.send_late()
    rid = raw.send("get", (SYS_DESCR_0, None))
    assert scripted_agent.wait_for_requests(1)[0].action == "held"
    assert scripted_agent.held_count == 1
    assert scripted_agent.sent == []
    rid2 = raw.send("get", (SYS_UPTIME_0, None))
    assert raw.recv().request_id == rid2  # the later request overtakes the held one
    assert scripted_agent.release_late() == 1
    assert raw.recv().request_id == rid
    assert [s.kind for s in scripted_agent.wait_for_sent(2)] == ["response", "late"]


def test_fault_late_timed_arrives_after_net_snmp_timeout(
    scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools
) -> None:
    scripted_agent.send_late(after=0.3)
    result = netsnmp.get(*scripted_agent.address, SYS_DESCR_0, timeout=0.1, retries=0)
    assert "Timeout" in result.stderr
    request = scripted_agent.wait_for_requests(1)[0]
    late = scripted_agent.wait_for_sent(1)[0]
    assert late.kind == "late"
    assert late.request_id == request.request_id
    assert late.sent - request.arrived >= 0.29


def test_fault_non_increasing(scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools) -> None:
    host, port = scripted_agent.address
    scripted_agent.non_increasing("same")
    same = netsnmp.walk(host, port, ".1.3.6.1.2.1.1")
    assert "OID not increasing" in same.stderr
    bulk = netsnmp.walk(host, port, ".1.3.6.1.2.1.1", bulk=True)
    assert "OID not increasing" in bulk.stderr
    # ("earlier" answers fall outside the walked subtree, which net-snmp takes as the end of
    # the walk rather than an error: see test_fault_non_increasing_raw.)
    scripted_agent.non_increasing("")
    assert netsnmp.walk(host, port, ".1.3.6.1.2.1.1").stderr == ""


def test_fault_non_increasing_raw(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    scripted_agent.non_increasing("same", n=1)
    raw.send("next", (SYS_DESCR_0, None))
    assert raw.recv().varbinds[0][0] == SYS_DESCR_0
    scripted_agent.non_increasing("earlier", n=1)
    raw.send("bulk", ((*IF_DESCR, 2), None), max_repetitions=2)
    got = [oid for oid, _ in raw.recv().varbinds]
    assert got == [(*IF_DESCR, 1), (*IF_DESCR[:-1], 1, 3)]
    raw.send("next", (SYS_DESCR_0, None))  # n=1 used up: normal again
    assert raw.recv().varbinds[0][0] == (1, 3, 6, 1, 2, 1, 1, 2, 0)


def test_fault_error_status(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    scripted_agent.set_error(5, index=2)
    raw.send("get", (SYS_DESCR_0, None), (SYS_NAME_0, None))
    reply = raw.recv()
    assert (reply.error_status, reply.error_index) == (5, 2)
    assert [oid for oid, _ in reply.varbinds] == [SYS_DESCR_0, SYS_NAME_0]
    raw.send("get", (SYS_DESCR_0, None))
    assert raw.recv().error_status == 0


def test_fault_other_version(scripted_agent: ScriptedResponder, raw: RawClient) -> None:
    scripted_agent.answer_with_version(0)
    rid = raw.send("get", (SYS_DESCR_0, None), version=V2C)
    data = raw.recv_bytes()
    assert describe_datagram(data).version == 0
    assert describe_datagram(data).request_id == rid
    scripted_agent.answer_with_version(3)
    raw.send("get", (SYS_DESCR_0, None), version=V1)
    assert describe_datagram(raw.recv_bytes()).version == 3


def test_faults_are_thread_safe_and_resettable(scripted_agent: ScriptedResponder) -> None:
    scripted_agent.drop_next(3)
    scripted_agent.set_delay(1.0)
    scripted_agent.set_error(5, n=None)
    scripted_agent.reset_faults()
    client = RawClient(scripted_agent.address)
    try:
        client.send("get", (SYS_DESCR_0, None))
        assert client.recv(timeout=0.5).error_status == 0
    finally:
        client.close()


def test_responder_close_joins_and_frees_the_port() -> None:
    responder = ScriptedResponder(default_tree(), host="::1").start()
    thread = responder._thread
    port = responder.port
    responder.send_late(after=30.0)  # a pending timer must not keep the loop alive
    client = RawClient(responder.address)
    client.send("get", (SYS_DESCR_0, None))
    responder.wait_for_requests(1)
    client.close()
    responder.close()
    assert thread is not None
    assert not thread.is_alive()
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
        sock.bind(("::1", port))


# ---------------------------------------------------------------------------- silent / closed
def test_silent_port_counts_net_snmp_retries(
    silent_port: SilentPort, netsnmp: NetSnmpTools
) -> None:
    result = netsnmp.get(*silent_port.address, SYS_DESCR_0, timeout=0.2, retries=2)
    assert result.returncode != 0
    assert "Timeout" in result.stderr
    silent_port.wait_for(3)
    got = silent_port.flush()  # the tool has exited: everything it sent is in
    assert len(got) == 3
    assert {d.request_id for d in got} != {None}
    assert len({d.request_id for d in got}) == 1
    assert {(d.version, d.community, d.pdu_type) for d in got} == {(1, b"public", "GetRequest")}
    assert len({d.source for d in got}) == 1


def test_silent_port6_records_datagrams(silent_port6: SilentPort, netsnmp: NetSnmpTools) -> None:
    proc = netsnmp.trap_popen(*silent_port6.address, (1, 3, 6, 1, 6, 3, 1, 1, 5, 1))
    got = silent_port6.wait_for(1)
    proc.communicate(timeout=10)
    assert got[0].pdu_type == "SNMPv2-Trap"
    assert got[0].source[0] == "::1"
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
        sock.sendto(b"\x30\x03\x02\x01", silent_port6.address)  # truncated, not SNMP enough
    bad = silent_port6.wait_for(2)[1]
    assert (bad.data, bad.version, bad.pdu_type) == (b"\x30\x03\x02\x01", None, None)
    with pytest.raises(TimeoutError, match="got 2 datagrams"):
        silent_port6.wait_for(3, timeout=0.05)


def test_closed_port_refuses(closed_port: ClosedPort) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(2.0)
        sock.connect(closed_port.address)
        sock.send(PROBE_PUBLIC)
        with pytest.raises(ConnectionRefusedError):
            sock.recv(100)
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
        closed6 = ClosedPort("::1")
        sock.settimeout(2.0)
        sock.connect(closed6.address)
        sock.send(PROBE_PUBLIC)
        with pytest.raises(ConnectionRefusedError):
            sock.recv(100)


# ---------------------------------------------------------------------------- snmpsim
@pytest.mark.parametrize("host", HOSTS)
def test_snmpsim_answers(snmpsim_agent: SnmpsimAgent, netsnmp: NetSnmpTools, host: str) -> None:
    rows = netsnmp.walk_numeric(host, snmpsim_agent.port, "public", "2c", ".1.3.6.1")
    by_oid = {oid: (label, value) for oid, label, value in rows}
    assert len(rows) == 54
    assert by_oid[SYS_DESCR_0] == ("STRING", "snmpscope snmpsim device (recorded edge switch)")
    assert by_oid[(1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 1)] == ("Counter64", str(2**64 - 1))
    assert by_oid[(1, 3, 6, 1, 2, 1, 4, 20, 1, 1, 10, 0, 0, 1)] == ("IpAddress", "10.0.0.1")
    assert by_oid[(1, 3, 6, 1, 2, 1, 2, 2, 1, 6, 1)] == ("Hex-STRING", "00 11 22 33 44 A1")
    assert by_oid[(1, 3, 6, 1, 4, 1, 99999, 1, 1, 0)] == (
        "Hex-STRING",
        bytes(range(32)).hex(" ").upper(),
    )
    assert by_oid[(1, 3, 6, 1, 4, 1, 99999, 1, 2, 0)] == ("STRING", "first line\nsecond line")
    assert by_oid[(1, 3, 6, 1, 4, 1, 99999, 1, 3, 0)] == ("OID", ".1.3.6.1.4.1.99999.42.1")


def test_snmpsim_v1_and_v3(snmpsim_agent: SnmpsimAgent, netsnmp: NetSnmpTools) -> None:
    v1 = netsnmp.walk_numeric("127.0.0.1", snmpsim_agent.port, "public", "1", ".1.3.6.1")
    assert len(v1) == 54 - 4  # v1 skips the four Counter64 objects
    v3 = netsnmp.get(
        "127.0.0.1",
        snmpsim_agent.port,
        SYS_DESCR_0,
        user=snmpsim_agent.v3_user,
        options=("-On", "-n", "public"),
    )
    assert v3.returncode == 0, v3.stderr
    assert parse_numeric(v3.stdout)[0][2] == "snmpscope snmpsim device (recorded edge switch)"
