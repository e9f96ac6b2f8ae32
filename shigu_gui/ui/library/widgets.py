"""The library pane's small widgets: a table whose keys act on its row, a field above a list,
and the filtering proxy over the library's models."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QWidget

from ...model.folded import fold
from ...model.vocabulary import BY_ID
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


class MatrixFilter(FilterProxy):
    """The matrix narrowed by the words typed (full/half width and case alike), every word needed:
    a word is found in a row's year, place or title, or names an indicator or a kind (实际, 目标) the
    row has a figure for; words naming indicators or kinds also keep only those columns (beside
    year and place), unless some row's year, place or title holds them ('地' of a place's name)."""

    def __init__(self, model: MatrixModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.matrix = model
        self._words: list[str] = []
        self._named: list[tuple[set[str], set[str]]] = []  # per word: the indicators and kinds it names
        self._shown: set[tuple[str, str]] = set()  # the (indicator, kind) columns shown
        self._named_for: object = None  # the columns _named was found in
        self._texts: dict[int, str] = {}  # each report's year, place and title, folded, by its id
        self._texts_for: object = None  # the rows _texts was made from
        self.setSourceModel(model)
        self.setSortRole(Role.SORT_KEY)

    def set_words(self, text: str) -> None:
        change = getattr(self, "beginFilterChange", None)  # Qt 6.9+
        if change is not None:
            change()
        self._words = fold(text).split()
        self._named_for = None
        if change is not None:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def _row_texts(self) -> dict[int, str]:
        rows = self.matrix.rows
        if self._texts_for is not rows:  # the matrix read again (a sort reorders the same list: hence by id)
            self._texts = {doc: fold(f"{year or ''} {place} {title}") for doc, _path, year, place, title in rows}
            self._texts_for = rows
        return self._texts

    def _names(self) -> list[tuple[set[str], set[str]]]:
        columns = self.matrix.columns
        if self._named_for is not columns:  # new words, or the matrix read again
            texts = "\n".join(self._row_texts().values())
            present = {indicator for indicator, _kind in columns}
            names = {ind: fold(f"{BY_ID[ind].label} {BY_ID[ind].label_en} {ind}") for ind in present}
            kinds = {kind: fold(f"{zh} {QCoreApplication.translate('MatrixModel', zh)} {kind}")
                     for kind, zh in (("actual", "实际"), ("target", "目标"))}
            self._named = [({ind for ind, name in names.items() if word in name},
                            {kind for kind, name in kinds.items() if word in name})
                           if word not in texts else (set(), set()) for word in self._words]
            inds = set().union(*(n[0] for n in self._named))
            chosen = set().union(*(n[1] for n in self._named))
            self._shown = {(ind, kind) for ind, kind in columns
                           if (not inds or ind in inds) and (not chosen or kind in chosen)}
            self._named_for = columns
        return self._named

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        doc_id = self.matrix.rows[source_row][0]
        text = self._row_texts()[doc_id]
        cells = self.matrix.cells

        def has_figure(inds: set[str], kinds: set[str]) -> bool:
            return (bool(inds) or bool(kinds)) and any(
                (doc_id, ind, kind) in cells for ind, kind in self._shown
                if (not inds or ind in inds) and (not kinds or kind in kinds))

        return all(word in text or has_figure(*named) for word, named in zip(self._words, self._names(), strict=True))

    def filterAcceptsColumn(self, source_column: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        self._names()
        return source_column < 2 or not self._words or self.matrix.columns[source_column - 2] in self._shown
