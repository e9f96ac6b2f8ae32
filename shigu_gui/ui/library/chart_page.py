"""The library's charts page: the boxes that choose what to draw (one indicator across places
for a year, one indicator across years, a term's count per report across years), the series read
from library/series.py, handed to the chart widget (chart_view.py), and its export dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
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
from ..wording import english, parens
from .chart_view import BarChart
from .opening import OpenReport

MODES = ("places", "years", "term")


class ChartPage(QWidget):
    def __init__(self, library: Library, open_report: OpenReport,
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
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(self.tr("次数或每万字"))
        self.measure.addItem(self.tr("每万字次数"), 10_000)
        self.measure.addItem(self.tr("出现次数"), 0)
        self.chart = BarChart(self._open_point, self)
        self.export_button = QPushButton(self.tr("导出图表…"), self)
        self.export_button.clicked.connect(self.export_dialog)
        controls = QHBoxLayout()
        for widget in (self.mode, self.indicator, self.kind, self.year, self.place, self.term, self.measure):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        for combo in (self.mode, self.indicator, self.kind, self.year, self.place, self.measure):
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
                    place: str | None = None, term: str = "", per: int | None = None) -> None:
        """Choose what to draw (the screenshot and the tests do this; people use the boxes)."""
        self.mode.setCurrentIndex(MODES.index(mode))
        for combo, value in ((self.indicator, indicator), (self.kind, kind), (self.year, year), (self.place, place)):
            i = combo.findData(value)
            if value is not None and i >= 0:
                combo.setCurrentIndex(i)
        self.term.setText(term)
        if per is not None:
            self.measure.setCurrentIndex(max(0, self.measure.findData(per)))
        self.redraw()

    def redraw(self) -> None:
        mode = MODES[max(0, self.mode.currentIndex())]
        self.indicator.setVisible(mode != "term")
        self.kind.setVisible(mode != "term")
        self.year.setVisible(mode == "places")
        self.place.setVisible(mode in ("years", "term"))
        self.term.setVisible(mode == "term")
        self.measure.setVisible(mode == "term")
        indicator = self.indicator.currentData() or "gdp"
        kind = self.kind.currentData() or "target"
        if mode == "places":
            points = across_places(self.cells, indicator, kind, self.year.currentData())
        elif mode == "years":  # one place: the one chosen, else the one with most figures
            place = self.place.currentData() or next(iter(places_of(self.cells)), "")
            if place and not self.place.currentData():  # the selector names the place drawn, not 全部地区
                was = self.place.blockSignals(True)
                self.place.setCurrentIndex(max(0, self.place.findData(place)))
                self.place.blockSignals(was)
            points = across_years(self.cells, indicator, kind, place, english())
        else:
            term = self.term.text().strip()
            per = int(self.measure.currentData() or 0) or None
            points = term_by_year(self.library.trend(term), self.place.currentData() or "", per) if term else []
            if not any(p.value for p in points):  # a line of zeros is no trend: said, not drawn
                self.chart.set_points([], self._no_trend(term, len(points)), self._title(mode, []) if term else "")
                return
        self.chart.set_points(points, self.tr("没有可画的数据：请换一个指标、年份或地区。"),
                              self._title(mode, points))

    def _no_trend(self, term: str, reports: int) -> str:
        """Why a term's trend is empty: no term yet, no report in the place chosen, or the term in none."""
        if not term:
            return self.tr("输入一个词语，按回车：画出它在各份报告中出现的次数。")
        if not reports:
            return self.tr("没有找到报告：所选地区没有注明年份的报告，请换一个地区。")
        return self.tr("没有找到“%1”：所选的 %2 份报告中都没有这个词语。").replace("%1", term).replace(
            "%2", str(reports))

    def _title(self, mode: str, points: list[Point]) -> str:
        if mode == "term":
            if self.measure.currentData():
                return self.tr("“%1”在各份报告中每万字出现的次数").replace("%1", self.term.text().strip())
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

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出图表"), "library-chart.png",
            self.tr("PNG 图片 (*.png);;SVG 图形 (*.svg);;CSV 数据 (*.csv)"))
        if not path:
            return
        try:
            self.chart.export(Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法保存文件"), f"{path}: {exc.strerror or exc}")

    def _open_point(self, point: Point) -> None:
        if point.cell is not None:
            self.open_report(point.path, point.cell.start, point.cell.end - point.cell.start)
        elif point.path:
            self.open_report(point.path, 0, 0)
