"""What the text view draws over the text: the reader's highlights, the search hits (only those
near the viewport) and a flashed span, as the view's extra selections."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QBrush, QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from .qt_names import solid_brush

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from ..model.marks import Placed
    from ..model.search import Hit
    from .text_document import OffsetMap
    from .theme import Colors

MARK_COLORS = {"yellow": "#ffe066", "green": "#8fd694", "blue": "#8ec5ff", "pink": "#ffaacc"}


class _Text(Protocol):
    """The text the overlays are drawn on (ReportView)."""

    def top_offset(self) -> int: ...

    def bottom_offset(self) -> int: ...

    def document(self) -> QTextDocument: ...

    def setExtraSelections(self, selections: list[QTextEdit.ExtraSelection]) -> None: ...


class Overlays:
    def __init__(self, view: _Text) -> None:
        self.view = view
        self.colors: Colors | None = None
        self.offsets: OffsetMap | None = None
        self.hits: list[Hit] = []
        self.hit_starts: list[int] = []
        self.current_hit = -1
        # Hits get a selection only near the viewport (a 4.8 MB report can hold 10,000 of them):
        # the built ones by hit index, and the span of offsets they cover.
        self.hit_selections: dict[int, QTextEdit.ExtraSelection] = {}
        self.covered = (0, -1)
        self._mark_selections: list[QTextEdit.ExtraSelection] = []  # below the hits
        self._flash_selections: list[QTextEdit.ExtraSelection] = []  # above them
        self._brushes: dict[tuple[str, int], QBrush] = {}
        self._flash: tuple[int, int] | None = None
        self.marks: list[Placed] = []

    def reset(self, colors: Colors, offsets: OffsetMap, *, same_text: bool = False) -> None:
        """A new text (or the same in new colours): no hits, no selections yet. A new text keeps
        nothing of the old: its flashed span and its marks were offsets into another report."""
        self.colors, self.offsets = colors, offsets
        if not same_text:
            self._flash = None
            self.marks = []
        self.hits, self.hit_starts = [], []
        self.current_hit = -1
        self.hit_selections = {}
        self.covered = (0, -1)
        self._mark_selections, self._flash_selections = [], []

    def set_hits(self, hits: list[Hit], current: int) -> None:
        """Show hits, current the one in focus; the same list again with another current restyles
        just the two hits that change."""
        if hits is self.hits and self.hit_starts and current != self.current_hit:
            previous, self.current_hit = self.current_hit, current
            for index in (previous, current):
                if index in self.hit_selections:
                    self.hit_selections[index] = self._hit_selection(index)
            self._apply()
            return
        self.hits = hits
        self.hit_starts = [hit.start for hit in hits]
        self.current_hit = current
        self.refresh()

    def set_marks(self, placed: list[Placed]) -> bool:
        """The reader's marks (those placed in this text); whether there were or are any."""
        had = bool(self.marks)
        self.marks = [p for p in placed if p.placed]
        self.refresh()
        return had or bool(self.marks)

    def marks_at(self, offset: int) -> list[Placed]:
        return [p for p in self.marks if p.start <= offset < max(p.end, p.start + 1)]

    def flash(self, start: int, end: int) -> None:
        self._flash = (start, end)
        self.refresh()

    def _brush(self, color: str, alpha: int = 255) -> QBrush:
        """One brush per colour, not one per hit."""
        brush = self._brushes.get((color, alpha))
        if brush is None:
            shade = QColor(color)
            shade.setAlpha(alpha)
            brush = self._brushes[color, alpha] = solid_brush(shade)
        return brush

    def refresh(self) -> None:
        colors = self.colors
        if colors is None:
            return
        alpha = 110 if colors.dark else 170
        self._mark_selections = [
            self._selection(p.start, p.end, self._brush(MARK_COLORS.get(p.mark.color, MARK_COLORS["yellow"]), alpha))
            for p in self.marks if p.mark.kind == "highlight"
        ]
        self._flash_selections = [self._selection(*self._flash, self._brush(colors.highlight))] if self._flash else []
        self.build_hit_selections()

    def _visible_span(self) -> tuple[int, int]:
        """Offsets from three screens above the viewport to three below (at least 3,000 characters)."""
        top, bottom = self.view.top_offset(), self.view.bottom_offset()
        margin = max(3 * (bottom - top), 3000)
        return max(0, top - margin), bottom + margin

    def scrolled(self) -> None:
        """The viewport moved: hits built again if it left the span they cover."""
        if self.hits:
            lo, hi = self.covered
            if self.view.top_offset() < lo or self.view.bottom_offset() > hi:
                self.build_hit_selections()

    def build_hit_selections(self) -> None:
        if self.colors is None:
            return
        self.hit_selections = {}
        if self.hits:
            lo, hi = self.covered = self._visible_span()
            first = bisect.bisect_left(self.hit_starts, lo)
            last = bisect.bisect_right(self.hit_starts, hi)
            # A hit starting above lo may reach into view (a long regular-expression hit).
            for index in range(max(0, first - 1), last):
                self.hit_selections[index] = self._hit_selection(index)
        self._apply()

    def _hit_selection(self, index: int) -> QTextEdit.ExtraSelection:
        assert self.colors is not None
        hit = self.hits[index]
        shade = self.colors.current_hit if index == self.current_hit else self.colors.hit
        return self._selection(hit.start, hit.end, self._brush(shade))

    def _apply(self) -> None:
        self.view.setExtraSelections([*self._mark_selections, *self.hit_selections.values(), *self._flash_selections])

    def _selection(self, start: int, end: int, background: QBrush) -> QTextEdit.ExtraSelection:
        assert self.offsets is not None
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setProperty(QTextFormat.Property.BackgroundBrush, background)  # see qt_names
        return selection
