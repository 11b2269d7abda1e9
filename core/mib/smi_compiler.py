"""Compiling MIB texts with pysmi into module records, one module at a time, cached.

pysmi (2.x) does the MIB work: its lark parser reads the text, its symbol-table code
generator resolves names, its intermediate code generator (the document its JSON writer
writes) gives every object's OID, syntax, access, INDEX and texts. This module drives those
three in import order, which pysmi's own ``MibCompiler`` does not do for a big pack without
holding every parsed module in memory at once (500 MB for 1,778 modules), and caches each
step (:mod:`snmpscope.core.mib.mib_cache`): a text is parsed once, a module is compiled again
only when its text or the text of something it imports changes. Nothing here touches the
network.

Every failure becomes a :class:`~snmpscope.core.mib.mib_report.MibProblem` that names the
file, the line and column of a syntax error, or the missing import and who asked for it;
the modules that do not depend on the failing one still compile.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from snmpscope.core.mib.mib_cache import FileEntry, MibCache, ParsedInfo, record_key
from snmpscope.core.mib.mib_path import DirScan
from snmpscope.core.mib.mib_records import record_from_pysmi
from snmpscope.core.mib.mib_report import MibProblem
from snmpscope.core.mib.pysmi_parts import (
    MISSING_SYMBOL,
    filtered,
    hanging_under,
    new_codegen,
    rough_imports,
    short_message,
    supports,
    symtable,
)

__all__ = ["CompileCancelled", "ModuleState", "Progress", "PysmiCompiler", "pysmi_origin"]

Progress = Callable[[int, int, str], None]  # (done, total, module)

# Modules pysmi supplies itself (macros, base types): a failure to parse their text is not
# the user's problem, since pysmi never needs it.
_PYSMI_OWN = frozenset(
    {"ASN1", "ASN1-ENUMERATION", "ASN1-REFINEMENT", "RFC-1212", "RFC-1215", "RFC1065-SMI"}
)


class CompileCancelled(Exception):
    """The user stopped the compile; what was compiled so far stays in the cache."""


def pysmi_origin() -> str:
    try:
        from importlib.metadata import version

        return f"pysmi-{version('pysmi')}"
    except Exception:
        return "pysmi"


@dataclass
class ModuleState:
    """A module's fate in this run: its file, its record key and problems."""

    name: str
    entry: FileEntry | None
    info: ParsedInfo | None = None
    key: str | None = None
    ok: bool = False
    problems: list[MibProblem] = field(default_factory=list)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


class _Symtables(dict[str, Any]):
    """pysmi's symbol-table map, filled on demand from the cache (``in`` and ``[]`` are all
    pysmi uses)."""

    def __init__(self, load: Callable[[str], Any]) -> None:
        super().__init__()
        self._load = load

    def __contains__(self, module: object) -> bool:
        if dict.__contains__(self, module):
            return True
        if not isinstance(module, str):
            return False
        table = self._load(module)
        if table is None:
            return False
        self[module] = table
        return True

    def __missing__(self, module: str) -> Any:
        if module in self:
            return dict.__getitem__(self, module)
        raise KeyError(module)


