"""Records from pysnmp-compiled MIB modules (pysnmp's own and pysnmp-mibs', or a folder of
``MODULE.py`` files): pysnmp's ``MibBuilder`` executes them once and their symbols become
the same records pysmi's output becomes (:mod:`snmpscope.core.mib.mib_records`).

This is the only module that touches pysnmp's MIB objects; it runs only when a module's
record is not cached yet.
"""

from __future__ import annotations

import os
import textwrap
import warnings
from collections.abc import Iterable
from typing import Any

from snmpscope.core.mib.mib_cache import FileEntry, MibCache, record_key
from snmpscope.core.mib.mib_report import MibProblem

__all__ = ["PysnmpExtractor", "pysnmp_origin"]

# pysmi 0.0.x (pysnmp-mibs) wrote "readonly"; pysnmp's own modules write "read-only".
_ACCESS_NAMES = {
    "readonly": "read-only",
    "readwrite": "read-write",
    "readcreate": "read-create",
    "writeonly": "write-only",
    "noaccess": "not-accessible",
    "accessiblefornotify": "accessible-for-notify",
    "notifyonly": "accessible-for-notify",
}

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


def pysnmp_origin() -> str:
    try:
        from importlib.metadata import version

        return f"pysnmp-{version('pysnmp')}"
    except Exception:
        return "pysnmp"


def _tidy(text: object) -> str:
    """A DESCRIPTION without the source file's continuation-line indentation."""
    first, _, rest = str(text).strip().partition("\n")
    return "\n".join([first.strip(), textwrap.dedent(rest)]).strip() if rest else first.strip()


class PysnmpExtractor:
    """Turns pysnmp-compiled modules into records, caching them by file content."""

    def __init__(self, cache: MibCache, folders: Iterable[str]) -> None:
        self.cache = cache
        self.folders = list(dict.fromkeys(folders))
        self.origin = pysnmp_origin()
        self._builder: Any = None

    def key(self, entry: FileEntry) -> str:
        return record_key(entry.sha1, (), self.origin)

    def ensure(self, module: str, entry: FileEntry) -> tuple[bool, list[MibProblem]]:
        """Extract ``module`` unless cached; ``(ok, problems)``."""
        key = self.key(entry)
        status = self.cache.record_status(key)
        if status is None:
            self._extract(module, entry, key)
            status = self.cache.record_status(key)
        assert status is not None
        ok, problems = status
        return ok, [MibProblem.from_json(p) for p in problems]

    def _get_builder(self) -> Any:
        if self._builder is None:
            from pysnmp.smi import builder

            mib_builder = builder.MibBuilder()
            mib_builder.loadTexts = True
            # Explicit sources: PYSNMP_MIB_DIRS & co. in the environment must not change names.
            mib_builder.set_mib_sources(*(builder.DirMibSource(d) for d in self.folders))
            self._builder = mib_builder
        return self._builder

    def _extract(self, module: str, entry: FileEntry, key: str) -> None:
        from pysnmp.smi import error as smi_error

        mib_builder = self._get_builder()
        try:
            with warnings.catch_warnings():
                # pysnmp-mibs modules call deprecated camelCase builder methods.
                warnings.simplefilter("ignore")
                mib_builder.load_modules(module)
            record = self._record(module, entry.path, mib_builder)
        except smi_error.MibNotFoundError:
            problem = MibProblem(
                "missing", f"pysnmp module {module} ({entry.path}) could not be found", module
            )
            self.cache.put_record(key, module, None, [problem.to_json()])
            return
        except Exception as exc:  # executing foreign code: anything may happen
            text = str(exc).strip()
            reason = text.splitlines()[-1] if text else type(exc).__name__
            problem = MibProblem(
                "semantic",
                f"MIB module {module!r} failed to load: {reason} ({entry.path})",
                module,
                entry.path,
            )
            self.cache.put_record(key, module, None, [problem.to_json()])
            return
        self.cache.put_record(key, module, record, [])

    def _record(self, module: str, path: str, mib_builder: Any) -> dict[str, Any]:
        node_cls = mib_builder.import_symbols("SNMPv2-SMI", "MibNode")[0]
        tc_cls = mib_builder.import_symbols("SNMPv2-TC", "TextualConvention")[0]
        symbols: dict[str, Any] = mib_builder.mibSymbols.get(module, {})
        nodes: list[list[Any]] = []
        types: dict[str, dict[str, Any]] = {}
        revision = ""
        for name, obj in symbols.items():
            if name.startswith("__") or name == "PYSNMP_MODULE_ID":
                continue
            if isinstance(obj, type):
                if hasattr(obj, "tagSet"):
                    types[name] = self._type_props(obj, issubclass(obj, tc_cls))
                continue
            if not isinstance(obj, node_cls):
                continue
            kind = next(
                (_KINDS[c.__name__] for c in type(obj).__mro__ if c.__name__ in _KINDS), "node"
            )
            props = self._node_props(obj, kind, mib_builder)
            if kind == "module-identity" and props.get("rev"):
                revision = max(r[0] for r in props["rev"])
            nodes.append([name, list(obj.name), kind, props])
        nodes.sort(key=lambda n: n[1])
        return {
            "module": module,
            "origin": "pysnmp",
            "path": path,
            "imports": {},
            "revision": revision,
            "nodes": nodes,
            "types": types,
        }

    @staticmethod
    def _type_props(syntax_cls: Any, is_tc: bool) -> dict[str, Any]:
        try:
            sample = syntax_cls()
        except Exception:
            return {}
        props = _syntax_props(sample)
        if is_tc:
            props["tc"] = True
        else:
            props.pop("h", None)
        return props

    def _node_props(self, obj: Any, kind: str, mib_builder: Any) -> dict[str, Any]:
        props: dict[str, Any] = {}
        if kind in ("scalar", "column"):
            syntax = obj.getSyntax()
            if syntax is not None:
                props.update(_syntax_props(syntax))
                # pysmi 0.0.x compiled a BITS DEFVAL as a second clone(namedValues=...),
                # which leaves only the default bits on the instance; the class keeps all.
                if props.get("b") == "BITS":
                    named = getattr(type(syntax), "namedValues", None)
                    if named:
                        props["e"] = sorted([int(v), str(k)] for k, v in named.items())
        if hasattr(obj, "getMaxAccess"):
            raw = str(obj.getMaxAccess())
            props["a"] = _ACCESS_NAMES.get(raw.lower().replace("-", ""), raw)
        if hasattr(obj, "getStatus") and obj.getStatus():
            props["s"] = str(obj.getStatus())
        if hasattr(obj, "getUnits") and obj.getUnits():
            props["u"] = str(obj.getUnits())
        description = getattr(obj, "description", "") or ""
        if description:
            props["d"] = _tidy(description)
        reference = getattr(obj, "reference", "") or ""
        if reference:
            props["ref"] = _tidy(reference)
        if kind == "row":
            if hasattr(obj, "getIndexNames"):
                props["i"] = [[int(bool(i)), str(m), str(n)] for i, m, n in obj.getIndexNames()]
            augments = getattr(obj, "augmentingRows", None)
            del augments  # pysnmp links the other way; AUGMENTS is resolved through indexes
        if kind in ("notification", "group") and hasattr(obj, "getObjects"):
            props["obj"] = [[str(m), str(n)] for m, n in obj.getObjects()]
        if kind == "module-identity":
            revisions = [str(r) for r in obj.getRevisions()] if hasattr(obj, "getRevisions") else []
            texts = list(getattr(obj, "revisionsDescriptions", ()) or ())
            if revisions:
                props["rev"] = [
                    [rev, _tidy(texts[i]) if i < len(texts) else ""]
                    for i, rev in enumerate(revisions)
                ]
            for attr, key in (
                ("organization", "org"),
                ("contactInfo", "contact"),
                ("lastUpdated", "lu"),
            ):
                value = getattr(obj, attr, "")
                if value:
                    props[key] = str(value)
        return props


