"""Bad input exits 2 with a message naming the problem (and sends nothing); SNMP failures exit
1 with net-snmp's own wording; walks stop on non-increasing OIDs; never a traceback."""

from __future__ import annotations

import json

import pytest
from agents.netsnmp import NetSnmpTools, transport_spec
from agents.scripted import ScriptedResponder
from agents.silent import ClosedPort, SilentPort
from clikit import run

SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)
SYS_CONTACT_0 = (1, 3, 6, 1, 2, 1, 1, 4, 0)

USAGE_CASES = [
    # (argv after the command, words the message must contain)
    (["get", "AGENT", "sysDescrr.0"], ["sysDescrr.0: Unknown Object Identifier", "sysDescrr"]),
    (["get", "AGENT", "FOO-MIB::bar.0"], ["unknown MIB module 'FOO-MIB'"]),
    (["get", "AGENT", "1.3.x.1"], ["sub-identifier 3 ('x')"]),
    (["get", "AGENT", "1"], ["at least 2 sub-identifiers"]),
    (["get", "AGENT", ".1.3.6.1.99999999999"], ["larger than 2^32-1"]),
    (["set", "AGENT", "sysContact.0", "q", "x"], ["unknown type letter 'q'"]),
    (["set", "AGENT", "sysUpTime.0", "t", "soon"], ["'soon'", "'t'"]),
    (["set", "AGENT", ".1.3.6.1.4.1.9.1.0", "i", "12abc"], ["'12abc'"]),
    (["set", "AGENT", ".1.3.6.1.4.1.9.1.0", "i", "2147483648"], ["2147483648"]),
    (["set", "AGENT", ".1.3.6.1.4.1.9.1.0", "a", "10.1.2"], ["'10.1.2'", "'a'"]),
    (["set", "AGENT", ".1.3.6.1.4.1.9.1.0", "x", "0g"], ["'0g'", "'x'"]),
    (["set", "AGENT", "sysContact.0", "s"], ["OID TYPE VALUE triples"]),
    (["get", "-v", "3", "AGENT", "sysDescr.0"], ["-v3 needs -u USER"]),
    (["get", "-v3", "-u", "x", "-X", "privpass1", "AGENT", "sysDescr.0"], ["-X needs -x"]),
    (["get", "-u", "ops", "AGENT", "sysDescr.0"], ["-u is an SNMPv3 option"]),
    (["get", "-v", "4", "AGENT", "sysDescr.0"], ["bad SNMP version '4'"]),
    (["get", "-t", "fast", "AGENT", "sysDescr.0"], ["bad timeout 'fast' for -t"]),
    (["get", "-t", "0", "AGENT", "sysDescr.0"], ["bad timeout '0' for -t"]),
    (["get", "-r", "-1", "AGENT", "sysDescr.0"], ["bad retry count '-1' for -r"]),
    (["get", "-OX", "AGENT", "sysDescr.0"], ["-OX is not supported", "-On -Os"]),
    (["walk", "-Cr5", "AGENT"], ["walk does not take -Cr"]),
    (["bulkwalk", "-Cr", "AGENT"], ["-Cr needs a number"]),
    (["bulkwalk", "-Cr0", "AGENT"], ["-Cr must be at least 1"]),
    (["get", "tcp:127.0.0.1:161", "sysDescr.0"], ["transport 'tcp'", "not supported"]),
    (["get", "127.0.0.1:http", "sysDescr.0"], ["bad port 'http'"]),
    (["get", "127.0.0.1:70000", "sysDescr.0"], ["bad port 70000", "1..65535"]),
    (["get", "[::1:161", "sysDescr.0"], ["missing ']'"]),
    (["get", "udp:[::1]:161", "sysDescr.0"], ["::1 is IPv6, but the transport is IPv4"]),
    (["get", "udp6:127.0.0.1:161", "sysDescr.0"], ["is IPv4, but the transport is IPv6"]),
    (["get", "no_such-host.invalid", "sysDescr.0"], ["no_such-host.invalid"]),
    (["get", "AGENT"], ["the following arguments are required: OID"]),
    (["fetch", "AGENT"], ["invalid choice: 'fetch'"]),
    (["get", "--bogus", "AGENT", "sysDescr.0"], ["unrecognized arguments: --bogus"]),
    (["trap", "AGENT", ""], ["missing TRAP-PARAMETERS"]),
    (["trap", "AGENT", "x", "coldStart"], ["bad UPTIME 'x'"]),
    (["trap", "-v1", "AGENT", ".1.3.6.1.4.1.8072", "", "7", "0", ""], ["bad GENERIC trap '7'"]),
    (["trap", "-v1", "AGENT", ".1.3.6.1.4.1.8072", "1.2.3", "6", "1", ""], ["bad AGENT-ADDR"]),
    (["inform", "-v1", "AGENT", "", "coldStart"], ["inform needs SNMPv2c"]),
    (["listen", "--count", "0", "127.0.0.1:10999"], ["bad --count '0'"]),
    (["listen", "--timeout", "-1", "127.0.0.1:10999"], ["bad --timeout '-1'"]),
    (["agent", "--port", "99999"], ["bad --port 99999"]),
]


