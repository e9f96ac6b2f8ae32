"""Write or edit a note: plain text, shown as text wherever it appears.

Enter starts a new line; Ctrl+Enter saves, Esc cancels, Tab moves to the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class _NoteEdit(QPlainTextEdit):
    submit = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit.emit()
            return
        super().keyPressEvent(event)


class NoteDialog(QDialog):
    def __init__(self, about: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批注"))
        self.setAccessibleName(self.tr("批注"))
        label = QLabel(about, self)
        label.setWordWrap(True)
        label.setTextFormat(label.textFormat().PlainText)
        self.edit = _NoteEdit(self)
        self.edit.setAccessibleName(self.tr("批注内容"))
        self.edit.setPlaceholderText(self.tr("Ctrl+Enter 保存，Esc 取消"))
        self.edit.setTabChangesFocus(True)  # a note has no use for tab characters; Tab reaches the buttons
        self.edit.setPlainText(text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.submit.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.resize(480, 300)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText().strip()
