"""The MIB-load report: what loaded, what failed and why, what is missing.

:class:`MibProblem` names the thing (module, file, line and column of a syntax error, the
import that is missing and who asked for it); :class:`MibLoadReport` is the typed result the
CLI's ``mibs`` command prints and the service hands to the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["LoadedModule", "MibLoadReport", "MibProblem", "format_report"]


@dataclass(frozen=True, slots=True)
class MibProblem:
    """One problem, in a sentence that names what it is about.

    ``kind``: ``syntax`` (``line``/``column`` set), ``missing-import`` (``wanted_by``: the
    modules that import it), ``semantic`` (pysmi refused the module's content),
    ``self-import``, ``duplicate`` (two files define one module: ``message`` says which is
    used and why), ``not-a-mib``, ``unreadable``, ``folder``, ``cache``, ``missing``
    (a module asked for by name that no folder has), ``online``.
    """

    kind: str
    message: str
    module: str | None = None
    path: str | None = None
    line: int | None = None
    column: int | None = None
    wanted_by: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "message": self.message}
        for key in ("module", "path", "line", "column"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.wanted_by:
            out["wanted_by"] = list(self.wanted_by)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MibProblem:
        return cls(
            kind=str(data["kind"]),
            message=str(data["message"]),
            module=data.get("module"),
            path=data.get("path"),
            line=data.get("line"),
            column=data.get("column"),
            wanted_by=tuple(data.get("wanted_by", ())),
        )


@dataclass(frozen=True, slots=True)
class LoadedModule:
    """A module in the loaded set: where it came from (``origin``: ``text`` compiled by
    pysmi, ``pysnmp`` a compiled pysnmp module) and in which order net-snmp would load it."""

    name: str
    path: str
    origin: str
    order: int


@dataclass(frozen=True)
class MibLoadReport:
    """What a load did. ``loaded`` in load order; ``failed`` maps a module to the problems
    that kept it out; ``missing`` maps a module no folder has to the modules that asked for
    it (empty for one named by the user); ``problems`` has everything else worth saying
    (folders, unreadable or non-MIB files, duplicates, modules loaded despite a missing
    import). ``compiled`` counts the modules compiled in this run (0 when all came from the
    cache); ``cancelled`` is True when the user stopped it (what was compiled is kept)."""

    loaded: tuple[LoadedModule, ...] = ()
    failed: dict[str, tuple[MibProblem, ...]] = field(default_factory=dict)
    missing: dict[str, tuple[str, ...]] = field(default_factory=dict)
    problems: tuple[MibProblem, ...] = ()
    dirs: tuple[str, ...] = ()
    cache_dir: str = ""
    compiled: int = 0
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.missing and not self.cancelled

    def to_json(self) -> dict[str, Any]:
        return {
            "dirs": list(self.dirs),
            "cache": self.cache_dir,
            "loaded": [{"module": m.name, "path": m.path, "origin": m.origin} for m in self.loaded],
            "failed": {k: [p.to_json() for p in v] for k, v in self.failed.items()},
            "missing": {k: list(v) for k, v in self.missing.items()},
            "problems": [p.to_json() for p in self.problems],
            "compiled": self.compiled,
            "cancelled": self.cancelled,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MibLoadReport:
        """The report :meth:`to_json` wrote."""
        return cls(
            loaded=tuple(
                LoadedModule(m["module"], m["path"], m["origin"], i)
                for i, m in enumerate(data["loaded"], 1)
            ),
            failed={
                k: tuple(MibProblem.from_json(p) for p in v) for k, v in data["failed"].items()
            },
            missing={k: tuple(v) for k, v in data["missing"].items()},
            problems=tuple(MibProblem.from_json(p) for p in data["problems"]),
            dirs=tuple(data["dirs"]),
            cache_dir=str(data["cache"]),
            compiled=int(data.get("compiled", 0)),
            cancelled=bool(data.get("cancelled", False)),
        )


def format_report(report: MibLoadReport, verbose: bool = False) -> str:
    """The report as text: a summary line, then failed, missing and other problems (and
    with ``verbose`` every loaded module and its file)."""
    lines = [
        f"MIB modules: {len(report.loaded)} loaded, {len(report.failed)} failed, "
        f"{len(report.missing)} missing"
        + (f" ({report.compiled} compiled now)" if report.compiled else "")
        + (" - cancelled" if report.cancelled else "")
    ]
    lines.append("MIB folders: " + (" : ".join(report.dirs) or "(none)"))
    if verbose:
        lines.extend(f"  loaded   {m.name}  ({m.path})" for m in report.loaded)
    for module, problems in sorted(report.failed.items()):
        for problem in problems:
            lines.append(f"  failed   {module}: {problem.message}")
    for module, askers in sorted(report.missing.items()):
        who = f" (imported by {', '.join(askers)})" if askers else ""
        lines.append(f"  missing  {module}{who}")
    for problem in report.problems:
        lines.append(f"  note     {problem.message}")
    return "\n".join(lines)
