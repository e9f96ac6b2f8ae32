"""The 批注 panel: every mark of the open report in section order; filter, Enter jumps, Delete removes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ..model.marks import KIND_LABELS, Placed
from .dialogs import in_ui_language
from .filtering import NeedleFilter
from .marks import Marks
from .plain import plain
from .qt_names import QT_TRANSLATE_NOOP
from .roles import Role
from .wording import brackets, parens

ModelIndex = QModelIndex | QPersistentModelIndex
_KIND_MARKS = (
    QT_TRANSLATE_NOOP("Marks", "书签"), QT_TRANSLATE_NOOP("Marks", "高亮"), QT_TRANSLATE_NOOP("Marks", "批注"),
)


class MarksModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Placed] = []

    def set_marks(self, placed: list[Placed]) -> None:
        self.beginResetModel()
        self.items = placed
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        placed = self.items[index.row()]
        mark = placed.mark
        kind = QCoreApplication.translate("Marks", KIND_LABELS.get(mark.kind, mark.kind))
        where = " › ".join(mark.section_path[-2:]) or "—"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # Plain text in a plain list: markup in a note is shown, never interpreted.
            state = "" if placed.placed else parens(QCoreApplication.translate("Marks", "未定位")).strip()
            quote = mark.quote if len(mark.quote) <= 40 else mark.quote[:40] + "…"
            lines = [brackets(kind + state) + where, quote]
            if mark.note:
                lines.append(f"✎ {mark.note}")
            return "\n".join(lines)
        if role == Role.MARK_ROW:
            return index.row()
        return None


class _List(QListView):
    activated_row = Signal(int)
    delete_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_row.emit(int(index.data(Role.MARK_ROW)))
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_row.emit(int(index.data(Role.MARK_ROW)))
            return
        super().keyPressEvent(event)


class MarksPane(QWidget):
    mark_chosen = Signal(object)  # Placed
    delete_requested = Signal(object)  # Placed

    def __init__(self, marks: Marks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = marks
        self.setObjectName("marksPane")
        self.setAccessibleName(self.tr("批注"))
        self.model = MarksModel(self)
        self.proxy = NeedleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选批注（如 书签、高亮）…"))
        self.filter_edit.setAccessibleName(self.tr("筛选批注"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = _List(self)
        self.list.setAccessibleName(self.tr("批注列表"))
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.status = QLabel(self)
        plain(self.status)  # the warning names the folder
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.filter_edit.textChanged.connect(self.proxy.set_needle)
        self.filter_edit.returnPressed.connect(self._enter_from_filter)
        self.list.activated_row.connect(lambda row: self.mark_chosen.emit(self.model.items[row]))
        self.list.clicked.connect(lambda index: self.mark_chosen.emit(self.model.items[int(index.data(Role.MARK_ROW))]))
        self.list.delete_row.connect(lambda row: self.delete_requested.emit(self.model.items[row]))
        self.delete_requested.connect(marks.delete)
        marks.marks_changed.connect(self._on_marks)
        self._on_marks()

    def _on_marks(self) -> None:
        store = self.marks.store
        self.set_marks(self.marks.placed, in_ui_language(store.warning) if store.read_only else "")

    def set_marks(self, placed: list[Placed], warning: str = "") -> None:
        current = self.list.currentIndex().row()
        self.model.set_marks(placed)
        rows = self.proxy.rowCount()
        if rows:
            self.list.setCurrentIndex(self.proxy.index(min(max(current, 0), rows - 1), 0))
        count = self.tr("共 %n 条", "", len(placed))
        self.status.setText(f"{count}  {warning}".strip())

    def _enter_from_filter(self) -> None:
        if self.proxy.rowCount():
            index = self.list.currentIndex()
            if not index.isValid():
                index = self.proxy.index(0, 0)
            self.mark_chosen.emit(self.model.items[int(index.data(Role.MARK_ROW))])
