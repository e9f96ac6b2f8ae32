"""The reading position: the offset at the top of the text and the section the reader is in.

One object owns them; the views observe it. The text asks to be moved by subscribing to
jump_requested; the tree and the status bar follow `moved`. Navigation decides the section
(a heading chosen stays current on the last page, which cannot scroll it to the top) and asks
for jumps here rather than moving the text itself.
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
        self.offset = 0
        self.section = -1
        session.document_changed.connect(self._on_document)

    def _on_document(self) -> None:
        self.offset, self.section = 0, -1

    def update(self, offset: int, section: int) -> None:
        """Where the text now is (told by navigation, from the text's own report)."""
        self.offset, self.section = offset, section
        self.moved.emit(section, offset)

    def request_jump(self, offset: int, length: int = 0, cursor: int | None = None, lines_above: int = 0) -> None:
        """Ask the text to put offset at its top (or lines_above lines below it, the lines before
        it shown as context), the cursor at cursor (offset by default) and length characters from
        it selected."""
        self.jump_requested.emit(offset, offset if cursor is None else cursor, length, lines_above)
