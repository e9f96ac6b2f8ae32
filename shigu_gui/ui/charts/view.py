"""Placeholder charts view; replaced by the pyqtgraph charts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...model import Document
from ..theme import Colors


class ChartsView(QWidget):
    source_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("图表"))
        self.label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def set_document(self, doc: Document, colors: Colors) -> None:
        self.label.setText(self.tr("指标 %n 项", "", len(doc.indicators)))
