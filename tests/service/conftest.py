"""Service-layer tests: a started application and controller, and no thread left behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from threadcheck import _no_python_thread_left  # noqa: F401 (an autouse fixture)

from snmpscope.core.api import Snmp
from snmpscope.core.service import ServiceController


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
