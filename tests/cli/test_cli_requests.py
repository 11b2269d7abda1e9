"""``snmpscope-cli`` get/getnext/bulkget/set/walk/bulkwalk against real agents, run in-process.

Where the answer cannot change between two requests, our ``-On`` output must be byte for byte
what net-snmp's tool prints with ``-On -m ""`` against the same agent (the ``netsnmp``
fixture's tools run without MIBs, and ``-On`` is our MIB-free numeric mode).
"""

from __future__ import annotations

import json

import pytest
from agents.netsnmp import NetSnmpTools, parse_numeric, transport_spec
from agents.scripted import ScriptedResponder
from agents.snmpd import SnmpdAgent
from agents.snmpsim import SnmpsimAgent
from clikit import argv_oids, run
from pysnmp.proto import rfc1902

SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)
SYS_OBJECT_ID_0 = (1, 3, 6, 1, 2, 1, 1, 2, 0)
SYS_UPTIME_0 = (1, 3, 6, 1, 2, 1, 1, 3, 0)
SYS_LOCATION_0 = (1, 3, 6, 1, 2, 1, 1, 6, 0)
SYSTEM = (1, 3, 6, 1, 2, 1, 1)
IF_DESCR = (1, 3, 6, 1, 2, 1, 2, 2, 1, 2)
SYS_OR_ID = (1, 3, 6, 1, 2, 1, 1, 9, 1, 2)
MISSING_0 = (1, 3, 6, 1, 2, 1, 1, 99, 0)
NO_INSTANCE = (1, 3, 6, 1, 2, 1, 1, 1, 5)
VACM_VIEWS = (1, 3, 6, 1, 6, 3, 16, 1, 5)  # the last subtree snmpd serves

HOSTS = ["127.0.0.1", "::1"]
VERSIONS = ["1", "2c"]


def spec(host: str, port: int) -> str:
    """Our agent argument in net-snmp's own syntax (udp:/udp6:[...])."""
    return transport_spec(host, port)


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("version", VERSIONS)
def test_get_prints_what_snmpget_prints(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str, version: str
) -> None:
    oids = [SYS_DESCR_0, SYS_OBJECT_ID_0]
    if version == "2c":
        oids += [MISSING_0, NO_INSTANCE]  # v2c exceptions print as values
    ours = run("get", "-v", version, "-On", spec(host, snmpd_agent.port), *argv_oids(oids))
    theirs = netsnmp.get(host, snmpd_agent.port, *oids, version=version)
    assert (ours.code, ours.err) == (0, "")
    assert ours.out == theirs.stdout
    assert ours.out.count("\n") == len(oids)


@pytest.mark.parametrize("host", HOSTS)
def test_v1_no_such_name_is_reported_like_snmpget(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str
) -> None:
    oids = [SYS_DESCR_0, MISSING_0]
    ours = run("get", "-v1", "-On", spec(host, snmpd_agent.port), *argv_oids(oids))
    theirs = netsnmp.get(host, snmpd_agent.port, *oids, version="1")
    assert ours.code == 1  # net-snmp says 2; our exit codes are 0/1/2 as documented
    assert (ours.out, ours.err) == (theirs.stdout, theirs.stderr)
    assert "Reason: (noSuchName) There is no such variable name in this MIB." in ours.err
    assert "Failed object: .1.3.6.1.2.1.1.99.0" in ours.err


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("version", VERSIONS)
def test_getnext_prints_what_snmpgetnext_prints(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str, version: str
) -> None:
    oids = [SYS_DESCR_0, IF_DESCR, SYS_OR_ID]
    ours = run("getnext", "-v", version, "-On", spec(host, snmpd_agent.port), *argv_oids(oids))
    theirs = netsnmp.getnext(host, snmpd_agent.port, *oids, version=version)
    assert ours.code == 0
    assert ours.out == theirs.stdout and len(ours.out.splitlines()) == 3


