"""The reading pane: the report's text with styled headings, marked glossary terms and search hits.

What it draws over the text is text_overlays', the margin's signs text_margin's, and what a term
link means term_links'; this file keeps the text, its position and the events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget
from shiboken6 import isValid

from ..model import Document
from .preferences import Preferences
from .qt_names import SELECTABLE_TEXT, Qt
from .session import ReaderSession
from .term_links import Tooltips, notes_of, term_row, tooltip_html
from .text_document import OffsetMap, build_text_document
from .text_overlays import MARK_COLORS, Overlays
from .theme import Colors

if TYPE_CHECKING:  # naming a Qt class builds its enums (~1 M instructions each): these only annotate
    from PySide6.QtCore import QUrl, SignalInstance
    from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QPaintEvent, QResizeEvent
    from PySide6.QtWidgets import QMenu

    from ..model.marks import Placed
    from ..model.search import Hit
    from .position import ReadingPosition

__all__ = ["MARK_COLORS", "ReportView"]


class ReportView(QTextBrowser):
    """Read-only text; emits where the reader is, and which term was clicked."""

    term_activated = Signal(int)  # row in Document.glossary
    first_painted = Signal()  # once, just after the text is first on screen

    def __init__(self, session: ReaderSession, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self.setObjectName("reportView")
        self.setAccessibleName(self.tr("报告正文"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        # Selectable by mouse and keyboard (a caret for Shift+arrows), links by mouse; by name: see qt_names.
        self.setProperty("textInteractionFlags", SELECTABLE_TEXT)
        self.setMouseTracking(True)
        self._map = OffsetMap("")
        self._colors: Colors | None = None
        self._overlays = Overlays(self)
        self.context_actions: list[QAction] = []
        self._painted = False
        self._held: _HoldLayout | None = None
        self._held_for_owner = False  # hold_layout_until: the layout waits for the owner too
        self._tips: Tooltips | None = None
        self._shown_doc: QTextDocument | None = None  # the one set_report gave the view last
        self._position: ReadingPosition | None = None  # told where the text is (follow)
        self._jumping = False  # a jump scrolls the text, then reports once
        self.context_menu: QMenu | None = None
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(60)
        self._scroll_timer.timeout.connect(self._report_position)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.anchorClicked.connect(self._on_anchor)
        self._point_size = preferences.get("view/font_size")
        self._layout_font = self.text_font()  # a copy the loader's thread may read
        session.document_changed.connect(self._on_document)
        preferences.changed.connect(self._on_preference)
        self._on_document()

    @property
    def painted(self) -> bool:
        """Whether the text has been on screen (first_painted has been or is about to be emitted)."""
        return self._painted

    def _on_document(self) -> None:
        self.set_report(self.preferences.colors, self.session.take_prebuilt())

    def _on_preference(self, key: str) -> None:
        if key == "view/theme":
            self.set_colors(self.preferences.colors)
        elif key == "view/font_size":
            offset = self.top_offset()
            self.set_point_size(self.preferences.get(key))
            self.keep_at_top(offset)  # the same text at the top, the reader's selection kept

    def build_off_thread(self, doc: Document) -> tuple[QTextDocument, OffsetMap]:
        """The styled text and its offset map, made on a worker thread and handed to this one (the
        session's loader): neither is then made on the GUI thread, where each took ms of a 4 MB text."""
        offsets = OffsetMap(doc.text)
        qdoc = build_text_document(doc, self.preferences.colors, QFont(self._layout_font), offsets)
        qdoc.moveToThread(self.thread())  # the view's (the main) thread
        return qdoc, offsets

    # -- content -------------------------------------------------------------------------------
    def set_report(self, colors: Colors, prebuilt: tuple[QTextDocument, OffsetMap] | None = None,
                   *, same_text: bool = False) -> None:
        """Show the session's report; prebuilt is its QTextDocument and offset map when a worker
        thread made them (build_off_thread); same_text: the report shown, in new colours (its
        flashed span and marks stay; a new report's are cleared)."""
        doc = self.session.doc
        if prebuilt is not None:
            qdoc, self._map = prebuilt
        else:
            self._map = OffsetMap(doc.text)
            qdoc = build_text_document(doc, colors, self.text_font(), self._map)
        self._colors = colors
        self._overlays.reset(colors, self._map, same_text=same_text)
        replaced, self._shown_doc = self._shown_doc, qdoc
        qdoc.setParent(self)
        self.setDocument(qdoc)
        # Qt deletes a replaced document only when its text control (not the view) is its parent:
        # each report opened, and each theme chosen, kept its whole laid-out text (80 MB for 4 MB).
        # (The one it replaces is remembered, not asked for: asking the view's first, default document
        # for its parent, an object of a class PySide does not know (the text control), made PySide
        # build every QObject class it has: 145 M instructions of the start, callgrind.)
        if replaced is not None and replaced is not qdoc and isValid(replaced):
            replaced.deleteLater()
        self.setExtraSelections([])
        if not self._painted:
            self._hold_layout(qdoc)

    def _hold_layout(self, qdoc: QTextDocument) -> None:
        """Qt lays the text out as far as the screen needs, then the rest in slices on a timer of the
        document's layout; before the first picture those slices laid out a dozen screens no one had
        asked for (~10 ms of the start). The timer's events wait until the text is first painted
        (or 2 s, for a window started hidden); anything that needs the layout further (a position,
        a scroll) still lays it out at once."""
        self._release_layout()
        self._held = _HoldLayout(qdoc.documentLayout())
        qdoc.documentLayout().installEventFilter(self._held)
        QTimer.singleShot(2000, self._release_layout)

    def hold_layout_until(self, ready: SignalInstance) -> None:
        """Hold the layout past the first picture until ready is emitted: the window's tree and
        sidebar, built the turn after it, come before the text's far pages (~45 M instructions of
        layout ran between the two, callgrind). The 2 s limit still holds."""
        self._held_for_owner = True
        ready.connect(self._on_owner_ready)

    def _on_owner_ready(self) -> None:
        self._held_for_owner = False
        if self._painted:
            self._release_layout()

    def _release_layout(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            if isValid(held):  # else its layout went with a document replaced meanwhile, and it too
                layout = held.parent()
                if layout is not None:
                    layout.removeEventFilter(held)
                held.deleteLater()

    def text_font(self) -> QFont:
        """The report's font: the widget's family at the reader's chosen size."""
        font = QFont(self.font())
        font.setPointSize(self._point_size)
        return font

    def set_point_size(self, size: int) -> None:
        self._point_size = size
        self._layout_font = self.text_font()
        self.document().setDefaultFont(self.text_font())

    def set_colors(self, colors: Colors) -> None:
        position = self.top_offset()
        hits, current = self._overlays.hits, self._overlays.current_hit
        self.set_report(colors, same_text=True)
        self.set_hits(hits, current)
        self.scroll_to_offset(position)

    # -- position ------------------------------------------------------------------------------
    def top_offset(self) -> int:
        """Offset of the first character at the top of the viewport."""
        if self.verticalScrollBar().value() < self.document().documentMargin():
            # The start of the text in view. (A point in the top margin is no character's: Qt's hit
            # test there, with the text not yet laid out, once found a place far down, 18 ms.)
            return 0
        cursor = self.cursorForPosition(QPoint(4, 4))
        return self._map.to_py(cursor.position())

    def scroll_to_offset(self, offset: int, select_length: int = 0) -> None:
        """Put offset's line at the top of the viewport and the text cursor there."""
        position = self._map.to_qt(max(0, min(offset, len(self.session.doc.text))))
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        if select_length:
            cursor.setPosition(self._map.to_qt(offset + select_length), QTextCursor.MoveMode.KeepAnchor)
        self._jumping = True  # the cursor may scroll the text on its way: reported once it is at the top
        try:
            self.setTextCursor(cursor)
        finally:
            self._jumping = False
        self.keep_at_top(offset)

    def keep_at_top(self, offset: int, lines_above: int = 0) -> None:
        """Put offset's line at the top of the viewport (or lines_above lines below it), the cursor
        and selection left as they are; the reading position is told at once."""
        qdoc = self.document()
        position = self._map.to_qt(max(0, min(offset, len(self.session.doc.text))))
        block = qdoc.findBlock(position)
        layout = qdoc.documentLayout()
        top = layout.blockBoundingRect(block).top()
        if position > block.position():  # a block's first line is at its top (QTextLine: 4 enums at start-up)
            line = block.layout().lineForTextPosition(position - block.position())
            if line.isValid():
                top += line.y()
        if block.blockNumber() == 0 and position == block.position():
            top = 0  # the start of the text: with the document's top margin, as the sides have theirs
        if lines_above:
            from PySide6.QtGui import QFontMetricsF

            top = max(0.0, top - lines_above * QFontMetricsF(self.document().defaultFont()).lineSpacing())
        self._jumping = True
        try:
            self.verticalScrollBar().setValue(int(top))
        finally:
            self._jumping = False
        self._scroll_timer.stop()
        self._report_position()

    def bottom_offset(self) -> int:
        """Offset of the last character in the viewport."""
        if self._held is not None:
            self._lay_out_viewport()
        corner = QPoint(self.viewport().width() - 2, self.viewport().height() - 2)
        return self._map.to_py(self.cursorForPosition(corner).position())

    def _lay_out_viewport(self) -> None:
        """The text laid out to the viewport's bottom. Before the first picture Qt may have laid out
        less (the rest waits for the picture: _hold_layout), and a hit test below what is laid out
        answers the end of the text."""
        layout = self.document().documentLayout()
        bottom = self.verticalScrollBar().value() + self.viewport().height()
        block = self.cursorForPosition(QPoint(4, 4)).block()
        while block.isValid() and layout.blockBoundingRect(block).bottom() < bottom:
            block = block.next()

    def follow(self, position: ReadingPosition) -> None:
        """Go where the reading position asks (offset at the top, the cursor and a selection set),
        and tell it where the text is after each move."""
        self._position = position
        position.jump_requested.connect(self._on_jump)

    def _on_jump(self, offset: int, cursor: int, length: int, lines_above: int = 0) -> None:
        self.scroll_to_offset(offset, length if cursor == offset else 0)
        if cursor != offset:
            self.place_cursor(cursor)
        if lines_above:
            self.keep_at_top(offset, lines_above)

    def place_cursor(self, offset: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_qt(offset))
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def cursor_offset(self) -> int:
        return self._map.to_py(self.textCursor().position())

    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._map.to_py(cursor.selectionStart()), self._map.to_py(cursor.selectionEnd())

    def _report_position(self) -> None:
        if self._position is not None:
            # Before the first picture the bottom is not asked: the first viewport() costs the start
            # ~220 M instructions (callgrind), and no section is chosen yet whose heading it would keep.
            top = self.top_offset()
            self._position.report(top, self.bottom_offset() if self._painted else top)

    # -- hits and marks ------------------------------------------------------------------------
    def set_hits(self, hits: list[Hit], current: int) -> None:
        """Show hits, current the one in focus (text_overlays)."""
        self._overlays.set_hits(hits, current)

    def set_marks(self, placed: list[Placed]) -> None:
        # The margin's signs repainted when there were or are marks (none to none: the window's
        # second step for a reader without marks). Before the first paint, that paint draws them;
        # PySide's first viewport() costs ~8-12 ms.
        if self._overlays.set_marks(placed) and self._painted:
            self.viewport().update()

    def marks_at(self, offset: int) -> list[Placed]:
        return self._overlays.marks_at(offset)

    def flash(self, start: int, end: int) -> None:
        """Highlight a span (a chart's source sentence) until the next search."""
        self._overlays.flash(start, end)

    def _on_scrolled(self, _value: int) -> None:
        # The position is told at once of a scroll that starts after a pause (a page key), and
        # again once the scrolling pauses for 60 ms (a wheel, a dragged bar: not at every step).
        at_once = self._painted and not self._jumping and not self._scroll_timer.isActive()
        self._scroll_timer.start()
        self._overlays.scrolled()
        if at_once:
            self._report_position()

    def resizeEvent(self, e: QResizeEvent) -> None:
        # A new width lays the text out again: the line that was at the top stays there, and the
        # reading position (the tree, the status bar) is told what is at the top now.
        reflows = self._painted and e.oldSize().width() > 0 and e.oldSize().width() != e.size().width()
        anchor = self.top_offset() if reflows else None
        super().resizeEvent(e)
        if anchor is not None:
            self.keep_at_top(anchor)
        elif self._painted:
            self._scroll_timer.start()
        if self._overlays.hits:
            self._overlays.build_hit_selections()

    def hit_selection_count(self) -> int:
        """How many hits have a selection built now (those near the viewport)."""
        return len(self._overlays.hit_selections)

    # -- terms ---------------------------------------------------------------------------------
    def _term_at(self, pos: QPoint) -> int | None:
        return term_row(self.anchorAt(pos))

    def _on_anchor(self, url: QUrl) -> None:
        row = term_row(url.toString())
        if row is not None:
            self.term_activated.emit(row)

    def term_tooltip(self, pos: QPoint) -> str | None:
        """The tooltip for a point of the viewport: a note, or a term's definition; escaped rich text."""
        offset = self._map.to_py(self.cursorForPosition(pos).position())
        notes = notes_of(self.marks_at(offset))
        row = self._term_at(pos)
        glossary = self.session.doc.glossary
        term = None if row is None or row >= len(glossary) else (glossary[row].term, glossary[row].definition)
        return tooltip_html(notes, term)

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if not self._painted:
            self._painted = True
            if not self._held_for_owner:
                self._release_layout()
            QTimer.singleShot(0, self.first_painted.emit)  # once this picture is on screen
        if self._overlays.marks and self._colors is not None:
            from .text_margin import paint_mark_signs

            paint_mark_signs(self, self._overlays.marks, self._colors, self._map)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        if not self.textCursor().hasSelection():
            self.setTextCursor(self.cursorForPosition(e.pos()))
        menu = self.createStandardContextMenu(e.pos())
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        self.context_menu = menu
        menu.popup(e.globalPos())

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        super().mouseMoveEvent(e)
        cursor = Qt.CursorShape.PointingHandCursor if self._term_at(e.position().toPoint()) is not None else (
            Qt.CursorShape.IBeamCursor
        )
        viewport = self.viewport()
        viewport.setCursor(cursor)
        if self._tips is None:  # a tooltip follows the mouse: its filter comes with the first move
            self._tips = Tooltips(self, self.term_tooltip)
            viewport.installEventFilter(self._tips)

    def setSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        """Links are terms, never pages to load: nothing is fetched, from the network or disk."""
        return


class _HoldLayout(QObject):
    """Keeps the timer events of a document's layout (its slices of background layout) from it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Timer
