"""More of the window end to end: model checks while a walk streams, expected failures as
state, traps through the trap view, workspace save and restore, preferences."""

from __future__ import annotations

import json
import socket
from dataclasses import replace

import pytest
from agents.snmpd import free_udp_port as free_port
from PySide6.QtCore import Qt

from snmpscope.core.constants import HandleKind, PduType, SnmpVersion
from snmpscope.core.model.agent_db import MemorySecretStore
from snmpscope.core.service.operations import WalkProgress, WalkResult
from snmpscope.gui.context import create_context
from snmpscope.gui.dialogs.error_dialogs import AllocErrorDialog, ErrorDialog
from snmpscope.gui.dialogs.pdu_composer import PduComposer, PduSpec
from snmpscope.gui.dialogs.preferences_dialog import PreferencesDialog
from snmpscope.gui.dialogs.simple_dialogs import RegisterTrapsDialog, TrapFilterSpec
from snmpscope.gui.models.session_tree import NodeType, TreeRole
from snmpscope.gui.settings.preferences import Preferences

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)
LINK_DOWN = (1, 3, 6, 1, 6, 3, 1, 1, 5, 3)
IF_INDEX_2 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 2)


def start_with_demo(qtbot, gui) -> tuple[int, int, int]:
    with qtbot.waitSignal(gui.window.keeper.demoReady, timeout=15000) as ready:
        gui.window.start()
    session, entity, context = ready.args
    qtbot.waitUntil(lambda: gui.window.tree_model.index_of_handle(context).isValid())
    return session, entity, context


def no_dialogs(monkeypatch) -> None:
    def fail(*_args, **_kwargs):
        raise AssertionError("no dialog expected here")

    monkeypatch.setattr(ErrorDialog, "ask", classmethod(fail))
    monkeypatch.setattr(AllocErrorDialog, "ask", classmethod(fail))


def test_models_pass_the_model_tester_while_a_walk_streams(qtbot, qtmodeltester, gui) -> None:
    window = gui.window
    session, entity, context = start_with_demo(qtbot, gui)
    tree = window.tree_model
    qtmodeltester.check(tree)  # stays connected: every later signal is checked too
    qtmodeltester.check(window.walk_view.model)
    window.tree.expandAll()
    batches: list[WalkProgress] = []
    gui.controller.progress.connect(
        lambda _t, p: batches.append(p) if isinstance(p, WalkProgress) else None
    )
    with qtbot.waitSignal(
        gui.controller.succeeded,
        timeout=30000,
        check_params_cb=lambda _t, r: isinstance(r, WalkResult),
    ) as done:
        window.operations.walks.start_walk(session, entity, context, (1, 3, 6, 1), 10)
    result = done.args[1]
    assert result.reason == "end"
    assert result.count > 1000
    assert len(batches) >= 2  # streamed in batches, not one signal per varbind
    assert sum(len(b.varbinds) for b in batches) == result.count
    qtbot.waitUntil(
        lambda: (
            tree.index_of_handle(result.vbl).siblingAtColumn(1).data()
            == f"{result.count:,} varbinds"
        )
    )
    vbl = tree.index_of_handle(result.vbl)
    while tree.canFetchMore(vbl):
        tree.fetchMore(vbl)
    assert tree.rowCount(vbl) == result.count
    assert window.walk_view.model.rowCount() == result.count
    qtmodeltester.check(tree)


def test_a_timeout_is_node_state_and_status_text_not_a_dialog(qtbot, gui, monkeypatch, silent_port):
    window, app = gui.window, gui.controller.app
    session, _entity, context = start_with_demo(qtbot, gui)
    no_dialogs(monkeypatch)
    with qtbot.waitSignal(window.operations.handleCreated, timeout=5000) as created:
        window.operations.create_entity(
            session, f"127.0.0.1:{silent_port.port}", SnmpVersion.V2C, timeout_cs=10, retry=1
        )
    silent = created.args[0]
    get = PduSpec(PduType.GET, ((SYS_DESCR, None),), silent, context)
    monkeypatch.setattr(PduComposer, "ask", classmethod(lambda cls, *a, **k: get))
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(session))
    window.commands.new_pdu.trigger()
    qtbot.waitUntil(lambda: "TL_TIMEOUT" in window.status.currentMessage(), timeout=5000)
    (pdu,) = app.owned_handles(session, HandleKind.PDU)
    qtbot.waitUntil(
        lambda: (
            window.tree_model.index_of_handle(pdu).siblingAtColumn(1).data()
            == "timed out after 2 attempts"
        )
    )
    assert len(silent_port.flush()) == 2  # the first try and one retry really went out


