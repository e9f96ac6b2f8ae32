"""The 图表 tab: the indicators as bar charts and a table, each bar linked to its source sentence."""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...model import Document, Indicator
from ...model.charts import Bar, ChartData, chart_data, same_figure
from ...model.vocabulary import headline
from ..plain import escape
from ..preferences import Preferences
from ..session import ReaderSession
from ..theme import Colors
from ..wording import comma, figure, parens
from .card import ChartCard
from .labels import wrap_label
from .table import IndicatorTable
from .targets import TargetsTable

_ACTUAL, _TARGET = "#2f6fb3", "#d9822b"
_MIN_CHART_WIDTH = 520  # pixels: below this the bars' category labels crowd each other
_SHARE_COLORS = ("#7fb069", "#2f6fb3", "#d9822b", "#9b1c1c", "#6b6b6b", "#8e6bb3")


class ChartsView(QWidget):
    source_requested = Signal(int, int)  # span of the indicator's sentence in Document.text
    stale = Signal()  # hidden when the report or theme changed: drawn when shown, or by draw_steps

    def __init__(self, session: ReaderSession, preferences: Preferences, parent: QWidget | None = None,
                 draw: bool = True) -> None:
        """draw=False: drawn later, by draw_steps in idle time or when first shown."""
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self.setObjectName("chartsView")
        self.setAccessibleName(self.tr("图表"))
        pg.setConfigOptions(antialias=True)
        self.data: ChartData | None = None
        self.doc: Document | None = None
        self._colors: Colors | None = None
        self._drawn = False
        self._generation = 0
        self._ahead: tuple[Document, Colors, Iterator[int]] | None = None  # the drawing under way
        self.growth_card = ChartCard(self.tr("增长：实际与目标（%）"), self._source, self)
        self.scale_card = ChartCard(self.tr("总量"), self._source, self)
        self.structure_card = ChartCard(self.tr("结构"), self._source, self)
        self.people_card = ChartCard(self.tr("居民收入（元）"), self._source, self)
        self.cards = [self.growth_card, self.scale_card, self.structure_card, self.people_card]
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        column = QWidget(self)
        grid = QVBoxLayout(column)
        grid.addWidget(self.summary)
        self.targets = TargetsTable(column)
        self.targets.source_requested.connect(self._source)
        grid.addWidget(self.targets)
        for card in self.cards:
            grid.addWidget(card)
        grid.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        scroll.setAccessibleName(self.tr("图表列表"))
        self.table = IndicatorTable(self)
        self.table.source_requested.connect(self._source)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.table)
        splitter.setSizes([700, 500])
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self._split_by_hand = False  # once the reader moves the handle, resizing keeps their split
        splitter.splitterMoved.connect(lambda *_args: setattr(self, "_split_by_hand", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.targets.view, self.growth_card)
        self.setTabOrder(self.growth_card, self.scale_card)
        self.setTabOrder(self.scale_card, self.structure_card)
        self.setTabOrder(self.structure_card, self.people_card)
        self.setTabOrder(self.people_card, self.table.filter_edit)
        self.setFocusProxy(self.growth_card)  # Ctrl+2 lands on the first chart
        session.document_changed.connect(self._redraw)
        preferences.changed.connect(lambda key: self._redraw() if key == "view/theme" else None)
        if draw:
            self._draw_now()

    def _redraw(self) -> None:
        if not self.isVisible():  # not in the way of opening a report (0.6 s on a large one)
            self._drawn, self._ahead = False, None
            self._generation += 1  # steps still running for the old report stop
            self.stale.emit()
            return
        self._draw_now()

    def _draw_now(self) -> None:
        self.set_document(self.session.doc, self.preferences.colors)
        self._arrange()

    def draw_steps(self) -> Iterator[int]:
        """Draw the open report's charts one at a time, the top one first: a generator, so that the
        window can draw them between events before the tab is shown."""
        if self._drawn and self.doc is self.session.doc and self._colors == self.preferences.colors:
            return  # shown meanwhile, and drawn then
        yield from self._steps(self.session.doc, self.preferences.colors)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._drawn:  # shown before the idle drawing was done: the rest now
            self._draw_now()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Charts beside the table when both fit, the table below them otherwise: never a scroll bar across."""
        view = self.table.view
        header = view.horizontalHeader()
        last = view.model().columnCount() - 1
        columns = sum(view.columnWidth(c) for c in range(last))  # the last one stretches to fill
        if last >= 0:
            columns += max(header.sectionSizeHint(last), view.sizeHintForColumn(last), header.defaultSectionSize())
        layout = self.table.layout()
        margins = layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0
        table_width = columns + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth() + margins + 4
        beside = self.width() >= table_width + self.splitter.handleWidth() + _MIN_CHART_WIDTH
        self.table.setMinimumWidth(table_width if beside else 0)  # the charts take what is left
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.splitter.setStretchFactor(0, 1 if beside else 3)
            self.splitter.setStretchFactor(1, 0 if beside else 2)
        if not beside and not self._split_by_hand:
            self.splitter.setSizes([self.height() * 3 // 5, self.height() * 2 // 5])

    def set_document(self, doc: Document, colors: Colors) -> None:
        if doc is self.doc and colors == self._colors and self._drawn:
            return  # drawn ahead, in idle time (commands.prepare_charts), or unchanged
        ahead = self._ahead
        if ahead is not None and ahead[0] is doc and ahead[1] == colors:
            for _ in ahead[2]:  # being drawn ahead: finish it rather than start again
                pass
            if self._drawn:
                return
        for _ in self._steps(doc, colors):
            pass

    def _steps(self, doc: Document, colors: Colors) -> Iterator[int]:
        """The report's charts one at a time, the top one first. A later call (or set_document
        with another report) makes the earlier iterator stop where it is."""
        self._generation += 1
        steps = self._draw(doc, colors, self._generation)
        self._ahead = (doc, colors, steps)
        return steps

    def _draw(self, doc: Document, colors: Colors, generation: int) -> Iterator[int]:
        if generation != self._generation:
            return
        self._drawn = False
        self.doc = doc
        self._colors = colors
        self.data = chart_data(doc)
        self.setStyleSheet(f"#chartsView, #chartsView QScrollArea > QWidget > QWidget {{ background: {colors.base}; }}")
        years = []
        if self.data.review_year:
            years.append(self.tr("%1年实际").replace("%1", str(self.data.review_year)))
        if self.data.plan_year:
            years.append(self.tr("%1年目标").replace("%1", str(self.data.plan_year)))
        if self.data.shown:
            summary = (self.tr("共 %n 项指标", "", len(self.data.shown))
                       + (parens(comma().join(years)) if years else "")
                       + self.tr("。点击柱子或在表格中按 Enter 可跳到原文。") + self._missing_headline(doc))
        else:
            summary = self.tr("没有在这份报告里找到可以绘图的指标（带单位的数值或增速）。")
        self.summary.setText(f"<b>{escape(doc.title)}</b> — " + escape(summary))
        self.targets.setStyleSheet(f"color: {colors.text}")
        self.targets.set_document(doc, self.data.plan_year)
        yield 0
        draws = (self._draw_growth, self._draw_scale, self._draw_structure, self._draw_people)
        for card, draw in zip(self.cards, draws, strict=True):
            if generation != self._generation:
                return  # a later call draws instead
            card.reset(colors)
            draw()
            yield 0
        if generation != self._generation:
            return
        self.table.set_document(doc, self.data.shown)
        self._drawn = True
        self._ahead = None

    def _missing_headline(self, doc: Document) -> str:
        """Said when the report's headline growth (GDP, or an older report's 工农业总产值) was not
        found: a reader should not take an empty growth chart for a report that gave none."""
        actual, target = headline(doc, "actual"), headline(doc, "target")
        if actual is None and target is None:
            return self.tr("未找到经济增长（生产总值）的实际增速和目标。")
        if actual is None:
            return self.tr("未找到经济增长（生产总值）的实际增速。")
        if target is None:
            return self.tr("未找到经济增长（生产总值）的目标。")
        return ""

    def select_indicator(self, indicator: Indicator) -> None:
        """Show an indicator chosen in the text: its row in the table, and its bar if it has one."""
        self.table.select_indicator(indicator)
        for card in self.cards:
            for i, bar in enumerate(card.bars):
                if same_figure(bar.indicator, indicator):
                    card.setFocus()
                    card._select(i)
                    return

    def _source(self, indicator: Indicator) -> None:
        self.source_requested.emit(indicator.start, indicator.end)

    # -- the four charts -----------------------------------------------------------------------
    def _categories(self, card: ChartCard, labels: Sequence[str]) -> None:
        width = 7 if len(labels) <= 5 else 5
        ticks = [(i, wrap_label(label, width)) for i, label in enumerate(labels)]
        axis = card.plot.getAxis("bottom")
        axis.setTicks([ticks])
        lines = max((len(label) + width - 1) // width for label in labels)
        axis.setHeight(18 + 16 * min(lines, 3))
        card.plot.setXRange(-0.6, len(labels) - 0.4, padding=0)

    def _draw_growth(self) -> None:
        card = self.growth_card
        assert self.data is not None
        pairs = self.data.growth
        if not pairs:
            card.show_message(self.tr("这份报告没有同时给出上一年实际增速和今年目标增速的指标。"))
            return
        card.show_plot()
        keys = []
        for bar, color in ((pairs[0].actual, _ACTUAL), (pairs[0].target, _TARGET)):
            if bar is not None:
                year = self.tr("%1年").replace("%1", str(bar.indicator.year)) if bar.indicator.year else ""
                kind = self.tr("目标") if bar.indicator.kind == "target" else self.tr("实际")
                keys.append(f"<span style='color:{color}'>■</span> {escape(year + kind)}")
        card.heading.setText(f"<b>{escape(card.title)}</b>&nbsp;&nbsp;&nbsp;" + "&nbsp;&nbsp;".join(keys))
        top = low = 0.0
        for i, pair in enumerate(pairs):
            for bar, dx, color in ((pair.actual, -0.2, _ACTUAL), (pair.target, 0.2, _TARGET)):
                if bar is None:
                    continue
                card.add_bar(bar.indicator, figure(bar.text), color, x=[i + dx], height=[bar.value], width=0.38)
                end = bar.value
                if bar.indicator.growth_high is not None:  # a range: its upper part drawn lighter, to its end
                    end = bar.indicator.growth_high
                    self._range_part(card, i + dx, bar.value, end, color)
                card.label(figure(bar.text), i + dx, end)
                top = max(top, end)
                low = min(low, end)
        self._categories(card, [p.label for p in pairs])
        card.plot.setYRange(low, top * 1.25)

    @staticmethod
    def _range_part(card: ChartCard, x: float, low: float, high: float, color: str) -> None:
        faint = QColor(color)
        faint.setAlpha(90)
        part = pg.BarGraphItem(x=[x], y0=[low], height=[high - low], width=0.38, brush=pg.mkBrush(faint),
                               pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine))
        card.plot.addItem(part)

    def _draw_scale(self) -> None:
        assert self.data is not None
        card = self.scale_card
        self._draw_bars(card, self.data.scale, (_ACTUAL,), 0.6,
                        self.tr("这份报告没有以亿元计的经济总量（地区生产总值、财政收入、社会消费品零售总额等）；"
                                "其他金额见右侧表格。"))
        # The axis in the unit a reader would give these totals in: 万亿元 for 126万亿元.
        unit = self.tr("万亿元") if self.data.scale_unit == "万亿元" else self.tr("亿元")
        card.title = self.tr("总量（%1）").replace("%1", unit)  # also the exported picture's name
        card.setAccessibleName(card.title)
        heading = f"<b>{escape(card.title)}</b>"
        if self.data.scale_outliers:  # a hundred times the others: said apart, not squashing their axis
            apart = "；".join(html.escape(f"{b.label} {figure(b.text)}") for b in self.data.scale_outliers)
            heading += "&nbsp;&nbsp;&nbsp;" + self.tr("另（远大于其他，未同轴绘出）：%1").replace("%1", apart)
        card.heading.setText(heading)

    def _draw_bars(self, card: ChartCard, bars: Sequence[Bar], palette: Sequence[str], width: float,
                   missing: str) -> None:
        """One bar per value, labelled with its value; or the message when there are none."""
        if not bars:
            card.show_message(missing)
            return
        card.show_plot()
        for i, bar in enumerate(bars):
            text = figure(bar.text)
            card.add_bar(bar.indicator, text, palette[i % len(palette)], x=[i], height=[bar.value], width=width)
            card.label(text, i, bar.value)
        self._categories(card, [b.label for b in bars])
        card.plot.setYRange(0, max(b.value for b in bars) * 1.2)

    def _draw_structure(self) -> None:
        card = self.structure_card
        assert self.data is not None
        shares = self.data.structure
        if not shares:
            card.show_message(self.tr("这份报告没有给出比例结构（如三次产业结构）。"))
            return
        card.show_plot()
        card.plot.getAxis("bottom").setTicks(None)
        for row, item in enumerate(shares):
            total = sum(v for _, v in item.parts) or 1.0
            left = 0.0
            for k, (name, value) in enumerate(item.parts):
                share = value * 100 / total
                text = f"{name} {value:g}"
                color = _SHARE_COLORS[k % len(_SHARE_COLORS)]
                card.add_bar(item.indicator, text, color, x0=[left], y=[row], width=[share], height=0.6)
                if share >= 8:
                    card.label(f"{name}\n{value:g}", left + share / 2, row, anchor=(0.5, 0.5), on=color)
                else:  # too narrow to hold its label: write it above the bar
                    card.label(f"{name} {value:g}", left, row + 0.32, anchor=(0.0, 1.0))
                left += share
        card.plot.getAxis("left").setTicks([[(row, wrap_label(s.label)) for row, s in enumerate(shares)]])
        card.plot.setXRange(0, 100, padding=0.02)
        card.plot.setYRange(-0.5, len(shares) - 0.2, padding=0)
        card.plot.getAxis("bottom").setLabel(self.tr("占比（%）"))

    def _draw_people(self) -> None:
        assert self.data is not None
        self._draw_bars(self.people_card, self.data.people, _SHARE_COLORS[:2], 0.5,
                        self.tr("这份报告没有给出居民人均收入。"))
