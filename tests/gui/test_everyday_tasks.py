"""The administrator's everyday tasks, driven through the real widgets against real agents,
each counted in user actions (a click, a key, typing into one field, picking a completion).

The window starts as a user finds it after a first launch: a session with a saved agent (the
demo router). Each test lists its actions in ``actions`` and asserts the count, so a change
that makes a task longer fails here.
"""

from __future__ import annotations

import json
import shlex
import socket
import subprocess
from dataclasses import replace

import pytest
from agents.snmpd import free_udp_port
from mibkit_path import CORPUS
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from snmpscope.core.constants import HandleKind, PduType, SnmpVersion
from snmpscope.core.model.agent_db import MemorySecretStore
from snmpscope.core.service.agent_profiles import AgentBook, AgentProfile, V3Credentials
from snmpscope.gui.context import create_context
from snmpscope.gui.dialogs.export_dialog import ExportDialog, ExportTarget
from snmpscope.gui.dialogs.pdu_composer import PduComposer, PduSpec
from snmpscope.gui.views.table_view import TableView

# The offscreen platform cannot raise a completion popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def start_with_demo(qtbot, gui) -> tuple[int, int, int]:
    with qtbot.waitSignal(gui.window.keeper.demoReady, timeout=15000) as ready:
        gui.window.start()
    session, entity, context = ready.args
    qtbot.waitUntil(lambda: gui.window.quick_bar.current_target() is not None, timeout=5000)
    qtbot.waitUntil(lambda: gui.window.naming.ready, timeout=20000)
    return session, entity, context


def results_outcome(window) -> str:
    return window.results.outcome.text()


def test_get_a_scalar_from_the_bar_in_two_or_three_actions(qtbot, qtmodeltester, gui) -> None:
    window = gui.window
    session, _entity, _context = start_with_demo(qtbot, gui)
    bar = window.quick_bar
    qtmodeltester.check(window.results.model)
    actions = []
    # 1. type the start of the name; 2. take the completion; 3. press Get
    qtbot.keyClicks(bar.oid, "sysDes")
    actions.append("type 'sysDes' in the OID field")
    completer = bar.oid.completer()
    completions = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    ]
    assert "SNMPv2-MIB::sysDescr" in completions
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    row = completions.index("SNMPv2-MIB::sysDescr")
    popup.setCurrentIndex(completer.completionModel().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    actions.append("pick SNMPv2-MIB::sysDescr from the completion")
    assert bar.oid.text() == "SNMPv2-MIB::sysDescr"
    assert "demo-router" in bar.target.text()  # the agent is visible before sending
    qtbot.mouseClick(bar.buttons["get"], Qt.MouseButton.LeftButton)
    actions.append("click Get")
    qtbot.waitUntil(lambda: window.results.model.rowCount() == 1, timeout=10000)
    assert window.tabs.currentWidget() is window.results  # shown at once, not behind the tree
    assert window.results.model.index(0, 0).data() == "SNMPv2-MIB::sysDescr.0"
    assert "snmpscope demo router" in window.results.model.index(0, 3).data()
    assert "Answered" in results_outcome(window)
    assert len(actions) <= 3, actions
    # The PDUs are in the session tree too.
    pdus = gui.controller.app.owned_handles(session, HandleKind.PDU)
    assert pdus
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(pdus[0]).isValid())


