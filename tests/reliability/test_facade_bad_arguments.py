"""Defect 6 of issue 15: every wrong argument to the C-style facade gets its precise code.

The probe (:mod:`facadeprobe`) calls every ``Snmp*`` function of :mod:`snmpscope.core.winsnmp`
with each parameter set, in turn, to each value of a table of wrong values, every other
argument valid, each call in a fresh application. No call may raise, return OTHER_ERROR or log
a traceback, and each failure must carry the documented code for that parameter
(SESSION_INVALID, ENTITY_INVALID, OID_INVALID, SIZE_INVALID, SYNTAX_INVALID, MODE_INVALID ...).
Before the fix, bad sizes, OIDs, maxlens, notifications and syntaxes ended in OTHER_ERROR with
a logged traceback, and ``True`` was taken as handle 1 (``SnmpClose(True)`` closed session 1).
"""

from __future__ import annotations

import logging

import facadeprobe as fp
import pytest

from snmpscope.core import winsnmp as w
from snmpscope.core.constants import ApiError

PROBES = [
    (label, function, variant, parameter)
    for label, function, variant in fp.targets()
    for parameter in fp.parameters(function)
]


def test_the_tables_cover_every_facade_function_and_parameter() -> None:
    assert fp.unknown_parameters() == []
    probed = {function for _, function, _, _ in PROBES}
    assert probed | fp.NO_PARAMETERS | fp.NEVER_FAILS == set(fp.facade_functions())


@pytest.mark.parametrize(
    ("function", "variant", "parameter"),
    [(function, variant, parameter) for _, function, variant, parameter in PROBES],
    ids=[f"{label}-{parameter}" for label, _, _, parameter in PROBES],
)
def test_each_wrong_value_fails_with_the_parameters_code(
    function: str,
    variant: dict[str, fp.Param],
    parameter: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    param = fp.spec(function, parameter, variant)
    problems = []
    with caplog.at_level(logging.DEBUG, logger="snmpscope"):
        for label in fp.labels(function, variant, parameter):
            caplog.clear()
            outcome = fp.call(function, variant, parameter, label)
            why = fp.judge(param, outcome)
            tracebacks = [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
            if tracebacks:
                why = f"{why or 'ok'}; logged {tracebacks[0].getMessage()!r}"
            if why:
                problems.append(f"{parameter}={label} ({fp._short(outcome.value)}): {why}")
    assert problems == []


def test_true_is_not_session_1(session: int) -> None:
    assert session == 1  # the probe's point: True == 1 must not name it
    assert w.SnmpClose(True) == w.SNMPAPI_FAILURE
    assert w.SnmpGetLastError(None) == w.SNMPAPI_SESSION_INVALID
    assert w.SnmpCreateVbl(True) == w.SNMPAPI_FAILURE
    vbl = w.SnmpCreateVbl(session)
    assert vbl and w.SnmpCountVbl(vbl) == 0 and w.SnmpGetLastError(None) == w.SNMPAPI_NOOP
    assert w.SnmpClose(session) == w.SNMPAPI_SUCCESS  # session 1 was open all along


@pytest.mark.parametrize(("label", "value"), fp.COMMON, ids=[label for label, _ in fp.COMMON])
def test_get_last_error_answers_for_any_value(started: object, label: str, value: object) -> None:
    w.SnmpClose(10**6)  # a failure, so the application slot holds SESSION_INVALID
    assert w.SnmpGetLastError(value) == w.SNMPAPI_SESSION_INVALID


def test_the_whole_probe_in_figures(caplog: pytest.LogCaptureFixture) -> None:
    """How many calls the probe makes, and that none of them is OTHER_ERROR (the figure the
    issue asked about: 122 of 2,821 before the fix)."""
    calls = other = 0
    with caplog.at_level(logging.ERROR, logger="snmpscope"):
        for _, function, variant, parameter in PROBES:
            for label in fp.labels(function, variant, parameter):
                outcome = fp.call(function, variant, parameter, label)
                calls += 1
                other += outcome.code == ApiError.OTHER_ERROR or outcome.raised is not None
    assert calls > 2500
    assert other == 0
    assert [r for r in caplog.records if r.exc_info] == []
