"""Search results grouped by section, a snippet each; Enter or a click goes to the hit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ..model.search import snippet
from .qt_names import USER_ROLE, Qt
from .search import Search
from .wording import parens

HIT_ROLE = USER_ROLE + 3
_MAX_LISTED = 2000


class ResultsPane(QTreeView):
    hit_chosen = Signal(int)  # index into the current hit list

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.setObjectName("resultsPane")
        self.setAccessibleName(self.tr("搜索结果"))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results = QStandardItemModel(self)
        self.setModel(self.results)
        self.activated.connect(self._chosen)
        self.clicked.connect(self._chosen)
        self.hit_chosen.connect(search.select)
        self._relayout = QTimer(self)  # snippets are cut to the width: again once a resize settles
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(100)
        self._relayout.timeout.connect(self.show_hits)
        search.hits_changed.connect(self.show_hits)

    def show_hits(self) -> None:
        doc, hits = self.search.session.doc, self.search.hits
        self.results.clear()
        groups: dict[int, QStandardItem] = {}
        counts: dict[int, int] = {}
        root = self.results.invisibleRootItem()
        for i, hit in enumerate(hits[:_MAX_LISTED]):
            flat = doc.section_index_at(hit.start)
            group = groups.get(flat)
            if group is None:
                title = doc.flat_sections[flat].label if flat >= 0 else self.tr("报告开头")
                group = QStandardItem(title)
                group.setData(i, HIT_ROLE)
                groups[flat] = group
                root.appendRow(group)
            counts[flat] = counts.get(flat, 0) + 1
            item = QStandardItem(snippet(doc, hit, self._context(hit.end - hit.start)))
            item.setData(i, HIT_ROLE)
            group.appendRow(item)
        for flat, group in groups.items():
            group.setText(group.text() + parens(counts[flat]))
        if len(hits) > _MAX_LISTED:
            root.appendRow(QStandardItem(self.tr("……另有 %n 处未列出", "", len(hits) - _MAX_LISTED)))
        self.expandAll()

    def _context(self, hit_length: int) -> int:
        """Characters of context each side of a hit, so that the line shows the hit in its middle."""
        per_char = max(1, self.fontMetrics().horizontalAdvance("国"))
        room = self.viewport().width() - 2 * self.indentation() - 24
        return max(3, (room // per_char - hit_length) // 2 - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self.search.hits:
            self._relayout.start()

    def _chosen(self, index: QModelIndex) -> None:
        value = index.data(HIT_ROLE)
        if value is not None:
            self.hit_chosen.emit(int(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._chosen(self.currentIndex())
            return
        super().keyPressEvent(event)