@pytest.mark.parametrize("host", HOSTS)
def test_bulkget_prints_what_snmpbulkget_prints(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str
) -> None:
    oids = [SYS_DESCR_0, IF_DESCR, SYS_OR_ID]
    ours = run("bulkget", "-Cn1", "-C", "r4", "-On", spec(host, snmpd_agent.port), *argv_oids(oids))
    theirs = netsnmp.bulkget(host, snmpd_agent.port, *oids, non_repeaters=1, max_repetitions=4)
    assert ours.code == 0
    assert ours.out == theirs.stdout
    assert len(ours.out.splitlines()) == 1 + 2 * 4


def test_bulkget_to_a_v1_agent_is_a_getnext(snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools) -> None:
    """net-snmp refuses ("Cannot send V2 PDU on V1 session"); RFC 3584 lets us send GETNEXT."""
    oids = [SYS_DESCR_0, IF_DESCR]
    ours = run("bulkget", "-v1", "-On", spec("127.0.0.1", snmpd_agent.port), *argv_oids(oids))
    assert ours.code == 0
    assert ours.out == netsnmp.getnext("127.0.0.1", snmpd_agent.port, *oids, version="1").stdout


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("version", VERSIONS)
def test_set_prints_what_snmpset_prints_and_the_value_sticks(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str, version: str
) -> None:
    where = spec(host, snmpd_agent.port)
    before = run("get", "-Ovq", where, "SNMPv2-MIB::sysLocation.0").out.strip()
    value = f"rack {version} {host}"
    ours = run("set", "-v", version, "-c", "private", "-On", where, "sysLocation.0", "s", value)
    assert ours.code == 0, ours.err
    assert ours.out == f'.1.3.6.1.2.1.1.6.0 = STRING: "{value}"\n'
    assert run("get", "-Ovq", where, "SNMPv2-MIB::sysLocation.0").out == value + "\n"
    theirs = netsnmp.set(host, snmpd_agent.port, (SYS_LOCATION_0, "s", before), version=version)
    assert theirs.returncode == 0
    assert run("get", "-Ov", "-On", where, "sysLocation.0").out == theirs.stdout.split(" = ")[1]


@pytest.mark.parametrize("version", VERSIONS)
def test_set_refused_is_reported_like_snmpset(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, version: str
) -> None:
    where = spec("127.0.0.1", snmpd_agent.port)
    ours = run("set", "-v", version, "-On", where, ".1.3.6.1.2.1.1.6.0", "s", "nope")
    theirs = netsnmp.set(
        "127.0.0.1",
        snmpd_agent.port,
        (SYS_LOCATION_0, "s", "nope"),
        community="public",
        version=version,
    )
    assert ours.code == 1 and theirs.returncode != 0
    assert (ours.out, ours.err) == (theirs.stdout, theirs.stderr)
    assert ours.err.startswith("Error in packet.\nReason: ")


def test_set_with_wrong_type_is_reported_like_snmpset(
    scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools
) -> None:
    """An object our MIBs do not know goes out as typed; the agent answers wrongType."""
    private = (1, 3, 6, 1, 4, 1, 99999, 1, 0)
    scripted_agent.set_value(private, "text")
    where = spec(*scripted_agent.address)
    ours = run("set", "-c", "private", "-On", where, argv_oids([private])[0], "i", "5")
    theirs = netsnmp.set(*scripted_agent.address, (private, "i", "5"))
    assert ours.code == 1
    assert (ours.out, ours.err) == (theirs.stdout, theirs.stderr)
    assert "wrongType (The set datatype does not match" in ours.err


