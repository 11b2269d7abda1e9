"""The net-snmp command lines "Copy as net-snmp command" produces (run against snmpd in
tests/gui/test_everyday_tasks.py; here their exact text)."""

from __future__ import annotations

import shlex

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.service.agent_profiles import V3Credentials
from snmpscope.core.service.command_line import (
    CommandKind,
    CommandTarget,
    SetValue,
    command_args,
    command_text,
    walk_kind,
)

ROUTER = CommandTarget("127.0.0.1", 16161, SnmpVersion.V2C, "public", 100, 2)


def test_a_bulk_walk_with_the_community_masked_unless_asked() -> None:
    kind = walk_kind(SnmpVersion.V2C, 25)
    masked = command_text(kind, ROUTER, ["IF-MIB::ifTable"], max_repetitions=25)
    assert masked == ("snmpbulkwalk -v2c -c '•••' -t 1 -r 2 -Cr25 127.0.0.1:16161 IF-MIB::ifTable")
    shown = command_text(kind, ROUTER, ["IF-MIB::ifTable"], max_repetitions=25, show_secrets=True)
    assert "-c public" in shown


def test_v1_and_getnext_walks_use_snmpwalk() -> None:
    assert walk_kind(SnmpVersion.V1, 25) == CommandKind.WALK
    assert walk_kind(SnmpVersion.V2C, 0) == CommandKind.WALK
    v1 = CommandTarget("10.1.1.1", version=SnmpVersion.V1, community="pub", timeout_cs=250, retry=0)
    assert command_text(CommandKind.WALK, v1, ["system"]) == (
        "snmpwalk -v1 -c '•••' -t 2.5 -r 0 10.1.1.1 system"
    )


def test_ipv6_gets_net_snmps_transport_prefix_and_odd_values_are_quoted() -> None:
    target = CommandTarget("::1", 1161, SnmpVersion.V2C, "it's secret", 100, 2)
    text = command_text(
        CommandKind.SET,
        target,
        values=[SetValue("SNMPv2-MIB::sysLocation.0", "s", "rack 4; $HOME")],
        show_secrets=True,
    )
    assert shlex.split(text) == [
        "snmpset",
        "-v2c",
        "-c",
        "it's secret",
        "-t",
        "1",
        "-r",
        "2",
        "udp6:[::1]:1161",
        "SNMPv2-MIB::sysLocation.0",
        "s",
        "rack 4; $HOME",
    ]


def test_v3_credentials_name_level_protocols_and_mask_both_passphrases() -> None:
    v3 = V3Credentials("ops", "authPriv", "SHA-256", "auth pass", "AES", "priv pass")
    target = CommandTarget("10.0.0.5", version=SnmpVersion.V3, v3=v3)
    assert command_text(CommandKind.GET, target, ["sysDescr.0"]) == (
        "snmpget -v3 -l authPriv -u ops -a SHA-256 -A '•••' -x AES -X '•••' -t 1 -r 2 "
        "10.0.0.5 sysDescr.0"
    )
    args = command_args(CommandKind.GET, target, ["sysDescr.0"], show_secrets=True)
    assert args[args.index("-A") + 1] == "auth pass"
    assert args[args.index("-X") + 1] == "priv pass"


def test_getbulk_carries_non_repeaters_and_max_repetitions() -> None:
    text = command_text(
        CommandKind.GETBULK, ROUTER, ["ifDescr"], non_repeaters=1, max_repetitions=10
    )
    assert text == "snmpbulkget -v2c -c '•••' -t 1 -r 2 -Cn1 -Cr10 127.0.0.1:16161 ifDescr"
