"""Render the main states of the window offscreen into PNG files, against the demo agent.

    .venv/bin/python packaging/tools/screenshots.py --out DIR

First launch with the demo session, a PDU with its response, a walk in progress and
finished, the allocation-error dialog, the PDU composer, Preferences, the trap view, the
window in the dark palette, and the MIB browser: the tree with a node's definition, a
search by words of the descriptions, ifTable as a table, and (``--mibs DIR``) a folder of
vendor MIB files being added, compiled and browsed. Used to review the interface and for
the documentation.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from snmpscope.core.constants import PduType, Syntax
from snmpscope.core.errors import LimitError
from snmpscope.core.service.agent_profiles import AgentBook, AgentProfile
from snmpscope.core.service.failures import failure_from
from snmpscope.core.service.operations import WalkProgress, WalkResult
from snmpscope.core.service.profiles import MemorySecretStore
from snmpscope.core.service.table_walk import TableOutcome
from snmpscope.core.smi.notification import notification_varbinds
from snmpscope.core.smi.values import make_value
from snmpscope.gui.context import AppContext, create_context
from snmpscope.gui.dialogs.agents_dialog import AgentsDialog
from snmpscope.gui.dialogs.error_dialogs import AllocErrorDialog
from snmpscope.gui.dialogs.export_dialog import ExportDialog, ExportTarget
from snmpscope.gui.dialogs.pdu_composer import PduComposer
from snmpscope.gui.dialogs.preferences_dialog import PreferencesDialog
from snmpscope.gui.theme import apply_color_scheme

SYSTEM = (1, 3, 6, 1, 2, 1, 1)
LINK_DOWN = (1, 3, 6, 1, 6, 3, 1, 1, 5, 3)
IF_INDEX_2 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 2)
IF_DESCR_2 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 2, 2)
IF_OPER_STATUS = (1, 3, 6, 1, 2, 1, 2, 2, 1, 8)


def wait_for(
    signal: SignalInstance, timeout_ms: int = 10_000, accept: Callable[..., bool] | None = None
) -> tuple[Any, ...]:
    """Run the event loop until ``signal`` fires (with arguments ``accept`` likes)."""
    loop = QEventLoop()
    got: list[tuple[Any, ...]] = []

    def fired(*args: Any) -> None:
        if accept is None or accept(*args):
            got.append(args)
            loop.quit()

    signal.connect(fired)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(fired)
    if not got:
        raise TimeoutError(f"no {signal} within {timeout_ms} ms")
    return got[0]


def settle(ms: int = 120) -> None:
    """Let queued signals and paint events through."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    """Grab ``widget`` into ``folder/name``."""
    settle()
    path = folder / name
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)
    return path


def free_udp_port() -> int:
    """A UDP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def render(folder: Path, vendor_mibs: Path | None = None) -> list[Path]:
    """Render every screen into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="snmpscope-shots-") as config:
        secrets = MemorySecretStore()
        context = create_context(Path(config), secrets, install_hooks=False)
        try:
            files = _render(context, folder)
            files += _mibs(context, folder, vendor_mibs)
        finally:
            context.close()
        files += _after_restart(Path(config), secrets, folder)
        return files


def _after_restart(config: Path, secrets: MemorySecretStore, folder: Path) -> list[Path]:
    """The window started again on the same workspace: the trap log is still there; the
    saved-agents dialog."""
    context = create_context(config, secrets, install_hooks=False)
    try:
        window = context.window
        window.resize(1360, 820)
        window.show()
        window.start()
        wait_for(window.keeper.demoReady)
        if not window.naming.ready:
            wait_for(context.controller.mibsReady)
        settle(300)
        window.tabs.setCurrentWidget(window.trap_view)
        window.trap_view.trap_table.selectRow(0)
        files = [save(window, folder, "16-trap-log-after-restart.png")]
        book = AgentBook(
            [
                AgentProfile("core-sw1", "10.0.0.2", community="s3cret", folder="Core"),
                AgentProfile("core-sw2", "10.0.0.3", community="s3cret", folder="Core"),
                AgentProfile("edge-rtr1", "192.0.2.1:1161", community="public", retry=3),
            ]
        )
        dialog = AgentsDialog(window, book, "public")
        dialog.show()
        files.append(save(dialog, folder, "17-saved-agents.png"))
        dialog.close()
        return files
    finally:
        context.close()


def _mibs(context: AppContext, folder: Path, vendor: Path | None) -> list[Path]:
    """The MIB browser: a node's definition, a search, and a vendor folder."""
    window, dock = context.window, context.window.mib_dock
    window.resize(1500, 900)
    dock.show()
    window.resizeDocks([dock], [620], Qt.Orientation.Horizontal)
    window.tabs.setCurrentWidget(window.details)
    dock.select("IF-MIB", IF_OPER_STATUS)
    files = [save(window, folder, "11-mib-tree.png")]
    dock.search.setText("octets received interface")
    dock.search.returnPressed.emit()
    wait_for(context.controller.mibSearched, 60_000)
    settle(200)
    dock.results.setCurrentItem(dock.results.topLevelItem(0))
    files.append(save(window, folder, "12-mib-search.png"))
    files.append(_if_table(context, folder))
    if vendor is None:
        return files
    context.controller.add_mib_folders(str(vendor))
    try:
        wait_for(context.controller.mibProgress, 10_000)
        settle(400)
        files.append(save(window, folder, "13-mib-compiling.png"))
    except TimeoutError:
        pass  # all of it was in the cache already
    wait_for(context.controller.mibsLoaded, 600_000)
    settle(300)
    dock.search.setText("cpmCPUTotal5min")
    dock.search.returnPressed.emit()
    wait_for(context.controller.mibSearched, 60_000)
    settle(200)
    dock.results.setCurrentItem(dock.results.topLevelItem(0))
    files.append(save(window, folder, "14-mib-vendor.png"))
    return files


