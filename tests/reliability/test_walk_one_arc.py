"""Defect 4 of issue 15: ``.1`` and ``iso`` can be walked, as net-snmp walks ``.1``.

A one-arc OID is a valid walk root (CLI walk/bulkwalk, the client's walk, the service's Walk
request), while OIDs in PDUs keep WinSNMP's minimum of two sub-identifiers: the first request
asks for ``r.0``. Before the fix every one of these said "an OID needs at least 2
sub-identifiers". The comparison with ``snmpwalk .1`` runs on agents whose data does not move:
the demo agent with its clocks stopped, and snmpsim's recorded device.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from agents.netsnmp import NetSnmpTools, transport_spec
from agents.scripted import ScriptedResponder
from agents.snmpsim import SnmpsimAgent
from clitable import run
from pytestqt.qtbot import QtBot

from snmpscope.core.agent.agent import DemoAgent
from snmpscope.core.agent.mib import DemoMib
from snmpscope.core.api import Snmp
from snmpscope.core.client.manager import Manager
from snmpscope.core.client.walk import WalkEnd
from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service import Failure, ServiceController, WalkResult

# The moment the frozen demo agent lives in: 12 days of uptime, a fixed wall clock.
FROZEN_UPTIME_S = 12 * 86400.0
FROZEN_WALL_S = 1_790_000_000.0


@pytest.fixture
def frozen_demo_agent() -> Iterator[str]:
    """The embedded demo agent with both clocks stopped (uptimes, counters and dates do not
    move between two walks); yields its transport spec."""
    mib = DemoMib(clock=lambda: FROZEN_UPTIME_S, wall_clock=lambda: FROZEN_WALL_S)
    with Snmp() as snmp, DemoAgent(snmp, port=0, mib=mib) as agent:
        host, port = agent.address
        yield transport_spec(host, port)


def identical_share(ours: list[str], theirs: list[str]) -> float:
    """The share of lines equal at the same position (over the longer of the two)."""
    same = sum(a == b for a, b in zip(ours, theirs, strict=False))
    return same / max(len(ours), len(theirs), 1)


def walk_both(
    netsnmp: NetSnmpTools, where: str, command: str, root: str, tool: str = "snmpwalk"
) -> tuple[list[str], list[str]]:
    """net-snmp's ``tool -On .1`` and our ``command -On root`` on the same agent, as lines."""
    theirs = netsnmp.run(tool, "-v2c", "-c", "public", "-On", where, ".1")
    assert theirs.returncode == 0, theirs.stderr
    ours = run(command, "-v2c", "-c", "public", "-On", where, root)
    assert ours.code == 0, ours.err
    return ours.out.splitlines(), theirs.stdout.splitlines()


END_OF_VIEW = "No more variables left in this MIB View (It is past the end of the MIB tree)"


@pytest.mark.parametrize(
    ("command", "root", "tool"),
    [
        ("walk", ".1", "snmpwalk"),
        ("bulkwalk", ".1", "snmpwalk"),
        ("bulkwalk", "iso", "snmpbulkwalk"),
    ],
)
def test_walk_of_dot_one_equals_net_snmp_on_the_frozen_demo_agent(
    frozen_demo_agent: str, netsnmp: NetSnmpTools, command: str, root: str, tool: str
) -> None:
    ours, theirs = walk_both(netsnmp, frozen_demo_agent, command, root, tool)
    assert len(theirs) > 1000  # the whole router, not a corner of it
    assert identical_share(ours, theirs) == 1.0
    assert ours == theirs
    assert theirs[-1].endswith(END_OF_VIEW)


