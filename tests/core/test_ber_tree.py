"""The timeline's BER decode tree against pyasn1's decode of the same bytes: every node has
the tag, the offsets and length, and the value pyasn1 finds (offsets checked by re-encoding
each pyasn1 component and finding exactly those bytes at the node's place)."""

from __future__ import annotations

import pytest
from pyasn1.codec.ber import decoder, encoder
from pyasn1.type import univ
from pysnmp.proto import api

from snmpscope.core.smi.ber_tree import APPLICATION, CONTEXT, BerNode, decode_tree

V1, V2C = api.PROTOCOL_MODULES[api.SNMP_VERSION_1], api.PROTOCOL_MODULES[api.SNMP_VERSION_2C]
SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)


def message(module, pdu, community: bytes = b"public") -> bytes:
    msg = module.Message()
    module.apiMessage.set_defaults(msg)
    module.apiMessage.set_community(msg, community)
    module.apiMessage.set_pdu(msg, pdu)
    return bytes(encoder.encode(msg))


def get_request(module, request_id: int) -> bytes:
    pdu = module.GetRequestPDU()
    module.apiPDU.set_defaults(pdu)
    module.apiPDU.set_request_id(pdu, request_id)
    module.apiPDU.set_varbinds(pdu, [(SYS_DESCR, module.Null(""))])
    return message(module, pdu)


def response_with_every_type() -> bytes:
    pdu = V2C.ResponsePDU()
    V2C.apiPDU.set_defaults(pdu)
    V2C.apiPDU.set_request_id(pdu, 2**31 - 1)
    V2C.apiPDU.set_varbinds(
        pdu,
        [
            (SYS_DESCR, V2C.OctetString(b"edge-rtr1 \x00\xff binary")),
            ((1, 3, 6, 1, 2, 1, 1, 2, 0), V2C.ObjectIdentifier((1, 3, 6, 1, 4, 1, 8072, 3, 2, 10))),
            ((1, 3, 6, 1, 2, 1, 1, 3, 0), V2C.TimeTicks(4_294_967_295)),
            ((1, 3, 6, 1, 2, 1, 2, 2, 1, 10, 7), V2C.Counter32(4_000_000_000)),
            ((1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 7), V2C.Counter64(2**64 - 1)),
            ((1, 3, 6, 1, 2, 1, 2, 2, 1, 5, 7), V2C.Gauge32(10_000_000)),
            ((1, 3, 6, 1, 2, 1, 4, 20, 1, 1, 10, 0, 0, 1), V2C.IpAddress("10.0.0.1")),
            ((1, 3, 6, 1, 2, 1, 1, 7, 0), V2C.Integer(-123456)),
            ((1, 3, 6, 1, 2, 1, 1, 99, 0), V2C.NoSuchInstance("")),
            ((1, 3, 6, 1, 2, 1, 1, 98, 0), V2C.NoSuchObject("")),
            ((1, 3, 6, 1, 2, 1, 1, 97, 0), V2C.EndOfMibView("")),
        ],
    )
    return message(
        V2C, pdu, b"a longer community string than one hundred and twenty-eight octets " * 2
    )


def bulk_request() -> bytes:
    pdu = V2C.GetBulkRequestPDU()
    V2C.apiBulkPDU.set_defaults(pdu)
    V2C.apiBulkPDU.set_request_id(pdu, 77)
    V2C.apiBulkPDU.set_non_repeaters(pdu, 1)
    V2C.apiBulkPDU.set_max_repetitions(pdu, 25)
    V2C.apiBulkPDU.set_varbinds(
        pdu, [((1, 3, 6, 1, 2, 1, 1), V2C.Null("")), ((1, 3), V2C.Null(""))]
    )
    return message(V2C, pdu)