def test_a_trap_reaches_the_trap_view_decoded(qtbot, qtmodeltester, gui, monkeypatch) -> None:
    window, app = gui.window, gui.controller.app
    session, _entity, context = start_with_demo(qtbot, gui)
    port = free_port()
    with qtbot.waitSignal(window.keeper.trapEndpointSet, timeout=5000) as moved:
        window.keeper.apply_preferences(Preferences(trap_port=port))
    assert moved.args == ["127.0.0.1", port]
    assert app.trap_endpoint == ("127.0.0.1", port)
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(session))
    monkeypatch.setattr(
        RegisterTrapsDialog,
        "ask",
        classmethod(lambda cls, *a: TrapFilterSpec(None, None, (1, 3, 6, 1, 6, 3, 1, 1, 5))),
    )
    with qtbot.waitSignal(gui.controller.succeeded, timeout=5000):
        window.commands.register_traps.trigger()
    qtbot.waitUntil(lambda: window.trap_view.registrations.count() == 1)
    assert "IF-MIB::linkDown" not in window.trap_view.registrations.item(0).text()
    with qtbot.waitSignal(window.operations.handleCreated, timeout=5000) as created:
        window.operations.create_entity(session, f"127.0.0.1:{port}")
    receiver = created.args[0]
    trap = PduSpec(
        PduType.TRAP,
        (
            ((1, 3, 6, 1, 2, 1, 1, 3, 0), _ticks(4200)),
            ((1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0), _oid(LINK_DOWN)),
            (IF_INDEX_2, _int(2)),
        ),
        receiver,
        context,
    )
    monkeypatch.setattr(PduComposer, "ask", classmethod(lambda cls, *a, **k: trap))
    with qtbot.waitSignal(gui.controller.trapReceived, timeout=5000):
        window.commands.new_pdu.trigger()
    traps = window.trap_view.traps
    assert traps.rowCount() == 1
    qtmodeltester.check(traps)
    assert traps.index(0, 2).data() == "TRAP"
    qtbot.waitUntil(lambda: window.naming.ready, timeout=10000)
    assert traps.index(0, 3).data() == "IF-MIB::linkDown"
    window.trap_view.trap_table.selectRow(0)
    varbinds = window.trap_view.varbinds
    assert varbinds.rowCount() == 3
    assert varbinds.index(2, 0).data() == "IF-MIB::ifIndex.2"
    assert varbinds.index(2, 3).data() == "2"


def test_a_new_trap_port_moves_the_registered_receiver_or_keeps_the_old_one(
    qtbot, gui, monkeypatch, netsnmp
) -> None:
    """Preferences change the trap port after a registration: the receiver moves at once.
    A port that is taken is said in the status bar (no dialog); the old receiver keeps
    working and the preferences show the port really in force."""
    window, app, controller = gui.window, gui.controller.app, gui.controller
    session, _entity, _context = start_with_demo(qtbot, gui)
    no_dialogs(monkeypatch)
    first = free_port()
    with qtbot.waitSignal(window.keeper.trapEndpointSet, timeout=5000):
        window.keeper.apply_preferences(replace(window.keeper.preferences, trap_port=first))
    with qtbot.waitSignal(controller.succeeded, timeout=5000):
        controller.register_traps(session)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        taken = squatter.getsockname()[1]
        with qtbot.waitSignal(controller.failed, timeout=5000):
            window.keeper.apply_preferences(replace(window.keeper.preferences, trap_port=taken))
    message = window.status.currentMessage()
    assert f"stays on 127.0.0.1:{first}" in message
    assert f"the trap port 127.0.0.1:{taken} is already in use" in message
    assert window.keeper.preferences.trap_port == first
    assert app.trap_endpoint == ("127.0.0.1", first)
    with qtbot.waitSignal(controller.trapReceived, timeout=5000):
        assert netsnmp.trap("127.0.0.1", first, LINK_DOWN).returncode == 0
    second = free_port()
    with qtbot.waitSignal(window.keeper.trapEndpointSet, timeout=5000) as moved:
        window.keeper.apply_preferences(replace(window.keeper.preferences, trap_port=second))
    assert moved.args == ["127.0.0.1", second]
    with qtbot.waitSignal(controller.trapReceived, timeout=5000):
        assert netsnmp.trap("127.0.0.1", second, LINK_DOWN).returncode == 0
    assert window.trap_view.traps.rowCount() == 2


