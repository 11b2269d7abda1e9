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
import threading
import warnings
from collections.abc import Iterable
from typing import Any, ClassVar

from snmpscope.core.constants import MINOBJIDSIZE, ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.nodes import LEGACY_MODULES, MibEntry, MibIndex, NodeInfo
from snmpscope.core.smi.oid import Oid, oid_from_str, oid_to_str, validate_oid

__all__ = ["DEFAULT_MODULES", "LEGACY_MODULES", "MibNames", "NodeInfo"]

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
        self._index = MibIndex()

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
        self._index = MibIndex.build(self._builder, self._load_order)

    # --- OID -> name -----------------------------------------------------------------------

    def oid_to_name(self, oid: Oid) -> str:
        """``MODULE::name.suffix`` for ``oid``; the longest known prefix names it.

        An OID with no known prefix at all comes back in dotted form with a leading dot.
        """
        with self._lock:
            self.ensure_loaded()
            entry = self._index.longest_prefix(oid)
        if entry is None:
            return f".{oid_to_str(oid)}"
        suffix = oid[len(entry.oid) :]
        text = f"{entry.module}::{entry.name}"
        return f"{text}.{oid_to_str(suffix)}" if suffix else text

    # --- name -> OID -----------------------------------------------------------------------

    def name_to_oid(self, text: str, min_length: int = MINOBJIDSIZE) -> Oid:
        """Resolve a name or numeric OID.

        Accepts ``"SNMPv2-MIB::sysDescr.0"``, ``"sysDescr.0"``, ``"IF-MIB::ifDescr.2"``,
        ``"system"``, ``"system.sysDescr.0"``, ``".iso.org.dod.internet"``, ``"1.3.6.1"`` and
        ``".1.3.6.1"``. A module-qualified name loads its module if needed. Raises
        ``SnmpApiError(OID_INVALID)`` naming what is wrong. ``min_length`` is 2 for OIDs
        that go into PDUs; a walk root may be one arc (``.1``, ``iso``: pass 1).
        """
        if not isinstance(text, str):
            raise SnmpApiError(ApiError.OID_INVALID, f"an OID name is text, not {type(text)}")
        body = text.strip()
        if not body:
            raise SnmpApiError(ApiError.OID_INVALID, "empty OID or MIB name")
        unqualified = body.lstrip(".")
        if unqualified[:1].isdigit():
            return oid_from_str(body, min_length)
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
            if module and module not in self._index.by_module:
                self._load((module,))
            oid = self._resolve_symbol(module, parts[0])
            for part in parts[1:]:
                if part.isdigit() and part.isascii():
                    oid = (*oid, int(part))
                    continue
                child = self._index.children.get((oid, part))
                if child is None:
                    where = self.oid_to_name(oid)
                    raise SnmpApiError(
                        ApiError.OID_INVALID,
                        f"{part!r} in {text!r} is neither a number nor a child of {where}",
                    )
                oid = child
        try:
            return validate_oid(oid, min_length)
        except SnmpApiError as exc:
            raise SnmpApiError(ApiError.OID_INVALID, f"{text!r}: {exc.detail}") from None

    def _resolve_symbol(self, module: str, name: str) -> Oid:
        if module:
            entry = self._index.by_module.get(module, {}).get(name)
            if entry is None:
                raise SnmpApiError(
                    ApiError.OID_INVALID, f"unknown MIB object {name!r} in module {module!r}"
                )
            return entry.oid
        entries = self._index.by_name.get(name)
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
            entry = self._index.longest_prefix(oid)
            if entry is None:
                return None
            return self._index.describe(entry, tuple(oid[len(entry.oid) :]))

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
            if module and module not in self._index.by_module:
                try:
                    self._load((module,))
                except SnmpApiError:
                    return []
            if module:
                pool = sorted(self._index.by_module[module].values(), key=lambda e: e.name)
                keys = [e.name for e in pool]
            else:
                pool, keys = self._index.completion_entries, self._index.completion_keys
            start = bisect.bisect_left(keys, stem)
            found: list[MibEntry] = []
            for entry in pool[start:]:
                if not entry.name.startswith(stem) or len(found) >= limit:
                    break
                found.append(entry)
            if not found and stem:
                folded = stem.casefold()
                found = [e for e in pool if e.name.casefold().startswith(folded)][:limit]
        return [f"{e.module}::{e.name}" for e in found]
