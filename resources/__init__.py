"""snmpscope's data files: icons (``icons/*.svg``), translations, demo-agent data.

Build every path to a data file through :func:`resource_path` or :func:`icon_path`: they work the
same from a source checkout, an installed wheel and a PyInstaller bundle, where the runtime hook
(``packaging/hooks/rthook_snmpscope.py``) sets ``SNMPSCOPE_RESOURCES`` to the bundled copy.
Plain :mod:`pathlib` only, so ``snmpscope.core`` may use it too (no Qt here).
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["RESOURCES_ENV", "icon_path", "resource_dir", "resource_path"]

#: Environment variable that overrides the resource folder (set in frozen builds).
RESOURCES_ENV = "SNMPSCOPE_RESOURCES"


def resource_dir() -> Path:
    """The folder that holds snmpscope's data files."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a data file below :func:`resource_dir`, e.g. ``resource_path("demo_agent", "x")``."""
    return resource_dir().joinpath(*parts)


def icon_path(name: str) -> Path:
    """Path of the SVG icon ``name`` (file stem, e.g. ``"pdu-trap"``; see ``icons/README.md``).

    Raises ``FileNotFoundError`` for an unknown name, because ``QIcon`` would silently show nothing.
    """
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"no icon {name!r} in {path.parent}")
    return path