@pytest.mark.parametrize(("command", "tool"), [("walk", "snmpwalk"), ("bulkwalk", "snmpbulkwalk")])
def test_walk_of_dot_one_equals_net_snmp_on_snmpsim(
    snmpsim_agent: SnmpsimAgent, netsnmp: NetSnmpTools, command: str, tool: str
) -> None:
    """snmpsim repeats endOfMibView once per repetition of its last GETBULK answer, and both
    bulk walks print each (so bulkwalk is compared with snmpbulkwalk here)."""
    where = transport_spec("127.0.0.1", snmpsim_agent.port)
    ours, theirs = walk_both(netsnmp, where, command, ".1", tool)
    assert len(theirs) >= 55
    assert identical_share(ours, theirs) == 1.0
    assert ours == theirs


def test_the_client_walks_a_one_arc_root_starting_at_r_0(
    scripted_agent: ScriptedResponder,
) -> None:
    host, port = scripted_agent.address
    with Snmp() as snmp, snmp.session() as session:
        manager = Manager(session)
        entity = session.entity(f"{host}:{port}", timeout_cs=100, retry=1)
        context = session.context("public")
        walk = manager.walk(entity, context, (1,), bulk=False)
        found = walk.run()
        assert [oid for oid, _ in found] == sorted(scripted_agent.tree)
        assert walk.end in (WalkEnd.END_OF_MIB_VIEW, WalkEnd.END_OF_SUBTREE)
        assert scripted_agent.requests[0].oids == ((1, 0),)
        # An empty one-arc subtree ends quietly: nothing lives at a one-arc OID, so no GET.
        empty = manager.walk(entity, context, (2,), bulk=False)
        assert empty.run() == []
        assert all(r.pdu_type != "GetRequest" for r in scripted_agent.requests)
        # The root still has to be an OID X.690 can encode, and PDUs keep their minimum.
        with pytest.raises(SnmpApiError) as caught:
            manager.walk(entity, context, (3,))
        assert caught.value.code == ApiError.OID_INVALID
        with pytest.raises(SnmpApiError) as caught:
            manager.get(entity, context, [(1,)])
        assert caught.value.code == ApiError.OID_INVALID


def test_a_pdu_still_needs_two_sub_identifiers(scripted_agent: ScriptedResponder) -> None:
    where = transport_spec(*scripted_agent.address)
    for command in ("get", "getnext", "bulkget"):
        result = run(command, where, ".1")
        assert result.code == 2, result
        assert "at least 2 sub-identifiers" in result.err
    result = run("walk", where, "5")
    assert result.code == 2 and "5: Unknown Object Identifier" in result.err
    assert "X.690" in result.err
    assert scripted_agent.requests == []


def answer(qtbot: QtBot, controller: ServiceController, submit: Callable[[], int]) -> object:
    """Submit through ``submit()`` and wait for its answer: the result, or a Failure."""
    answers: dict[int, object] = {}

    def ok(token: int, result: object) -> None:
        answers[token] = result

    def failed(token: int, failure: Failure) -> None:
        answers[token] = failure

    controller.succeeded.connect(ok)
    controller.failed.connect(failed)
    try:
        token = submit()
        qtbot.waitUntil(lambda: token in answers, timeout=20000)
    finally:
        controller.succeeded.disconnect(ok)
        controller.failed.disconnect(failed)
    return answers[token]


def test_the_service_walk_request_takes_a_one_arc_root(
    qtbot: QtBot, scripted_agent: ScriptedResponder
) -> None:
    host, port = scripted_agent.address
    with Snmp() as snmp:
        controller = ServiceController(snmp.app)
        controller.start(prewarm_mibs=False)
        try:
            c = controller
            session = answer(qtbot, c, lambda: c.open_session("one arc"))
            assert isinstance(session, int), session
            entity = answer(qtbot, c, lambda: c.add_entity(session, f"{host}:{port}"))
            context = answer(qtbot, c, lambda: c.add_context(session, b"public"))
            assert isinstance(entity, int) and isinstance(context, int), (entity, context)
            result = answer(qtbot, c, lambda: c.walk(session, entity, context, (1,), 10))
            assert isinstance(result, WalkResult), result
            assert (result.reason, result.error) == ("end", "")
            assert result.count == len(scripted_agent.tree)
        finally:
            assert controller.shutdown(5000)
