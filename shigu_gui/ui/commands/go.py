"""跳转 menu and the ways into a place of the text from elsewhere: a section chosen by name, a
mark from the list, a chart's sentence, a library hit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...model.marks import Placed
from ..dialogs import open_modal
from ..skeleton import READING_TAB
from .edit import say_hit

if TYPE_CHECKING:
    from ..context import Context


def goto_section(ctx: Context) -> None:
    from ..goto_dialog import GotoDialog

    dialog = GotoDialog(ctx.session.doc, ctx.dialog_parent)
    ctx.dialogs["goto"] = dialog
    dialog.accepted.connect(lambda: ctx.navigation.go_to_section(dialog.chosen()))
    open_modal(dialog, ctx.dialog_parent, focus_if_accepted=ctx.view)  # read on from the section chosen


def go_to_mark(ctx: Context, placed: object) -> None:
    assert isinstance(placed, Placed)
    if not placed.placed:
        ctx.statusBar().showMessage(QCoreApplication.translate("MainWindow", "这条批注在当前报告中未能定位"), 4000)
        return
    ctx.navigation.show_span(placed.start, max(placed.end, placed.start + 1))


def show_source(ctx: Context, start: int, end: int) -> None:
    """Open the reading tab at a sentence and highlight it (from a chart or the table)."""
    ctx.tabs.setCurrentIndex(READING_TAB)
    ctx.navigation.show_span(start, end)
    ctx.view.setFocus()


def open_in_reader(ctx: Context, path: str, offset: int, length: int, term: str = "") -> None:
    """The library's way into the reader: the report at offset (its hit or sentence lit). With the
    term searched for, the reader's own search for it: every hit lit, the cursor on the one at
    offset, F3 and Shift+F3 through the others."""
    session, target = ctx.session, Path(path).resolve()

    def here() -> bool:
        return session.path is not None and session.path.resolve() == target

    def go() -> None:
        ctx.tabs.setCurrentIndex(READING_TAB)
        if term:
            ctx.find_bar.show_query(term)
            ctx.search.run(term, False, near=offset)  # folded as the library folds: the same hits
        if term and ctx.search.hits:
            say_hit(ctx)
        elif offset or length:
            ctx.navigation.show_span(offset, offset + length)
        ctx.view.setFocus()

    if here():
        go()
        return

    def once() -> None:  # a large report loads on a worker: go there once it is shown
        session.document_changed.disconnect(once)
        session.failed.disconnect(forget)
        if here():
            go()

    def forget(_message: str) -> None:
        session.document_changed.disconnect(once)
        session.failed.disconnect(forget)

    session.document_changed.connect(once)
    session.failed.connect(forget)
    session.open(target)
