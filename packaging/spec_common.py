"""What both PyInstaller specs share: sources, data, imports, excludes, icons, platform settings.

``snmpscope.spec`` (one folder) and ``snmpscope-onefile.spec`` import this module and only differ
in how they assemble ``EXE``/``COLLECT``/``BUNDLE``. Plain Python with no PyInstaller globals, so
``tests/test_packaging_assets.py`` can import it and call the collection functions directly.

Environment (set by ``packaging/build.py``; all optional):

* ``SNMPSCOPE_ENTRY_SCRIPT`` - the script to freeze instead of ``packaging/launcher.py``;
* ``SNMPSCOPE_LAUNCH_PATH``  - extra import folders (``os.pathsep``-separated) for that script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
BUILD = PACKAGING / "build"
ICON_DIR = BUILD / "icons"
STAGE_DIR = BUILD / "src"

APP_NAME = "snmpscope"
BUNDLE_ID = "io.snmpscope.snmpscope"
DESKTOP_FILE = PACKAGING / "linux" / "snmpscope.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{BUNDLE_ID}.metainfo.xml"
VERSION_FILE = PACKAGING / "windows" / "version_info.txt"
RUNTIME_HOOK = PACKAGING / "hooks" / "rthook_snmpscope.py"
LAUNCHER = PACKAGING / "launcher.py"

IS_WINDOWS = sys.platform == "win32"
IS_MACOS = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")

# Source folders and the import names they are installed under (pyproject.toml package-dir).
SOURCE_PACKAGES = {
    "core": "snmpscope.core",
    "gui": "snmpscope.gui",
    "resources": "snmpscope.resources",
}

# Data files under resources/ that are authoring sources, not needed at run time.
RESOURCE_SOURCE_SUFFIXES = frozenset({".py", ".pyc", ".ts", ".qrc", ".pro", ".md"})
# ...except in these folders, whose Markdown the app shows (Help > snmpscope Help).
RESOURCE_RUNTIME_FOLDERS = frozenset({"help"})

# The only Qt modules snmpscope imports. Every other PySide6 module is excluded; the Qt *libraries*
# these four link against (libQt6DBus etc.) are still collected by the binary dependency scan.
QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})

# Python packages that are installed in the dev venv but must not ride along: test and dev
# tools; Tk. pysmi, lark and jinja2 do ride along (the app compiles the administrator's MIB
# files with them), and so do requests and its dependencies: snmpscope fetches nothing with
# it, but pysmi imports it whenever pysmi.error is imported (pysmi.reader's __init__ imports
# its HTTP reader), and the frozen self-test caught a bundle without it failing to compile.
EXCLUDES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "snmpsim",
    "mypy",
    "IPython",
    "pydoc_data",
)


def project_version() -> str:
    """The ``[project] version`` from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


# --------------------------------------------------------------------------------------- sources


def stage_sources(dest: Path = STAGE_DIR) -> Path:
    """Copy core/, gui/ and resources/ to ``dest/snmpscope/...`` and return ``dest``.

    The repository keeps ``snmpscope.core`` in ``core/``, reached through the symlinks of
    ``packaging/namespace/snmpscope/`` (which a Windows clone without ``core.symlinks`` checks
    out as plain files). A staged copy in the installed layout, put on ``pathex``, freezes
    exactly the working tree whether or not the project is installed, and needs no symlink.
    ``snmpscope`` stays a namespace package.
    """
    package_root = dest / "snmpscope"
    if package_root.exists():
        shutil.rmtree(package_root)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo")
    for folder, dotted in SOURCE_PACKAGES.items():
        source = ROOT / folder
        if source.is_dir():
            shutil.copytree(source, dest.joinpath(*dotted.split(".")), ignore=ignore)
    return dest


def entry_script() -> Path:
    """The script PyInstaller freezes: the launcher, or a dry-build entry from build.py."""
    override = os.environ.get("SNMPSCOPE_ENTRY_SCRIPT")
    return Path(override).resolve() if override else LAUNCHER


def extra_pathex() -> list[str]:
    """Import folders for a dry-build entry module (``SNMPSCOPE_LAUNCH_PATH``)."""
    value = os.environ.get("SNMPSCOPE_LAUNCH_PATH", "")
    return [str(Path(p).resolve()) for p in value.split(os.pathsep) if p]


