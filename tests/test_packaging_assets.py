"""Packaging assets without a PyInstaller build: icons, icon containers, desktop files, specs.

The frozen bundle itself is checked by ``packaging/build.py --smoke``; these tests keep its inputs
honest in a second or two.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import runpy
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
SVG_NS = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

EXPECTED_ICONS = (
    "snmpscope",
    "session",
    "entity",
    "context",
    "pdu-request",
    "pdu-response",
    "pdu-trap",
    "pdu-pending",
    "pdu-timeout",
    "pdu-error",
    "varbind",
    "folder",
    "new-session",
    "close-session",
    "add-entity",
    "add-context",
    "new-pdu",
    "duplicate",
    "send",
    "free",
    "walk",
    "stop",
    "trap-register",
    "preferences",
    "export",
    "copy",
)
ALL_SVGS = sorted(ICONS.glob("*.svg"))


def load(name: str) -> ModuleType:
    """Import ``packaging/<name>.py`` under a private module name (packaging is no package)."""
    key = f"_snmpscope_packaging_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk; fails on anything that is not a PNG."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# ------------------------------------------------------------------------------------- icons


def test_icon_set_is_complete_and_documented() -> None:
    present = {path.stem for path in ALL_SVGS}
    assert set(EXPECTED_ICONS) <= present
    readme = (ICONS / "README.md").read_text(encoding="utf-8")
    undocumented = [name for name in sorted(present) if f"`{name}.svg`" not in readme]
    assert undocumented == []


@pytest.mark.parametrize("svg", ALL_SVGS, ids=lambda path: path.stem)
def test_svg_is_self_contained_24px_artwork(svg: Path) -> None:
    root = ET.parse(svg).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 24 24"
    text = svg.read_text(encoding="utf-8")
    # Explicit colours that read on light and dark palettes; no external files or fonts.
    assert "currentColor" not in text
    assert "href" not in text
    assert "<text" not in text


@pytest.mark.parametrize("svg", ALL_SVGS, ids=lambda path: path.stem)
@pytest.mark.parametrize("size", [16, 24, 48])
def test_svg_renders_to_a_visible_image(qapp: object, svg: Path, size: int) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()

    pixels = [image.pixel(x, y) for y in range(size) for x in range(size)]
    opaque = [p for p in pixels if p >> 24 > 0x80]
    assert len(opaque) > 0.15 * len(pixels), "icon is (nearly) blank"
    assert len({p & 0xFFFFFF for p in opaque}) > 1, "icon is a single flat blob"


# ------------------------------------------------------------------------------- make_icons


def test_make_icons_writes_png_ico_and_icns(qapp: object, tmp_path: Path) -> None:
    make_icons = load("make_icons")
    outputs = make_icons.build_icons(ICONS / "snmpscope.svg", tmp_path)
    assert set(outputs) == {"png", "ico", "icns"}

    assert png_size(outputs["png"].read_bytes()) == (256, 256)

    ico = outputs["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    end_of_directory = 6 + 16 * count
    sizes, next_offset = [], end_of_directory
    for index in range(count):
        width, height, colours, _, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        size = width or 256
        assert (height or 256) == size
        assert (colours, planes, bpp) == (0, 1, 32)
        assert offset == next_offset  # contiguous, in directory order, no overlap
        assert png_size(ico[offset : offset + length]) == (size, size)
        next_offset = offset + length
        sizes.append(size)
    assert next_offset == len(ico)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 256]

    icns = outputs["icns"].read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    elements, position = [], 8
    while position < len(icns):
        kind, length = (
            icns[position : position + 4],
            struct.unpack_from(">I", icns, position + 4)[0],
        )
        assert length >= 8
        elements.append((kind, icns[position + 8 : position + length]))
        position += length
    assert position == len(icns)
    assert elements[0][0] == b"TOC "
    toc = elements[0][1]
    listed = [
        (toc[i : i + 4], struct.unpack_from(">I", toc, i + 4)[0]) for i in range(0, len(toc), 8)
    ]
    assert listed == [(kind, len(data) + 8) for kind, data in elements[1:]]
    expected = dict(make_icons.ICNS_TYPES)
    assert {kind for kind, _ in elements[1:]} >= {b"ic07", b"ic08", b"ic09", b"ic10"}
    for kind, data in elements[1:]:
        assert png_size(data) == (expected[kind], expected[kind])


def test_make_icons_is_reproducible(qapp: object, tmp_path: Path) -> None:
    make_icons = load("make_icons")
    first = {k: p.read_bytes() for k, p in make_icons.build_icons(out_dir=tmp_path / "a").items()}
    second = {k: p.read_bytes() for k, p in make_icons.build_icons(out_dir=tmp_path / "b").items()}
    assert first == second


# ------------------------------------------------------------------------ platform metadata


def test_desktop_file_has_the_keys_a_launcher_needs() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / "snmpscope.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "snmpscope"
    assert entry["Exec"].split()[0] == "snmpscope"
    assert entry["Icon"] == "snmpscope"
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert {"Network", "Monitor", "System"} <= set(entry["Categories"].split(";"))
    assert entry["Comment"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-validate is missing: apt-get install desktop-file-utils"
    result = subprocess.run(
        [validator, str(PACKAGING / "linux" / "snmpscope.desktop")],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout


def test_appstream_metainfo_matches_the_desktop_file_and_version() -> None:
    root = ET.parse(PACKAGING / "linux" / "io.snmpscope.snmpscope.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.snmpscope.snmpscope"
    assert root.findtext("launchable") == "snmpscope.desktop"
    assert root.find("releases/release").get("version") == project_version()  # type: ignore[union-attr]


def test_windows_version_info_matches_the_project_version() -> None:
    tree = ast.parse((PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8"))
    numbers = tuple(int(part) for part in project_version().split("."))
    numbers += (0,) * (4 - len(numbers))
    fixed = {
        kw.arg: ast.literal_eval(kw.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "FixedFileInfo"
        for kw in node.keywords
        if kw.arg in {"filevers", "prodvers"}
    }
    assert fixed == {"filevers": numbers, "prodvers": numbers}
    strings = {
        ast.literal_eval(node.args[0]): ast.literal_eval(node.args[1])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["ProductName"] == "snmpscope"
    assert strings["FileVersion"] == strings["ProductVersion"] == project_version()
    assert strings["OriginalFilename"] == "snmpscope.exe"


# ------------------------------------------------------------------------------------- specs


@pytest.mark.parametrize("name", ["snmpscope.spec", "snmpscope-onefile.spec"])
def test_spec_compiles_and_uses_the_shared_setup(name: str) -> None:
    source = (PACKAGING / name).read_text(encoding="utf-8")
    compile(source, str(PACKAGING / name), "exec")
    assert "Analysis(**common.analysis_options())" in source
    assert source.count("Analysis(") == 1


@pytest.mark.parametrize(
    "name",
    ["launcher.py", "build.py", "make_icons.py", "spec_common.py", "hooks/rthook_snmpscope.py"],
)
def test_packaging_script_compiles(name: str) -> None:
    path = PACKAGING / name
    compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_spec_collects_pysnmp_mib_modules_as_files() -> None:
    common = load("spec_common")
    datas = common.pysnmp_mib_datas()
    names = {Path(src).name: dest for src, dest in datas}
    for module in ("SNMPv2-SMI.py", "SNMPv2-MIB.py", "SNMP-FRAMEWORK-MIB.py"):
        assert names[module] == "pysnmp/smi/mibs"
    assert all(Path(src).is_file() for src, _ in datas)


def test_spec_collects_pysnmp_mibs_compiled_modules() -> None:
    common = load("spec_common")
    names = {Path(src).name: dest for src, dest in common.pysnmp_mibs_datas()}
    assert names["IF-MIB.py"] == "pysnmp_mibs"
    assert names["HOST-RESOURCES-MIB.py"] == "pysnmp_mibs"
    assert names["__init__.py"] == "pysnmp_mibs"
    assert "pysnmp_mibs" in common.hidden_imports()


def test_spec_collects_resources_but_not_authoring_sources() -> None:
    common = load("spec_common")
    datas = common.resource_datas()
    collected = {Path(src).relative_to(ROOT / "resources").as_posix(): dest for src, dest in datas}
    for svg in ALL_SVGS:
        assert collected[f"icons/{svg.name}"] == "snmpscope/resources/icons"
    assert not [name for name in collected if name.endswith((".py", ".md", ".ts", ".qrc"))]


def test_spec_excludes_unused_qt_and_dev_only_packages() -> None:
    common = load("spec_common")
    excludes = set(common.excludes())
    for used in ("QtCore", "QtGui", "QtWidgets", "QtSvg"):
        assert f"PySide6.{used}" not in excludes
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtDBus", "QtOpenGL", "QtSvgWidgets"):
        assert f"PySide6.{unused}" in excludes
    assert {"tkinter", "pytest", "snmpsim"} <= excludes
    # pysmi compiles the administrator's MIB files at run time now (issue 12); importing
    # pysmi.error imports pysmi.reader, whose __init__ imports requests
    assert not {"pysmi", "lark", "jinja2", "requests"} & excludes
    assert "cryptography" not in excludes
    assert "cryptography.hazmat.primitives.ciphers" in common.hidden_imports()


def test_stage_sources_lays_out_the_installed_package(tmp_path: Path) -> None:
    common = load("spec_common")
    staged = common.stage_sources(tmp_path)
    package = staged / "snmpscope"
    assert (package / "core" / "__init__.py").is_file()
    assert (package / "gui" / "__init__.py").is_file()
    assert (package / "resources" / "icons" / "snmpscope.svg").is_file()
    assert not (package / "__init__.py").exists()  # a namespace package, as when installed
    assert not list(package.rglob("__pycache__"))


def test_platform_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    common = load("spec_common")
    monkeypatch.delenv("SNMPSCOPE_ENTRY_SCRIPT", raising=False)
    assert common.BUNDLE_ID == "io.snmpscope.snmpscope"
    plist = common.bundle_options()["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == project_version()
    assert common.RUNTIME_HOOK.is_file()
    assert common.entry_script() == PACKAGING / "launcher.py"
    assert all(source.is_file() for source, _ in common.linux_extras())


def test_dry_build_entry_script(tmp_path: Path) -> None:
    build = load("build")
    script = build.dry_entry_script("scratch.entry:run", tmp_path)
    source = script.read_text(encoding="utf-8")
    compile(source, str(script), "exec")
    assert "from scratch.entry import run" in source
    assert "sys.exit(run())" in source
    assert "from plain import main" in build.dry_entry_script("plain", tmp_path).read_text()
    with pytest.raises(SystemExit):
        build.dry_entry_script("bad;rm -rf /", tmp_path)


# ------------------------------------------------------------------------------ runtime hook


@pytest.fixture
def hook_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A pretend bundle folder and a clean slate for every variable the hook sets."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    for name in ("SNMPSCOPE_RESOURCES", "SNMPSCOPE_FROZEN", "PYTHON_KEYRING_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    return tmp_path


def run_hook(monkeypatch: pytest.MonkeyPatch, *argv: str) -> None:
    monkeypatch.setattr(sys, "argv", ["snmpscope", *argv])
    runpy.run_path(str(PACKAGING / "hooks" / "rthook_snmpscope.py"))


def test_runtime_hook_points_resources_at_the_bundle(
    monkeypatch: pytest.MonkeyPatch, hook_env: Path
) -> None:
    run_hook(monkeypatch)
    assert os.environ["SNMPSCOPE_RESOURCES"] == str(hook_env / "snmpscope" / "resources")
    assert os.environ["SNMPSCOPE_FROZEN"] == "1"
    assert "PYTHON_KEYRING_BACKEND" not in os.environ  # a session bus exists: real keychain


def test_runtime_hook_self_test_is_headless_and_keyring_free(
    monkeypatch: pytest.MonkeyPatch, hook_env: Path
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    run_hook(monkeypatch, "--self-test")
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"


def test_runtime_hook_respects_an_explicit_keyring_backend(
    monkeypatch: pytest.MonkeyPatch, hook_env: Path
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    run_hook(monkeypatch, "--self-test")
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.null.Keyring"


# ------------------------------------------------------------------------ resources lookup


def test_resource_lookup_finds_icons_and_honours_the_bundle_override(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from snmpscope import resources

    monkeypatch.delenv(resources.RESOURCES_ENV, raising=False)
    assert resources.icon_path("pdu-trap") == ICONS / "pdu-trap.svg"
    with pytest.raises(FileNotFoundError):
        resources.icon_path("no-such-icon")

    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "session.svg").write_text("<svg/>")
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tmp_path))
    assert resources.resource_dir() == tmp_path
    assert resources.icon_path("session") == tmp_path / "icons" / "session.svg"
