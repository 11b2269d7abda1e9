"""Loading a set of MIB modules: scan the folders, compile what is new, order the modules as
net-snmp loads them, and open (or build once) the set's index.

:class:`MibConfig` says where modules come from and which to load (net-snmp's ``-M`` and
``-m``); :func:`load_mibs` returns the :class:`~snmpscope.core.mib.mib_view.MibView` and
the :class:`~snmpscope.core.mib.mib_report.MibLoadReport`. A start whose folders and
selection are unchanged costs a scan (one ``stat`` per file) and opening the view; neither
pysmi nor pysnmp is imported then.

Load order (net-snmp's, snmplib/parse.c): the selection in order, ``ALL`` being every module
of the folders in the reverse of the order first found; each module after everything it
imports, in the order of its FROM clauses (an import no folder has is replaced as net-snmp
replaces it: RFC1213-MIB by SNMPv2-MIB, IF-MIB, IP-MIB ... by the symbols imported). The
module loaded first names an OID that several define.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from snmpscope.core.mib.mib_cache import MibCache, text_hash
from snmpscope.core.mib.mib_path import BUILTIN, DirScan, builtin_dirs, scan_dirs
from snmpscope.core.mib.mib_report import LoadedModule, MibLoadReport, MibProblem
from snmpscope.core.mib.mib_view import MibView, build_view

__all__ = ["ALL", "MibConfig", "load_mibs"]

ALL = "ALL"
_TEXT_KEYS = frozenset({"d", "ref", "rev", "org", "contact", "lu", "obj", "dv"})
# Bump when the load order or the view's content changes for the same inputs.
LOADER_VERSION = 3

# net-snmp's module_map (parse.c): replacements for an import that no folder has.
_MODULE_MAP: tuple[tuple[str, str, str | None, int], ...] = (
    ("RFC1065-SMI", "RFC1155-SMI", None, 0),
    ("RFC1066-MIB", "RFC1156-MIB", None, 0),
    ("RFC1156-MIB", "RFC1158-MIB", None, 0),
    ("RFC1158-MIB", "RFC1213-MIB", None, 0),
    ("RFC1155-SMI", "SNMPv2-SMI", None, 0),
    ("RFC1213-MIB", "SNMPv2-SMI", "mib-2", 0),
    ("RFC1213-MIB", "SNMPv2-MIB", "sys", 3),
    ("RFC1213-MIB", "IF-MIB", "if", 2),
    ("RFC1213-MIB", "IP-MIB", "ip", 2),
    ("RFC1213-MIB", "IP-MIB", "icmp", 4),
    ("RFC1213-MIB", "TCP-MIB", "tcp", 3),
    ("RFC1213-MIB", "UDP-MIB", "udp", 3),
    ("RFC1213-MIB", "SNMPv2-SMI", "transmission", 0),
    ("RFC1213-MIB", "SNMPv2-MIB", "snmp", 4),
    ("RFC1231-MIB", "TOKENRING-MIB", None, 0),
    ("RFC1271-MIB", "RMON-MIB", None, 0),
    ("RFC1286-MIB", "SOURCE-ROUTING-MIB", "dot1dSr", 7),
    ("RFC1286-MIB", "BRIDGE-MIB", None, 0),
    ("RFC1315-MIB", "FRAME-RELAY-DTE-MIB", None, 0),
    ("RFC1316-MIB", "CHARACTER-MIB", None, 0),
    ("RFC1406-MIB", "DS1-MIB", None, 0),
    ("RFC-1213", "RFC1213-MIB", None, 0),
)


# net-snmp's keywords (parse.c ``tokens[]``): an import of keywords only is "handled
# internally", and the module it names is not read for it.
_NETSNMP_KEYWORDS = frozenset(
    [
        "obsolete",
        "Opaque",
        "optional",
        "LAST-UPDATED",
        "ORGANIZATION",
        "CONTACT-INFO",
        "MODULE-IDENTITY",
        "MODULE-COMPLIANCE",
        "DEFINITIONS",
        "END",
        "AUGMENTS",
        "not-accessible",
        "write-only",
        "NsapAddress",
        "UNITS",
        "REFERENCE",
        "NUM-ENTRIES",
        "BITSTRING",
        "BIT",
        "BITS",
        "Counter64",
        "TimeTicks",
        "NOTIFICATION-TYPE",
        "OBJECT-GROUP",
        "OBJECT-IDENTITY",
        "IDENTIFIER",
        "OBJECT",
        "NetworkAddress",
        "Gauge",
        "Gauge32",
        "Unsigned32",
        "read-write",
        "read-create",
        "OCTETSTRING",
        "OCTET",
        "OF",
        "SEQUENCE",
        "NULL",
        "IpAddress",
        "UInteger32",
        "INTEGER",
        "Integer32",
        "Counter",
        "Counter32",
        "read-only",
        "DESCRIPTION",
        "INDEX",
        "DEFVAL",
        "deprecated",
        "SIZE",
        "MAX-ACCESS",
        "ACCESS",
        "mandatory",
        "current",
        "STATUS",
        "SYNTAX",
        "OBJECT-TYPE",
        "TRAP-TYPE",
        "ENTERPRISE",
        "BEGIN",
        "IMPORTS",
        "EXPORTS",
        "accessible-for-notify",
        "TEXTUAL-CONVENTION",
        "NOTIFICATION-GROUP",
        "DISPLAY-HINT",
        "FROM",
        "AGENT-CAPABILITIES",
        "MACRO",
        "IMPLIED",
        "SUPPORTS",
        "INCLUDES",
        "VARIATION",
        "REVISION",
        "not-implemented",
        "OBJECTS",
        "NOTIFICATIONS",
        "MODULE",
        "MIN-ACCESS",
        "PRODUCT-RELEASE",
        "WRITE-SYNTAX",
        "CREATION-REQUIRES",
        "MANDATORY-GROUPS",
        "GROUP",
        "CHOICE",
        "IMPLICIT",
        "ObjectSyntax",
        "SimpleSyntax",
        "ApplicationSyntax",
        "ObjectName",
        "NotificationName",
        "VARIABLES",
    ]
)


@dataclass(frozen=True)
class MibConfig:
    """Where modules come from (``dirs``, :data:`~snmpscope.core.mib.mib_path.BUILTIN`
    standing for snmpscope's own) and which to load (``modules``: names, ``ALL``, or paths
    of files). ``cache_dir`` None: the default cache folder."""

    dirs: tuple[str, ...]
    modules: tuple[str, ...]
    cache_dir: str | None = None
    #: URL template of an online MIB source (``@mib@`` for the name): off when None
    online: str | None = None

    def with_modules(self, more: Sequence[str]) -> MibConfig:
        return replace(self, modules=tuple(dict.fromkeys((*self.modules, *more))))


ProgressFn = Callable[[int, int, str], None]


@dataclass
class _Run:
    scan: DirScan
    cache: MibCache
    progress: ProgressFn | None
    cancel: Callable[[], bool]
    order: list[str] = field(default_factory=list)
    state: dict[str, str] = field(default_factory=dict)  # module -> visiting/ok/failed/missing
    keys: dict[str, str] = field(default_factory=dict)
    failed: dict[str, list[MibProblem]] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    notes: list[MibProblem] = field(default_factory=list)
    compiled: int = 0
    pysmi: Any = None
    pysnmp: Any = None
    pysnmp_types: dict[str, dict[str, Any]] = field(default_factory=dict)


def _view_key(config: MibConfig, scan: DirScan, extras: Sequence[str]) -> str:
    from snmpscope.core.mib.mib_cache import FORMAT

    parts = [
        f"format={FORMAT}.{LOADER_VERSION}",
        *(f"m={m}" for m in config.modules),
        *(f"x={m}" for m in extras),
    ]
    for module in sorted(scan.candidates):
        for entry in scan.candidates[module]:
            parts.append(f"{module}|{entry.path}|{entry.sha1}|{scan.kinds.get(entry.path)}")
    return text_hash("\n".join(parts).encode())[:24]


def load_mibs(
    config: MibConfig,
    cache: MibCache,
    extras: Sequence[str] = (),
    progress: ProgressFn | None = None,
    cancel: Callable[[], bool] | None = None,
    _fetched: bool = False,
) -> tuple[MibView, MibLoadReport]:
    """Load ``config``'s modules (plus ``extras``, loaded after them); see the module
    docstring. Raises :class:`~snmpscope.core.mib.smi_compiler.CompileCancelled` when
    ``cancel()`` turns true; everything compiled so far stays cached."""
    explicit = [m for m in config.modules if ("/" in m or os.sep in m) and not os.path.isdir(m)]
    downloaded = cache.directory / "downloaded"
    dirs = (*config.dirs, str(downloaded)) if config.online else config.dirs
    scan = scan_dirs(dirs, cache, explicit)
    key = _view_key(config, scan, extras)
    path = cache.view_path(key)
    if MibView.valid(path, key):
        view = MibView(path)
        report = _stored_report(view)
        if report is not None:
            _touch(path)
            return view, report
        view.close()
    run = _Run(scan, cache, progress, cancel or (lambda: False))
    for entry in _expand(config.modules, scan, explicit, run):
        _visit(run, entry, ())
    for entry in extras:
        _visit(run, entry, ())
    if config.online and not _fetched:
        from snmpscope.core.mib.mib_online import fetch_modules

        wanted = [
            *run.missing,
            *(m for m, state in run.state.items() if state == "missing" and m not in run.missing),
        ]
        fetched, problems = fetch_modules(wanted, config.online, downloaded)
        if fetched:
            view, report = load_mibs(config, cache, extras, progress, cancel, _fetched=True)
            return view, replace_report(report, problems)
        run.notes.extend(problems)
    run.pysmi = run.pysnmp = None  # their parse trees and symbol tables are not needed now
    modules = []
    for name in run.order:
        winner = scan.winner(name)
        assert winner is not None
        record = cache.record(run.keys[name])
        if record is None:
            continue
        for node in record["nodes"]:  # the view needs no texts: they stay in the cache
            node[3] = {k: v for k, v in node[3].items() if k not in _TEXT_KEYS}
        record["types"] = {}
        modules.append(
            (name, winner.path, scan.kinds.get(winner.path, "text"), run.keys[name], record)
        )
    report = _report(config, run, modules, cache)
    stored = report.to_json()
    stored["compiled"] = 0
    build_view(path, modules, key, {"report": json.dumps(stored)})
    cache.prune_views(key)
    return MibView(path), report


def replace_report(report: MibLoadReport, problems: Sequence[MibProblem]) -> MibLoadReport:
    from dataclasses import replace as replaced

    return replaced(report, problems=(*report.problems, *problems)) if problems else report


def _touch(path: os.PathLike[str] | str) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)


def _expand(modules: Sequence[str], scan: DirScan, explicit: Sequence[str], run: _Run) -> list[str]:
    out: list[str] = []
    for entry in modules:
        if entry.upper() == ALL:
            out.extend(reversed(scan.first_seen))
        elif ("/" in entry or os.sep in entry) and os.path.isdir(entry):
            # a folder: every module found in it (the window's "Add MIB folder")
            folder = os.path.abspath(entry)
            out.extend(
                m
                for m in reversed(scan.first_seen)
                if any(
                    os.path.abspath(os.path.dirname(c.path)) == folder for c in scan.candidates[m]
                )
            )
        elif entry in explicit:
            module = next(
                (
                    m
                    for m, cands in scan.candidates.items()
                    for c in cands
                    if c.path == os.path.abspath(entry)
                ),
                None,
            )
            if module is None:
                reason = next(
                    (
                        p.message
                        for p in [*scan.ignored, *scan.problems]
                        if p.path == os.path.abspath(entry)
                    ),
                    "not found",
                )
                run.notes.append(MibProblem("not-a-mib", f"{entry}: {reason}", None, entry))
                continue
            out.append(module)
        else:
            out.append(entry)
    return out


def _replacements(module: str, symbols: Sequence[str]) -> list[str]:
    found: list[str] = []
    for old, new, tag, tag_len in _MODULE_MAP:
        if old != module:
            continue
        if tag is None or any(
            (s == tag if tag_len == 0 else s.startswith(tag[:tag_len])) for s in symbols
        ):
            found.append(new)
    return list(dict.fromkeys(found))


def _visit(run: _Run, module: str, stack: tuple[str, ...]) -> bool:
    """Load ``module`` after its imports; True when it is (or was) loaded."""
    known = run.state.get(module)
    if known is not None:
        return known in ("ok", "visiting")
    winner = run.scan.winner(module)
    if winner is None:
        run.state[module] = "missing"
        return False
    run.state[module] = "visiting"
    kind = run.scan.kinds.get(winner.path, "text")
    if kind == "pysnmp":
        ok, problems = _pysnmp(run).ensure(module, winner)
        key = _pysnmp(run).key(winner)
        imports: dict[str, list[str]] = {}
        supports: tuple[str, ...] = ()
    else:
        compiler = _pysmi(run)
        states = compiler.ensure([module])
        run.compiled = compiler.compiled
        state = states[module]
        ok, problems, key = state.ok, list(state.problems), state.key or ""
        imports = state.info.imports if state.info is not None else {}
        supports = state.info.supports if state.info is not None else ()
    for imported, symbols in imports.items():
        if imported == module or all(s in _NETSNMP_KEYWORDS for s in symbols):
            continue
        if run.scan.winner(imported) is None:
            run.missing.setdefault(imported, [])
            if module not in run.missing[imported]:
                run.missing[imported].append(module)
            for replacement in _replacements(imported, symbols):
                _visit(run, replacement, (*stack, module))
            continue
        _visit(run, imported, (*stack, module))
    for supported in supports:  # AGENT-CAPABILITIES ... SUPPORTS loads the module too
        if supported != module and run.scan.winner(supported) is not None:
            _visit(run, supported, (*stack, module))
    if ok:
        run.state[module] = "ok"
        run.keys[module] = key
        run.order.append(module)
        for problem in problems:
            if problem.kind in ("missing-import", "self-import", "failed-import"):
                run.notes.append(problem)
        return True
    run.state[module] = "failed"
    run.failed[module] = problems or [MibProblem("semantic", f"{module} failed to load", module)]
    return False


def _pysmi(run: _Run) -> Any:
    if run.pysmi is None:
        from snmpscope.core.mib.smi_compiler import PysmiCompiler

        run.pysmi = PysmiCompiler(run.cache, run.scan, run.progress, run.cancel)
        run.pysmi.fallback = lambda module, name: _pysnmp_type(run, module, name)
    return run.pysmi


def _pysnmp_type(run: _Run, module: str, name: str) -> dict[str, Any] | None:
    """A type from a pysnmp-compiled module (when only that has the module)."""
    if module not in run.pysnmp_types:
        compiled = [
            c for c in reversed(run.scan.candidates.get(module, ()))
            if run.scan.kinds.get(c.path) == "pysnmp"
        ]  # fmt: skip
        record = None
        if compiled:
            ok, _problems = _pysnmp(run).ensure(module, compiled[0])
            record = run.cache.record(_pysnmp(run).key(compiled[0])) if ok else None
        run.pysnmp_types[module] = dict(record["types"]) if record else {}
    found: dict[str, Any] | None = run.pysnmp_types[module].get(name)
    return found


def _pysnmp(run: _Run) -> Any:
    if run.pysnmp is None:
        from snmpscope.core.mib.pysnmp_modules import PysnmpExtractor

        folders = [d for d, kind in builtin_dirs() if kind == "pysnmp"]
        for directory in run.scan.dirs:
            if directory != BUILTIN and any(
                p.startswith(directory.rstrip("/") + "/") and k == "pysnmp"
                for p, k in run.scan.kinds.items()
            ):
                folders.append(directory)
        run.pysnmp = PysnmpExtractor(run.cache, folders)
    return run.pysnmp


def _duplicates(run: _Run, loaded: set[str]) -> list[MibProblem]:
    builtin = {d for d, _k in builtin_dirs()}
    out = []
    for module, entries in run.scan.candidates.items():
        if module not in loaded or len(entries) < 2:
            continue
        user = [e for e in entries if os.path.dirname(e.path) not in builtin]
        if len({e.sha1 for e in user}) < 2:
            continue
        used = entries[-1]
        others = ", ".join(e.path for e in user if e is not used)
        out.append(
            MibProblem(
                "duplicate",
                f"{module} is defined by {others} and {used.path} with different contents; "
                f"{used.path} is used (as in net-snmp, the file found last in the MIB folders "
                "wins: later folders override earlier ones, and in one folder the last in name "
                "order)",
                module,
                used.path,
            )
        )
    return out


def _report(
    config: MibConfig,
    run: _Run,
    modules: Sequence[tuple[str, str, str, str, dict[str, Any]]],
    cache: MibCache,
) -> MibLoadReport:
    loaded = tuple(
        LoadedModule(name, path, origin, i)
        for i, (name, path, origin, _k, _r) in enumerate(modules, 1)
    )
    names = {m.name for m in loaded}
    problems: list[MibProblem] = []
    if cache.warning:
        problems.append(MibProblem("cache", cache.warning))
    problems.extend(
        MibProblem("folder", f"{p.path}: {p.message}", None, p.path) for p in run.scan.problems
    )
    problems.extend(
        MibProblem("not-a-mib", f"{p.path}: {p.message}", None, p.path) for p in run.scan.ignored
    )
    problems.extend(_duplicates(run, names))
    seen = set()
    for note in run.notes:
        if note not in seen:
            seen.add(note)
            problems.append(note)
    missing = {name: tuple(askers) for name, askers in run.missing.items() if name not in names}
    for name, state in run.state.items():
        if state == "missing" and name not in missing:
            missing[name] = ()
    return MibLoadReport(
        loaded=loaded,
        failed={k: tuple(v) for k, v in run.failed.items()},
        missing=missing,
        problems=tuple(problems),
        dirs=tuple(config.dirs),
        cache_dir=str(cache.directory),
        compiled=run.compiled,
    )


def _stored_report(view: MibView) -> MibLoadReport | None:
    import sqlite3

    try:
        db = sqlite3.connect(f"file:{view.path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='report'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return MibLoadReport.from_json(json.loads(row[0])) if row is not None else None
