"""The 图表 tab: the indicators as bar charts and a table, each bar linked to its source sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...model import Document, Indicator
from ...model.charts import Bar, ChartData, chart_data
from ..theme import Colors
from .table import IndicatorTable

_ACTUAL, _TARGET = "#2f6fb3", "#d9822b"
_SHARE_COLORS = ("#7fb069", "#2f6fb3", "#d9822b", "#9b1c1c", "#6b6b6b", "#8e6bb3")


class SourceBar(pg.BarGraphItem):
    """One bar: a tooltip with value and source sentence; a click asks for the sentence."""

    def __init__(self, indicator: Indicator, tooltip: str, on_click: Callable[[Indicator], None],
                 **opts: object) -> None:
        super().__init__(**opts)
        self.indicator = indicator
        self._on_click = on_click
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)

    def mouseClickEvent(self, ev: object) -> None:  # pyqtgraph's click event
        self._on_click(self.indicator)
        ev.accept()  # type: ignore[attr-defined]

    def set_selected(self, selected: bool, colors: Colors) -> None:
        self.setOpts(pen=pg.mkPen(colors.focus, width=3) if selected else pg.mkPen(None))


def bar_tooltip(indicator: Indicator, shown: str) -> str:
    year = f"{indicator.year}年 " if indicator.year else ""
    kind = "目标" if indicator.kind == "target" else "实际"
    return f"{indicator.name}（{year}{kind}）：{shown}\n{indicator.sentence}"


class ChartCard(QFrame):
    """A focusable chart: Left/Right choose a bar, Enter opens its sentence, Tab leaves."""

    def __init__(self, title: str, on_source: Callable[[Indicator], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.bars: list[SourceBar] = []
        self.selected = -1
        self._on_source = on_source
        self._colors: Colors | None = None
        self.heading = QLabel(f"<b>{title}</b>", self)
        self._plot: pg.PlotWidget | None = None  # made on first use: 15–25 ms each
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.png_button = QPushButton("PNG", self)
        self.png_button.setAccessibleName(f"{title} PNG")
        self.svg_button = QPushButton("SVG", self)
        self.svg_button.setAccessibleName(f"{title} SVG")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.png_button)
        top.addWidget(self.svg_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        self._layout = layout
        self.png_button.clicked.connect(lambda: self.export_dialog("png"))
        self.svg_button.clicked.connect(lambda: self.export_dialog("svg"))

    @property
    def plot(self) -> pg.PlotWidget:
        if self._plot is None:
            plot = pg.PlotWidget(self)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            plot.setMinimumHeight(260)
            self._layout.insertWidget(1, plot)  # between the heading row and the message
            self._plot = plot
        return self._plot

    def reset(self, colors: Colors) -> None:
        self._colors = colors
        self.plot.clear()
        self.bars = []
        self.selected = -1
        self.plot.setBackground(colors.base)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(colors.muted))
            axis.setTextPen(pg.mkPen(colors.text))
        self.heading.setStyleSheet(f"color: {colors.text}")
        self.heading.setText(f"<b>{self.title}</b>")

    def show_message(self, text: str) -> None:
        """Say in words that the report lacks the data, instead of drawing empty axes."""
        self.plot.hide()
        self.png_button.setEnabled(False)
        self.svg_button.setEnabled(False)
        self.message.setText(text)
        self.message.show()

    def show_plot(self) -> None:
        self.message.hide()
        self.plot.show()
        self.png_button.setEnabled(True)
        self.svg_button.setEnabled(True)

    def add_bar(self, indicator: Indicator, shown: str, color: str, **geometry: object) -> SourceBar:
        bar = SourceBar(indicator, bar_tooltip(indicator, shown), self._clicked, brush=pg.mkBrush(color),
                        pen=pg.mkPen(None), **geometry)
        self.plot.addItem(bar)
        self.bars.append(bar)
        return bar

    def label(self, text: str, x: float, y: float, anchor: tuple[float, float] = (0.5, 1.0)) -> None:
        assert self._colors is not None
        item = pg.TextItem(text, color=QColor(self._colors.text), anchor=anchor)
        item.setPos(x, y)
        self.plot.addItem(item)

    def _clicked(self, indicator: Indicator) -> None:
        self.setFocus()
        for i, bar in enumerate(self.bars):
            if bar.indicator is indicator:
                self._select(i)
        self._on_source(indicator)

    def _select(self, index: int) -> None:
        if not self.bars or self._colors is None:
            return
        self.selected = index % len(self.bars)
        for i, bar in enumerate(self.bars):
            bar.set_selected(i == self.selected, self._colors)
        self.setToolTip(self.bars[self.selected].toolTip())
        self.setAccessibleDescription(self.bars[self.selected].toolTip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and self.bars:
            self._select(self.selected + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and self.bars:
            self._select(self.selected - 1 if self.selected >= 0 else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected >= 0:
            self._on_source(self.bars[self.selected].indicator)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.selected < 0 and self.bars:
            self._select(0)

    def export(self, path: str) -> None:
        if path.lower().endswith(".svg"):
            self._export_svg(path)
            return
        from pyqtgraph import exporters

        exporters.ImageExporter(self.plot.getPlotItem()).export(path)

    def _export_svg(self, path: str) -> None:
        # pyqtgraph 0.14's SVGExporter cannot parse the path data of current Qt (pyqtgraph #3485);
        # Qt's own SVG generator draws the same scene as vectors.
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        size = self.plot.size()
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(QSize(size.width(), size.height()))
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(self.title)
        painter = QPainter(generator)
        self.plot.render(painter)
        painter.end()

    def export_dialog(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出图表"), f"{self.title}.{kind}",
                                              f"{kind.upper()} (*.{kind})")
        if path:
            self.export(path)


class ChartsView(QWidget):
    source_requested = Signal(int, int)  # span of the indicator's sentence in Document.text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.scale_card = ChartCard(self.tr("总量（亿元）"), self._source, self)
        self.structure_card = ChartCard(self.tr("结构"), self._source, self)
        self.people_card = ChartCard(self.tr("居民收入（元）"), self._source, self)
        self.cards = [self.growth_card, self.scale_card, self.structure_card, self.people_card]
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        column = QWidget(self)
        grid = QVBoxLayout(column)
        grid.addWidget(self.summary)
        for card in self.cards:
            grid.addWidget(card)
        grid.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        scroll.setAccessibleName(self.tr("图表列表"))
        self.table = IndicatorTable(self)
        self.table.source_requested.connect(self._source)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.table)
        splitter.setSizes([700, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.growth_card, self.scale_card)
        self.setTabOrder(self.scale_card, self.structure_card)
        self.setTabOrder(self.structure_card, self.people_card)
        self.setTabOrder(self.people_card, self.table.filter_edit)

    def set_document(self, doc: Document, colors: Colors) -> None:
        if doc is self.doc and colors == self._colors and self._drawn:
            return  # drawn ahead, in idle time (MainWindow), or unchanged
        ahead = self._ahead
        if ahead is not None and ahead[0] is doc and ahead[1] == colors:
            for _ in ahead[2]:  # being drawn ahead: finish it rather than start again
                pass
            if self._drawn:
                return
        for _ in self.draw_steps(doc, colors):
            pass

    def draw_steps(self, doc: Document, colors: Colors) -> Iterator[int]:
        """Draw the report's charts one at a time, the top one first: an iterator, so that the
        window can draw them between events before the tab is first shown. A later call (or
        set_document with another report) makes the earlier iterator stop where it is."""
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
        self.summary.setText(
            f"<b>{doc.title}</b> — " + self.tr("共 %n 项指标", "", len(doc.indicators))
            + (f"（{'，'.join(years)}）" if years else "")
            + self.tr("。点击柱子或在表格中按 Enter 可跳到原文。")
        )
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
        self.table.set_document(doc)
        self._drawn = True
        self._ahead = None

    def select_indicator(self, indicator: Indicator) -> None:
        """Show an indicator chosen in the text: its row in the table, and its bar if it has one."""
        self.table.select_indicator(indicator)
        for card in self.cards:
            for i, bar in enumerate(card.bars):
                if bar.indicator == indicator:
                    card.setFocus()
                    card._select(i)
                    return

    def _source(self, indicator: Indicator) -> None:
        self.source_requested.emit(indicator.start, indicator.end)

    # -- the four charts -----------------------------------------------------------------------
    def _categories(self, card: ChartCard, labels: Sequence[str]) -> None:
        width = 7 if len(labels) <= 5 else 5
        ticks = [(i, _wrap(label, width)) for i, label in enumerate(labels)]
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
                keys.append(f"<span style='color:{color}'>■</span> {year}{kind}")
        card.heading.setText(f"<b>{card.title}</b>&nbsp;&nbsp;&nbsp;" + "&nbsp;&nbsp;".join(keys))
        top = 0.0
        for i, pair in enumerate(pairs):
            for bar, dx, color in ((pair.actual, -0.2, _ACTUAL), (pair.target, 0.2, _TARGET)):
                if bar is None:
                    continue
                card.add_bar(bar.indicator, bar.text, color, x=[i + dx], height=[bar.value], width=0.38)
                card.label(bar.text, i + dx, bar.value)
                top = max(top, bar.value)
        self._categories(card, [p.label for p in pairs])
        card.plot.setYRange(min(0.0, *(b.value for p in pairs for b in (p.actual, p.target) if b)), top * 1.25)

    def _draw_scale(self) -> None:
        assert self.data is not None
        self._draw_bars(self.scale_card, self.data.scale, (_ACTUAL,), 0.6,
                        self.tr("这份报告没有以亿元计的总量指标。"))

    def _draw_bars(self, card: ChartCard, bars: Sequence[Bar], palette: Sequence[str], width: float,
                   missing: str) -> None:
        """One bar per value, labelled with its value; or the message when there are none."""
        if not bars:
            card.show_message(missing)
            return
        card.show_plot()
        for i, bar in enumerate(bars):
            card.add_bar(bar.indicator, bar.text, palette[i % len(palette)], x=[i], height=[bar.value], width=width)
            card.label(bar.text, i, bar.value)
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
                card.add_bar(item.indicator, text, _SHARE_COLORS[k % len(_SHARE_COLORS)],
                             x0=[left], y=[row], width=[share], height=0.6)
                if share >= 8:
                    card.label(f"{name}\n{value:g}", left + share / 2, row, anchor=(0.5, 0.5))
                else:  # too narrow to hold its label: write it above the bar
                    card.label(f"{name} {value:g}", left, row + 0.32, anchor=(0.0, 1.0))
                left += share
        card.plot.getAxis("left").setTicks([[(row, _wrap(s.label)) for row, s in enumerate(shares)]])
        card.plot.setXRange(0, 100, padding=0.02)
        card.plot.setYRange(-0.5, len(shares) - 0.2, padding=0)
        card.plot.getAxis("bottom").setLabel(self.tr("占比（%）"))

    def _draw_people(self) -> None:
        assert self.data is not None
        self._draw_bars(self.people_card, self.data.people, _SHARE_COLORS[:2], 0.5,
                        self.tr("这份报告没有给出居民人均收入。"))


def _wrap(label: str, width: int = 7) -> str:
    return "\n".join(label[i: i + width] for i in range(0, len(label), width))
