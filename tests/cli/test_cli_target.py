"""Agent address forms (net-snmp's syntax) and what they resolve to."""

from __future__ import annotations

import socket

import pytest

from snmpscope.core.cli.errors import UsageError
from snmpscope.core.cli.target import parse_agent


@pytest.mark.parametrize(
    ("text", "entity", "family", "port"),
    [
        ("127.0.0.1", "127.0.0.1:161", socket.AF_INET, 161),
        ("127.0.0.1:1161", "127.0.0.1:1161", socket.AF_INET, 1161),
        ("udp:127.0.0.1:1161", "127.0.0.1:1161", socket.AF_INET, 1161),
        ("UDP:127.0.0.1", "127.0.0.1:161", socket.AF_INET, 161),
        ("localhost:1161", "localhost:1161", socket.AF_INET, 1161),
        ("udp:localhost", "127.0.0.1:161", socket.AF_INET, 161),
        ("udp6:[::1]:1161", "[::1]:1161", socket.AF_INET6, 1161),
        ("udp6:[::1]", "[::1]:161", socket.AF_INET6, 161),
        ("udp6:::1", "[::1]:161", socket.AF_INET6, 161),
        ("udpv6:[::1]:99", "[::1]:99", socket.AF_INET6, 99),
        ("[::1]:1161", "[::1]:1161", socket.AF_INET6, 1161),
        ("[::1]", "[::1]:161", socket.AF_INET6, 161),
        ("::1", "[::1]:161", socket.AF_INET6, 161),
    ],
)
def test_address_forms(text: str, entity: str, family: int, port: int) -> None:
    parsed = parse_agent(text, 161)
    assert parsed.text == text
    assert parsed.entity_string == entity
    assert parsed.address.family == family and parsed.address.port == port


def test_default_port_is_the_callers() -> None:
    assert parse_agent("127.0.0.1", 162).address.port == 162


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no agent address given"),
        ("udp:", "has a transport but no host"),
        ("tcp:127.0.0.1", "transport 'tcp'"),
        ("unix:/var/agentx", "transport 'unix'"),
        ("127.0.0.1:", "bad port ''"),
        ("127.0.0.1:0", "bad port 0"),
        ("127.0.0.1:65536", "bad port 65536"),
        ("127.0.0.1:x1", "bad port 'x1'"),
        ("[::1", "missing ']'"),
        ("[]:161", "empty IPv6 address"),
        ("[::1]161", "unexpected '161' after ']'"),
        (":161", "missing host before ':'"),
        ("a:b:c", "cannot read agent address 'a:b:c'"),
        ("udp:::1", "is IPv6, but the transport is IPv4"),
        ("udp6:10.0.0.1", "is IPv4, but the transport is IPv6"),
        ("10.1.300", "is not an address or host name"),
    ],
)
def test_bad_addresses_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_agent(text, 161)
    assert message in str(caught.value)
