"""Module records: one compiled MIB module as plain JSON-ready data.

A record is what every later step reads (views, names, the MIB tree), whether the module
came from a MIB text compiled by pysmi (:func:`record_from_pysmi`) or from a pysnmp-compiled
module (:mod:`snmpscope.core.mib.pysnmp_modules`)::

    {"module": "IF-MIB", "origin": "text", "path": "...", "imports": {"SNMPv2-SMI": [...]},
     "revision": "2000-06-14 00:00",
     "nodes": [[name, [1, 3, ...], kind, {props}], ...],      # in definition order
     "types": {"InterfaceIndex": {props}, ...}}

Node kinds: ``scalar column table row notification group compliance capabilities
module-identity object-identity node``. Props (only when present): ``b`` base type
(net-snmp's names: ``INTEGER``, ``OCTET STRING``, ``BITS``, ``OBJECT IDENTIFIER``,
``Timeticks``, ``Gauge32``, ``Counter32``, ``Counter64``, ``IpAddress``, ``NetworkAddress``,
``Opaque``), ``t`` the syntax as written (a textual convention's name, or the base type),
``e`` enumeration ``[[value, label], ...]`` (bit numbers for BITS), ``r`` size or value ranges
``[[low, high], ...]``, ``h`` DISPLAY-HINT, ``u`` UNITS, ``a`` access, ``s`` status, ``i``
INDEX ``[[implied, module, name], ...]``, ``g`` AUGMENTS ``[module, name]``, ``d``
DESCRIPTION, ``ref`` REFERENCE, ``dv`` DEFVAL as text, ``obj`` OBJECTS/NOTIFICATIONS
``[[module, name], ...]``, and for module identities ``rev`` (``[[date, text], ...]``),
``org``, ``contact``, ``lu`` (LAST-UPDATED).

Types follow net-snmp's rules for textual conventions, not pysnmp's: an object of a TC takes
the TC's base type, its own enumeration and ranges (or the TC's when it refines nothing) and
the TC's DISPLAY-HINT; a TC defined on another TC inherits only the base type.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["BASE_TYPES", "WIRE_SYNTAX", "record_from_pysmi", "resolve_syntax"]

Props = dict[str, Any]
TypeLookup = Callable[[str, str], "Props | None"]  # (module, type name) -> type props

# Base types as MIBs write them -> net-snmp's base type names.
BASE_TYPES: dict[str, str] = {
    "INTEGER": "INTEGER",
    "Integer": "INTEGER",
    "Integer32": "INTEGER",
    "OCTET STRING": "OCTET STRING",
    "OctetString": "OCTET STRING",
    "OBJECT IDENTIFIER": "OBJECT IDENTIFIER",
    "ObjectIdentifier": "OBJECT IDENTIFIER",
    "ObjectName": "OBJECT IDENTIFIER",
    "Bits": "BITS",
    "BITS": "BITS",
    "Counter32": "Counter32",
    "Counter": "Counter32",
    "Counter64": "Counter64",
    "Gauge32": "Gauge32",
    "Gauge": "Gauge32",
    "Unsigned32": "Gauge32",
    "TimeTicks": "Timeticks",
    "IpAddress": "IpAddress",
    "NetworkAddress": "NetworkAddress",
    "Opaque": "Opaque",
}

# net-snmp base type -> the ASN.1 tag its values carry (snmpscope's Syntax codes).
WIRE_SYNTAX: dict[str, int] = {
    "INTEGER": 0x02,
    "OCTET STRING": 0x04,
    "BITS": 0x04,
    "OBJECT IDENTIFIER": 0x06,
    "IpAddress": 0x40,
    "NetworkAddress": 0x40,
    "Counter32": 0x41,
    "Gauge32": 0x42,
    "Timeticks": 0x43,
    "Opaque": 0x44,
    "Counter64": 0x46,
}

_KINDS = {
    "moduleidentity": "module-identity",
    "notificationtype": "notification",
    "objectgroup": "group",
    "notificationgroup": "group",
    "modulecompliance": "compliance",
    "agentcapabilities": "capabilities",
}
_FAKE_INDEX_PREFIX = "pysmiFakeCol"


def _pairs(named: Mapping[str, Any]) -> list[list[Any]]:
    return sorted(([int(v), str(k)] for k, v in named.items()), key=lambda p: p[0])


def _constraints(syntax: Mapping[str, Any]) -> tuple[list[list[Any]], list[list[int]]]:
    """Own enumeration and ranges of one pysmi syntax dict."""
    enums: list[list[Any]] = []
    ranges: list[list[int]] = []
    if "bits" in syntax:
        enums = _pairs(syntax["bits"])
    cons = syntax.get("constraints") or {}
    if "enumeration" in cons:
        enums = _pairs(cons["enumeration"])
    for key in ("size", "range"):
        for part in cons.get(key, ()):
            ranges.append([int(part["min"]), int(part["max"])])
    return enums, ranges


Locate = Callable[[str], Sequence[str]]  # type name -> modules to look in, best first


def _find_type(written: str, locate: Locate, lookup: TypeLookup) -> Props | None:
    for where in locate(written):
        found = lookup(where, written)
        if found is not None:
            return found
    return None


def resolve_syntax(
    syntax: Mapping[str, Any], module: str, locate: Locate, lookup: TypeLookup
) -> Props:
    """``b t e r h`` of a pysmi syntax dict in ``module``; ``locate`` says which modules may
    define a type name and ``lookup`` finds a type's resolved props there."""
    written = str(syntax.get("type", ""))
    enums, ranges = _constraints(syntax)
    out: Props = {"t": written}
    if written in BASE_TYPES:
        out["b"] = BASE_TYPES[written]
    else:
        found = _find_type(written, locate, lookup)
        if found is None:
            out["b"] = ""
        else:
            out["b"] = found.get("b", "")
            enums = enums or list(found.get("e", []))
            ranges = ranges or list(found.get("r", []))
            if found.get("h"):
                out["h"] = found["h"]
    if enums:
        out["e"] = enums
    if ranges:
        out["r"] = ranges
    return out


