"""Every Report provoked for real against net-snmp's snmpd, and the words the CLI prints for
it (never a plain timeout); a wrong privacy passphrase told apart from an unreachable agent."""

from __future__ import annotations

import pytest
from agents.netsnmp import V3User
from agents.silent import SilentPort
from agents.snmpd import ENGINE_ID, SnmpdAgent
from v3kit import cli_args, run

SYS_DESCR = "sysDescr.0"


def agent_of(snmpd_agent: SnmpdAgent) -> str:
    return f"127.0.0.1:{snmpd_agent.port}"


def fails_with(argv: list[str], *words: str) -> str:
    code, out, err = run("get", "-t", "0.5", "-r", "0", *argv)
    assert code == 1, (out, err)
    assert out == ""
    assert not err.startswith("Timeout"), err
    for word in words:
        assert word in err, err
    return err


def test_unknown_user(snmpd_agent: SnmpdAgent) -> None:
    user = V3User("ops", "SHA", "whatever-key")
    fails_with(
        [*cli_args(user), agent_of(snmpd_agent), SYS_DESCR],
        "the agent does not know user 'ops'",
        "usmStatsUnknownUserNames",
        "engine ID matches",
        "SNMPAPI_RPT_UNKNOWNUSERNAME",
    )


def test_wrong_digest(snmpd_agent: SnmpdAgent) -> None:
    user = snmpd_agent.user("sha256-aes").with_keys(auth_key="not-the-key")
    fails_with(
        [*cli_args(user), agent_of(snmpd_agent), SYS_DESCR],
        "rejected the authentication of user 'sha256-aes-user'",
        "usmStatsWrongDigests",
        "authentication passphrase (-A)",
    )


def test_unsupported_security_level(snmpd_agent: SnmpdAgent) -> None:
    user = snmpd_agent.user("md5")  # created without a privacy key
    argv = [*cli_args(user), "-l", "authPriv", "-x", "DES", "-X", "some-priv-key"]
    fails_with(
        [*argv, agent_of(snmpd_agent), SYS_DESCR],
        "does not allow security level authPriv for user 'md5-user'",
        "usmStatsUnsupportedSecLevels",
    )


def test_wrong_engine_id(snmpd_agent: SnmpdAgent) -> None:
    """net-snmp's snmpget only times out here; the Report says why."""
    user = snmpd_agent.user("md5")
    fails_with(
        [*cli_args(user), "-e", "8000000001020304", agent_of(snmpd_agent), SYS_DESCR],
        "does not accept the engine ID",
        "usmStatsUnknownEngineIDs",
        "-e",
    )


def test_a_stale_boots_time_is_resynchronised(snmpd_agent: SnmpdAgent) -> None:
    """-Z with the agent's engine ID but an old time: the agent's authenticated
    notInTimeWindow Report sets our clock, and the request goes through (RFC 3414 §4)."""
    user = snmpd_agent.user("sha-aes")
    argv = [*cli_args(user), "-e", ENGINE_ID.hex(), "-Z", "1,5", "-On"]
    code, out, err = run("get", *argv, agent_of(snmpd_agent), ".1.3.6.1.2.1.1.1.0")
    assert code == 0, err
    assert out.startswith(".1.3.6.1.2.1.1.1.0 = STRING")


@pytest.mark.parametrize("profile", ["sha-aes", "sha-des", "sha512-aes256"])
def test_wrong_privacy_passphrase_is_told_apart(snmpd_agent: SnmpdAgent, profile: str) -> None:
    """snmpd drops what it cannot decrypt; the same user without privacy is answered."""
    user = snmpd_agent.user(profile).with_keys(priv_key="not-the-priv-key")
    err = fails_with(
        [*cli_args(user), agent_of(snmpd_agent), SYS_DESCR],
        "no response to the encrypted request",
        f"answers user '{user.name}' without privacy",
        "privacy passphrase (-X) or protocol (-x) is wrong",
    )
    assert ("--probe-aes" in err) == (user.priv_proto == "AES-256")


def test_an_unreachable_agent_is_a_plain_timeout(silent_port: SilentPort) -> None:
    user = V3User("ops", "SHA", "auth-pass-1", "AES", "priv-pass-1")
    host, port = silent_port.address
    code, out, err = run("get", *cli_args(user), "-t", "0.2", "-r", "0", f"{host}:{port}", "1.3.6")
    assert code == 1
    assert err == f"Timeout: No Response from {host}:{port}.\n"


def test_a_wrong_context_engine_id_is_explained(pysnmp_v3_agent) -> None:
    """pysnmp's agent reports snmpUnknownPDUHandlers for a context engine it does not have."""
    user = pysnmp_v3_agent.user("sha-3des")
    agent = f"127.0.0.1:{pysnmp_v3_agent.port}"
    fails_with(
        [*cli_args(user), "-E", "8000000001020304", agent, "1.3.6.1.2.1.1.1.0"],
        "snmpUnknownPDUHandlers",
        "context engine ID (-E)",
    )


def test_an_unknown_context_may_be_the_reason_of_a_silent_drop(pysnmp_v3_agent) -> None:
    user = pysnmp_v3_agent.user("sha-3des")
    agent = f"127.0.0.1:{pysnmp_v3_agent.port}"
    fails_with(
        [*cli_args(user), "-n", "no-such-context", agent, "1.3.6.1.2.1.1.1.0"],
        "does not serve context 'no-such-context' (-n)",
    )


def test_a_replaced_agent_is_discovered_again(tmp_path) -> None:
    """The engine ID cached for an address stops working when another agent (another
    engine ID) answers there: its unknownEngineIDs Report makes us discover it anew."""
    from v3kit import security

    from snmpscope.core.api import Snmp
    from snmpscope.core.client.manager import Manager
    from snmpscope.core.constants import SnmpVersion

    first = SnmpdAgent(workdir=tmp_path / "first")
    first.start()
    port = first.port
    user = first.user("sha-aes")
    with Snmp() as snmp, snmp.session("replaced") as session:
        manager = Manager(session)
        entity = session.entity(
            f"127.0.0.1:{port}", SnmpVersion.V3, 100, 1, security=security(user)
        )
        context = session.context(b"")
        try:
            manager.get(entity, context, [(1, 3, 6, 1, 2, 1, 1, 1, 0)])
        finally:
            first.stop()
        second = SnmpdAgent(workdir=tmp_path / "second", port=port)
        second.engine_id = bytes.fromhex("80001f8804") + b"replacement"
        second.start()
        try:
            response = manager.get(entity, context, [(1, 3, 6, 1, 6, 3, 10, 2, 1, 1, 0)])
        finally:
            second.stop()
        assert response.varbinds[0][1].value == second.engine_id
        assert snmp.app.describe(entity.handle).engine_id == second.engine_id.hex()
