"""Ctrl+G: type part of a title (characters in order, not necessarily together), arrows, Enter."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from ..model import Document
from ..model.folded import fold


def fuzzy_score(query: str, label: str) -> float | None:
    """Higher is better; None when query's characters do not all occur in order in label."""
    q, text = fold(query.replace(" ", "")), fold(label)
    if not q:
        return 0.0
    contiguous = text.find(q)
    if contiguous >= 0:
        return 1000.0 - contiguous - len(text) * 0.01
    score, pos, run = 0.0, 0, 0
    for ch in q:
        found = text.find(ch, pos)
        if found < 0:
            return None
        run = run + 1 if found == pos else 0
        score += 1 + run * 2 - (found - pos) * 0.05
        pos = found + 1
    return score - len(text) * 0.01


def rank_sections(doc: Document, query: str) -> list[int]:
    scored = []
    for i, section in enumerate(doc.flat_sections):
        score = fuzzy_score(query, section.label)
        if score is not None:
            scored.append((-score, i))
    return [i for _, i in sorted(scored)]


class _Edit(QLineEdit):
    def __init__(self, view: QListView, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            rows = self._view.model().rowCount()
            if rows:
                row = max(0, self._view.currentIndex().row())
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8, Qt.Key.Key_PageDown: 8}
                row = min(rows - 1, max(0, row + step[Qt.Key(event.key())]))
                self._view.setCurrentIndex(self._view.model().index(row, 0))
            return
        super().keyPressEvent(event)


class GotoDialog(QDialog):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转到章节"))
        self.setAccessibleName(self.tr("转到章节"))
        self._doc = doc
        self._matches: list[int] = []
        self.view = QListView(self)
        self.view.setAccessibleName(self.tr("匹配的章节"))
        self.edit = _Edit(self.view, self)
        self.edit.setPlaceholderText(self.tr("输入标题中的几个字（按顺序，不必相连）"))
        self.edit.setAccessibleName(self.tr("章节标题"))
        self.list_model = QStringListModel(self)
        self.view.setModel(self.list_model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.view)
        self.setTabOrder(self.edit, self.view)
        self.edit.setFocus()  # typing starts at once (the list was made first, and took the focus)
        self.resize(560, 420)
        self.edit.textChanged.connect(self._update)
        self.edit.returnPressed.connect(self.accept)
        self.view.activated.connect(lambda _i: self.accept())
        self._update("")

    def _update(self, text: str) -> None:
        self._matches = rank_sections(self._doc, text)
        labels = []
        for i in self._matches:
            section = self._doc.flat_sections[i]
            labels.append("    " * (section.level - 1) + section.label if not text else section.label)
        if text and not labels:  # say so, rather than show an empty list
            self.list_model.setStringList([self.tr("没有标题含这些字（按此顺序）的章节")])
            return
        self.list_model.setStringList(labels)
        if labels:
            self.view.setCurrentIndex(self.list_model.index(0, 0))

    def accept(self) -> None:
        if self.chosen() >= 0:  # Enter with nothing matched keeps the dialog for another try
            super().accept()

    def chosen(self) -> int:
        row = self.view.currentIndex().row()
        return self._matches[row] if 0 <= row < len(self._matches) else -1
