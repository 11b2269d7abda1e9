"""The protocol matrix: every auth x priv protocol net-snmp 5.9.3 has, against its snmpd,
and 3DES and the Reeder AES variants against pysnmp's agent; through the CLI (compared line
by line with net-snmp's snmpget on the same agent), the Pythonic API and the C-style facade."""

from __future__ import annotations

import pytest
from agents.netsnmp import NetSnmpTools
from agents.pysnmp_v3 import PYSNMP_USERS, PysnmpV3Agent
from agents.snmpd import ENGINE_ID, SYS_DESCR, V3_USERS, SnmpdAgent
from agents.walk_compare import compare_lines
from v3kit import cli_args, run, security

from snmpscope.core.api import Snmp
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.smi.values import Syntax

SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)
ENGINE_ID_0 = ".1.3.6.1.6.3.10.2.1.1.0"
HOSTS = ("127.0.0.1", "::1")


def where(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@pytest.mark.parametrize("profile", list(V3_USERS))
def test_cli_get_matches_net_snmp_line_by_line(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, profile: str
) -> None:
    user = snmpd_agent.user(profile)
    oids = [".1.3.6.1.2.1.1.1.0", ENGINE_ID_0, ".1.3.6.1.2.1.1.2.0"]
    theirs = netsnmp.get("127.0.0.1", snmpd_agent.port, *oids, user=user)
    assert theirs.returncode == 0, theirs.stderr
    code, out, err = run("get", *cli_args(user), "-On", where("127.0.0.1", snmpd_agent.port), *oids)
    assert code == 0, err
    comparison = compare_lines(out.splitlines(), theirs.stdout.splitlines())
    assert comparison.share == 1.0, comparison.differences


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("profile", ["noauth", "md5", "sha-aes", "sha512-aes256"])
def test_cli_bulkwalk_matches_net_snmp(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str, profile: str
) -> None:
    user = snmpd_agent.user(profile)
    root = ".1.3.6.1.2.1.2.2.1.2"  # ifDescr: the host's interfaces, steady between two walks
    theirs = netsnmp.walk(host, snmpd_agent.port, root, user=user, bulk=True)
    assert theirs.returncode == 0, theirs.stderr
    code, out, err = run("bulkwalk", *cli_args(user), "-On", where(host, snmpd_agent.port), root)
    assert code == 0, err
    comparison = compare_lines(out.splitlines(), theirs.stdout.splitlines())
    assert comparison.total >= 1
    assert comparison.share == 1.0, comparison.differences


@pytest.mark.parametrize("profile", list(PYSNMP_USERS))
def test_cli_get_against_pysnmp_agent(pysnmp_v3_agent: PysnmpV3Agent, profile: str) -> None:
    user = pysnmp_v3_agent.user(profile)
    code, out, err = run(
        "get", *cli_args(user), "-On", f"127.0.0.1:{pysnmp_v3_agent.port}", ENGINE_ID_0
    )
    assert code == 0, err
    hex_id = pysnmp_v3_agent.engine_id.hex(" ").upper()
    assert out == f"{ENGINE_ID_0} = Hex-STRING: {hex_id} \n"


@pytest.mark.parametrize("profile", ["md5-aes256c", "sha-aes256c", "md5-aes192c"])
def test_the_other_aes_variant_fails_and_probe_aes_finds_the_right_one(
    pysnmp_v3_agent: PysnmpV3Agent, profile: str
) -> None:
    user = pysnmp_v3_agent.user(profile)
    args = cli_args(user)
    blumenthal = (user.priv_proto or "").removesuffix("-C")
    args[args.index(user.priv_proto or "")] = blumenthal
    agent = f"127.0.0.1:{pysnmp_v3_agent.port}"
    code, _out, err = run("get", *args, "-t", "0.3", "-r", "0", "-On", agent, ENGINE_ID_0)
    assert code == 1
    assert "privacy passphrase (-X)" in err  # pysnmp reports decryptionErrors, snmpd is silent
    assert f"also try {user.priv_proto} (--probe-aes)" in err
    code, out, err = run(
        "get", *args, "--probe-aes", "-t", "0.3", "-r", "0", "-On", agent, ENGINE_ID_0
    )
    assert code == 0, err
    assert out.startswith(ENGINE_ID_0)
    assert f"the agent uses {user.priv_proto} (Reeder key extension), not {blumenthal}" in err


@pytest.mark.parametrize("profile", ["md5", "sha-des", "sha224-aes192", "md5-aes256"])
def test_pythonic_api_get_every_level(snmpd_agent: SnmpdAgent, profile: str) -> None:
    user = snmpd_agent.user(profile)
    with Snmp() as snmp, snmp.session("v3") as session:
        manager = Manager(session)
        entity = session.entity(
            f"[::1]:{snmpd_agent.port}", SnmpVersion.V3, security=security(user)
        )
        response = manager.get(entity, session.context(b""), [SYS_DESCR_0])
        assert response.varbinds[0][1].value == SYS_DESCR.encode()


def test_send_and_recv_msg_v3(snmpd_agent: SnmpdAgent) -> None:
    """SnmpSendMsg/SnmpRecvMsg with a v3 entity: the notification comes, RecvMsg hands out
    the RESPONSE, whose context is the (empty) v3 context name, and the raw message is the
    SNMPv3 one (msgVersion 3)."""
    user = snmpd_agent.user("sha256-aes")
    with Snmp() as snmp, snmp.session("facade") as session:
        entity = session.entity(
            f"127.0.0.1:{snmpd_agent.port}", SnmpVersion.V3, security=security(user)
        )
        pdu = session.pdu(PduType.GET, [(SYS_DESCR_0, None)])
        request_id = session.send(entity, session.context(b""), pdu)
        note = session.wait_notification(lambda n: n.request_id == request_id, 10.0)
        assert note is not None and note.event == 0
        message = session.recv()
        assert message.pdu.type == PduType.RESPONSE
        assert message.pdu.request_id == request_id
        value = message.pdu.varbinds[0][1]
        assert (value.syntax, value.value) == (Syntax.OCTETS, SYS_DESCR.encode())
        assert message.context.community == b""
        assert ENGINE_ID in message.pdu.status.raw  # the agent's engine ID, in the v3 header
