"""The real main window against the embedded demo agent: sessions, entities, contexts, a GET
answered under its PDU node, a walk stopped half-way, closing, the allocation-error dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from snmpscope.core.constants import HandleKind, PduType, SnmpVersion
from snmpscope.core.service.failures import Failure
from snmpscope.core.service.operations import WalkResult
from snmpscope.gui.context import AppContext
from snmpscope.gui.dialogs.entity_dialog import EntityDialog, EntitySpec
from snmpscope.gui.dialogs.error_dialogs import AllocErrorDialog, ErrorDialog
from snmpscope.gui.dialogs.pdu_composer import PduComposer, PduSpec
from snmpscope.gui.dialogs.simple_dialogs import ContextDialog, ContextSpec, NewSessionDialog
from snmpscope.gui.models.session_tree import NodeType, TreeRole

# The offscreen platform says this once when a top-level window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)
DEMO_DESCR = "snmpscope demo router"


def start_with_demo(qtbot, gui: AppContext) -> tuple[int, int, int]:
    """Start the window (first launch: demo agent + demo session); (session, entity, context)."""
    with qtbot.waitSignal(gui.window.keeper.demoReady, timeout=15000) as ready:
        gui.window.start()
    session, entity, context = ready.args
    return session, entity, context


def row_of(gui: AppContext, handle: int) -> QModelIndex:
    return gui.window.tree_model.index_of_handle(handle)


def shown(gui: AppContext, handle: int) -> bool:
    return row_of(gui, handle).isValid()


def open_session(qtbot, gui: AppContext, monkeypatch, name: str) -> int:
    monkeypatch.setattr(NewSessionDialog, "ask", classmethod(lambda cls, parent, default="": name))
    with qtbot.waitSignal(gui.window.operations.sessionOpened, timeout=5000) as opened:
        gui.window.commands.new_session.trigger()
    session = opened.args[0]
    qtbot.waitUntil(lambda: shown(gui, session))
    return session


def test_first_launch_shows_a_working_demo_session(qtbot, gui) -> None:
    session, entity, context = start_with_demo(qtbot, gui)
    model = gui.window.tree_model
    qtbot.waitUntil(lambda: shown(gui, entity) and shown(gui, context))
    top = row_of(gui, session)
    assert top.data().startswith("Demo router")
    assert row_of(gui, entity).data().startswith("demo-router — 127.0.0.1:")
    assert row_of(gui, context).data() == "demo-router — pub•••"  # it names its agent
    assert model.index(0, 0, top).data() == "Entities (1)"
    # The demo session and the window's own trap receiver session.
    qtbot.waitUntil(lambda: gui.window.receiver.session != 0)
    assert "Sessions: 2" in gui.window.status.counters.text()


def test_create_session_entity_context_get_walk_stop_close(qtbot, gui, monkeypatch) -> None:
    window, app = gui.window, gui.controller.app
    _demo, demo_entity, _ = start_with_demo(qtbot, gui)
    demo_address = app.describe(demo_entity).address

    session = open_session(qtbot, gui, monkeypatch, "lab")
    window.tree.setCurrentIndex(row_of(gui, session))
    assert window.commands.add_entity.isEnabled()

    spec = EntitySpec(demo_address, SnmpVersion.V2C, 100, 1, "public", True, "router")
    monkeypatch.setattr(EntityDialog, "ask", classmethod(lambda cls, parent, prefs: spec))
    window.commands.add_entity.trigger()
    qtbot.waitUntil(lambda: len(app.owned_handles(session, HandleKind.CONTEXT)) == 1)
    monkeypatch.setattr(
        ContextDialog, "ask", classmethod(lambda cls, parent, default: ContextSpec("private"))
    )
    window.commands.add_context.trigger()
    qtbot.waitUntil(lambda: len(app.owned_handles(session, HandleKind.CONTEXT)) == 2)
    (entity,) = app.owned_handles(session, HandleKind.ENTITY)
    public, private = app.owned_handles(session, HandleKind.CONTEXT)
    qtbot.waitUntil(lambda: shown(gui, entity) and shown(gui, private))
    assert row_of(gui, entity).data() == f"router — {demo_address}"
    assert row_of(gui, private).data() == "pri•••"

    # A GET composed in the PDU composer, answered under its PDU node.
    get = PduSpec(PduType.GET, ((SYS_DESCR, None),), entity, public)
    monkeypatch.setattr(PduComposer, "ask", classmethod(lambda cls, *args, **kwargs: get))
    with qtbot.waitSignal(window.operations.pduAnswered, timeout=5000) as answered:
        window.commands.new_pdu.trigger()
    request = answered.args[0]
    qtbot.waitUntil(
        lambda: shown(gui, request) and window.tree_model.rowCount(row_of(gui, request)) == 2
    )
    request_row = row_of(gui, request)
    assert request_row.siblingAtColumn(1).data().startswith("answered in ")
    response = window.tree_model.index(0, 0, request_row)
    assert response.data(TreeRole.NODE_TYPE) == NodeType.RESPONSE
    assert response.data().startswith("RESPONSE #")
    assert response.siblingAtColumn(1).data() == "noError · 1 varbind"
    varbind = window.tree_model.index(0, 1, response)
    assert DEMO_DESCR in varbind.data()
    assert window.tree_model.index(1, 0, request_row).data(TreeRole.NODE_TYPE) == NodeType.VARBIND
    window.tree.setCurrentIndex(response)
    assert window.details.varbind_model.rowCount() == 1
    assert window.details.raw.toPlainText().startswith("0000  30 ")

    # A walk of everything with GETNEXT, stopped after the first batch: results are kept.
    walk = window.walk_view
    walk.set_destinations(session, window.operations.entities_of(session), [(public, "public")])
    walk.root.setText("1.3.6.1")
    walk.max_repetitions.setValue(0)
    with qtbot.waitSignal(gui.controller.progress, timeout=5000):
        qtbot.mouseClick(walk.start_button, Qt.MouseButton.LeftButton)
    assert walk.stop_button.isEnabled()
    assert window.commands.stop_walk.isEnabled()
    with qtbot.waitSignal(
        gui.controller.succeeded,
        timeout=5000,
        check_params_cb=lambda _token, result: isinstance(result, WalkResult),
    ) as finished:
        qtbot.mouseClick(walk.stop_button, Qt.MouseButton.LeftButton)
    result = finished.args[1]
    assert result.reason == "stopped"
    assert 0 < result.count < 1000
    qtbot.waitUntil(lambda: walk.model.rowCount() == result.count)
    assert walk.status.text().startswith("Stopped: ")
    assert not walk.stop_button.isEnabled()
    assert len(app.vbl_varbinds(result.vbl)) == result.count  # partial results in the core

    # Closing the session removes its subtree; the core holds nothing for it any more.
    window.tree.setCurrentIndex(row_of(gui, session))
    window.commands.close_session.trigger()
    qtbot.waitUntil(lambda: not shown(gui, session))
    for handle in (entity, public, private, request, result.vbl):
        assert not shown(gui, handle)
    assert app.live_handle_count(session) == 0
    assert session not in app.session_handles()


def test_session_limit_shows_the_allocation_dialog_and_work_goes_on(
    qtbot, gui, monkeypatch
) -> None:
    window, app = gui.window, gui.controller.app
    session, entity, context = start_with_demo(qtbot, gui)
    qtbot.waitUntil(lambda: window.receiver.session != 0)  # the trap receiver has one too
    receiver = window.receiver.session
    app.set_resource_limits(sessions=2)
    asked: list[Failure] = []

    def fake_alloc(cls, parent, failure):
        asked.append(failure)

    monkeypatch.setattr(AllocErrorDialog, "ask", classmethod(fake_alloc))
    monkeypatch.setattr(
        ErrorDialog, "ask", classmethod(lambda cls, *args: pytest_fail("unexpected error dialog"))
    )
    monkeypatch.setattr(NewSessionDialog, "ask", classmethod(lambda cls, parent, d="": "second"))
    window.commands.new_session.trigger()
    qtbot.waitUntil(lambda: len(asked) == 1)
    failure = asked[0]
    assert failure.name == "SNMPAPI_ALLOC_ERROR"
    assert failure.code == 2
    assert (failure.limit, failure.maximum) == ("sessions", 2)
    assert app.session_handles() == sorted([receiver, session])
    assert "The limit of 2 open sessions was reached." in window.status.currentMessage()

    # The first session still works: a GET through the window is answered.
    get = PduSpec(PduType.GET, ((SYS_DESCR, None),), entity, context)
    monkeypatch.setattr(PduComposer, "ask", classmethod(lambda cls, *args, **kwargs: get))
    qtbot.waitUntil(lambda: shown(gui, session))
    window.tree.setCurrentIndex(row_of(gui, session))
    with qtbot.waitSignal(window.operations.pduAnswered, timeout=5000) as answered:
        window.commands.new_pdu.trigger()
    assert app.describe(answered.args[0]).state.value == "answered"


def pytest_fail(text: str) -> None:
    raise AssertionError(text)