def test_the_workspace_is_saved_without_secrets_and_restored(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "config"
    secrets = MemorySecretStore()
    first = create_context(folder, secrets, install_hooks=False)
    qtbot.addWidget(first.window)
    try:
        with qtbot.waitSignal(first.window.keeper.demoReady, timeout=15000):
            first.window.start()
        ops = first.window.operations
        with qtbot.waitSignal(ops.sessionOpened, timeout=5000) as opened:
            ops.open_session("lab")
        lab = opened.args[0]
        with qtbot.waitSignal(ops.handleCreated, timeout=5000):
            ops.create_entity(lab, "[::1]:1161", SnmpVersion.V1, 250, 4, "core-sw")
        with qtbot.waitSignal(ops.handleCreated, timeout=5000):
            ops.create_context(lab, "s3cret-community")
    finally:
        assert first.close()
    text = "".join(path.read_text() for path in folder.iterdir())  # the agents are in there
    assert "s3cret" not in text  # the community went to the secret store only
    layout = json.loads((folder / "workspace.json").read_text())
    assert [s["name"] for s in layout["sessions"]] == ["Demo router", "lab"]
    assert layout["sessions"][0]["demo"] is True

    second = create_context(folder, secrets, install_hooks=False)
    qtbot.addWidget(second.window)
    try:
        with qtbot.waitSignal(second.window.keeper.demoReady, timeout=15000):
            second.window.start()
        app = second.controller.app

        def restored() -> bool:
            for session in app.session_handles():
                if app.session_name(session) == "lab":
                    return (
                        len(app.owned_handles(session, HandleKind.ENTITY)) == 1
                        and len(app.owned_handles(session, HandleKind.CONTEXT)) == 1
                    )
            return False

        qtbot.waitUntil(restored, timeout=5000)
        lab = next(s for s in app.session_handles() if app.session_name(s) == "lab")
        (entity,) = app.owned_handles(lab, HandleKind.ENTITY)
        fields = app.describe(entity)
        assert (fields.address, fields.version) == ("[::1]:1161", SnmpVersion.V1)
        assert (fields.timeout_cs, fields.retry, fields.name) == (250, 4, "core-sw")
        (context,) = app.owned_handles(lab, HandleKind.CONTEXT)
        assert app.describe(context).community == b"s3cret-community"
    finally:
        assert second.close()


def test_without_a_keyring_secrets_stay_in_memory_and_the_user_is_told(qtbot, tmp_path):
    context = create_context(tmp_path / "config", install_hooks=False)  # no keyring here
    qtbot.addWidget(context.window)
    try:
        context.window.start(with_demo=False)
        assert "No system keyring" in context.window.status.currentMessage()
    finally:
        assert context.close()


def test_preferences_put_limits_into_force(qtbot, gui, monkeypatch) -> None:
    window, app = gui.window, gui.controller.app
    window.start(with_demo=False)
    wanted = Preferences(max_sessions=3, max_handles_per_session=500, trap_port=11162)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, prefs: wanted))
    with qtbot.waitSignal(window.keeper.trapEndpointSet, timeout=5000):
        window.commands.preferences.trigger()
    assert (app.limits.sessions, app.limits.handles_per_session) == (3, 500)
    assert app.trap_endpoint == ("127.0.0.1", 11162)
    assert window.keeper.preferences == wanted


def test_context_menus_offer_what_fits_the_row(qtbot, gui) -> None:
    window = gui.window
    session, entity, _context = start_with_demo(qtbot, gui)
    tree = window.tree_model
    menu = window.menu_actions(tree.index_of_handle(session))
    assert window.commands.close_session in menu
    assert window.commands.new_pdu in menu
    assert window.menu_actions(tree.index_of_handle(entity))[-1] is window.commands.free_handle
    window.tree.setCurrentIndex(tree.index_of_handle(entity))
    assert window.commands.free_handle.isEnabled()
    assert not window.commands.send_pdu.isEnabled()
    group = tree.index(2, 0, tree.index_of_handle(session))
    assert group.data(TreeRole.NODE_TYPE) == NodeType.GROUP
    assert window.commands.walk_here in window.menu_actions(group)


def test_free_handle_action_removes_the_row(qtbot, gui) -> None:
    window, app = gui.window, gui.controller.app
    _session, entity, _context = start_with_demo(qtbot, gui)
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(entity))
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not window.tree_model.index_of_handle(entity).isValid())
    assert not app.is_valid(entity)


