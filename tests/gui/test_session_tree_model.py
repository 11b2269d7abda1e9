"""The session tree model: structure follows core events in batches; qtmodeltester passes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt

from snmpscope.core.api import Snmp
from snmpscope.core.constants import HandleKind, PduType, Syntax
from snmpscope.core.model.events import EventType
from snmpscope.core.service.bridge import EventBridge
from snmpscope.core.service.read_model import ReadModel
from snmpscope.core.smi.values import make_value
from snmpscope.gui.models.session_tree import NodeType, SessionTreeModel, TreeRole
from snmpscope.gui.naming import Naming

SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)


@pytest.fixture
def snmp() -> Iterator[Snmp]:
    with Snmp() as started:
        yield started


@pytest.fixture
def tree(qtbot, snmp: Snmp) -> Iterator[tuple[SessionTreeModel, EventBridge]]:
    bridge = EventBridge(snmp.app)
    model = SessionTreeModel(ReadModel(snmp.app), Naming())
    bridge.eventsReady.connect(model.apply_events)
    yield model, bridge
    bridge.close()


def _find(model: SessionTreeModel, handle: int) -> QModelIndex:
    index = model.index_of_handle(handle)
    assert index.isValid(), f"handle {handle} is not in the tree"
    return index


def _texts(model: SessionTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_sessions_groups_and_handles_follow_the_core(qtbot, qtmodeltester, snmp, tree) -> None:
    model, bridge = tree
    session = snmp.session("lab")
    agent = session.entity("[::1]:1161", timeout_cs=150, retry=3)
    context = session.context("public")
    pdu = session.pdu(PduType.GET, [(SYS_DESCR, None)])
    bridge.flush()

    top = _find(model, session.handle)
    assert top.data().startswith("lab")
    assert _texts(model, top) == [
        "Entities (1)",
        "Contexts (1)",
        "PDUs (1)",
        "Variable-binding lists (0)",
    ]
    entity_index = _find(model, agent.handle)
    assert entity_index.data() == "[::1]:1161"
    assert entity_index.siblingAtColumn(1).data() == "SNMPv2c · 1.5 s · 3 retries"
    assert _find(model, context.handle).data() == "pub•••"
    pdu_index = _find(model, pdu.handle)
    assert pdu_index.data() == f"GET #{pdu.request_id}"
    assert pdu_index.siblingAtColumn(1).data() == "not sent · 1 varbind"
    varbind = model.index(0, 0, pdu_index)
    assert varbind.data(TreeRole.NODE_TYPE) == NodeType.VARBIND
    assert varbind.data() == ".1.3.6.1.2.1.1.1.0"
    assert varbind.siblingAtColumn(1).data() == "NULL"
    assert model.flags(varbind) & Qt.ItemFlag.ItemNeverHasChildren
    qtmodeltester.check(model)

    context.free()
    bridge.flush()
    assert not model.index_of_handle(context.handle).isValid()
    assert model.index(1, 0, top).data() == "Contexts (0)"

    session.close()
    bridge.flush()
    assert model.rowCount() == 0
    assert model.handles() == set()
    qtmodeltester.check(model)


def test_a_burst_is_one_insert_per_parent(qtbot, snmp, tree) -> None:
    model, bridge = tree
    session = snmp.session()
    bridge.flush()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    handles = [session.context(f"community{i}").handle for i in range(500)]
    bridge.flush()
    assert inserted == [(0, 499)]
    contexts = model.index(1, 0, _find(model, session.handle))
    assert model.rowCount(contexts) == 500
    assert model.index(499, 0, contexts).data(TreeRole.HANDLE) == handles[-1]

    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    for handle in handles[100:300]:
        snmp.app.free_context(handle)
    bridge.flush()
    assert removed == [(100, 299)]
    assert model.rowCount(contexts) == 300


def test_created_and_freed_in_one_batch_never_shows(qtbot, snmp, tree) -> None:
    model, bridge = tree
    session = snmp.session()
    bridge.flush()
    inserted: list[int] = []
    model.rowsInserted.connect(lambda *_args: inserted.append(1))
    for _ in range(50):
        session.pdu(PduType.GETNEXT, [(SYS_DESCR, None)]).free()
    bridge.flush()
    assert inserted == []


def test_handles_made_elsewhere_appear_at_once(qtbot, snmp, tree) -> None:
    """A CLI or script using the same application in-process shows up live."""
    model, bridge = tree
    with qtbot.waitSignal(bridge.eventsReady, timeout=2000):
        cli = snmp.session("cli")
        cli.entity("127.0.0.1:1161")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    top = model.index(0, 0)
    assert model.rowCount(model.index(0, 0, top)) == 1


def test_big_varbind_lists_load_through_fetch_more(qtbot, qtmodeltester, snmp, tree) -> None:
    model, bridge = tree
    session = snmp.session()
    value = make_value(Syntax.INT, 7)
    vbl = session.vbl([((1, 3, 6, 1, 4, 1, i), value) for i in range(1, 1001)])
    bridge.flush()
    index = _find(model, vbl.handle)
    assert index.siblingAtColumn(1).data() == "1,000 varbinds"
    assert model.rowCount(index) == 0
    assert model.hasChildren(index)
    assert model.canFetchMore(index)
    model.fetchMore(index)
    assert model.rowCount(index) == 256
    qtmodeltester.check(model)
    while model.canFetchMore(index):
        model.fetchMore(index)
    assert model.rowCount(index) == 1000
    assert model.index(999, 1, index).data() == "INTEGER: 7"


def test_streaming_appends_to_a_loaded_vbl_in_ranges(qtbot, snmp, tree) -> None:
    model, bridge = tree
    session = snmp.session()
    vbl = session.vbl([((1, 3, 6, 1, 9, 0), make_value(Syntax.INT, 0))])
    bridge.flush()
    index = _find(model, vbl.handle)
    assert model.rowCount(index) == 1
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    for i in range(1, 301):
        vbl.append((1, 3, 6, 1, 9, i), make_value(Syntax.INT, i))
    bridge.flush()
    assert inserted == [(1, 300)]
    assert model.index(300, 0, index).data() == ".1.3.6.1.9.300"


def test_events_arrive_as_batches_not_one_signal_each(qtbot, snmp, tree) -> None:
    model, bridge = tree
    batches: list[int] = []
    bridge.eventsReady.connect(lambda events: batches.append(len(events)))
    session = snmp.session()
    for i in range(2000):
        session.context(f"c{i}")
    qtbot.waitUntil(lambda: sum(batches) >= 2001)
    assert len(batches) < 10
    assert model.rowCount(model.index(1, 0, model.index(0, 0))) == 2000


def test_the_model_starts_from_what_already_exists(qtbot, qtmodeltester, snmp) -> None:
    session = snmp.session("early")
    session.entity("127.0.0.1")
    request = session.pdu(PduType.GET, [(SYS_DESCR, None)])
    model = SessionTreeModel(ReadModel(snmp.app), Naming())
    top = model.index(0, 0)
    assert top.data(TreeRole.HANDLE) == session.handle
    pdus = model.index(2, 0, top)
    assert model.index(0, 0, pdus).data(TreeRole.HANDLE) == request.handle
    assert model.index(0, 0, pdus).data(TreeRole.INFO).kind == HandleKind.PDU
    qtmodeltester.check(model)
    assert EventType.CREATED  # the event vocabulary the model speaks


def test_a_big_vbl_that_keeps_growing_is_reread_at_a_bounded_rate(qtbot, snmp, tree) -> None:
    """Each re-read copies the list out of the core: a big one that changes every batch is
    re-read once per BIG_REFRESH_S, and the last change is shown when that time is up."""
    from snmpscope.gui.models import session_tree

    model, bridge = tree
    session = snmp.session()
    value = make_value(Syntax.INT, 7)
    big = session_tree.BIG_VARBINDS
    vbl = session.vbl([((1, 3, 6, 1, 4, 1, i), value) for i in range(1, big + 1)])
    bridge.flush()
    index = _find(model, vbl.handle)
    reads: list[int] = []
    describe = model._reader.describe
    model._reader.describe = lambda h: (reads.append(h), describe(h))[1]  # type: ignore[method-assign]
    for batch in range(5):  # five batches in a row, as a walk sends them
        snmp.app.append_vbs(vbl.handle, [((1, 3, 6, 1, 5, batch), value)])
        bridge.flush()
    assert reads.count(vbl.handle) == 1
    assert index.siblingAtColumn(1).data() == f"{big + 1:,} varbinds"
    qtbot.waitUntil(lambda: index.siblingAtColumn(1).data() == f"{big + 5:,} varbinds")
    assert reads.count(vbl.handle) == 2
