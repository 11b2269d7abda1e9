"""The application context: everything one running snmpscope window needs, built in one
place (the service controller with its WinSNMP application, the workspace, the window) and
torn down in one place. ``main``, the self-test, the screenshot tool and the tests all use
it."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from snmpscope.core.mib.mib_cache import CACHE_ENV
from snmpscope.core.mib.names import MibNames
from snmpscope.core.service import ExceptHooks, ServiceController
from snmpscope.core.service.profiles import SecretStore
from snmpscope.gui.main_window import MainWindow
from snmpscope.gui.settings.secrets import PasswordPrompt, open_secret_store
from snmpscope.gui.settings.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """One running window with its core and service."""

    controller: ServiceController
    hooks: ExceptHooks
    workspace: Workspace
    window: MainWindow

    def close(self) -> bool:
        """Staged shutdown (idempotent); True when every thread stopped in time."""
        clean = self.window.shutdown()  # stops the controller, which cleans up its application
        self.hooks.uninstall()
        return clean


def create_context(
    config_dir: Path,
    secrets: SecretStore | None = None,
    install_hooks: bool = True,
    ask_password: PasswordPrompt | None = None,
) -> AppContext:
    """Build the window for the workspace in ``config_dir`` (not shown, not started).
    Without ``secrets`` they go to the OS keyring, else to the encrypted file unlocked
    with the master password ``ask_password`` gives (no prompt: memory for the run)."""
    persistent, notice = True, ""
    if secrets is None:
        access = open_secret_store(config_dir, ask_password)
        secrets, persistent, notice = access.store, access.persistent, access.notice
    workspace = Workspace(config_dir, secrets)
    state = workspace.load()
    controller = ServiceController(names=MibNames(cache_dir=mib_cache_dir()))
    hooks = ExceptHooks(controller.hub)
    if install_hooks:
        hooks.install()
    window = MainWindow(controller, workspace, state, persistent, notice)
    return AppContext(controller, hooks, workspace, window)


def mib_cache_dir() -> Path | None:
    """Where compiled MIB files are kept: Qt's cache location plus ``mibs``, unless
    ``$SNMPSCOPE_MIB_CACHE`` says otherwise (then None: the core reads the variable)."""
    from PySide6.QtCore import QStandardPaths

    if os.environ.get(CACHE_ENV):
        return None
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) / "mibs" if location else None