def _ticks(value: int):
    from snmpscope.core.constants import Syntax
    from snmpscope.core.smi.values import make_value

    return make_value(Syntax.TIMETICKS, value)


def _oid(value: tuple[int, ...]):
    from snmpscope.core.constants import Syntax
    from snmpscope.core.smi.values import make_value

    return make_value(Syntax.OID, value)


def _int(value: int):
    from snmpscope.core.constants import Syntax
    from snmpscope.core.smi.values import make_value

    return make_value(Syntax.INT, value)


def test_resend_and_duplicate_a_pdu(qtbot, gui, monkeypatch) -> None:
    window, app = gui.window, gui.controller.app
    session, entity, context = start_with_demo(qtbot, gui)
    get = PduSpec(PduType.GET, ((SYS_DESCR, None),), entity, context)
    monkeypatch.setattr(PduComposer, "ask", classmethod(lambda cls, *a, **k: get))
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(session))
    with qtbot.waitSignal(window.operations.pduAnswered, timeout=5000) as first:
        window.commands.new_pdu.trigger()
    request = first.args[0]
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(request).isValid())
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(request))
    assert window.commands.send_pdu.isEnabled()
    with qtbot.waitSignal(window.operations.pduAnswered, timeout=5000) as again:
        window.commands.send_pdu.trigger()
    assert again.args[0] == request

    def responses() -> int:
        row = window.tree_model.index_of_handle(request)
        return sum(
            window.tree_model.index(r, 0, row).data(TreeRole.NODE_TYPE) == NodeType.RESPONSE
            for r in range(window.tree_model.rowCount(row))
        )

    qtbot.waitUntil(lambda: responses() == 2)  # both answers nest under the request

    window.tree.setCurrentIndex(window.tree_model.index_of_handle(request))
    with qtbot.waitSignal(window.operations.handleCreated, timeout=5000) as copied:
        window.commands.duplicate_pdu.trigger()
    copy = copied.args[0]
    assert app.pdu_data(copy).varbinds == app.pdu_data(request).varbinds
    assert app.pdu_data(copy).request_id == app.pdu_data(request).request_id  # WinSNMP copy
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(copy).isValid())
    assert window.tree_model.index_of_handle(copy).siblingAtColumn(1).data().startswith("not sent")


def test_walk_here_on_a_varbind_walks_from_its_oid(qtbot, gui) -> None:
    window = gui.window
    session, entity, context = start_with_demo(qtbot, gui)
    ops = window.operations
    with qtbot.waitSignal(ops.pduAnswered, timeout=5000) as answered:
        ops.create_and_send(session, entity, context, PduType.GETNEXT, [(1, 3, 6, 1, 2, 1, 2)])
    request = answered.args[0]
    tree = window.tree_model
    qtbot.waitUntil(
        lambda: (
            tree.index_of_handle(request).isValid()
            and tree.rowCount(tree.index_of_handle(request)) == 2
        )
    )
    varbind = tree.index(1, 0, tree.index_of_handle(request))
    assert varbind.data(TreeRole.NODE_TYPE) == NodeType.VARBIND
    window.tree.setCurrentIndex(varbind)
    with qtbot.waitSignal(
        gui.controller.succeeded,
        timeout=10000,
        check_params_cb=lambda _t, r: isinstance(r, WalkResult),
    ) as done:
        window.commands.walk_here.trigger()
    assert window.tabs.currentWidget() is window.walk_view
    assert window.walk_view.root.text() == "1.3.6.1.2.1.2"
    result = done.args[1]
    assert result.reason == "end"
    first_oid = window.walk_view.model.index(0, 1).data()
    assert first_oid.startswith(".1.3.6.1.2.1.2.")


def test_the_dark_scheme_is_a_palette_not_painted_colours(qtbot, gui) -> None:
    from PySide6.QtWidgets import QApplication

    from snmpscope.gui.theme import apply_color_scheme, is_dark

    window = gui.window
    light = is_dark(QApplication.palette())
    window.keeper.apply_preferences(Preferences(color_scheme="dark"))
    try:
        assert is_dark(QApplication.palette())
        # Widgets pick the application palette up (posted change events): nothing of ours
        # paints fixed colours.
        qtbot.waitUntil(lambda: is_dark(window.tree.palette()))
        assert is_dark(window.details.fields.palette())
        assert is_dark(window.walk_view.table.palette())
    finally:
        apply_color_scheme("system")
    assert is_dark(QApplication.palette()) == light
