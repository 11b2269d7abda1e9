"""The polling graph: poll a few objects of the selected agent every N seconds and plot
their values, or counters as per-second rates; pause, clear, export CSV.

The polls run in the service (:class:`~snmpscope.core.service.poller.Poller`: sends on the
session thread, answers via the dispatcher); this view only turns each
:class:`~snmpscope.core.service.poller.PollAnswer` into points with
:class:`~snmpscope.core.smi.rates.RateSeries` (wraps by counter width, breaks at agent
restarts and missing samples) and paints them (:mod:`snmpscope.gui.views.plot`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service.poller import PollAnswer, Poller, PollSpec
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.rates import RateSeries, is_counter
from snmpscope.gui.icons import icon
from snmpscope.gui.locale_format import number, seconds
from snmpscope.gui.naming import Naming
from snmpscope.gui.views.choices import refill
from snmpscope.gui.views.plot import PlotWidget

MAX_ROWS = 100_000  # answers kept for the CSV export (a day at one a second)


@dataclass(slots=True)
class _Object:
    oid: Oid
    label: str
    series: RateSeries
    counter: bool = False
    syntax: int = 0


@dataclass(slots=True)
class _Run:
    poll: int
    spec: PollSpec
    objects: list[_Object]
    rows: list[PollAnswer] = field(default_factory=list)
    failures: int = 0
    skipped: int = 0


class PollGraphView(QWidget):
    """Objects, interval, plot mode, Start/Pause/Clear/Export, the plot and a status line."""

    def __init__(self, poller: Poller, naming: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pollGraph")
        self._poller = poller
        self._naming = naming
        self._session = 0
        self.run: _Run | None = None
        self.objects = QLineEdit("IF-MIB::ifInOctets.1")
        self.objects.setObjectName("pollObjects")
        self.objects.setPlaceholderText(
            self.tr("names or OIDs, separated by spaces, e.g. ifInOctets.1 ifOutOctets.1")
        )
        self.interval = QDoubleSpinBox()
        self.interval.setRange(0.2, 3600.0)
        self.interval.setDecimals(1)
        self.interval.setValue(5.0)
        self.interval.setSuffix(self.tr(" s"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Counters as rates"), "auto")
        self.mode.addItem(self.tr("Raw values"), "value")
        self.entity = QComboBox()
        self.context = QComboBox()
        self.start_button = QPushButton(icon("send"), self.tr("Start"))
        self.start_button.setObjectName("pollStart")
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setCheckable(True)
        self.stop_button = QPushButton(icon("stop"), self.tr("Stop"))
        self.export_button = QPushButton(icon("export"), self.tr("Export CSV…"))
        self.plot = PlotWidget()
        self.plot.empty_text = self.tr(
            "Pick a session in the tree, objects to poll, and press Start."
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Objects:")))
        top.addWidget(self.objects, 1)
        top.addWidget(QLabel(self.tr("Every:")))
        top.addWidget(self.interval)
        top.addWidget(self.mode)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Entity:")))
        second.addWidget(self.entity, 1)
        second.addWidget(QLabel(self.tr("Context:")))
        second.addWidget(self.context, 1)
        for button in (self.start_button, self.pause_button, self.stop_button, self.export_button):
            second.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.status)
        self.start_button.clicked.connect(self.start)
        self.pause_button.toggled.connect(self.pause)
        self.stop_button.clicked.connect(self.stop)
        self.export_button.clicked.connect(self._export_clicked)
        self._poller.answered.connect(self._answered)
        self._update_buttons()

    # ---------------------------------------------------------------- destinations
    def set_destinations(
        self, session: int, entities: list[tuple[int, str]], contexts: list[tuple[int, str]]
    ) -> None:
        """The session polls go to, with its entities and contexts to pick from."""
        self._session = session
        refill(self.entity, entities)
        refill(self.context, contexts)
        self._update_buttons()

    # ---------------------------------------------------------------- control
    def start(self) -> bool:
        """Start polling what the form says (stopping a running graph first)."""
        if (
            not self._session
            or self.entity.currentData() is None
            or self.context.currentData() is None
        ):
            self.status.setText(self.tr("Select a session with an entity and a context first."))
            return False
        try:
            oids = self._resolve(self.objects.text())
        except SnmpApiError as exc:
            self.status.setText(exc.detail or exc.message)
            return False
        self.stop()
        spec = PollSpec(
            self._session,
            int(self.entity.currentData()),
            int(self.context.currentData()),
            tuple(oids),
            self.interval.value(),
        )
        mode = str(self.mode.currentData())
        objects = [_Object(oid, self._naming.oid_name(oid), RateSeries(mode)) for oid in oids]
        self.plot.clear()
        for item in objects:
            self.plot.add_line(".".join(map(str, item.oid)), item.label)
        self.plot.unit = ""
        self.run = _Run(self._poller.start(spec), spec, objects)
        self.pause_button.setChecked(False)
        self.status.setText(self.tr("Polling every {s}…").format(s=seconds(spec.interval_s, 1)))
        self._update_buttons()
        return True

    def pause(self, paused: bool) -> None:
        """Pause or resume the ticks (the graph keeps what it has)."""
        if self.run is not None:
            self._poller.pause(self.run.poll, paused)
            self._show_status()

    def stop(self) -> None:
        """Stop polling; the graph stays until the next Start."""
        if self.run is not None:
            self._poller.stop(self.run.poll)
            self.run = _Run(0, self.run.spec, self.run.objects, self.run.rows, self.run.failures)
        self._update_buttons()

    def session_closed(self, session: int) -> None:
        """The polled session went away: stop (the graph stays)."""
        if self.polling and self.run is not None and self.run.spec.session == session:
            self.stop()
            self.status.setText(self.tr("Stopped: the session was closed."))
        if session == self._session:
            self.set_destinations(0, [], [])

    @property
    def polling(self) -> bool:
        """A poll is running (paused or not)."""
        return self.run is not None and self.run.poll != 0

    def _resolve(self, text: str) -> list[Oid]:
        words = [w for w in re.split(r"[\s,;]+", text.strip()) if w]
        if not words:
            raise SnmpApiError(
                ApiError.OID_INVALID, self.tr("Enter at least one name or OID to poll.")
            )
        return [self._naming.resolve(word) for word in words]

    def _update_buttons(self) -> None:
        polling = self.polling
        self.start_button.setEnabled(bool(self._session))
        self.pause_button.setEnabled(polling)
        self.stop_button.setEnabled(polling)
        self.export_button.setEnabled(self.run is not None and bool(self.run.rows))

    # ---------------------------------------------------------------- answers
    def _answered(self, answer: PollAnswer) -> None:
        run = self.run
        if run is None or answer.poll != run.poll:
            return
        run.rows.append(answer)
        del run.rows[:-MAX_ROWS]
        run.skipped += answer.skipped
        if answer.error:
            run.failures += 1
        self.plot.mark_start(answer.t)
        for item, (_oid, sample) in zip(run.objects, answer.samples(), strict=True):
            if sample.value is not None:
                item.syntax = sample.syntax
                item.counter = is_counter(sample.syntax)
            point = item.series.add(sample)
            if point is not None:
                self.plot.add_point(".".join(map(str, item.oid)), point)
        rate = any(o.counter for o in run.objects) and run.objects[0].series.mode == "auto"
        self.plot.unit = "/s" if rate else ""
        for item in run.objects:
            line = self.plot.lines[".".join(map(str, item.oid))]
            line.label = item.label + (self.tr(" (per second)") if item.counter and rate else "")
        self.plot.update()
        self._show_status(answer)
        self._update_buttons()

    def _show_status(self, last: PollAnswer | None = None) -> None:
        run = self.run
        if run is None:
            return
        text = self.tr("{samples} samples · {wraps} counter wraps · {breaks} breaks").format(
            samples=number(len(run.rows)),
            wraps=number(sum(o.series.wraps for o in run.objects)),
            breaks=number(sum(o.series.breaks for o in run.objects)),
        )
        if run.failures:
            text += self.tr(" · {failed} polls failed").format(failed=number(run.failures))
        if last is not None and last.error:
            text += " · " + last.error
        if self.pause_button.isChecked():
            text += self.tr(" · paused")
        self.status.setText(text)

    # ---------------------------------------------------------------- export
    def _export_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the polled samples"), "poll.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            try:
                rows = self.export_csv(Path(path))
            except OSError as exc:
                self.status.setText(
                    self.tr("Could not write {path}: {error}").format(path=path, error=exc.strerror)
                )
                return
            self.status.setText(
                self.tr("{rows} rows written to {path}.").format(rows=number(rows), path=path)
            )

    def export_csv(self, path: Path) -> int:
        """Write every answer so far: time, sysUpTime, then each object's raw value and the
        plotted value (rate or value; empty where the line breaks). Returns the rows."""
        run = self.run
        if run is None:
            return 0
        header = ["seconds", "sysUpTime"]
        for item in run.objects:
            header += [item.label, f"{item.label} {'per second' if item.counter else 'plotted'}"]
        replay = [RateSeries(item.series.mode) for item in run.objects]
        origin = run.rows[0].t if run.rows else 0.0
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            for answer in run.rows:
                row: list[object] = [
                    f"{answer.t - origin:.3f}",
                    answer.uptime if answer.uptime is not None else "",
                ]
                for series, (_oid, sample) in zip(replay, answer.samples(), strict=True):
                    point = series.add(sample)
                    plotted = "" if point is None or point.value is None else f"{point.value:.6g}"
                    row += ["" if sample.value is None else sample.value, plotted]
                writer.writerow(row)
        return len(run.rows)
