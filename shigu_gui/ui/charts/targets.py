"""The report's main targets (主要预期目标) as one small table above the charts; Enter opens the source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QTableView, QVBoxLayout, QWidget

from ...model import Document, Indicator
from ...model.targets import TARGET_HEADERS, main_targets, target_rows
from ..plain import escape, plain, tip
from ..qt_names import QT_TRANSLATE_NOOP
from ..table_model import RowsTable
from ..wording import english, qualifier_in_english, unit_in_english

ModelIndex = QModelIndex | QPersistentModelIndex
# The model's Chinese headers, marked here so that pyside6-lupdate offers them for translation.
_HEADER_MARKS = (
    QT_TRANSLATE_NOOP("TargetsTable", "指标"), QT_TRANSLATE_NOOP("TargetsTable", "增长(%)"),
    QT_TRANSLATE_NOOP("TargetsTable", "数值"), QT_TRANSLATE_NOOP("TargetsTable", "单位"),
    QT_TRANSLATE_NOOP("TargetsTable", "限定"),
)
_NUMERIC = {1, 2}
_UNIT, _QUALIFIER = 3, 4  # said in English words in an English interface (wording)


class TargetsModel(RowsTable):
    CONTEXT = "TargetsTable"
    HEADERS = TARGET_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.targets: list[Indicator] = []
        self.rows: list[list[str]] = []

    def set_targets(self, targets: list[Indicator]) -> None:
        self.beginResetModel()
        self.targets = targets
        self.rows = target_rows(targets)
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.rows[index.row()][index.column()]
            if index.column() == _UNIT and english():
                return unit_in_english(text)
            if index.column() == _QUALIFIER:
                return qualifier_in_english(text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(self.targets[index.row()].sentence)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class _View(QTableView):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount() > 0:
            self.setCurrentIndex(self.model().index(0, 0))  # a row to move from and to open


class TargetsTable(QFrame):
    """The main targets in the order the report states them, or a line saying it lists none."""

    source_requested = Signal(object)  # Indicator

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("主要预期目标"))
        self.heading = QLabel(self)
        self.model = TargetsModel(self)
        self.view = _View(self)
        self.view.setAccessibleName(self.tr("主要预期目标表格"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.message = QLabel(self)
        plain(self.message)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        self.view.activated_row.connect(self._open)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))

    def set_document(self, doc: Document, plan_year: int | None = None) -> None:
        targets = main_targets(doc)
        self.model.set_targets(targets)
        year = plan_year or next((t.year for t in targets if t.year), None)
        title = self.tr("主要预期目标")
        if year:
            title += self.tr("（%1年）").replace("%1", str(year))
        self.heading.setText(f"<b>{escape(title)}</b>")
        self.view.setVisible(bool(targets))
        self.message.setVisible(not targets)
        self.message.setText("" if targets else self.tr("这份报告没有列出带数字的主要预期目标。"))
        if targets:
            self.view.resizeColumnsToContents()
            rows = sum(self.view.rowHeight(r) for r in range(len(targets)))
            self.view.setFixedHeight(rows + self.view.horizontalHeader().height() + 2 * self.view.frameWidth())

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.targets):
            self.source_requested.emit(self.model.targets[row])