def test_get_against_snmpd_typed_in_and_the_copied_command_runs_the_same(
    qtbot, gui, snmpd_agent, netsnmp
) -> None:
    """An address typed into the bar; the copied net-snmp command, run by net-snmp's
    snmpget against the same snmpd, prints what snmpscope's Copy gives."""
    window = gui.window
    start_with_demo(qtbot, gui)
    host, port = snmpd_agent.address
    bar = window.quick_bar
    bar.agent.setEditText(f"{host}:{port}")
    bar.oid.setText("SNMPv2-MIB::sysDescr.0")
    qtbot.mouseClick(bar.buttons["get"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.results.model.rowCount() == 1, timeout=10000)
    copied = window.results.take_away.copy_as_lines()
    window.results.show_secrets.setChecked(True)
    command = window.results.copy_command()
    assert command.startswith("snmpget -v2c -c public")
    assert QGuiApplication.clipboard().text() == command
    masked = window.results.command_text(show_secrets=False)
    assert "public" not in masked and "•••" in masked
    ran = run_netsnmp(netsnmp, command)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == copied


def run_netsnmp(netsnmp, command: str) -> subprocess.CompletedProcess[str]:
    """Run a copied command line as a shell would split it, with net-snmp reading the same
    MIB modules from the test corpus (names in the command must mean the same to it)."""
    args = shlex.split(command)
    env = dict(netsnmp.env, MIBDIRS=str(CORPUS), MIBS="SNMPv2-MIB:IF-MIB")
    return subprocess.run(
        [str(netsnmp.tool_dir / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
        check=False,
    )


LINK_DOWN = (1, 3, 6, 1, 6, 3, 1, 1, 5, 3)
IF_INDEX_2 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 2)


def start_receiving_on_a_free_port(qtbot, gui) -> int:
    """Start the window with its trap receiver on a port no other test run uses."""
    port = free_udp_port()
    keeper = gui.window.keeper
    keeper.state.preferences = replace(keeper.state.preferences, trap_port=port)
    start_with_demo(qtbot, gui)
    qtbot.waitUntil(lambda: gui.window.receiver.listening, timeout=10000)
    return port


def test_see_a_trap_sent_by_snmptrap_without_any_action_and_after_a_restart(
    qtbot, qtmodeltester, gui, netsnmp, tmp_path, monkeypatch
) -> None:
    """The receiver is on from the start; a net-snmp snmptrap shows in the trap log with
    MIB names (0 actions to receive, 1 to see the Traps tab, 1 to pick the trap); the log
    survives a restart of the window."""
    window = gui.window
    port = start_receiving_on_a_free_port(qtbot, gui)
    view = window.trap_view
    assert view.state.text() == f"Listening for traps and informs on 127.0.0.1:{port}."
    assert not view.retry_button.isVisible()
    assert window.receiver_state.text() == "Traps: listening"
    qtmodeltester.check(view.traps)
    qtmodeltester.check(view.shown)
    with qtbot.waitSignal(window.receiver.logged, timeout=10000):
        sent = netsnmp.trap("127.0.0.1", port, LINK_DOWN, (IF_INDEX_2, "i", "2"))
        assert sent.returncode == 0, sent.stderr
    actions = []
    window.tabs.setCurrentWidget(view)
    actions.append("click the Traps tab")
    assert view.traps.rowCount() == 1
    assert view.traps.index(0, 3).data() == "IF-MIB::linkDown"
    assert view.traps.index(0, 5).data() == "ifIndex.2 = 2"
    view.trap_table.selectRow(0)
    actions.append("click the trap")
    assert view.varbinds.index(2, 0).data() == "IF-MIB::ifIndex.2"
    assert "IF-MIB::linkDown from 127.0.0.1:" in view.detail.text()
    assert len(actions) <= 3
    # Filter by agent, notification or text.
    view.filter.setText("linkdown")
    assert view.shown.rowCount() == 1
    view.filter.setText("coldStart")
    assert view.shown.rowCount() == 0
    view.filter.setText("127.0.0.1 ifIndex")
    assert view.shown.rowCount() == 1
    view.filter.clear()
    # Export the log (1 action once the file is chosen): CSV and JSON with MIB names.
    for kind in ("csv", "json"):
        path = tmp_path / f"traps.{kind}"
        monkeypatch.setattr(
            ExportDialog, "ask", classmethod(lambda cls, *a, p=path, k=kind: ExportTarget(p, k))
        )
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert window.status.currentMessage() == f"Exported 1 trap to {path}."
    rows = (tmp_path / "traps.csv").read_text().splitlines()
    assert rows[0] == "received,from,type,notification,varbinds"
    assert ",TRAP,IF-MIB::linkDown,ifIndex.2 = 2" in rows[1]
    doc = json.loads((tmp_path / "traps.json").read_text())
    (trap,) = doc["traps"]
    assert trap["notification"] == "IF-MIB::linkDown"
    assert trap["varbinds"][2] == {
        "name": "IF-MIB::ifIndex.2",
        "oid": ".1.3.6.1.2.1.2.2.1.1.2",
        "type": "INTEGER",
        "value": "2",
    }

    # Restart: a new window on the same config folder shows the trap again.
    config = gui.workspace.folder
    assert gui.close()
    again = create_context(config, MemorySecretStore(), install_hooks=False)
    qtbot.addWidget(again.window)
    try:
        again.window.show()
        restored = again.window.trap_view
        assert restored.traps.rowCount() == 1
        assert restored.traps.index(0, 1).data().startswith("127.0.0.1:")
        again.window.tabs.setCurrentWidget(restored)
        restored.trap_table.selectRow(0)
        assert restored.varbinds.rowCount() == 3
        # Clear empties it, on disk too.
        qtbot.mouseClick(restored.clear_button, Qt.MouseButton.LeftButton)
        assert restored.traps.rowCount() == 0
        assert (config / "traps.jsonl").read_text() == ""
    finally:
        assert again.close()


def test_a_port_in_use_says_why_and_retry_listens_once_it_is_free(qtbot, gui) -> None:
    port = free_udp_port()
    blocker = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    blocker.bind(("127.0.0.1", port))
    try:
        keeper = gui.window.keeper
        keeper.state.preferences = replace(keeper.state.preferences, trap_port=port)
        start_with_demo(qtbot, gui)
        view = gui.window.trap_view
        qtbot.waitUntil(lambda: "Not listening" in view.state.text(), timeout=10000)
        assert f"127.0.0.1:{port}" in view.state.text()
        assert view.retry_button.isVisibleTo(view)
        assert gui.window.receiver_state.text() == "Traps: NOT listening"
    finally:
        blocker.close()
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.window.receiver.listening, timeout=10000)
    assert not view.retry_button.isVisibleTo(view)


def use_agent(qtbot, window, address: str) -> None:
    """Type an agent into the bar's agent field (setup, not one of the counted actions)."""
    window.quick_bar.agent.setEditText(address)


def test_walk_a_subtree_from_the_bar_export_it_and_run_its_command(
    qtbot, qtmodeltester, gui, snmpd_agent, netsnmp, tmp_path, monkeypatch
) -> None:
    """Walk ifDescr (2 actions: type the name, click Walk); export CSV and JSON (1 action
    each once the dialog is answered); the copied snmpbulkwalk, run by net-snmp, prints
    exactly the walk's copied lines."""
    window = gui.window
    start_with_demo(qtbot, gui)
    host, port = snmpd_agent.address
    use_agent(qtbot, window, f"{host}:{port}")
    bar, walk = window.quick_bar, window.walk_view
    qtmodeltester.check(walk.model)
    actions = []
    qtbot.keyClicks(bar.oid, "IF-MIB::ifDescr")
    actions.append("type IF-MIB::ifDescr")
    with qtbot.waitSignal(window.operations.walks.walkRunning, timeout=10000):
        qtbot.mouseClick(bar.buttons["walk"], Qt.MouseButton.LeftButton)
    actions.append("click Walk")
    qtbot.waitUntil(lambda: walk.status.text().startswith("Done:"), timeout=20000)
    assert window.tabs.currentWidget() is walk
    assert len(actions) <= 3
    rows = walk.model.rowCount()
    assert rows >= 1
    assert walk.model.index(0, 0).data() == "IF-MIB::ifDescr.1"
    copied = walk.take_away.copy_as_lines()
    assert copied.count("\n") == rows
    walk.show_secrets.setChecked(True)
    command = walk.copy_command()
    assert command.startswith("snmpbulkwalk -v2c -c public -t 1 -r 2 -Cr25 ")
    assert command.endswith(f"{host}:{port} IF-MIB::ifDescr")
    walk.show_secrets.setChecked(False)
    assert "'•••'" in walk.copy_command()
    ran = run_netsnmp(netsnmp, command)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == copied

    for kind in ("csv", "json"):
        path = tmp_path / f"walk.{kind}"
        monkeypatch.setattr(
            ExportDialog, "ask", classmethod(lambda cls, *a, p=path, k=kind: ExportTarget(p, k))
        )
        qtbot.mouseClick(walk.export_button, Qt.MouseButton.LeftButton)
        expected = f"Exported {rows} rows to {path}." if rows != 1 else f"Exported 1 row to {path}."
        assert window.status.currentMessage() == expected
    lines = (tmp_path / "walk.csv").read_text().splitlines()
    assert lines[0] == "name,oid,type,value"
    assert lines[1].startswith("IF-MIB::ifDescr.1,.1.3.6.1.2.1.2.2.1.2.1,STRING,")
    assert len(lines) == rows + 1
    doc = json.loads((tmp_path / "walk.json").read_text())
    assert doc["walk"] == "IF-MIB::ifDescr"
    assert len(doc["varbinds"]) == rows
    assert doc["varbinds"][0]["line_value"].startswith("STRING: ")


def test_set_a_value_with_the_agent_shown_before_sending(qtbot, gui, snmpd_agent, netsnmp) -> None:
    """SET sysLocation.0 (3 actions: name, value, click Set); the bar says where it goes
    before anything is sent, and net-snmp reads the new value back."""
    window = gui.window
    keeper = gui.window.keeper
    keeper.state.preferences = replace(keeper.state.preferences, default_community="private")
    start_with_demo(qtbot, gui)
    host, port = snmpd_agent.address
    before = netsnmp.run(
        "snmpget", "-v2c", "-c", "public", "-Ovq", f"{host}:{port}", ".1.3.6.1.2.1.1.6.0"
    )
    bar = window.quick_bar
    use_agent(qtbot, window, f"{host}:{port}")
    assert f"{host}:{port}" in bar.target.text()
    actions = []
    qtbot.keyClicks(bar.oid, "sysLocation.0")
    actions.append("type sysLocation.0")
    qtbot.keyClicks(bar.value, "rack 7, row B")
    actions.append("type the value")
    qtbot.mouseClick(bar.buttons["set"], Qt.MouseButton.LeftButton)
    actions.append("click Set")
    assert len(actions) <= 3
    try:
        qtbot.waitUntil(lambda: window.results.model.rowCount() == 1, timeout=10000)
        assert "Answered" in window.results.outcome.text()
        assert window.results.model.index(0, 3).data() == "rack 7, row B"
        assert window.results.title.text().startswith(
            f"SET SNMPv2-MIB::sysLocation.0 → {host}:{port}"
        )
        after = netsnmp.run(
            "snmpget", "-v2c", "-c", "public", "-Ovq", f"{host}:{port}", ".1.3.6.1.2.1.1.6.0"
        )
        assert after.stdout.strip().strip('"') == "rack 7, row B"
        command = window.results.command_text(show_secrets=False)
        assert command.endswith("SNMPv2-MIB::sysLocation.0 = 'rack 7, row B'")
    finally:
        old = before.stdout.strip().strip('"')
        netsnmp.run(
            "snmpset", "-v2c", "-c", "private", f"{host}:{port}", ".1.3.6.1.2.1.1.6.0", "s", old
        )


def test_a_get_that_times_out_says_so_in_words_never_noerror(qtbot, gui, silent_port) -> None:
    window = gui.window
    start_with_demo(qtbot, gui)
    keeper = window.keeper
    keeper.state.preferences = replace(
        keeper.state.preferences, default_timeout_cs=10, default_retry=2
    )
    use_agent(qtbot, window, f"127.0.0.1:{silent_port.port}")
    window.quick_bar.oid.setText("sysDescr.0")
    qtbot.mouseClick(window.quick_bar.buttons["get"], Qt.MouseButton.LeftButton)
    outcome = window.results.outcome
    qtbot.waitUntil(lambda: "No answer" in outcome.text(), timeout=10000)
    assert outcome.text() == f"No answer from 127.0.0.1:{silent_port.port} after 3 tries."
    assert outcome.property("failed") is True
    assert "noError" not in outcome.text() + window.status.currentMessage()
    session = window.quick.current_target().session
    (pdu,) = gui.controller.app.owned_handles(session, HandleKind.PDU)
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(pdu).isValid())
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(pdu))
    assert "Outcome=timed out after 3 attempts" in details_text(window)
    assert "noError" not in details_text(window)


