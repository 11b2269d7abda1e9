"""Fixtures for the resource-model tests: a fresh default application per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from corekit import ok_callback

from snmpscope.core import winsnmp as w
from snmpscope.core.model.application import Application


@pytest.fixture
def fresh() -> Iterator[Application]:
    """The facade's application, replaced by a new one that is NOT started."""
    app = w.reset_default_application()
    yield app
    if app.initialized:
        app._lifecycle.teardown()


@pytest.fixture
def started(fresh: Application) -> Application:
    status = w.SnmpStartup()[0]
    assert status == w.SNMPAPI_SUCCESS
    return fresh


@pytest.fixture
def session(started: Application) -> int:
    handle = w.SnmpCreateSession(None, 0, ok_callback, None)
    assert handle
    return handle
