"""What a command may use, named once: the open report, where the reader is and moving through
it, search, marks, preferences, the recent reports, the text, the tabs, the status bar and a
parent for dialogs; and what a submenu made as it opens lists (MenuEntry).

Commands (ui/commands/) are typed against Context, never against the window; MainWindow
satisfies it, and a test may hand a command anything smaller that does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from .find_bar import FindBar
    from .marks import Marks
    from .navigation import Navigation
    from .position import ReadingPosition
    from .preferences import Preferences
    from .recent import RecentReports
    from .search import Search
    from .session import ReaderSession
    from .tabs import ReportTabs
    from .text_view import ReportView


class MenuEntry(NamedTuple):
    """One entry of a submenu made each time it opens (最近打开): its text, with its access key."""

    text: str
    run: Callable[[Context], object] | None  # None: shown, not enabled
    tip: str = ""
    separator: bool = False  # a separator before it


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
    def recent(self) -> RecentReports:
        """最近打开, and the folder the open dialogs start in."""
        ...

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
