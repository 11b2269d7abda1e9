"""Static checks run as part of the test command: ruff (lint + format), mypy (strict on core),
the import-linter layering contracts, and "QtCore only" inside core's service layer."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def shadow(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ``snmpscope/`` folder of symlinks: mypy and import-linter resolve ``snmpscope.core``
    through the file system, not through the editable install's import hook."""
    base = tmp_path_factory.mktemp("shadow")
    package = base / "snmpscope"
    package.mkdir()
    for folder in ("core", "gui", "resources"):
        (package / folder).symlink_to(ROOT / folder, target_is_directory=True)
    return base


def run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env}, check=False
    )


def test_ruff_lint() -> None:
    result = run([str(BIN / "ruff"), "check", "--output-format", "concise", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run([str(BIN / "ruff"), "format", "--check", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_core(shadow: Path, tmp_path: Path) -> None:
    result = run(
        [
            str(BIN / "mypy"),
            "--explicit-package-bases",
            "--cache-dir",
            str(tmp_path),
            "-p",
            "snmpscope.core",
        ],
        MYPYPATH=str(shadow),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts(shadow: Path) -> None:
    result = run([str(BIN / "lint-imports"), "--no-cache"], PYTHONPATH=str(shadow))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_service_layer_uses_qtcore_only() -> None:
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "snmpscope.gui")):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    assert offenders == []