def test_a_saved_agent_opens_with_its_credentials_from_the_bar(qtbot, gui, snmpd_agent) -> None:
    """A saved agent (address, community, timeout, retry) listed in the bar: pick it (1),
    type the name (2), Get (3). Its entity and context are created in the selected session,
    both named after it, and the context node names its agent."""
    window = gui.window
    host, port = snmpd_agent.address
    book = AgentBook([AgentProfile("core-sw", f"{host}:{port}", community="public", retry=1)])
    window.keeper.state.agents = book
    session, _entity, _context = start_with_demo(qtbot, gui)
    bar = window.quick_bar
    labels = [bar.agent.itemText(i) for i in range(bar.agent.count())]
    assert "core-sw (saved)" in labels
    actions = []
    bar.agent.setCurrentIndex(labels.index("core-sw (saved)"))
    actions.append("pick core-sw (saved) in the agent field")
    assert f"core-sw · {host}:{port}" in bar.target.text()
    qtbot.keyClicks(bar.oid, "sysDescr.0")
    actions.append("type sysDescr.0")
    qtbot.mouseClick(bar.buttons["get"], Qt.MouseButton.LeftButton)
    actions.append("click Get")
    qtbot.waitUntil(lambda: window.results.model.rowCount() == 1, timeout=10000)
    assert len(actions) <= 3
    assert window.results.model.index(0, 3).data() == snmpd_agent.sys_descr
    app = gui.controller.app
    entities = [app.describe(h) for h in app.owned_handles(session, HandleKind.ENTITY)]
    contexts = [app.describe(h) for h in app.owned_handles(session, HandleKind.CONTEXT)]
    core = next(e for e in entities if e.name == "core-sw")
    assert core.retry == 1
    named = next(c for c in contexts if c.name == "core-sw")
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(named.handle).isValid())
    assert window.tree_model.index_of_handle(named.handle).data() == "core-sw — pub•••"
    assert bar.agent.currentText() == f"core-sw ({host}:{port})"
    # Getting again reuses the agent: nothing is added twice.
    qtbot.mouseClick(bar.buttons["get"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Answered" in window.results.outcome.text(), timeout=10000)
    assert len(app.owned_handles(session, HandleKind.CONTEXT)) == len(contexts)


def details_text(window) -> str:
    fields = window.details.fields
    return " ".join(
        f"{fields.item(r, 0).text()}={fields.item(r, 1).text()}" for r in range(fields.rowCount())
    )


def test_the_raw_pane_masks_the_community_unless_show_secrets(qtbot, gui) -> None:
    window = gui.window
    session, _entity, _context = start_with_demo(qtbot, gui)
    window.quick_bar.oid.setText("sysDescr.0")
    qtbot.mouseClick(window.quick_bar.buttons["get"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.results.model.rowCount() == 1, timeout=10000)
    app = gui.controller.app
    (pdu,) = (
        h for h in app.owned_handles(session, HandleKind.PDU) if app.describe(h).type == PduType.GET
    )
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(pdu).isValid())
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(pdu))
    raw = window.details.raw.toPlainText()
    assert "public" not in raw and "70 75 62 6c 69 63" not in raw
    assert "•• •• •• •• •• ••" in raw
    assert window.details.raw_label.text().endswith("· community masked")
    window.details.show_secrets.setChecked(True)
    raw = window.details.raw.toPlainText()
    assert "public" in raw and "70 75 62 6c 69 63" in raw
    # The request's outcome, not a meaningless "noError" of its own error-status field.
    assert "Outcome=answered" in details_text(window)
    assert "noError" not in details_text(window)


def test_edit_a_copy_opens_the_composer_filled_in_and_makes_a_new_pdu(
    qtbot, gui, monkeypatch
) -> None:
    """ "Duplicate PDU" is WinSNMP's copy (same request id, same name); "Edit a Copy…" opens
    the composer with the PDU's type, varbinds and destination, and creates a new PDU."""
    window = gui.window
    session, entity, context = start_with_demo(qtbot, gui)
    app = gui.controller.app
    with qtbot.waitSignal(window.operations.pduAnswered, timeout=10000) as answered:
        window.operations.create_and_send(
            session, entity, context, PduType.GET, [(1, 3, 6, 1, 2, 1, 1, 5, 0)]
        )
    request = answered.args[0]
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(request).isValid())
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(request))
    seen: dict[str, object] = {}

    def compose(cls, parent, naming, entities, contexts, initial, preferred, **kwargs):
        seen.update(kwargs, preferred=preferred)
        rows = kwargs["initial_rows"]
        return PduSpec(PduType.GETNEXT, ((naming.resolve(rows[0][0]), None),), entity, context)

    monkeypatch.setattr(PduComposer, "ask", classmethod(compose))
    assert window.commands.edit_copy.isEnabled()
    with qtbot.waitSignal(window.operations.pduAnswered, timeout=10000) as again:
        window.commands.edit_copy.trigger()
    assert seen["initial_type"] == PduType.GET
    assert seen["initial_rows"] == [("SNMPv2-MIB::sysName.0", "=", "")]
    assert seen["preferred"] == (entity, context)
    copy = again.args[0]
    assert copy != request
    assert app.pdu_data(copy).request_id != app.pdu_data(request).request_id


