"""Reference §10 cases 11 and 12 (trap registrations and the agent role) through the facade,
with the real transport binding real loopback ports."""

from __future__ import annotations

import socket

import pytest
from agents.snmpd import free_udp_port as free_port
from corekit import ok_callback

from snmpscope.core import winsnmp as w
from snmpscope.core.model.application import Application

LINK_UP = (1, 3, 6, 1, 6, 3, 1, 1, 5, 4)


@pytest.fixture
def trap_app(started: Application) -> Application:
    started.trap_endpoint = ("127.0.0.1", free_port())
    return started


def test_case_11_same_filter_twice_then_one_off(trap_app: Application) -> None:
    s = w.SnmpCreateSession(None, 0, ok_callback)
    agent = w.SnmpStrToEntity(s, "127.0.0.1")
    ctx = w.SnmpStrToContext(s, b"public")
    assert w.SnmpRegister(s, None, agent, ctx, LINK_UP, w.SNMPAPI_ON) == w.SNMPAPI_SUCCESS
    assert w.SnmpRegister(s, None, agent, ctx, LINK_UP, w.SNMPAPI_ON) == w.SNMPAPI_SUCCESS
    assert len(trap_app.registrations(s)) == 1
    # A longer pattern under an existing prefix is redundant too.
    assert w.SnmpRegister(s, None, agent, ctx, (*LINK_UP, 1), w.SNMPAPI_ON) == w.SNMPAPI_SUCCESS
    assert len(trap_app.registrations(s)) == 1
    assert w.SnmpRegister(s, None, agent, ctx, LINK_UP, w.SNMPAPI_OFF) == w.SNMPAPI_SUCCESS
    assert trap_app.registrations(s) == []
    # OFF for a filter that is not there changes nothing and succeeds.
    assert w.SnmpRegister(s, None, agent, ctx, LINK_UP, w.SNMPAPI_OFF) == w.SNMPAPI_SUCCESS


def test_register_errors(trap_app: Application) -> None:
    s = w.SnmpCreateSession(None, 0, ok_callback)
    assert w.SnmpRegister(999_999, None, None, None, None, 1) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID
    assert w.SnmpRegister(s, None, 999_999, None, None, 1) == 0
    assert w.SnmpGetLastError(s) == w.SNMPAPI_ENTITY_INVALID
    assert w.SnmpRegister(s, None, None, 999_999, None, 1) == 0
    assert w.SnmpGetLastError(s) == w.SNMPAPI_CONTEXT_INVALID
    assert w.SnmpRegister(s, None, None, None, (1,), 1) == 0
    assert w.SnmpGetLastError(s) == w.SNMPAPI_OID_INVALID


def test_register_on_a_taken_port_is_tl_in_use(started: Application) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        started.trap_endpoint = ("127.0.0.1", squatter.getsockname()[1])
        s = w.SnmpCreateSession(None, 0, ok_callback)
        assert w.SnmpRegister(s, None, None, None, None, w.SNMPAPI_ON) == 0
        assert w.SnmpGetLastError(s) == w.SNMPAPI_TL_IN_USE


def test_case_12_listen(started: Application) -> None:
    s = w.SnmpCreateSession(None, 0, ok_callback)
    agent = w.SnmpStrToEntity(s, f"127.0.0.1:{free_port()}")
    assert w.SnmpListen(agent, 5) == 0
    assert w.SnmpGetLastError(s) == w.SNMPAPI_MODE_INVALID
    assert w.SnmpListen(agent, w.SNMPAPI_ON) == w.SNMPAPI_SUCCESS
    assert w.SnmpListen(agent, w.SNMPAPI_ON) == 0
    assert w.SnmpGetLastError(s) == w.SNMPAPI_NOOP
    assert w.SnmpSetPort(agent, 1161) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_OPERATION_INVALID
    assert w.SnmpListen(agent, w.SNMPAPI_OFF) == w.SNMPAPI_SUCCESS
    assert w.SnmpSetPort(agent, 1161) == w.SNMPAPI_SUCCESS


def test_listen_releases_the_port_on_close(started: Application) -> None:
    port = free_port()
    s = w.SnmpCreateSession(None, 0, ok_callback)
    assert w.SnmpListen(w.SnmpStrToEntity(s, f"127.0.0.1:{port}"), w.SNMPAPI_ON) == 1
    w.SnmpClose(s)
    t = w.SnmpCreateSession(None, 0, ok_callback)
    assert w.SnmpListen(w.SnmpStrToEntity(t, f"127.0.0.1:{port}"), w.SNMPAPI_ON) == 1


def test_listen_bind_failure_is_tl_other(started: Application) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        s = w.SnmpCreateSession(None, 0, ok_callback)
        agent = w.SnmpStrToEntity(s, f"127.0.0.1:{squatter.getsockname()[1]}")
        assert w.SnmpListen(agent, w.SNMPAPI_ON) == 0
        assert w.SnmpGetLastError(s) == w.SNMPAPI_TL_OTHER
