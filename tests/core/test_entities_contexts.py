"""Entity and context functions: address parsing, ports, timeouts, retries, translate modes."""

from __future__ import annotations

import socket

import pytest

from snmpscope.core import winsnmp as w
from snmpscope.core.model.agent_db import AgentDatabase, ContextRecord, EntityRecord
from snmpscope.core.model.application import Application


@pytest.mark.parametrize(
    ("text", "ip", "port", "family"),
    [
        ("10.0.0.1", "10.0.0.1", 161, socket.AF_INET),
        ("10.0.0.1:1161", "10.0.0.1", 1161, socket.AF_INET),
        ("::1", "::1", 161, socket.AF_INET6),
        ("[::1]", "::1", 161, socket.AF_INET6),
        ("[::1]:1161", "::1", 1161, socket.AF_INET6),
        ("[2001:db8::0:1]:162", "2001:db8::1", 162, socket.AF_INET6),
        ("localhost:1161", "127.0.0.1", 1161, socket.AF_INET),
        ("  192.0.2.7  ", "192.0.2.7", 161, socket.AF_INET),
    ],
)
def test_str_to_entity_addresses(
    session: int, started: Application, text: str, ip: str, port: int, family: int
) -> None:
    entity = w.SnmpStrToEntity(session, text)
    assert entity, w.SnmpGetLastError(session)
    address = started.entity_address(entity)
    assert (address.ip, address.port, address.family) == (ip, port, family)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "10.0.0.1:",
        "10.0.0.1:0",
        "10.0.0.1:70000",
        "10.0.0.1:http",
        "[::1",
        "[::1]x",
        "[]:161",
        "10.1.300",
        "bad host!",
        "no-such-host.invalid",
    ],
)
def test_str_to_entity_rejects_bad_strings(session: int, text: str) -> None:
    assert w.SnmpStrToEntity(session, text) == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_ENTITY_UNKNOWN


def test_str_to_entity_invalid_session(started: Application) -> None:
    assert w.SnmpStrToEntity(4242, "10.0.0.1") == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID


def test_each_str_to_entity_is_a_distinct_handle(session: int) -> None:
    a = w.SnmpStrToEntity(session, "10.0.0.1")
    b = w.SnmpStrToEntity(session, "10.0.0.1")
    assert a != b
    assert w.SnmpFreeEntity(a) == w.SNMPAPI_SUCCESS
    assert w.SnmpEntityToStr(b)[0] > 0
    assert w.SnmpFreeEntity(a) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_ENTITY_INVALID


def test_entity_to_str_and_truncation(session: int) -> None:
    e4 = w.SnmpStrToEntity(session, "10.0.0.1")
    assert w.SnmpEntityToStr(e4) == (9, "10.0.0.1")
    e6 = w.SnmpStrToEntity(session, "[::1]:1161")
    assert w.SnmpEntityToStr(e6) == (11, "[::1]:1161")
    assert w.SnmpEntityToStr(e6, 5) == (0, "")
    assert w.SnmpGetLastError(session) == w.SNMPAPI_OUTPUT_TRUNCATED
    assert w.SnmpEntityToStr(77777) == (0, "")
    assert w.SnmpGetLastError() == w.SNMPAPI_ENTITY_INVALID


def test_set_port(session: int, started: Application) -> None:
    e = w.SnmpStrToEntity(session, "10.0.0.1")
    assert w.SnmpSetPort(e, 1161) == w.SNMPAPI_SUCCESS
    assert started.entity_address(e).port == 1161
    assert w.SnmpEntityToStr(e)[1] == "10.0.0.1:1161"
    assert w.SnmpSetPort(e, 0) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_OPERATION_INVALID
    assert w.SnmpSetPort(e + 1000, 161) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_ENTITY_INVALID


