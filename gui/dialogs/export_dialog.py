"""Where to export results, and in which format (the file's suffix decides)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

FORMATS = ("csv", "json")


@dataclass(frozen=True, slots=True)
class ExportTarget:
    """A file to write and its format (``csv`` or ``json``)."""

    path: Path
    format: str


class ExportDialog:
    """The save-file dialog behind the ``ask`` seam (tests patch it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested_name: str) -> ExportTarget | None:
        """The chosen file and format, or None when cancelled."""
        tr = QCoreApplication.translate
        csv_filter = tr("ExportDialog", "CSV, one row per line (*.csv)")
        json_filter = tr("ExportDialog", "JSON (*.json)")
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            tr("ExportDialog", "Export results"),
            suggested_name + ".csv",
            f"{csv_filter};;{json_filter}",
        )
        if not path:
            return None
        target = Path(path)
        suffix = target.suffix.lower().lstrip(".")
        if suffix not in FORMATS:
            suffix = "json" if chosen == json_filter else "csv"
            target = target.with_suffix("." + suffix)
        return ExportTarget(target, suffix)
