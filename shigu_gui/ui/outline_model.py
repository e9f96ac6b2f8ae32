"""A QAbstractItemModel over the Document's section tree; the tree itself stays in the model layer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QTimer

from ..model import Document
from .plain import tip
from .qt_names import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOL_TIP_ROLE
from .roles import Role

ModelIndex = QModelIndex | QPersistentModelIndex


class OutlineModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._children: dict[int, list[int]] = {-1: []}
        self._row: list[int] = []
        self._hits: dict[int, int] = {}
        self._marks: dict[int, int] = {}
        # Counts changed: data() returns the new ones at once, and the views are told a moment
        # later (one dataChanged per parent cost 30 ms on a 4.8 MB report, in the way of the first
        # highlighted hit, and of the first paint when the marks come in).
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(30)
        self._announce.timeout.connect(self._emit_changed)
        self._changed: set[int] = set()  # sections whose counts changed since the views were told

    def set_mark_counts(self, counts: dict[int, int]) -> None:
        """Marks per section (its own, not its children's)."""
        self._count_changes(self._marks, counts)
        self._marks = counts

    def set_document(self, doc: Document) -> None:
        self.beginResetModel()
        self._doc = doc
        self._children = {-1: []}
        self._row = []
        for i in range(len(doc.flat_sections)):
            parent = doc.parent_index(i)
            siblings = self._children.setdefault(parent, [])
            self._row.append(len(siblings))
            siblings.append(i)
            self._children.setdefault(i, [])
        self._hits = {}
        self._marks = {}
        self._changed = set()  # the reset tells the views of everything
        self.endResetModel()

    def set_hit_counts(self, counts: dict[int, int]) -> None:
        """Hits per section, each counted in the section and all its ancestors."""
        self._count_changes(self._hits, counts)
        self._hits = counts

    def _count_changes(self, old: dict[int, int], new: dict[int, int]) -> None:
        """Only the sections whose count changed are redrawn: after a new report (no counts before or
        after) none is; telling the views of every section of a 4 MB report stood the window still
        for 110–140 ms."""
        changed = {flat for flat in old.keys() | new.keys() if old.get(flat) != new.get(flat)}
        if changed:
            self._changed |= changed
            self._announce.start()

    def _emit_changed(self) -> None:
        changed, self._changed = self._changed, set()
        for flat in sorted(changed):
            index = self.index_for(flat)
            if index.isValid():
                self.dataChanged.emit(index, index, [DISPLAY_ROLE])

    def index_for(self, flat: int) -> QModelIndex:
        if flat < 0 or self._doc is None or flat >= len(self._row):
            return QModelIndex()
        return self.createIndex(self._row[flat], 0, flat)

    @staticmethod
    def flat_of(index: ModelIndex) -> int:
        return int(index.internalId()) if index.isValid() else -1

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        kids = self._children.get(self.flat_of(parent), [])
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, 0, kids[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or self._doc is None:
            return QModelIndex()
        return self.index_for(self._doc.parent_index(self.flat_of(index)))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.flat_of(parent), []))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or self._doc is None:
            return None
        flat = self.flat_of(index)
        section = self._doc.flat_sections[flat]
        if role == DISPLAY_ROLE:
            text = section.label
            if self._marks.get(flat):
                text += f"  ★{self._marks[flat]}"
            if self._hits.get(flat):
                text += f"  ({self._hits[flat]})"
            return text
        if role == TOOL_TIP_ROLE:
            return tip(section.label)
        if role == ACCESSIBLE_TEXT_ROLE:
            return section.label
        if role == Role.SECTION:
            return flat
        return None

    # flags(): QAbstractItemModel's default, enabled and selectable, is what a section is.
