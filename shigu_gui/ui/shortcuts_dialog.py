"""F1: the shortcut sheet, from rows the action table makes (actions.shortcut_rows), so it cannot drift."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键一览"))
        self.setAccessibleName(self.tr("快捷键一览"))
        self.sheet = QTextBrowser(self)
        self.sheet.setAccessibleName(self.tr("快捷键表"))
        body = "".join(
            f"<tr><td>{html.escape(menu)}</td><td>{html.escape(title)}</td><td><b>{html.escape(keys)}</b></td></tr>"
            for menu, title, keys in rows
        )
        self.sheet.setHtml(f"<table cellpadding='4'>{body}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(buttons)
        self.resize(520, 640)
