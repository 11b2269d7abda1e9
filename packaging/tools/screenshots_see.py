"""Render issue 16's views offscreen into PNG files, against the demo agent.

    .venv/bin/python packaging/tools/screenshots_see.py --out DIR [--lang de] [--graph-seconds 180]

The polling graph of the demo router's xe-0/1/0 receive counter (ifInOctets.7, a Counter32
at ~312 MB/s that wraps every ~14 s, beside ifHCInOctets.7, the same count as Counter64) as
rates and as raw values, the PDU timeline of a request with a retry, About, and the Help
viewer. ``--lang`` renders them translated.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import save, settle, wait_for  # the sibling tool

from snmpscope.core.agent.v3_users import DEMO_USERS
from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.service.profiles import MemorySecretStore
from snmpscope.gui.context import AppContext, create_context
from snmpscope.gui.dialogs.about_dialog import AboutDialog
from snmpscope.gui.dialogs.preferences_dialog import PreferencesDialog
from snmpscope.gui.i18n import install_translators
from snmpscope.gui.settings.language import locale_for

ROOT = Path(__file__).resolve().parents[2]
SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)
SYS_NAME = (1, 3, 6, 1, 2, 1, 1, 5, 0)
IF_IN_OCTETS_7 = "1.3.6.1.2.1.2.2.1.10.7"
IF_HC_IN_OCTETS_7 = "1.3.6.1.2.1.31.1.1.1.6.7"


def render(folder: Path, graph_seconds: float, prefix: str) -> list[Path]:
    """Every screen into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="snmpscope-shots-") as config:
        context = create_context(Path(config), MemorySecretStore(), install_hooks=False)
        try:
            return _render(context, folder, graph_seconds, prefix)
        finally:
            context.close()


def _render(context: AppContext, folder: Path, graph_seconds: float, prefix: str) -> list[Path]:
    window = context.window
    window.resize(1360, 900)
    window.show()
    window.start()
    session, demo_entity, _ctx = wait_for(window.keeper.demoReady)
    if not window.naming.ready:
        wait_for(context.controller.mibsReady)
    settle(300)
    window.tree.expandAll()
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(session))
    files = []

    about = AboutDialog(window)
    about.show()
    files.append(save(about, folder, f"{prefix}about.png"))
    about.close()
    viewer = window.help_menu.show_help()
    files.append(save(viewer, folder, f"{prefix}help.png"))
    viewer.close()

    files.append(_timeline(context, session, folder, prefix))
    files.append(_timeline_v3(context, session, demo_entity, folder, prefix))
    prefs = PreferencesDialog(window, window.keeper.preferences)
    prefs.tabs.setCurrentIndex(prefs.tabs.count() - 1)  # Appearance: colours and language
    prefs.show()
    files.append(save(prefs, folder, f"{prefix}preferences-language.png"))
    prefs.close()

    if graph_seconds > 0:
        files += _graph(context, folder, graph_seconds, prefix)
    return files


def _timeline(context: AppContext, session: int, folder: Path, prefix: str) -> Path:
    """A GET to a scripted agent (tests/agents) that drops the first datagram: the timeline
    shows the request, the retry and the response; the response's first varbind name is
    picked in the BER tree, so its octets are highlighted in the hex."""
    sys.path.insert(0, str(ROOT / "tests"))
    from agents.scripted import ScriptedResponder, default_tree

    window, controller, ops = context.window, context.controller, context.window.operations
    agent = ScriptedResponder(default_tree()).start()
    try:
        agent.drop_next(1)
        host, port = agent.address
        ops.create_entity(session, f"{host}:{port}", timeout_cs=50, retry=2, name="flaky-agent")
        (entity,) = wait_for(ops.handleCreated)
        contexts = ops.contexts_of(session)
        pdu_token = controller.create_pdu(
            session, PduType.GET, ((SYS_DESCR, None), (SYS_NAME, None))
        )
        (_t, pdu) = wait_for(controller.succeeded, accept=lambda t, _r: t == pdu_token)
        dock = window.seeing.timeline_dock
        dock.show()
        dock.raise_()
        window.resizeDocks([dock], [470], Qt.Orientation.Vertical)
        window.tree.expandAll()
        window.tree.setCurrentIndex(window.tree_model.index_of_handle(int(pdu)))
        ops.send(session, entity, contexts[0][0], int(pdu))
        view = window.seeing.timeline
        for _ in range(100):  # up to 10 s: the request, the retry, the response
            if view.datagrams.topLevelItemCount() >= 3:
                break
            settle(100)
            view.refresh()
        settle(300)
        view.datagrams.setCurrentItem(view.datagrams.topLevelItem(2))
        fields = view.fields
        root = fields.topLevelItem(0)
        pdu_item = root.child(2) if root is not None else None
        varbinds = pdu_item.child(3) if pdu_item is not None else None
        first = varbinds.child(0) if varbinds is not None else None
        name = first.child(0) if first is not None else None
        if name is not None:
            fields.setCurrentItem(name)
        return save(window, folder, f"{prefix}timeline-retry.png")
    finally:
        agent.close()


