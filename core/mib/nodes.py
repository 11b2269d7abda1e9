""":class:`NodeInfo`, what snmpscope knows about one MIB node, built from the index of the
loaded modules (:mod:`~snmpscope.core.mib.mib_view`) and, for the texts, the module's record."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from snmpscope.core.mib.mib_records import WIRE_SYNTAX
from snmpscope.core.smi.oid import Oid

if TYPE_CHECKING:
    from snmpscope.core.mib.mib_view import ViewNode

__all__ = ["LEGACY_MODULES", "NodeInfo", "node_info_from"]

# Modules superseded by SMIv2 ones; they name an OID only when loaded before them.
LEGACY_MODULES = frozenset({"RFC1213-MIB", "RFC1158-MIB", "RFC1155-SMI"})

_LEAF_KINDS = frozenset({"scalar", "column"})


@dataclass(frozen=True, slots=True)
class NodeInfo:
    """What the MIB says about the node an OID falls under.

    ``oid`` is the node's own OID, ``suffix`` the rest of the queried OID (the instance part,
    e.g. ``(3,)`` for ``ifInOctets.3``). ``kind``: ``scalar column table row notification
    group compliance capabilities module-identity object-identity node``. ``syntax`` is the
    :class:`Syntax` code the value carries on the wire (None for non-leaf nodes);
    ``base_type`` the SMI base type as net-snmp names it ("INTEGER", "OCTET STRING", "BITS",
    "OBJECT IDENTIFIER", "Counter32", "NetworkAddress" ...); ``syntax_name`` the type or
    textual convention as the MIB writes it ("DisplayString", "IANAifType"). ``enums`` maps
    numbers to labels (bit positions for BITS); ``ranges`` the SIZE or value ranges.
    ``indexes`` names the INDEX objects of a column's row (``"IF-MIB::ifIndex"``; an
    AUGMENTS row's are those of the row it augments). The texts (``description``,
    ``reference``, ``defval``, ``objects`` of a notification or group, ``augments``) are
    filled when ``detailed``.
    """

    module: str
    name: str
    oid: Oid
    suffix: Oid
    kind: str
    syntax: int | None
    base_type: str
    syntax_name: str
    access: str
    status: str
    description: str
    enums: dict[int, str] = field(default_factory=dict, hash=False)
    display_hint: str = ""
    units: str = ""
    indexes: tuple[str, ...] = ()
    ranges: tuple[tuple[int, int], ...] = ()
    reference: str = ""
    defval: str = ""
    objects: tuple[str, ...] = ()
    augments: str = ""
    detailed: bool = False

    @property
    def qualified_name(self) -> str:
        """``MODULE::name`` of the node (without the instance suffix)."""
        return f"{self.module}::{self.name}"


def node_info_from(
    node: ViewNode, indexes: tuple[str, ...], props: dict[str, Any], detailed: bool
) -> NodeInfo:
    """NodeInfo of a view node; ``props`` are the record's (texts included) when
    ``detailed``."""
    info = node.info
    base = str(info.get("b", "")) if node.kind in _LEAF_KINDS else ""
    default_access = "not-accessible"
    return NodeInfo(
        module=node.module,
        name=node.name,
        oid=node.oid,
        suffix=(),
        kind=node.kind,
        syntax=WIRE_SYNTAX.get(base) if base else None,
        base_type=base,
        syntax_name=str(info.get("t", "")) if node.kind in _LEAF_KINDS else "",
        access=str(info.get("a", default_access)),
        status=str(info.get("s", "current")),
        description=_tidy(str(props.get("d", ""))),
        enums={int(v): str(k) for v, k in info.get("e", ())},
        display_hint=str(info.get("h", "")),
        units=str(info.get("u", "")),
        indexes=indexes,
        ranges=tuple((int(a), int(b)) for a, b in info.get("r", ())),
        reference=_tidy(str(props.get("ref", ""))),
        defval=str(props.get("dv", "")),
        objects=tuple(f"{m}::{n}" for m, n in props.get("obj", ())),
        augments="::".join(props["g"]) if props.get("g") else "",
        detailed=detailed,
    )


def _tidy(text: str) -> str:
    """A MIB text without the source file's continuation-line indentation."""
    first, _, rest = text.strip().partition("\n")
    return "\n".join([first.strip(), textwrap.dedent(rest)]).strip() if rest else first.strip()
