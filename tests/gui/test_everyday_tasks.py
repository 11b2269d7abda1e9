"""The administrator's everyday tasks, driven through the real widgets against real agents,
each counted in user actions (a click, a key, typing into one field, picking a completion).

The window starts as a user finds it after a first launch: a session with a saved agent (the
demo router). Each test lists its actions in ``actions`` and asserts the count, so a change
that makes a task longer fails here.
"""

from __future__ import annotations

import shlex
import subprocess

import pytest
from mibkit_path import CORPUS
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from snmpscope.core.constants import HandleKind

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
