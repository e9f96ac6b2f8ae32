"""编辑 menu: copy with the citation, find, and stepping through the hits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ...model.marks import cited_passage
from ..skeleton import LIBRARY_TAB, READING_TAB

if TYPE_CHECKING:
    from ..context import Context


def open_find(ctx: Context) -> None:
    """The find bar, holding the selected words if a few are selected. In the 文库, the field of
    the page shown (its filter, its search field) instead, where the page has one."""
    library = ctx.tabs.library
    if ctx.tabs.currentIndex() == LIBRARY_TAB and library is not None and library.focus_filter():
        return
    ctx.tabs.setCurrentIndex(READING_TAB)
    selection = ctx.view.selection_span()
    if selection and 0 < selection[1] - selection[0] <= 40:
        ctx.find_bar.edit.setText(ctx.session.doc.text[selection[0]: selection[1]])
    ctx.find_bar.open_bar()


def find_step(ctx: Context, delta: int) -> None:
    """The next or previous hit (F3, Shift+F3); the find bar when there is no search to step through."""
    if ctx.search.step(delta):
        say_hit(ctx)
    elif not ctx.find_bar.edit.text():
        open_find(ctx)


def say_hit(ctx: Context) -> None:
    """Which hit the cursor is on, in the status bar: '第 3/12 处' (the find bar may be hidden)."""
    search = ctx.search
    if search.current >= 0:
        message = QCoreApplication.translate("MainWindow", "第 %1/%2 处")
        ctx.statusBar().showMessage(message.replace("%1", str(search.current + 1)).replace(
            "%2", str(len(search.hits))), 4000)


def copy_with_citation(ctx: Context) -> None:
    doc = ctx.session.doc
    span = ctx.view.selection_span()
    if span is None:
        para = doc.paragraph_at(ctx.view.cursor_offset())
        if para is None:
            return
        span = (para.start, para.end)
    QApplication.clipboard().setText(cited_passage(doc, *span))
    ctx.statusBar().showMessage(QCoreApplication.translate("MainWindow", "已复制，并附出处"), 3000)