def test_set_type_the_mib_rules_out_is_refused_before_sending(
    scripted_agent: ScriptedResponder,
) -> None:
    """With the MIB at hand (as net-snmp's snmpset with MIBs): sysLocation is a string."""
    ours = run("set", "-c", "private", spec(*scripted_agent.address), "sysLocation.0", "i", "5")
    assert ours.code == 2
    assert "SNMPv2-MIB::sysLocation is OCTET STRING; type 'i' does not fit it" in ours.err
    assert scripted_agent.requests == []


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize(
    ("command", "version"), [("walk", "1"), ("walk", "2c"), ("bulkwalk", "2c")]
)
def test_walk_of_system_prints_what_net_snmp_prints(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str, command: str, version: str
) -> None:
    """Line for line the same, except sysUpTime.0's value, which ticks between the walks."""
    ours = run(command, "-v", version, "-On", spec(host, snmpd_agent.port), ".1.3.6.1.2.1.1")
    theirs = netsnmp.walk(
        host, snmpd_agent.port, SYSTEM, version=version, bulk=command == "bulkwalk"
    )
    assert ours.code == 0 and ours.err == ""
    ticking = ".1.3.6.1.2.1.1.3.0 = Timeticks: "
    mine = [line for line in ours.out.splitlines() if not line.startswith(ticking)]
    reference = [line for line in theirs.stdout.splitlines() if not line.startswith(ticking)]
    assert mine == reference
    assert len(ours.out.splitlines()) == len(theirs.stdout.splitlines()) > 20


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("command", ["walk", "bulkwalk"])
def test_walk_to_the_end_of_the_agent_prints_what_net_snmp_prints(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, version: str, command: str
) -> None:
    """v2c: the closing endOfMibView line; v1: "End of MIB" (snmpbulkwalk refuses v1, so the
    v1 bulk walk is compared with snmpwalk: it walks with GETNEXT)."""
    ours = run(
        command,
        "-v",
        version,
        "-Cr7" if command == "bulkwalk" else "-Cc",
        "-On",
        spec("127.0.0.1", snmpd_agent.port),
        ".1.3.6.1.6.3.16.1.5",
    )
    theirs = netsnmp.walk(
        "127.0.0.1",
        snmpd_agent.port,
        VACM_VIEWS,
        version=version,
        bulk=command == "bulkwalk" and version == "2c",
    )
    assert ours.code == 0
    assert ours.out == theirs.stdout
    last = ours.out.splitlines()[-1]
    if version == "1":
        assert last == "End of MIB"
    else:
        assert last.endswith(
            "= No more variables left in this MIB View (It is past the end of the MIB tree)"
        )


def test_walk_of_a_leaf_and_of_nothing(snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools) -> None:
    where = spec("127.0.0.1", snmpd_agent.port)
    for oid in (SYS_DESCR_0, MISSING_0):
        ours = run("walk", "-On", where, argv_oids([oid])[0])
        assert ours.out == netsnmp.walk("127.0.0.1", snmpd_agent.port, oid).stdout
        assert ours.out.count("\n") == 1
    assert run("walk", "-CI", "-On", where, argv_oids([MISSING_0])[0]).out == ""


def test_walk_default_root_is_mib2_and_count(scripted_agent: ScriptedResponder) -> None:
    where = spec(*scripted_agent.address)
    ours = run("bulkwalk", "-Cp", "-On", where)
    lines = ours.out.splitlines()
    assert ours.code == 0
    assert lines[0].startswith(".1.3.6.1.2.1.1.1.0 = STRING: ")
    served = len(scripted_agent.tree)
    assert lines[-2].endswith("(It is past the end of the MIB tree)")
    assert lines[-1] == f"Variables found: {served + 1}"  # net-snmp counts the closing line


def test_names_by_default(snmpd_agent: SnmpdAgent) -> None:
    ours = run(
        "get",
        spec("::1", snmpd_agent.port),
        "sysDescr.0",
        "IF-MIB::ifDescr.1",
        ".1.3.6.1.2.1.1.2.0",
    )
    assert ours.code == 0
    assert ours.out.splitlines() == [
        f"SNMPv2-MIB::sysDescr.0 = STRING: {snmpd_agent.sys_descr}",
        "IF-MIB::ifDescr.1 = STRING: lo",
        "SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.8072.3.2.10",
    ]


