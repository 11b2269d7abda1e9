"""Static checks run as part of the test command: ruff (lint + format), mypy (strict on core
and gui), the import-linter layering contracts, and "QtCore only" inside core's service layer.

Each runs the very command README "Developing" gives for the shell, with its configuration
from pyproject.toml; nothing is prepared for them here."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint() -> None:
    result = run([str(BIN / "ruff"), "check", "--output-format", "concise", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run([str(BIN / "ruff"), "format", "--check", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_core_and_gui(tmp_path: Path) -> None:
    result = run([str(BIN / "mypy"), "--cache-dir", str(tmp_path)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues found in" in result.stdout


def test_import_contracts() -> None:
    result = run([str(BIN / "lint-imports"), "--no-cache"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    # The layers contract and the GUI's forbidden contract are among those kept (the report
    # wraps long lines, so compare with whitespace folded).
    report = " ".join(result.stdout.split())
    assert "core layers import only the layers below them KEPT" in report
    assert "the GUI imports only the service, mib, smi, constants and errors of core KEPT" in report


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
