"""The lookup tables behind :class:`~snmpscope.core.mib.names.MibNames`, built from a pysnmp
``MibBuilder``'s symbols, and :class:`NodeInfo`, the metadata it hands out.

Only this module and :mod:`snmpscope.core.mib.names` touch pysnmp objects; none leaves them.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

from snmpscope.core.constants import Syntax
from snmpscope.core.smi.oid import Oid

# Modules superseded by SMIv2 ones; they only name an OID nobody else defines.
LEGACY_MODULES = frozenset({"RFC1213-MIB", "RFC1158-MIB", "RFC1155-SMI"})

# pysmi 0.0.x (pysnmp-mibs) wrote "readonly"; pysnmp's own modules write "read-only".
_ACCESS_NAMES = {
    "readonly": "read-only",
    "read-only": "read-only",
    "readwrite": "read-write",
    "read-write": "read-write",
    "readcreate": "read-create",
    "read-create": "read-create",
    "writeonly": "read-write",
    "noaccess": "not-accessible",
    "not-accessible": "not-accessible",
    "accessiblefornotify": "accessible-for-notify",
    "accessible-for-notify": "accessible-for-notify",
    "notifyonly": "accessible-for-notify",
}

# pysnmp node classes -> our kind names (checked along the MRO, most specific first).
_KINDS = {
    "MibTableColumn": "column",
    "MibScalar": "scalar",
    "MibTableRow": "row",
    "MibTable": "table",
    "NotificationType": "notification",
    "ObjectGroup": "group",
    "NotificationGroup": "group",
    "ModuleCompliance": "compliance",
    "AgentCapabilities": "capabilities",
    "ModuleIdentity": "module-identity",
    "ObjectIdentity": "object-identity",
    "MibIdentifier": "node",
}

_LEAF_KINDS = frozenset({"scalar", "column"})


@dataclass(frozen=True, slots=True)
class NodeInfo:
    """What the MIB says about the node an OID falls under.

    ``oid`` is the node's own OID, ``suffix`` the rest of the queried OID (the instance part,
    e.g. ``(3,)`` for ``ifInOctets.3``). ``syntax`` is the :class:`Syntax` code the value
    carries on the wire (None for non-leaf nodes); ``base_type`` the SMI base type as
    net-snmp names it ("INTEGER", "OCTET STRING", "BITS", "OBJECT IDENTIFIER", "Counter32" ...);
    ``syntax_name`` the type or textual convention ("DisplayString", "IANAifType").
    ``enums`` maps numbers to labels (bit positions for BITS). ``indexes`` names the INDEX
    objects of a column's row (``"IF-MIB::ifIndex"``).
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

    @property
    def qualified_name(self) -> str:
        """``MODULE::name`` of the node (without the instance suffix)."""
        return f"{self.module}::{self.name}"


@dataclass(frozen=True, slots=True)
class MibEntry:
    """One symbol of one loaded module (several modules may define the same OID)."""

    module: str
    name: str
    oid: Oid
    rank: tuple[int, str, int]  # higher wins: (non-legacy, newest revision, load order)
    node: Any  # the pysnmp MibNode; never leaves this module


