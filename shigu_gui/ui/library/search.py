"""Search across reports: results by report (with its count), then section, then each hit with a
snippet centred on it. A report's hits are read when it is expanded; Enter opens a hit."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...library import Library, SearchResult
from ...library.records import Narrowing, parse_years
from ..roles import Role
from ..wording import english, parens
from .models import LEVEL_NAMES
from .opening import OpenReport

_PLACEHOLDER = "…"


def emphasised(text: str, start: int, length: int) -> str:
    """A snippet as rich text, the hit in bold."""
    return (html.escape(text[:start]) + "<b>" + html.escape(text[start: start + length]) + "</b>"
            + html.escape(text[start + length:]))


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit's snippet with the term in bold (other rows as usual)."""

    @staticmethod
    def _document(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  color: str = "") -> QTextDocument:
        start, length = index.data(Role.EMPHASIS)
        doc = QTextDocument()
        doc.setDocumentMargin(1)
        doc.setDefaultFont(option.font)
        body = emphasised(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), start, length)
        doc.setHtml(f'<span style="color:{color}">{body}</span>' if color else body)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(Role.EMPHASIS) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        color = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        doc = self._document(option, index, color.name())
        option.text = ""  # the background, the selection and the focus as usual; the text drawn here
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect
        painter.save()
        painter.translate(rect.left() + 2, rect.top() + max(0.0, (rect.height() - doc.size().height()) / 2))
        doc.drawContents(painter, QRectF(0, 0, rect.width() - 2, rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(Role.EMPHASIS) is not None:
            size.setHeight(max(size.height(), int(self._document(option, index).size().height())))
        return size


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
    def __init__(self, library: Library, open_report: OpenReport,
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
        self.place = QComboBox(self)
        self.place.setAccessibleName(self.tr("只搜地区"))
        self.level = QComboBox(self)
        self.level.setAccessibleName(self.tr("只搜级别"))
        self.level.addItem(self.tr("全部级别"), "")
        for level, name in LEVEL_NAMES.items():
            self.level.addItem(QCoreApplication.translate("ReportsModel", name), level)
        self.years = QLineEdit(self)
        self.years.setPlaceholderText(self.tr("年份，如 2018-2025"))
        self.years.setAccessibleName(self.tr("只搜年份"))
        self.years.setClearButtonEnabled(True)
        self.fill_places()
        filters = QHBoxLayout()
        filters.addWidget(self.place)
        filters.addWidget(self.level)
        filters.addWidget(self.years, 1)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(self)
        self.tree = ResultsTree(self._activate, self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("文库搜索结果"))
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(SnippetDelegate(self.tree))
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.edit.returnPressed.connect(lambda: self.run(self.edit.text()))
        self.tree.expanded.connect(self._fill)
        self.tree.doubleClicked.connect(self._activate)
        self.place.activated.connect(self._rerun)
        self.level.activated.connect(self._rerun)
        self.years.returnPressed.connect(self._rerun)
        self.setFocusProxy(self.edit)

    def fill_places(self) -> None:
        """The places of the library's reports (after adding), the one chosen kept."""
        chosen = self.place.currentData() or ""
        self.place.clear()
        self.place.addItem(self.tr("全部地区"), "")
        places = sorted({e.place for e in self.library.report_entries(refresh=False) if e.place and e.status == "ok"})
        for place in places:
            self.place.addItem(place, place)
        self.place.setCurrentIndex(max(0, self.place.findData(chosen)))

    def narrowing(self) -> Narrowing | None:
        """What the filters ask for; None (and a message in the summary) for a year range not understood."""
        first = last = None
        if self.years.text().strip():
            try:
                first, last = parse_years(self.years.text())
            except ValueError:
                return None
        return Narrowing(self.place.currentData() or "", self.level.currentData() or "", first, last)

    def _rerun(self) -> None:
        if self.term:
            self.run(self.term)

    def run(self, term: str) -> None:
        self.term = term.strip()
        self.model.clear()
        within = self.narrowing()
        if within is None:
            self.results = []
            self.summary.setText(self.tr("年份范围应写作 2018-2025"))
            return
        self.results = self.library.search(self.term, hits_per_report=0, within=within) if self.term else []
        total = sum(r.count for r in self.results)
        if not self.term:
            summary = ""
        elif not self.results:  # said as the empty trend says it
            narrowed = within.place or within.level or within.first is not None or within.last is not None
            summary = (self.tr("没有找到“%1”：所选范围内的报告中都没有这个词语。") if narrowed
                       else self.tr("没有找到“%1”：文库的报告中都没有这个词语。")).replace("%1", self.term)
        else:
            summary = self.tr("“%1”：%2 份报告，共 %3 处").replace("%1", self.term).replace(
                "%2", str(len(self.results))).replace("%3", str(total))
        self.summary.setText(summary)
        root = self.model.invisibleRootItem()
        for result in self.results:
            year = (f"{result.year} " if english() else f"{result.year}年 ") if result.year else ""
            item = QStandardItem(f"{year}{result.place}  {result.title}{parens(result.count)}")
            item.setData(result, Role.SEARCH_RESULT)
            item.setToolTip(result.path)
            item.appendRow(QStandardItem(_PLACEHOLDER))
            root.appendRow(item)
        if self.results:
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _fill(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(index)
        result = item.data(Role.SEARCH_RESULT) if item is not None else None
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
            child.setData((result.path, hit.offset, hit.length), Role.LIBRARY_HIT)
            child.setData((hit.snippet_at, hit.length), Role.EMPHASIS)
            child.setToolTip(hit.snippet)
            sections[label].appendRow(child)
        for label, section in sections.items():
            section.setText(f"{label}{parens(counts[label])}")

    def open_hit(self, index: QModelIndex) -> None:
        """As Enter on a row: a hit opens the reader there; a report or section at its first hit."""
        self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        """A hit opens the reader there; a report or section opens at its first hit."""
        if not index.isValid():
            return
        item = self.model.itemFromIndex(index)
        if item.data(Role.SEARCH_RESULT) is not None:
            self.tree.expand(index)
        while item.data(Role.LIBRARY_HIT) is None and item.rowCount():
            item = item.child(0)
        target = item.data(Role.LIBRARY_HIT)
        if target:
            path, offset, length = target
            self.open_report(path, offset, length, self.term)
