"""Where MIB modules come from, as net-snmp finds them: the MIB folders (``-M``,
``MIBDIRS``), the modules to load (``-m``, ``MIBS``) and the scan of each folder.

net-snmp's rules, kept here (snmplib/mib.c and parse.c, 5.9.3):

* ``-M DIR[:DIR]`` replaces the folder list, ``-M +DIR`` appends, ``-M -DIR`` prepends;
  ``MIBDIRS`` the same, over the default ``$HOME/.snmp/mibs:/usr/share/snmp/mibs:
  /usr/share/snmp/mibs/iana:/usr/share/snmp/mibs/ietf``. snmpscope's own modules (the
  SMI base texts it ships and the pysnmp-compiled modules of pysnmp and pysnmp-mibs) are
  the folder :data:`BUILTIN` at the head of the default list, so ``-M DIR`` without ``+``
  leaves them out exactly as it leaves out the system folders.
* ``-m MOD[:MOD]`` replaces the module list, ``-m +MOD`` appends to the default list,
  ``-m -MOD`` prepends; ``ALL`` (any case) is every module found in the folders; an entry
  with a ``/`` is a file to read.
* A folder's files are read in name order (``strcmp``); names starting with ``.`` or ``#``
  and ending in ``#`` or ``~`` are skipped, and so are sub-folders. A file is a module when
  its first two words are ``NAME DEFINITIONS`` (comments skipped), whatever its extension
  (``.mib``, ``.my``, ``.txt`` or none). When two files define one module, the one found
  last wins: later folders override earlier ones, and in one folder the last in name order.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from snmpscope.core.mib.mib_cache import FileEntry, MibCache, text_hash

__all__ = [
    "BUILTIN",
    "NETSNMP_DEFAULT_MIBDIRS",
    "NETSNMP_DEFAULT_MIBS",
    "DirScan",
    "PathProblem",
    "builtin_dirs",
    "header_module",
    "mib_dirs",
    "mib_modules",
    "scan_dirs",
]

BUILTIN = "<builtin>"
NETSNMP_DEFAULT_MIBDIRS = (
    "$HOME/.snmp/mibs:/usr/share/snmp/mibs:/usr/share/snmp/mibs/iana:/usr/share/snmp/mibs/ietf"
)
# Debian 12's libnetsnmp 5.9.3 (NETSNMP_DEFAULT_MIBS).
NETSNMP_DEFAULT_MIBS = (
    "SNMPv2-MIB:IF-MIB:IP-MIB:TCP-MIB:UDP-MIB:HOST-RESOURCES-MIB:NOTIFICATION-LOG-MIB:"
    "DISMAN-EVENT-MIB:DISMAN-SCHEDULE-MIB:HOST-RESOURCES-TYPES:MTA-MIB:NETWORK-SERVICES-MIB:"
    "UCD-DISKIO-MIB:UCD-DLMOD-MIB:LM-SENSORS-MIB:UCD-SNMP-MIB:UCD-DEMO-MIB:SNMP-TARGET-MIB:"
    "NET-SNMP-AGENT-MIB:SNMP-FRAMEWORK-MIB:SNMP-MPD-MIB:SNMP-USER-BASED-SM-MIB:"
    "SNMP-VIEW-BASED-ACM-MIB:SNMP-COMMUNITY-MIB:IPV6-ICMP-MIB:IPV6-MIB:IPV6-TCP-MIB:"
    "IPV6-UDP-MIB:IP-FORWARD-MIB:NET-SNMP-PASS-MIB:NET-SNMP-EXTEND-MIB:SNMP-NOTIFICATION-MIB:"
    "SNMPv2-TM:NET-SNMP-VACM-MIB"
)
SEPARATOR = ";" if os.name == "nt" else ":"

_HEADER_BYTES = 65536
_WORD = re.compile(rb"[A-Za-z0-9_-]+|[^\sA-Za-z0-9_-]")


def _split(text: str) -> list[str]:
    return [part for part in text.split(SEPARATOR) if part]


def mib_dirs(option: str | None, env: Mapping[str, str] | None = None) -> list[str]:
    """The MIB folders for ``-M option`` (None: not given) as net-snmp orders them, with
    ``$HOME`` expanded; :data:`BUILTIN` stands for snmpscope's own modules."""
    env = os.environ if env is None else env
    current = BUILTIN + SEPARATOR + NETSNMP_DEFAULT_MIBDIRS
    from_env = env.get("MIBDIRS")
    for value in (from_env, option):
        if value is None:
            continue
        if value[:1] == "+":
            current = current + SEPARATOR + value[1:]
        elif value[:1] == "-":
            current = value[1:] + SEPARATOR + current
        else:
            current = value
    home = env.get("HOME") or str(Path.home())
    return [part.replace("$HOME", home) for part in _split(current)]


