"""The 对照 window: the aligned sections, the targets and the phrases on the left; the older and the
newer report side by side, scrolled together section by section."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...model.compare import Comparison, SectionPair, changed_spans
from ..plain import plain
from ..roles import Role
from .models import AlignedSectionsModel, PhrasesModel, TargetsModel

_SECTION_TINT = QColor(255, 236, 160, 90)
_FIGURE_TINT = QColor(255, 200, 80, 160)
_CHANGED_TINTS = (QColor(240, 120, 120, 110), QColor(110, 200, 120, 120))  # dropped words, new words


class _Pane(QPlainTextEdit):
    """One report's text, read-only."""

    def __init__(self, text: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setPlainText(text)
        self.setAccessibleName(name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)

    def top_offset(self) -> int:
        return self.cursorForPosition(QPoint(2, 2)).position()

    def scroll_to(self, offset: int) -> None:
        """Put offset on the first line shown."""
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(max(0, min(offset, len(self.toPlainText()))))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def tint(self, spans: list[tuple[int, int, QColor]]) -> None:
        selections = []
        for start, end, color in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = self.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            if color is _SECTION_TINT:
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)


class CompareWindow(QWidget):
    """Keys: ↑/↓ in the tree walk the aligned sections (both texts follow); Ctrl+Tab between the
    tree, the targets and the phrases; Enter on a target or a phrase shows its sentence (Enter again
    on a phrase: its next use); Ctrl+S exports the comparison (Markdown or CSV); Esc closes."""

    def __init__(self, comparison: Comparison, paths: tuple[str | None, str | None],
                 open_in_reader: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.comparison = comparison
        self.paths = paths
        self._open_in_reader = open_in_reader
        self._syncing = False
        self._synced: tuple[int, int] | None = None
        self._occurrence: tuple[int, int] = (-1, -1)  # the phrase row shown and which of its uses
        old, new = comparison.old, comparison.new
        self.setWindowTitle(self.tr("对照：%1 ⇄ %2").replace("%1", old.title).replace("%2", new.title))
        self.resize(1400, 860)

        self.sections_model = AlignedSectionsModel(comparison)
        self.tree = QTreeView(self)
        self.tree.setModel(self.sections_model)
        self.tree.setAccessibleName(self.tr("对照章节"))
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnHidden(1, True)  # the older title is the tooltip's business; a column too wide
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._on_section)

        self.targets_model = TargetsModel(comparison)
        self.targets = self._table(self.targets_model, self.tr("目标对照"))
        self.phrases_model = PhrasesModel(comparison)
        self.phrases = self._table(self.phrases_model, self.tr("新提法"))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tree, self.tr("章节"))
        self.tabs.addTab(self.targets, self.tr("目标"))
        self.tabs.addTab(self.phrases, self.tr("提法"))
        self.tabs.setAccessibleName(self.tr("对照内容"))
        self.tabs.currentChanged.connect(self._on_tab)

        self.old_pane = _Pane(old.text, self.tr("上年报告"), self)
        self.new_pane = _Pane(new.text, self.tr("今年报告"), self)
        self.old_pane.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(0))
        self.new_pane.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(1))

        def column(pane: _Pane, title: str, path: str | None) -> QWidget:
            box = QWidget(self)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            head = QHBoxLayout()
            label = QLabel(title, box)
            plain(label)
            head.addWidget(label, 1)
            if path:
                button = QPushButton(self.tr("在阅读器中打开"), box)
                button.setAccessibleName(self.tr("在阅读器中打开：%1").replace("%1", title))
                button.clicked.connect(lambda: self._open_in_reader(path))
                head.addWidget(button)
            layout.addLayout(head)
            layout.addWidget(pane, 1)
            return box

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(column(self.old_pane, old.title, paths[0]))
        splitter.addWidget(column(self.new_pane, new.title, paths[1]))
        splitter.setSizes([520, 440, 440])
        layout = QVBoxLayout(self)
        changed = len(comparison.changed())
        summary = QLabel(self.tr("%1 节对照，%2 节有改动、新增或删去；%3 项指标；%4 个新提法")
                         .replace("%1", str(len(comparison.sections))).replace("%2", str(changed))
                         .replace("%3", str(len(comparison.targets))).replace("%4", str(len(comparison.phrases.new))),
                         self)
        plain(summary)
        layout.addWidget(splitter, 1)

        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        export = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        export.activated.connect(self.export_dialog)
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.export_button.setToolTip(self.tr("导出目标表与提法（Markdown 或 CSV）"))
        self.export_button.clicked.connect(self.export_dialog)
        top = QHBoxLayout()
        top.addWidget(summary, 1)
        top.addWidget(self.export_button)
        layout.insertLayout(0, top)
        if comparison.sections:
            self.tree.setCurrentIndex(self.sections_model.index_of(0))
        self.tree.setFocus()

    def _on_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not None:  # Ctrl+Tab: the keys go on in the page shown
            page.setFocus()

    def _table(self, model: TargetsModel | PhrasesModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table, Ctrl+Tab reaches the tabs
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.activated.connect(self.show_span)
        return table

    def current_pair(self) -> SectionPair | None:
        pair = self.tree.currentIndex().data(Role.SECTION_PAIR)
        return pair if isinstance(pair, SectionPair) else None

    def _on_section(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pair = current.data(Role.SECTION_PAIR)
        if isinstance(pair, SectionPair):
            self.show_pair(pair)

    def show_pair(self, pair: SectionPair) -> None:
        """Both texts at the pair's sections (a side without one stays where it is), tinted, the
        words that changed marked."""
        changed = changed_spans(self.comparison.old, self.comparison.new, pair) if pair.status != "same" \
            else ([], [])
        self._syncing = True
        try:
            for side, index in ((0, pair.old), (1, pair.new)):
                pane = (self.old_pane, self.new_pane)[side]
                if index is None:
                    pane.tint([])
                    continue
                section = (self.comparison.old, self.comparison.new)[side].flat_sections[index]
                pane.scroll_to(section.start)
                pane.tint([(section.start, section.end, _SECTION_TINT),
                           *((a, b, _CHANGED_TINTS[side]) for a, b in changed[side])])
            self._synced = (pair.old if pair.old is not None else -1, pair.new if pair.new is not None else -1)
        finally:
            self._syncing = False

    def show_span(self, index: QModelIndex) -> None:
        """Enter on a target or a phrase: its sentence in its report, marked."""
        span = index.data(Role.SPAN)
        spans = index.data(Role.SPANS)
        if spans:  # a phrase: Enter again shows its next use
            k = self._occurrence[1] + 1 if self._occurrence[0] == index.row() else 0
            self._occurrence = (index.row(), k % len(spans))
            span = spans[self._occurrence[1]]
        if not span:
            return
        side, start, end = span
        pane = (self.old_pane, self.new_pane)[side]
        self._syncing = True
        try:
            pane.scroll_to(max(0, start - 60))
            pane.tint([(start, end, _FIGURE_TINT)])
        finally:
            self._syncing = False

    def _follow(self, side: int) -> None:
        """The reader scrolled one text: the other follows to the counterpart of the section now at
        its top (or of the nearest enclosing section that has one)."""
        if self._syncing:
            return
        doc = (self.comparison.old, self.comparison.new)[side]
        pane = (self.old_pane, self.new_pane)[side]
        index = doc.section_index_at(pane.top_offset())
        while index >= 0:
            for row, pair in enumerate(self.comparison.sections):
                mine, theirs = (pair.old, pair.new) if side == 0 else (pair.new, pair.old)
                if mine == index and theirs is not None:
                    key = (pair.old if pair.old is not None else -1, pair.new if pair.new is not None else -1)
                    if key != self._synced:
                        self._synced = key
                        self._syncing = True
                        try:
                            other = (self.comparison.new, self.comparison.old)[side]
                            (self.new_pane, self.old_pane)[side].scroll_to(other.flat_sections[theirs].start)
                            blocked = self.tree.selectionModel().blockSignals(True)
                            self.tree.setCurrentIndex(self.sections_model.index_of(row))
                            self.tree.selectionModel().blockSignals(blocked)
                            self.tree.viewport().update()
                        finally:
                            self._syncing = False
                    return
            index = doc.parent_index(index)

    def export_text(self, path: str) -> str:
        """The comparison as the file's suffix asks: CSV for .csv, Markdown otherwise."""
        from ...model.compare_export import to_csv, to_markdown

        return to_csv(self.comparison) if path.lower().endswith(".csv") else to_markdown(self.comparison)

    def export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..dialogs import keyboard_back, message_box
        from ..plain import file_name

        stem = file_name(f"{self.comparison.old.title}-{self.comparison.new.title}")
        kinds = ";;".join((self.tr("Markdown (*.md)"), self.tr("CSV (*.csv)")))
        with keyboard_back(self):
            name, chosen = QFileDialog.getSaveFileName(self, self.tr("导出对照"), str(Path.home() / f"{stem}.md"),
                                                       kinds)
        if not name:
            return
        if chosen.startswith("CSV") and not name.lower().endswith(".csv"):
            name += ".csv"
        try:
            Path(name).write_text(self.export_text(name), encoding="utf-8")
        except OSError as exc:
            message_box(self, self.tr("导出对照"), f"无法写入 / Cannot write: {name} ({exc.strerror})")
