"""Bad SNMPv3 option combinations are usage errors naming the option: exit 2, nothing sent."""

from __future__ import annotations

import pytest
from agents.silent import SilentPort
from v3kit import run

BASE = ["-v3", "-u", "ops"]
CASES = [
    (["-v3"], ["-u USER"]),
    ([*BASE, "-X", "priv-pass-1"], ["-X needs -x"]),
    ([*BASE, "-l", "authPriv", "-a", "SHA", "-A", "auth-pass-1"], ["authPriv", "-x", "-X"]),
    ([*BASE, "-l", "authPriv", "-a", "SHA", "-A", "auth-pass-1", "-x", "AES"], ["-X:", "privacy"]),
    ([*BASE, "-l", "authNoPriv", "-a", "SHA"], ["-A:", "authentication passphrase"]),
    ([*BASE, "-l", "authNoPriv"], ["-l authNoPriv needs -a"]),
    ([*BASE, "-l", "authNoPriv", "-a", "SHA-1024", "-A", "auth-pass-1"], ["-a:", "SHA-512"]),
    (
        [*BASE, "-l", "authPriv", "-a", "SHA", "-A", "auth-pass-1", "-x", "RC4", "-X", "p" * 9],
        ["-x:", "AES-256-C"],
    ),
    ([*BASE, "-l", "authNoPriv", "-a", "MD5", "-A", "short"], ["-A:", "at least 8"]),
    (
        [*BASE, "-l", "authPriv", "-a", "MD5", "-A", "auth-pass-1", "-x", "DES", "-X", "short"],
        ["-X:", "at least 8"],
    ),
    ([*BASE, "-l", "superPriv"], ["-l:", "noAuthNoPriv|authNoPriv|authPriv"]),
    ([*BASE, "-e", "zz"], ["-e", "hex"]),
    ([*BASE, "-e", "0102"], ["-e", "5..32"]),
    ([*BASE, "-E", "0102"], ["-E", "5..32"]),
    ([*BASE, "-e", "8000000001", "-Z", "1"], ["-Z", "BOOTS,TIME"]),
    ([*BASE, "-Z", "1,2"], ["-Z needs -e"]),
    (["-v2c", "-u", "ops"], ["-u is an SNMPv3 option"]),
    (["-v1", "-l", "authPriv"], ["-l is an SNMPv3 option"]),
]


@pytest.mark.parametrize(("argv", "words"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bad_v3_options_are_usage_errors(
    silent_port: SilentPort, argv: list[str], words: list[str]
) -> None:
    host, port = silent_port.address
    code, out, err = run("get", *argv, f"{host}:{port}", "1.3.6.1.2.1.1.1.0")
    assert code == 2, err
    assert out == ""
    for word in words:
        assert word in err, err
    assert silent_port.flush() == []  # nothing was sent


@pytest.mark.parametrize("command", ["getnext", "bulkget", "walk", "bulkwalk"])
def test_every_request_command_takes_the_v3_options(silent_port: SilentPort, command: str) -> None:
    host, port = silent_port.address
    argv = ["-v3", "-l", "authPriv", "-u", "ops", "-a", "SHA-384", "-A", "auth-pass-1"]
    argv += ["-x", "AES-192-C", "-X", "priv-pass-1", "-n", "ctx", "-t", "0.2", "-r", "0"]
    code, _out, err = run(command, *argv, f"{host}:{port}", "1.3.6.1.2.1.1")
    assert code == 1
    assert err.startswith("Timeout: No Response"), err
    sent = silent_port.wait_for(1)
    assert sent[0].data[:5] != b""  # the discovery probe reached the agent
