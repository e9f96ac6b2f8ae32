"""F1: the shortcut sheet, generated from the action table so it cannot drift."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .actions import ACTIONS, key_text
from .skeleton import MENUS


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(menu, action title, keys) for every action that has keys, in table order."""
    rows = []
    for spec in ACTIONS:
        keys = key_text(spec)
        if keys:
            menu = QCoreApplication.translate("Actions", MENUS[spec.menu]).replace("&", "")
            rows.append((menu, spec.translated_title().rstrip("…"), keys))
    extra = QCoreApplication.translate("Actions", "在查找栏中")
    rows += [
        (extra, QCoreApplication.translate("Actions", "下一个 / 上一个结果"), "Enter, Shift+Enter"),
        (extra, QCoreApplication.translate("Actions", "关闭查找"), "Esc"),
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键一览"))
        self.setAccessibleName(self.tr("快捷键一览"))
        self.sheet = QTextBrowser(self)
        self.sheet.setAccessibleName(self.tr("快捷键表"))
        body = "".join(
            f"<tr><td>{html.escape(menu)}</td><td>{html.escape(title)}</td><td><b>{html.escape(keys)}</b></td></tr>"
            for menu, title, keys in shortcut_rows()
        )
        self.sheet.setHtml(f"<table cellpadding='4'>{body}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(buttons)
        self.resize(520, 640)
