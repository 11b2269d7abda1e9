"""Keep the translation catalogues in step with the sources, and compile them.

    .venv/bin/python packaging/tools/translations.py            # update, then compile
    .venv/bin/python packaging/tools/translations.py compile    # .ts -> .qm only

``resources/translations/snmpscope_<lang>.ts`` is the catalogue's source: translators edit it
(Qt Linguist, or by hand). ``update`` runs ``pyside6-lupdate`` over the GUI sources into every
catalogue, which adds new strings as unfinished and keeps every translation already there;
``compile`` runs ``pyside6-lrelease`` into the ``.qm`` next to it, which the application
loads. ``packaging/build.py`` compiles before it freezes the bundle; the ``.qm`` files are
committed too, so that a source checkout runs translated, and a test fails when one of them is
not exactly what ``compile`` makes of its ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "gui"
APP_NAME = "snmpscope"


def tool(name: str) -> str:
    """A PySide6 tool: on PATH, else beside the running interpreter (an unactivated venv)."""
    found = shutil.which(name)
    return found if found is not None else str(Path(sys.executable).with_name(name))


def catalogues() -> list[Path]:
    """Every ``.ts`` catalogue."""
    return sorted(FOLDER.glob(f"{APP_NAME}_*.ts"))


def lupdate(ts: Path) -> None:
    """Refresh ``ts`` from the GUI sources (new strings unfinished, translations kept)."""
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(ts)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def compile_all() -> list[Path]:
    """Compile every catalogue next to itself; returns the ``.qm`` files."""
    compiled = []
    for ts in catalogues():
        qm = ts.with_suffix(".qm")
        lrelease(ts, qm)
        compiled.append(qm)
    return compiled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/tools/translations.py")
    parser.add_argument(
        "step",
        nargs="?",
        choices=("update", "compile"),
        default="update",
        help="update: refresh the .ts files from the sources, then compile (default)",
    )
    args = parser.parse_args(argv)
    if args.step == "update":
        for ts in catalogues():
            lupdate(ts)
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