def v1_trap() -> bytes:
    pdu = V1.TrapPDU()
    V1.apiTrapPDU.set_defaults(pdu)
    V1.apiTrapPDU.set_enterprise(pdu, (1, 3, 6, 1, 4, 1, 8072))
    V1.apiTrapPDU.set_agent_address(pdu, "192.0.2.7")
    V1.apiTrapPDU.set_generic_trap(pdu, 2)
    V1.apiTrapPDU.set_timestamp(pdu, 12345)
    V1.apiTrapPDU.set_varbinds(pdu, [((1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 3), V1.Integer(3))])
    return message(V1, pdu)


MESSAGES = {
    "v1 get": (V1, get_request(V1, 1)),
    "v2c get": (V2C, get_request(V2C, 191506956)),
    "v2c response, every type, long community": (V2C, response_with_every_type()),
    "v2c getbulk": (V2C, bulk_request()),
    "v1 trap": (V1, v1_trap()),
}


def unwrap(component):
    """A CHOICE is no TLV of its own: its chosen alternative is."""
    while isinstance(component, univ.Choice):
        component = component.getComponent()
    return component


def children(component) -> list:
    if isinstance(component, univ.SequenceOf):
        return [unwrap(c) for c in component]
    if isinstance(component, univ.Sequence):
        return [unwrap(component.getComponentByPosition(i)) for i in range(len(component))]
    return []


def compare(node: BerNode, component, data: bytes, path: str) -> int:
    """Assert ``node`` is pyasn1's ``component``; returns how many nodes were compared."""
    tag = component.tagSet[-1]
    assert (node.tag_class << 6, 0x20 if node.constructed else 0, node.tag_number) == (
        tag.tagClass,
        tag.tagFormat,
        tag.tagId,
    ), path
    assert data[node.start : node.end] == bytes(encoder.encode(component)), path
    assert not node.problem, path
    kids = children(component)
    if node.constructed:
        assert len(node.children) == len(kids), path
        return 1 + sum(
            compare(n, c, data, f"{path}/{n.name or i}")
            for i, (n, c) in enumerate(zip(node.children, kids, strict=True))
        )
    if isinstance(component, univ.ObjectIdentifier):
        assert node.value == tuple(component), path
    elif isinstance(component, univ.Null) or (node.tag_class == CONTEXT and not node.length):
        assert node.value is None, path
    elif node.tag_class == APPLICATION and node.tag_number == 0:
        assert node.value == ".".join(str(b) for b in component.asOctets()), path
    elif isinstance(component, univ.Integer):
        assert node.value == int(component), path
    elif isinstance(component, univ.OctetString):
        assert node.value == component.asOctets(), path
    else:  # pragma: no cover - a type this test does not know
        pytest.fail(f"{path}: {type(component).__name__}")
    return 1


@pytest.mark.parametrize("name", list(MESSAGES))
def test_the_tree_is_what_pyasn1_decodes(name: str) -> None:
    module, data = MESSAGES[name]
    decoded, rest = decoder.decode(data, asn1Spec=module.Message())
    assert rest == b""
    tree = decode_tree(data)
    assert tree.start == 0 and tree.end == len(data)
    compared = compare(tree, decoded, data, tree.name)
    assert compared == len(tree.walk())


def test_snmp_names_and_value_texts() -> None:
    tree = decode_tree(response_with_every_type())
    by_name: dict[str, list[BerNode]] = {}
    for node in tree.walk():
        by_name.setdefault(node.name, []).append(node)
    assert [n.name for n in tree.children] == ["version", "community", "Response-PDU"]
    assert tree.children[1].header == 3  # tag, then a long-form length: 0x81 and one octet
    pdu = tree.children[2]
    assert [n.name for n in pdu.children] == [
        "request-id",
        "error-status",
        "error-index",
        "variable-bindings",
    ]
    assert len(by_name["varbind"]) == 11
    values = [n.value_text() for n in by_name["value"]]
    assert values[1] == "1.3.6.1.4.1.8072.3.2.10"
    assert values[3] == "4000000000" and values[4] == str(2**64 - 1)
    assert values[6] == "10.0.0.1" and values[7] == "-123456"
    assert values[8:] == ["noSuchInstance", "noSuchObject", "endOfMibView"]
    assert (
        by_name["value"][0].value_text()
        == "1e 65 64 67 65 2d 72 74 72 31 20 00 ff 20 62 69 6e 61 72 79"[3:]
    )
    trap = decode_tree(v1_trap()).children[2]
    assert trap.name == "Trap-PDU (v1)"
    assert [c.name for c in trap.children][:5] == [
        "enterprise",
        "agent-addr",
        "generic-trap",
        "specific-trap",
        "time-stamp",
    ]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "no identifier octet"),
        (b"\x30", "no length octet"),
        (b"\x30\x80\x00\x00", "indefinite length"),
        (b"\x30\x10\x02\x01\x01", "runs past the end"),
        (b"\x30\x84\x00\x00", "length octets run past the end"),
    ],
)
def test_broken_bytes_become_a_problem_not_an_exception(data: bytes, problem: str) -> None:
    tree = decode_tree(data)
    assert problem in tree.problem or any(problem in n.problem for n in tree.walk())