def mib_modules(
    option: str | None, default: Sequence[str], env: Mapping[str, str] | None = None
) -> list[str]:
    """The modules to load for ``-m option`` (None: not given), ``MIBS`` and ``default``;
    ``"ALL"`` stays as an entry (every module of the folders, in net-snmp's order)."""
    env = os.environ if env is None else env
    value = option if option is not None else env.get("MIBS")
    if value is None:
        return list(default)
    if value[:1] == "+":
        return [*default, *_split(value[1:])]
    if value[:1] == "-":
        return [*_split(value[1:]), *default]
    return _split(value)


def builtin_dirs() -> list[tuple[str, str]]:
    """snmpscope's own module folders, lowest precedence first, as ``(folder, kind)``:
    pysnmp's compiled modules, pysnmp-mibs' compiled modules, then the SMI base texts
    shipped in ``resources/mibs`` (so those texts win over pysnmp's compiled copies)."""
    import importlib.util

    found: list[tuple[str, str]] = []
    for package in ("pysnmp.smi.mibs", "pysnmp_mibs"):
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.submodule_search_locations:
            found.extend((str(p), "pysnmp") for p in spec.submodule_search_locations)
    try:
        from snmpscope.resources import resource_path

        resources = resource_path("mibs")
    except ImportError:  # a bare source tree without the install
        resources = Path(__file__).resolve().parents[2] / "resources" / "mibs"
    found.append((str(resources), "text"))
    return found


@dataclass(frozen=True, slots=True)
class PathProblem:
    """Something about a folder or file that the load report names."""

    path: str
    message: str