@pytest.mark.parametrize(
    "options", ["-Oqn", "-Ovn", "-Ovqn", "-On", "-OnT", "-Onx", "-OnQ", "-Ont", "-Onqa"]
)
def test_quick_and_value_only_print_like_net_snmp(
    scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools, options: str
) -> None:
    """-Oq/-Ov against the scripted responder (nothing in it changes): strings, OIDs,
    TimeTicks (-Oq prints d:h:mm:ss.cc), integers, gauges, counters, Counter64, octets
    (-Oq quotes hex dumps), IpAddress, Opaque, Unsigned32, escapes."""
    extra = (1, 3, 6, 1, 4, 1, 99999, 7)
    scripted_agent.update(
        {
            (*extra, 1, 0): rfc1902.IpAddress("10.1.2.3"),
            (*extra, 2, 0): rfc1902.OctetString(b""),
            (*extra, 3, 0): rfc1902.Opaque(b"\x01\x02"),
            (*extra, 4, 0): rfc1902.Unsigned32(7),
            (*extra, 5, 0): rfc1902.OctetString(b'a\nb"c\\'),
            (*extra, 6, 0): rfc1902.Integer32(-5),
            (*extra, 7, 0): rfc1902.TimeTicks(3 * 8640000 + 12345),
        }
    )
    oids = list(scripted_agent.tree)
    ours = run("get", options, spec(*scripted_agent.address), *argv_oids(oids))
    theirs = netsnmp.get(*scripted_agent.address, *oids, options=(options,))
    assert ours.code == 0
    assert ours.out == theirs.stdout and len(ours.out.splitlines()) >= len(oids)


def test_output_letters_with_mib_names(scripted_agent: ScriptedResponder) -> None:
    """The letters that need MIBs (net-snmp here has none, so these follow its mib.c):
    -Os drops the module, -Oe prints enumerations as numbers (BITS too), -OU drops UNITS,
    -Ot prints TimeTicks bare, -OQ keeps "=", a DISPLAY-HINT wins over -Ox, and of n/s/S
    the last one counts."""
    units = (1, 3, 6, 1, 2, 1, 25, 2, 3, 1, 4, 1)  # hrStorageAllocationUnits.1, UNITS "Bytes"
    scripted_agent.update({units: rfc1902.Integer32(4096)})
    where = spec(*scripted_agent.address)
    oids = ["sysUpTime.0", "IF-MIB::ifType.1", "IF-MIB::ifPhysAddress.2", ".1" + "".join(
        f".{n}" for n in units[1:])]  # fmt: skip

    def lines(*options: str) -> list[str]:
        result = run("get", *options, where, *oids)
        assert result.code == 0, result.err
        return result.out.splitlines()

    assert lines() == [
        "SNMPv2-MIB::sysUpTime.0 = Timeticks: (123456) 0:20:34.56",
        "IF-MIB::ifType.1 = INTEGER: softwareLoopback(24)",
        "IF-MIB::ifPhysAddress.2 = STRING: 2:42:ac:11:0:2",
        "HOST-RESOURCES-MIB::hrStorageAllocationUnits.1 = INTEGER: 4096 Bytes",
    ]
    assert lines("-Os", "-Oe", "-OU", "-Ot", "-Ox") == [
        "sysUpTime.0 = 123456",
        "ifType.1 = INTEGER: 24",
        "ifPhysAddress.2 = STRING: 2:42:ac:11:0:2",
        "hrStorageAllocationUnits.1 = INTEGER: 4096",
    ]
    assert lines("-OQs") == [
        "sysUpTime.0 = 0:0:20:34.56",
        "ifType.1 = softwareLoopback",
        "ifPhysAddress.2 = 2:42:ac:11:0:2",
        "hrStorageAllocationUnits.1 = 4096 Bytes",
    ]
    assert lines("-Ons", "-OS", "-Oqv")[:2] == ["0:0:20:34.56", "softwareLoopback"]
    assert lines("-Osn", "-Oq")[0] == ".1.3.6.1.2.1.1.3.0 0:0:20:34.56"


