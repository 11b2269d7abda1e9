"""An online MIB source, off unless the user turns it on: modules no folder has are fetched
once (short timeout) into the cache's ``downloaded`` folder, which then joins the MIB path.

The source is a URL template with ``@mib@`` for the module name, e.g.
``https://mibs.pysnmp.com/asn1/@mib@`` (pysmi's default source). The CLI turns it on with
``$SNMPSCOPE_MIB_SOURCE``; the window with :class:`~snmpscope.core.service.MibSetup`. A fetch
that fails, times out or does not return that module is one problem in the report.
"""

from __future__ import annotations

import os
import time
import urllib.request
from collections.abc import Iterable
from pathlib import Path

from snmpscope.core.mib.mib_path import header_module
from snmpscope.core.mib.mib_report import MibProblem

__all__ = ["ONLINE_ENV", "TIMEOUT_S", "fetch_modules"]

ONLINE_ENV = "SNMPSCOPE_MIB_SOURCE"
TIMEOUT_S = 5.0
MAX_BYTES = 8 * 1024 * 1024  # the largest MIB of the corpus is 1.3 MB
RETRY_AFTER_S = 86400.0


def fetch_modules(
    modules: Iterable[str], template: str, folder: Path, timeout: float = TIMEOUT_S
) -> tuple[list[str], list[MibProblem]]:
    """Fetch ``modules`` from ``template`` into ``folder``; ``(fetched, problems)``."""
    fetched: list[str] = []
    problems: list[MibProblem] = []
    folder.mkdir(parents=True, exist_ok=True)
    for module in modules:
        url = template.replace("@mib@", module)
        marker = folder / f".missing-{module}"
        if marker.exists() and time.time() - marker.stat().st_mtime < RETRY_AFTER_S:
            continue  # asked for recently and not there: not again today
        if not url.startswith(("http://", "https://", "file://")):
            problems.append(MibProblem("online", f"MIB source {template!r} is not a URL"))
            break
        try:
            with urllib.request.urlopen(url, timeout=timeout) as answer:
                data = answer.read(MAX_BYTES + 1)
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "reason", None) or exc
            problems.append(MibProblem("online", f"{module}: {url}: {reason}", module))
            marker.touch()
            continue
        if len(data) > MAX_BYTES or header_module(data) != module:
            problems.append(
                MibProblem("online", f"{module}: {url} did not return that MIB module", module)
            )
            marker.touch()
            continue
        temp = folder / f".{module}.part"
        temp.write_bytes(data)
        os.replace(temp, folder / module)
        fetched.append(module)
    return fetched, problems
