"""MIB name resolution: OIDs to ``MODULE::name.suffix`` and back, node metadata, completion.

Built on pysnmp's ``MibBuilder`` (which executes pre-compiled pysnmp MIB modules); the indices
used for lookups are our own, so no pysnmp object ever leaves this module: the API takes and
returns :data:`Oid` tuples, :class:`NodeInfo` and ``str``.

Modules loaded by default (``DEFAULT_MODULES``), on first use, never at import time:

* the framework modules pysnmp ships (SNMPv2-SMI/TC/CONF/MIB/TM, SNMP-FRAMEWORK/MPD/TARGET/
  NOTIFICATION/PROXY/USER-BASED-SM/USM-AES/USM-HMAC-SHA2/VIEW-BASED-ACM/COMMUNITY-MIB,
  INET-ADDRESS-MIB, TRANSPORT-ADDRESS-MIB) and the legacy RFC1213-MIB (for ipRouteTable, at, egp);
* from ``pysnmp-mibs``: the MIB-2 family the embedded demo agent serves: IANAifType-MIB, IF-MIB,
  IP-MIB, IP-FORWARD-MIB, TCP-MIB, UDP-MIB, HOST-RESOURCES-MIB, HOST-RESOURCES-TYPES.

Every other module (the 270-odd others of pysnmp-mibs, or pysnmp-format ``.py`` modules in a
directory added with :meth:`MibNames.add_mib_dir`) loads on demand: explicitly through
:meth:`MibNames.load_module`, or implicitly when a name is qualified with its module
(``"NET-SNMP-MIB::netSnmpAgentOIDs"``). Unqualified names and OID-to-name lookups only see
loaded modules; an OID under an unloaded subtree prints as the longest known prefix plus a
numeric suffix (``SNMPv2-SMI::enterprises.8072.3.2.10``), as net-snmp does.

When several loaded modules define the same OID, the name comes from a non-legacy module
before RFC1213-MIB, then from the module with the newest revision (IF-MIB::ifInOctets rather
than RFC1213-MIB::ifInOctets), the same preference net-snmp shows with current MIBs.
Instance suffixes are always printed numerically (``IF-MIB::ifDescr.2``,
``TCP-MIB::tcpConnState.10.0.0.1.22.10.0.0.9.50123``), so every name round-trips.
"""

from __future__ import annotations

import bisect
import os
import textwrap
import threading
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from snmpscope.core.constants import ApiError, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.oid import Oid, oid_from_str, oid_to_str, validate_oid

DEFAULT_MODULES: tuple[str, ...] = (
    # shipped with pysnmp
    "SNMPv2-SMI",
    "SNMPv2-TC",
    "SNMPv2-CONF",
    "SNMPv2-MIB",
    "SNMPv2-TM",
    "SNMP-FRAMEWORK-MIB",
    "SNMP-MPD-MIB",
    "SNMP-TARGET-MIB",
    "SNMP-NOTIFICATION-MIB",
    "SNMP-PROXY-MIB",
    "SNMP-USER-BASED-SM-MIB",
    "SNMP-USM-AES-MIB",
    "SNMP-USM-HMAC-SHA2-MIB",
    "SNMP-VIEW-BASED-ACM-MIB",
    "SNMP-COMMUNITY-MIB",
    "INET-ADDRESS-MIB",
    "TRANSPORT-ADDRESS-MIB",
    "RFC1213-MIB",
    # from pysnmp-mibs: what the demo agent serves
    "IANAifType-MIB",
    "IF-MIB",
    "IP-MIB",
    "IP-FORWARD-MIB",
    "TCP-MIB",
    "UDP-MIB",
    "HOST-RESOURCES-MIB",
    "HOST-RESOURCES-TYPES",
)

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
class _Entry:
    module: str
    name: str
    oid: Oid
    rank: tuple[int, str, int]  # higher wins: (non-legacy, newest revision, load order)
    node: Any  # the pysnmp MibNode; never leaves this module


