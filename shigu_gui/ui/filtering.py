"""A proxy that keeps the rows whose text contains what the reader typed (full/half width alike)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ..model.folded import fold


class NeedleFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._needle = fold(text.strip())
            self.endFilterChange()
        else:
            self._needle = fold(text.strip())
            self.invalidateFilter()

    def row_text(self, source_row: int) -> str:
        """The text a row is matched on; by default what it shows."""
        model = self.sourceModel()
        return str(model.index(source_row, 0).data()) if model is not None else ""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not self._needle or self._needle in fold(self.row_text(source_row))