@dataclass
class DirScan:
    """Every module the folders offer. ``candidates[name]`` lists the files defining the
    module in the order found (the last wins); ``first_seen`` the module names in the order
    first found (net-snmp loads ``ALL`` in the reverse of it)."""

    dirs: list[str]
    candidates: dict[str, list[FileEntry]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # path -> "text" | "pysnmp"
    first_seen: list[str] = field(default_factory=list)
    problems: list[PathProblem] = field(default_factory=list)
    ignored: list[PathProblem] = field(default_factory=list)

    def winner(self, module: str) -> FileEntry | None:
        files = self.candidates.get(module)
        return files[-1] if files else None

    def add(self, entry: FileEntry, kind: str) -> None:
        assert entry.module is not None
        files = self.candidates.setdefault(entry.module, [])
        if not files:
            self.first_seen.append(entry.module)
        files.append(entry)
        self.kinds[entry.path] = kind


def header_module(data: bytes) -> str | None:
    """The module name of a MIB text: its first two words are ``NAME DEFINITIONS``
    (ASN.1 comments skipped), else None."""
    words: list[bytes] = []
    text = data[:_HEADER_BYTES]
    for raw in text.splitlines():
        words.extend(_WORD.findall(_strip_comments(raw)))
        if len(words) >= 2:
            break
    if len(words) < 2 or words[1] != b"DEFINITIONS":
        return None
    name = words[0]
    if not name[:1].isalpha():
        return None
    return name.decode("ascii")


def _strip_comments(line: bytes) -> bytes:
    """An ASN.1 line without its comments (``--`` to the end of the line or the next ``--``)."""
    out = bytearray()
    inside = False
    i = 0
    while i < len(line):
        if line[i : i + 2] == b"--":
            inside = not inside
            i += 2
            continue
        if not inside:
            out.append(line[i])
        i += 1
    return bytes(out)


def _skipped_name(name: str) -> bool:
    return not name or name[0] in ".#" or name[-1] in "#~"


def scan_dirs(
    dirs: Sequence[str],
    cache: MibCache,
    explicit_files: Iterable[str] = (),
) -> DirScan:
    """Scan the folders (and files) for modules; every problem is reported, none raised.

    :data:`BUILTIN` expands to :func:`builtin_dirs`. A pysnmp-compiled module is a ``.py``
    file named after its module (``IF-MIB.py``); any other file is read as MIB text.
    """
    scan = DirScan(dirs=list(dirs))
    listing: list[tuple[str, str]] = []  # (path, kind) in discovery order
    for directory in dirs:
        folders = builtin_dirs() if directory == BUILTIN else [(directory, "")]
        for folder, kind in folders:
            listing.extend(_list_folder(folder, kind, scan, quiet=directory == BUILTIN))
    for path in explicit_files:
        listing.append((os.path.abspath(path), "text"))
    known = cache.file_entries(path for path, _ in listing)
    fresh: list[FileEntry] = []
    for path, kind in listing:
        entry = _entry(path, kind, known.get(path), scan)
        if entry is None:
            continue
        if known.get(path) != entry:
            fresh.append(entry)
        if entry.module is None:
            if entry.reason and kind != "pysnmp":
                scan.ignored.append(PathProblem(path, entry.reason))
            continue
        scan.add(entry, kind)
    cache.put_file_entries(fresh)
    return scan


def _list_folder(folder: str, kind: str, scan: DirScan, quiet: bool) -> list[tuple[str, str]]:
    try:
        names = sorted(os.listdir(folder))
    except FileNotFoundError:
        if not quiet:
            scan.problems.append(PathProblem(folder, "MIB folder does not exist"))
        return []
    except NotADirectoryError:
        scan.problems.append(PathProblem(folder, "not a folder (give MIB folders to -M)"))
        return []
    except OSError as exc:
        scan.problems.append(PathProblem(folder, f"cannot read the MIB folder: {exc.strerror}"))
        return []
    out = []
    for name in names:
        if _skipped_name(name) or name == "__init__.py":
            continue
        path = os.path.join(folder, name)
        if kind == "pysnmp" or (not kind and name.endswith(".py")):
            if name.endswith(".py") and not name.startswith("_"):
                out.append((path, "pysnmp"))
            continue
        out.append((path, kind or "text"))
    return out


def _entry(path: str, kind: str, known: FileEntry | None, scan: DirScan) -> FileEntry | None:
    try:
        info = os.stat(path)
    except OSError as exc:
        scan.problems.append(PathProblem(path, f"cannot read the file: {exc.strerror}"))
        return None
    if stat.S_ISDIR(info.st_mode):
        return None  # net-snmp skips sub-folders too
    if known is not None and known.size == info.st_size and known.mtime_ns == info.st_mtime_ns:
        return known
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        scan.problems.append(PathProblem(path, f"cannot read the file: {exc.strerror}"))
        return None
    sha1 = text_hash(data)
    if kind == "pysnmp":
        return FileEntry(path, info.st_size, info.st_mtime_ns, sha1, os.path.basename(path)[:-3])
    module = header_module(data)
    reason = None
    if module is None:
        if b"\0" in data[:4096]:
            reason = "not a MIB module (binary data)"
        elif not data.strip():
            reason = "not a MIB module (empty file)"
        else:
            reason = "not a MIB module (no 'NAME DEFINITIONS ::= BEGIN' at its start)"
    return FileEntry(path, info.st_size, info.st_mtime_ns, sha1, module, reason)
