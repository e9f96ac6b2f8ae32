"""The sidebar's tabs: the glossary, the search results and the marks; which one shows, and where
the keyboard lands in each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from .glossary_pane import GlossaryPane
from .marks import Marks
from .marks_pane import MarksPane
from .results_pane import ResultsPane
from .search import Search
from .session import ReaderSession


class Sidebar(QTabWidget):
    def __init__(self, session: ReaderSession, search: Search, marks: Marks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("侧栏"))
        self.glossary_pane = GlossaryPane(session, self)
        self.results_pane = ResultsPane(search, self)
        self.marks_pane = MarksPane(marks, self)
        self.addTab(self.glossary_pane, self.tr("名词解释"))
        self.addTab(self.results_pane, self.tr("搜索结果"))
        self.addTab(self.marks_pane, self.tr("批注"))
        search.hits_changed.connect(lambda: self.setCurrentWidget(self.results_pane) if search.hits else None)
        search.cleared.connect(self._after_search)

    def _after_search(self) -> None:
        """The search closed: its emptied list gives way to the glossary."""
        if self.currentWidget() is self.results_pane:
            self.setCurrentWidget(self.glossary_pane)

    def focus_target(self) -> QWidget:
        """Where F6 puts the keyboard in the tab shown."""
        current = self.currentWidget()
        if current is self.glossary_pane:
            return self.glossary_pane.term_list
        if current is self.marks_pane:
            return self.marks_pane.list
        return self.results_pane

    def show_term(self, row: int) -> None:
        self.setCurrentWidget(self.glossary_pane)
        self.glossary_pane.select_term(row)

    def show_glossary_filter(self) -> None:
        self.setCurrentWidget(self.glossary_pane)
        self.glossary_pane.filter_edit.setFocus()
        self.glossary_pane.filter_edit.selectAll()

    def show_marks(self) -> None:
        self.setCurrentWidget(self.marks_pane)
        self.marks_pane.list.setFocus()
