"""The section tree: follows the reading position, and choosing a section asks to go there."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ..model import Document
from .outline_model import OutlineModel
from .qt_names import Qt


class OutlinePane(QTreeView):
    section_chosen = Signal(int)  # flat section index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePane")
        self.setAccessibleName(self.tr("目录"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        # Long titles are elided on the right: QAbstractItemView's default.
        self.outline = OutlineModel(self)
        self.setModel(self.outline)
        self._following = False
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def set_document(self, doc: Document) -> None:
        self.outline.set_document(doc)
        for row in range(self.outline.rowCount()):
            self.expand(self.outline.index(row, 0))

    def current_flat(self) -> int:
        return OutlineModel.flat_of(self.currentIndex())

    def follow(self, flat: int) -> None:
        """Select the section the reader is in, expanding its ancestors; emits nothing."""
        index = self.outline.index_for(flat)
        if not index.isValid():
            self.selectionModel().clearSelection()
            return
        if index == self.currentIndex():
            return
        self._following = True
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        self._following = False

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid() and not self._following:
            self.section_chosen.emit(OutlineModel.flat_of(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._chosen(self.currentIndex())
            return
        super().keyPressEvent(event)