def _type_props(entry: Mapping[str, Any], module: str, locate: Locate, lookup: TypeLookup) -> Props:
    """A type or textual convention: base type, own enums/ranges, own hint (TCs only)."""
    syntax = entry.get("type") or {}
    written = str(syntax.get("type", ""))
    enums, ranges = _constraints(syntax)
    if written in BASE_TYPES:
        base = BASE_TYPES[written]
    else:
        found = _find_type(written, locate, lookup)
        base = found.get("b", "") if found else ""
    props: Props = {"b": base, "t": written}
    if enums:
        props["e"] = enums
    if ranges:
        props["r"] = ranges
    if entry.get("class") == "textualconvention":
        props["tc"] = True
        if entry.get("displayhint"):
            props["h"] = str(entry["displayhint"])
    for src, dst in (("status", "s"), ("description", "d"), ("reference", "ref")):
        if entry.get(src):
            props[dst] = str(entry[src])
    return props


def _defval_text(default: Mapping[str, Any], enums: list[list[Any]]) -> str:
    value, fmt = default.get("value"), default.get("format")
    if fmt == "decimal":
        number = int(str(value))
        return {int(v): str(k) for v, k in enums}.get(number, str(number))
    if fmt == "hex":
        return f"'{str(value).upper()}'H"
    if fmt == "string":
        return f'"{value}"'
    if fmt == "oid":
        text = str(value).strip("()").replace(" ", "")
        return "{ " + text.replace(",", ".").rstrip(".") + " }"
    if fmt == "bits" and isinstance(value, Mapping):
        return "{ " + ", ".join(str(name) for name in value.get("bits", {})) + " }"
    return str(value)


