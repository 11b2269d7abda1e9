"""What snmpscope is built from, for the About dialog and bug reports: its own version and
licence, and the version and licence of each library it runs on.

Versions come from the installed distributions' metadata (``importlib.metadata``), which the
frozen bundle carries too (``packaging/spec_common.py`` copies it); a module's own
``__version__`` is the fallback for an environment without metadata. Licences come from the
metadata's ``License-Expression`` or short ``License`` field, else from what the project
publishes (pysnmp ships its licence only as a file).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import platform
from dataclasses import dataclass

APP_DISTRIBUTION = "snmpscope"
UNKNOWN = "?"


@dataclass(frozen=True, slots=True)
class Component:
    """One part of snmpscope: a name, its version and its licence (SPDX where known)."""

    name: str
    version: str
    licence: str


# name shown, distribution, importable module (for __version__), licence if metadata lacks it
_LIBRARIES = (
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "PySide6", "LGPL-3.0-only"),
    ("pysnmp", "pysnmp", "pysnmp", "BSD-2-Clause"),
    ("pyasn1", "pyasn1", "pyasn1", "BSD-2-Clause"),
    ("pysmi", "pysmi", "pysmi", "BSD-2-Clause"),
    ("keyring", "keyring", "keyring", "MIT"),
)


def _metadata_version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _module_version(module: str) -> str:
    try:
        value = getattr(importlib.import_module(module), "__version__", "")
    except ImportError:
        return ""
    return str(value) if value else ""


def _licence(distribution: str, fallback: str) -> str:
    try:
        meta = importlib.metadata.metadata(distribution)
    except importlib.metadata.PackageNotFoundError:
        return fallback
    expression = (meta.get_all("License-Expression") or meta.get_all("License") or [""])[0]
    # Some projects put the whole licence text in License: only a short line is a name.
    short = expression.strip()
    return short if short and "\n" not in short and len(short) < 80 else fallback


def application() -> Component:
    """snmpscope itself."""
    version = _metadata_version(APP_DISTRIBUTION) or UNKNOWN
    return Component(APP_DISTRIBUTION, version, _licence(APP_DISTRIBUTION, "MIT"))


def qt_version() -> str:
    """The Qt library PySide6 runs on (it may differ from PySide6's own version)."""
    from PySide6.QtCore import qVersion

    return str(qVersion())


def components() -> list[Component]:
    """Python, then each library, with the version running now."""
    found = [
        Component(
            "Python", f"{platform.python_version()} ({platform.python_implementation()})", "PSF-2.0"
        )
    ]
    for name, distribution, module, licence in _LIBRARIES:
        version = _metadata_version(distribution) or _module_version(module) or UNKNOWN
        found.append(Component(name, version, _licence(distribution, licence)))
    found.append(Component("Qt", qt_version(), "LGPL-3.0-only"))
    return found
