"""Walk-as-table in the window against the private net-snmp snmpd: the service hands typed
rows (one per decoded index, columns named by the MIB, enum labels), the model passes the
model tester (lazily, in batches), sorts and filters through a QSortFilterProxyModel, and
the MIB dock's "Table" opens a table dock that Refresh fetches again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDockWidget

from snmpscope.core.service import Failure, TableOutcome, WalkOutcome
from snmpscope.gui.models import table_model
from snmpscope.gui.models.table_model import TableModel, TableRole
from snmpscope.gui.views.table_view import TABLE_DOCK_PREFIX, TableView

pytestmark = [
    pytest.mark.snmpd,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

IF_TABLE = (1, 3, 6, 1, 2, 1, 2, 2)
IF_DESCR = (1, 3, 6, 1, 2, 1, 2, 2, 1, 2)
IF_TYPE = (1, 3, 6, 1, 2, 1, 2, 2, 1, 3)
VACM_ACCESS_TABLE = (1, 3, 6, 1, 6, 3, 16, 1, 4)
SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1)


def call(qtbot, controller, token_of, timeout: int = 20000) -> object:
    """Submit through ``token_of()`` and wait for its answer (the result or a Failure)."""
    answers: dict[int, object] = {}
    box: list[int] = []

    def answered(token: int, result: object) -> None:
        answers[token] = result

    controller.succeeded.connect(answered)
    controller.failed.connect(answered)
    try:
        box.append(token_of())
        qtbot.waitUntil(lambda: box[0] in answers, timeout=timeout)
    finally:
        controller.succeeded.disconnect(answered)
        controller.failed.disconnect(answered)
    return answers[box[0]]


def snmpd_target(qtbot, gui, port: int) -> tuple[int, int, int]:
    """The window started (no demo agent, MIBs loaded) and a session on the snmpd."""
    with qtbot.waitSignal(gui.controller.mibsReady, timeout=60000):
        gui.window.start(with_demo=False)
    controller = gui.controller
    session = call(qtbot, controller, lambda: controller.open_session("tables"))
    entity = call(qtbot, controller, lambda: controller.add_entity(session, f"127.0.0.1:{port}"))
    context = call(qtbot, controller, lambda: controller.add_context(session, b"public"))
    return session, entity, context


def test_if_table_rows_as_net_snmp_walks_them(
    qtbot, gui, snmpd_agent, netsnmp, qtmodeltester, monkeypatch
) -> None:
    controller = gui.controller
    target = snmpd_target(qtbot, gui, snmpd_agent.port)
    outcome = call(qtbot, controller, lambda: controller.walk_table(*target, IF_TABLE))
    assert isinstance(outcome, TableOutcome), outcome
    assert outcome.reason == WalkOutcome.END
    assert outcome.info.qualified_name == "IF-MIB::ifTable"
    assert outcome.info.indexes == ("IF-MIB::ifIndex",)
    names = [c.name for c in outcome.info.columns]
    assert names[:3] == ["ifIndex", "ifDescr", "ifType"]

    descr = netsnmp.walk_numeric("127.0.0.1", snmpd_agent.port, root=".1.3.6.1.2.1.2.2.1.2")
    assert [row.index for row in outcome.rows] == [oid[-1:] for oid, _t, _v in descr]
    assert [row.cells[1].text for row in outcome.rows] == [v for _o, _t, v in descr]
    assert [row.index_text for row in outcome.rows] == [str(o[-1]) for o, _t, _v in descr]
    assert outcome.rows[0].cells[2].text == "softwareLoopback(24)"  # lo: enum label

    monkeypatch.setattr(table_model, "FETCH_BATCH", 2)  # lazy: two rows at a time
    model = TableModel()
    model.set_outcome(outcome)
    assert model.rowCount() == min(2, len(outcome.rows))
    assert model.canFetchMore(QModelIndex()) == (len(outcome.rows) > 2)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == len(outcome.rows)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "ifDescr"
    assert "DisplayString" in model.headerData(
        2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    qtmodeltester.check(model)

    monkeypatch.undo()
    view = TableView("IF-MIB::ifTable")
    qtbot.addWidget(view)
    view.fetch_finished(outcome)
    proxy = view.proxy
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # ifIndex, as numbers
    shown = [int(proxy.index(r, 1).data()) for r in range(proxy.rowCount())]
    assert shown == sorted((int(o[-1]) for o, _t, _v in descr), reverse=True)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the index, in OID order
    assert [proxy.index(r, 0).data(TableRole.INDEX) for r in range(proxy.rowCount())] == [
        row.index for row in outcome.rows
    ]
    view.filter.setText("LO")  # any column, any case
    assert proxy.rowCount() >= 1
    assert all(
        any("lo" in str(proxy.index(r, c).data()).lower() for c in range(proxy.columnCount()))
        for r in range(proxy.rowCount())
    )
    assert "rows" in view.status.text()


def test_string_indexes_decode_per_index_clause(qtbot, gui, snmpd_agent) -> None:
    controller = gui.controller
    target = snmpd_target(qtbot, gui, snmpd_agent.port)
    outcome = call(qtbot, controller, lambda: controller.walk_table(*target, VACM_ACCESS_TABLE))
    assert isinstance(outcome, TableOutcome), outcome
    assert outcome.info.indexes == (
        "SNMP-VIEW-BASED-ACM-MIB::vacmGroupName",
        "SNMP-VIEW-BASED-ACM-MIB::vacmAccessContextPrefix",
        "SNMP-VIEW-BASED-ACM-MIB::vacmAccessSecurityModel",
        "SNMP-VIEW-BASED-ACM-MIB::vacmAccessSecurityLevel",
    )
    assert outcome.rows
    for row in outcome.rows:
        assert row.index_text.startswith('"'), row.index_text  # vacmGroupName, quoted
        assert row.index_text.split(".")[-1] in ("noAuthNoPriv", "authNoPriv", "authPriv")


def test_a_scalar_is_no_table_and_says_so(qtbot, gui, snmpd_agent) -> None:
    controller = gui.controller
    target = snmpd_target(qtbot, gui, snmpd_agent.port)
    failure = call(qtbot, controller, lambda: controller.walk_table(*target, SYS_DESCR))
    assert isinstance(failure, Failure)
    assert "SNMPv2-MIB::sysDescr is no table" in failure.message


def test_the_mib_dock_opens_a_table_dock_and_refresh_fetches_again(qtbot, gui, snmpd_agent) -> None:
    window, dock = gui.window, gui.window.mib_dock
    target = snmpd_target(qtbot, gui, snmpd_agent.port)
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(target[2]).isValid())
    window._select(target[0])
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
    dock.select("SNMPv2-MIB", SYS_DESCR)
    assert not dock.table.isEnabled()
    dock.select("IF-MIB", IF_TYPE)  # a column: its table
    assert dock.table.isEnabled()
    dock.table.click()
    docks = [
        d for d in window.findChildren(QDockWidget) if d.objectName().startswith(TABLE_DOCK_PREFIX)
    ]
    assert len(docks) == 1
    view = docks[0].widget()
    assert isinstance(view, TableView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20000)
    assert view.model.info is not None and view.model.info.name == "ifTable"
    rows = view.model.total_rows
    assert view.refresh.isEnabled()
    view.refresh.click()
    assert not view.refresh.isEnabled()
    qtbot.waitUntil(view.refresh.isEnabled, timeout=20000)
    assert view.model.total_rows == rows
    docks[0].close()
