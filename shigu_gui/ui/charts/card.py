"""One chart of the 图表 tab: a focusable card whose bars link to their source sentences."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...model import Indicator
from ..plain import escape, plain, tip
from ..plot_axis import plain_axes
from ..theme import Colors, readable_on
from .labels import bar_tooltip


class SourceBar(pg.BarGraphItem):
    """One bar: a tooltip with value and source sentence; a click asks for the sentence."""

    def __init__(self, indicator: Indicator, tooltip: str, on_click: Callable[[Indicator], None],
                 **opts: object) -> None:
        super().__init__(**opts)
        self.indicator = indicator
        self._on_click = on_click
        self.plain_tip = tooltip
        self.setToolTip(tip(tooltip))  # the report's words: escaped
        self.setAcceptHoverEvents(True)

    def mouseClickEvent(self, ev: object) -> None:  # pyqtgraph's click event
        self._on_click(self.indicator)
        ev.accept()  # type: ignore[attr-defined]

    def set_selected(self, selected: bool, colors: Colors) -> None:
        self.setOpts(pen=pg.mkPen(colors.focus, width=3) if selected else pg.mkPen(None))


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
        self.heading = QLabel(f"<b>{escape(title)}</b>", self)
        self._plot: pg.PlotWidget | None = None  # made on first use: 15–25 ms each
        self.message = QLabel(self)
        plain(self.message)
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
            plot = pg.PlotWidget(self, axisItems=plain_axes())
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
        self.heading.setText(f"<b>{escape(self.title)}</b>")

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

    def label(self, text: str, x: float, y: float, anchor: tuple[float, float] = (0.5, 1.0),
              on: str | None = None) -> None:
        """A label on the plot's background, or on a bar of colour on (black or white as reads best)."""
        assert self._colors is not None
        color = readable_on(on, self._colors.text) if on else self._colors.text
        item = pg.TextItem(text, color=QColor(color), anchor=anchor)
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
        self.setAccessibleDescription(self.bars[self.selected].plain_tip)

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