# ------------------------------------------------------------------------------------------ data


def pysnmp_mib_datas() -> list[tuple[str, str]]:
    """pysnmp's own MIB modules (SNMPv2-SMI, SNMP-FRAMEWORK-MIB, ...) as real ``.py`` files.

    pysnmp's DirMibSource reads and execs these files from disk, so they must exist as files in the
    bundle, not only as compiled modules in the PYZ. hooks-contrib's hook-pysnmp does the same;
    it is repeated here so the build does not silently depend on that hook.
    """
    from PyInstaller.utils.hooks import collect_data_files

    return collect_data_files("pysnmp.smi.mibs", include_py_files=True)


def pysnmp_mibs_datas() -> list[tuple[str, str]]:
    """pysnmp-mibs' compiled IETF/IANA modules (IF-MIB.py, IP-MIB.py, ...) as real files.

    Their names are not importable (hyphens): the app reaches them through
    ``DirMibSource(os.path.dirname(pysnmp_mibs.__file__))``, which works in the bundle because
    the package itself is a hidden import and its files sit in ``_internal/pysnmp_mibs/``.
    """
    from PyInstaller.utils.hooks import collect_data_files

    return collect_data_files("pysnmp_mibs", include_py_files=True)


def resource_datas(source: Path = ROOT / "resources") -> list[tuple[str, str]]:
    """snmpscope.resources data (icons, demo_agent data, ``*.qm``...) as (file, bundle folder).

    Everything under resources/ except Python code (frozen into the PYZ like any module) and
    authoring sources (``.ts``, ``.qrc``, ``.md`` outside ``help/``).
    """
    datas = []
    for path in sorted(source.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        runtime = path.relative_to(source).parts[0] in RESOURCE_RUNTIME_FOLDERS
        if path.suffix.lower() in RESOURCE_SOURCE_SUFFIXES and not runtime:
            continue
        dest = Path("snmpscope", "resources", *path.parent.relative_to(source).parts)
        datas.append((str(path), dest.as_posix()))
    return datas


# The About dialog reads their versions and licences through importlib.metadata
# (core/service/versions.py), so their dist-info must ride along.
ABOUT_DISTRIBUTIONS = ("snmpscope", "PySide6-Essentials", "pysnmp", "pyasn1", "pysmi", "keyring")


def metadata_datas() -> list[tuple[str, str]]:
    """The ``*.dist-info`` metadata of :data:`ABOUT_DISTRIBUTIONS`."""
    from PyInstaller.utils.hooks import copy_metadata

    return [pair for name in ABOUT_DISTRIBUTIONS for pair in copy_metadata(name)]


def all_datas() -> list[tuple[str, str]]:
    """Every data file the app needs at run time."""
    return pysnmp_mib_datas() + pysnmp_mibs_datas() + resource_datas() + metadata_datas()


# --------------------------------------------------------------------------------------- imports


def hidden_imports() -> list[str]:
    """Modules that no ``import`` statement in the app names but that run in it."""
    from PyInstaller.utils.hooks import collect_submodules

    return sorted(
        {
            *collect_submodules("pysnmp.smi.mibs"),  # loaded by MibBuilder, never imported by name
            "pysnmp_mibs",  # only its folder is used (DirMibSource)
            # pysnmp imports these inside functions/try blocks for v3 privacy and DH key change.
            "cryptography.hazmat.backends",
            "cryptography.hazmat.decrepit.ciphers",
            "cryptography.hazmat.decrepit.ciphers.modes",
            "cryptography.hazmat.primitives.asymmetric.dh",
            "cryptography.hazmat.primitives.ciphers",
            "snmpscope.resources",
            # Named so a dry build (or a GUI that loads SVG only through QIcon) still ships them.
            *(f"PySide6.{name}" for name in QT_MODULES_USED),
        }
    )


def qt_excludes() -> list[str]:
    """``PySide6.<Module>`` for every Qt binding module except :data:`QT_MODULES_USED`.

    Read from the installed PySide6 (its ``Qt*.pyi`` stubs list every module, Essentials or
    Addons), so a module added by a future PySide6 is excluded too.
    """
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    names: set[str] = set()
    for location in (spec.submodule_search_locations or []) if spec else []:
        for path in Path(location).iterdir():
            stem = path.name.split(".", 1)[0]
            if stem.startswith("Qt") and path.suffix in {".pyi", ".so", ".pyd"}:
                names.add(stem)
    return sorted(f"PySide6.{name}" for name in names - QT_MODULES_USED)


def excludes() -> list[str]:
    """All module exclusions: unused Qt modules and the dev-only packages in :data:`EXCLUDES`."""
    return [*EXCLUDES, *qt_excludes()]


# ----------------------------------------------------------------------------------------- icons


def icon_file(suffix: str) -> Path:
    """``packaging/build/icons/snmpscope.<suffix>``, rendered first if missing or stale."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    if not make_icons.icons_are_current():
        # A child process: make_icons starts a QGuiApplication, which has no business inside
        # PyInstaller's own process.
        subprocess.run([sys.executable, str(PACKAGING / "make_icons.py")], check=True)
    return ICON_DIR / f"{APP_NAME}.{suffix}"


# ------------------------------------------------------------------------------ spec arguments


def analysis_options() -> dict[str, object]:
    """Keyword arguments for ``Analysis(...)``, identical for both specs."""
    staged = stage_sources()
    return {
        "scripts": [str(entry_script())],
        "pathex": [str(staged), *extra_pathex()],
        "binaries": [],
        "datas": all_datas(),
        "hiddenimports": hidden_imports(),
        "hookspath": [],
        "hooksconfig": {},
        "runtime_hooks": [str(RUNTIME_HOOK)],
        "excludes": excludes(),
        "noarchive": False,
    }


def exe_options(*, onefile: bool = False) -> dict[str, object]:
    """Keyword arguments for ``EXE(...)`` on the current platform."""
    options: dict[str, object] = {
        "name": APP_NAME,
        "debug": False,
        "bootloader_ignore_signals": False,
        "strip": False,
        "upx": False,
        # A GUI app: no console window on Windows, no Terminal on macOS. On Linux the flag
        # means nothing, and --self-test output still reaches the terminal that started it.
        "console": not (IS_WINDOWS or IS_MACOS),
        "disable_windowed_traceback": False,
    }
    if onefile:
        options["runtime_tmpdir"] = None
    if IS_WINDOWS:
        options["icon"] = str(icon_file("ico"))
        options["version"] = str(VERSION_FILE)
    elif IS_MACOS:
        options["icon"] = str(icon_file("icns"))
        options["argv_emulation"] = False
    return options


def bundle_options() -> dict[str, object]:
    """Keyword arguments for macOS ``BUNDLE(...)``: ``snmpscope.app``."""
    version = project_version()
    return {
        "name": f"{APP_NAME}.app",
        "icon": str(icon_file("icns")),
        "bundle_identifier": BUNDLE_ID,
        "version": version,
        "info_plist": {
            "CFBundleName": APP_NAME,
            "CFBundleDisplayName": APP_NAME,
            "CFBundleShortVersionString": version,
            "CFBundleVersion": version,
            "NSHighResolutionCapable": True,
            "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
            "LSApplicationCategoryType": "public.app-category.utilities",
            "LSMinimumSystemVersion": "12.0",  # Qt 6.11's oldest supported macOS
            "NSHumanReadableCopyright": "Copyright (c) snmpscope developers. MIT License.",
        },
    }


def linux_extras() -> list[tuple[Path, str]]:
    """Files that go next to the Linux executable: desktop entry, AppStream data, icons."""
    return [
        (DESKTOP_FILE, DESKTOP_FILE.name),
        (METAINFO_FILE, METAINFO_FILE.name),
        (icon_file("png"), f"{APP_NAME}.png"),
        (ROOT / "resources" / "icons" / f"{APP_NAME}.svg", f"{APP_NAME}.svg"),
    ]


def install_linux_extras(folder: Path) -> None:
    """Copy :func:`linux_extras` into ``folder`` (the one-folder bundle's top level)."""
    for source, name in linux_extras():
        shutil.copy2(source, folder / name)
