"""Entry script that PyInstaller freezes: starts the snmpscope GUI.

Kept outside the package so the frozen ``__main__`` is this file and ``snmpscope.gui.app`` is an
ordinary import (relative imports inside the package keep working). ``--self-test`` is handled by
``main()``; the runtime hook has already switched Qt to offscreen for it.
"""

from __future__ import annotations

import sys

from snmpscope.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
