"""GUI tests: the real main window on a temporary workspace, and no thread left behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from threadcheck import _no_python_thread_left  # noqa: F401 (an autouse fixture)

from snmpscope.core.model.agent_db import MemorySecretStore
from snmpscope.gui.context import AppContext, create_context


@pytest.fixture
def gui(qtbot, tmp_path) -> Iterator[AppContext]:
    """The real main window (workspace in a temp folder, secrets in memory), shown but not
    started: a test calls ``gui.window.start()`` (demo agent) or drives it another way."""
    context = create_context(tmp_path / "config", MemorySecretStore(), install_hooks=False)
    qtbot.addWidget(context.window)
    context.window.show()
    try:
        yield context
    finally:
        assert context.close(), "a worker thread did not stop in time"
