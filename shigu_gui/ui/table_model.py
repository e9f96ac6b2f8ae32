"""The part every table model of the interface shares: rows, and headers translated in a context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTable(QAbstractTableModel):
    """A table of self.rows under HEADERS (Chinese source text, translated in CONTEXT): a subclass
    says what its rows are and what its cells show (data), not how many there are."""

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[Sequence[str]] = ()
    rows: Sequence[object] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def header(self, section: int) -> str | None:
        """The horizontal header of a column, as shown."""
        if 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None