def test_json_document(snmpd_agent: SnmpdAgent) -> None:
    ours = run(
        "get",
        "--json",
        spec("127.0.0.1", snmpd_agent.port),
        "sysDescr.0",
        "sysObjectID.0",
        ".1.3.6.1.2.1.1.3.0",
        ".1.3.6.1.2.1.1.99.0",
    )
    assert ours.code == 0
    doc = json.loads(ours.out)
    assert doc["command"] == "get" and doc["error"] is None
    descr, object_id, uptime, missing = doc["varbinds"]
    assert descr == {
        "oid": ".1.3.6.1.2.1.1.1.0",
        "name": "SNMPv2-MIB::sysDescr.0",
        "type": "OCTET STRING",
        "value": snmpd_agent.sys_descr,
        "text": f"STRING: {snmpd_agent.sys_descr}",
    }
    assert (
        object_id["type"] == "OBJECT IDENTIFIER" and object_id["value"] == "1.3.6.1.4.1.8072.3.2.10"
    )
    assert uptime["type"] == "TimeTicks" and isinstance(uptime["value"], int)
    assert missing["type"] == "noSuchObject" and missing["value"] is None


def test_json_walk_document(scripted_agent: ScriptedResponder) -> None:
    ours = run("walk", "--json", spec(*scripted_agent.address), "IF-MIB::ifTable")
    doc = json.loads(ours.out)
    assert ours.code == 0 and doc["error"] is None
    assert doc["root"] == ".1.3.6.1.2.1.2.2" and doc["end"] == "end of subtree"
    assert [vb["name"] for vb in doc["varbinds"][:3]] == [
        "IF-MIB::ifIndex.1",
        "IF-MIB::ifIndex.2",
        "IF-MIB::ifIndex.3",
    ]
    binary = [vb for vb in doc["varbinds"] if vb.get("encoding") == "hex"]
    assert {vb["value"] for vb in binary} == {"0242ac110002", "0242ac110003"}
    assert doc["requests"] == len(doc["varbinds"]) + 1


def test_walk_tree_parses_as_net_snmp_output(scripted_agent: ScriptedResponder) -> None:
    ours = run("bulkwalk", "-On", "-Cr3", spec(*scripted_agent.address), ".1.3.6.1")
    rows = [r for r in parse_numeric(ours.out) if r[1] != "endOfMibView"]
    assert [r[0] for r in rows] == list(scripted_agent.tree)


@pytest.mark.parametrize(
    "letters",
    ["t", "x", "a", "T", "Q", "qv", "qt", "Qt", "vt", "xa", "ax", "qT", "qx", "xT", "e", "U", "b"],
)
def test_output_letters_print_like_net_snmp(
    snmpsim_agent: SnmpsimAgent, netsnmp: NetSnmpTools, letters: str
) -> None:
    """Every value -O letter against net-snmp on a recorded device (binary, text with
    newlines, empty strings, TimeTicks, counters, OIDs), byte for byte."""
    ours = run("walk", "-On", f"-O{letters}", spec("127.0.0.1", snmpsim_agent.port), ".1.3.6.1")
    theirs = netsnmp.walk("127.0.0.1", snmpsim_agent.port, (1, 3, 6, 1), options=[f"-O{letters}"])
    assert ours.code == 0 and theirs.returncode == 0, theirs.stderr
    # net-snmp's stdout is read in text mode, whose universal newlines turn the raw CR that
    # -Oa/-OT print for an octet 0x0D into a newline: read ours the same way.
    assert ours.out.replace("\r\n", "\n").replace("\r", "\n") == theirs.stdout
    assert len(ours.out.splitlines()) > 50


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize(("command", "bulk"), [("walk", False), ("bulkwalk", True)])
def test_walk_of_snmpsim_equals_net_snmp(
    snmpsim_agent: SnmpsimAgent, netsnmp: NetSnmpTools, host: str, command: str, bulk: bool
) -> None:
    """snmpsim replays a recorded device: nothing moves, so the whole output is identical."""
    ours = run(command, "-On", spec(host, snmpsim_agent.port), ".1.3.6.1")
    theirs = netsnmp.walk(host, snmpsim_agent.port, (1, 3, 6, 1), bulk=bulk)
    assert ours.code == 0 and theirs.returncode == 0
    assert ours.out == theirs.stdout
    assert len(ours.out.splitlines()) > 20
