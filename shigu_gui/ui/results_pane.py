"""Search results grouped by section, a snippet each; Enter or a click goes to the hit."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ..model import Document
from ..model.search import Hit, snippet_parts
from .roles import Role
from .search import Search
from .wording import parens

_MAX_LISTED = 2000
_FIRST_SLICE = 100  # rows listed at once: more than a screenful
_SLICE = 250  # then this many per turn of the event loop (about 10 ms)


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
        self.setItemDelegate(_TermInBold(self))
        self._doc: Document | None = None
        self._listed: list[Hit] = []
        self._flats: list[int] = []
        self._counts: dict[int, int] = {}
        self._groups: dict[int, QStandardItem] = {}
        self._next = 0
        self._unlisted = 0
        self._listed_width = self._room_chars = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fill_more)
        self.activated.connect(self._chosen)
        self.clicked.connect(self._chosen)
        self.hit_chosen.connect(search.select)
        self._relayout = QTimer(self)  # snippets are cut to the width: again once a resize settles
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(100)
        self._relayout.timeout.connect(self.show_hits)
        search.hits_changed.connect(self.show_hits)

    def show_hits(self) -> None:
        """List the hits (the first _MAX_LISTED) by section. The first screenful is listed at once,
        the rest in slices between events: 2,000 rows with their snippets took 80 ms, in the way
        of the first hit's highlight."""
        doc, hits = self.search.session.doc, self.search.hits
        self._timer.stop()
        self._listed_width, self._room_chars = self.width(), self._room()
        self.results.clear()
        listed = hits[:_MAX_LISTED]
        flats = [doc.section_index_at(hit.start) for hit in listed]
        counts: dict[int, int] = {}
        for flat in flats:
            counts[flat] = counts.get(flat, 0) + 1
        self._doc, self._listed, self._flats, self._counts = doc, listed, flats, counts
        self._groups = {}
        self._next = 0
        self._unlisted = len(hits) - len(listed)
        self._fill(_FIRST_SLICE)

    def _fill(self, count: int) -> None:
        doc = self._doc
        assert doc is not None
        root = self.results.invisibleRootItem()
        end = min(len(self._listed), self._next + count)
        for i in range(self._next, end):
            flat = self._flats[i]
            group = self._groups.get(flat)
            if group is None:
                title = doc.flat_sections[flat].label if flat >= 0 else self.tr("报告开头")
                group = QStandardItem(title + parens(self._counts[flat]))
                group.setData(i, Role.HIT)
                self._groups[flat] = group
                root.appendRow(group)
                self.setExpanded(group.index(), True)
            hit = self._listed[i]
            before, term, after = snippet_parts(doc, hit, self._context(hit.end - hit.start))
            item = QStandardItem(before + term + after)  # plain: what a screen reader and a copy get
            item.setData(f"{escape(before)}<b>{escape(term)}</b>{escape(after)}", Role.SNIPPET_HTML)
            item.setData(i, Role.HIT)
            group.appendRow(item)
        self._next = end
        if end < len(self._listed):
            self._timer.start()
        elif self._unlisted > 0:
            root.appendRow(QStandardItem(self.tr("……另有 %n 处未列出", "", self._unlisted)))

    def _fill_more(self) -> None:
        self._fill(_SLICE)

    def is_complete(self) -> bool:
        """Whether every hit to list is listed (the rest of a long list comes in slices) at the
        pane's width (listed again once a resize settles)."""
        return not self._timer.isActive() and not self._relayout.isActive()

    def _room(self) -> int:
        """Characters a snippet line holds. Measured as if the scroll bar were shown: it comes and
        goes while the list fills up, and a width that followed it relisted the hits over and over."""
        per_char = max(1, self.fontMetrics().horizontalAdvance("国"))
        width = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        return (width - 2 * self.indentation() - 24) // per_char

    def _context(self, hit_length: int) -> int:
        """Characters of context each side of a hit, so that the line shows the hit in its middle."""
        return max(3, (self._room_chars - hit_length) // 2 - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the viewport's resize (a scroll area's), so the pane's own width:
        if self.width() != self._listed_width and self.search.hits:
            self._relayout.start()

    def _chosen(self, index: QModelIndex) -> None:
        value = index.data(Role.HIT)
        if value is not None:
            self.hit_chosen.emit(int(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._chosen(self.currentIndex())
            return
        super().keyPressEvent(event)


class _TermInBold(QStyledItemDelegate):
    """Draws a snippet with its term in bold (Role.SNIPPET_HTML); other rows as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        html = index.data(Role.SNIPPET_HTML)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        doc.setHtml(html)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2)
        doc.documentLayout().draw(painter, context)
        painter.restore()
