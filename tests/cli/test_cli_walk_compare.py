"""A walk of all of 1.3.6.1 on the private snmpd: our ``-On`` output against ``snmpwalk -On``.

snmpd serves the live host (counters, uptimes, the engine time, dates, cache states), so two
walks a second apart differ in places. Both sides walk with the agent's ``steady`` community,
whose view leaves out the tables other processes change (sockets, connections, processes:
``agents.snmpd.UNSTEADY_SUBTREES``); everything else of the host is compared. The rule,
chosen so that a real difference cannot hide and a tick cannot fail the test:

* **Window.** net-snmp walks (A), then we walk, then net-snmp walks again (B).
* **OIDs exactly.** Our OID sequence (order and count) must equal A's or B's.
* **Values.** For every OID, the type label must equal A's (or B's). The value must equal A's
  or B's exactly, except (1) Counter32, Counter64, Gauge32 and Timeticks, which move by
  nature, and (2) objects whose value net-snmp itself saw change between A and B (e.g.
  hrSystemDate, snmpEngineTime): for those the type must match.
* **Retries.** If A and B differ in OIDs (a process or socket came or went), or a value
  flipped and flipped back within the window (snmpd's cache states, memory figures under
  load), the whole window is taken again, up to three times; objects net-snmp saw moving in
  any window count as moving from then on. A real difference repeats in every window.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import pytest
from agents.netsnmp import NetSnmpTools, VarbindRow, parse_numeric, transport_spec
from agents.snmpd import SnmpdAgent
from clikit import run

MOVING_TYPES = frozenset({"Counter32", "Counter64", "Gauge32", "Timeticks"})
ATTEMPTS = 3


def our_walk(command: str, port: int, community: str, options: list[str]) -> list[VarbindRow]:
    address = transport_spec("127.0.0.1", port)
    result = run(command, "-On", "-c", community, *options, address, ".1.3.6.1")
    assert result.code == 0, result.err
    rows = parse_numeric(result.out)
    # Like the fixture's walk_numeric: the closing endOfMibView line is not a variable.
    assert rows[-1][1] == "endOfMibView"
    return rows[:-1]


def moving_values(before: list[VarbindRow], after: list[VarbindRow]) -> set[tuple[int, ...]]:
    """OIDs whose value net-snmp itself saw change from one walk to the other."""
    second = {row[0]: row[2] for row in after}
    return {oid for oid, _, value in before if oid in second and second[oid] != value}


def compare(
    ours: list[VarbindRow],
    before: list[VarbindRow],
    after: list[VarbindRow],
    moving: AbstractSet[tuple[int, ...]] = frozenset(),
) -> list[str]:
    """Differences by the rule in the module docstring (empty: equal). ``moving`` adds OIDs
    seen changing in earlier windows."""
    problems: list[str] = []
    oids = [row[0] for row in ours]
    if oids not in ([row[0] for row in before], [row[0] for row in after]):
        mine, theirs = set(oids), {row[0] for row in before}
        problems.append(
            f"OIDs differ: {len(oids)} vs {len(before)}; only ours: {sorted(mine - theirs)[:5]},"
            f" only net-snmp's: {sorted(theirs - mine)[:5]}"
        )
        return problems
    first = {row[0]: row for row in before}
    second = {row[0]: row for row in after}
    moving = moving | moving_values(before, after)
    for oid, label, value in ours:
        candidates = [row for row in (first.get(oid), second.get(oid)) if row is not None]
        if label not in {row[1] for row in candidates}:
            problems.append(f"{oid}: type {label!r}, net-snmp {[r[1] for r in candidates]}")
            continue
        if label in MOVING_TYPES or oid in moving:
            continue
        if value not in {row[2] for row in candidates}:
            problems.append(f"{oid}: {label} {value!r}, net-snmp {candidates[0][2]!r}")
    return problems


@pytest.mark.parametrize(
    ("command", "options", "bulk"),
    [("walk", [], False), ("bulkwalk", ["-Cr25"], True)],
    ids=["walk-vs-snmpwalk", "bulkwalk-vs-snmpbulkwalk"],
)
def test_walk_of_everything_equals_net_snmp(
    snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, command: str, options: list[str], bulk: bool
) -> None:
    problems: list[str] = []
    moving: set[tuple[int, ...]] = set()
    port, community = snmpd_agent.port, snmpd_agent.steady_community
    for _ in range(ATTEMPTS):
        before = netsnmp.walk_numeric("127.0.0.1", port, community, bulk=bulk)
        ours = our_walk(command, port, community, options)
        after = netsnmp.walk_numeric("127.0.0.1", port, community, bulk=bulk)
        if [r[0] for r in before] != [r[0] for r in after]:
            problems = ["the agent's tree changed during the window"]
        else:
            problems = compare(ours, before, after, moving)
            moving |= moving_values(before, after)
        if not problems:
            break
        # A value can flip and flip back inside the window (NET-SNMP-AGENT-MIB::nsCacheStatus
        # goes cached -> expired -> cached): take the window again.
    assert problems == []
    assert len(ours) > 1000
    # The comparison covered every kind of value snmpd serves, not just a few.
    assert {row[1] for row in ours} >= {"STRING", "INTEGER", "OID", "Hex-STRING", "IpAddress"}


def test_the_rule_catches_a_wrong_value_a_wrong_type_and_a_missing_oid() -> None:
    a: list[VarbindRow] = [
        ((1, 3, 1), "STRING", "x"),
        ((1, 3, 2), "Timeticks", "(5) 0:00:00.05"),
        ((1, 3, 3), "STRING", "date 1"),
    ]
    b = [a[0], ((1, 3, 2), "Timeticks", "(9) 0:00:00.09"), ((1, 3, 3), "STRING", "date 2")]
    moved = [a[0], ((1, 3, 2), "Timeticks", "(7) 0:00:00.07"), ((1, 3, 3), "STRING", "date 3")]
    assert compare(moved, a, b) == []
    assert compare([((1, 3, 1), "STRING", "y"), *moved[1:]], a, b) != []
    assert compare([((1, 3, 1), "INTEGER", "x"), *moved[1:]], a, b) != []
    assert compare(moved[:2], a, b) != []
