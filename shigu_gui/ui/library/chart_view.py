"""The library's chart widget (pyqtgraph, imported when the charts page is first shown): the
points it is given drawn as bars across places or as lines across years, one chosen with
Left/Right and opened with Enter or a click, and the chart exported as PNG, SVG or CSV. It only
draws: the series come from library/series.py through chart_page.py."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from math import ceil, floor
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...library.series import Point
from ...model.meta import NATIONAL
from ..plot_axis import PlainAxis, plain_axes
from ..wording import colon, figure

_BAR, _SELECTED = "#2f6fb3", "#d9822b"
# One colour and one marker per place: Okabe and Ito's colour-blind-safe hues (no orange: that is
# the selected point's), each with a shape of its own, so that two places never look alike.
_LINES = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#000000", "#7f7f7f", "#9b1c1c")
_SYMBOLS = ("o", "s", "t", "d", "p", "h", "star", "t1")
_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500)


class YearAxis(PlainAxis):
    """A time axis of years: whole years only, as far apart as their labels need."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        width = QFontMetrics(self.font()).horizontalAdvance("2025") + 16
        room = max(1, int(size // width))
        step = next((s for s in _YEAR_STEPS if (maxVal - minVal) / s <= room), _YEAR_STEPS[-1])
        first = ceil(minVal / step) * step
        return [(float(step), [float(v) for v in range(int(first), floor(maxVal) + 1, step)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) for v in values]


def tick_label_boxes(plot: pg.PlotWidget, side: str) -> list[QRectF]:
    """Where the axis on side ('bottom', 'left') draws its tick labels, in the plot's pixels: a
    test checks that no two overlap."""
    axis = plot.getAxis(side)
    view = plot.plotItem.vb
    (x0, x1), (y0, y1) = view.viewRange()
    low, high = (x0, x1) if side == "bottom" else (y0, y1)
    length = view.width() if side == "bottom" else view.height()
    levels = axis._tickLevels
    if levels is None:
        computed = axis.tickValues(low, high, length)
        levels = [list(zip(values, axis.tickStrings(values, 1.0, spacing), strict=True))
                  for spacing, values in computed[:1]]
    metrics = QFontMetrics(axis.font())
    boxes = []
    for level in levels[:1]:
        for value, text in level:
            if not low <= value <= high:
                continue
            at = view.mapViewToScene(QPointF(value, 0) if side == "bottom" else QPointF(0, value))
            w, h = metrics.horizontalAdvance(text), metrics.height()
            if side == "bottom":
                boxes.append(QRectF(at.x() - w / 2, 0, w, h))
            else:
                boxes.append(QRectF(0, at.y() - h / 2, w, h))
    return boxes


class BarChart(QFrame):
    """A focusable chart drawn for its data: places as horizontal bars sorted by value, their names
    beside them (the national figure also a reference line); years as lines on a time axis, one
    point per report and place, broken where a year has no report. Left/Right choose a bar or a
    point, Enter opens its source."""

    def __init__(self, on_open: Callable[[Point], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("文库图表"))
        self.points: list[Point] = []
        self.selected = -1
        self.shape = "bars"
        self._on_open = on_open
        self.plot = self._new_plot("bars")
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(self.plot)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.bars: pg.BarGraphItem | None = None
        self.marker: pg.ScatterPlotItem | None = None
        self.column = layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.message)

    def _new_plot(self, shape: str) -> pg.PlotWidget:
        axes = plain_axes()
        if shape == "line":
            axes["bottom"] = YearAxis("bottom")
        plot = pg.PlotWidget(axisItems=axes)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        plot.setBackground("w")
        plot.scene().sigMouseClicked.connect(self._clicked)
        return plot

    def _use_plot(self, shape: str) -> None:
        """A fresh plot for the shape (a time axis or a category axis)."""
        self.shape = shape
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()
        self.plot = self._new_plot(shape)
        self.scroller.setWidget(self.plot)
        self.bars = None
        self.marker = None

    def set_points(self, points: list[Point], empty_text: str, title: str = "") -> None:
        self.heading.setText(title)
        line = bool(points) and all(p.x is not None for p in points)
        if line:
            points = sorted(points, key=lambda p: (p.x or 0.0, p.series, p.path))
        self.points = points
        self.selected = 0 if points else -1
        self._use_plot("line" if line else "bars")
        self.message.setText("" if points else empty_text)
        # Nothing to draw: no plot at all (an empty frame kept the last chart's axis and its years)
        self.scroller.setVisible(bool(points))
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft if points else Qt.AlignmentFlag.AlignCenter)
        self.column.setStretchFactor(self.message, 0 if points else 1)
        if not points:
            self.plot.setMinimumHeight(0)
            return
        if line:
            self._draw_lines(points)
        else:
            self._draw_bars(points)
        self._paint()

    def _draw_bars(self, points: list[Point]) -> None:
        """Largest on top; each bar's name on the axis beside it, its figure at its end."""
        metrics = QFontMetrics(self.plot.getAxis("left").font())
        pitch = metrics.height() + 8
        self.plot.setMinimumHeight(len(points) * pitch + 70)  # below that, the view scrolls
        n = len(points)
        ys = [n - 1 - i for i in range(n)]
        values = [p.value for p in points]
        self.bars = pg.BarGraphItem(x0=[min(0.0, v) for v in values], y=ys, width=[abs(v) for v in values],
                                    height=0.6, brush=_BAR)
        self.plot.addItem(self.bars)
        for y, p in zip(ys, points, strict=True):
            label = pg.TextItem(figure(p.text), color="#222", anchor=(0.0 if p.value >= 0 else 1.0, 0.5))
            label.setPos(p.value, y)
            self.plot.addItem(label)
        left = self.plot.getAxis("left")
        left.setTicks([[(y, p.label) for y, p in zip(ys, points, strict=True)]])
        left.setWidth(max(metrics.horizontalAdvance(p.label) for p in points) + 14)
        national = next((p for p in points if p.label == NATIONAL), None)
        if national is not None and len(points) > 1:
            pen = pg.mkPen("#c0392b", style=Qt.PenStyle.DashLine)
            self.plot.addItem(pg.InfiniteLine(pos=national.value, angle=90, pen=pen,
                                              label=f"{NATIONAL} {figure(national.text)}",
                                              labelOpts={"position": 0.99, "color": "#c0392b"}))
        top = max(0.0, *values)
        low = min(0.0, *values)
        widest = max(QFontMetrics(self.font()).horizontalAdvance(figure(p.text)) for p in points)
        room = max(0.25, widest / max(200.0, self.width() - left.width() - 60) * 1.3)  # for the figures
        span = (top - low) or 1.0
        self.plot.setXRange(low - (span * room if low < 0 else 0), top + span * room, padding=0)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)

    def _draw_lines(self, points: list[Point]) -> None:
        """One line per place over the years, broken where a year has none; a point per report."""
        self.plot.setMinimumHeight(0)
        series: dict[str, list[Point]] = {}
        for p in points:
            series.setdefault(p.series, []).append(p)
        if 1 < len(series) <= len(_LINES):
            self.plot.addLegend(offset=(10, 10))
        for k, (name, members) in enumerate(series.items()):
            xs: list[float] = []
            ys: list[float] = []
            for p in members:
                if xs and not 0 < (p.x or 0.0) - xs[-1] <= 1:
                    xs.append(xs[-1])
                    ys.append(float("nan"))  # no report in between (or two in one year): a gap, not a slope
                xs.append(p.x or 0.0)
                ys.append(p.value)
            color, symbol = _LINES[k % len(_LINES)], _SYMBOLS[k % len(_SYMBOLS)]
            self.plot.plot(xs, ys, pen=pg.mkPen(color, width=2), connect="finite", symbol=symbol, symbolSize=8,
                           symbolBrush=color, symbolPen=color, name=name or None)
        self.marker = pg.ScatterPlotItem(size=13, brush=_SELECTED, pen=pg.mkPen("#222"))
        self.plot.addItem(self.marker)
        first = min(p.x or 0.0 for p in points)
        last = max(p.x or 0.0 for p in points)
        pad = max(0.6, (last - first) * 0.03)
        self.plot.setXRange(first - pad, last + pad, padding=0)
        low = min(0.0, *(p.value for p in points))
        top = max(0.0, *(p.value for p in points))
        self.plot.setYRange(low, top * 1.12 if top > 0 else 1.0, padding=0)

    def export(self, path: Path) -> None:
        """The chart as PNG or SVG (by the name's suffix), or its data as CSV; OSError if it cannot
        be written."""
        suffix = path.suffix.lower()
        if suffix == ".csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(("label", "year", "place", "value", "text", "path"))
            for p in self.points:
                year = int(p.x) if p.x is not None else (p.cell.describes if p.cell is not None else "")
                place = p.series or (p.cell.place if p.cell is not None else "")
                writer.writerow((p.label, year, place, f"{p.value:g}", p.text, p.path))
            path.write_text(out.getvalue(), encoding="utf-8-sig")  # BOM: Excel reads UTF-8
            return
        if suffix == ".svg":  # drawn by Qt (pyqtgraph's SVG exporter fails on a line with gaps)
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.plot.size())
            generator.setViewBox(self.plot.rect())
            generator.setTitle(self.heading.text())
            painter = QPainter(generator)
            try:
                self.plot.render(painter)
            finally:
                painter.end()
        else:
            from pyqtgraph import exporters

            exporter = exporters.ImageExporter(self.plot.plotItem)
            exporter.parameters()["width"] = max(800, self.plot.width())
            exporter.export(str(path))
        if not path.is_file():
            raise OSError(f"not written: {path}")

    def _paint(self) -> None:
        if self.bars is not None:
            brushes = [_SELECTED if i == self.selected else _BAR for i in range(len(self.points))]
            self.bars.setOpts(brushes=brushes)
        if 0 <= self.selected < len(self.points):
            p = self.points[self.selected]
            if self.marker is not None:
                self.marker.setData([p.x or 0.0], [p.value])
            source = p.cell.sentence if p.cell is not None else p.path
            self.message.setText(f"{p.label}{colon()}{figure(p.text)}    {source}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and self.points:
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            self.selected = max(0, min(len(self.points) - 1, self.selected + step))
            self._paint()
            if self.shape == "bars":  # keep the chosen bar in sight
                y = self.plot.plotItem.vb.mapViewToScene(QPointF(0, len(self.points) - 1 - self.selected)).y()
                self.scroller.ensureVisible(0, int(y), 0, 40)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and 0 <= self.selected < len(self.points):
            self._on_open(self.points[self.selected])
            return
        super().keyPressEvent(event)

    def _clicked(self, event: object) -> None:
        if not self.points:
            return
        view = self.plot.plotItem.vb
        at = view.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        if self.shape == "bars":
            index = len(self.points) - 1 - round(at.y())
            if not (0 <= index < len(self.points) and abs(at.y() - round(at.y())) <= 0.3):
                return
        else:  # the nearest point, in pixels
            scene = event.scenePos()  # type: ignore[attr-defined]

            def distance(p: Point) -> float:
                q = view.mapViewToScene(QPointF(p.x or 0.0, p.value))
                return float((q.x() - scene.x()) ** 2 + (q.y() - scene.y()) ** 2)

            index = min(range(len(self.points)), key=lambda i: distance(self.points[i]))
            if distance(self.points[index]) > 15 ** 2:
                return
        self.selected = index
        self._paint()
        self._on_open(self.points[index])
