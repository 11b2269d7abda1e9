"""``-m`` and ``-M`` as net-snmp reads them, the MIB set each command uses, and the ``mibs``
command that prints the MIB-load report.

``-m MODULE[:MODULE]`` (``+`` to add to the default set, ``-`` to put in front, ``ALL``
for every module of the MIB folders), ``-M DIR[:DIR]`` (``+DIR`` to add after the default
folders, ``-DIR`` before them), and the ``MIBS`` / ``MIBDIRS`` environment variables, all as
:mod:`snmpscope.core.mib.mib_path` describes. MIB files compile once into the cache
(``$SNMPSCOPE_MIB_CACHE``, else the user's cache folder); while they do, a progress line
goes to stderr when it is a terminal, and Ctrl-C stops the compile (exit 130: what was
compiled is kept, the next command goes on from there).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import threading
from typing import TYPE_CHECKING, TextIO

from snmpscope.core.cli.errors import ExitCode, UsageError, shown

if TYPE_CHECKING:  # the MIB machinery loads with the first command that prints or parses a name
    from snmpscope.core.mib.mib_report import MibLoadReport
    from snmpscope.core.mib.names import MibNames

__all__ = ["add_mib_options", "check_mib_options", "cli_names", "run_mibs"]

MAX_OPTION_TEXT = 4096  # PATH_MAX: no module list or folder list needs more
_MODULE_NAME = r"[A-Za-z][A-Za-z0-9_-]*\Z"  # compiled by re at its first use (-m), not at start-up
_M_FORMS = "MOD[:MOD...], +MOD, -MOD, ALL, or a MIB file"
_DIR_FORMS = "DIR[:DIR...], +DIR, -DIR"

_NAMES: dict[tuple[tuple[str, ...], tuple[str, ...], str | None, str | None], MibNames] = {}
_NAMES_LOCK = threading.Lock()


def check_mib_options(args: argparse.Namespace) -> None:
    """``-m`` and ``-M`` values: a :class:`UsageError` naming the option for a module name
    that cannot be one, a MIB file that does not exist, a file given as a folder, or text
    longer than any path. A folder that does not exist is not an error (net-snmp skips it
    too); :func:`cli_names` says so on stderr."""
    mibs = getattr(args, "mibs", None)
    if mibs is not None:
        if len(mibs) > MAX_OPTION_TEXT:
            raise UsageError(
                f"bad -m {shown(mibs)}: longer than {MAX_OPTION_TEXT} characters ({_M_FORMS})"
            )
        for entry in (mibs[1:] if mibs[:1] in "+-" else mibs).split(os.pathsep):
            if "/" in entry or os.sep in entry:
                if not os.path.exists(entry):
                    raise UsageError(f"bad -m {shown(entry)}: no such MIB file ({_M_FORMS})")
            elif entry and not re.match(_MODULE_NAME, entry):
                raise UsageError(f"bad MIB module name {shown(entry)} for -m ({_M_FORMS})")
    dirs = getattr(args, "mibdirs", None)
    if dirs is not None:
        if len(dirs) > MAX_OPTION_TEXT:
            raise UsageError(
                f"bad -M {shown(dirs)}: longer than {MAX_OPTION_TEXT} characters ({_DIR_FORMS})"
            )
        for entry in dirs.lstrip("+-").split(os.pathsep):
            if entry and os.path.exists(entry) and not os.path.isdir(entry):
                raise UsageError(f"bad -M {shown(entry)}: a file, not a MIB folder ({_DIR_FORMS})")


def add_mib_options(parser: argparse.ArgumentParser) -> None:
    """``-m`` and ``-M`` on a subcommand."""
    group = parser.add_argument_group("MIB options (as net-snmp's)")
    group.add_argument(
        "-m",
        dest="mibs",
        default=None,
        metavar="MIBS",
        help="MIB modules to load, MOD[:MOD...]; +MOD adds to the default set, ALL loads "
        "every module of the MIB folders (default: $MIBS, else snmpscope's default set)",
    )
    group.add_argument(
        "-M",
        dest="mibdirs",
        default=None,
        metavar="DIRS",
        help="MIB folders, DIR[:DIR...] (replaces the default folders and snmpscope's own "
        "modules); +DIR adds after them (default: $MIBDIRS, else snmpscope's modules, "
        "~/.snmp/mibs and /usr/share/snmp/mibs)",
    )


class _ProgressLine:
    """Rewrites one stderr line while MIB files compile, when stderr is a terminal."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.tty = hasattr(err, "isatty") and err.isatty()
        self.shown = False

    def __call__(self, done: int, total: int, module: str) -> None:
        if not self.tty:
            return
        self.shown = True
        self.err.write(f"\rcompiling MIB files: {done}/{total} {module[:40]:<40}")
        self.err.flush()

    def finish(self, report: MibLoadReport) -> None:
        if self.shown:
            self.shown = False
            self.err.write("\r" + " " * 72 + "\r")
        if report.compiled and (report.failed or report.missing):
            self.err.write(
                f"MIB files: {len(report.failed)} module(s) failed and {len(report.missing)} "
                "missing (`snmpscope-cli mibs` lists them)\n"
            )
        self.err.flush()


def cli_names(args: argparse.Namespace, err: TextIO | None = None) -> MibNames:
    """The MIB set of this command line (``-m``/``-M``/``MIBS``/``MIBDIRS``); one instance
    per distinct set in this process. It loads on first use (a numeric ``-On`` command never
    does), with a progress line on ``err``; a compile that left modules failed or missing
    says so there in one line."""
    from snmpscope.core.mib.mib_cache import CACHE_ENV
    from snmpscope.core.mib.mib_online import ONLINE_ENV
    from snmpscope.core.mib.mib_path import mib_dirs, mib_modules
    from snmpscope.core.mib.names import DEFAULT_MODULES, MibNames

    err = err if err is not None else sys.stderr
    option = getattr(args, "mibdirs", None)
    if option is not None:
        for directory in option.lstrip("+-").split(os.pathsep):
            if directory and not os.path.exists(directory):
                err.write(f"-M {directory}: the MIB folder does not exist; it is skipped\n")
    dirs = tuple(mib_dirs(option))
    modules = tuple(mib_modules(getattr(args, "mibs", None), DEFAULT_MODULES))
    online = os.environ.get(ONLINE_ENV) or None
    key = (dirs, modules, os.environ.get(CACHE_ENV), online)
    with _NAMES_LOCK:
        names = _NAMES.get(key)
        if names is None:
            names = MibNames(modules, dirs=dirs, online=online)
            _NAMES[key] = names
    line = _ProgressLine(err)
    names.progress = line
    names.on_loaded = line.finish
    return names


def run_mibs(args: argparse.Namespace, console: object) -> int:
    """``mibs``: load the MIB set and print the report (``--json``: as one document)."""
    from snmpscope.core.mib.mib_report import format_report

    out: TextIO = console.out  # type: ignore[attr-defined]
    err: TextIO = console.err  # type: ignore[attr-defined]
    report: MibLoadReport = cli_names(args, err).report()
    if args.json:
        import json

        out.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
    else:
        out.write(format_report(report, verbose=args.verbose) + "\n")
    out.flush()
    return ExitCode.OK if not report.failed and not report.missing else ExitCode.SNMP_ERROR
