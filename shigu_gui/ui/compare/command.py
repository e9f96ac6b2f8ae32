"""Ctrl+D: which report the open one is held against (the library's year before, else one the
reader picks), which of the two is the older, and the comparison window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from ..dialogs import keyboard_back

if TYPE_CHECKING:
    from ...model import Document
    from ..context import Context
    from .view import CompareWindow


def previous_in_library(doc: Document, path: Path | None) -> str | None:
    """The library's report of the same place a year before, or None (no library, none there)."""
    from ...library import Library, LibraryError
    from ...library.previous import previous_report
    from ...model.meta import identity_of
    from ...paths import library_db

    db = library_db()
    if not db.is_file():  # no library yet: none is made for this
        return None
    who = identity_of(doc)
    try:
        with Library(db) as library:
            entry = previous_report(library.reports(refresh=False), who.place, who.year, path)
    except LibraryError:
        return None
    return entry.path if entry else None


def choose_file(ctx: Context) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    from ...resources import inside_package
    from ..commands.file import open_filter

    path = ctx.session.path  # the other year's report is likely beside this one; not in the package
    start = str(path.parent) if path is not None and not inside_package(path) else ctx.recent.folder.start()
    title = QCoreApplication.translate("Compare", "选择要对照的报告")
    with keyboard_back(ctx.dialog_parent):
        name, _ = QFileDialog.getOpenFileName(ctx.dialog_parent, title, start, open_filter())
    return name or None


def open_compare(ctx: Context, other: str | None = None) -> CompareWindow | None:
    """The open report beside `other` (by default the same place's report of the year before from
    the library, else a file the reader picks), the older one on the left."""
    from ...model import ReportError, load_report
    from ...model.compare import Head, compare
    from ...model.meta import identity_of
    from .view import CompareWindow

    doc, path = ctx.session.doc, ctx.session.path
    if other is None:
        other = previous_in_library(doc, path) or choose_file(ctx)
    if other is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            other_doc = load_report(other)
        except ReportError as exc:
            ctx.show_error(str(exc))
            return None
        here, there = identity_of(doc), identity_of(other_doc)
        sides = [(doc, str(path) if path else None, here), (other_doc, other, there)]
        if (here.year or 0) >= (there.year or 0):
            sides.reverse()
        (old, old_path, a), (new, new_path, b) = sides
        comparison = compare(old, new, heads=(Head(a.year, a.place or None), Head(b.year, b.place or None)))
    finally:
        QApplication.restoreOverrideCursor()
    view = CompareWindow(comparison, (old_path, new_path), ctx.session.open, ctx.dialog_parent)
    view.show()
    view.activateWindow()
    return view
