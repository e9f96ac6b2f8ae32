"""视图 menu: the indicator at the cursor in the charts, full screen, the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..dialogs import message_box
from ..skeleton import CHARTS_TAB

if TYPE_CHECKING:
    from ...model import Document, Indicator
    from ..context import Context


def indicator_at(doc: Document, offset: int) -> Indicator | None:
    """The first indicator stated in the sentence at offset."""
    return next((i for i in doc.indicators if i.start <= offset < i.end), None)


def show_indicator_in_charts(ctx: Context) -> None:
    indicator = indicator_at(ctx.session.doc, ctx.view.cursor_offset())
    if indicator is None:
        ctx.statusBar().showMessage(QCoreApplication.translate("MainWindow", "此处的句子没有可识别的指标"), 3000)
        return
    ctx.show_tab(CHARTS_TAB)
    assert ctx.tabs.charts is not None
    ctx.tabs.charts.select_indicator(indicator)


def toggle_fullscreen(ctx: Context) -> None:
    window = ctx.dialog_parent
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()


def set_language(ctx: Context, lang: str) -> None:
    """Takes effect at the next start; said in both languages, since it is about the language."""
    if ctx.preferences.get("ui/lang") == lang:
        return
    ctx.preferences.set("ui/lang", lang)
    message = QCoreApplication.translate(
        "MainWindow", "界面语言将在下次启动时生效。 / The language changes at the next start.")
    message_box(ctx.dialog_parent, QCoreApplication.translate("MainWindow", "界面语言"), message, warning=False)
