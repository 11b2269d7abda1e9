"""Service-layer tests: a started application and controller, and no thread left behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from snmpscope.core.api import Snmp
from snmpscope.core.service import ServiceController


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
def snmp() -> Iterator[Snmp]:
    """A started WinSNMP application (cleaned up after the test)."""
    with Snmp() as started:
        yield started


@pytest.fixture
def controller(qapp, snmp: Snmp) -> Iterator[ServiceController]:
    """A started service controller over ``snmp`` (shut down after the test)."""
    service = ServiceController(snmp.app)
    service.start(prewarm_mibs=False)
    yield service
    assert service.shutdown(5000)