def _syntax_props(syntax: Any) -> dict[str, Any]:
    """``b t e r h`` of a pysnmp syntax object."""
    from pysnmp.proto import rfc1902

    tag_set = syntax.tagSet
    base = type(syntax).__name__
    table: list[tuple[Any, str]] = [
        (rfc1902.Counter64, "Counter64"),
        (rfc1902.Counter32, "Counter32"),
        (rfc1902.Gauge32, "Gauge32"),
        (rfc1902.Unsigned32, "Gauge32"),
        (rfc1902.TimeTicks, "Timeticks"),
        (rfc1902.IpAddress, "IpAddress"),
        (rfc1902.Opaque, "Opaque"),
        (rfc1902.Integer32, "INTEGER"),
        (rfc1902.ObjectIdentifier, "OBJECT IDENTIFIER"),
    ]
    for cls, name in table:
        if tag_set == cls.tagSet:
            base = name
            break
    else:
        if tag_set == rfc1902.OctetString.tagSet:
            base = "BITS" if isinstance(syntax, rfc1902.Bits) else "OCTET STRING"
    props: dict[str, Any] = {"b": base, "t": type(syntax).__name__}
    named = getattr(syntax, "namedValues", None)
    if named:
        props["e"] = sorted([int(v), str(k)] for k, v in named.items())
    ranges = _ranges(getattr(syntax, "subtypeSpec", None))
    if ranges:
        props["r"] = ranges
    hint = str(getattr(syntax, "displayHint", "") or "")
    if hint:
        props["h"] = hint
    return props


def _ranges(spec: Any) -> list[list[int]]:
    """The most refined size (or else value) ranges of a pysnmp constraint."""
    from pyasn1.type import constraint

    sizes: list[list[int]] = []
    values: list[list[int]] = []

    def bounds(item: Any) -> tuple[int, int] | None:
        try:
            low, high = item._values[:2]
            return int(low), int(high)
        except Exception:
            return None

    for item in getattr(spec, "_values", ()) or ():
        if isinstance(item, constraint.ValueSizeConstraint):
            found = bounds(item)
            sizes = [list(found)] if found else sizes
        elif isinstance(item, constraint.ValueRangeConstraint):
            found = bounds(item)
            values = [list(found)] if found else values
        elif isinstance(item, constraint.ConstraintsUnion):
            parts = [bounds(p) for p in getattr(item, "_values", ())]
            kinds = {type(p) for p in getattr(item, "_values", ())}
            found_parts = [list(p) for p in parts if p is not None]
            if kinds == {constraint.ValueSizeConstraint}:
                sizes = found_parts
            elif kinds == {constraint.ValueRangeConstraint}:
                values = found_parts
    # pysnmp's base classes carry the widest ranges (0..65535, -2^31..2^31-1); those say
    # nothing about the object
    if sizes == [[0, 65535]]:
        sizes = []
    if values in ([[-2147483648, 2147483647]], [[0, 4294967295]], [[0, 18446744073709551615]]):
        values = []
    return sizes or values


def folder_of(path: str) -> str:
    return os.path.dirname(path)
