"""The demo agent serves SNMPv3: net-snmp's snmpget/snmpbulkwalk/snmpset with each demo user
(the options ``agent --help`` prints), and our own CLI against it."""

from __future__ import annotations

import shlex
from collections.abc import Iterator

import pytest
from agents.netsnmp import NetSnmpTools
from v3kit import run

from snmpscope.core.agent.agent import DemoAgent
from snmpscope.core.agent.v3_users import DEMO_USERS
from snmpscope.core.api import Snmp

SYS_NAME_0 = ".1.3.6.1.2.1.1.5.0"


@pytest.fixture
def demo_agent() -> Iterator[DemoAgent]:
    with Snmp() as snmp:
        agent = DemoAgent(snmp, port=0)
        agent.start()
        try:
            yield agent
        finally:
            agent.stop()


def test_help_names_each_demo_user_as_client_options() -> None:
    code, out, _err = run("agent", "--help")
    assert code == 0
    for user in DEMO_USERS:
        assert user.client_options() in out
    assert (
        "-v3 -l authPriv -u demo-priv -a SHA-256 -A demo-auth-pass -x AES -X demo-priv-pass" in out
    )


@pytest.mark.parametrize("user", DEMO_USERS, ids=[u.security.user for u in DEMO_USERS])
def test_net_snmp_reads_with_every_demo_user(
    demo_agent: DemoAgent, netsnmp: NetSnmpTools, user: object
) -> None:
    options = shlex.split(user.client_options())  # type: ignore[attr-defined]
    host, port = demo_agent.address
    got = netsnmp.run("snmpget", *options, "-On", f"{host}:{port}", SYS_NAME_0)
    assert got.returncode == 0, got.stderr
    assert got.stdout.startswith(f"{SYS_NAME_0} = STRING: ")
    walk = netsnmp.run("snmpbulkwalk", *options, "-On", f"{host}:{port}", ".1.3.6.1.2.1.1")
    assert walk.returncode == 0, walk.stderr
    ours = run("bulkwalk", *options, "-On", f"{host}:{port}", ".1.3.6.1.2.1.1")
    assert ours[0] == 0, ours[2]
    theirs = [line for line in walk.stdout.splitlines() if ".1.3.6.1.2.1.1.3.0" not in line]
    mine = [line for line in ours[1].splitlines() if ".1.3.6.1.2.1.1.3.0" not in line]
    assert mine == theirs


def test_only_the_authpriv_demo_user_writes(demo_agent: DemoAgent, netsnmp: NetSnmpTools) -> None:
    host, port = demo_agent.address
    reader, _, writer = DEMO_USERS
    denied = netsnmp.run(
        "snmpset", *shlex.split(reader.client_options()), f"{host}:{port}", SYS_NAME_0, "s", "x"
    )
    assert denied.returncode != 0 and "noAccess" in denied.stderr + denied.stdout
    allowed = netsnmp.run(
        "snmpset",
        *shlex.split(writer.client_options()),
        "-On",
        f"{host}:{port}",
        SYS_NAME_0,
        "s",
        "renamed-by-v3",
    )
    assert allowed.returncode == 0, allowed.stderr
    assert 'STRING: "renamed-by-v3"' in allowed.stdout


def test_a_wrong_demo_passphrase_is_explained(demo_agent: DemoAgent) -> None:
    host, port = demo_agent.address
    code, _out, err = run(
        "get",
        "-v3",
        "-l",
        "authNoPriv",
        "-u",
        "demo-auth",
        "-a",
        "SHA-256",
        "-A",
        "wrong-pass",
        f"{host}:{port}",
        "sysName.0",
    )
    assert code == 1
    assert "rejected the authentication of user 'demo-auth'" in err