def test_selection_is_context_for_the_bar_the_composer_the_walk_and_the_mib_browser(
    qtbot, gui, snmpd_agent, monkeypatch
) -> None:
    """With two agents in a session, selecting the second in the tree makes it the agent of
    the bar (shown before sending), the composer's default, the walk's and the MIB
    browser's: never the session's first agent."""
    window = gui.window
    session, demo_entity, _demo_context = start_with_demo(qtbot, gui)
    host, port = snmpd_agent.address
    ops = window.operations
    made: dict[str, int] = {}
    with qtbot.waitSignal(ops.handleCreated, timeout=5000):
        ops.create_entity(session, f"{host}:{port}", name="snmpd", then=lambda h: made.update(e=h))
    with qtbot.waitSignal(ops.handleCreated, timeout=5000):
        ops.create_context(session, "public", "snmpd", then=lambda h: made.update(c=h))
    entity, context = made["e"], made["c"]
    tree = window.tree_model
    qtbot.waitUntil(
        lambda: tree.index_of_handle(entity).isValid() and tree.index_of_handle(context).isValid()
    )
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(entity))
    bar = window.quick_bar
    assert (bar.current_target().entity, bar.current_target().context) == (entity, context)
    assert f"snmpd ({host}:{port})" in bar.target.text()
    # The composer starts on the selected agent.
    seen: dict[str, object] = {}

    def compose(cls, parent, naming, entities, contexts, initial, preferred, **kwargs):
        seen["preferred"] = preferred

    monkeypatch.setattr(PduComposer, "ask", classmethod(compose))
    window.commands.new_pdu.trigger()
    assert seen["preferred"] == (entity, context)
    # The walk pane and the MIB browser's buttons too.
    assert window.walk_view.entity.currentData() == entity
    assert window.walk_view.context.currentData() == context
    assert window.mibs._target() == (session, entity, context)
    # Selecting the demo agent moves them all back.
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(demo_entity))
    assert bar.current_target().entity == demo_entity
    assert window.mibs._target()[1] == demo_entity