def _timeline_v3(
    context: AppContext, session: int, demo_entity: int, folder: Path, prefix: str
) -> Path:
    """An SNMPv3 GET (authNoPriv, the demo agent's demo-auth user) from a fresh entity: the
    timeline shows the engine-discovery probe, the agent's Report, the request sent again
    with what the Report taught, and the response."""
    window, controller = context.window, context.controller
    demo = window.read_model.describe(demo_entity)
    address = getattr(demo, "address", "127.0.0.1:16161")
    security = DEMO_USERS[1].security
    token = controller.add_entity(
        session, address, SnmpVersion.V3, 100, 1, "demo router (v3, demo-auth)", security
    )
    (_t, entity) = wait_for(controller.succeeded, accept=lambda t, _r: t == token)
    token = controller.add_context(session, b"", name="v3 default context")
    (_t, v3_context) = wait_for(controller.succeeded, accept=lambda t, _r: t == token)
    token = controller.create_pdu(session, PduType.GET, ((SYS_DESCR, None), (SYS_NAME, None)))
    (_t, pdu) = wait_for(controller.succeeded, accept=lambda t, _r: t == token)
    for _ in range(50):  # the tree shows the new PDU after the next event batch
        if window.tree_model.index_of_handle(int(pdu)).isValid():
            break
        settle(100)
    window.tree.expandAll()
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(int(pdu)))
    view = window.seeing.timeline
    view.show_pdu(int(pdu))
    window.operations.send(session, int(entity), int(v3_context), int(pdu))
    for _ in range(100):
        if view.datagrams.topLevelItemCount() >= 4:
            break
        settle(100)
        view.refresh()
    settle(300)
    last = view.datagrams.topLevelItem(view.datagrams.topLevelItemCount() - 1)
    if last is not None:
        view.datagrams.setCurrentItem(last)
    return save(window, folder, f"{prefix}timeline-v3-discovery.png")


def _graph(context: AppContext, folder: Path, graph_seconds: float, prefix: str) -> list[Path]:
    window, graph = context.window, context.window.seeing.graph
    dock = window.seeing.graph_dock
    dock.show()
    dock.raise_()  # it shares the bottom area with the timeline's tab
    window.resizeDocks([dock], [520], Qt.Orientation.Vertical)
    files = []
    for mode, name, seconds in (("auto", "graph-rate", graph_seconds), ("value", "graph-raw", 45)):
        both = f"{IF_IN_OCTETS_7} {IF_HC_IN_OCTETS_7}"
        graph.objects.setText(both if mode == "auto" else IF_IN_OCTETS_7)  # raw: the sawtooth
        graph.interval.setValue(1.0 if mode == "value" else 2.0)
        graph.mode.setCurrentIndex(graph.mode.findData(mode))
        graph.start()
        run = graph.run
        assert run is not None
        wanted = int(seconds / graph.interval.value())
        while len(run.rows) < wanted:
            wait_for(context.controller.poller.answered, 30_000)
        files.append(save(window, folder, f"{prefix}{name}.png"))
        graph.stop()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/tools/screenshots_see.py")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--lang", default="", help="render in this language (de, es)")
    parser.add_argument(
        "--graph-seconds", type=float, default=180.0, help="how long to poll (0: no graph)"
    )
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    if not isinstance(qapp, QApplication):
        raise SystemExit("screenshots_see.py needs a QApplication")
    install_translators(qapp, locale_for(args.lang))
    render(args.out, args.graph_seconds, f"{args.lang}-" if args.lang else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
