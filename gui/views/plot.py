"""A small line plot drawn with QPainter, for the polling graph.

Why QPainter and not a plotting library (issue 16 asked for the choice to be deliberate):

* **Size**: nothing to add. QtCharts lives in PySide6-Addons (a second wheel of well over
  100 MB, and the bundle would carry QtCharts plus the QtOpenGL/QtQuick libraries it links);
  pyqtgraph needs NumPy (~40 MB installed, ~20 MB more in the frozen bundle).
* **Licence**: Qt Charts is offered under the GPL or a commercial licence only, not the LGPL
  the rest of Qt (and this project's MIT licence) can live beside; pyqtgraph is MIT but pulls
  NumPy's BSD stack along. QPainter is part of QtGui, which snmpscope already ships (LGPL).
* **Speed**: a graph holds a few objects of at most :data:`MAX_POINTS` samples each and is
  repainted once per poll; one ``QPainterPath`` per unbroken run of a line draws that in well
  under a millisecond. The features needed (lines with breaks, a time axis, a value axis with
  SI prefixes in the window's number format, a legend) are a page of code, with no second
  event loop, no OpenGL and no NumPy conversions.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from snmpscope.core.smi.rates import Point
from snmpscope.gui.locale_format import number

MAX_POINTS = 3600  # per line: an hour at one poll a second
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2")
STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
PREFIXES = ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"))


@dataclass(slots=True)
class Line:
    """One plotted object: its label, colour and points (None values are breaks)."""

    label: str
    colour: QColor
    points: list[Point] = field(default_factory=list)


def si_text(value: float, unit: str = "") -> str:
    """``312 M/s``-style axis text, the number in the window's locale."""
    size = abs(value)
    for scale, prefix in PREFIXES:
        if size >= scale:
            shown = value / scale
            return f"{number(shown, 0 if shown == int(shown) else 1)} {prefix}{unit}".rstrip()
    decimals = 0 if value == int(value) else 2 if size < 10 else 1
    return f"{number(value, decimals)} {unit}".rstrip()


def nice_step(span: float, ticks: int = 5) -> float:
    """A 1/2/5 x 10^n step that cuts ``span`` into about ``ticks`` parts."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


class PlotWidget(QWidget):
    """Lines over time: x is seconds since the first sample, y the value or rate."""

    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 78, 16, 12, 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pollPlot")
        self.lines: dict[str, Line] = {}
        self.origin: float | None = None  # the time of the first sample (x = 0)
        self.unit = ""
        self.empty_text = ""
        self.setMinimumSize(QSize(360, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def clear(self) -> None:
        """Drop every line."""
        self.lines.clear()
        self.origin = None
        self.update()

    def add_line(self, key: str, label: str) -> Line:
        """A new (empty) line, coloured in order."""
        colour = QColor(COLOURS[len(self.lines) % len(COLOURS)])
        line = self.lines[key] = Line(label, colour)
        return line

    def add_point(self, key: str, point: Point) -> None:
        """Append to line ``key`` (keeping the newest :data:`MAX_POINTS`)."""
        line = self.lines[key]
        if self.origin is None:
            self.origin = point.t
        line.points.append(point)
        del line.points[:-MAX_POINTS]

    def mark_start(self, t: float) -> None:
        """Set x = 0 (the first poll), if not set yet."""
        if self.origin is None:
            self.origin = t

    # ---------------------------------------------------------------- painting
    def _ranges(self) -> tuple[float, float, float, float] | None:
        xs = [p.t for line in self.lines.values() for p in line.points]
        ys = [p.value for line in self.lines.values() for p in line.points if p.value is not None]
        if not xs or not ys or self.origin is None:
            return None
        x0, x1 = 0.0, max(max(xs) - self.origin, 1.0)
        low, high = min(0.0, *ys), max(ys)
        if high == low:
            high = low + (abs(low) or 1.0)
        return x0, x1, low, high + (high - low) * 0.08

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(
            self.MARGIN_LEFT,
            self.MARGIN_TOP,
            max(1, self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT),
            max(1, self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM),
        )
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        grid = QColor(text_colour)
        grid.setAlpha(40)
        ranges = self._ranges()
        painter.setPen(QPen(text_colour))
        if ranges is None:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        x0, x1, y0, y1 = ranges
        origin = self.origin or 0.0

        def to_screen(t: float, v: float) -> QPointF:
            x = area.left() + (t - origin - x0) / (x1 - x0) * area.width()
            y = area.bottom() - (v - y0) / (y1 - y0) * area.height()
            return QPointF(x, y)

        metrics = painter.fontMetrics()
        step = nice_step(y1 - y0)
        tick = math.ceil(y0 / step) * step
        while tick <= y1:
            y = to_screen(origin, tick).y()
            painter.setPen(QPen(grid))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QPen(text_colour))
            label = si_text(tick, self.unit)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, self.MARGIN_LEFT - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            tick += step
        xstep = nice_step(x1 - x0, 6)
        xtick = 0.0
        while xtick <= x1:
            x = to_screen(origin + xtick, y0).x()
            painter.setPen(QPen(grid))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.setPen(QPen(text_colour))
            painter.drawText(
                QRectF(x - 40, area.bottom() + 4, 80, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                si_text(xtick, "s"),
            )
            xtick += xstep
        painter.setPen(QPen(text_colour))
        painter.drawRect(area)
        painter.setClipRect(area.adjusted(-1, -1, 1, 1))
        for order, line in enumerate(self.lines.values()):
            self._draw_line(painter, line, to_screen, order)
        painter.setClipping(False)
        self._legend(painter, area, text_colour)
        painter.end()

    @staticmethod
    def _draw_line(
        painter: QPainter, line: Line, to_screen: Callable[[float, float], QPointF], order: int
    ) -> None:
        # Later lines dashed: two objects with the same values (a Counter32 and its
        # Counter64) stay both visible where they overlap.
        pen = QPen(line.colour, 2, STYLES[order % len(STYLES)])
        painter.setPen(pen)
        path, run = QPainterPath(), 0
        for point in line.points:
            if point.value is None:
                run = 0  # a break: the next point starts a new run
                continue
            screen = to_screen(point.t, point.value)
            if run == 0:
                path.moveTo(screen)
            else:
                path.lineTo(screen)
            run += 1
            painter.drawEllipse(screen, 1.8, 1.8)
        painter.drawPath(path)

    def _legend(self, painter: QPainter, area: QRectF, text_colour: QColor) -> None:
        metrics = painter.fontMetrics()
        y = area.top() + 6
        width = max(
            (metrics.horizontalAdvance(line.label) for line in self.lines.values()), default=0
        )
        box = QRectF(
            area.left() + 4, y - 2, width + 32, len(self.lines) * (metrics.height() + 2) + 4
        )
        background = self.palette().color(QPalette.ColorRole.Base)
        background.setAlpha(220)
        painter.fillRect(box, background)
        for line in self.lines.values():
            painter.fillRect(QRectF(area.left() + 8, y + 3, 14, 4), line.colour)
            painter.setPen(QPen(text_colour))
            painter.drawText(QPointF(area.left() + 28, y + metrics.ascent() - 2), line.label)
            y += metrics.height() + 2