def record_from_pysmi(
    context: Mapping[str, Any],
    raw_imports: Mapping[str, list[str]],
    path: str,
    lookup: TypeLookup,
    implicit: Sequence[tuple[int, str, str]] = (),
    traps: Sequence[tuple[int, str, str]] = (),
    order: Sequence[str] = (),
) -> dict[str, Any]:
    """A record from pysmi's intermediate form of one module (``IntermediateCodeGen``
    output, the same document pysmi's JSON writer writes). ``lookup(module, name)`` gives
    the props of an imported type (from the imported modules' records). ``implicit`` are
    the ``label(number)`` nodes OID values name, ``traps`` the ENTERPRISE (pythonized
    label, OID) of each SMIv1 TRAP-TYPE (net-snmp's tree has an ``enterprise#`` node at
    ``ENTERPRISE.0``), each with its position among the definitions; ``order`` lists the
    definitions (pythonized) in the order of the text, which the record keeps: net-snmp
    reads a module in one pass, so a textual convention used before its definition in the
    same module leaves the object without type details, exactly as there."""
    module = str(context["meta"]["module"])
    scope: dict[str, str] = {}
    for imported_module, symbols in (context.get("imports") or {}).items():
        if imported_module == "class":
            continue
        for symbol in symbols:
            scope[str(symbol)] = str(imported_module)
    types: dict[str, Props] = {}
    by_name = {
        str(e["name"]): e for e in context.values() if isinstance(e, Mapping) and "name" in e
    }

    # net-snmp finds a type where the module's IMPORTS say (RFC1213-MIB's DisplayString is a
    # plain OCTET STRING there, no DISPLAY-HINT), else in the module itself; pysmi's own
    # SMIv1-to-SMIv2 rewrite of the import is the last resort
    declared = {str(s): str(m) for m, symbols in raw_imports.items() for s in symbols}

    def locate(written: str) -> list[str]:
        where = [declared[written]] if written in declared else []
        if written in by_name and module not in where:
            where.append(module)
        fallback = scope.get(written, module)
        if fallback not in where:
            where.append(fallback)
        return where

    position = {name: i for i, name in enumerate(order)}
    current = [len(order)]  # position of the definition being resolved

    def local_lookup(where: str, name: str) -> Props | None:
        if where == module:
            if position.get(name.replace("-", "_"), -1) > current[0]:
                return None  # defined further down: net-snmp does not know it yet
            if name in types:
                return types[name]
            entry = by_name.get(name)
            if entry is not None and entry.get("class") in ("type", "textualconvention"):
                types[name] = {}  # a cycle resolves to nothing rather than forever
                types[name] = _type_props(entry, module, locate, local_lookup)
                return types[name]
            return None
        return lookup(where, name)

    originals = {name.replace("-", "_"): name for name in by_name}
    originals.update((symbol.replace("-", "_"), symbol) for symbol in scope)
    extra: dict[int, list[list[Any]]] = {}
    for at, label, dotted in dict.fromkeys(traps):
        original = originals.get(label, originals.get(label.removeprefix("_pysmi_"), label))
        node = [f"{original}#", [*(int(a) for a in dotted.split(".")), 0], "node", {}]
        extra.setdefault(at, []).append(node)
    defined = {str(e.get("oid")) for e in by_name.values()}
    for at, label, dotted in dict.fromkeys(implicit):
        if dotted not in defined and label not in by_name:
            extra.setdefault(at, []).append(
                [label, [int(a) for a in dotted.split(".")], "node", {}]
            )
    keys = [k for k in order if k in context] or [
        k for k in context if k not in ("imports", "meta")
    ]
    keys += [k for k in context if k not in keys and k not in ("imports", "meta")]
    nodes: list[list[Any]] = []
    seen_extra: set[tuple[str, tuple[Any, ...]]] = set()
    revision = ""
    for index, key in enumerate(keys):
        for node in extra.get(index, ()):
            mark = (str(node[0]), tuple(node[1]))
            if mark not in seen_extra:
                seen_extra.add(mark)
                nodes.append(node)
        entry = context[key]
        if not isinstance(entry, Mapping):
            continue
        current[0] = position.get(key, len(order))
        name = str(entry.get("name", key))
        cls = entry.get("class")
        if cls in ("type", "textualconvention"):
            local_lookup(module, name)
            continue
        if "oid" not in entry or name.startswith(_FAKE_INDEX_PREFIX):
            continue
        oid = [int(arc) for arc in str(entry["oid"]).split(".")]
        props: Props = {}
        if cls == "objecttype":
            kind = str(entry.get("nodetype") or "scalar")
            if kind in ("scalar", "column") and entry.get("syntax"):
                props.update(resolve_syntax(entry["syntax"], module, locate, local_lookup))
        elif cls == "objectidentity":
            kind = "object-identity" if entry.get("status") else "node"
        else:
            kind = _KINDS.get(str(cls), "node")
        if entry.get("units"):
            props["u"] = str(entry["units"])
        if entry.get("maxaccess"):
            props["a"] = str(entry["maxaccess"])
        if entry.get("status"):
            props["s"] = str(entry["status"])
        if entry.get("indices"):
            props["i"] = [
                [int(bool(ix.get("implied"))), str(ix["module"]), str(ix["object"])]
                for ix in entry["indices"]
            ]
        if entry.get("augmention"):
            target = str(entry["augmention"]["object"])
            props["g"] = [scope.get(target, module), target]
        if entry.get("default"):
            props["dv"] = _defval_text(entry["default"]["default"], props.get("e", []))
        objects = entry.get("objects") or entry.get("modulecompliance")
        if objects:
            props["obj"] = [[str(o["module"]), str(o["object"])] for o in objects]
        for src, dst in (("description", "d"), ("reference", "ref")):
            if entry.get(src):
                props[dst] = str(entry[src])
        if cls == "moduleidentity":
            revisions = [
                [str(r["revision"]), str(r.get("description", ""))]
                for r in entry.get("revisions", ())
            ]
            if revisions:
                props["rev"] = revisions
                revision = max(r[0] for r in revisions)
            for src, dst in (
                ("organization", "org"),
                ("contactinfo", "contact"),
                ("lastupdated", "lu"),
            ):
                if entry.get(src):
                    props[dst] = str(entry[src])
        nodes.append([name, oid, kind, props])
    return {
        "module": module,
        "origin": "text",
        "path": path,
        "imports": {str(k): [str(s) for s in v] for k, v in raw_imports.items()},
        "revision": revision,
        "nodes": nodes,
        "types": types,
    }
