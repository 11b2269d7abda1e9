"""A BER message as a tree of its encodings, for the PDU timeline's "structure beside the hex".

Each :class:`BerNode` is one TLV: where it starts in the datagram, how long its header and
contents are, its tag (class, constructed, number), the name SNMP gives it in that place
(``version``, ``community``, ``request-id``, ``varbind``...) and, for primitives, the value
decoded (INTEGER, OCTET STRING, OBJECT IDENTIFIER, NULL, the SNMP application types, the
v2c exceptions). Offsets are what the viewer needs to highlight the bytes of a field, which is
why this walks the bytes itself instead of asking a decoder for values only; the tests
compare every node with pyasn1's decode of the same bytes (tags, lengths, offsets, values).

Nothing here raises on bad input: what cannot be read becomes a node with ``problem`` set and
the rest of the bytes as its contents, so a malformed datagram still shows as far as it goes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

UNIVERSAL, APPLICATION, CONTEXT, PRIVATE = 0, 1, 2, 3
CLASS_NAMES = ("UNIVERSAL", "APPLICATION", "CONTEXT", "PRIVATE")
UNIVERSAL_NAMES = {
    1: "BOOLEAN",
    2: "INTEGER",
    3: "BIT STRING",
    4: "OCTET STRING",
    5: "NULL",
    6: "OBJECT IDENTIFIER",
    16: "SEQUENCE",
    17: "SET",
}
APPLICATION_NAMES = {
    0: "IpAddress",
    1: "Counter32",
    2: "Gauge32",
    3: "TimeTicks",
    4: "Opaque",
    5: "NsapAddress",
    6: "Counter64",
    7: "UInteger32",
}
PDU_NAMES = {
    0: "GetRequest-PDU",
    1: "GetNextRequest-PDU",
    2: "Response-PDU",
    3: "SetRequest-PDU",
    4: "Trap-PDU (v1)",
    5: "GetBulkRequest-PDU",
    6: "InformRequest-PDU",
    7: "SNMPv2-Trap-PDU",
    8: "Report-PDU",
}
EXCEPTION_NAMES = {0: "noSuchObject", 1: "noSuchInstance", 2: "endOfMibView"}
MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class BerNode:
    """One TLV of a message.

    ``start`` is the offset of its first identifier octet, ``header`` the octets of tag and
    length, ``length`` the contents' octets; ``end`` (one past the last octet) follows.
    ``value`` is the decoded primitive (int, bytes, a tuple of ints for OIDs, None for NULL
    and the exceptions, an IPv4 text for IpAddress) or None for constructed ones.
    """

    start: int
    header: int
    length: int
    tag_class: int
    constructed: bool
    tag_number: int
    name: str = ""
    value: object = None
    children: tuple[BerNode, ...] = ()
    problem: str = ""

    @property
    def end(self) -> int:
        """One past the node's last octet."""
        return self.start + self.header + self.length

    @property
    def contents_start(self) -> int:
        """The offset of the first contents octet."""
        return self.start + self.header

    @property
    def tag_text(self) -> str:
        """``INTEGER``, ``Counter32``, ``[2] Response-PDU``, ``[APPLICATION 9]`` ..."""
        if self.tag_class == UNIVERSAL and self.tag_number in UNIVERSAL_NAMES:
            return UNIVERSAL_NAMES[self.tag_number]
        if self.tag_class == APPLICATION and self.tag_number in APPLICATION_NAMES:
            return APPLICATION_NAMES[self.tag_number]
        if self.tag_class == CONTEXT:
            return f"[{self.tag_number}]"
        return f"[{CLASS_NAMES[self.tag_class]} {self.tag_number}]"

    @property
    def identifier(self) -> int:
        """The first identifier octet (for low tag numbers: the whole tag, 0x30, 0xa2...)."""
        return (self.tag_class << 6) | (0x20 if self.constructed else 0) | min(self.tag_number, 31)

    def walk(self) -> list[BerNode]:
        """This node and every node below it, in byte order."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    def value_text(self) -> str:
        """The value as the viewer shows it."""
        value = self.value
        if self.constructed:
            return ""
        if isinstance(value, tuple):
            return ".".join(str(part) for part in value)
        if isinstance(value, bytes):
            printable = all(32 <= b < 127 for b in value)
            return repr(value.decode("ascii")) if printable else value.hex(" ")
        if value is None:
            return EXCEPTION_NAMES.get(self.tag_number, "") if self.tag_class == CONTEXT else ""
        return str(value)


@dataclass(slots=True)
class _Reader:
    data: bytes
    problems: list[str] = field(default_factory=list)

    def node(self, pos: int, limit: int, depth: int) -> BerNode:
        data = self.data
        start = pos
        if pos >= limit:
            return self._broken(start, limit, "no identifier octet")
        first = data[pos]
        pos += 1
        tag_class, constructed, number = first >> 6, bool(first & 0x20), first & 0x1F
        if number == 0x1F:  # high tag number form: base-128 octets follow
            number = 0
            while True:
                if pos >= limit:
                    return self._broken(start, limit, "tag number runs past the end")
                octet = data[pos]
                pos += 1
                number = (number << 7) | (octet & 0x7F)
                if not octet & 0x80:
                    break
        if pos >= limit:
            return self._broken(start, limit, "no length octet")
        octet = data[pos]
        pos += 1
        if octet < 0x80:
            length = octet
        elif octet == 0x80:
            return self._broken(start, limit, "indefinite length (not allowed in SNMP)")
        else:
            count = octet & 0x7F
            if pos + count > limit:
                return self._broken(start, limit, "length octets run past the end")
            length = int.from_bytes(data[pos : pos + count], "big")
            pos += count
        header = pos - start
        truncated = ""
        if pos + length > limit:  # truncated: show what is there
            truncated = f"length {length} runs past the end ({limit - pos} octets left)"
            length = limit - pos
        if constructed:
            children = []
            inner = pos
            while inner < pos + length and depth < MAX_DEPTH:
                child = self.node(inner, pos + length, depth + 1)
                children.append(child)
                if child.problem or child.end <= inner:
                    break
                inner = child.end
            return BerNode(
                start,
                header,
                length,
                tag_class,
                constructed,
                number,
                children=tuple(children),
                problem=truncated,
            )
        if truncated:
            return BerNode(start, header, length, tag_class, False, number, problem=truncated)
        contents = data[pos : pos + length]
        value, problem = _primitive(tag_class, number, contents)
        return BerNode(
            start, header, length, tag_class, False, number, value=value, problem=problem
        )

    @staticmethod
    def _broken(start: int, limit: int, problem: str) -> BerNode:
        return BerNode(start, 0, max(0, limit - start), PRIVATE, False, 0, problem=problem)


def _primitive(tag_class: int, number: int, contents: bytes) -> tuple[object, str]:
    if tag_class == UNIVERSAL:
        if number == 2:
            if not contents:
                return None, "INTEGER with no contents octets"
            return int.from_bytes(contents, "big", signed=True), ""
        if number == 5:
            return None, "" if not contents else "NULL with contents"
        if number == 6:
            return _oid(contents)
        return contents, ""
    if tag_class == APPLICATION:
        if number in (1, 2, 3, 6, 7):
            return int.from_bytes(contents, "big", signed=False), ""
        if number == 0:
            if len(contents) != 4:
                return contents, "IpAddress is not 4 octets"
            return ".".join(str(b) for b in contents), ""
        return contents, ""
    if tag_class == CONTEXT and number in EXCEPTION_NAMES and not contents:
        return None, ""
    return contents, ""


def _oid(contents: bytes) -> tuple[object, str]:
    if not contents:
        return (), "OBJECT IDENTIFIER with no contents"
    arcs: list[int] = []
    value = 0
    for octet in contents:
        value = (value << 7) | (octet & 0x7F)
        if not octet & 0x80:
            arcs.append(value)
            value = 0
    if contents[-1] & 0x80:
        return (), "OBJECT IDENTIFIER ends inside a sub-identifier"
    first = arcs[0]
    head = (0, first) if first < 40 else (1, first - 40) if first < 80 else (2, first - 80)
    return (*head, *arcs[1:]), ""


def decode_tree(data: bytes) -> BerNode:
    """The message in ``data`` as a tree (trailing bytes after the message: a second root's
    worth is not read; the root's ``problem`` says so)."""
    root = _Reader(data).node(0, len(data), 0)
    named = _name_message(root, data)
    if named.end < len(data) and not named.problem:
        named = replace(named, problem=f"{len(data) - named.end} octets after the message")
    return named


# ---------------------------------------------------------------- SNMP names


def _named(node: BerNode, name: str, children: tuple[BerNode, ...] | None = None) -> BerNode:
    return replace(node, name=name, children=node.children if children is None else children)


def _name_message(root: BerNode, data: bytes) -> BerNode:
    if not root.constructed or root.identifier != 0x30:
        return root
    kids = list(root.children)
    if not kids:
        return _named(root, "Message")
    version = kids[0].value if kids[0].identifier == 0x02 else None
    if version == 3:
        names = ["msgVersion", "msgGlobalData", "msgSecurityParameters", "msgData"]
        named = [_named(k, names[i] if i < len(names) else "") for i, k in enumerate(kids)]
        if len(named) > 1 and named[1].constructed:
            header = ("msgID", "msgMaxSize", "msgFlags", "msgSecurityModel")
            named[1] = _named(
                named[1],
                "msgGlobalData",
                tuple(
                    _named(c, header[i] if i < 4 else "") for i, c in enumerate(named[1].children)
                ),
            )
        if len(named) > 2 and named[2].identifier == 0x04 and named[2].length:
            named[2] = _usm_parameters(named[2], data)
        if len(named) > 3 and named[3].constructed:  # plaintext ScopedPDU
            scoped = ("contextEngineID", "contextName")
            children = tuple(
                _named(c, scoped[i]) if i < 2 else _name_pdu(c)
                for i, c in enumerate(named[3].children)
            )
            named[3] = _named(named[3], "ScopedPDU", children)
        return _named(root, "SNMPv3 Message", tuple(named))
    names = ["version", "community"]
    named = [_named(k, names[i]) if i < 2 else _name_pdu(k) for i, k in enumerate(kids)]
    return _named(root, "Message", tuple(named))


USM_FIELDS = (
    "msgAuthoritativeEngineID",
    "msgAuthoritativeEngineBoots",
    "msgAuthoritativeEngineTime",
    "msgUserName",
    "msgAuthenticationParameters",
    "msgPrivacyParameters",
)


def _usm_parameters(octets: BerNode, data: bytes) -> BerNode:
    """msgSecurityParameters is an OCTET STRING holding the BER of UsmSecurityParameters
    (RFC 3414 §2.4): shown as its child, with offsets in the datagram."""
    inner = _Reader(data).node(octets.contents_start, octets.end, 1)
    if not inner.constructed or inner.identifier != 0x30:
        return octets
    fields = tuple(
        _named(c, USM_FIELDS[i] if i < len(USM_FIELDS) else "")
        for i, c in enumerate(inner.children)
    )
    return _named(
        octets, "msgSecurityParameters", (_named(inner, "UsmSecurityParameters", fields),)
    )


def _name_pdu(node: BerNode) -> BerNode:
    if node.tag_class != CONTEXT or not node.constructed or node.tag_number not in PDU_NAMES:
        return node
    names: tuple[str, ...]
    if node.tag_number == 4:  # SNMPv1 Trap-PDU
        names = ("enterprise", "agent-addr", "generic-trap", "specific-trap", "time-stamp")
    elif node.tag_number == 5:
        names = ("request-id", "non-repeaters", "max-repetitions")
    else:
        names = ("request-id", "error-status", "error-index")
    children = []
    for i, child in enumerate(node.children):
        if i < len(names):
            children.append(_named(child, names[i]))
        elif child.identifier == 0x30:
            children.append(_name_varbinds(child))
        else:
            children.append(child)
    return _named(node, PDU_NAMES[node.tag_number], tuple(children))


def _name_varbinds(node: BerNode) -> BerNode:
    varbinds = []
    for child in node.children:
        if child.identifier == 0x30 and child.children:
            parts = tuple(
                _named(part, ("name", "value")[i] if i < 2 else "")
                for i, part in enumerate(child.children)
            )
            varbinds.append(_named(child, "varbind", parts))
        else:
            varbinds.append(child)
    return _named(node, "variable-bindings", tuple(varbinds))
