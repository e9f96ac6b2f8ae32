"""The section tree: follows the reading position, and choosing a section asks to go there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from .outline_model import OutlineModel
from .plain import plain
from .qt_names import ELIDE_MIDDLE, Qt
from .session import ReaderSession

if TYPE_CHECKING:
    from .marks import Marks
    from .position import ReadingPosition
    from .search import Search


class OutlinePane(QTreeView):
    section_chosen = Signal(int)  # flat section index

    def __init__(self, session: ReaderSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("outlinePane")
        self.setAccessibleName(self.tr("目录"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        # A long title loses its middle, not its end: the ★ and hit counts after it stay in sight.
        self.setProperty("textElideMode", ELIDE_MIDDLE)  # by name: see qt_names
        self.outline = OutlineModel(self)
        self.setModel(self.outline)
        self._following = False
        self._search: Search | None = None
        self._marks: Marks | None = None
        self._empty_note: QLabel | None = None  # made for the first report without headings
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)
        session.document_changed.connect(self._on_document)
        self._on_document()

    def follow_reader(self, position: ReadingPosition) -> None:
        """The selection follows where the reader is, from where the reader is now (the window
        builds the tree after the text is at the remembered place)."""
        position.moved.connect(lambda flat, _offset: self.follow(flat))
        if position.section >= 0:
            self.follow(position.section)

    def count_hits(self, search: Search) -> None:
        self._search = search
        search.hits_changed.connect(self._show_counts)
        self._show_counts()

    def count_marks(self, marks: Marks) -> None:
        self._marks = marks
        marks.marks_changed.connect(self._show_counts)
        self._show_counts()

    def _show_counts(self) -> None:
        # Asked of the controllers, not pushed by them: whichever hears of a new report first, the
        # counts shown are those of the report shown.
        self.outline.set_hit_counts(self._search.hit_counts() if self._search else {})
        self.outline.set_mark_counts(self._marks.counts() if self._marks else {})

    @property
    def empty_note(self) -> QLabel:
        """Said where the tree would be when the report has no headings the parser could find."""
        if self._empty_note is None:
            self._empty_note = QLabel(self.tr("没有识别出章节标题（如“一、”“（一）”），所以目录是空的。"
                                              "全文照常阅读；按 Ctrl+F 可在全文中查找。"))
            plain(self._empty_note)
            self._empty_note.setWordWrap(True)
            self._empty_note.setObjectName("outlineEmptyNote")
            self._empty_note.setContentsMargins(8, 8, 8, 8)
            placeholder = QVBoxLayout(self.viewport())
            placeholder.setContentsMargins(0, 0, 0, 0)
            placeholder.addWidget(self._empty_note)
            placeholder.addStretch(1)
        return self._empty_note

    def _on_document(self) -> None:
        self.outline.set_document(self.session.doc)
        empty = self.outline.rowCount() == 0
        if empty or self._empty_note is not None:
            self.empty_note.setVisible(empty)
        self._show_counts()
        for row in range(self.outline.rowCount()):
            self.expand(self.outline.index(row, 0))

    def current_flat(self) -> int:
        return OutlineModel.flat_of(self.currentIndex())

    def follow(self, flat: int) -> None:
        """Select the section the reader is in, expanding its ancestors; emits nothing."""
        index = self.outline.index_for(flat)
        if not index.isValid():
            self.selectionModel().clear()  # no row current either: the reader is before the first section
            return
        if index == self.currentIndex():
            return
        self._following = True
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        self._following = False

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid() and not self._following:
            self.section_chosen.emit(OutlineModel.flat_of(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._chosen(self.currentIndex())
            return
        super().keyPressEvent(event)
