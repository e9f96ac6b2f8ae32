"""The sidebar's tabs: the glossary, the search results and the marks; which one shows, and where
the keyboard lands in each.

The glossary pane is built with the sidebar; the results and marks panes the first time they
are needed (their tab chosen, a search's hits, a mark to show), each into the page kept for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .glossary_pane import GlossaryPane
from .marks import Marks
from .qt_names import Qt
from .search import Search
from .session import ReaderSession

if TYPE_CHECKING:
    from .marks_pane import MarksPane
    from .results_pane import ResultsPane

_RESULTS, _MARKS = 1, 2  # tab indexes


class Sidebar(QTabWidget):
    mark_chosen = Signal(object)  # a Placed mark chosen in the marks pane

    def __init__(self, session: ReaderSession, search: Search, marks: Marks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("侧栏"))
        self.search = search
        self.marks = marks
        self.glossary_pane = GlossaryPane(session, self)
        self._results_pane: ResultsPane | None = None
        self._marks_pane: MarksPane | None = None
        self._pages = {_RESULTS: QWidget(self), _MARKS: QWidget(self)}
        for page in self._pages.values():
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.addTab(self.glossary_pane, self.tr("名词解释"))
        self.addTab(self._pages[_RESULTS], self.tr("搜索结果"))
        self.addTab(self._pages[_MARKS], self.tr("批注"))
        self.currentChanged.connect(self._on_tab)
        search.hits_changed.connect(lambda: self.setCurrentWidget(self._pages[_RESULTS]) if search.hits else None)
        search.cleared.connect(self._after_search)

    @property
    def results_pane(self) -> ResultsPane:
        if self._results_pane is None:
            from .results_pane import ResultsPane

            self._results_pane = ResultsPane(self.search, self._pages[_RESULTS])
            self._put(_RESULTS, self._results_pane)
            self._results_pane.show_hits()  # the hits so far (it hears only of later ones), at its width
        return self._results_pane

    @property
    def marks_pane(self) -> MarksPane:
        if self._marks_pane is None:
            from .marks_pane import MarksPane

            self._marks_pane = MarksPane(self.marks, self._pages[_MARKS])
            self._marks_pane.mark_chosen.connect(self.mark_chosen)
            self._put(_MARKS, self._marks_pane)
        return self._marks_pane

    def _put(self, index: int, pane: QWidget) -> None:
        page = self._pages[index]
        layout = page.layout()
        assert layout is not None
        layout.addWidget(pane)
        pane.show()  # else shown, and sized, only after this turn of the event loop
        layout.activate()  # the pane has its size at once (a new widget's is 100 × 30)
        # A tab chosen from inside the sidebar (Ctrl+Tab) gives the keyboard to its page's first
        # widget that takes Tab; the page was still empty then and took it itself: it passes it on.
        page.setFocusProxy(_first_tab_stop(pane))

    def _on_tab(self, index: int) -> None:
        if index == _RESULTS:
            _ = self.results_pane  # built into its page
        elif index == _MARKS:
            _ = self.marks_pane

    def _after_search(self) -> None:
        """The search closed: its emptied list gives way to the glossary."""
        if self.currentIndex() == _RESULTS:
            self.setCurrentWidget(self.glossary_pane)

    def current_pane(self) -> QWidget:
        """The pane shown: the glossary, the results or the marks pane."""
        current = self.currentIndex()
        if current == _MARKS:
            return self.marks_pane
        if current == _RESULTS:
            return self.results_pane
        return self.glossary_pane

    def focus_target(self) -> QWidget:
        """Where F6 puts the keyboard in the tab shown."""
        current = self.currentIndex()
        if current == _MARKS:
            return self.marks_pane.list
        if current == _RESULTS:
            return self.results_pane
        return self.glossary_pane.term_list

    def show_term(self, row: int) -> None:
        self.setCurrentWidget(self.glossary_pane)
        self.glossary_pane.select_term(row)

    def show_glossary_filter(self) -> None:
        self.setCurrentWidget(self.glossary_pane)
        self.glossary_pane.filter_edit.setFocus()
        self.glossary_pane.filter_edit.selectAll()

    def show_marks(self) -> None:
        self.setCurrentWidget(self._pages[_MARKS])
        self.marks_pane.list.setFocus()


def _first_tab_stop(pane: QWidget) -> QWidget:
    """The pane, or the first of its widgets in the focus chain that takes the keyboard by Tab."""
    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return pane
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane and pane.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return pane