def test_a_failed_walk_shows_failed_in_red_with_words(qtbot, gui, silent_port) -> None:
    window = gui.window
    keeper = window.keeper
    keeper.state.preferences = replace(
        keeper.state.preferences, default_timeout_cs=10, default_retry=2
    )
    start_with_demo(qtbot, gui)
    use_agent(qtbot, window, f"127.0.0.1:{silent_port.port}")
    window.quick_bar.oid.setText("system")
    qtbot.mouseClick(window.quick_bar.buttons["walk"], Qt.MouseButton.LeftButton)
    walk = window.walk_view
    qtbot.waitUntil(lambda: walk.status.text().startswith("Walk failed"), timeout=10000)
    assert walk.status.text() == (
        f"Walk failed: No answer from 127.0.0.1:{silent_port.port} after 3 tries."
    )
    assert walk.status.property("failed") is True
    assert "c62828" in walk.progress.styleSheet()  # the bar is red, not a quiet "done"


def test_the_receivers_session_keeps_no_handle_per_trap(qtbot, gui, netsnmp) -> None:
    port = start_receiving_on_a_free_port(qtbot, gui)
    window, app = gui.window, gui.controller.app
    receiver = window.receiver.session
    for _ in range(3):
        with qtbot.waitSignal(window.receiver.logged, timeout=10000):
            assert netsnmp.trap("127.0.0.1", port, LINK_DOWN).returncode == 0
    assert window.trap_view.traps.rowCount() == 3
    qtbot.waitUntil(lambda: app.owned_handles(receiver, HandleKind.PDU) == [], timeout=5000)


