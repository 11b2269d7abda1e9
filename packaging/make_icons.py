"""Render the application icon into the formats each desktop platform wants.

Reads ``resources/icons/snmpscope.svg`` and writes, into ``packaging/build/icons/``:

* ``snmpscope.png``  - 256 px, for Linux (desktop file ``Icon=``) and the About box;
* ``snmpscope.ico``  - Windows icon with 16, 24, 32, 48, 64 and 256 px images;
* ``snmpscope.icns`` - macOS icon with 16 px to 1024 px images.

Both containers are written here with PNG-compressed entries (Windows Vista+ and macOS 10.7+ read
those), so the step needs nothing beyond PySide6's QtSvg. The output is byte-for-byte
reproducible: Qt's PNG writer stores no time stamps.

Run by ``packaging/build.py`` and by the spec files when the icons are missing; runnable alone::

    .venv/bin/python packaging/make_icons.py [--svg PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SVG = ROOT / "resources" / "icons" / "snmpscope.svg"
DEFAULT_OUT = ROOT / "packaging" / "build" / "icons"

PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# ICNS element types that hold PNG data, with their pixel size. "@2x" types hold the same pixel
# size as the next larger 1x type; macOS picks by type, so both are written.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16x16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32x32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128x128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256x256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512x512@2x
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_APP: object | None = None


def render_pngs(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """Render ``svg`` to square PNG images, one per size, with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    global _APP
    # QSvgRenderer can draw without an application object, but Qt warns about fonts without one.
    # Kept in a module global: destroying it while Qt objects live crashes some Qt versions.
    if QGuiApplication.instance() is None:
        _APP = QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG file")
    images: dict[int, bytes] = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError(f"Qt could not encode a {size} px PNG")
        buffer.close()
        images[size] = bytes(data.data())
    return images


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """Build a Windows .ico file whose entries are the given PNG images (size -> PNG data).

    Layout: ICONDIR (reserved, type 1 = icon, count), one 16-byte ICONDIRENTRY per image
    (width, height - 0 meaning 256 -, palette size, reserved, planes, bits per pixel, data size,
    data offset), then the PNG data in the same order.
    """
    sizes = sorted(pngs)
    if not sizes or sizes[0] < 1 or sizes[-1] > 256:
        raise ValueError("ICO images must be 1..256 px")
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = []
    for size in sizes:
        data = pngs[size]
        dim = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    return header + b"".join(entries) + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """Build a macOS .icns file from PNG images keyed by pixel size.

    Layout: magic ``icns`` and the big-endian total length, then elements of (4-byte type,
    big-endian length including this 8-byte header, data). A ``TOC `` element comes first and
    lists the type and length of every image element, as Apple's ``iconutil`` writes it.
    """
    elements = [(kind, pngs[size]) for kind, size in ICNS_TYPES if size in pngs]
    if not elements:
        raise ValueError("no image sizes for ICNS")
    toc_body = b"".join(kind + struct.pack(">I", 8 + len(data)) for kind, data in elements)
    body = b"TOC " + struct.pack(">I", 8 + len(toc_body)) + toc_body
    body += b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build_icons(svg: Path = DEFAULT_SVG, out_dir: Path = DEFAULT_OUT) -> dict[str, Path]:
    """Render ``svg`` into ``out_dir`` as PNG, ICO and ICNS; return the paths by suffix."""
    sizes = {PNG_SIZE, *ICO_SIZES, *(size for _, size in ICNS_TYPES)}
    pngs = render_pngs(svg, sizes)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = svg.stem
    outputs = {
        "png": (out_dir / f"{stem}.png", pngs[PNG_SIZE]),
        "ico": (out_dir / f"{stem}.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        "icns": (out_dir / f"{stem}.icns", icns_bytes(pngs)),
    }
    for path, data in outputs.values():
        path.write_bytes(data)
    return {kind: path for kind, (path, _) in outputs.items()}


def icons_are_current(svg: Path = DEFAULT_SVG, out_dir: Path = DEFAULT_OUT) -> bool:
    """True when every output exists and is newer than the SVG source and this script."""
    newest_input = max(svg.stat().st_mtime, Path(__file__).stat().st_mtime)
    outputs = [out_dir / f"{svg.stem}.{suffix}" for suffix in ("png", "ico", "icns")]
    return all(p.exists() and p.stat().st_mtime >= newest_input for p in outputs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="source SVG")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    for path in build_icons(args.svg, args.out).values():
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
            f"  {path.stat().st_size:>7} bytes"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