def test_a_truncated_message_decodes_as_far_as_it_goes() -> None:
    data = get_request(V2C, 5)
    tree = decode_tree(data[:-3])
    assert tree.problem.startswith("length")
    assert tree.children[0].name == "version" and tree.children[0].value == 1
    assert any(n.problem for n in tree.walk()[1:])
    extra = decode_tree(data + b"\x00\x00")
    assert extra.problem == "2 octets after the message" and extra.end == len(data)


def test_net_snmps_v3_discovery_probe(netsnmp, silent_port) -> None:
    """Real SNMPv3 bytes: net-snmp's snmpget first sends a discovery probe (no engine ID),
    which a silent agent never answers. The tree names the v3 header, opens
    msgSecurityParameters into UsmSecurityParameters, and agrees with pyasn1 decoding the
    same bytes with pysnmp's SNMPv3Message and UsmSecurityParameters."""
    from pysnmp.proto.mpmod.rfc3412 import SNMPv3Message
    from pysnmp.proto.secmod.rfc3414.service import UsmSecurityParameters

    host, port = silent_port.address
    netsnmp.run(
        "snmpget", "-v3", "-l", "noAuthNoPriv", "-u", "probe", "-t", "0.2", "-r", "0",
        f"udp:{host}:{port}", "1.3.6.1.2.1.1.1.0", timeout=20,
    )  # fmt: skip
    (probe,) = silent_port.wait_for(1)[:1]
    data = probe.data
    tree = decode_tree(data)
    assert tree.name == "SNMPv3 Message" and not tree.problem
    assert [c.name for c in tree.children] == [
        "msgVersion",
        "msgGlobalData",
        "msgSecurityParameters",
        "ScopedPDU",  # msgData, in the clear (noAuthNoPriv)
    ]
    decoded, rest = decoder.decode(data, asn1Spec=SNMPv3Message())
    assert rest == b""
    header = tree.children[1]
    assert [c.name for c in header.children] == [
        "msgID",
        "msgMaxSize",
        "msgFlags",
        "msgSecurityModel",
    ]
    global_data = decoded.getComponentByPosition(1)
    assert header.children[0].value == int(global_data.getComponentByPosition(0))
    assert header.children[3].value == 3  # USM
    (usm,) = tree.children[2].children
    assert usm.name == "UsmSecurityParameters"
    octets = bytes(decoded.getComponentByPosition(2))
    params, rest = decoder.decode(octets, asn1Spec=UsmSecurityParameters())
    assert rest == b""
    assert data[usm.start : usm.end] == octets  # offsets inside the datagram
    names = [c.name for c in usm.children]
    assert names[0] == "msgAuthoritativeEngineID" and names[3] == "msgUserName"
    assert usm.children[0].value == bytes(params.getComponentByPosition(0)) == b""
    assert usm.children[3].value == bytes(params.getComponentByPosition(3))
    scoped = tree.children[3]
    assert scoped.name == "ScopedPDU"
    assert scoped.children[2].name == "GetRequest-PDU"
    assert compare(scoped, unwrap(decoded.getComponentByPosition(3)), data, "ScopedPDU") > 5
