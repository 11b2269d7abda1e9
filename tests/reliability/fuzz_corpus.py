"""Seeded SNMP fuzzing material: valid v1/v2c/v3 messages and mutations of them.

:func:`seed_messages` builds valid messages of every PDU type and value syntax (v1 and v2c
through our codec, v3 through pysnmp's ASN.1 types: a plaintext scoped PDU under USM
parameters). :class:`Mutator` turns them into datagrams, half by blind byte-level mutation
(bit flips, overwrites, insertions, deletions, truncation, splices, garbage) and half
structure-aware: the message is parsed into its BER tree, one node is changed (tag, length
form, content, children duplicated, dropped, swapped or nested, the version or the PDU type
replaced) and the tree is encoded again, with correct or deliberately wrong lengths.

Used by ``tests/reliability/test_fuzz_decoder.py`` (CI-sized) and
``tests/bench/bench_fuzz_decoder.py`` (the million-datagram run); deterministic per seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from pyasn1.codec.ber import encoder
from pysnmp.proto import api
from pysnmp.proto.mpmod.rfc3412 import HeaderData, ScopedPDU, SNMPv3Message
from pysnmp.proto.secmod.rfc3414.service import UsmSecurityParameters

from snmpscope.core.constants import (
    SNMP_TRAP_OID_0,
    SYS_UPTIME_0,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import VarBind, make_value
from snmpscope.core.transport.codec import PysnmpCodec, V1TrapHeader, WireMessage

COLD_START = (1, 3, 6, 1, 6, 3, 1, 1, 5, 1)
SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)
IF_IN_OCTETS_2 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 10, 2)
ENTERPRISE = (1, 3, 6, 1, 4, 1, 8072, 2, 3)
CONSTRUCTED_TAGS = frozenset({0x30, *range(0xA0, 0xA9)})
INTERESTING_TAGS = (0x00, 0x02, 0x04, 0x05, 0x06, 0x1F, 0x24, 0x30, 0x40, 0x41, 0x43, 0x46)
INTERESTING_CONTENT = (
    b"",
    b"\x00",
    b"\x80",
    b"\xff",
    b"\x7f\xff\xff\xff",
    b"\x80\x00\x00\x00",
    b"\x00" * 9,
    b"\xff" * 9,
    b"\x01" * 300,
    b"\x2b\x06\x01\x02\x01\x01\x01\x00",
    b"\x81\x80\x80\x80\x80\x80\x01",
)


def _values() -> list[VarBind]:
    return [
        (SYS_DESCR_0, make_value(Syntax.OCTETS, b"snmpscope fuzz seed")),
        ((1, 3, 6, 1, 2, 1, 1, 2, 0), make_value(Syntax.OID, ENTERPRISE)),
        ((1, 3, 6, 1, 2, 1, 1, 3, 0), make_value(Syntax.TIMETICKS, 123456)),
        ((1, 3, 6, 1, 2, 1, 1, 7, 0), make_value(Syntax.INT, -72)),
        (
            (1, 3, 6, 1, 2, 1, 4, 20, 1, 1, 10, 0, 0, 1),
            make_value(Syntax.IPADDR, b"\n\x00\x00\x01"),
        ),
        (IF_IN_OCTETS_2, make_value(Syntax.CNTR32, 4_000_000_000)),
        ((1, 3, 6, 1, 2, 1, 2, 2, 1, 5, 2), make_value(Syntax.GAUGE32, 1_000_000_000)),
        ((1, 3, 6, 1, 4, 1, 99, 1), make_value(Syntax.OPAQUE, b"\x9f\x78\x04\x3f\x80\x00\x00")),
    ]


def _v2_values() -> list[VarBind]:
    return [
        *_values(),
        ((1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 2), make_value(Syntax.CNTR64, 2**63 + 5)),
        ((1, 3, 6, 1, 2, 1, 1, 9, 0), make_value(Syntax.NOSUCHOBJECT, None)),
        ((1, 3, 6, 1, 2, 1, 1, 9, 1), make_value(Syntax.NOSUCHINSTANCE, None)),
        ((1, 3, 6, 1, 9), make_value(Syntax.ENDOFMIBVIEW, None)),
    ]


def _notification_varbinds() -> list[VarBind]:
    return [
        (SYS_UPTIME_0, make_value(Syntax.TIMETICKS, 42)),
        (SNMP_TRAP_OID_0, make_value(Syntax.OID, COLD_START)),
        *_values()[:3],
    ]


def _v3(pdu: object, flags: bytes = b"\x04") -> bytes:
    """A v3 message with a plaintext scoped PDU (noAuthNoPriv, reportable)."""
    usm = UsmSecurityParameters()
    usm["msgAuthoritativeEngineId"] = b"\x80\x00\x1f\x88\x04snmpscope-test"
    usm["msgAuthoritativeEngineBoots"] = 3
    usm["msgAuthoritativeEngineTime"] = 12345
    usm["msgUserName"] = b"noauth-user"
    usm["msgAuthenticationParameters"] = b""
    usm["msgPrivacyParameters"] = b""
    header = HeaderData()
    header["msgID"] = 4711
    header["msgMaxSize"] = 65507
    header["msgFlags"] = flags
    header["msgSecurityModel"] = 3
    scoped = ScopedPDU()
    scoped["contextEngineId"] = b"\x80\x00\x1f\x88\x04snmpscope-test"
    scoped["contextName"] = b""
    scoped["data"].setComponentByType(pdu.tagSet, pdu)  # type: ignore[attr-defined]
    message = SNMPv3Message()
    message["msgVersion"] = 3
    message["msgGlobalData"] = header
    message["msgSecurityParameters"] = encoder.encode(usm)
    message["msgData"]["plaintext"] = scoped
    return bytes(encoder.encode(message))


def _v3_get() -> bytes:
    v2c = api.PROTOCOL_MODULES[api.SNMP_VERSION_2C]
    pdu = v2c.GetRequestPDU()
    v2c.apiPDU.set_defaults(pdu)
    v2c.apiPDU.set_request_id(pdu, 99)
    v2c.apiPDU.set_varbinds(pdu, [(SYS_DESCR_0, v2c.Null(""))])
    return _v3(pdu)


def seed_messages() -> list[bytes]:
    """Valid messages: v1 and v2c of every PDU type with every value syntax, and v3."""
    codec = PysnmpCodec()
    seeds = []
    for version, values in ((SnmpVersion.V1, _values()), (SnmpVersion.V2C, _v2_values())):
        names = [(oid, make_value(Syntax.NULL, None)) for oid, _ in values]
        types = [PduType.GET, PduType.GETNEXT, PduType.SET, PduType.RESPONSE]
        if version == SnmpVersion.V2C:
            types += [PduType.GETBULK, PduType.INFORM, PduType.TRAP, PduType.REPORT]
        for pdu_type in types:
            varbinds = names if pdu_type in (PduType.GET, PduType.GETNEXT) else values
            if pdu_type in (PduType.INFORM, PduType.TRAP):
                varbinds = _notification_varbinds()
            status, index = (5, 2) if pdu_type == PduType.RESPONSE else (0, 0)
            if pdu_type == PduType.GETBULK:
                status, index = 1, 10
            pdu = PduData(pdu_type, 1000 + pdu_type, status, index, list(varbinds))
            seeds.append(codec.encode(WireMessage(version, b"public", pdu)))
    trap = V1TrapHeader(ENTERPRISE, b"\xc0\x00\x02\x07", 6, 17, 4242)
    v1trap = PduData(PduType.V1TRAP, 0, 0, 0, _values()[:4])
    seeds.append(codec.encode(WireMessage(SnmpVersion.V1, b"traps", v1trap, trap)))
    seeds.append(_v3_get())
    return seeds


# ------------------------------------------------------------------------------------ BER trees
@dataclass
class Node:
    """One BER element: ``children`` for the constructed ones we descend into, else
    ``content``. Nodes of the seeds' trees are never changed: a mutation copies the path to
    the node it changes, and everything else is encoded from its cache."""

    tag: int
    content: bytes = b""
    children: list[Node] | None = None
    length_form: str = "short"  # short | long (padded) | indefinite | wrong
    wrong_by: int = 0
    cached: bytes | None = None

    def encode(self) -> bytes:
        if self.cached is not None:
            return self.cached
        body = (
            self.content
            if self.children is None
            else b"".join(child.encode() for child in self.children)
        )
        if self.length_form == "indefinite":
            self.cached = bytes([self.tag, 0x80]) + body + b"\x00\x00"
        else:
            size = len(body) + self.wrong_by if self.length_form == "wrong" else len(body)
            self.cached = bytes([self.tag]) + _length(max(0, size), self.length_form == "long")
            self.cached += body
        return self.cached

    def copy(self) -> Node:
        children = None if self.children is None else list(self.children)
        return Node(self.tag, self.content, children, self.length_form, self.wrong_by)


def _length(size: int, padded: bool = False) -> bytes:
    if size < 0x80 and not padded:
        return bytes([size])
    octets = size.to_bytes(max(1, (size.bit_length() + 7) // 8), "big")
    if padded:
        octets = b"\x00" + octets
    return bytes([0x80 | len(octets)]) + octets


def parse(data: bytes, pos: int = 0, end: int | None = None) -> list[Node]:
    """The BER elements in ``data[pos:end]`` (raises ValueError on what it cannot read)."""
    end = len(data) if end is None else end
    nodes = []
    while pos < end:
        if pos + 2 > end:
            raise ValueError("truncated")
        tag, first = data[pos], data[pos + 1]
        pos += 2
        if first < 0x80:
            size = first
        else:
            count = first & 0x7F
            if not 0 < count <= 4:
                raise ValueError("length form")
            size = int.from_bytes(data[pos : pos + count], "big")
            pos += count
        if pos + size > end:
            raise ValueError("overrun")
        if tag in CONSTRUCTED_TAGS:
            nodes.append(Node(tag, children=parse(data, pos, pos + size)))
        else:
            nodes.append(Node(tag, data[pos : pos + size]))
        pos += size
    return nodes


def _paths(node: Node, path: tuple[int, ...] = ()) -> Iterator[tuple[int, ...]]:
    yield path
    for index, child in enumerate(node.children or ()):
        yield from _paths(child, (*path, index))


# ------------------------------------------------------------------------------------ mutations
@dataclass
class Mutator:
    """Deterministic datagrams from ``seeds`` (see the module docstring)."""

    seed: int
    seeds: list[bytes] = field(default_factory=seed_messages)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.trees = []
        for data in self.seeds:
            (root,) = parse(data)
            root.encode()  # fill every cache
            self.trees.append((root, list(_paths(root))))

    def datagrams(self, count: int) -> Iterator[bytes]:
        for _ in range(count):
            yield self.one()

    def one(self) -> bytes:
        rng = self.rng
        index = rng.randrange(len(self.seeds))
        if rng.random() < 0.5:
            data = self._structured(*self.trees[index])
        else:
            data = self._blind(self.seeds[index])
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            data = self._blind(data)
        return data[:65507]

    # ---------------------------------------------------------------- blind
    def _blind(self, data: bytes) -> bytes:
        rng = self.rng
        buf = bytearray(data)
        kind = rng.randrange(9)
        if not buf or kind == 0:
            return rng.randbytes(rng.randrange(1, 200))
        at = rng.randrange(len(buf))
        if kind == 1:
            for _ in range(rng.randrange(1, 9)):
                spot = rng.randrange(len(buf))
                buf[spot] ^= 1 << rng.randrange(8)
        elif kind == 2:
            buf[at] = rng.choice((0x00, 0x7F, 0x80, 0x81, 0x84, 0xFF, rng.randrange(256)))
        elif kind == 3:
            buf[at:at] = rng.randbytes(rng.randrange(1, 16))
        elif kind == 4:
            del buf[at : at + rng.randrange(1, 16)]
        elif kind == 5:
            del buf[rng.randrange(len(buf)) :]
        elif kind == 6:
            chunk = buf[at : at + rng.randrange(1, 32)]
            buf[at:at] = chunk * rng.randrange(1, 20)
        elif kind == 7:
            other = rng.choice(self.seeds)
            buf = buf[:at] + bytearray(other[rng.randrange(len(other)) :])
        else:
            buf += rng.randbytes(rng.randrange(1, 64))
        return bytes(buf)

    # ---------------------------------------------------------------- structure-aware
    def _structured(self, root: Node, paths: list[tuple[int, ...]]) -> bytes:
        rng = self.rng
        path = rng.choice(paths)
        # Copy the nodes on the path (the seed's tree stays as it is).
        top = node = root.copy()
        parent: Node | None = None
        for index in path:
            assert node.children is not None
            child = node.children[index].copy()
            node.children[index] = child
            parent, node = node, child
        kind = rng.randrange(10)
        siblings = None if parent is None else parent.children
        if kind == 0:
            node.tag = rng.choice((*INTERESTING_TAGS, rng.randrange(256)))
        elif kind == 1:
            node.length_form = rng.choice(("long", "indefinite", "wrong"))
            node.wrong_by = rng.choice((-3, -1, 1, 2, 200, 70000))
        elif kind == 2 and node.children is None:
            node.content = rng.choice(INTERESTING_CONTENT)
        elif kind == 3 and node.children is None:
            node.content = rng.randbytes(rng.randrange(0, 40))
        elif kind == 4 and siblings is not None:
            # Many copies of one element: varbinds past the decoder's limit, say.
            at = path[-1]
            siblings[at : at + 1] = [node] * rng.choice((2, 10, 300, 2100, 5000))
        elif kind == 5 and siblings is not None:
            del siblings[path[-1]]
        elif kind == 6 and siblings is not None and len(siblings) > 1:
            i, j = rng.randrange(len(siblings)), rng.randrange(len(siblings))
            siblings[i], siblings[j] = siblings[j], siblings[i]
        elif kind == 7 and siblings is not None:
            inner = node
            for _ in range(rng.choice((1, 5, 50))):
                inner = Node(rng.choice((0x30, 0x24, 0xA7)), children=[inner])
            siblings[path[-1]] = inner
        elif kind == 8 and top.children:
            version = top.children[0] = top.children[0].copy()
            version.content = rng.choice((b"\x00", b"\x01", b"\x02", b"\x03", b"\xff", b"\x01" * 5))
        elif 0xA0 <= node.tag <= 0xA8 or kind == 9:
            node.tag = rng.randrange(0xA0, 0xAA)
        return top.encode()