def test_timeout_and_retry_policy(session: int) -> None:
    e = w.SnmpStrToEntity(session, "10.0.0.1")
    assert w.SnmpGetTimeout(e) == (w.SNMPAPI_SUCCESS, 100, 0)
    assert w.SnmpSetTimeout(e, 250) == w.SNMPAPI_SUCCESS
    assert w.SnmpGetTimeout(e) == (w.SNMPAPI_SUCCESS, 250, 0)
    assert w.SnmpGetTimeout(e, policy=False) == (w.SNMPAPI_SUCCESS, None, 0)
    assert w.SnmpSetTimeout(e, 0) == w.SNMPAPI_SUCCESS  # 0: the implementation picks
    assert w.SnmpGetTimeout(e)[1] == 100
    assert w.SnmpGetTimeout(e, policy=False, actual=False) == (w.SNMPAPI_FAILURE, None, None)
    assert w.SnmpGetLastError() == w.SNMPAPI_NOOP
    assert w.SnmpSetRetry(e, 5) == w.SNMPAPI_SUCCESS
    assert w.SnmpGetRetry(e) == (w.SNMPAPI_SUCCESS, 5, 0)
    assert w.SnmpSetRetry(e, 0) == w.SNMPAPI_SUCCESS
    assert w.SnmpGetRetry(e)[1] == 2
    assert w.SnmpGetRetry(e, False, False)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_NOOP
    for call in (
        lambda: w.SnmpSetTimeout(999_999, 1),
        lambda: w.SnmpGetTimeout(999_999),
        lambda: w.SnmpSetRetry(999_999, 1),
        lambda: w.SnmpGetRetry(999_999),
    ):
        assert call() in (w.SNMPAPI_FAILURE, (w.SNMPAPI_FAILURE, None, None))
        assert w.SnmpGetLastError() == w.SNMPAPI_ENTITY_INVALID
    assert w.SnmpSetTimeout(e, -5) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_SIZE_INVALID


def test_untranslated_modes_pick_the_version(session: int, started: Application) -> None:
    v1 = w.SnmpStrToEntity(session, "10.0.0.1")
    w.SnmpSetTranslateMode(w.SNMPAPI_UNTRANSLATED_V2)
    v2 = w.SnmpStrToEntity(session, "10.0.0.1")
    assert started.describe(v1).version == 0  # type: ignore[union-attr]
    assert started.describe(v2).version == 1  # type: ignore[union-attr]


def test_contexts_untranslated(session: int, started: Application) -> None:
    ctx = w.SnmpStrToContext(session, b"public")
    assert ctx
    status, text = w.SnmpContextToStr(ctx)
    assert status == w.SNMPAPI_SUCCESS and text == b"public"
    assert w.SnmpFreeDescriptor(w.SNMP_SYNTAX_OCTETS, text) == w.SNMPAPI_SUCCESS
    assert w.SnmpStrToContext(session, b"") == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_CONTEXT_INVALID
    assert w.SnmpStrToContext(31337, b"public") == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID
    assert w.SnmpFreeContext(ctx) == w.SNMPAPI_SUCCESS
    assert w.SnmpFreeContext(ctx) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_CONTEXT_INVALID
    assert w.SnmpContextToStr(ctx) == (w.SNMPAPI_FAILURE, None)
    assert w.SnmpGetLastError() == w.SNMPAPI_CONTEXT_INVALID


@pytest.fixture
def translated(started: Application, tmp_path: object) -> Application:
    db = AgentDatabase()
    db.put_entity(
        EntityRecord(
            "core-router", "192.0.2.1:1161", version=w.SnmpVersion.V1, timeout_cs=300, retry=4
        )
    )
    db.put_context(ContextRecord("ro", community="s3cret"))
    started.database = db
    w.SnmpSetTranslateMode(w.SNMPAPI_TRANSLATED)
    return started


def test_translated_mode_resolves_friendly_names(session: int, translated: Application) -> None:
    e = w.SnmpStrToEntity(session, "core-router")
    assert e
    info = translated.describe(e)
    assert info is not None
    assert (info.ip, info.port, info.version) == (
        "192.0.2.1",
        1161,
        0,
    )
    assert w.SnmpGetTimeout(e)[1] == 300 and w.SnmpGetRetry(e)[1] == 4
    assert w.SnmpEntityToStr(e)[1] == "core-router"
    ctx = w.SnmpStrToContext(session, b"ro")
    assert translated.describe(ctx).community == b"s3cret"  # type: ignore[union-attr]
    assert w.SnmpContextToStr(ctx)[1] == b"ro"
    # The ToStr functions follow the mode current at *their* call.
    w.SnmpSetTranslateMode(w.SNMPAPI_UNTRANSLATED_V1)
    assert w.SnmpEntityToStr(e)[1] == "192.0.2.1:1161"
    assert w.SnmpContextToStr(ctx)[1] == b"s3cret"


def test_translated_mode_unknown_names(session: int, translated: Application) -> None:
    assert w.SnmpStrToContext(session, b"nope") == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_CONTEXT_UNKNOWN
    assert w.SnmpStrToEntity(session, "no such profile!") == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_ENTITY_UNKNOWN
    # A literal address in TRANSLATED mode that matches a profile takes the profile's name.
    e = w.SnmpStrToEntity(session, "192.0.2.1:1161")
    assert w.SnmpEntityToStr(e)[1] == "core-router"
