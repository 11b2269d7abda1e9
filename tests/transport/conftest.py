"""Fixtures for the transport tests: a started application per test (Pythonic API and the
C facade), each with its trap receiver on an ephemeral port, checked for leftover threads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Snmp, new_application
from snmpscope.core.model.application import Application
from snmpscope.core.transport import transport_of


@pytest.fixture
def snmp() -> Iterator[Snmp]:
    """A started Pythonic-API application (trap receiver on an ephemeral port)."""
    app = new_application()
    app.trap_endpoint = ("127.0.0.1", 0)
    started = Snmp(app).start()
    transport = None
    try:
        yield started
        transport = transport_of(app)
    finally:
        started.stop()
    if transport is not None:
        for thread in transport.threads:
            thread.join(5.0)
        assert not transport.threads, f"transport threads still alive: {transport.threads}"


@pytest.fixture
def facade() -> Iterator[Application]:
    """The C facade's application, fresh and started with SnmpStartup."""
    app = w.reset_default_application()
    app.trap_endpoint = ("127.0.0.1", 0)
    assert w.SnmpStartup()[0] == w.SNMPAPI_SUCCESS
    transport = None
    try:
        yield app
        transport = transport_of(app)
    finally:
        if app.initialized:
            w.SnmpCleanup()
    if transport is not None:
        for thread in transport.threads:
            thread.join(5.0)
        assert not transport.threads, f"transport threads still alive: {transport.threads}"
