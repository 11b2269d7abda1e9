"""Defect 3 of issue 15: OIDs X.690 cannot encode are refused where they enter.

X.690 §8.19.4 encodes the first two arcs as one sub-identifier ``40 * first + second``, so the
first arc is 0, 1 or 2 and, under 0 and 1, the second is below 40 (any size under 2). Before
the fix ``(3, 1, 2)`` and ``(0, 40, 1)`` went through the facade into PDUs and failed in the
encoder with a 150 KB message; now :func:`validate_oid` (the one place) refuses them with
OID_INVALID and one line naming the OID, and the command line says so with exit 2, sending
nothing.
"""

from __future__ import annotations

import pytest
from agents.netsnmp import NetSnmpTools, transport_spec
from agents.scripted import ScriptedResponder
from agents.snmpd import SnmpdAgent
from clitable import run

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Snmp
from snmpscope.core.constants import ApiError, PduType, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.smi.oid import oid_from_str, validate_oid
from snmpscope.core.smi.values import SmiValue, make_value

IMPOSSIBLE = [(3, 1, 2), (0, 40, 1), (1, 40), (1, 99, 7), (4,), (7, 0)]
POSSIBLE = [(0, 0), (0, 39), (1, 39, 4), (2, 40), (2, 999, 1), (2, 2**32 - 1), (1, 3, 6, 1)]


def dotted(oid: tuple[int, ...]) -> str:
    return ".".join(map(str, oid))


@pytest.mark.parametrize("oid", IMPOSSIBLE, ids=dotted)
def test_validate_oid_refuses_first_arcs_x690_cannot_encode(oid: tuple[int, ...]) -> None:
    with pytest.raises(SnmpApiError) as caught:
        validate_oid(oid, min_length=1)
    assert caught.value.code == ApiError.OID_INVALID
    message = caught.value.message
    assert dotted(oid) in message and "X.690" in message
    assert "\n" not in message and len(message) < 200
    with pytest.raises(SnmpApiError):
        oid_from_str(dotted(oid), min_length=1)


@pytest.mark.parametrize("oid", POSSIBLE, ids=dotted)
def test_validate_oid_keeps_every_possible_oid(oid: tuple[int, ...]) -> None:
    assert validate_oid(oid) == oid
    assert oid_from_str("." + dotted(oid)) == oid


def test_an_oid_value_is_checked_the_same_way() -> None:
    with pytest.raises(SnmpApiError) as caught:
        make_value(Syntax.OID, (3, 1))
    assert caught.value.code == ApiError.SYNTAX_INVALID
    assert "3.1" in caught.value.detail
    assert make_value(Syntax.OID, (2, 100)).value == (2, 100)


def facade_calls(session: int, vbl: int, oid: tuple[int, ...]) -> dict[str, object]:
    return {
        "SnmpCreateVbl": w.SnmpCreateVbl(session, oid, None),
        "SnmpSetVb": w.SnmpSetVb(vbl, 0, oid, None),
        "SnmpOidCopy": w.SnmpOidCopy(oid)[0],
        "SnmpOidToStr": w.SnmpOidToStr(oid)[0],
        "SnmpOidCompare": w.SnmpOidCompare(oid, (1, 3))[0],
        "SnmpRegister": w.SnmpRegister(session, None, None, None, oid, w.SNMPAPI_OFF),
        "SnmpStrToOid": w.SnmpStrToOid(dotted(oid))[0],
    }


@pytest.mark.parametrize("oid", [(3, 1, 2), (0, 40, 1)], ids=dotted)
def test_the_facade_refuses_them_at_entry(session: int, oid: tuple[int, ...]) -> None:
    vbl = w.SnmpCreateVbl(session)
    for name, result in facade_calls(session, vbl, oid).items():
        assert result == w.SNMPAPI_FAILURE, name
        assert w.SnmpGetLastError(None) == w.SNMPAPI_OID_INVALID, name
    assert w.SnmpCountVbl(vbl) == 0  # nothing was appended


def test_the_pythonic_api_says_which_oid_in_one_line(fresh: Application) -> None:
    with Snmp(fresh) as snmp, snmp.session() as session:
        with pytest.raises(SnmpApiError) as caught:
            session.vbl([((3, 1, 2), None)])
        assert caught.value.code == ApiError.OID_INVALID
        assert "3.1.2" in caught.value.message
        assert "\n" not in caught.value.message and len(caught.value.message) < 200
        with pytest.raises(SnmpApiError):
            session.pdu(PduType.SET, [((1, 3, 6, 1), SmiValue(Syntax.OID, (0, 40, 1)))])


@pytest.mark.parametrize(
    ("argv", "oid"),
    [
        (["get", "AGENT", "3.1.2"], "3.1.2"),
        (["get", "AGENT", "0.40.1"], "0.40.1"),
        (["getnext", "AGENT", ".1.40"], "1.40"),
        (["bulkget", "AGENT", "3.1"], "3.1"),
        (["bulkwalk", "AGENT", ".3.6"], "3.6"),
        (["set", "AGENT", ".1.3.6.1.4.1.9.1.0", "o", "3.1"], "3.1"),
        (["trap", "AGENT", "", "3.1.1"], "3.1.1"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else value,
)
def test_the_command_line_calls_them_bad_input_naming_the_oid(
    scripted_agent: ScriptedResponder, argv: list[str], oid: str
) -> None:
    where = transport_spec(*scripted_agent.address)
    result = run(*[where if word == "AGENT" else word for word in argv])
    assert result.code == 2, result
    assert result.out == ""
    assert oid in result.err and "X.690" in result.err
    assert len(result.err.splitlines()) == 1 and len(result.err) < 300
    assert scripted_agent.requests == []  # nothing reached the wire


def test_net_snmp_refuses_3_1_2_too_and_we_exit_2_as_for_an_unparsable_oid(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools
) -> None:
    """``snmpget 3.1.2`` fails before sending ("Can't build OID for variable", exit 1, as all
    its failures). Ours is bad input, exit 2 like an unparsable OID, in one line naming it.
    (net-snmp does send ``0.40.1``, silently re-encoded as ``1.0.1``; we refuse that too.)"""
    where = transport_spec("127.0.0.1", snmpd_agent.port)
    theirs = netsnmp.run("snmpget", "-v2c", "-c", "public", where, "3.1.2")
    assert theirs.returncode != 0 and theirs.stdout == ""
    assert "Can't build OID" in theirs.stderr
    ours = run("get", "-v2c", "-c", "public", where, "3.1.2")
    unparsable = run("get", "-v2c", "-c", "public", where, "3.x.2")
    assert ours.code == unparsable.code == 2
    assert ours.out == unparsable.out == ""
    assert ours.err.startswith("snmpscope-cli get: 3.1.2: Unknown Object Identifier")
    assert len(ours.err.splitlines()) == 1