def _if_table(context: AppContext, folder: Path) -> Path:
    """ifTable of the demo agent as a table (the MIB dock's "Table" on ifOperStatus)."""
    window, dock = context.window, context.window.mib_dock
    # The MIB dock's buttons go to the quick bar's agent (the trap view left it on the
    # trap receiver): point it at the demo router, as a user would.
    demo = next(t for t in window.quick_bar.targets() if t.label.startswith("demo-router"))
    window.quick_bar.choose(demo.session, demo.entity)
    dock.select("IF-MIB", IF_OPER_STATUS)
    dock.table.click()
    wait_for(context.controller.succeeded, 30_000, accept=lambda _t, r: isinstance(r, TableOutcome))
    settle(300)
    return save(window, folder, "15-if-table.png")


def _render(context: AppContext, folder: Path) -> list[Path]:
    window, ops, reader = context.window, context.window.operations, context.window.read_model
    window.resize(1360, 820)
    window.show()
    mibs = context.controller.mibsReady
    window.start()
    session, entity, ctx = wait_for(window.keeper.demoReady)
    if not window.naming.ready:
        wait_for(mibs)
    settle(300)
    window.tree.expandAll()
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(session))
    files = [save(window, folder, "01-first-launch.png")]
    files.append(_quick_bar(context, folder))

    ops.create_and_send(
        session, entity, ctx, PduType.GET, [(*SYSTEM, 1, 0), (*SYSTEM, 3, 0), (*SYSTEM, 5, 0)]
    )
    (request,) = wait_for(ops.pduAnswered)
    settle(200)
    window.tree.expandAll()
    request_info = reader.pdu(request)
    response = 0 if request_info is None else request_info.response_pdu
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(response))
    files.append(save(window, folder, "02-pdu-response.png"))

    window.tabs.setCurrentWidget(window.walk_view)
    walk = window.walk_view
    walk.root.setText("1.3.6.1.2.1")
    walk.max_repetitions.setValue(0)
    controller = context.controller
    walk.start()
    wait_for(controller.progress, accept=lambda _t, p: isinstance(p, WalkProgress) and p.total > 60)
    files.append(save(window, folder, "03-walk-in-progress.png"))
    wait_for(controller.succeeded, 30_000, accept=lambda _t, r: isinstance(r, WalkResult))
    files.append(save(window, folder, "04-walk-finished.png"))
    files.append(_export(context, folder))

    failure = failure_from(LimitError("sessions", 1))
    dialog = AllocErrorDialog(window, failure)
    dialog.show()
    files.append(save(dialog, folder, "05-allocation-error.png"))
    dialog.close()

    composer = PduComposer(
        window,
        window.naming,
        ops.entities_of(session),
        ops.contexts_of(session),
        ["SNMPv2-MIB::sysContact.0", "SNMPv2-MIB::sysLocation.0"],
    )
    composer.pdu_type.setCurrentIndex(composer.pdu_type.findData(int(PduType.SET)))
    composer.row_widgets(0)[2].setText("noc@example.net")
    composer.row_widgets(1)[2].setText("Rack 4, Building B")
    composer.add_row("IF-MIB::ifAdminStatus.3", "i", "down")
    composer.resize(760, 460)
    composer.show()
    files.append(save(composer, folder, "06-pdu-composer.png"))
    composer.close()

    prefs = PreferencesDialog(window, window.keeper.preferences)
    prefs.show()
    files.append(save(prefs, folder, "07-preferences.png"))
    prefs.tabs.setCurrentIndex(1)  # the trap receiver, with its guide for port 162
    files.append(save(prefs, folder, "07b-preferences-traps.png"))
    prefs.close()

    files.append(_traps(context, session, ctx, folder))

    apply_color_scheme("dark")
    window.tabs.setCurrentWidget(window.details)
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(response))
    files.append(save(window, folder, "09-dark-palette.png"))
    composer = PduComposer(
        window, window.naming, ops.entities_of(session), ops.contexts_of(session), ["ifDescr"]
    )
    composer.resize(760, 420)
    composer.show()
    files.append(save(composer, folder, "10-dark-composer.png"))
    composer.close()
    apply_color_scheme("system")
    return files


