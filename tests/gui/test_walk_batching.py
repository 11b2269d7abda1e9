"""A streaming walk touches the window at a bounded rate: the walk pane gathers the worker's
batches and inserts them as one range a few times a second (at once when the walk ends), the
tables' rows all have one height, their row numbers are measured only when a digit is added,
a repaint renders each row once, and the collector's settings of ``main`` are undone when it
returns."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from snmpscope.core.constants import HandleKind, Syntax
from snmpscope.core.service.operations import WalkOutcome, WalkProgress, WalkResult
from snmpscope.core.service.read_model import EventType, ResourceEvent
from snmpscope.core.smi.values import SmiValue, VarBind
from snmpscope.gui.views.walk_view import FLUSH_MS

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

BATCHES = 200
PER_BATCH = 25


def batch(number: int) -> tuple[VarBind, ...]:
    return tuple(
        ((1, 3, 6, 1, 4, 1, 99999, number, i), SmiValue(Syntax.INT, i)) for i in range(PER_BATCH)
    )


def test_a_burst_of_batches_is_inserted_as_one_range(qtbot, gui) -> None:
    view = gui.window.walk_view
    inserts: list[tuple[int, int]] = []
    view.model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    view.walk_started((1, 3, 6, 1))
    total = 0
    for number in range(BATCHES):  # faster than any agent: nothing reaches the table yet
        total += PER_BATCH
        view.walk_progress(WalkProgress(1, batch(number), total, number + 1))
    assert inserts == []
    qtbot.waitUntil(lambda: view.model.rowCount() == BATCHES * PER_BATCH, timeout=5 * FLUSH_MS)
    assert inserts == [(0, BATCHES * PER_BATCH - 1)]
    assert f"{total:,} varbinds" in view.status.text()
    # The end of the walk shows what is still gathered at once, without waiting.
    view.walk_progress(WalkProgress(1, batch(BATCHES), total + PER_BATCH, BATCHES + 1))
    view.walk_finished(WalkResult(1, total + PER_BATCH, BATCHES + 1, 1.0, WalkOutcome.END))
    assert view.model.rowCount() == total + PER_BATCH
    assert len(inserts) == 2
    assert view.status.text().startswith("Done")


def test_a_new_walk_drops_what_the_old_one_had_gathered(qtbot, gui) -> None:
    view = gui.window.walk_view
    view.walk_started((1, 3, 6, 1))
    view.walk_progress(WalkProgress(1, batch(0), PER_BATCH, 1))
    view.walk_started((1, 3, 6, 1, 2))
    view.walk_progress(WalkProgress(2, batch(1), PER_BATCH, 1))
    qtbot.waitUntil(lambda: view.model.rowCount() == PER_BATCH, timeout=5 * FLUSH_MS)
    assert view.model.varbinds() == list(batch(1))


def test_result_tables_have_rows_of_one_fixed_height(gui) -> None:
    window = gui.window
    for table in (window.walk_view.table, window.trap_view.trap_table):
        header = table.verticalHeader()
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
        assert table.horizontalHeader().sectionResizeMode(0) != (
            QHeaderView.ResizeMode.ResizeToContents
        )


def test_row_numbers_are_measured_only_when_a_digit_is_added(qtbot, gui) -> None:
    """Qt's header measures 200 sections after every insert; ours only when the widest row
    number gets a digit more, and the width then grows to fit it."""
    view = gui.window.walk_view
    header = view.table.verticalHeader()
    asked: list[int] = []
    original = view.model.headerData

    def counting(section, orientation, role=0):  # type: ignore[no-untyped-def]
        asked.append(section)
        return original(section, orientation, role)

    view.model.headerData = counting  # type: ignore[method-assign]
    view.walk_started((1, 3, 6, 1))
    assert header.sizeHint().width() < header.defaultSectionSize()  # no rows, no numbers
    view.model.append(batch(0)[:1])  # row 1: one digit
    narrow = header.sizeHint().width()
    assert narrow >= header.fontMetrics().horizontalAdvance("1")
    view.model.append(batch(0)[1:9])  # rows 2-9: one digit still
    assert header.sizeHint().width() == narrow
    asked.clear()
    view.model.append(batch(1)[:10])  # 10-19: two digits, measured once
    wide = header.sizeHint().width()
    assert asked, "a new digit is measured"
    assert wide > narrow
    asked.clear()
    for number in range(2, 5):  # up to 94 rows: still two digits
        view.model.append(batch(number))
        assert header.sizeHint().width() == wide
    assert asked == []


def test_row_numbers_show_unless_a_table_hid_them(gui) -> None:
    window = gui.window
    assert window.details.fields.verticalHeader().isHidden()
    for table in (window.walk_view.table, window.results.table, window.trap_view.trap_table):
        assert not table.verticalHeader().isHidden(), table.objectName()


def test_each_row_is_rendered_once_and_again_when_names_change(qtbot, gui) -> None:
    view = gui.window.walk_view
    naming = view.model._naming
    view.walk_started((1, 3, 6, 1))
    view.model.append(batch(0))
    rendered: list[object] = []
    original = naming.value_texts

    def counting(oid, value):  # type: ignore[no-untyped-def]
        rendered.append(oid)
        return original(oid, value)

    naming.value_texts = counting  # type: ignore[method-assign]
    try:
        for _ in range(3):  # three repaints ask every column of every row
            for row in range(PER_BATCH):
                for column in range(4):
                    view.model.data(view.model.index(row, column))
        assert len(rendered) == PER_BATCH
        assert view.model.data(view.model.index(3, 3)) == "3"
        assert view.model.data(view.model.index(3, 2)) == "INTEGER"
        assert view.model.data(view.model.index(3, 3), Qt.ItemDataRole.ToolTipRole) == "INTEGER: 3"
        rendered.clear()
        naming.changed.emit()  # a MIB module loaded: names may differ, rendered anew
        view.model.data(view.model.index(0, 0))
        assert len(rendered) == 1
    finally:
        del naming.value_texts


def test_message_traffic_does_not_reread_the_agents(gui, monkeypatch) -> None:
    """During a walk every batch carries a session's message events; only an agent that
    comes or goes refills the quick bar's list."""
    window = gui.window
    refreshed: list[int] = []
    monkeypatch.setattr(window.quick, "refresh_targets", lambda: refreshed.append(1))
    session = HandleKind.SESSION
    traffic = [
        ResourceEvent(seq, kind, handle=1, kind=session, owner=1)
        for seq, kind in enumerate(
            (
                EventType.MESSAGE_SENT,
                EventType.MESSAGE_RECEIVED,
                EventType.MESSAGE_QUEUED,
                EventType.MESSAGE_DEQUEUED,
                EventType.CHANGED,
            )
        )
    ]
    window._events(traffic)
    assert refreshed == []
    came = ResourceEvent(9, EventType.CREATED, handle=7, kind=HandleKind.ENTITY, owner=1)
    window._events([*traffic, came])
    assert refreshed == [1]


def test_the_collector_settings_are_the_windows_and_undone_after() -> None:
    """settle_heap (what main does) makes collections rarer and freezes what start-up made;
    release_heap restores both (main may run inside a longer process, as in these tests)."""
    script = textwrap.dedent(
        """
        import gc
        from snmpscope.gui import heap
        before = heap.tune_collector()
        assert gc.get_threshold() == heap.THRESHOLDS, gc.get_threshold()
        heap.freeze_long_lived()
        assert gc.get_freeze_count() > 1000, gc.get_freeze_count()
        heap.release(before)
        assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr
    assert gc.get_freeze_count() == 0  # nothing in this process stays frozen
