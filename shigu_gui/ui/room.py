"""Room for the text: on a narrow window the text keeps a comfortable measure and the side panes
give way.

The tree and the sidebar show when the reader wants them (the view/tree and view/glossary
preferences) and, for the sidebar, when it has something to show: a glossary, search results or
marks. What is shown then shares what the text's measure (MEASURE_CHARS a line) leaves: each pane
at the width the reader gave it, narrower if need be, hidden below MIN_PANE. A pane the reader
asks for (Ctrl+T, Ctrl+Shift+G, the marks list) shows whatever the room. The reading mode (F9)
shows the text alone. The reader's pane widths are remembered per window size class.

fit() is plain arithmetic, also used for the first picture's places (main_window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QWidget

    from .marks import Marks
    from .preferences import Preferences
    from .search import Search
    from .session import ReaderSession
    from .settings import Settings
    from .sidebar import Sidebar
    from .tabs import ReportTabs
    from .text_view import ReportView


class _Window(Protocol):
    """What the room arranges (the main window)."""

    @property
    def splitter(self) -> QSplitter: ...

    @property
    def session(self) -> ReaderSession: ...

    @property
    def preferences(self) -> Preferences: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def view(self) -> ReportView: ...

    @property
    def tabs(self) -> ReportTabs: ...

    @property
    def search(self) -> Search: ...

    @property
    def marks(self) -> Marks: ...

    @property
    def outline_pane(self) -> QWidget: ...

    @property
    def sidebar(self) -> Sidebar: ...

    @property
    def pane_widths(self) -> tuple[int, int]: ...

    def width(self) -> int: ...

    def focusWidget(self) -> QWidget | None: ...

MEASURE_CHARS = 36  # characters a line the text keeps before the panes give way
MIN_PANE = 160  # px: a pane narrower than this is hidden instead
TEXT_CHROME = 2 * 28 + 24  # px besides the characters: the document's margins, a scroll bar, frames
SIZE_CLASSES = ((1200, "narrow"), (1600, "medium"))  # window widths below each bound; above: "wide"
TREE, SIDE = 0, 1
SLACK = 8  # px a pane may differ from its fitted width


def size_class(width: int) -> str:
    return next((name for bound, name in SIZE_CLASSES if width < bound), "wide")


def text_measure(char_px: float) -> int:
    """The text's width in px for MEASURE_CHARS characters of char_px each."""
    return int(MEASURE_CHARS * char_px) + TEXT_CHROME


def fit(total: int, text_min: int, widths: tuple[int, int], shown: tuple[bool, bool],
        shed: tuple[int, ...] = (SIDE, TREE)) -> tuple[tuple[int, int], tuple[bool, bool]]:
    """The panes' widths and which show, in total px with text_min kept for the text: each at its
    width if there is room; else the panes in shed narrow, in that order, down to MIN_PANE; if
    that is not enough, they are hidden in that order (a pane not in shed keeps its width)."""
    room = total - text_min
    for hidden in range(len(shed) + 1):
        on = [s and pane not in shed[:hidden] for pane, s in enumerate(shown)]
        sized = [w if s else 0 for w, s in zip(widths, on, strict=True)]
        excess = sum(sized) - room
        for pane in shed:
            if excess > 0 and on[pane]:
                cut = min(excess, max(0, sized[pane] - MIN_PANE))
                sized[pane] -= cut
                excess -= cut
        if excess <= 0:
            return (sized[0], sized[1]), (on[0], on[1])
    on = [s and pane not in shed for pane, s in enumerate(shown)]
    return (widths[0] if on[0] else 0, widths[1] if on[1] else 0), (on[0], on[1])


def char_px(point_size: float, dpi: float) -> float:
    """A CJK character's width in px: one em."""
    return point_size * dpi / 72


