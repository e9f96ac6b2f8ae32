"""What a command may use, named once: the open report, where the reader is and moving through
it, search, marks, preferences, the text, the tabs, the status bar and a parent for dialogs.

Commands (ui/commands/) are typed against Context, never against the window; MainWindow
satisfies it, and a test may hand a command anything smaller that does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from .find_bar import FindBar
    from .marks import Marks
    from .navigation import Navigation
    from .position import ReadingPosition
    from .preferences import Preferences
    from .search import Search
    from .session import ReaderSession
    from .tabs import ReportTabs
    from .text_view import ReportView


class Context(Protocol):
    @property
    def session(self) -> ReaderSession: ...

    @property
    def navigation(self) -> Navigation: ...

    @property
    def position(self) -> ReadingPosition:
        """Where the reader is: the top offset and the current section."""
        ...

    @property
    def search(self) -> Search: ...

    @property
    def marks(self) -> Marks: ...

    @property
    def preferences(self) -> Preferences: ...

    @property
    def view(self) -> ReportView:
        """The text: its selection, its cursor, its document (to print)."""
        ...

    @property
    def tabs(self) -> ReportTabs: ...

    @property
    def find_bar(self) -> FindBar: ...

    @property
    def dialog_parent(self) -> QWidget:
        """The widget dialogs open on (and the window a command may close or make full screen)."""
        ...

    @property
    def dialogs(self) -> dict[str, QWidget]:
        """The last dialog of each kind a command opened (kept for as long as the window is)."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def show_error(self, message: str, title: str = "") -> None: ...

    def show_tab(self, index: int) -> None: ...

    def show_marks(self) -> None: ...

    def toggle_tree(self) -> None: ...

    def glossary_key(self) -> None: ...

    def toggle_reading_mode(self) -> None:
        """The text alone, without the tree, the sidebar and the tab bar (F9); again: as before."""
        ...

    def in_reading_mode(self) -> bool: ...

    def cycle_focus(self, step: int) -> None:
        """The keyboard to the next (1) or previous (-1) pane of the tab shown (F6)."""
        ...
