"""The window's layout: which panes show, its size and the panes' widths.

The tree and the sidebar show as the reader asks (Ctrl+T, the glossary key, the marks list, a
term clicked, F9 for the text alone, the view preferences), within the room ui/room leaves them.
The size and the widths are restored from the settings for the frame (the first picture shows the
tree's and the sidebar's places at the widths the reader left them, fitted to the room the text
needs), fitted again if the window is sized before it is complete, and saved with the reading
position when it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .skeleton import PANE_WIDTHS, READING_TAB

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

    from .glossary_pane import GlossaryPane
    from .navigation import Navigation
    from .outline_pane import OutlinePane
    from .preferences import Preferences
    from .room import Room
    from .session import ReaderSession
    from .settings import Settings
    from .sidebar import Sidebar
    from .tabs import ReportTabs

    _Window = QMainWindow
else:  # a mixin: the main window (main_window.py) is the widget
    _Window = object


class WindowLayout(_Window):
    """The layout half of MainWindow, which builds the splitter, the panes' places (_build_frame),
    the panes and the room (complete)."""

    settings: Settings
    session: ReaderSession
    preferences: Preferences
    navigation: Navigation
    splitter: QSplitter
    is_complete: bool
    pane_widths: tuple[int, int]
    tabs: ReportTabs
    outline_pane: OutlinePane
    sidebar: Sidebar
    glossary_pane: GlossaryPane
    room: Room
    _places: tuple[QWidget, QWidget]
    _pane_sizes: list[int]

    def sync_checks(self) -> None:
        raise NotImplementedError

    # -- which panes show ----------------------------------------------------------------------
    def _on_term_clicked(self, row: int) -> None:
        self._show_sidebar()
        self.sidebar.show_term(row)

    def show_marks(self) -> None:
        self.tabs.setCurrentIndex(READING_TAB)
        self._show_sidebar()
        self.sidebar.show_marks()

    def _show_sidebar(self) -> None:
        if not self.sidebar.isVisible():
            from .room import SIDE

            self.preferences.set("view/glossary", True)
            self.room.force(SIDE)

    def glossary_key(self) -> None:
        """Into the glossary's filter (the sidebar shown if hidden); from there, hide the sidebar."""
        if self.sidebar.isVisible() and self.glossary_pane.filter_edit.hasFocus():
            self.preferences.set("view/glossary", False)
            return
        self.tabs.setCurrentIndex(READING_TAB)
        self._show_sidebar()
        self.sidebar.show_glossary_filter()

    def toggle_tree(self) -> None:
        from .room import TREE

        if self.outline_pane.isVisible():
            self.preferences.set("view/tree", False)
        else:
            self.preferences.set("view/tree", True)
            self.room.force(TREE)

    def toggle_reading_mode(self) -> None:
        """The text alone (F9), and again the panes as they were."""
        self.room.toggle_reading_mode()

    def in_reading_mode(self) -> bool:
        return self.is_complete and self.room.reading_mode

    def _on_preference(self, key: str) -> None:
        if key in ("view/tree", "view/glossary"):
            from .room import SIDE, TREE

            pane = TREE if key == "view/tree" else SIDE
            if self.preferences.get(key):
                self.room.force(pane)  # asked for: shown whatever the room
            else:
                self.room.forced.discard(pane)
                self.room.apply()
        elif key == "view/font_size":
            self.room.apply()  # a larger text needs more room
        self.sync_checks()

    # -- size and widths -----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        """The window's size and the panes' widths and visibility as the reader left them (for the
        frame: the panes' places take them, and hand them on to the panes)."""
        geometry = self.settings.get_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        sizes = self.settings.get_int_list("window/splitter")
        if len(sizes) == 3 and all(s >= 0 for s in sizes):
            # a pane hidden at exit measured 0: it comes back at the usual width, not a sliver
            self._pane_sizes = [size or default for size, default in zip(sizes, PANE_WIDTHS, strict=True)]
            self.splitter.setSizes(self._pane_sizes)
        self.pane_widths = (self._pane_sizes[0], self._pane_sizes[2])  # the reader's, before any narrowing
        self._fit_places()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.is_complete and self._places[0].parent() is self.splitter:
            self._fit_places()  # sized again before the first picture: its places too (then: ui/room)

    def _fit_places(self) -> None:
        """The first picture's places as the room (ui/room) will have them: the text its measure,
        the sidebar's place only for a report with a glossary (marks and hits are known later)."""
        from .room import char_px, fit, text_measure

        wanted = (bool(self.preferences.get("view/tree")),
                  bool(self.preferences.get("view/glossary")) and bool(self.session.doc.glossary))
        text_min = text_measure(char_px(self.preferences.get("view/font_size"), self.logicalDpiY()))
        total = self.width() - 2 * self.splitter.handleWidth()
        (tree, side), shown = fit(total, text_min, self.pane_widths, wanted)
        self._places[0].setVisible(shown[0])
        self._places[1].setVisible(shown[1])
        if shown[0]:
            self._pane_sizes[0] = tree
        if shown[1]:
            self._pane_sizes[2] = side
        self._pane_sizes[1] = max(1, total - (tree if shown[0] else 0) - (side if shown[1] else 0))
        self.splitter.setSizes(self._pane_sizes)

    def save_settings(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/splitter", self.splitter.sizes())
        self.navigation.remember_position()
        self.settings.sync()
