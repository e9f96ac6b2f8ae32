"""The reading position: what the text shows (the offsets at its top and bottom) and the section
the reader is in.

One object owns them; the views observe it. The text reports into it (report, after it moved) and
moves when a jump is asked of it (jump_requested); the tree and the status bar follow `moved`.
Navigation reads where the reader is here, never from the text, and asks for jumps here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .session import ReaderSession


class ReadingPosition(QObject):
    moved = Signal(int, int)  # flat section index (-1: before the first), top offset
    # offset to bring to the top, the cursor's offset, characters selected, lines of context shown above offset
    jump_requested = Signal(int, int, int, int)

    def __init__(self, session: ReaderSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.offset = 0  # the first character at the top of the text
        self.bottom = 0  # the last character in view
        self.section = -1
        self.pinned: int | None = None  # a section chosen, current while its heading is in view
        session.document_changed.connect(self._on_document)

    def _on_document(self) -> None:
        self.offset, self.bottom, self.section, self.pinned = 0, 0, -1, None

    def report(self, top: int, bottom: int) -> None:
        """What the text shows now (told by the text after it moved). The section is the one at the
        top, or the one chosen while its heading is in view: the last page cannot scroll a late
        heading to the top."""
        doc = self.session.doc
        flat = doc.section_index_at(top)
        pinned = self.pinned
        if pinned is not None and flat != pinned and top <= doc.flat_sections[pinned].start <= bottom:
            flat = pinned
        else:
            self.pinned = None
        self.offset, self.bottom, self.section = top, bottom, flat
        self.moved.emit(flat, top)

    def pin(self, flat: int) -> None:
        """The section chosen (a heading the text was asked to bring to the top) is the current one."""
        self.pinned = flat
        self.report(self.offset, self.bottom)

    def request_jump(self, offset: int, length: int = 0, cursor: int | None = None, lines_above: int = 0) -> None:
        """Ask the text to put offset at its top (or lines_above lines below it, the lines before
        it shown as context), the cursor at cursor (offset by default) and length characters from
        it selected."""
        self.jump_requested.emit(offset, offset if cursor is None else cursor, length, lines_above)
