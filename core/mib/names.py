"""MIB name resolution: OIDs to ``MODULE::name.index`` and back, node metadata, completion.

:class:`MibNames` answers from the index of one set of loaded modules
(:mod:`~snmpscope.core.mib.mib_view`), built from MIB texts compiled by pysmi and from the
pysnmp-compiled modules snmpscope ships (:mod:`~snmpscope.core.mib.mib_loader`); no pysnmp
or pysmi object ever leaves the ``core.mib`` package. The API takes and returns
:data:`Oid` tuples, :class:`NodeInfo` and ``str``.

Names are printed as net-snmp 5.9 prints them with the same modules loaded:

* ``MODULE::label`` of the longest known prefix, the module being the one loaded first of
  those defining the OID (``IF-MIB::ifInOctets.3``); an OID that only a root names prints
  without a module (``iso.0.8802.1.1.2``), one with no known prefix as ``.3.1.4``;
* the instance suffix decoded per the row's INDEX clause (:mod:`instance_index`):
  ``IP-MIB::ipAddressIfIndex.ipv4."10.0.0.1"``, ``SNMP-VIEW-BASED-ACM-MIB::vacmGroupName.2.
  "public"``, ``BRIDGE-MIB::dot1dTpFdbPort.'..~.@.'`` (a fixed-length string), numbers for
  everything else.

Modules loaded by default (``DEFAULT_MODULES``, on first use, never at import time) are the
framework modules pysnmp ships, the MIB-2 family the embedded demo agent serves and the
IETF modules an administrator meets first (ENTITY-MIB, BRIDGE-MIB, EtherLike-MIB ...), from
the folders of :func:`~snmpscope.core.mib.mib_path.mib_dirs`. Any other module loads on
demand: :meth:`MibNames.load_module`, or a name qualified with its module
(``"NET-SNMP-MIB::netSnmpAgentOIDs"``). Unqualified names and OID-to-name lookups only see
loaded modules, as in net-snmp.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from snmpscope.core.constants import MINOBJIDSIZE, ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.instance_index import (
    IndexError_,
    decode_index,
    encode_index,
    split_components,
)
from snmpscope.core.mib.mib_browse import MibBrowser
from snmpscope.core.mib.mib_loader import MibConfig, load_mibs
from snmpscope.core.mib.mib_path import header_module, mib_dirs
from snmpscope.core.mib.mib_report import MibLoadReport
from snmpscope.core.mib.mib_table import TableShape, table_shape
from snmpscope.core.mib.mib_view import ROOTS, MibView, ViewNode
from snmpscope.core.mib.nodes import LEGACY_MODULES, NodeInfo, node_info_from
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
    # from pysnmp-mibs: what the demo agent serves
    "IANAifType-MIB",
    "IF-MIB",
    "IP-MIB",
    "IP-FORWARD-MIB",
    "TCP-MIB",
    "UDP-MIB",
    "HOST-RESOURCES-MIB",
    "HOST-RESOURCES-TYPES",
    # from pysnmp-mibs: what a switch or router shows first
    "ENTITY-MIB",
    "EtherLike-MIB",
    "BRIDGE-MIB",
    "P-BRIDGE-MIB",
    "Q-BRIDGE-MIB",
    "RMON-MIB",
    "IPV6-MIB",
    "POWER-ETHERNET-MIB",
    # last, so that the SMIv2 modules above name what it also defines (loaded first wins)
    "RFC1213-MIB",
)

_ROOT_OIDS = dict(ROOTS)


class MibNames:
    """Thread-safe name <-> OID resolver over one set of loaded MIB modules.

    Construction is cheap; the modules load on the first call that needs them (a scan and
    opening the cached index; the first time also compiling), so create it anywhere and
    call :meth:`ensure_loaded` in a worker to pre-warm. ``dirs`` are the MIB folders
    (default: :func:`~snmpscope.core.mib.mib_path.mib_dirs`, i.e. snmpscope's own modules,
    ``MIBDIRS`` or net-snmp's default folders), ``cache_dir`` the compile cache (default:
    ``$SNMPSCOPE_MIB_CACHE`` or the user's cache folder), ``online`` an online MIB source
    (a URL template, see :mod:`~snmpscope.core.mib.mib_online`; None, the default: never
    fetch). Use :meth:`default` for the process-wide instance.
    """

    _default: ClassVar[MibNames | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        modules: Iterable[str] = DEFAULT_MODULES,
        dirs: Sequence[str] | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        online: str | None = None,
    ) -> None:
        self._config = MibConfig(
            dirs=tuple(dirs) if dirs is not None else tuple(mib_dirs(None)),
            modules=tuple(modules),
            cache_dir=os.fspath(cache_dir) if cache_dir is not None else None,
            online=online,
        )
        # One lock for everything: the view's connection and the caches.
        self._lock = threading.RLock()
        # One load at a time; a load holds it for as long as a pack compiles, the lookup
        # lock only for the swap (see _load).
        self._load_lock = threading.RLock()
        self._extras: list[str] = []
        self._cache: Any = None
        self._view: MibView | None = None
        self._report: MibLoadReport | None = None
        self._by_oid: dict[Oid, ViewNode] = {}
        self._info: dict[Oid, NodeInfo] = {}
        self._records: dict[str, dict[str, Any]] = {}
        self._completion: tuple[list[str], list[str]] | None = None
        self._browser: MibBrowser | None = None
        self._browser_view: MibView | None = None
        #: Called while MIB files compile in a load nobody passed a callback to (the CLI's
        #: progress line), and with the report after every load.
        self.progress: Callable[[int, int, str], None] | None = None
        self.on_loaded: Callable[[MibLoadReport], None] | None = None

    @classmethod
    def default(cls) -> MibNames:
        """The process-wide instance (created on first call, modules loaded lazily)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    # --- configuration and loading ----------------------------------------------------------

    @property
    def config(self) -> MibConfig:
        """Where the modules come from and which are loaded (see :class:`MibConfig`)."""
        return self._config

    def ensure_loaded(
        self,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> MibLoadReport:
        """Load the configured modules now (idempotent); returns the load report.
        ``progress(done, total, module)`` is called while MIB files compile; ``cancel()``
        returning True stops a compile (``CompileCancelled``; the modules loaded before
        stay usable, what was compiled stays cached)."""
        if self._view is None:
            self._load(progress, cancel, only_if_unloaded=True)
        report = self._report
        assert report is not None
        return report

    def report(self) -> MibLoadReport:
        """What the last load did (loading first if needed)."""
        return self.ensure_loaded()

    def reconfigure(
        self,
        dirs: Sequence[str] | None = None,
        modules: Sequence[str] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        online: str | object | None = ...,
    ) -> MibLoadReport:
        """Change the MIB folders, the modules and/or the online source (``...``: keep it)
        and load again. On failure or cancellation the previous set stays loaded."""
        with self._lock:
            config = replace(
                self._config,
                dirs=tuple(dirs) if dirs is not None else self._config.dirs,
                modules=tuple(modules) if modules is not None else self._config.modules,
                online=self._config.online if online is ... else online,  # type: ignore[arg-type]
            )
        return self._load(progress, cancel, config=config, extras=())

    def _get_cache(self) -> Any:
        with self._load_lock:
            if self._cache is None:
                from snmpscope.core.mib.mib_cache import MibCache

                self._cache = MibCache(self._config.cache_dir)
            return self._cache

    def _load(
        self,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        config: MibConfig | None = None,
        extras: Sequence[str] | None = None,
        only_if_unloaded: bool = False,
        accept: Callable[[MibView], bool] | None = None,
    ) -> MibLoadReport:
        """Load a set and put it in use. The work (scanning, compiling, building the view)
        runs outside the lookup lock, so names keep answering from the set in use while a
        pack compiles; only the swap takes the lock. ``accept`` may refuse the new set (it
        is then not put in use; its report is returned all the same)."""
        with self._load_lock:
            if only_if_unloaded and self._view is not None:
                assert self._report is not None
                return self._report
            config = self._config if config is None else config
            extras = list(self._extras if extras is None else extras)
            view, report = load_mibs(
                config, self._get_cache(), extras, progress or self.progress, cancel
            )
            if accept is not None and self._view is not None and not accept(view):
                return report
            with self._lock:
                # the old view is not closed: a browser built on it may still read it
                self._config, self._extras = config, extras
                self._view, self._report = view, report
                self._by_oid.clear()
                self._info.clear()
                self._completion = None
                self._browser = self._browser_view = None
        if self.on_loaded is not None:
            self.on_loaded(report)
        return report

    def _loaded_view(self) -> MibView:
        """The view in use (loading the set first if there is none yet: call this before
        taking the lookup lock, never while a pack compiles on another thread)."""
        view = self._view
        if view is None:
            self._load(only_if_unloaded=True)
            view = self._view
        assert view is not None
        return view

    def load_module(self, name: str) -> None:
        """Load one more MIB module (and what it imports) by module name.

        Raises ``SnmpApiError(OID_INVALID)`` when no folder has the module or it fails to
        load (the message says why); the set in use stays as it was then.
        """
        if name in self._loaded_view().module_ids:
            return
        report = self._load(
            extras=[*self._extras, name], accept=lambda view: name in view.module_ids
        )
        if name in self._loaded_view().module_ids:
            return
        failed = report.failed.get(name)
        if failed:
            reason = failed[0].message
            raise SnmpApiError(
                ApiError.OID_INVALID, f"MIB module {name!r} failed to load: {reason}"
            )
        raise SnmpApiError(ApiError.OID_INVALID, f"unknown MIB module {name!r}")

    def add_mib_dir(self, path: str | os.PathLike[str]) -> list[str]:
        """Add a MIB folder (MIB texts with or without extensions, or pysnmp-compiled
        ``MODULE.py`` files) after the others, as ``-M +DIR`` does. Nothing is loaded yet;
        its modules load on demand by name (or with :meth:`reconfigure`). Returns the
        module names the folder offers."""
        directory = os.fspath(path)
        if not os.path.isdir(directory):
            raise SnmpApiError(ApiError.OTHER_ERROR, f"MIB directory {directory!r} does not exist")
        with self._lock:
            config = self._config
            if directory in config.dirs:
                return _folder_modules(directory)
            config = replace(config, dirs=(*config.dirs, directory))
            if self._view is None:
                self._config = config
                return _folder_modules(directory)
        self._load(config=config)
        return _folder_modules(directory)

    @property
    def ready(self) -> bool:
        """Whether a module set is loaded (lookups then never compile or load first)."""
        return self._view is not None

    def loaded_modules(self) -> list[str]:
        """Names of the MIB modules loaded so far (loading the defaults if needed)."""
        return sorted(self._loaded_view().module_ids)

    # --- lookups ---------------------------------------------------------------------------

    def _node_for(self, oid: Sequence[int]) -> ViewNode | None:
        """The node naming the longest known prefix of ``oid`` (cached per node)."""
        key = tuple(oid)
        for length in range(len(key), 0, -1):
            hit = self._by_oid.get(key[:length])
            if hit is not None:
                if not hit.kids or length == len(key):
                    return hit
                break
        node = self._loaded_view().longest_prefix(key)
        if node is not None:
            if len(self._by_oid) > 100_000:
                self._by_oid.clear()
            self._by_oid[node.oid] = node
        return node

    # --- OID -> name -----------------------------------------------------------------------

    def oid_to_name(self, oid: Oid, numeric_index: bool = False) -> str:
        """``MODULE::name.index`` for ``oid`` as net-snmp prints it (module docstring);
        ``numeric_index`` prints the instance part as numbers (net-snmp's ``-Ob``)."""
        self._loaded_view()
        with self._lock:
            node = self._node_for(oid)
            if node is None:
                return f".{oid_to_str(oid)}"
            suffix = tuple(oid[len(node.oid) :])
            pieces: list[str] = []
            if suffix:
                parts = (
                    self._loaded_view().index_parts(node.owner)
                    if node.owner and not numeric_index
                    else ()
                )
                if parts:
                    if node.kids:
                        pieces.append(str(suffix[0]))
                        suffix = suffix[1:]
                    pieces.extend(decode_index(parts, suffix))
                else:
                    pieces.extend(str(arc) for arc in suffix)
        text = ".".join([node.name, *pieces])
        return f"{node.module}::{text}" if node.module else text

    # --- name -> OID -----------------------------------------------------------------------

    def name_to_oid(self, text: str, min_length: int = MINOBJIDSIZE) -> Oid:
        """Resolve a name or numeric OID.

        Accepts ``"SNMPv2-MIB::sysDescr.0"``, ``"sysDescr.0"``, ``"IF-MIB::ifDescr.2"``,
        ``"system"``, ``"system.sysDescr.0"``, ``".iso.org.dod.internet.mgmt"``,
        ``"1.3.6.1"``, ``".1.3.6.1"`` and indexes as net-snmp prints them
        (``ipAddressIfIndex.ipv4."10.0.0.1"``, ``vacmGroupName.2."public"``). A
        module-qualified name loads its module if needed. Raises
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
        from_root = False
        if not sep:
            module, rest = "", unqualified
            from_root = body.startswith(".")
        elif not module or not rest:
            raise SnmpApiError(ApiError.OID_INVALID, f"{text!r} is not MODULE::name")
        try:
            parts = split_components(rest)
        except ValueError as exc:
            raise SnmpApiError(ApiError.OID_INVALID, str(exc)) from None
        if any(not part for part in parts):
            raise SnmpApiError(ApiError.OID_INVALID, f"empty component in {text!r}")
        self._loaded_view()
        if module:
            self._ensure_module(module)
        with self._lock:
            oid = self._walk_names(module, parts, text, from_root)
        try:
            return validate_oid(oid, min_length)
        except SnmpApiError as exc:
            raise SnmpApiError(ApiError.OID_INVALID, f"{text!r}: {exc.detail}") from None

    def _ensure_module(self, module: str) -> None:
        view = self._loaded_view()
        if module not in view.module_ids:
            self.load_module(module)

    def _walk_names(self, module: str, parts: list[str], text: str, from_root: bool) -> Oid:
        view = self._loaded_view()
        first = parts.pop(0)
        oid = self._resolve_symbol(module, first, from_root)
        node = view.node(oid)
        # down the tree by label or number while the node has children
        while parts and node is not None and node.kids:
            part = parts[0]
            if part.isascii() and part.isdigit():
                parts.pop(0)
                oid = (*oid, int(part))
                node = view.node(oid)
                if node is None:
                    break
                continue
            if part[:1] in "\"'":
                break
            child = next((c for c in view.children(oid) if c.name == part), None)
            if child is None:
                raise SnmpApiError(
                    ApiError.OID_INVALID,
                    f"{part!r} in {text!r} is neither a number nor a child of "
                    f"{self.oid_to_name(oid)}",
                )
            parts.pop(0)
            oid, node = child.oid, child
        if parts and node is not None and not node.kids and node.owner is not None:
            index = view.index_parts(node.owner)
            try:
                oid = (*oid, *encode_index(index, parts))
            except IndexError_ as exc:
                raise SnmpApiError(ApiError.OID_INVALID, f"{text!r}: {exc}") from None
        for part in parts:
            if part.isascii() and part.isdigit():
                oid = (*oid, int(part))
            elif part[:1] == '"':
                octets = part[1:-1].encode("utf-8")
                oid = (*oid, len(octets), *octets)
            elif part[:1] == "'":
                oid = (*oid, *part[1:-1].encode("utf-8"))
            else:
                raise SnmpApiError(
                    ApiError.OID_INVALID,
                    f"{part!r} in {text!r} is neither a number nor a child of "
                    f"{self.oid_to_name(oid)}",
                )
        return oid

    def _resolve_symbol(self, module: str, name: str, from_root: bool) -> Oid:
        view = self._loaded_view()
        if from_root or (not module and name in _ROOT_OIDS and not view.definitions(name)):
            if name in _ROOT_OIDS:
                return _ROOT_OIDS[name]
            raise SnmpApiError(
                ApiError.OID_INVALID,
                f"unknown MIB object {name!r} (a name from the root starts with iso, ccitt "
                "or joint-iso-ccitt)",
            )
        found = view.definitions(name, module or None)
        if not found:
            if module:
                raise SnmpApiError(
                    ApiError.OID_INVALID, f"unknown MIB object {name!r} in module {module!r}"
                )
            raise SnmpApiError(
                ApiError.OID_INVALID,
                f"unknown MIB object {name!r} (not in a loaded module; "
                "qualify it as MODULE::name to load its module)",
            )
        return found[0][1]

    # --- metadata --------------------------------------------------------------------------

    def node_info(self, oid: Oid) -> NodeInfo | None:
        """Metadata of the MIB node ``oid`` is (an instance of); None outside known MIBs."""
        return self._info_for(oid, details=True)

    def render_info(self, oid: Oid) -> NodeInfo | None:
        """Like :meth:`node_info` without the texts (DESCRIPTION, REFERENCE): what
        rendering a value needs, cheap for every varbind of a walk."""
        return self._info_for(oid, details=False)

    def _info_for(self, oid: Oid, details: bool) -> NodeInfo | None:
        self._loaded_view()
        with self._lock:
            node = self._node_for(oid)
            if node is None or node.module_id == 0:
                return None
            suffix = tuple(oid[len(node.oid) :])
            cached = self._info.get(node.oid)
            if cached is None or (details and not cached.detailed):
                view = self._loaded_view()
                indexes: tuple[str, ...] = ()
                if node.owner is not None:
                    indexes = tuple(self._qualified(p.name) for p in view.index_parts(node.owner))
                props = self._details(node) if details else {}
                cached = node_info_from(node, indexes, props, details)
                self._info[node.oid] = cached
        return replace(cached, suffix=suffix) if cached.suffix != suffix else cached

    def table_shape(self, oid: Oid) -> TableShape | None:
        """The conceptual table ``oid`` names, is the row or a column of: its row, columns
        and INDEX objects (see :mod:`~snmpscope.core.mib.mib_table`); None for anything
        else."""
        view = self._loaded_view()
        with self._lock:
            shape = table_shape(view, oid, ())
            if shape is None:
                return None
            indexes = tuple(self._qualified(p.name) for p in view.index_parts(shape.entry))
        return replace(shape, indexes=indexes)

    def _qualified(self, label: str) -> str:
        found = self._loaded_view().definitions(label)
        return f"{found[0][0]}::{label}" if found else label

    def _details(self, node: ViewNode) -> dict[str, Any]:
        record = self._module_record(node.module)
        for name, arcs, _kind, props in record["nodes"]:
            if name == node.name and tuple(arcs) == node.oid:
                return dict(props)
        return {}

    # --- browsing ---------------------------------------------------------------------------

    def browser(self) -> MibBrowser:
        """The module tree, full definitions and search of the loaded set (see
        :class:`~snmpscope.core.mib.mib_browse.MibBrowser`; a new one after each load)."""
        self._loaded_view()
        with self._lock:
            view = self._loaded_view()
            if self._browser is None or self._browser_view is not view:
                if self._browser is not None:
                    self._browser.close()
                self._browser = MibBrowser(
                    view,
                    self._module_record,
                    self.node_info,
                    lambda text: self.name_to_oid(text, 1),
                )
                self._browser_view = view
            return self._browser

    def _module_record(self, module: str) -> dict[str, Any]:
        self._loaded_view()
        with self._lock:
            view = self._loaded_view()
            mid = view.module_ids.get(module)
            if mid is None:
                return {"nodes": []}
            rkey = view.modules[mid].rkey
            record = self._records.get(rkey)
            if record is None:
                record = self._get_cache().record(rkey) or {"nodes": []}
                if len(self._records) > 32:
                    self._records.clear()
                self._records[rkey] = record
            return record

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
        view = self._loaded_view()
        if module and module not in view.module_ids:
            try:
                self.load_module(module)
            except SnmpApiError:
                return []
        with self._lock:
            view = self._loaded_view()
            found = view.complete(stem, module or None, limit, fold=False)
            if not found and stem:
                found = view.complete(stem, module or None, limit, fold=True)
        return [f"{m}::{n}" for m, n in found]


def _folder_modules(directory: str) -> list[str]:
    """The module names a folder offers (``.py`` files by name, texts by their header)."""
    names: set[str] = set()
    for entry in sorted(os.listdir(directory)):
        path = os.path.join(directory, entry)
        if not os.path.isfile(path) or entry[:1] in ".#" or entry[-1:] in "#~":
            continue
        if entry.endswith(".py"):
            if not entry.startswith("_"):
                names.add(entry[:-3])
            continue
        try:
            with open(path, "rb") as handle:
                module = header_module(handle.read(65536))
        except OSError:
            continue
        if module:
            names.add(module)
    return sorted(names)
