"""The ``snmpscope-cli`` console script: :func:`snmpscope.core.cli.main.main`, with Python's
cyclic garbage collector paused while the command's modules load.

Loading them allocates some hundred thousand objects (classes, functions, dataclass methods,
enums), which triggers about forty collections that find next to nothing to free (they cost a
one-shot ``get`` ~5 ms of its ~95 ms CPU). The collector is switched back on before the command
runs (a walk or a listener that runs for hours needs it), after ``gc.freeze()`` has moved what
loading built, which lives as long as the process, out of the collections to come.
``python -m snmpscope.core.cli.main`` and in-process callers of ``main`` are unaffected.
"""

from __future__ import annotations

import gc


def main() -> int:
    """Load the command line with the collector paused, then run it (see the module)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        from snmpscope.core.cli.main import main as run
    finally:
        if enabled:
            gc.freeze()
            gc.enable()
    return run()