def test_open_a_saved_v3_agent_and_get_in_three_actions(qtbot, gui, snmpd_agent, netsnmp) -> None:
    """A saved SNMPv3 agent (authPriv, SHA-256/AES): pick it (1), type the name (2), Get (3);
    the copied snmpget with its USM options prints what snmpscope's Copy gives."""
    window = gui.window
    host, port = snmpd_agent.address
    user = snmpd_agent.user("sha256-aes")
    v3 = V3Credentials(user.name, "authPriv", "SHA-256", user.auth_key, "AES", user.priv_key)
    window.keeper.state.agents = AgentBook(
        [AgentProfile("core-v3", f"{host}:{port}", SnmpVersion.V3, v3=v3)]
    )
    start_with_demo(qtbot, gui)
    bar = window.quick_bar
    labels = [bar.agent.itemText(i) for i in range(bar.agent.count())]
    actions = []
    bar.agent.setCurrentIndex(labels.index("core-v3 (saved)"))
    actions.append("pick core-v3 (saved)")
    assert "SNMPv3" in bar.target.text()
    qtbot.keyClicks(bar.oid, "sysDescr.0")
    actions.append("type sysDescr.0")
    qtbot.mouseClick(bar.buttons["get"], Qt.MouseButton.LeftButton)
    actions.append("click Get")
    qtbot.waitUntil(lambda: window.results.model.rowCount() == 1, timeout=20000)
    assert len(actions) <= 3
    assert "user sha256-aes-user" in bar.target.text()
    masked = window.results.command_text(show_secrets=False)
    assert masked.startswith(
        "snmpget -v3 -l authPriv -u sha256-aes-user -a SHA-256 -A '•••' -x AES -X '•••'"
    )
    ran = run_netsnmp(netsnmp, window.results.command_text(show_secrets=True))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == window.results.take_away.copy_as_lines()


