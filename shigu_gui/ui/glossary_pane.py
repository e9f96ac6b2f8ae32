"""The 名词解释 sidebar: filter, terms, the chosen term's definition and its occurrences."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model.search import Hit, snippet
from .glossary_model import GlossaryFilter, GlossaryModel
from .plain import tip
from .qt_names import ALIGN_LEFT_TOP, Qt
from .roles import Role
from .session import ReaderSession
from .wording import parens


class _FilterEdit(QLineEdit):
    """Down moves into the list; Enter takes the first term's first occurrence."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class _ActivatingList(QListView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class GlossaryPane(QWidget):
    occurrence_chosen = Signal(int, int)  # start, end in Document.text

    def __init__(self, session: ReaderSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("glossaryPane")
        self.setAccessibleName(self.tr("名词解释"))
        self.filter_edit = _FilterEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选名词…"))
        self.filter_edit.setAccessibleName(self.tr("筛选名词"))
        self.filter_edit.setClearButtonEnabled(True)
        self.terms = GlossaryModel(self)
        self.proxy = GlossaryFilter(self)
        self.proxy.setSourceModel(self.terms)
        self.term_list = _ActivatingList(self)
        self.term_list.setAccessibleName(self.tr("名词列表"))
        self.term_list.setModel(self.proxy)
        self.term_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.definition = QPlainTextEdit(self)  # plain text: a definition is never interpreted as markup
        self.definition.setReadOnly(True)
        self.definition.setAccessibleName(self.tr("名词定义"))
        self.definition.setMaximumHeight(150)
        self.definition.setPlaceholderText(self.tr("选择一个名词，查看它的解释和在正文中出现的位置。"))
        self.occurrence_label = QLabel(self.tr("出现位置"), self)
        self.occurrences = QStandardItemModel(self)
        self.occurrence_list = _ActivatingList(self)
        self.occurrence_list.setAccessibleName(self.tr("出现位置列表"))
        self.occurrence_list.setModel(self.occurrences)
        self.occurrence_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.occurrence_list.setWordWrap(True)
        self.empty_label = QLabel(self.tr("这份报告没有名词解释。"), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("alignment", ALIGN_LEFT_TOP)  # by name: see qt_names

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.filter_edit, self.empty_label, self.term_list, self.definition,
                       self.occurrence_label, self.occurrence_list):
            layout.addWidget(widget)
        layout.setStretch(2, 3)
        layout.setStretch(5, 2)

        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._enter_from_filter)
        self.filter_edit.down.connect(self._focus_list)
        self.term_list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur))
        self.term_list.activated.connect(self._jump_first)
        self.term_list.clicked.connect(self._show)
        self.occurrence_list.activated.connect(self._jump)
        self.occurrence_list.clicked.connect(self._jump)
        session.document_changed.connect(self._on_document)
        self._on_document()

    def _on_document(self) -> None:
        doc = self.session.doc
        self.terms.set_document(doc)
        self.filter_edit.clear()
        self.definition.clear()
        self.occurrences.clear()
        has_terms = bool(doc.glossary)
        self.empty_label.setVisible(not has_terms)
        for widget in (self.term_list, self.definition, self.occurrence_label, self.occurrence_list):
            widget.setVisible(has_terms)

    def select_term(self, row: int) -> None:
        """Show a term chosen elsewhere (a click on it in the text)."""
        self.filter_edit.clear()
        index = self.proxy.mapFromSource(self.terms.index(row, 0))
        self.term_list.setCurrentIndex(index)
        self._show(index)

    def current_row(self) -> int:
        index = self.term_list.currentIndex()
        return int(index.data(Role.GLOSSARY_ENTRY)) if index.isValid() else -1

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        if self.proxy.rowCount() and not self.term_list.currentIndex().isValid():
            self.term_list.setCurrentIndex(self.proxy.index(0, 0))

    def _focus_list(self) -> None:
        if self.proxy.rowCount():
            if not self.term_list.currentIndex().isValid():
                self.term_list.setCurrentIndex(self.proxy.index(0, 0))
            self.term_list.setFocus()

    def _enter_from_filter(self) -> None:
        if not self.proxy.rowCount():
            return
        index = self.term_list.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
            self.term_list.setCurrentIndex(index)
        self._jump_first(index)

    def _show(self, index: QModelIndex) -> None:
        self.occurrences.clear()
        doc = self.session.doc
        if not index.isValid():
            self.definition.clear()
            return
        entry = doc.glossary[int(index.data(Role.GLOSSARY_ENTRY))]
        page = parens(entry.page) if entry.page else ""
        self.definition.setPlainText(f"{entry.term}{page}\n{entry.definition}")
        for start, end in entry.occurrences:
            section = doc.section_at(start)
            where = section.label if section else self.tr("正文")
            item = QStandardItem(f"{where}\n{snippet(doc, Hit(start, end), 14)}")
            item.setData((start, end), Role.OCCURRENCE)
            item.setToolTip(tip(where))
            self.occurrences.appendRow(item)
        if not entry.occurrences:
            self.occurrences.appendRow(QStandardItem(self.tr("正文中未找到")))
        self.occurrence_label.setText(self.tr("出现位置（%n 处）", "", len(entry.occurrences)))

    def _jump_first(self, index: QModelIndex) -> None:
        self._show(index)
        if self.occurrences.rowCount():
            first = self.occurrences.index(0, 0)
            self.occurrence_list.setCurrentIndex(first)
            self._jump(first)

    def _jump(self, index: QModelIndex) -> None:
        span = index.data(Role.OCCURRENCE)
        if span:
            self.occurrence_chosen.emit(int(span[0]), int(span[1]))
