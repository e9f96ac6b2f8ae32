"""The window's start in two steps: the frame for the first picture, then the rest.

The frame holds places for the tree and the sidebar, framed and filled like a list at the
widths the reader left them, so that each pane appears in place when it is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QSplitter, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, SignalInstance

FALLBACK_MS = 2000  # a window started minimised is not painted at once


def pane_place(parent: QWidget) -> QFrame:
    """Where a pane will be: framed and filled like a list, so that the pane appears in place."""
    place = QFrame(parent)
    place.setFrameShape(QFrame.Shape.StyledPanel)
    place.setBackgroundRole(place.palette().ColorRole.Base)
    place.setAutoFillBackground(True)
    return place


def after_first_picture(owner: QObject, first_painted: SignalInstance, complete: Callable[[], None]) -> None:
    """complete() in the turn after the first picture's other listeners (the start's clean-up, a
    bench's clock), or after FALLBACK_MS if no picture comes (a timer of owner's: it goes with it)."""
    first_painted.connect(lambda: QTimer.singleShot(0, complete))
    fallback = QTimer(owner)
    fallback.setSingleShot(True)
    fallback.timeout.connect(complete)
    fallback.start(FALLBACK_MS)


def fill_places(splitter: QSplitter, places: tuple[QWidget, QWidget], panes: tuple[QWidget, QWidget],
                sizes: list[int]) -> None:
    """The panes in their places (first and last of the splitter), at the widths the first picture
    showed; a hidden place measures 0, and its pane keeps the width it comes back at (told 0, the
    splitter gives it its minimum)."""
    if splitter.isVisible():
        sizes = [shown or kept for shown, kept in zip(splitter.sizes(), sizes, strict=True)]
    for index, pane, place in ((0, panes[0], places[0]), (2, panes[1], places[1])):
        splitter.replaceWidget(index, pane)  # it takes the place's size and visibility
        place.deleteLater()
    splitter.setSizes(sizes)
