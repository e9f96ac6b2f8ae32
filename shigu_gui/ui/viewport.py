"""What controllers may ask of the text they drive: a small protocol, so that none of them names
the text widget (ReportView satisfies it; a test may hand in anything that does)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:

    from ..model.marks import Placed
    from .position import ReadingPosition


class TextViewport(Protocol):
    def follow(self, position: ReadingPosition) -> None:
        """Move when the position asks for a jump, and report where the text is into it."""
        ...

    def top_offset(self) -> int:
        """Offset of the first character at the top of the viewport."""
        ...

    def bottom_offset(self) -> int:
        """Offset of the last character in the viewport."""
        ...

    def cursor_offset(self) -> int: ...

    def selection_span(self) -> tuple[int, int] | None: ...

    def clear_selection(self) -> None: ...

    def marks_at(self, offset: int) -> list[Placed]: ...

    def scroll_to_offset(self, offset: int, select_length: int = 0) -> None: ...

    def place_cursor(self, offset: int) -> None: ...

    def flash(self, start: int, end: int) -> None: ...
