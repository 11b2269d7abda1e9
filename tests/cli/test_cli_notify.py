"""``trap``, ``inform`` and ``listen``: our sender to our listener, our sender to a raw UDP
receiver that decodes with pysnmp (an independent decoder), and net-snmp's snmptrap /
snmpinform to our listener (inform acknowledged: snmpinform exits 0)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from agents.netsnmp import NetSnmpTools
from agents.snmpd import free_udp_port_pair
from clikit import Background, run
from pyasn1.codec.ber import decoder
from pysnmp.proto import api

COLD_START = (1, 3, 6, 1, 6, 3, 1, 1, 5, 1)
LINK_DOWN = (1, 3, 6, 1, 6, 3, 1, 1, 5, 3)
SYS_CONTACT_0 = (1, 3, 6, 1, 2, 1, 1, 4, 0)
IF_INDEX_2 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 2)
NET_SNMP_NOTIFS = (1, 3, 6, 1, 4, 1, 8072, 2, 3)


@pytest.fixture
def port() -> int:
    return free_udp_port_pair()


def listening(*argv: str) -> Background:
    """``listen argv`` in a thread, returned once its receiver is bound."""
    job = Background("listen", *argv)
    job.err.wait_for("Listening for traps and informs on ")
    return job


def test_our_traps_and_inform_reach_our_listener(port: int) -> None:
    where = f"127.0.0.1:{port}"
    job = listening("--count", "3", where)
    assert run("trap", where, "4242", "coldStart", "sysContact.0", "s", "ops@example").code == 0
    assert (
        run(
            "trap",
            "-v1",
            where,
            ".1.3.6.1.4.1.8072.2.3",
            "192.0.2.7",
            "6",
            "17",
            "99",
            "IF-MIB::ifIndex.2",
            "i",
            "2",
        ).code
        == 0
    )
    inform = run("inform", where, "", "linkDown", "ifIndex.2", "i", "2")
    assert (inform.code, inform.out, inform.err) == (0, "", "")
    result = job.join()
    assert result.code == 0
    blocks = result.out.split("\n20")  # each notification starts with its date
    assert len(blocks) == 3
    trap, v1trap, informed = blocks
    assert f'->[127.0.0.1]:{port} TRAP SNMPv2c community "public"' in trap
    assert "    SNMPv2-MIB::sysUpTime.0 = Timeticks: (4242) 0:00:42.42" in trap
    assert "    SNMPv2-MIB::snmpTrapOID.0 = OID: SNMPv2-MIB::coldStart" in trap
    assert "    SNMPv2-MIB::sysContact.0 = STRING: ops@example" in trap
    assert " TRAP SNMPv1 " in v1trap
    assert "    SNMPv2-MIB::snmpTrapOID.0 = OID: SNMPv2-SMI::enterprises.8072.2.3.0.17" in v1trap
    assert "SNMP-COMMUNITY-MIB::snmpTrapAddress.0 = IpAddress: 192.0.2.7" in v1trap
    assert v1trap.rstrip().endswith(
        "SNMPv2-MIB::snmpTrapEnterprise.0 = OID: SNMPv2-SMI::enterprises.8072.2.3"
    )
    assert " INFORM SNMPv2c " in informed
    assert "SNMPv2-MIB::snmpTrapOID.0 = OID: IF-MIB::linkDown" in informed


def _decode(data: bytes) -> tuple[int, bytes, object]:
    version = int(api.decodeMessageVersion(data))
    proto = api.PROTOCOL_MODULES[version]
    message, _ = decoder.decode(data, asn1Spec=proto.Message())
    return (
        version,
        bytes(proto.apiMessage.get_community(message)),
        proto.apiMessage.get_pdu(message),
    )


@pytest.fixture
def raw_receiver() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
        sock.bind(("::1", 0))
        sock.settimeout(10)
        yield sock


def test_trap_as_a_raw_receiver_decodes_it(raw_receiver: socket.socket) -> None:
    where = f"udp6:[::1]:{raw_receiver.getsockname()[1]}"
    sent = run("trap", "-c", "traps", where, "77", ".1.3.6.1.6.3.1.1.5.3", "ifIndex.2", "i", "2")
    assert sent.code == 0, sent.err
    version, community, pdu = _decode(raw_receiver.recvfrom(65535)[0])
    assert (version, community) == (1, b"traps")
    assert pdu.isSameTypeWith(api.v2c.SNMPv2TrapPDU())  # type: ignore[attr-defined]
    varbinds = [(tuple(o), v) for o, v in api.v2c.apiPDU.get_varbinds(pdu)]
    assert varbinds[0] == ((1, 3, 6, 1, 2, 1, 1, 3, 0), api.v2c.TimeTicks(77))
    assert varbinds[1] == ((1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0), api.v2c.ObjectIdentifier(LINK_DOWN))
    assert varbinds[2] == (IF_INDEX_2, api.v2c.Integer(2))


def test_v1_trap_as_a_raw_receiver_decodes_it(raw_receiver: socket.socket) -> None:
    where = f"[::1]:{raw_receiver.getsockname()[1]}"
    sent = run(
        "trap",
        "-v",
        "1",
        where,
        ".1.3.6.1.4.1.8072.2.3",
        "192.0.2.9",
        "6",
        "42",
        "1234",
        "sysContact.0",
        "s",
        "v1 body",
    )
    assert sent.code == 0, sent.err
    version, community, pdu = _decode(raw_receiver.recvfrom(65535)[0])
    assert (version, community) == (0, b"public")
    trap = api.v1.apiTrapPDU
    assert tuple(trap.get_enterprise(pdu)) == NET_SNMP_NOTIFS
    assert trap.get_agent_address(pdu).prettyPrint() == "192.0.2.9"
    assert (int(trap.get_generic_trap(pdu)), int(trap.get_specific_trap(pdu))) == (6, 42)
    assert int(trap.get_timestamp(pdu)) == 1234
    assert [(tuple(o), bytes(v)) for o, v in trap.get_varbinds(pdu)] == [
        (SYS_CONTACT_0, b"v1 body")
    ]


def test_net_snmp_traps_and_inform_reach_our_listener(port: int, netsnmp: NetSnmpTools) -> None:
    job = listening("--count", "3", "-On", f"udp:127.0.0.1:{port}")
    assert netsnmp.trap("127.0.0.1", port, COLD_START, (SYS_CONTACT_0, "s", "v2")).returncode == 0
    assert (
        netsnmp.trap_v1("127.0.0.1", port, NET_SNMP_NOTIFS, 2, 0, (IF_INDEX_2, "i", "2")).returncode
        == 0
    )
    proc = netsnmp.inform_popen("127.0.0.1", port, LINK_DOWN, timeout=2, retries=1)
    result = job.join()
    assert proc.wait(10) == 0  # snmpinform got our acknowledgement
    assert result.code == 0
    out = result.out
    assert '.1.3.6.1.2.1.1.4.0 = STRING: "v2"' in out  # -On: net-snmp's MIB-less values
    assert ".1.3.6.1.6.3.1.1.4.1.0 = OID: .1.3.6.1.6.3.1.1.5.3" in out  # generic 2 = linkDown
    assert out.count(" INFORM SNMPv2c ") == 1 and out.count(" TRAP SNMPv1 ") == 1


def test_listen_json_lines(port: int, netsnmp: NetSnmpTools) -> None:
    job = listening("--json", "--count", "2", f"127.0.0.1:{port}")
    netsnmp.trap("127.0.0.1", port, COLD_START)
    netsnmp.trap("127.0.0.1", port, LINK_DOWN, (IF_INDEX_2, "i", "2"))
    result = job.join()
    docs = [json.loads(line) for line in result.out.splitlines()]
    assert [d["trap_oid"] for d in docs] == [".1.3.6.1.6.3.1.1.5.1", ".1.3.6.1.6.3.1.1.5.3"]
    assert docs[1]["varbinds"][2] == {
        "oid": ".1.3.6.1.2.1.2.2.1.1.2",
        "name": "IF-MIB::ifIndex.2",
        "type": "INTEGER",
        "value": 2,
        "text": "INTEGER: 2",
    }
    assert all(d["type"] == "trap" and d["community"] == "public" for d in docs)


def test_listen_filters_by_community(port: int, netsnmp: NetSnmpTools) -> None:
    job = listening("-c", "secret", "--count", "1", f"127.0.0.1:{port}")
    netsnmp.trap("127.0.0.1", port, LINK_DOWN, community="public")
    netsnmp.trap("127.0.0.1", port, COLD_START, community="secret")
    result = job.join()
    assert result.code == 0
    assert 'community "secret"' in result.out and "linkDown" not in result.out


def test_listen_timeout_before_count_is_an_error(port: int) -> None:
    result = run("listen", "--count", "2", "--timeout", "0.3", f"127.0.0.1:{port}")
    assert result.code == 1
    assert result.err.endswith("listen: 0 of 2 notifications arrived\n")


def test_listen_stops_cleanly_when_asked(port: int) -> None:
    job = listening(f"127.0.0.1:{port}")
    result = job.stop()
    assert (result.code, result.out) == (0, "")


def test_listen_on_a_busy_port_names_it(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as busy:
        busy.bind(("127.0.0.1", port))
        result = run("listen", "--count", "1", f"127.0.0.1:{port}")
    assert result.code == 1
    assert f"listen: cannot listen on udp:127.0.0.1:{port}: " in result.err
    assert str(port) in result.err.split(": ", 2)[2]


def test_v1_trap_agent_addr_defaults_to_this_host() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(10)
        where = f"127.0.0.1:{sock.getsockname()[1]}"
        assert run("trap", "-v1", where, ".1.3.6.1.4.1.8072.2.3", "", "0", "0", "").code == 0
        _, _, pdu = _decode(sock.recvfrom(65535)[0])
    assert api.v1.apiTrapPDU.get_agent_address(pdu).prettyPrint() == "127.0.0.1"
    assert int(api.v1.apiTrapPDU.get_generic_trap(pdu)) == 0


def test_listen_and_trap_over_ipv6(port: int) -> None:
    job = listening("--count", "1", f"udp6:[::1]:{port}")
    assert run("trap", f"[::1]:{port}", "1", "coldStart").code == 0
    result = job.join()
    assert result.code == 0
    assert f"->[::1]:{port} TRAP SNMPv2c" in result.out
    assert "SNMPv2-MIB::snmpTrapOID.0 = OID: SNMPv2-MIB::coldStart" in result.out


def test_trap_and_inform_json(port: int) -> None:
    where = f"127.0.0.1:{port}"
    job = listening("--count", "2", where)
    trap = json.loads(run("trap", "--json", where, "", "coldStart").out)
    inform = json.loads(run("inform", "--json", where, "", "warmStart").out)
    assert job.join().code == 0
    assert trap["command"] == "trap" and trap["acknowledged"] is False and trap["error"] is None
    assert inform["acknowledged"] is True and isinstance(inform["request_id"], int)
