"""Every indicator in a table: sortable, filterable, copyable, exportable to CSV; Enter opens the source."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...model import Document, Indicator
from ...model.charts import TABLE_HEADERS, charted, same_figure, table_rows
from ..plain import tip
from ..qt_names import QT_TRANSLATE_NOOP
from ..roles import Role
from ..table_model import RowsTable
from ..wording import english, qualifier_in_english, unit_in_english

ModelIndex = QModelIndex | QPersistentModelIndex
# The model's Chinese headers, marked here so that pyside6-lupdate offers them for translation.
_HEADER_MARKS = (
    QT_TRANSLATE_NOOP("IndicatorTable", "指标"), QT_TRANSLATE_NOOP("IndicatorTable", "数值"),
    QT_TRANSLATE_NOOP("IndicatorTable", "单位"), QT_TRANSLATE_NOOP("IndicatorTable", "增长(%)"),
    QT_TRANSLATE_NOOP("IndicatorTable", "年份"), QT_TRANSLATE_NOOP("IndicatorTable", "类型"),
    QT_TRANSLATE_NOOP("IndicatorTable", "限定"),
    QT_TRANSLATE_NOOP("IndicatorTable", "实际"), QT_TRANSLATE_NOOP("IndicatorTable", "目标"),
    QT_TRANSLATE_NOOP("IndicatorTable", "比例"),
)
_UNIT, _QUALIFIERS = 2, 6  # said in English words in an English interface (wording)
_TRANSLATED_COLUMNS = {2, 5}  # unit (only 比例 is ours) and kind; the rest is the report's own text
_NUMERIC = {1, 3, 4}  # value, growth, year sort as numbers


class IndicatorModel(RowsTable):
    CONTEXT = "IndicatorTable"
    HEADERS = TABLE_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.indicators: tuple[Indicator, ...] = ()

    def set_document(self, doc: Document, shown: tuple[Indicator, ...] | None = None) -> None:
        self.beginResetModel()
        self.indicators = charted(doc) if shown is None else shown
        self.rows = table_rows(doc, self.indicators)
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() in _TRANSLATED_COLUMNS and text in ("实际", "目标", "比例"):
                return QApplication.translate("IndicatorTable", text)
            if index.column() == _UNIT:
                return unit_in_english(text) if english() else text
            if index.column() == _QUALIFIERS:
                return qualifier_in_english(text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(self.indicators[index.row()].sentence)
        if role == Role.SORT_KEY:
            if index.column() in _NUMERIC:
                try:
                    return float(text.split(":")[0].split("－")[0]) if text else float("-inf")
                except ValueError:
                    return float("-inf")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def write_csv(path: str | Path, rows: list[list[str]]) -> None:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese right."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(TABLE_HEADERS)
        writer.writerows(rows)


def read_csv(path: str | Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[1:]


class _Table(QTableView):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> None:
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()}) or (
            [self.currentIndex().row()] if self.currentIndex().isValid() else []
        )
        lines = ["\t".join(str(model.index(r, c).data()) for c in range(model.columnCount())) for r in rows]
        QApplication.clipboard().setText("\n".join(lines))


class IndicatorTable(QWidget):
    source_requested = Signal(object)  # Indicator

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("指标表"))
        self.model = IndicatorModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT_KEY)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选指标…"))
        self.filter_edit.setAccessibleName(self.tr("筛选指标"))
        self.filter_edit.setClearButtonEnabled(True)
        self.view = _Table(self)
        self.view.setAccessibleName(self.tr("指标表格"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Column widths from the rows on screen and 200 more, not from 1,000 (Qt's default): with
        # the 5,668 indicators of a 4.8 MB report, sizing the columns took 250 ms of CPU.
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.verticalHeader().hide()
        self.copy_button = QPushButton(self.tr("复制"), self)
        self.csv_button = QPushButton(self.tr("导出 CSV…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.filter_edit, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.activated_row.connect(self._row_activated)
        self.view.doubleClicked.connect(lambda index: self._row_activated(index.row()))
        self.copy_button.clicked.connect(self.view.copy_selection)
        self.csv_button.clicked.connect(self._export_dialog)

    def set_document(self, doc: Document, shown: tuple[Indicator, ...] | None = None) -> None:
        """The figures shown (charted(doc) unless given) as rows."""
        self.model.set_document(doc, shown)
        self.view.resizeColumnsToContents()
        # Names are what a reader scans: wide enough for most, never squeezed to a few characters.
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 16 * self.fontMetrics().horizontalAdvance("国")))

    def visible_rows(self) -> list[list[str]]:
        return [
            [str(self.proxy.index(r, c).data()) for c in range(self.proxy.columnCount())]
            for r in range(self.proxy.rowCount())
        ]

    def export_csv(self, path: str | Path) -> None:
        write_csv(path, self.visible_rows())

    def select_indicator(self, indicator: Indicator) -> None:
        for row, ind in enumerate(self.model.indicators):
            if same_figure(ind, indicator):
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                return

    def _row_activated(self, proxy_row: int) -> None:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        if source.isValid():
            self.source_requested.emit(self.model.indicators[source.row()])

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 CSV"), "indicators.csv", "CSV (*.csv)")
        if path:
            self.export_csv(path)
