"""编辑 menu: copy with the citation, find, and stepping through the hits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ...model.marks import cited_passage
from ..skeleton import READING_TAB

if TYPE_CHECKING:
    from ..context import Context


def open_find(ctx: Context) -> None:
    """The find bar, holding the selected words if a few are selected."""
    ctx.tabs.setCurrentIndex(READING_TAB)
    selection = ctx.view.selection_span()
    if selection and 0 < selection[1] - selection[0] <= 40:
        ctx.find_bar.edit.setText(ctx.session.doc.text[selection[0]: selection[1]])
    ctx.find_bar.open_bar()


def find_step(ctx: Context, delta: int) -> None:
    """The next or previous hit (F3, Shift+F3); the find bar when there is no search to step through."""
    if not ctx.search.step(delta) and not ctx.find_bar.edit.text():
        open_find(ctx)


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