class PysmiCompiler:
    """Compiles the text modules a scan offers (see the module docstring)."""

    def __init__(
        self,
        cache: MibCache,
        scan: DirScan,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        self.cache = cache
        self.scan = scan
        self.progress = progress
        self.cancel = cancel or (lambda: False)
        self.origin = pysmi_origin()
        self.states: dict[str, ModuleState] = {}
        self.compiled = 0
        self._parser: Any = None
        self._asts: dict[str, Any] = {}
        self._symtabs = _Symtables(self._load_symtab)
        self._done = 0
        self._total = 0
        self._counted: set[str] = set()
        self._parsed: dict[str, ParsedInfo | None] = {}
        self._records: dict[str, dict[str, Any]] = {}
        #: Where a type comes from when no MIB text defines the module (the loader looks in
        #: the pysnmp-compiled modules): ``(module, type) -> props``.
        self.fallback: Callable[[str, str], dict[str, Any] | None] | None = None

    # ---------------------------------------------------------------- sources
    def text_source(self, module: str) -> FileEntry | None:
        """The text file pysmi reads for ``module``: the winning one, or the last text
        candidate when the winner is a pysnmp-compiled module."""
        for entry in reversed(self.scan.candidates.get(module, ())):
            if self.scan.kinds.get(entry.path) == "text":
                return entry
        return None

    def _text(self, entry: FileEntry) -> str:
        with open(entry.path, "rb") as handle:
            return _decode(handle.read())

    # ---------------------------------------------------------------- the walk
    def ensure(self, roots: Iterable[str]) -> dict[str, ModuleState]:
        """Make sure every module in ``roots`` (and everything they import) has a record or
        known problems; returns the states of all modules visited. Raises
        :class:`CompileCancelled` when ``cancel()`` turns true (between modules)."""
        wanted = [r for r in dict.fromkeys(roots) if r not in self.states]
        for root in wanted:
            if root not in self._counted and self._needs_work(root):
                self._counted.add(root)
                self._total += 1
        for root in wanted:
            self._visit(root)
        return self.states

    def parsed(self, sha1: str) -> ParsedInfo | None:
        """The cached parse of a text (memoized for the run)."""
        if sha1 not in self._parsed:
            self._parsed[sha1] = self.cache.parsed(sha1)
        return self._parsed[sha1]

    def _needs_work(self, module: str) -> bool:
        entry = self.text_source(module)
        if entry is None:
            return False
        info = self.parsed(entry.sha1)
        if info is None:
            return True
        if info.problem is not None:
            return False
        key = self._key(module, info)
        return key is None or self.cache.record_status(key) is None

    def _tick(self, module: str) -> None:
        self._done += 1
        if module not in self._counted:
            self._counted.add(module)
            self._total += 1
        if self.progress is not None:
            self.progress(self._done, self._total, module)

    def _visit(self, module: str) -> None:
        if module in self.states:
            return
        if self.cancel():
            raise CompileCancelled
        entry = self.text_source(module)
        state = ModuleState(module, entry)
        self.states[module] = state
        if entry is None:
            return
        info = self.parsed(entry.sha1)
        worked = info is None
        if info is None:
            info = self._parse(module, entry)
        state.info = info
        if info.problem is not None and module in _PYSMI_OWN:
            self._macro_module(state)
        elif info.problem is not None:
            state.problems.append(MibProblem.from_json(info.problem))
            self._asts.pop(module, None)
        else:
            for need in info.needs:
                if need != module:
                    self._visit(need)
            worked = self._finish(state) or worked
        if worked:
            self._tick(module)

    def _macro_module(self, state: ModuleState) -> None:
        """RFC-1212, RFC-1215 & co. define only macros, which pysmi knows itself (and its
        parser refuses their MACRO text): they load as modules without nodes, as in
        net-snmp."""
        assert state.entry is not None
        key = record_key(state.entry.sha1, (), self.origin)
        if self.cache.record_status(key) is None:
            record = {
                "module": state.name,
                "origin": "text",
                "path": state.entry.path,
                "imports": {},
                "revision": "",
                "nodes": [],
                "types": {},
            }
            self.cache.put_record(key, state.name, record, [])
        state.key, state.ok = key, True

    def _closure(self, module: str) -> Iterator[tuple[str, str]]:
        """``(module, sha1)`` of everything ``module`` imports, directly or not."""
        seen = {module}
        todo = [module]
        while todo:
            current = self.states.get(todo.pop())
            if current is None or current.info is None:
                continue
            for need in current.info.needs:
                if need in seen:
                    continue
                seen.add(need)
                state = self.states.get(need)
                sha1 = state.entry.sha1 if state and state.entry else None
                if state is None:
                    source = self.text_source(need)
                    sha1 = source.sha1 if source else None
                yield need, sha1 or "missing"
                todo.append(need)

    def _key(self, module: str, info: ParsedInfo) -> str | None:
        """The record key; None while an import's text is not known yet."""
        entry = self.text_source(module)
        if entry is None:
            return None
        closure: list[tuple[str, str]] = []
        seen = {module}
        todo = [*info.needs, *info.imports]
        while todo:
            need = todo.pop()
            if need in seen:
                continue
            seen.add(need)
            source = self.text_source(need)
            if source is None:
                closure.append((need, "missing"))
                continue
            closure.append((need, source.sha1))
            parsed = self.parsed(source.sha1)
            if parsed is None:
                return None
            todo.extend(parsed.needs)
            todo.extend(parsed.imports)
        return record_key(entry.sha1, closure, self.origin)

    # ---------------------------------------------------------------- parse
    def _get_parser(self) -> Any:
        if self._parser is None:
            from pysmi.parser.dialect import smi_v1_relaxed
            from pysmi.parser.smi import parserFactory

            self._parser = parserFactory(**smi_v1_relaxed)()
        return self._parser

    def _parse(self, module: str, entry: FileEntry) -> ParsedInfo:
        """Parse a text: its AST stays in memory for the compile, its symbol table and
        imports go to the cache (a parse failure is cached too, with its line and column)."""
        from pysmi import error

        try:
            text = self._text(entry)
        except OSError as exc:
            problem = MibProblem(
                "unreadable",
                f"{entry.path}: cannot read the file: {exc.strerror}",
                module,
                entry.path,
            )
            return ParsedInfo(module, {}, (), problem.to_json())
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                asts = self._get_parser().parse(text)
            ast = next((a for a in asts if a[0] == module), asts[0] if asts else None)
            if ast is None:
                raise error.PySmiParserError("no MIB module in the file", lineno="?")
            raw_imports = {str(m): [str(s) for s in syms] for m, syms in (ast[2] or {}).items()}
            known = self.parsed(entry.sha1)
            dropped = set(known.dropped) if known is not None else set()
            mib_info, symtab, dropped = symtable(ast, dropped)
            ast = filtered(ast, dropped)
        except Exception as exc:  # pysmi raises its own errors and, on odd input, others
            problem = self._parse_problem(module, entry.path, text, exc)
            info = ParsedInfo(module, rough_imports(text), (), problem.to_json(), supports(text))
            self.cache.put_parsed(entry.sha1, info)
            self._parsed[entry.sha1] = info
            return info
        needs = tuple(dict.fromkeys(str(m) for m in mib_info.imported if str(m) != str(ast[0])))
        info = ParsedInfo(
            str(ast[0]), raw_imports, needs, None, supports(text), tuple(sorted(dropped))
        )
        self.cache.put_parsed(entry.sha1, info, symtab)
        self._parsed[entry.sha1] = info
        self._asts[module] = ast
        self._symtabs[module] = symtab
        return info

    @staticmethod
    def _parse_problem(module: str, path: str, text: str, exc: Exception) -> MibProblem:
        cause = exc.__cause__
        line = getattr(cause, "line", None)
        column = getattr(cause, "column", None)
        if isinstance(line, int) and line > 0:
            token = getattr(cause, "token", None)
            char = getattr(cause, "char", None)
            near = (
                f" near {str(token)!r}"
                if token is not None
                else (f" near {char!r}" if char else "")
            )
            where = f"line {line}, column {column}" if isinstance(column, int) else f"line {line}"
            return MibProblem(
                "syntax",
                f"{path}: syntax error at {where}{near}",
                module,
                path,
                line,
                column if isinstance(column, int) else None,
            )
        lineno = getattr(exc, "lineno", None)
        message = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
        if isinstance(lineno, int):
            return MibProblem("syntax", f"{path}: {message} (line {lineno})", module, path, lineno)
        kind = "syntax" if type(exc).__name__.startswith("PySmi") else "semantic"
        return MibProblem(kind, f"{path}: {message}", module, path)

    def _load_symtab(self, module: str) -> Any:
        source = self.text_source(module)
        if source is None:
            return None
        table = self.cache.symtab(source.sha1)
        if table is None and self.parsed(source.sha1) is None:
            self._parse(module, source)
            return self._symtabs.get(module)
        return table

    # ---------------------------------------------------------------- compile
    def _finish(self, state: ModuleState) -> bool:
        """Compile ``state``'s module unless its record is cached; record its problems.
        True when it was compiled (or tried) in this run."""
        assert state.info is not None
        assert state.entry is not None
        module = state.name
        missing = [
            need for need in state.info.needs if need != module and self.text_source(need) is None
        ]
        if module in state.info.imports:
            state.problems.append(
                MibProblem(
                    "self-import",
                    f"{module} ({state.entry.path}) imports itself; the import is ignored",
                    module,
                    state.entry.path,
                )
            )
        for need in missing:
            where = (
                " (only a pysnmp-compiled module of that name is available; pysmi needs "
                "its MIB text)"
                if need in self.scan.candidates
                else ", which is in no MIB folder"
            )
            state.problems.append(
                MibProblem(
                    "missing-import",
                    f"{module} imports {need}{where}",
                    need,
                    state.entry.path,
                    wanted_by=(module,),
                )
            )
        for need in state.info.needs:
            failed = self.states.get(need)
            if (
                failed is not None
                and failed.info is not None
                and failed.info.problem
                and need not in _PYSMI_OWN
            ):
                state.problems.append(
                    MibProblem(
                        "failed-import",
                        f"{module} imports {need}, which failed to load",
                        need,
                        state.entry.path,
                        wanted_by=(module,),
                    )
                )
        key = self._key(module, state.info)
        state.key = key
        if key is None:
            return False
        status = self.cache.record_status(key)
        worked = status is None
        if status is None:
            self._compile(state, key)
            status = self.cache.record_status(key)
        self._asts.pop(module, None)
        if status is None:
            return worked
        state.ok, problems = status
        for problem in problems:
            item = MibProblem.from_json(problem)
            if item not in state.problems:
                state.problems.append(item)
        return worked

    def _compile(self, state: ModuleState, key: str) -> None:
        assert state.info is not None
        assert state.entry is not None
        module = state.name
        ast = self._asts.get(module)
        if ast is None:
            self._parse(module, state.entry)
            ast = self._asts.get(module)
        if ast is None:
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if module not in self._symtabs:
                    raise KeyError(module)
                codegen, context, ast = self._generate(state, ast)
            record = record_from_pysmi(
                context,
                state.info.imports,
                state.entry.path,
                self._type_lookup,
                implicit=codegen.implicit_nodes,
                traps=codegen.trap_enterprises,
                order=list(codegen._out),
            )
        except Exception as exc:
            message = short_message(getattr(exc, "msg", None) or str(exc) or type(exc).__name__)
            missing = next(
                (p for p in state.problems if p.kind in ("missing-import", "failed-import")), None
            )
            if missing is not None and "symbolTable" in message:
                self.cache.put_record(key, module, None, [missing.to_json()])
                state.problems.remove(missing)
                return
            problem = MibProblem(
                "semantic", f"{state.entry.path}: {message}", module, state.entry.path
            )
            self.cache.put_record(key, module, None, [problem.to_json()])
            return
        self.compiled += 1
        info = self.parsed(state.entry.sha1)
        if info is not None and info.dropped:
            names = ", ".join(info.dropped[:6]) + (
                f" and {len(info.dropped) - 6} more" if len(info.dropped) > 6 else ""
            )
            state.problems.append(
                MibProblem(
                    "partial",
                    f"{state.entry.path}: {len(info.dropped)} definition(s) left out because "
                    f"what they hang under is defined nowhere ({names}); net-snmp leaves "
                    "them out too",
                    module,
                    state.entry.path,
                )
            )
        self.cache.put_record(key, module, record, [p.to_json() for p in state.problems])

    def _generate(self, state: ModuleState, ast: Any) -> tuple[Any, Any, Any]:
        """pysmi's intermediate code of ``ast``; an OID under a symbol its import does not
        have (net-snmp: "Did not find X in module Y", then "Cannot adopt OID") leaves out
        what hangs under it, and the module compiles without those (up to 8 rounds)."""
        from pysmi import error
        from pysmi.codegen.intermediate import IntermediateCodeGen

        assert state.entry is not None
        module = state.name
        info = self.parsed(state.entry.sha1)
        dropped = set(info.dropped) if info is not None else set()
        for _round in range(8):
            codegen = new_codegen()
            try:
                _info, context = IntermediateCodeGen.gen_code(
                    codegen, ast, self._symtabs, genTexts=True, textFilter=lambda _s, text: text
                )
                return codegen, context, ast
            except error.PySmiSemanticError as exc:
                found = MISSING_SYMBOL.search(str(exc))
                if found is None:
                    raise
                more = hanging_under(ast, {found.group(1)}, dropped)
                if not more:
                    raise
                dropped |= more
                _mib_info, symtab, dropped = symtable(ast, dropped)
                ast = filtered(ast, dropped)
                self._symtabs[module] = symtab
                assert info is not None
                info = ParsedInfo(
                    info.module, info.imports, info.needs, None, info.supports,
                    tuple(sorted(dropped)),
                )  # fmt: skip
                self.cache.put_parsed(state.entry.sha1, info, symtab)
                self._parsed[state.entry.sha1] = info
        raise error.PySmiSemanticError("too many undefined parents")

    def _type_lookup(self, module: str, name: str) -> dict[str, Any] | None:
        """A type's props from ``module``'s record (compiled now if it is not yet: a module
        the IMPORTS name that pysmi's import rewrite left out), else from a pysnmp-compiled
        module of that name (:attr:`fallback`)."""
        state = self.states.get(module)
        if state is None and self.text_source(module) is not None:
            self._visit(module)
            state = self.states.get(module)
        record = self._record(state.key) if state is not None and state.key else None
        if record is None:
            return self.fallback(module, name) if self.fallback is not None else None
        found: dict[str, Any] | None = record["types"].get(name)
        return found

    def _record(self, key: str) -> dict[str, Any] | None:
        cached = self._records.get(key)
        if cached is None:
            cached = self.cache.record(key)
            if cached is not None:
                if len(self._records) > 64:
                    self._records.clear()
                self._records[key] = cached
        return cached
