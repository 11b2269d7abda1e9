"""Bad-input tests: a fresh default application per test for the facade (as in tests/core)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from difftally import summary

from snmpscope.core import winsnmp as w
from snmpscope.core.model.application import Application


def ok_callback(*_args: object) -> int:
    return int(w.SNMPAPI_SUCCESS)


@pytest.fixture
def fresh() -> Iterator[Application]:
    """The facade's application, replaced by a new one that is NOT started."""
    app = w.reset_default_application()
    yield app
    if app.initialized:
        app._lifecycle.teardown()


@pytest.fixture
def started(fresh: Application) -> Application:
    assert w.SnmpStartup()[0] == w.SNMPAPI_SUCCESS
    return fresh


@pytest.fixture
def session(started: Application) -> int:
    handle = w.SnmpCreateSession(None, 0, ok_callback, None)
    assert handle
    return handle


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The differential codec tests' counts (``difftally``), when any ran."""
    lines = summary()
    if lines:
        terminalreporter.section("differential codec tests")
        for line in lines:
            terminalreporter.write_line(line)
