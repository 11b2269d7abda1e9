"""``snmpscope-cli`` as a real process (the installed console script): a few requests, bad
input (exit 2, no traceback), and the ``agent`` subcommand answering net-snmp's tools."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
from collections.abc import Iterator

import pytest
from agents.netsnmp import NetSnmpTools, parse_numeric, transport_spec
from agents.snmpd import SnmpdAgent
from clikit import CLI, run_process

from snmpscope.core.agent.mib import DemoMib
from snmpscope.core.constants import Syntax
from snmpscope.core.smi.oid import oid_to_str

SYS_NAME_0 = (1, 3, 6, 1, 2, 1, 1, 5, 0)
SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)


def test_get_as_a_process_prints_what_snmpget_prints(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools
) -> None:
    where = transport_spec("::1", snmpd_agent.port)
    ours = run_process("get", "-On", where, ".1.3.6.1.2.1.1.1.0", ".1.3.6.1.2.1.1.2.0")
    theirs = netsnmp.get("::1", snmpd_agent.port, SYS_DESCR_0, (1, 3, 6, 1, 2, 1, 1, 2, 0))
    assert (ours.code, ours.err) == (0, "")
    assert ours.out == theirs.stdout


def test_bulkwalk_as_a_process(snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools) -> None:
    where = transport_spec("127.0.0.1", snmpd_agent.port)
    ours = run_process("bulkwalk", "-Cr25", "-On", where, ".1.3.6.1.2.1.2")
    theirs = netsnmp.walk("127.0.0.1", snmpd_agent.port, (1, 3, 6, 1, 2, 1, 2), bulk=True)
    assert ours.code == 0
    mine, reference = parse_numeric(ours.out), parse_numeric(theirs.stdout)
    assert [row[0] for row in mine] == [row[0] for row in reference]
    assert [row[1] for row in mine] == [row[1] for row in reference]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["get", "127.0.0.1:1161", "noSuchThing.0"], "noSuchThing.0: Unknown Object Identifier"),
        (["get", "-v", "3", "127.0.0.1", "sysDescr.0"], "-v3 needs -u USER"),
        (["walk", "127.0.0.1:99999"], "bad port 99999"),
        (["set", "127.0.0.1", "sysName.0", "z", "x"], "unknown type letter 'z'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_input_as_a_process(argv: list[str], message: str) -> None:
    result = run_process(*argv)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err and result.out == ""


def test_help_as_a_process() -> None:
    result = run_process("--help")
    assert result.code == 0
    for command in ("get", "getnext", "bulkget", "walk", "bulkwalk", "set", "trap", "inform"):
        assert command in result.out
    assert "listen" in result.out and "agent" in result.out and "exit status:" in result.out


# ----------------------------------------------------------------------------- agent
class AgentProcess:
    """``snmpscope-cli agent`` as a process; ``port`` read from its first line."""

    def __init__(self, *argv: str) -> None:
        self.proc = subprocess.Popen(
            [str(CLI), "agent", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.banner = self.proc.stdout.readline()  # blocks until the agent is serving
        found = re.search(r"listening on udp:127\.0\.0\.1:(\d+) ", self.banner)
        if found is None:
            self.proc.kill()
            raise AssertionError(f"no address in {self.banner!r}: {self.proc.communicate()}")
        self.port = int(found.group(1))

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str]:
        self.proc.send_signal(sig)
        _, err = self.proc.communicate(timeout=10)
        return self.proc.returncode, err


@pytest.fixture
def demo_agent() -> Iterator[AgentProcess]:
    agent = AgentProcess("--port", "0", "--community", "demo", "--rw-community", "demo-rw")
    try:
        yield agent
    finally:
        if agent.proc.poll() is None:
            agent.proc.kill()
            agent.proc.communicate()


def test_agent_answers_net_snmp_with_the_demo_data(
    demo_agent: AgentProcess, netsnmp: NetSnmpTools
) -> None:
    """snmpwalk sees every instance of the demo MIB, in order, with the data it holds
    (strings, OIDs, addresses and integers that do not move compared with a DemoMib built
    from the same resource)."""
    rows = netsnmp.walk_numeric("127.0.0.1", demo_agent.port, community="demo", root=(1, 3, 6, 1))
    reference = DemoMib()
    assert [row[0] for row in rows] == reference.oids()
    expected = dict(reference.snapshot())
    checked = 0
    for oid, label, text in rows:
        value = expected[oid]
        if label == "STRING" and value.syntax == Syntax.OCTETS:
            assert isinstance(value.value, bytes)
            assert text == value.value.decode("utf-8"), oid
        elif label == "OID":
            assert text == "." + oid_to_str(value.value), oid  # type: ignore[arg-type]
        elif label == "IpAddress":
            assert text == ".".join(str(b) for b in value.value), oid  # type: ignore[union-attr]
        else:
            continue
        checked += 1
    assert checked > 50


@pytest.mark.parametrize("version", ["1", "2c"])
def test_agent_get_getnext_set_with_net_snmp(
    demo_agent: AgentProcess, netsnmp: NetSnmpTools, version: str
) -> None:
    port = demo_agent.port
    got = parse_numeric(
        netsnmp.get(
            "127.0.0.1", port, SYS_DESCR_0, SYS_NAME_0, community="demo", version=version
        ).stdout
    )
    assert got[0][2].startswith("snmpscope demo router")
    name = f"renamed-v{version}"
    done = netsnmp.set(
        "127.0.0.1", port, (SYS_NAME_0, "s", name), community="demo-rw", version=version
    )
    assert done.returncode == 0, done.stderr
    again = netsnmp.get("127.0.0.1", port, SYS_NAME_0, community="demo", version=version)
    assert parse_numeric(again.stdout) == [(SYS_NAME_0, "STRING", name)]
    nxt = parse_numeric(
        netsnmp.getnext("127.0.0.1", port, SYS_DESCR_0, community="demo", version=version).stdout
    )
    assert nxt[0][0] == (1, 3, 6, 1, 2, 1, 1, 2, 0) and nxt[0][1] == "OID"
    refused = netsnmp.set(
        "127.0.0.1", port, (SYS_DESCR_0, "s", "x"), community="demo-rw", version=version
    )
    assert refused.returncode != 0
    assert ("notWritable" if version == "2c" else "noSuchName") in refused.stderr
    wrong = netsnmp.get("127.0.0.1", port, SYS_DESCR_0, community="public", timeout=0.2)
    assert "Timeout" in wrong.stderr  # a wrong community is dropped, as agents do


def test_agent_answers_our_own_cli_too(demo_agent: AgentProcess) -> None:
    where = f"127.0.0.1:{demo_agent.port}"
    result = run_process("bulkwalk", "-c", "demo", where, "IF-MIB::ifDescr")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].startswith("IF-MIB::ifDescr.1 = STRING: ")
    number = run_process("get", "-c", "demo", "-Ovq", where, "IF-MIB::ifNumber.0")
    assert len(lines) == int(number.out)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_agent_stops_cleanly_on_a_signal(netsnmp: NetSnmpTools, sig: int) -> None:
    agent = AgentProcess("--port", "0")
    assert netsnmp.get("127.0.0.1", agent.port, SYS_DESCR_0).returncode == 0
    code, err = agent.stop(sig)
    assert code == 0
    assert "agent: stopped after 1 requests" in err and "Traceback" not in err


def test_agent_on_a_taken_port_is_an_error(demo_agent: AgentProcess) -> None:
    result = run_process("agent", "--port", str(demo_agent.port))
    assert result.code == 1
    assert f"agent: cannot serve on 127.0.0.1:{demo_agent.port}" in result.err


@pytest.mark.parametrize("command", ["get", "walk"])
def test_sigterm_ends_a_request_waiting_on_a_silent_agent(command: str) -> None:
    """SIGTERM ends a get at once, by the signal's default action (as snmpget ends): no
    handler keeps it waiting out ``-t 30`` for an answer. A walk, which reads the stop event,
    ends cleanly instead, without a traceback."""
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with silent:
        silent.bind(("127.0.0.1", 0))
        silent.settimeout(30)
        where = f"127.0.0.1:{silent.getsockname()[1]}"
        proc = subprocess.Popen(
            [str(CLI), command, "-On", "-t", "30", "-r", "0", where, ".1.3.6.1.2.1.1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            silent.recvfrom(65535)  # the request is out: the command waits for its answer
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=15)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert "Traceback" not in err
    if command == "get":
        assert proc.returncode == -signal.SIGTERM
    else:
        assert proc.returncode >= 0, err


def test_a_walk_read_by_a_reader_that_goes_away_ends_quietly(demo_agent: AgentProcess) -> None:
    """``snmpscope-cli walk ... | head -1``: stdout is buffered on a pipe (no flush per
    batch), so the closed pipe shows at a later write or the final flush; either way the
    command exits 0 and says nothing (no BrokenPipeError, no "Exception ignored")."""
    proc = subprocess.Popen(
        [str(CLI), "walk", "-On", "-c", "demo", f"127.0.0.1:{demo_agent.port}", ".1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(".1.3.6.1.2.1.1.1.0 = STRING: ")
    proc.stdout.close()
    err = proc.stderr.read()
    assert (proc.wait(timeout=60), err) == (0, "")