@pytest.mark.parametrize(("argv", "words"), USAGE_CASES, ids=[" ".join(c[0]) for c in USAGE_CASES])
def test_bad_input_is_a_usage_error_naming_the_problem(
    scripted_agent: ScriptedResponder, argv: list[str], words: list[str]
) -> None:
    where = transport_spec(*scripted_agent.address)
    result = run(*[where if word == "AGENT" else word for word in argv])
    assert result.code == 2, result
    assert result.out == ""
    assert result.err.startswith("snmpscope-cli")
    for word in words:
        assert word in result.err
    assert "Traceback" not in result.err
    assert scripted_agent.requests == []  # nothing was sent


def test_help_lists_the_exit_codes() -> None:
    result = run("--help")
    assert result.code == 0
    assert "exit status:" in result.out and "2  usage error or bad input" in result.out
    sub = run("bulkwalk", "--help")
    assert sub.code == 0 and "-C APPOPTS" in sub.out and "r<N>: max-repetitions" in sub.out


@pytest.mark.parametrize("command", ["get", "getnext", "bulkget", "set", "walk", "bulkwalk"])
def test_timeout_is_reported_like_net_snmp(
    silent_port: SilentPort, netsnmp: NetSnmpTools, command: str
) -> None:
    where = transport_spec(*silent_port.address)
    tail = ["sysContact.0", "s", "x"] if command == "set" else ["sysContact.0"]
    ours = run(command, "-t", "0.2", "-r", "1", where, *tail)
    tool = {"get": "snmpget", "getnext": "snmpgetnext", "bulkget": "snmpbulkget"}.get(
        command, "snmp" + command
    )
    theirs = netsnmp.run(
        tool,
        "-v2c",
        "-c",
        "public",
        "-t",
        "0.2",
        "-r",
        "1",
        where,
        *(["1.3.6.1.2.1.1.4.0", "s", "x"] if command == "set" else ["1.3.6.1.2.1.1.4.0"]),
    )
    assert ours.code == 1
    assert (ours.out, ours.err) == ("", theirs.stderr)
    assert ours.err.startswith(f"Timeout: No Response from {where}")


def test_timeout_in_json(silent_port: SilentPort) -> None:
    result = run(
        "get", "--json", "-t", "0.1", "-r", "0", transport_spec(*silent_port.address), "sysDescr.0"
    )
    assert result.code == 1
    doc = json.loads(result.out)
    assert doc["varbinds"] == []
    assert doc["error"]["code"] == "SNMPAPI_TL_TIMEOUT"
    assert doc["error"]["message"].startswith("Timeout: No Response from ")


def test_closed_port_says_unreachable(closed_port: ClosedPort) -> None:
    result = run("get", "-t", "2", transport_spec(*closed_port.address), "sysDescr.0")
    assert result.code == 1
    assert "destination unreachable (SNMPAPI_TL_UNDELIVERABLE)" in result.err


