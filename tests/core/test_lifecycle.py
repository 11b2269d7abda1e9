"""Startup/cleanup (plain and Ex), modes, vendor info, sessions and the last-error slots."""

from __future__ import annotations

import pytest
from corekit import Window, ok_callback

from snmpscope.core import winsnmp as w
from snmpscope.core.model.application import Application


def test_startup_reports_version_level_and_default_modes(fresh: Application) -> None:
    assert w.SnmpStartup() == (
        w.SNMPAPI_SUCCESS,
        2,
        0,
        w.SNMPAPI_V2_SUPPORT,
        w.SNMPAPI_UNTRANSLATED_V1,
        w.SNMPAPI_ON,
    )


def test_startup_twice_cleanup_once_is_not_initialized(fresh: Application) -> None:
    assert w.SnmpStartup()[0] == w.SnmpStartup()[0] == w.SNMPAPI_SUCCESS
    assert w.SnmpCleanup() == w.SNMPAPI_SUCCESS
    assert w.SnmpCreateSession(None, 0, ok_callback) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_NOT_INITIALIZED


def test_startup_ex_is_counted(fresh: Application) -> None:
    assert w.SnmpStartupEx()[0] == w.SnmpStartupEx()[0] == w.SNMPAPI_SUCCESS
    assert w.SnmpCleanupEx() == w.SNMPAPI_SUCCESS
    assert w.SnmpCreateSession(None, 0, ok_callback) != 0, "one reference is still held"
    assert w.SnmpCleanupEx() == w.SNMPAPI_SUCCESS
    assert w.SnmpCreateSession(None, 0, ok_callback) == 0
    assert w.SnmpGetLastError() == w.SNMPAPI_NOT_INITIALIZED


def test_cleanup_ex_without_startup_ex_is_other_error(started: Application) -> None:
    assert w.SnmpCleanupEx() == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_OTHER_ERROR


def test_plain_and_ex_references_mix(fresh: Application) -> None:
    w.SnmpStartupEx()
    w.SnmpStartup()
    assert w.SnmpCleanup() == w.SNMPAPI_SUCCESS  # ends the plain reference only
    assert fresh.initialized
    assert w.SnmpCleanupEx() == w.SNMPAPI_SUCCESS
    assert not fresh.initialized


def test_cleanup_before_startup_fails(fresh: Application) -> None:
    assert w.SnmpCleanup() == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_NOT_INITIALIZED


def test_startup_after_cleanup_works_again(fresh: Application) -> None:
    for _ in range(2):
        assert w.SnmpStartup()[0] == w.SNMPAPI_SUCCESS
        assert w.SnmpCreateSession(None, 0, ok_callback)
        assert w.SnmpCleanup() == w.SNMPAPI_SUCCESS


def test_cleanup_closes_sessions_and_resets_modes(started: Application) -> None:
    s = w.SnmpCreateSession(None, 0, ok_callback)
    e = w.SnmpStrToEntity(s, "10.0.0.1")
    w.SnmpSetTranslateMode(w.SNMPAPI_UNTRANSLATED_V2)
    w.SnmpSetRetransmitMode(w.SNMPAPI_OFF)
    w.SnmpCleanup()
    assert not started.is_valid(s) and not started.is_valid(e)
    assert w.SnmpStartup()[4:] == (w.SNMPAPI_UNTRANSLATED_V1, w.SNMPAPI_ON)


def test_get_last_error_works_in_every_state(fresh: Application) -> None:
    w.SnmpGetLastError()  # before startup: no exception
    w.SnmpCreateSession(None, 0, ok_callback)
    assert w.SnmpGetLastError() == w.SNMPAPI_NOT_INITIALIZED
    w.SnmpStartup()
    s = w.SnmpCreateSession(None, 0, ok_callback)
    w.SnmpClose(s)
    assert w.SnmpGetLastError(s) == w.SnmpGetLastError(None)  # a dead handle reads the app slot
    w.SnmpCleanup()
    assert w.SnmpGetLastError() == w.SnmpGetLastError(None)


def test_translate_mode_round_trip_and_mode_invalid(started: Application) -> None:
    for mode in (w.SNMPAPI_TRANSLATED, w.SNMPAPI_UNTRANSLATED_V2, w.SNMPAPI_UNTRANSLATED_V1):
        assert w.SnmpSetTranslateMode(mode) == w.SNMPAPI_SUCCESS
        assert w.SnmpGetTranslateMode() == (w.SNMPAPI_SUCCESS, mode)
    assert w.SnmpSetTranslateMode(7) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_MODE_INVALID


def test_retransmit_mode_round_trip_and_mode_invalid(started: Application) -> None:
    assert w.SnmpSetRetransmitMode(w.SNMPAPI_OFF) == w.SNMPAPI_SUCCESS
    assert w.SnmpGetRetransmitMode() == (w.SNMPAPI_SUCCESS, w.SNMPAPI_OFF)
    assert w.SnmpSetRetransmitMode(2) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_MODE_INVALID


