"""Pieces of pysmi the compiler needs around it: the intermediate code generator with what
net-snmp's tree has and pysmi's output leaves out, symbol tables that leave out definitions
hanging under nothing (as net-snmp does), and a rough reading of IMPORTS and SUPPORTS for
texts pysmi cannot parse (their load order still follows them)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "MISSING_SYMBOL",
    "filtered",
    "hanging_under",
    "new_codegen",
    "rough_imports",
    "short_message",
    "supports",
    "symtable",
]

MISSING_SYMBOL = re.compile(r'no symbol "([^"]+)" in module')
_UNKNOWN_PARENTS = re.compile(r"Unknown parents for symbols: (.*)")


def _declaration_name(declaration: Any) -> str | None:
    if isinstance(declaration, tuple) and len(declaration) > 1 and isinstance(declaration[1], str):
        return declaration[1]
    return None


def _oid_parent(declaration: Any) -> str | None:
    """The first label of a declaration's OID value (its parent, or an SMIv1 TRAP-TYPE's
    ENTERPRISE)."""
    todo = [declaration]
    while todo:
        item = todo.pop()
        if isinstance(item, tuple) and item:
            if item[0] == "objectIdentifier" and len(item) > 1:
                for element in item[1] if isinstance(item[1], list | tuple) else ():
                    if isinstance(element, str):
                        return element
                return None
            todo.extend(reversed(item[1:]))
        elif isinstance(item, list):
            todo.extend(reversed(item))
    return None


def filtered(ast: Any, dropped: set[str]) -> Any:
    if not dropped:
        return ast
    name, oid, imports, declarations = ast
    keep = [
        d
        for d in declarations or []
        if not d or (_declaration_name(d) or "").replace("-", "_") not in dropped
    ]
    return (name, oid, imports, keep)


def hanging_under(ast: Any, roots: set[str], dropped: set[str]) -> set[str]:
    """Pythonized names of the declarations whose OID hangs, directly or not, under
    ``roots``."""
    under = {r.replace("-", "_") for r in roots}
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for declaration in ast[3] or []:
            name = (_declaration_name(declaration) or "").replace("-", "_")
            parent = (_oid_parent(declaration) or "").replace("-", "_")
            if name and name not in dropped and name not in found and parent in under:
                found.add(name)
                under.add(name)
                changed = True
    return found


def symtable(ast: Any, dropped: set[str]) -> tuple[Any, Any, set[str]]:
    """pysmi's symbol table of ``ast``; definitions whose parent is defined nowhere
    ("Unknown parents for symbols") are left out, as net-snmp leaves them out."""
    from pysmi import error
    from pysmi.codegen.symtable import SymtableCodeGen

    dropped = set(dropped)
    for _round in range(8):
        try:
            mib_info, symtab = SymtableCodeGen().gen_code(filtered(ast, dropped), {})
            return mib_info, symtab, dropped
        except error.PySmiSemanticError as exc:
            found = _UNKNOWN_PARENTS.search(str(exc))
            if found is None:
                raise
            names = {n.strip() for n in found.group(1).split(",") if n.strip()}
            if names <= dropped:
                raise
            dropped |= names
            dropped |= hanging_under(ast, names, dropped)
    raise error.PySmiSemanticError("too many undefined parents")


_SUPPORTS = re.compile(r"\bSUPPORTS\s+([A-Za-z][A-Za-z0-9_-]*)")
_NOISE = re.compile(r'--.*?(?:--|$)|"[^"]*"', re.M | re.S)
_IMPORTS = re.compile(r"\bIMPORTS\b(.*?);", re.S)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def _bare(text: str) -> str:
    """The text without comments and quoted strings (where SUPPORTS and FROM are words)."""
    return _NOISE.sub(" ", text)


def supports(text: str) -> tuple[str, ...]:
    """The modules AGENT-CAPABILITIES clauses name in SUPPORTS, in text order."""
    if "SUPPORTS" not in text:
        return ()
    return tuple(dict.fromkeys(_SUPPORTS.findall(_bare(text))))


def rough_imports(text: str) -> dict[str, list[str]]:
    """The IMPORTS clause read word by word, as net-snmp reads it, for a text pysmi cannot
    parse (its load order still follows what it imports)."""
    found = _IMPORTS.search(_bare(text))
    if found is None:
        return {}
    imports: dict[str, list[str]] = {}
    symbols: list[str] = []
    words = _WORD.findall(found.group(1))
    i = 0
    while i < len(words):
        if words[i] == "FROM" and i + 1 < len(words):
            imports.setdefault(words[i + 1], []).extend(symbols)
            symbols = []
            i += 2
            continue
        symbols.append(words[i])
        i += 1
    return imports


def short_message(message: str, limit: int = 6) -> str:
    """pysmi's list messages ("Unknown parents for symbols: a, b, ...") cut to a few."""
    head, sep, tail = message.partition(": ")
    items = tail.split(", ")
    if sep and len(items) > limit:
        return f"{head}: {', '.join(items[:limit])} and {len(items) - limit} more"
    return message


def _codegen_class() -> type:
    from pysmi.codegen.intermediate import IntermediateCodeGen

    class Codegen(IntermediateCodeGen):  # type: ignore[misc]
        """pysmi's intermediate generator, plus what net-snmp's tree has and pysmi's
        output leaves out: SMIv1's NetworkAddress (net-snmp prints ``Network Address:``,
        pysmi would say IpAddress), the nodes an OID value names on its way
        (``{ iso std(0) iso8802(8802) }`` defines ``std`` and ``iso8802``), and the
        ``enterprise#`` node net-snmp puts between an SMIv1 TRAP-TYPE's ENTERPRISE and its
        number."""

        SMI_TYPES: Mapping[str, str] = {
            k: v for k, v in IntermediateCodeGen.SMI_TYPES.items() if k != "NetworkAddress"
        }

        def __init__(self) -> None:
            super().__init__()
            # (position among the definitions, label, dotted OID)
            self.implicit_nodes: list[tuple[int, str, str]] = []
            self.trap_enterprises: list[tuple[int, str, str]] = []  # label pythonized

        def gen_oid(self, data: Any) -> Any:
            result = IntermediateCodeGen.gen_oid(self, data)
            path: tuple[Any, ...] = ()
            for element in data[0]:
                if isinstance(element, str):
                    parent = self.trans_opers(element)
                    path += ((parent, self._importMap.get(parent, self.moduleName[0])),)
                elif isinstance(element, int):
                    path += (element,)
                elif isinstance(element, tuple):
                    path += (element[1],)
                    numeric = ".".join(str(a) for a in self.gen_numeric_oid(path))
                    self.implicit_nodes.append((len(self._out), str(element[0]), numeric))
            return result

        def gen_trap_type(self, data: Any) -> Any:
            result = IntermediateCodeGen.gen_trap_type(self, data)
            enterprise_oid, enterprise_label = data[1]
            position = len(self._out) - 1  # just before the TRAP-TYPE itself
            self.trap_enterprises.append((position, str(enterprise_label), str(enterprise_oid)))
            return result

        handlersTable = {  # noqa: RUF012 - pysmi's dispatch table, with our two handlers
            **IntermediateCodeGen.handlersTable,
            "objectIdentifier": gen_oid,
            "trapTypeClause": gen_trap_type,
        }

    return Codegen


def new_codegen() -> Any:  # a factory standing in for the class, built on first use
    global _CODEGEN
    if _CODEGEN is None:
        _CODEGEN = _codegen_class()
    return _CODEGEN()


_CODEGEN: type | None = None
