"""``smi.address.ip_literal`` reads address literals exactly as :func:`ipaddress.ip_address`
does, though it imports :mod:`ipaddress` only for text that could be IPv6: the plain dotted
quad is recognised by hand, so a CLI start-up does not pay for the module."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snmpscope.core.smi.address import ip_literal, parse_entity_address


def reference(text: str) -> tuple[int, str] | None:
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return address.version, str(address)


@pytest.mark.parametrize(
    "text",
    [
        "127.0.0.1",
        "0.0.0.0",
        "255.255.255.255",
        "256.0.0.1",
        "01.2.3.4",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.",
        "1..3.4",
        "١.2.3.4",  # an Arabic-Indic digit: str.isdigit says yes, ipaddress says no
        "0x1.2.3.4",
        " 1.2.3.4",
        "1.2.3.4 ",
        "0000.1.2.3",
        "::1",
        "::",
        "::ffff:1.2.3.4",
        "FE80::0001",
        "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8:9",
        "127.0.0.1:161",
        "router.example",
        "",
    ],
)
def test_known_literals_read_as_ipaddress_reads_them(text: str) -> None:
    assert ip_literal(text) == reference(text)


octet = st.one_of(
    st.integers(min_value=0, max_value=300).map(str),
    st.text(alphabet="0123456789", min_size=0, max_size=4),
)
dotted = st.lists(octet, min_size=1, max_size=6).map(".".join)
anything = st.text(alphabet="0123456789abcdefABCDEF.:x% ", max_size=24)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(dotted, anything))
def test_any_text_reads_as_ipaddress_reads_it(text: str) -> None:
    assert ip_literal(text) == reference(text)


def test_an_entity_address_keeps_its_canonical_ip() -> None:
    assert parse_entity_address("[FE80::0001]:1161", 161).ip == "fe80::1"
    assert parse_entity_address("10.1.2.3", 161).ip == "10.1.2.3"
    assert parse_entity_address("fe80::1%lo", 161).ip == "fe80::1%lo"
