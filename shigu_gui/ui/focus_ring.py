"""Keyboard focus is always visible: a frame in the theme's colour around the focused widget.

One ring per window moves to the focused pane, field, button or tab bar: a child widget over its
own edge, masked to that band so the widget underneath paints and scrolls as before. (An
application-wide style sheet did this before, but it sent every widget through QStyleSheetStyle,
about 5 ms of the start; QFocusFrame draws outside its widget, where a splitter clips it.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QRegion
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLineEdit, QTabBar, QWidget
from shiboken6 import isValid

from .qt_names import solid_brush

WIDTH = 2
# Panes (tree, text, lists, tables), fields, buttons and tab bars: Fusion's own focus marks on
# the last two are faint and appear only after Tab, so they get the ring too.
RINGED = (QAbstractScrollArea, QLineEdit, QAbstractButton, QTabBar)


class FocusRing(QWidget):
    # Class-level defaults: Qt may call eventFilter or paintEvent on a wrapper whose __init__ has
    # not run (PySide makes a fresh one when the original was dropped), and then these answer.
    target: QWidget | None = None
    color = QColor("#3b82f6")

    def __init__(self, color: QColor) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.color = color
        self.target = None

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and isValid(self.target):  # it may be gone (a closed dialog's field)
            self.target.removeEventFilter(self)
        self.target = widget
        if widget is None:
            self.hide()
            return
        self.setParent(widget)  # a child draws over its parent, whatever the parent's own parent is
        widget.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        assert self.target is not None
        rect = self.target.rect()
        self.setGeometry(rect)
        band = QRegion(rect).subtracted(QRegion(rect.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)))
        self.setMask(band)  # only the band is this widget's: clicks and paints inside reach the pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # At interpreter exit PySide may deliver one last event after this object's attributes are
        # gone (seen with the focus in the library's table): then there is nothing to fit.
        target = getattr(self, "target", None)
        if target is not None and watched is target and isValid(target) and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        whole = QPainterPath()  # the mask keeps the paint to the band; fillPath: see qt_names
        whole.addRect(QRectF(self.rect()))
        painter = QPainter(self)
        painter.fillPath(whole, solid_brush(self.color))
        painter.end()


class FocusRings(QObject):
    """Moves each window's ring to the pane or field that has the keyboard focus."""

    def __init__(self, app: QApplication, color: str) -> None:
        super().__init__(app)
        self.setObjectName("focusRings")
        self.color = QColor(color)
        # Our own references to the rings: a ring's parent is often a widget that Python only saw
        # through a temporary wrapper (the focus signal's argument); when that wrapper went, PySide
        # dropped the ring's Python half, and Qt then called a fresh, uninitialised one.
        self._rings: list[FocusRing] = []
        app.focusChanged.connect(self._on_focus_changed)
        focused = app.focusWidget()
        if focused is not None:  # installed after the focus was given (the window's first picture)
            self._on_focus_changed(None, focused)

    def set_color(self, color: str) -> None:
        self.color = QColor(color)
        for ring in self.rings():
            ring.color = self.color
            ring.update()

    def rings(self) -> list[FocusRing]:
        return [ring for window in QApplication.topLevelWidgets() for ring in window.findChildren(FocusRing)]

    def ring_of(self, window: QWidget) -> FocusRing | None:
        return window.findChild(FocusRing, "focusRing")

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Only `new` is looked at: `old` may be a widget in the middle of being destroyed. A ring
        # in another window stays where that window's focus is, and returns with it.
        if new is None:
            return
        ring = self.ring_of(new.window())
        if isinstance(new, RINGED):
            if ring is None:
                ring = FocusRing(self.color)
                self._rings = [r for r in self._rings if isValid(r)] + [ring]
            ring.follow(new)
        elif ring is not None:
            ring.follow(None)


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