@dataclass
class MibIndex:
    """Every lookup MibNames needs, rebuilt after each module load (a few ms).

    ``by_oid`` holds the preferred definition of each OID: a non-legacy module before
    RFC1213-MIB, then the newest revision, then the module loaded last.
    """

    by_oid: dict[Oid, MibEntry] = field(default_factory=dict)
    by_name: dict[str, list[MibEntry]] = field(default_factory=dict)
    by_module: dict[str, dict[str, MibEntry]] = field(default_factory=dict)
    children: dict[tuple[Oid, str], Oid] = field(default_factory=dict)
    completion_entries: list[MibEntry] = field(default_factory=list)
    completion_keys: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, builder: Any, load_order: dict[str, int]) -> MibIndex:
        """Index the builder's symbols; ``load_order`` (module -> rank) is extended in place."""
        mib_node_cls = builder.import_symbols("SNMPv2-SMI", "MibNode")[0]
        symbols: dict[str, dict[str, Any]] = builder.mibSymbols
        for module in symbols:
            load_order.setdefault(module, len(load_order))
        by_oid: dict[Oid, MibEntry] = {}
        by_name: dict[str, list[MibEntry]] = {}
        by_module: dict[str, dict[str, MibEntry]] = {}
        for module, module_symbols in symbols.items():
            rank = (
                0 if module in LEGACY_MODULES else 1,
                _newest_revision(module_symbols.get("PYSNMP_MODULE_ID")),
                load_order[module],
            )
            for sym_name, node in module_symbols.items():
                if sym_name == "PYSNMP_MODULE_ID" or sym_name.startswith("__"):
                    continue
                if isinstance(node, type) or not isinstance(node, mib_node_cls):
                    continue
                entry = MibEntry(module, sym_name, tuple(node.name), rank, node)
                by_module.setdefault(module, {})[sym_name] = entry
                by_name.setdefault(sym_name, []).append(entry)
                best = by_oid.get(entry.oid)
                if best is None or entry.rank > best.rank:
                    by_oid[entry.oid] = entry
        for entries in by_name.values():
            entries.sort(key=lambda e: (by_oid[e.oid] is e, e.rank), reverse=True)
        canonical = sorted(by_oid.values(), key=lambda e: (e.name, e.module))
        return cls(
            by_oid=by_oid,
            by_name=by_name,
            by_module=by_module,
            children={(oid[:-1], e.name): oid for oid, e in by_oid.items()},
            completion_entries=canonical,
            completion_keys=[e.name for e in canonical],
        )

    def longest_prefix(self, oid: Oid) -> MibEntry | None:
        """The preferred entry of the longest known prefix of ``oid``."""
        for length in range(len(oid), 0, -1):
            entry = self.by_oid.get(tuple(oid[:length]))
            if entry is not None:
                return entry
        return None

    def describe(self, entry: MibEntry, suffix: Oid) -> NodeInfo:
        """NodeInfo of ``entry``, with ``suffix`` as the instance part."""
        node = entry.node
        kind = next(
            (_KINDS[c.__name__] for c in type(node).__mro__ if c.__name__ in _KINDS), "node"
        )
        syntax_obj = node.getSyntax() if kind in _LEAF_KINDS else None
        wire, base_type = _wire_syntax(syntax_obj) if syntax_obj is not None else (None, "")
        enums: dict[int, str] = {}
        # pysmi 0.0.x compiled a BITS DEFVAL as a second clone(namedValues=...), which leaves
        # only the default bits on the instance; the class keeps them all.
        sources = (type(syntax_obj), syntax_obj) if base_type == "BITS" else (syntax_obj,)
        for source in sources:
            named = getattr(source, "namedValues", None)
            if named:
                enums.update((int(value), str(label)) for label, value in named.items())
        access = "not-accessible"
        if hasattr(node, "getMaxAccess"):
            raw = str(node.getMaxAccess())
            access = _ACCESS_NAMES.get(raw.lower(), raw)
        indexes: tuple[str, ...] = ()
        if kind in ("column", "row"):
            row = entry if kind == "row" else self.by_oid.get(entry.oid[:-1])
            if row is not None and hasattr(row.node, "getIndexNames"):
                indexes = tuple(f"{m}::{n}" for _implied, m, n in row.node.getIndexNames())
        return NodeInfo(
            module=entry.module,
            name=entry.name,
            oid=entry.oid,
            suffix=suffix,
            kind=kind,
            syntax=wire,
            base_type=base_type,
            syntax_name=type(syntax_obj).__name__ if syntax_obj is not None else "",
            access=access,
            status=str(node.getStatus()) if hasattr(node, "getStatus") else "current",
            description=_tidy_text(getattr(node, "description", "")),
            enums=enums,
            display_hint=str(getattr(syntax_obj, "displayHint", "") or ""),
            units=str(node.getUnits()) if hasattr(node, "getUnits") else "",
            indexes=indexes,
        )


def _tidy_text(text: object) -> str:
    """MIB DESCRIPTION text without the source file's continuation-line indentation."""
    first, _, rest = str(text).strip().partition("\n")
    return "\n".join([first.strip(), textwrap.dedent(rest)]).strip() if rest else first.strip()


def _newest_revision(module_identity: Any) -> str:
    if module_identity is None or not hasattr(module_identity, "getRevisions"):
        return ""
    revisions = [str(r) for r in module_identity.getRevisions()]
    return max(revisions, default="")


def _wire_syntax(syntax_obj: Any) -> tuple[int | None, str]:
    """The on-the-wire Syntax code and net-snmp's base type name of a pysnmp syntax object."""
    from pysnmp.proto import rfc1902

    tag_set = syntax_obj.tagSet
    table: list[tuple[Any, int, str]] = [
        (rfc1902.Counter64, Syntax.CNTR64, "Counter64"),
        (rfc1902.Counter32, Syntax.CNTR32, "Counter32"),
        (rfc1902.Gauge32, Syntax.GAUGE32, "Gauge32"),
        (rfc1902.Unsigned32, Syntax.GAUGE32, "Gauge32"),
        (rfc1902.TimeTicks, Syntax.TIMETICKS, "Timeticks"),
        (rfc1902.IpAddress, Syntax.IPADDR, "IpAddress"),
        (rfc1902.Opaque, Syntax.OPAQUE, "Opaque"),
        (rfc1902.Integer32, Syntax.INT, "INTEGER"),
        (rfc1902.ObjectIdentifier, Syntax.OID, "OBJECT IDENTIFIER"),
    ]
    for cls, code, name in table:
        if tag_set == cls.tagSet:
            return code, name
    if tag_set == rfc1902.OctetString.tagSet:
        if isinstance(syntax_obj, rfc1902.Bits):
            return Syntax.OCTETS, "BITS"
        return Syntax.OCTETS, "OCTET STRING"
    return None, type(syntax_obj).__name__
