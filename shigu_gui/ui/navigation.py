"""Where the reader is, and moving through the report: sections, spans, back and forward."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ..model import navigation as nav
from ..store import MarkStore
from .position import ReadingPosition
from .session import ReaderSession

if TYPE_CHECKING:
    from .viewport import TextViewport


class Navigation(QObject):
    """Moving through the report: jumps asked of the reading position (the text follows it), from
    where the position says the reader is. Without a position given, it makes one and has the
    text follow it."""

    def __init__(self, session: ReaderSession, view: TextViewport, store: MarkStore,
                 parent: QObject | None = None, *, position: ReadingPosition | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.store = store
        self.history = nav.History()
        if position is None:
            position = ReadingPosition(session, self)
            view.follow(position)
        self.position = position
        self._pending_restore: int | None = None
        # A jump asked for after a report opens (a library hit's search, a search run again in it)
        # wins over the saved place restored a turn later.
        position.jump_requested.connect(self._drop_restore)
        session.about_to_change.connect(self.remember_position)
        session.document_changed.connect(self._on_document)
        self._on_document()

    @property
    def current(self) -> int:
        """The flat index of the section the reader is in (-1: before the first)."""
        return self.position.section

    # -- the reading position ------------------------------------------------------------------
    def _on_document(self) -> None:
        self.history.clear()
        offset = self.store.position(self.session.doc)
        self.position.request_jump(offset)
        # Scroll again once the window has its real size, unless the reader has moved meanwhile.
        self._pending_restore = offset
        QTimer.singleShot(0, self._finish_restore)

    def _finish_restore(self) -> None:
        offset, self._pending_restore = self._pending_restore, None
        if offset is not None:
            self.position.request_jump(offset)

    def _drop_restore(self) -> None:
        self._pending_restore = None

    def remember_position(self) -> None:
        self.store.set_position(self.session.doc, self.position.offset)

    # -- jumps ---------------------------------------------------------------------------------
    def jump_to(self, offset: int, length: int = 0, record: bool = True) -> None:
        self._pending_restore = None
        if record:
            self.history.record(self.position.offset)
        self.position.request_jump(offset, length)

    def show_span(self, start: int, end: int) -> None:
        """Go to a span (recorded in the history), with the cursor at its start, and highlight it."""
        self.jump_to(start)
        self.view.flash(start, end)

    def go_to_section(self, flat: int, record: bool = True) -> None:
        doc = self.session.doc
        if not 0 <= flat < len(doc.flat_sections):
            return
        self.jump_to(doc.flat_sections[flat].start, record=record)
        self.position.pin(flat)

    def next_section(self) -> None:
        self.go_to_section(self.current + 1)

    def previous_section(self) -> None:
        current = self.current
        if current < 0:
            return
        start = self.session.doc.flat_sections[current].start
        # Inside a section, the first press goes to its own start, as in other readers.
        if self.position.offset > start + 1 and self.position.pinned != current:
            self.go_to_section(current)
        else:
            self.go_to_section(current - 1)

    def next_sibling(self) -> None:
        self.go_to_section(nav.next_sibling(self.session.doc, self.current))

    def previous_sibling(self) -> None:
        self.go_to_section(nav.previous_sibling(self.session.doc, self.current))

    def parent_section(self) -> None:
        if self.current >= 0:
            self.go_to_section(nav.parent_section(self.session.doc, self.current))

    def first_section(self) -> None:
        self.go_to_section(0)

    def last_section(self) -> None:
        self.go_to_section(nav.last_section(self.session.doc))

    def go_back(self) -> None:
        offset = self.history.go_back(self.position.offset)
        if offset is not None:
            self.position.request_jump(offset)

    def go_forward(self) -> None:
        offset = self.history.go_forward(self.position.offset)
        if offset is not None:
            self.position.request_jump(offset)
