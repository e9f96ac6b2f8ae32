"""The library's charts (pyqtgraph, imported when this page is first shown): one indicator across
places for a year, one indicator across years, and a term's count per report across years.
Series come from library/series.py; this only draws. Left/Right choose a bar, Enter opens its source."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...library import Library
from ...library.db import Cell
from ...library.series import (
    Point,
    across_places,
    across_years,
    figure_year_label,
    places_of,
    term_by_year,
    years_of,
)
from ...model.vocabulary import BY_ID
from ..plot_axis import plain_axes
from ..wording import colon, english, parens

MODES = ("places", "years", "term")
_BAR, _SELECTED = "#2f6fb3", "#d9822b"


class BarChart(QFrame):
    """A focusable bar chart with a label under each bar."""

    def __init__(self, on_open: Callable[[Point], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("文库图表"))
        self.points: list[Point] = []
        self.selected = -1
        self._on_open = on_open
        self.plot = pg.PlotWidget(self, axisItems=plain_axes())
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setBackground("w")
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.bars: pg.BarGraphItem | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.message)

    def set_points(self, points: list[Point], empty_text: str, title: str = "") -> None:
        self.heading.setText(title)
        self.points = points
        self.selected = 0 if points else -1
        self.plot.clear()
        self.bars = None
        self.message.setText("" if points else empty_text)
        if not points:
            return
        xs = list(range(len(points)))
        self.bars = pg.BarGraphItem(x=xs, height=[p.value for p in points], width=0.6, brush=_BAR)
        self.plot.addItem(self.bars)
        for x, p in zip(xs, points, strict=True):
            label = pg.TextItem(p.text, color="#222", anchor=(0.5, 1.0 if p.value >= 0 else 0.0))
            label.setPos(x, p.value)
            self.plot.addItem(label)
        axis = self.plot.getAxis("bottom")
        axis.setTicks([[(x, p.label) for x, p in zip(xs, points, strict=True)]])
        top = max(0.0, *(p.value for p in points))
        low = min(0.0, *(p.value for p in points))
        self.plot.setYRange(low, top * 1.15 if top > 0 else 1.0)
        self.plot.setXRange(-0.6, len(points) - 0.4)
        self._paint()

    def _paint(self) -> None:
        if self.bars is not None:
            brushes = [_SELECTED if i == self.selected else _BAR for i in range(len(self.points))]
            self.bars.setOpts(brushes=brushes)
        if 0 <= self.selected < len(self.points):
            p = self.points[self.selected]
            source = p.cell.sentence if p.cell is not None else p.path
            self.message.setText(f"{p.label}{colon()}{p.text}    {source}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.points:
            step = 1 if key == Qt.Key.Key_Right else -1
            self.selected = max(0, min(len(self.points) - 1, self.selected + step))
            self._paint()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and 0 <= self.selected < len(self.points):
            self._on_open(self.points[self.selected])
            return
        super().keyPressEvent(event)

    def _clicked(self, event: object) -> None:
        if self.bars is None:
            return
        x = self.plot.plotItem.vb.mapSceneToView(event.scenePos()).x()  # type: ignore[attr-defined]
        index = round(x)
        if 0 <= index < len(self.points) and abs(x - index) <= 0.3:
            self.selected = index
            self._paint()
            self._on_open(self.points[index])


class ChartPage(QWidget):
    def __init__(self, library: Library, open_report: Callable[[str, int, int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.open_report = open_report
        self.cells: list[Cell] = []
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("图表类型"))
        for text in (self.tr("同一年各地区对比"), self.tr("同一地区历年变化"), self.tr("词语历年出现次数")):
            self.mode.addItem(text)
        self.indicator = QComboBox(self)
        self.indicator.setAccessibleName(self.tr("指标"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("实际或目标"))
        self.kind.addItem(self.tr("目标"), "target")
        self.kind.addItem(self.tr("实际"), "actual")
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("年份"))
        self.place = QComboBox(self)
        self.place.setAccessibleName(self.tr("地区"))
        self.term = QLineEdit(self)
        self.term.setAccessibleName(self.tr("词语"))
        self.term.setPlaceholderText(self.tr("词语，回车"))
        self.chart = BarChart(self._open_point, self)
        controls = QHBoxLayout()
        for widget in (self.mode, self.indicator, self.kind, self.year, self.place, self.term):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        for combo in (self.mode, self.indicator, self.kind, self.year, self.place):
            combo.currentIndexChanged.connect(self.redraw)
        self.term.returnPressed.connect(self.redraw)

    def reload(self) -> None:
        self.cells = self.library.matrix()
        blocked = [c.blockSignals(True) for c in (self.indicator, self.year, self.place)]
        current = (self.indicator.currentData(), self.year.currentData(), self.place.currentData())
        for combo in (self.indicator, self.year, self.place):
            combo.clear()
        present = {c.indicator for c in self.cells}
        for ind in BY_ID.values():
            if ind.id in present:
                self.indicator.addItem(ind.label, ind.id)
        for year in years_of(self.cells):
            self.year.addItem(str(year), year)
        self.place.addItem(self.tr("全部地区"), "")
        for place in places_of(self.cells):
            self.place.addItem(place or "?", place)
        for combo, value in zip((self.indicator, self.year, self.place), current, strict=True):
            i = combo.findData(value)
            if i >= 0:
                combo.setCurrentIndex(i)
        for combo, was in zip((self.indicator, self.year, self.place), blocked, strict=True):
            combo.blockSignals(was)
        self.redraw()

    def show_series(self, mode: str, indicator: str = "gdp", kind: str = "target", year: int | None = None,
                    place: str | None = None, term: str = "") -> None:
        """Choose what to draw (the screenshot and the tests do this; people use the boxes)."""
        self.mode.setCurrentIndex(MODES.index(mode))
        for combo, value in ((self.indicator, indicator), (self.kind, kind), (self.year, year), (self.place, place)):
            i = combo.findData(value)
            if value is not None and i >= 0:
                combo.setCurrentIndex(i)
        self.term.setText(term)
        self.redraw()

    def redraw(self) -> None:
        mode = MODES[max(0, self.mode.currentIndex())]
        self.indicator.setVisible(mode != "term")
        self.kind.setVisible(mode != "term")
        self.year.setVisible(mode == "places")
        self.place.setVisible(mode in ("years", "term"))
        self.term.setVisible(mode == "term")
        indicator = self.indicator.currentData() or "gdp"
        kind = self.kind.currentData() or "target"
        if mode == "places":
            points = across_places(self.cells, indicator, kind, self.year.currentData())
        elif mode == "years":  # one place: the one chosen, else the one with most figures
            place = self.place.currentData() or next(iter(places_of(self.cells)), "")
            points = across_years(self.cells, indicator, kind, place, english())
        else:
            term = self.term.text().strip()
            points = term_by_year(self.library.trend(term), self.place.currentData() or "") if term else []
        self.chart.set_points(points, self.tr("没有可画的数据：请换一个指标、年份或地区。"),
                              self._title(mode, points))

    def _title(self, mode: str, points: list[Point]) -> str:
        if mode == "term":
            return self.tr("“%1”在各份报告中出现的次数").replace("%1", self.term.text().strip())
        first = points[0].cell if points else None
        measure = ""
        if first is not None:
            measure = self.tr("增长率，%") if first.growth is not None else (first.unit or "")
        what = f"{self.indicator.currentText()} {self.kind.currentText()}" + (parens(measure) if measure else "")
        if mode == "places":  # '2024年实际 各地区 国内生产总值': the year the figures describe
            year = figure_year_label(self.year.currentData(), self.kind.currentData() or "target", english())
            what = self.indicator.currentText() + (parens(measure) if measure else "")
            return self.tr("%1 各地区 %2").replace("%1", year).replace("%2", what)
        return self.tr("%1 历年 %2").replace("%1", first.place if first else "").replace("%2", what).strip()

    def _open_point(self, point: Point) -> None:
        if point.cell is not None:
            self.open_report(point.path, point.cell.start, point.cell.end - point.cell.start)
        elif point.path:
            self.open_report(point.path, 0, 0)
