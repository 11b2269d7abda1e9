"""The polling graph in the real window against the demo agent: selecting the demo session
fills the graph's destinations, Start polls through the service, counters plot as rates
(Counter32 and Counter64 of one count draw the same line), pause, stop and the CSV export."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QThread

from snmpscope.core.smi.rates import Point
from snmpscope.gui.views.plot import si_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

IF_IN_OCTETS_7 = "1.3.6.1.2.1.2.2.1.10.7"  # Counter32 of xe-0/1/0, about 312 MB/s
IF_HC_IN_OCTETS_7 = "1.3.6.1.2.1.31.1.1.1.6.7"  # the same count as Counter64


def start_with_demo(qtbot, gui) -> tuple[int, int, int]:
    with qtbot.waitSignal(gui.window.keeper.demoReady, timeout=15000) as ready:
        gui.window.start()
    session, entity, context = ready.args
    index = gui.window.tree_model.index_of_handle
    qtbot.waitUntil(lambda: index(context).isValid())
    gui.window.tree.setCurrentIndex(index(session))
    return session, entity, context


def test_the_graph_polls_the_demo_agent_and_plots_rates(qtbot, gui, tmp_path) -> None:
    window = gui.window
    session, entity, context = start_with_demo(qtbot, gui)
    graph = window.seeing.graph
    assert graph.entity.currentData() == entity and graph.context.currentData() == context
    graph.objects.setText(f"{IF_IN_OCTETS_7} {IF_HC_IN_OCTETS_7}")
    graph.interval.setValue(0.2)
    sender: list[str] = []
    window.controller.poller.worker.answered.connect(
        lambda _a: sender.append(QThread.currentThread().objectName())
    )
    assert graph.start()
    assert graph.polling and graph.pause_button.isEnabled()
    run = graph.run
    assert run is not None
    qtbot.waitUntil(lambda: len(run.rows) >= 5, timeout=20_000)
    # answers are read off the GUI thread: by the dispatcher, or by the session thread when
    # the answer was in before the worker returned
    assert sender and set(sender) <= {"snmpscope-messaging", "snmpscope-session"}
    narrow, wide = (graph.plot.lines[oid].points for oid in (IF_IN_OCTETS_7, IF_HC_IN_OCTETS_7))
    assert len(narrow) >= 4
    assert all(isinstance(p, Point) and p.value is not None and p.value > 1e6 for p in narrow)
    assert [p.value for p in narrow[:4]] == [p.value for p in wide[:4]]
    assert graph.plot.unit == "/s"
    assert graph.plot.lines[IF_IN_OCTETS_7].label.endswith("(per second)")
    assert "samples" in graph.status.text()

    graph.pause_button.setChecked(True)
    assert graph.status.text().endswith("paused")
    count = len(run.rows)
    graph.pause_button.setChecked(False)
    qtbot.waitUntil(lambda: len(run.rows) > count, timeout=20_000)
    graph.stop()
    assert not graph.polling and window.controller.poller.active() == []

    path = tmp_path / "poll.csv"
    rows = graph.export_csv(path)
    with path.open(newline="", encoding="utf-8") as stream:
        table = list(csv.reader(stream))
    assert len(table) == rows + 1
    assert table[0][:2] == ["seconds", "sysUpTime"] and table[0][3].endswith("per second")
    assert table[1][3] == ""  # the first sample has no rate yet
    assert float(table[2][3]) == pytest.approx(narrow[0].value, rel=1e-5)
    assert int(table[2][1]) > int(table[1][1])  # sysUpTime advances


def test_bad_objects_are_named_not_polled(qtbot, gui) -> None:
    start_with_demo(qtbot, gui)
    graph = gui.window.seeing.graph
    graph.objects.setText("  ")
    assert not graph.start()
    assert "at least one name or OID" in graph.status.text()
    graph.objects.setText("1.3.6.1.2.1.1.3.0 nonsense..1")
    assert not graph.start()
    assert gui.window.controller.poller.active() == []


def test_axis_numbers_use_si_prefixes() -> None:
    assert si_text(312_000_000, "/s") == "312 M/s"
    assert si_text(1_500, "/s") == "1.5 k/s"
    assert si_text(0.25) == "0.25"
    assert si_text(30, "s") == "30 s"


def test_closing_the_polled_session_stops_the_graph(qtbot, gui) -> None:
    session, _entity, _context = start_with_demo(qtbot, gui)
    graph = gui.window.seeing.graph
    graph.objects.setText(IF_IN_OCTETS_7)
    graph.interval.setValue(0.2)
    assert graph.start()
    run = graph.run
    assert run is not None
    qtbot.waitUntil(lambda: len(run.rows) >= 1, timeout=20_000)
    gui.controller.close_session(session)
    qtbot.waitUntil(lambda: not graph.polling, timeout=20_000)
    assert gui.window.controller.poller.active() == []
    assert graph.status.text() == "Stopped: the session was closed."
