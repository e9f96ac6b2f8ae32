"""The library pane's small widgets: a table whose keys act on its row, a field above a list,
and the filtering proxy over the library's models."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QWidget

from ..roles import Role
from .models import MatrixModel, ReportsModel, TargetsModel


class Table(QTableView):
    """A sortable table whose Enter does what a double-click does (and Delete asks to forget)."""

    activated_row = Signal(QModelIndex)
    delete_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setResizeContentsPrecision(40)  # widths from a sample, not every row
        self.doubleClicked.connect(self.activated_row.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FieldAbove(QLineEdit):
    """A field above a list: Down moves into the list."""

    def __init__(self, below: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.below = below

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.below is not None:
            self.below.setFocus()
            return
        super().keyPressEvent(event)


class FilterProxy(QSortFilterProxyModel):
    """Filters here; sorting is the source model's (see models.SortedInPython)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
        self._column, self._order = column, order

    def sortColumn(self) -> int:
        return getattr(self, "_column", -1)


def filter_proxy(model: ReportsModel | MatrixModel | TargetsModel, parent: QWidget) -> QSortFilterProxyModel:
    """A model's rows filtered on every column, case-insensitively, and sorted by Role.SORT_KEY."""
    proxy = FilterProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Role.SORT_KEY)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
