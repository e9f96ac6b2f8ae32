"""帮助 menu: the shortcut sheet and the about box."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...resources import resource_path
from ...version import version
from ..dialogs import open_modal
from ..plain import plain

if TYPE_CHECKING:
    from ..context import Context


def show_shortcuts(ctx: Context, rows: list[tuple[str, str, str]]) -> None:
    from ..shortcuts_dialog import ShortcutsDialog

    dialog = ctx.dialogs["shortcuts"] = ShortcutsDialog(rows, ctx.dialog_parent)
    open_modal(dialog, ctx.dialog_parent)


def show_about(ctx: Context) -> None:
    """The name, the version, the licence; the third-party notices under 显示详情 (Show Details)."""
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "MainWindow", "政府工作报告阅读器 shigu_gui %1\n离线阅读政府工作报告：目录、名词解释、指标图表。\n"
        "本程序以 MIT 许可证发布；所用第三方组件及其许可见详细信息。").replace("%1", version())
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "关于"), text,
                      QMessageBox.StandardButton.Ok, ctx.dialog_parent)
    plain(box)
    with suppress(OSError):  # a copy packaged without the notices: the box still says name, version, licence
        box.setDetailedText(resource_path("licenses", "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8"))
    ctx.dialogs["about"] = box
    open_modal(box, ctx.dialog_parent)