class MibNames:
    """Thread-safe name <-> OID resolver over a private pysnmp ``MibBuilder``.

    Construction is cheap; the default modules load on the first call that needs them
    (0.2-0.7 s), so create it anywhere and call :meth:`ensure_loaded` in a worker to pre-warm.
    Use :meth:`default` for the process-wide instance.
    """

    _default: ClassVar[MibNames | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, modules: Iterable[str] = DEFAULT_MODULES) -> None:
        self._modules = tuple(modules)
        # One lock for everything: pysnmp's builder and view keep unguarded shared state.
        self._lock = threading.RLock()
        self._builder: Any = None
        self._user_dirs: list[str] = []
        self._load_order: dict[str, int] = {}
        self._by_oid: dict[Oid, _Entry] = {}
        self._by_name: dict[str, list[_Entry]] = {}
        self._by_module: dict[str, dict[str, _Entry]] = {}
        self._children: dict[tuple[Oid, str], Oid] = {}
        self._completion_keys: list[str] = []
        self._completion_entries: list[_Entry] = []

    @classmethod
    def default(cls) -> MibNames:
        """The process-wide instance (created on first call, modules loaded lazily)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    # --- loading ---------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        """Load the default modules now (idempotent); call from a worker to pre-warm."""
        with self._lock:
            if self._builder is None:
                self._builder = self._make_builder()
                self._load(self._modules)

    def load_module(self, name: str) -> None:
        """Load one more MIB module (and what it imports) by module name.

        Raises ``SnmpApiError(OID_INVALID)`` when no source has the module or it fails to load.
        """
        with self._lock:
            self.ensure_loaded()
            if name not in self._builder.mibSymbols:
                self._load((name,))

    def add_mib_dir(self, path: str | os.PathLike[str]) -> list[str]:
        """Add a directory of pre-compiled pysnmp MIB modules (``IF-MIB.py`` ...).

        Nothing is loaded yet; modules load on demand by name. Built-in modules keep
        precedence, so a stray compiled copy of SNMPv2-SMI in the directory cannot shadow
        pysnmp's. Returns the module names the directory offers.
        """
        from pysnmp.smi import builder

        directory = os.fspath(path)
        if not os.path.isdir(directory):
            raise SnmpApiError(ApiError.OTHER_ERROR, f"MIB directory {directory!r} does not exist")
        with self._lock:
            if directory not in self._user_dirs:
                self._user_dirs.append(directory)
                if self._builder is not None:
                    self._builder.add_mib_sources(builder.DirMibSource(directory))
        return sorted(
            entry[:-3]
            for entry in os.listdir(directory)
            if entry.endswith(".py") and not entry.startswith("_")
        )

    def loaded_modules(self) -> list[str]:
        """Names of the MIB modules loaded so far (loading the defaults if needed)."""
        with self._lock:
            self.ensure_loaded()
            return sorted(m for m in self._builder.mibSymbols if not m.startswith("ASN1"))

    def _make_builder(self) -> Any:
        import pysnmp_mibs
        from pysnmp.smi import builder

        mib_builder = builder.MibBuilder()
        # Descriptions, statuses and revisions are only kept when texts load.
        mib_builder.loadTexts = True
        # Explicit sources: PYSNMP_MIB_DIRS & co. in the environment must not change names.
        mib_builder.set_mib_sources(
            builder.ZipMibSource("pysnmp.smi.mibs"),
            builder.DirMibSource(os.path.dirname(pysnmp_mibs.__file__)),
            *(builder.DirMibSource(d) for d in self._user_dirs),
        )
        return mib_builder

    def _load(self, names: Iterable[str]) -> None:
        from pysnmp.smi import error as smi_error

        for name in names:
            try:
                # pysnmp-mibs modules call deprecated camelCase builder methods; the warnings
                # say nothing the user can act on. (catch_warnings is process-global, but we
                # hold our lock and it only lasts for the load.)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    self._builder.load_modules(name)
            except smi_error.MibNotFoundError:
                self._reindex()
                raise SnmpApiError(ApiError.OID_INVALID, f"unknown MIB module {name!r}") from None
            except smi_error.SmiError as exc:
                self._reindex()
                reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else ""
                raise SnmpApiError(
                    ApiError.OID_INVALID, f"MIB module {name!r} failed to load: {reason}"
                ) from None
        self._reindex()

    def _reindex(self) -> None:
        """Rebuild every lookup table from the builder's symbols (a few ms)."""
        mib_node_cls = self._builder.import_symbols("SNMPv2-SMI", "MibNode")[0]
        symbols: dict[str, dict[str, Any]] = self._builder.mibSymbols
        for module in symbols:
            self._load_order.setdefault(module, len(self._load_order))
        by_oid: dict[Oid, _Entry] = {}
        by_name: dict[str, list[_Entry]] = {}
        by_module: dict[str, dict[str, _Entry]] = {}
        for module, module_symbols in symbols.items():
            rank = (
                0 if module in LEGACY_MODULES else 1,
                _newest_revision(module_symbols.get("PYSNMP_MODULE_ID")),
                self._load_order[module],
            )
            for sym_name, node in module_symbols.items():
                if sym_name == "PYSNMP_MODULE_ID" or sym_name.startswith("__"):
                    continue
                if isinstance(node, type) or not isinstance(node, mib_node_cls):
                    continue
                entry = _Entry(module, sym_name, tuple(node.name), rank, node)
                by_module.setdefault(module, {})[sym_name] = entry
                by_name.setdefault(sym_name, []).append(entry)
                best = by_oid.get(entry.oid)
                if best is None or entry.rank > best.rank:
                    by_oid[entry.oid] = entry
        for entries in by_name.values():
            entries.sort(key=lambda e: (by_oid[e.oid] is e, e.rank), reverse=True)
        self._by_oid, self._by_name, self._by_module = by_oid, by_name, by_module
        self._children = {(oid[:-1], e.name): oid for oid, e in by_oid.items()}
        canonical = sorted(by_oid.values(), key=lambda e: (e.name, e.module))
        self._completion_entries = canonical
        self._completion_keys = [e.name for e in canonical]

    # --- OID -> name -----------------------------------------------------------------------

    def oid_to_name(self, oid: Oid) -> str:
        """``MODULE::name.suffix`` for ``oid``; the longest known prefix names it.

        An OID with no known prefix at all comes back in dotted form with a leading dot.
        """
        with self._lock:
            self.ensure_loaded()
            entry = self._longest_prefix(oid)
        if entry is None:
            return f".{oid_to_str(oid)}"
        suffix = oid[len(entry.oid) :]
        text = f"{entry.module}::{entry.name}"
        return f"{text}.{oid_to_str(suffix)}" if suffix else text

    def _longest_prefix(self, oid: Oid) -> _Entry | None:
        for length in range(len(oid), 0, -1):
            entry = self._by_oid.get(tuple(oid[:length]))
            if entry is not None:
                return entry
        return None

    # --- name -> OID -----------------------------------------------------------------------

    def name_to_oid(self, text: str) -> Oid:
        """Resolve a name or numeric OID.

        Accepts ``"SNMPv2-MIB::sysDescr.0"``, ``"sysDescr.0"``, ``"IF-MIB::ifDescr.2"``,
        ``"system"``, ``"system.sysDescr.0"``, ``".iso.org.dod.internet"``, ``"1.3.6.1"`` and
        ``".1.3.6.1"``. A module-qualified name loads its module if needed. Raises
        ``SnmpApiError(OID_INVALID)`` naming what is wrong.
        """
        if not isinstance(text, str):
            raise SnmpApiError(ApiError.OID_INVALID, f"an OID name is text, not {type(text)}")
        body = text.strip()
        if not body:
            raise SnmpApiError(ApiError.OID_INVALID, "empty OID or MIB name")
        unqualified = body.lstrip(".")
        if unqualified[:1].isdigit():
            return oid_from_str(body)
        module, sep, rest = body.partition("::")
        if not sep:
            module, rest = "", unqualified
        elif not module or not rest:
            raise SnmpApiError(ApiError.OID_INVALID, f"{text!r} is not MODULE::name")
        parts = rest.split(".")
        if any(not part for part in parts):
            raise SnmpApiError(ApiError.OID_INVALID, f"empty component in {text!r}")
        with self._lock:
            self.ensure_loaded()
            if module and module not in self._by_module:
                self._load((module,))
            oid = self._resolve_symbol(module, parts[0])
            for part in parts[1:]:
                if part.isdigit() and part.isascii():
                    oid = (*oid, int(part))
                    continue
                child = self._children.get((oid, part))
                if child is None:
                    where = self.oid_to_name(oid)
                    raise SnmpApiError(
                        ApiError.OID_INVALID,
                        f"{part!r} in {text!r} is neither a number nor a child of {where}",
                    )
                oid = child
        try:
            return validate_oid(oid)
        except SnmpApiError as exc:
            raise SnmpApiError(ApiError.OID_INVALID, f"{text!r}: {exc.detail}") from None

    def _resolve_symbol(self, module: str, name: str) -> Oid:
        if module:
            entry = self._by_module.get(module, {}).get(name)
            if entry is None:
                raise SnmpApiError(
                    ApiError.OID_INVALID, f"unknown MIB object {name!r} in module {module!r}"
                )
            return entry.oid
        entries = self._by_name.get(name)
        if not entries:
            raise SnmpApiError(
                ApiError.OID_INVALID,
                f"unknown MIB object {name!r} (not in a loaded module; "
                "qualify it as MODULE::name to load its module)",
            )
        return entries[0].oid

    # --- metadata --------------------------------------------------------------------------

    def node_info(self, oid: Oid) -> NodeInfo | None:
        """Metadata of the MIB node ``oid`` is (an instance of); None outside known MIBs."""
        with self._lock:
            self.ensure_loaded()
            entry = self._longest_prefix(oid)
            if entry is None:
                return None
            return self._describe(entry, tuple(oid[len(entry.oid) :]))

    def _describe(self, entry: _Entry, suffix: Oid) -> NodeInfo:
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
            row = entry if kind == "row" else self._by_oid.get(entry.oid[:-1])
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

    # --- completion ------------------------------------------------------------------------

    def complete(self, prefix: str, limit: int = 50) -> list[str]:
        """Qualified names (``MODULE::name``) of loaded objects whose name starts with prefix.

        ``"ifIn"`` -> ``["IF-MIB::ifInDiscards", ...]``; ``"IF-MIB::ifIn"`` restricts (and
        loads) the module. Case-sensitive matches come first; when there are none, a
        case-insensitive match is tried. Sorted by name, at most ``limit`` results.
        """
        module, sep, stem = prefix.strip().partition("::")
        if not sep:
            module, stem = "", module
        with self._lock:
            self.ensure_loaded()
            if module and module not in self._by_module:
                try:
                    self._load((module,))
                except SnmpApiError:
                    return []
            if module:
                pool = sorted(self._by_module[module].values(), key=lambda e: e.name)
                keys = [e.name for e in pool]
            else:
                pool, keys = self._completion_entries, self._completion_keys
            start = bisect.bisect_left(keys, stem)
            found: list[_Entry] = []
            for entry in pool[start:]:
                if not entry.name.startswith(stem) or len(found) >= limit:
                    break
                found.append(entry)
            if not found and stem:
                folded = stem.casefold()
                found = [e for e in pool if e.name.casefold().startswith(folded)][:limit]
        return [f"{e.module}::{e.name}" for e in found]


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