def test_vendor_info_and_noop(started: Application) -> None:
    status, info = w.SnmpGetVendorInfo()
    assert status == w.SNMPAPI_SUCCESS and info is not None
    assert info.vendor_name and len(info.vendor_version_id) <= w.MAXVENDORINFO
    assert w.SnmpGetVendorInfo(False) == (w.SNMPAPI_FAILURE, None)
    assert w.SnmpGetLastError() == w.SNMPAPI_NOOP


class TestCreateSession:
    def test_callback_session(self, started: Application) -> None:
        s = w.SnmpCreateSession(None, 0, ok_callback, "data")
        assert s and started.describe(s).mode == "callback"  # type: ignore[union-attr]

    def test_window_session(self, started: Application) -> None:
        s = w.SnmpCreateSession(Window(), 0x0401, None)
        assert s and started.describe(s).mode == "window"  # type: ignore[union-attr]

    def test_neither_method_is_operation_invalid(self, started: Application) -> None:
        assert w.SnmpCreateSession(None, 0x0401, None) == 0
        assert w.SnmpGetLastError() == w.SNMPAPI_OPERATION_INVALID

    def test_uncallable_callback_is_operation_invalid(self, started: Application) -> None:
        assert w.SnmpCreateSession(None, 0, 42) == 0  # type: ignore[arg-type]
        assert w.SnmpGetLastError() == w.SNMPAPI_OPERATION_INVALID

    def test_bad_window_is_hwnd_invalid(self, started: Application) -> None:
        assert w.SnmpCreateSession(object(), 0x0401, None) == 0  # type: ignore[arg-type]
        assert w.SnmpGetLastError() == w.SNMPAPI_HWND_INVALID

    @pytest.mark.parametrize("wmsg", [0, 0x03FF, 0x10000, -1, "x"])
    def test_bad_message_is_message_invalid(self, started: Application, wmsg: object) -> None:
        assert w.SnmpCreateSession(Window(), wmsg, None) == 0  # type: ignore[arg-type]
        assert w.SnmpGetLastError() == w.SNMPAPI_MESSAGE_INVALID

    def test_same_window_and_message_twice_is_mode_invalid(self, started: Application) -> None:
        window = Window()
        assert w.SnmpCreateSession(window, 0x0401, None)
        assert w.SnmpCreateSession(window, 0x0401, None) == 0
        assert w.SnmpGetLastError() == w.SNMPAPI_MODE_INVALID
        assert w.SnmpCreateSession(window, 0x0402, None), "another message number is fine"

    def test_open_is_window_only(self, started: Application) -> None:
        assert w.SnmpOpen(Window(), 0x0500)
        assert w.SnmpOpen(None, 0x0500) == 0
        assert w.SnmpGetLastError() == w.SNMPAPI_HWND_INVALID


def test_close_invalid_session(started: Application) -> None:
    assert w.SnmpClose(12345) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError() == w.SNMPAPI_SESSION_INVALID


def test_session_slot_and_application_slot(session: int, started: Application) -> None:
    other = w.SnmpCreateSession(None, 0, ok_callback)
    assert w.SnmpStrToEntity(session, "") == 0
    assert w.SnmpGetLastError(session) == w.SNMPAPI_ENTITY_UNKNOWN
    assert w.SnmpGetLastError(None) == w.SNMPAPI_ENTITY_UNKNOWN
    assert w.SnmpGetLastError(other) == w.SNMPAPI_SUCCESS  # untouched
    # A failure with an invalid session handle writes only the application slot.
    assert w.SnmpStrToEntity(999_999, "10.0.0.1") == 0
    assert w.SnmpGetLastError(None) == w.SNMPAPI_SESSION_INVALID
    assert w.SnmpGetLastError(session) == w.SNMPAPI_ENTITY_UNKNOWN
    # Successful calls clear nothing.
    assert w.SnmpStrToEntity(session, "10.0.0.1")
    assert w.SnmpGetLastError(session) == w.SNMPAPI_ENTITY_UNKNOWN


def test_handle_only_failure_writes_owner_slot(session: int, started: Application) -> None:
    vbl = w.SnmpCreateVbl(session)
    assert w.SnmpGetVb(vbl, 3)[0] == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(session) == w.SNMPAPI_INDEX_INVALID


def test_callback_returning_failure_closes_the_session(started: Application) -> None:
    calls: list[tuple[object, ...]] = []

    def refuse(*args: object) -> int:
        calls.append(args)
        return w.SNMPAPI_FAILURE

    s = w.SnmpCreateSession(None, 0, refuse, "client")
    state = started._table.sessions[s]
    started._sessions.notify(state, 0, 17)
    assert calls == [(s, None, 0, 0, 17, "client")]
    assert not started.is_valid(s)
    assert w.SnmpClose(s) == w.SNMPAPI_FAILURE


def test_window_session_gets_post_message(started: Application) -> None:
    window = Window()
    s = w.SnmpCreateSession(window, 0x0444, None)
    started._sessions.notify(started._table.sessions[s], w.SNMPAPI_TL_TIMEOUT, 99)
    assert window.posted == [(0x0444, w.SNMPAPI_TL_TIMEOUT, 99)]
