"""The window's tabs: reading, charts, library. The reading tab is there from the first picture;
the charts and the library are built on first use (or, for the charts, in idle time) in place of
a placeholder, by this one owner."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from .qt_names import ALIGN_CENTER
from .skeleton import CHARTS_TAB, LIBRARY_TAB

if TYPE_CHECKING:
    from .charts import ChartsView
    from .idle import IdleRunner
    from .library import LibraryPane
    from .preferences import Preferences
    from .session import ReaderSession


class ReportTabs(QTabWidget):
    source_requested = Signal(int, int)  # a chart's sentence: show it in the text (start, end)
    open_requested = Signal(str, int, int, str)  # the library's hit: open path, at offset, length; the term
    failed = Signal(str)  # the library could not be opened
    status = Signal(str)  # a passing message (the library was rebuilt)

    def __init__(self, session: ReaderSession, preferences: Preferences, reading: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self.charts: ChartsView | None = None
        self.library: LibraryPane | None = None
        self.idle: IdleRunner | None = None  # given once the window is complete
        # The window's words, in the window's translation context.
        translate = QCoreApplication.translate
        self.setAccessibleName(translate("MainWindow", "标签页"))
        self.addTab(reading, translate("MainWindow", "阅读"))
        charts = (translate("MainWindow", "正在准备图表…"), translate("MainWindow", "图表"))
        library = (translate("MainWindow", "正在打开文库…"), translate("MainWindow", "文库"))
        for note, title in (charts, library):
            placeholder = QLabel(note, self)
            placeholder.setProperty("alignment", ALIGN_CENTER)  # by name: see qt_names
            self.addTab(placeholder, title)

    def content(self, index: int) -> QWidget | None:
        """What takes the keyboard in a tab: None for a tab not built yet."""
        return (self.widget(0), self.charts, self.library)[index]

    def built(self, index: int) -> None:
        """A tab shown: the charts built if they are not, the library built or re-read."""
        if index == CHARTS_TAB and self.charts is None:
            self.charts = self._make_charts()
        elif index == LIBRARY_TAB:
            self.show_library()

    def _put_in_tab(self, index: int, widget: QWidget) -> None:
        """Put a tab's real content where its placeholder was; the tab shown stays the one shown."""
        placeholder, title = self.widget(index), self.tabText(index)
        current = self.currentIndex()
        blocked = self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, widget, title)
        self.setCurrentIndex(current)
        self.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()

    # -- charts --------------------------------------------------------------------------------
    def _make_charts(self, draw: bool = True) -> ChartsView:
        """The charts tab in place of its placeholder: made in idle time after the first paint (drawn
        then a chart a slice), or on its first show if that comes first (pyqtgraph and numpy load here)."""
        from .charts import ChartsView

        charts = ChartsView(self.session, self.preferences, self, draw=draw)
        charts.source_requested.connect(self.source_requested)
        charts.stale.connect(lambda: self.idle.add(charts.draw_steps()) if self.idle is not None else None)
        self._put_in_tab(CHARTS_TAB, charts)
        return charts

    def prepare_charts(self) -> Iterator[int]:
        """Idle work after the first paint: the charts' modules loaded in slices, then the charts view
        put in its tab and drawn a chart a slice, so that the first Ctrl+2 finds it ready."""
        from .idle import load_chart_modules

        if self.charts is not None:
            return
        yield from load_chart_modules()
        if self.charts is None:  # the tab was not opened meanwhile
            self.charts = charts = self._make_charts(draw=False)
            yield 0
            yield from charts.draw_steps()

    # -- library -------------------------------------------------------------------------------
    def _make_library(self) -> LibraryPane | None:
        """The 文库 tab, built on its first show: the library file opens here, not at start-up."""
        from ..library import Library, LibraryError
        from ..paths import library_db
        from .library import LibraryPane
        from .recent import DialogFolder

        try:
            library = Library(library_db())
        except LibraryError as exc:
            placeholder = self.widget(LIBRARY_TAB)
            if isinstance(placeholder, QLabel):
                placeholder.setText(str(exc))
            self.failed.emit(str(exc))
            return None
        pane = LibraryPane(library, lambda path, offset, length, term="": self.open_requested.emit(
            path, offset, length, term), self, folder=DialogFolder(self.preferences.settings))
        self._put_in_tab(LIBRARY_TAB, pane)
        pane.setFocus()
        if library.warning:
            self.status.emit(library.warning)
            pane.tell(QCoreApplication.translate("MainWindow", "文库文件已重建"), library.warning)
        return pane

    def show_library(self) -> LibraryPane | None:
        """The 文库 tab on show: built the first time, re-read later (another window or the command
        line may have added reports meanwhile)."""
        if self.library is None:
            self.library = self._make_library()
        else:
            self.library.reload()
        return self.library

    def close_library(self) -> None:
        pane = self.library
        if pane is not None:
            pane.shutdown()
            pane.library.close()
