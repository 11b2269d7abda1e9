"""Defect 5 of issue 15: every bad option value, operand and letter of ``snmpscope-cli`` is
bad input: exit 2, and a message naming the option (and for a value, what it accepts).

Before the fix ``bulkwalk -Cr99999999999`` blamed the "error index", ``-Cn99999999999`` the
"error status", a negative ``-Cr`` said only "needs a number", and a 70,000-character ``-c``
went out and came back as TL_PDU_TOO_BIG with exit 1; 70,000-digit numbers ended in an
internal error (Python's int() refuses 4,300 digits), ``-t 1e-9`` and ``listen -c ''`` were
taken silently. The table (:mod:`clitable`) is built from the parser itself, so every option
of every subcommand has cases; nothing may reach the agent.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import clitable as ct
import pytest
from agents.netsnmp import NetSnmpTools, transport_spec
from agents.silent import SilentPort
from agents.snmpd import SnmpdAgent

CASES = ct.cases()


@pytest.fixture(scope="module")
def recorder() -> Iterator[SilentPort]:
    """One port for the whole table: it records whatever reaches it (nothing should)."""
    with SilentPort("127.0.0.1") as port:
        yield port


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_table_covers_every_subcommand_and_option() -> None:
    covered = {(case.command, case.what) for case in CASES}
    for command, options in ct.command_options().items():
        for option in options:
            assert (command, option) in covered, (command, option)
    commands = {case.command for case in CASES}
    assert commands == set(ct.command_options())
    assert len(CASES) > 400


def problems_of(case: ct.Case, result: ct.Result) -> list[str]:
    problems = []
    first = result.err.splitlines()[0] if result.err else ""
    if result.code != 2:
        problems.append(f"exit {result.code}, not 2")
    if result.out:
        problems.append(f"stdout: {result.out[:80]!r}")
    if not first.startswith("snmpscope-cli"):
        problems.append(f"message does not start with snmpscope-cli: {first[:80]!r}")
    if case.names not in first:
        problems.append(f"{case.names!r} not named in {first[:160]!r}")
    for word in case.accepted:
        if word not in first:
            problems.append(f"what is accepted ({word!r}) not said in {first[:160]!r}")
    if not case.parsed_by_argparse and len(result.err.splitlines()) != 1:
        problems.append(f"{len(result.err.splitlines())} lines, not 1")
    if len(first) > 400:
        problems.append(f"a {len(first)}-character line: the input is repeated")
    if "Traceback" in result.err or "internal error" in result.err:
        problems.append("internal error")
    return problems


@pytest.mark.parametrize("command", sorted(ct.command_options()))
def test_every_bad_input_exits_2_naming_the_option(command: str, recorder: SilentPort) -> None:
    agent = transport_spec(*recorder.address)
    problems = []
    for case in (c for c in CASES if c.command == command):
        listen = f"127.0.0.1:{free_port()}"
        argv = [agent if w == ct.AGENT else listen if w == ct.LISTEN else w for w in case.argv]
        result = ct.run(*argv, stopped=True)
        problems += [f"{case.id}: {p}" for p in problems_of(case, result)]
    assert problems == []
    assert recorder.flush() == []  # nothing reached the wire


def test_the_cases_of_the_issue() -> None:
    """The four command lines issue 15 names, word for word."""
    agent = "127.0.0.1:9"
    for argv, words in [
        (["bulkwalk", "-Cr99999999999", agent], ["-Cr", "max-repetitions", "1..2147483647"]),
        (["bulkwalk", "-Cn99999999999", agent], ["-Cn", "non-repeaters", "0..2147483647"]),
        (["bulkwalk", "-Cr-5", agent], ["-Cr", "max-repetitions", "1..2147483647"]),
        (["get", "-c", ct.HUGE_TEXT, agent, "sysDescr.0"], ["-c", "70000 octets", "255"]),
    ]:
        result = ct.run(*argv)
        assert result.code == 2, result
        assert result.err.count("\n") == 1
        for word in words:
            assert word in result.err
        assert "error index" not in result.err and "error status" not in result.err


def test_a_community_at_the_limit_still_works_and_net_snmp_agents_drop_longer_ones(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools
) -> None:
    """Why 255: snmpd answers a 255-octet community it knows and never one of 256 (its
    parser's COMMUNITY_MAX_LEN); both ends of our limit, against snmpd's public community."""
    where = transport_spec("127.0.0.1", snmpd_agent.port)
    ok = ct.run("get", "-t", "0.3", "-r", "0", "-c", "a" * 255, where, "sysDescr.0")
    assert ok.code == 1 and ok.err.startswith("Timeout")  # sent, and not an accepted one
    refused = ct.run("get", "-c", "a" * 256, where, "sysDescr.0")
    assert refused.code == 2 and "at most 255" in refused.err
    theirs = netsnmp.run(
        "snmpget", "-v2c", "-t", "0.3", "-r", "0", "-c", "a" * 256, where, ".1.3.6.1.2.1.1.1.0"
    )
    assert theirs.returncode != 0 and theirs.stdout == ""


def test_raw_bytes_of_a_community_are_sent_as_given(recorder: SilentPort) -> None:
    """A community that is not UTF-8 on the command line is sent as its bytes (as net-snmp
    does), not refused and not an internal error."""
    where = transport_spec(*recorder.address)
    recorder.clear()
    community = b"pub\xfflic".decode("utf-8", "surrogateescape")
    result = ct.run("get", "-t", "0.05", "-r", "0", "-c", community, where, "sysDescr.0")
    assert result.code == 1 and result.err.startswith("Timeout")
    (datagram,) = recorder.flush()
    assert b"pub\xfflic" in datagram.data


def test_a_request_too_big_for_any_datagram_is_bad_input(recorder: SilentPort) -> None:
    """5,000 OIDs make a 70 KB GET: nothing can carry it, so nothing is sent, and it is the
    input that is wrong (exit 2), not the network (exit 1, as before)."""
    where = transport_spec(*recorder.address)
    recorder.clear()
    result = ct.run("get", where, *([".1.3.6.1.2.1.1.1.0"] * 5000))
    assert result.code == 2, result
    assert "TL_PDU_TOO_BIG" in result.err and result.err.count("\n") == 1
    assert recorder.flush() == []
