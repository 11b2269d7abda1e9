"""SNMPv3 traps and informs both ways: net-snmp's snmptrap/snmpinform to our receiver (one
user, two different sender engine IDs: the keys are localised per sender engine as met), and
our trap/inform to net-snmp's snmptrapd."""

from __future__ import annotations

import socket

from agents.netsnmp import NetSnmpTools, V3User
from agents.snmptrapd import Snmptrapd
from v3kit import Background, cli_args, run

TRAPPER = V3User("trapper", "SHA-256", "trap-auth-pw", "AES", "trap-priv-pw")
COLD_START = ".1.3.6.1.6.3.1.1.5.1"
WARM_START = ".1.3.6.1.6.3.1.1.5.2"
LINK_DOWN = ".1.3.6.1.6.3.1.1.5.3"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def user_options(user: V3User) -> list[str]:
    return cli_args(user)[1:]  # listen takes no -v


def test_receiver_takes_traps_from_any_engine_and_answers_informs(netsnmp: NetSnmpTools) -> None:
    port = free_port()
    listen = Background(
        "listen", f"udp:127.0.0.1:{port}", *user_options(TRAPPER), "--count", "3", "-On"
    )
    listen.err.wait_for("Listening", timeout=15.0)
    for engine_id, trap_oid in (("8000000001aabbcc", COLD_START), ("8000000001ddeeff", WARM_START)):
        sent = netsnmp.trap("127.0.0.1", port, trap_oid, user=TRAPPER, engine_id=engine_id)
        assert sent.returncode == 0, sent.stderr
    inform = netsnmp.inform("127.0.0.1", port, LINK_DOWN, user=TRAPPER)
    assert inform.returncode == 0, inform.stderr  # acknowledged: we are its authoritative engine
    code, out, err = listen.join(timeout=20.0)
    assert code == 0, err
    headers = [line for line in out.splitlines() if "SNMPv3" in line]
    assert len(headers) == 3, out
    assert all('user "trapper" authPriv context ""' in line for line in headers)
    assert [h.split()[4] for h in headers] == ["TRAP", "TRAP", "INFORM"]
    for trap_oid in (COLD_START, WARM_START, LINK_DOWN):
        assert f".1.3.6.1.6.3.1.1.4.1.0 = OID: {trap_oid}" in out


def test_receiver_drops_a_wrong_key(netsnmp: NetSnmpTools) -> None:
    port = free_port()
    listen = Background(
        "listen", f"udp:127.0.0.1:{port}", *user_options(TRAPPER), "--count", "1", "-On"
    )
    listen.err.wait_for("Listening", timeout=15.0)
    wrong = TRAPPER.with_keys(auth_key="not-the-key")
    netsnmp.trap("127.0.0.1", port, COLD_START, user=wrong, engine_id="8000000001aabbcc")
    right = netsnmp.trap("127.0.0.1", port, WARM_START, user=TRAPPER, engine_id="8000000001aabbcc")
    assert right.returncode == 0
    code, out, err = listen.join(timeout=20.0)
    assert code == 0, err
    assert WARM_START in out and COLD_START not in out


def test_our_v3_trap_and_inform_reach_snmptrapd() -> None:
    engine_id = bytes.fromhex("8000000001c0ffee")
    with Snmptrapd([(TRAPPER, engine_id), (TRAPPER, None)]) as trapd:
        agent = f"127.0.0.1:{trapd.port}"
        code, _out, err = run(
            "trap",
            *cli_args(TRAPPER),
            "-e",
            engine_id.hex(),
            agent,
            "",
            COLD_START,
            ".1.3.6.1.2.1.1.5.0",
            "s",
            "from-snmpscope",
        )
        assert code == 0, err
        trapd.wait_for('STRING: "from-snmpscope"')
        code, _out, err = run("inform", *cli_args(TRAPPER), agent, "", WARM_START)
        assert code == 0, err  # snmptrapd acknowledged it
        assert f"OID: {WARM_START}" in trapd.wait_for(WARM_START)
        wrong = TRAPPER.with_keys(auth_key="not-the-key")
        code, _out, err = run(
            "inform", *cli_args(wrong), "-t", "0.5", "-r", "0", agent, "", COLD_START
        )
        assert code == 1
        assert "rejected the authentication of user 'trapper'" in err
