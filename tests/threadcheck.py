"""The "no Python thread left behind" check of the Qt-side test folders (service, GUI).

Import the fixture into a folder's conftest to make it autouse there; it is not test-wide,
because the session-scoped agents of :mod:`agents.fixtures` start threads that outlive a test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest


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
