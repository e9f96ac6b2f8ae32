"""The glossary's terms as a list model; a proxy filters them as the reader types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

from ..model import Document, GlossaryEntry
from .filtering import NeedleFilter
from .plain import tip
from .qt_names import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOL_TIP_ROLE
from .roles import Role
from .wording import parens

ModelIndex = QModelIndex | QPersistentModelIndex


class GlossaryModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: tuple[GlossaryEntry, ...] = ()

    def set_document(self, doc: Document) -> None:
        self.beginResetModel()
        self._entries = doc.glossary
        self.endResetModel()

    def entry(self, row: int) -> GlossaryEntry:
        return self._entries[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == DISPLAY_ROLE:
            return entry.term + parens(len(entry.occurrences))
        if role == TOOL_TIP_ROLE:
            return tip(entry.definition)
        if role == ACCESSIBLE_TEXT_ROLE:
            return entry.term
        if role == Role.GLOSSARY_ENTRY:
            return index.row()
        return None


class GlossaryFilter(NeedleFilter):
    """Keeps terms whose text (or definition) contains the filter, full/half width alike."""

    def row_text(self, source_row: int) -> str:
        model = self.sourceModel()
        assert isinstance(model, GlossaryModel)
        entry = model.entry(source_row)
        return f"{entry.term}\n{entry.definition}"