def test_see_a_table_from_the_bar_in_two_actions(qtbot, gui, snmpd_agent, netsnmp) -> None:
    """Type IF-MIB::ifTable (1), click Table (2): the MIB workbench's table window opens on
    the bar's agent; the results pane offers the snmptable command, which net-snmp runs."""
    window = gui.window
    start_with_demo(qtbot, gui)
    host, port = snmpd_agent.address
    use_agent(qtbot, window, f"{host}:{port}")
    bar = window.quick_bar
    assert bar.buttons["table"].isEnabled()  # the service has walk_table
    actions = []
    qtbot.keyClicks(bar.oid, "IF-MIB::ifTable")
    actions.append("type IF-MIB::ifTable")
    qtbot.mouseClick(bar.buttons["table"], Qt.MouseButton.LeftButton)
    actions.append("click Table")
    assert len(actions) <= 3

    def views() -> list[TableView]:
        return window.findChildren(TableView)

    qtbot.waitUntil(lambda: bool(views()) and views()[0].model.rowCount() > 0, timeout=20000)
    command = window.results.command_text(show_secrets=True)
    assert command.startswith("snmptable -v2c -c public")
    assert command.endswith(f"{host}:{port} IF-MIB::ifTable")
    ran = run_netsnmp(netsnmp, command)
    assert ran.returncode == 0, ran.stderr
    assert "ifDescr" in ran.stdout
