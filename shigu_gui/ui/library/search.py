"""Search across reports: results by report (with its count), then section, then each hit with a
snippet centred on it. A report's hits are read when it is expanded; Enter opens a hit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ...library import Library, SearchResult
from ..wording import english, parens

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (path, offset, length) of a hit
REPORT_ROLE = Qt.ItemDataRole.UserRole + 2  # SearchResult of a report row
_PLACEHOLDER = "…"


class ResultsTree(QTreeView):
    def __init__(self, activate: Callable[[QModelIndex], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activate = activate

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)


class _Field(QLineEdit):
    """Down moves from the field into the results."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = self.parent()
        if event.key() == Qt.Key.Key_Down and isinstance(page, SearchPage) and page.model.rowCount():
            page.tree.setFocus()
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    def __init__(self, library: Library, open_report: Callable[[str, int, int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.open_report = open_report
        self.term = ""
        self.results: list[SearchResult] = []
        self.edit = _Field(self)
        self.edit.setPlaceholderText(self.tr("在全部报告中搜索，回车开始"))
        self.edit.setAccessibleName(self.tr("文库搜索"))
        self.edit.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(self)
        self.tree = ResultsTree(self._activate, self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("文库搜索结果"))
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.edit.returnPressed.connect(lambda: self.run(self.edit.text()))
        self.tree.expanded.connect(self._fill)
        self.tree.doubleClicked.connect(self._activate)
        self.setFocusProxy(self.edit)

    def run(self, term: str) -> None:
        self.term = term.strip()
        self.model.clear()
        self.results = self.library.search(self.term, hits_per_report=0) if self.term else []
        total = sum(r.count for r in self.results)
        self.summary.setText(self.tr("“%1”：%2 份报告，共 %3 处").replace("%1", self.term)
                             .replace("%2", str(len(self.results))).replace("%3", str(total))
                             if self.term else "")
        root = self.model.invisibleRootItem()
        for result in self.results:
            year = (f"{result.year} " if english() else f"{result.year}年 ") if result.year else ""
            item = QStandardItem(f"{year}{result.place}  {result.title}{parens(result.count)}")
            item.setData(result, REPORT_ROLE)
            item.setToolTip(result.path)
            item.appendRow(QStandardItem(_PLACEHOLDER))
            root.appendRow(item)
        if self.results:
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _fill(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(index)
        result = item.data(REPORT_ROLE) if item is not None else None
        if not isinstance(result, SearchResult) or item.child(0) is None or item.child(0).text() != _PLACEHOLDER:
            return
        item.removeRows(0, item.rowCount())
        sections: dict[str, QStandardItem] = {}
        counts: dict[str, int] = {}
        for hit in self.library.hits_in(result.doc_id, self.term):
            label = hit.section or self.tr("（标题）")
            if label not in sections:
                sections[label] = QStandardItem(label)
                item.appendRow(sections[label])
            counts[label] = counts.get(label, 0) + 1
            child = QStandardItem(hit.snippet)
            child.setData((result.path, hit.offset, hit.length), HIT_ROLE)
            child.setToolTip(hit.snippet)
            sections[label].appendRow(child)
        for label, section in sections.items():
            section.setText(f"{label}{parens(counts[label])}")

    def _activate(self, index: QModelIndex) -> None:
        """A hit opens the reader there; a report or section opens at its first hit."""
        if not index.isValid():
            return
        item = self.model.itemFromIndex(index)
        if item.data(REPORT_ROLE) is not None:
            self.tree.expand(index)
        while item.data(HIT_ROLE) is None and item.rowCount():
            item = item.child(0)
        target = item.data(HIT_ROLE)
        if target:
            path, offset, length = target
            self.open_report(path, offset, length)
