"""Keyboard focus is always visible: a frame in the theme's colour around the focused pane or field.

One QFocusFrame per window follows the focus (Qt moves and raises it with its widget). An
application-wide style sheet did the same job before, but it routes every widget of the window
through QStyleSheetStyle and cost about as much at start-up as laying out the report.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFocusFrame, QLineEdit, QWidget

from .qt_names import solid_brush

WIDTH = 2
RINGED = (QAbstractScrollArea, QLineEdit)  # panes (tree, text, lists, tables) and fields


class FocusRing(QFocusFrame):
    def __init__(self, parent: QWidget, color: QColor) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        # QFocusFrame is transparent for mouse events already: clicks reach the pane below.
        self.color = color

    def paintEvent(self, _event: QPaintEvent) -> None:
        frame = QPainterPath()  # the ring between two rectangles (odd-even fill); see qt_names
        outer = QRectF(self.rect())
        frame.addRect(outer)
        frame.addRect(outer.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH))
        painter = QPainter(self)
        painter.fillPath(frame, solid_brush(self.color))
        painter.end()


class FocusRings(QObject):
    """Moves each window's ring to the pane or field that has the keyboard focus."""

    def __init__(self, app: QApplication, color: str) -> None:
        super().__init__(app)
        self.setObjectName("focusRings")
        self.color = QColor(color)
        app.focusChanged.connect(self._on_focus_changed)

    def set_color(self, color: str) -> None:
        self.color = QColor(color)
        for window in QApplication.topLevelWidgets():
            for ring in window.findChildren(FocusRing):
                ring.color = self.color
                ring.update()

    def ring_of(self, window: QWidget) -> FocusRing | None:
        return window.findChild(FocusRing, "focusRing")

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and (new is None or old.window() is not new.window()):
            ring = self.ring_of(old.window())
            if ring is not None:
                ring.setWidget(None)  # type: ignore[arg-type]  # nullptr: follow nothing
        if new is None:
            return
        ring = self.ring_of(new.window())
        if isinstance(new, RINGED):
            if ring is None:
                ring = FocusRing(new.window(), self.color)
            ring.setWidget(new)
        elif ring is not None:
            ring.setWidget(None)  # type: ignore[arg-type]


def install(color: str) -> FocusRings | None:
    """The application's focus rings, created on first call; later calls change the colour."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    rings = app.findChild(FocusRings, "focusRings")
    if rings is None:
        return FocusRings(app, color)
    rings.set_color(color)
    return rings