class Room(QObject):
    """Which side panes show and how wide, for the window's width and what they have to show."""

    def __init__(self, window: _Window, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.reading_mode = False
        self.forced: set[int] = set()  # panes the reader asked to see: shown whatever the room
        self.widths = self._remembered(size_class(window.width())) or (
            max(MIN_PANE, window.pane_widths[0]), max(MIN_PANE, window.pane_widths[1]))
        self._class = size_class(window.width())
        self._applying = False
        splitter = window.splitter
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)
        window.session.document_changed.connect(self._on_document)
        window.search.hits_changed.connect(self.apply)
        window.marks.marks_changed.connect(self.apply)

    # -- what the panes have to show -------------------------------------------------------------
    def sidebar_has_content(self) -> bool:
        window = self.window
        return bool(window.session.doc.glossary or window.search.hits or window.search.query
                    or any(p.placed for p in window.marks.placed))

    def _on_document(self) -> None:
        self.forced.discard(SIDE)  # the sidebar asked for in the last report: this one may have nothing
        self.apply()

    # -- the reader's requests ---------------------------------------------------------------------
    def force(self, pane: int) -> None:
        """The reader asked to see the pane: shown (leaving the reading mode) whatever the room."""
        self.forced.add(pane)
        if self.reading_mode:
            self.reading_mode = False
            self.window.tabs.tabBar().setVisible(True)
        self.apply()

    def toggle_reading_mode(self) -> None:
        self.reading_mode = not self.reading_mode
        self.forced.clear()
        window = self.window
        if self.reading_mode:
            from .skeleton import READING_TAB

            window.tabs.setCurrentIndex(READING_TAB)
        window.tabs.tabBar().setVisible(not self.reading_mode)
        self.apply()
        window.view.setFocus()

    # -- layout ----------------------------------------------------------------------------------
    def text_min(self) -> int:
        view = self.window.view
        return text_measure(char_px(self.window.preferences.get("view/font_size"), view.logicalDpiY()))

    def apply(self) -> None:
        window = self.window
        prefs = window.preferences
        panes = (window.outline_pane, window.sidebar)
        reading = self.reading_mode
        wanted = (
            bool(prefs.get("view/tree")) and not reading,
            bool(prefs.get("view/glossary")) and not reading and (SIDE in self.forced or self.sidebar_has_content()),
        )
        splitter = window.splitter
        handles = 2 * splitter.handleWidth()
        total = splitter.width() - handles
        # The sidebar gives way first, unless it lists search results: then the tree does.
        order = (TREE, SIDE) if window.search.hits else (SIDE, TREE)
        shed = tuple(pane for pane in order if pane not in self.forced)
        sized, shown = fit(total, self.text_min(), self.widths, wanted, shed)  # forced panes keep their width
        self._applying = True
        try:
            focus = window.focusWidget()
            for widget, visible in zip(panes, shown, strict=True):
                if not visible and widget.isVisible() and focus is not None and widget.isAncestorOf(focus):
                    window.view.setFocus()
                widget.setVisible(visible)
            tree = sized[TREE] if shown[TREE] else 0
            side = sized[SIDE] if shown[SIDE] else 0
            sizes = [tree, max(1, total - tree - side), side]
            # Within a few px of what shows (the first picture's estimate): left alone, the text still.
            if any(abs(a - b) > SLACK for a, b in zip(sizes, splitter.sizes(), strict=True)):
                splitter.setSizes(sizes)
        finally:
            self._applying = False

    def _moved(self, _pos: int, _index: int) -> None:
        """The reader dragged a handle: those widths are theirs, for this size class."""
        if self._applying:
            return
        sizes = self.window.splitter.sizes()
        self.widths = (sizes[0] if sizes[0] >= MIN_PANE else self.widths[0],
                       sizes[2] if sizes[2] >= MIN_PANE else self.widths[1])
        self.window.settings.set(f"window/panes_{self._class}", list(self.widths))

    def _remembered(self, name: str) -> tuple[int, int] | None:
        widths = self.window.settings.get_int_list(f"window/panes_{name}")
        if len(widths) == 2 and all(w >= MIN_PANE for w in widths):
            return widths[0], widths[1]
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            name = size_class(self.window.width())
            if name != self._class:
                self._class = name
                self.forced.clear()  # asked for at another size
                self.widths = self._remembered(name) or self.widths
            self.apply()
        return False
