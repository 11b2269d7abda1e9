"""PyInstaller runtime hook: runs in the frozen snmpscope before the launcher imports anything.

* ``SNMPSCOPE_RESOURCES`` points at the bundled ``snmpscope/resources`` folder (icons, demo-agent
  data, translations); ``snmpscope.resources.resource_dir()`` reads it. ``SNMPSCOPE_FROZEN=1``
  tells the app it runs from a bundle (e.g. to skip dev-only MIB compiling).
* ``--self-test`` runs headless: Qt uses the offscreen platform unless the caller chose one.
* keyring fails cleanly where no OS keychain can exist: with no D-Bus session bus on Linux (SSH,
  containers, CI) and during ``--self-test``, keyring uses its ``fail`` backend, so every call
  raises ``keyring.errors.NoKeyringError`` at once instead of probing D-Bus or prompting an
  unlock dialog. An explicit ``PYTHON_KEYRING_BACKEND`` is always respected.
"""

from __future__ import annotations

import os
import sys


def _install() -> None:
    bundle = getattr(sys, "_MEIPASS", None) or os.path.dirname(os.path.abspath(sys.executable))
    # Set, not setdefault: a value inherited from another snmpscope would point at its bundle.
    os.environ["SNMPSCOPE_RESOURCES"] = os.path.join(bundle, "snmpscope", "resources")
    os.environ["SNMPSCOPE_FROZEN"] = "1"

    self_test = "--self-test" in sys.argv[1:]
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    no_session_bus = sys.platform.startswith("linux") and not os.environ.get(
        "DBUS_SESSION_BUS_ADDRESS"
    )
    if "PYTHON_KEYRING_BACKEND" not in os.environ and (self_test or no_session_bus):
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


_install()
del _install