STATUSES = range(1, 19)


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("command", "tool"), [("get", "snmpget"), ("set", "snmpset")])
def test_every_error_status_reads_like_net_snmp(
    scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools, status: int, command: str, tool: str
) -> None:
    """The agent answers error-status N for the second varbind: the same three lines as
    net-snmp (and snmpget's "fix" retry without that varbind prints the first one)."""
    oids = [".1.3.6.1.2.1.1.5.0", ".1.3.6.1.2.1.1.6.0"]
    args = [w for oid in oids for w in ([oid, "s", "v"] if command == "set" else [oid])]
    where = transport_spec(*scripted_agent.address)
    scripted_agent.set_error(status, 2, n=1)
    theirs = netsnmp.run(tool, "-v2c", "-c", "private", "-On", where, *args)
    scripted_agent.set_error(status, 2, n=1)
    ours = run(command, "-c", "private", "-On", where, *args)
    assert ours.code == 1
    assert (ours.out, ours.err) == (theirs.stdout, theirs.stderr)


def test_error_index_zero_and_out_of_range(
    scripted_agent: ScriptedResponder, netsnmp: NetSnmpTools
) -> None:
    where = transport_spec(*scripted_agent.address)
    for index in (0, 5):
        scripted_agent.set_error(5, index, n=1)
        theirs = netsnmp.run("snmpget", "-v2c", "-c", "public", "-On", where, ".1.3.6.1.2.1.1.5.0")
        scripted_agent.set_error(5, index, n=1)
        ours = run("get", "-On", where, ".1.3.6.1.2.1.1.5.0")
        assert (ours.code, ours.out, ours.err) == (1, theirs.stdout, theirs.stderr)


def test_error_status_in_json(scripted_agent: ScriptedResponder) -> None:
    scripted_agent.set_error(17, 1, n=1)
    result = run(
        "set",
        "--json",
        "-c",
        "private",
        transport_spec(*scripted_agent.address),
        "sysContact.0",
        "s",
        "x",
    )
    doc = json.loads(result.out)
    assert result.code == 1
    assert doc["error"]["status"] == "notWritable" and doc["error"]["error_index"] == 1
    assert doc["error"]["oid"] == ".1.3.6.1.2.1.1.4.0"


@pytest.mark.parametrize("command", ["walk", "bulkwalk"])
def test_walk_stops_on_a_non_increasing_oid(
    scripted_agent: ScriptedResponder, command: str
) -> None:
    scripted_agent.non_increasing("same")
    result = run(command, "-On", transport_spec(*scripted_agent.address), ".1.3.6.1.2.1.1")
    assert result.code == 1
    # net-snmp prints the offending row, then the error
    assert result.out == '.1.3.6.1.2.1.1 = STRING: "snmpscope scripted responder"\n'
    assert result.err == "Error: OID not increasing: .1.3.6.1.2.1.1 >= .1.3.6.1.2.1.1\n"


@pytest.mark.parametrize("command", ["walk", "bulkwalk"])
def test_cc_lets_a_walk_go_back_but_not_loop(
    scripted_agent: ScriptedResponder, command: str
) -> None:
    scripted_agent.non_increasing("same")
    result = run(command, "-Cc", "-On", transport_spec(*scripted_agent.address), ".1.3.6.1.2.1.1")
    assert result.code == 1
    assert result.err.startswith("Error: OID repeated: .1.3.6.1.2.1.1 came back twice")
    assert len(scripted_agent.requests) <= 2


def test_walk_error_status_in_the_middle(scripted_agent: ScriptedResponder) -> None:
    where = transport_spec(*scripted_agent.address)
    scripted_agent.set_error(5, 1, n=1)
    ours = run("walk", "-On", where, ".1.3.6.1.2.1.1")
    assert ours.code == 1
    assert ours.err == (
        "Error in packet.\nReason: (genError) A general failure occured\n"
        "Failed object: .1.3.6.1.2.1.1\n\n"
    )


def test_inform_to_a_silent_receiver_times_out(silent_port: SilentPort) -> None:
    where = transport_spec(*silent_port.address)
    result = run("inform", "-t", "0.1", "-r", "1", where, "", "coldStart")
    assert result.code == 1
    assert result.err == f"inform: Timeout (no acknowledgement from {where})\n"
    assert len(silent_port.flush()) == 2


def test_a_value_the_version_cannot_carry_is_a_usage_error(
    scripted_agent: ScriptedResponder,
) -> None:
    where = transport_spec(*scripted_agent.address)
    result = run("set", "-v1", "-c", "private", where, ".1.3.6.1.4.1.9.1.0", "C", "5")
    assert result.code == 2
    assert "Counter64, which SNMPv1 cannot carry" in result.err
    assert scripted_agent.requests == []