def _quick_bar(context: AppContext, folder: Path) -> Path:
    """The quick-query bar with the answer to a GET of sysDescr and its net-snmp command."""
    window = context.window
    window.quick_bar.oid.setText("sysDescr")
    window.quick_bar.buttons["get"].click()
    wait_for(window.results.model.modelReset)
    settle(200)
    window.results.table.resizeColumnToContents(0)
    return save(window, folder, "01b-quick-bar-result.png")


def _export(context: AppContext, folder: Path) -> Path:
    """A walk exported to CSV: the walk pane says where, the file is printed."""
    window = context.window
    target = folder / "walk-export.csv"
    original = ExportDialog.ask
    ExportDialog.ask = classmethod(lambda cls, *a: ExportTarget(target, "csv"))  # type: ignore[method-assign,assignment]
    try:
        window.walk_view.export_button.click()
    finally:
        ExportDialog.ask = original  # type: ignore[method-assign]
    window.tabs.setCurrentWidget(window.walk_view)
    print("".join(target.read_text().splitlines(keepends=True)[:6]), end="")
    return save(window, folder, "04b-walk-exported.png")


def _traps(context: AppContext, session: int, ctx: int, folder: Path) -> Path:
    """Register for traps, send one to our own receiver, and show the trap view."""
    window, ops, controller = context.window, context.window.operations, context.controller
    port = free_udp_port()
    window.keeper.apply_preferences(replace(window.keeper.preferences, trap_port=port))
    registered = controller.register_traps(session)
    wait_for(controller.succeeded, accept=lambda t, _r: t == registered)
    ops.create_entity(session, f"127.0.0.1:{port}", name="trap receiver (this app)")
    (receiver,) = wait_for(ops.handleCreated)
    varbinds = tuple(
        (tuple(oid), value)
        for oid, value in notification_varbinds(
            LINK_DOWN,
            [
                (IF_INDEX_2, make_value(Syntax.INT, 2)),
                (IF_DESCR_2, make_value(Syntax.OCTETS, b"ge-0/0/1")),
            ],
        )
    )
    token = controller.create_pdu(session, PduType.TRAP, varbinds)
    (_token, pdu) = wait_for(controller.succeeded, accept=lambda t, _r: t == token)
    ops.send(session, receiver, ctx, int(pdu))
    wait_for(controller.trapReceived)
    window.tabs.setCurrentWidget(window.trap_view)
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(session))
    window.trap_view.trap_table.selectRow(0)
    return save(window, folder, "08-traps.png")


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--out DIR``."""
    parser = argparse.ArgumentParser(prog="packaging/tools/screenshots.py")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--mibs", type=Path, default=None, help="a folder of vendor MIB files")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    render(args.out, args.mibs)
    qapp.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
