"""Write or edit a note: plain text, shown as text wherever it appears."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class NoteDialog(QDialog):
    def __init__(self, about: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批注"))
        self.setAccessibleName(self.tr("批注"))
        label = QLabel(about, self)
        label.setWordWrap(True)
        label.setTextFormat(label.textFormat().PlainText)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("批注内容"))
        self.edit.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(480, 300)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText().strip()
