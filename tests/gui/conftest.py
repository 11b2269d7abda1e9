"""GUI tests: the real main window on a temporary workspace, and no thread left behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from snmpscope.core.database import MemorySecretStore
from snmpscope.gui.context import AppContext, create_context


@pytest.fixture(autouse=True)
def _no_python_thread_left() -> Iterator[None]:
    """Fail a test that leaves a new Python thread alive (after a bounded join)."""
    before = set(threading.enumerate())
    yield
    left = []
    for thread in set(threading.enumerate()) - before:
        if isinstance(thread, threading._DummyThread):  # Qt threads Python merely saw
            continue
        thread.join(timeout=5)
        if thread.is_alive():
            left.append(thread.name)
    if left:
        pytest.fail(f"threads left running: {', '.join(sorted(left))}", pytrace=False)


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
