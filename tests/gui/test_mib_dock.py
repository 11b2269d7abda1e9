"""The MIB dock: modules -> OID trees (the model passes the model tester, lazily), search by
name, OID and description words, the whole definition of a node, Get / GetNext / Walk / Set
against the selected session's agent, copy, and adding a folder of vendor MIB files."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from snmpscope.core.constants import PduType
from snmpscope.core.mib.names import MibNames
from snmpscope.core.service.operations import WalkResult
from snmpscope.gui.dialogs.mib_dialogs import MibFolderDialog
from snmpscope.gui.dialogs.pdu_composer import PduComposer
from snmpscope.gui.models.mib_tree import MibTreeModel, MibTreeRole

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

IF_DESCR = (1, 3, 6, 1, 2, 1, 2, 2, 1, 2)
SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1)
SYS_CONTACT = (1, 3, 6, 1, 2, 1, 1, 4)


def start_with_demo(qtbot, gui) -> tuple[int, int, int]:
    with (
        qtbot.waitSignal(gui.controller.mibsLoaded, timeout=30000),
        qtbot.waitSignal(gui.window.keeper.demoReady, timeout=15000) as ready,
    ):
        gui.window.start()
    session, entity, context = ready.args
    qtbot.waitUntil(lambda: gui.window.tree_model.index_of_handle(context).isValid())
    gui.window._select(session)
    return session, entity, context


def test_the_tree_model_passes_the_model_tester_and_loads_lazily(qtmodeltester) -> None:
    names = MibNames()
    names.ensure_loaded()
    model = MibTreeModel()
    model.set_browser(names.browser())
    modules = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "IF-MIB" in modules
    if_mib = model.index(modules.index("IF-MIB"), 0)
    assert model.rowCount(if_mib) == 0  # nothing read until opened
    assert model.hasChildren(if_mib)
    assert model.canFetchMore(if_mib)
    qtmodeltester.check(model)
    index = model.index_of("IF-MIB", IF_DESCR)
    assert index.data() == "ifDescr"
    assert index.siblingAtColumn(1).data() == "column"
    assert index.siblingAtColumn(2).data() == ".1.3.6.1.2.1.2.2.1.2"
    assert index.data(MibTreeRole.KIND) == "column"
    qtmodeltester.check(model)  # with rows fetched on the way


def test_search_details_and_requests_from_a_node(qtbot, gui) -> None:
    window, dock = gui.window, gui.window.mib_dock
    session, entity, _context = start_with_demo(qtbot, gui)
    assert dock.summary.text().endswith("0 failed · 0 missing")
    dock.search.setText("ifDescr")
    with qtbot.waitSignal(gui.controller.mibSearched, timeout=30000):
        dock.search.returnPressed.emit()
    first = dock.results.topLevelItem(0)
    assert (first.text(0), first.text(1)) == ("ifDescr", "IF-MIB")
    dock.results.setCurrentItem(first)
    assert dock.current == ("IF-MIB", "ifDescr", IF_DESCR)
    text = dock.details.toPlainText()
    assert "A textual string containing information about the" in text
    assert "DisplayString (OCTET STRING), DISPLAY-HINT '255a' (0..255)" in text
    assert "INDEX\tIF-MIB::ifIndex" in text or "IF-MIB::ifIndex" in text

    dock.search.setText("octets received on the interface")
    with qtbot.waitSignal(gui.controller.mibSearched, timeout=30000):
        dock.search.returnPressed.emit()
    found = {dock.results.topLevelItem(i).text(0) for i in range(dock.results.topLevelItemCount())}
    assert "ifInOctets" in found

    dock.select("SNMPv2-MIB", SYS_DESCR)
    assert dock.current == ("SNMPv2-MIB", "sysDescr", SYS_DESCR)
    sent: list[tuple[PduType, list[tuple[int, ...]]]] = []
    original = window.operations.create_and_send

    def spy(s, e, c, pdu_type, oids):
        sent.append((pdu_type, list(oids)))
        return original(s, e, c, pdu_type, oids)

    window.operations.create_and_send = spy  # type: ignore[method-assign]
    dock.get.click()  # a scalar: its instance .0
    dock.get_next.click()
    assert sent == [(PduType.GET, [(*SYS_DESCR, 0)]), (PduType.GETNEXT, [SYS_DESCR])]
    with qtbot.waitSignal(
        gui.controller.succeeded,
        timeout=30000,
        check_params_cb=lambda _t, r: isinstance(r, WalkResult),
    ) as walked:
        dock.walk.click()
    assert walked.args[1].count >= 1
    assert window.tabs.currentWidget() is window.walk_view
    dock.copy_oid.click()
    assert QGuiApplication.clipboard().text() == ".1.3.6.1.2.1.1.1"
    dock.copy_name.click()
    assert QGuiApplication.clipboard().text() == "SNMPv2-MIB::sysDescr"


def test_set_from_a_writable_node_opens_the_composer_on_a_set(qtbot, gui, monkeypatch) -> None:
    dock = gui.window.mib_dock
    start_with_demo(qtbot, gui)
    asked: list[tuple[object, ...]] = []

    def ask(_cls, _parent, _naming, _entities, _contexts, initial=None, _to=None, **kw):
        asked.append((initial, kw.get("initial_type")))

    monkeypatch.setattr(PduComposer, "ask", classmethod(ask))
    dock.select("SNMPv2-MIB", SYS_DESCR)
    assert not dock.set_button.isEnabled()  # read-only
    dock.select("SNMPv2-MIB", SYS_CONTACT)
    assert dock.set_button.isEnabled()
    dock.set_button.click()
    assert asked == [(["SNMPv2-MIB::sysContact.0"], PduType.SET)]


def test_adding_a_folder_of_vendor_mibs(qtbot, gui, tmp_path: Path, monkeypatch) -> None:
    start_with_demo(qtbot, gui)
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    (vendor / "ACME-SWITCH-MIB.my").write_text(
        textwrap.dedent(
            """
            ACME-SWITCH-MIB DEFINITIONS ::= BEGIN
            IMPORTS MODULE-IDENTITY, OBJECT-TYPE, Integer32, enterprises FROM SNMPv2-SMI;
            acmeSwitch MODULE-IDENTITY
                LAST-UPDATED "202601010000Z" ORGANIZATION "ACME" CONTACT-INFO "noc"
                DESCRIPTION "ACME switches." ::= { enterprises 424242 }
            acmeFanSpeed OBJECT-TYPE
                SYNTAX Integer32 UNITS "rpm" MAX-ACCESS read-only STATUS current
                DESCRIPTION "How fast the fan turns." ::= { acmeSwitch 1 }
            END
            """
        )
    )
    monkeypatch.setattr(MibFolderDialog, "ask", classmethod(lambda _cls, _parent: str(vendor)))
    with qtbot.waitSignal(gui.controller.mibsLoaded, timeout=60000) as loaded:
        gui.window.mib_dock.add_folder.click()
    assert "ACME-SWITCH-MIB" in {m.name for m in loaded.args[0].report.loaded}
    qtbot.waitUntil(
        lambda: gui.window.mib_dock.model.index_of(
            "ACME-SWITCH-MIB", (1, 3, 6, 1, 4, 1, 424242, 1)
        ).isValid()
    )
    gui.window.mib_dock.select("ACME-SWITCH-MIB", (1, 3, 6, 1, 4, 1, 424242, 1))
    assert "How fast the fan turns." in gui.window.mib_dock.details.toPlainText()
    assert gui.window.naming.oid_name((1, 3, 6, 1, 4, 1, 424242, 1, 0)) == (
        "ACME-SWITCH-MIB::acmeFanSpeed.0"
    )
