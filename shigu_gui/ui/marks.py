"""The reader's marks on the open report: the store, where each mark sits, deleting with undo,
import and export. Dialogs open on the parent widget given; nothing here knows the window."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..model.marks import Mark, Placed, from_json, make_mark, place_all, section_mark, to_json, to_markdown
from ..store import MarksError, MarkStore
from .dialogs import keyboard_back, open_modal
from .plain import file_name
from .preferences import Preferences
from .session import ReaderSession

if TYPE_CHECKING:
    from .note_dialog import NoteDialog
    from .viewport import TextViewport


class Marks(QObject):
    marks_changed = Signal()  # placed changed: the text, the tree and the list redraw
    failed = Signal(str)  # a mark could not be saved, deleted, read or written
    status = Signal(str, int)  # a passing message and how long it shows (ms)

    def __init__(
        self,
        session: ReaderSession,
        view: TextViewport,
        store: MarkStore,
        preferences: Preferences,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.store = store
        self.preferences = preferences
        self.dialog_parent = dialog_parent
        self.placed: list[Placed] = []
        self.deleted: list[Mark] = []
        self.note_dialog: NoteDialog | None = None
        session.document_changed.connect(self._on_document)
        self.refresh()

    def _on_document(self) -> None:
        self.deleted.clear()
        self.refresh()

    def refresh(self) -> None:
        self.placed = place_all(self.session.doc, self.store.marks(self.session.doc))
        self.marks_changed.emit()

    def counts(self) -> dict[int, int]:
        """Placed marks per section (its own, not its children's)."""
        counts: dict[int, int] = {}
        for placed in self.placed:
            if placed.placed:
                flat = self.session.doc.section_index_at(placed.start)
                counts[flat] = counts.get(flat, 0) + 1
        return counts

    def _save(self, mark: Mark) -> Mark | None:
        try:
            saved = self.store.add(self.session.doc, mark)
        except MarksError as exc:
            self.failed.emit(str(exc))
            return None
        self.refresh()
        return saved

    def toggle_bookmark(self, flat: int) -> None:
        doc = self.session.doc
        if flat < 0:
            self.status.emit(self.tr("请先进入一个章节"), 3000)
            return
        section = doc.flat_sections[flat]
        existing = next((p for p in self.placed if p.mark.kind == "bookmark" and p.start == section.start), None)
        if existing is not None:
            self.delete(existing)
            return
        if self._save(section_mark(doc, flat, "bookmark")):
            self.status.emit(self.tr("已添加书签：%1").replace("%1", section.label), 3000)

    def highlight_selection(self) -> None:
        span = self.view.selection_span()
        if span is None or span[0] == span[1]:
            self.status.emit(self.tr("请先选择要高亮的文字"), 3000)
            return
        color = self.preferences.get("marks/color")
        if self._save(make_mark(self.session.doc, "highlight", span[0], span[1], color=color)):
            self.view.clear_selection()

    def _highlight_at(self, span: tuple[int, int] | None) -> Placed | None:
        """The highlight the reader points at: the one the selection covers exactly, else (no
        selection) the one holding the cursor or just before it (the cursor stays at the end of
        a highlight just made with Ctrl+H)."""
        highlights = [p for p in self.placed if p.placed and p.mark.kind == "highlight"]
        if span is not None and span[0] != span[1]:
            return next((p for p in highlights if (p.start, p.end) == span), None)
        offset = self.view.cursor_offset()
        inside = [p for p in highlights if p.start <= offset < max(p.end, p.start + 1)]
        if inside:
            return min(inside, key=lambda p: p.end - p.start)  # the innermost
        return next((p for p in reversed(highlights) if p.end == offset and p.end > p.start), None)

    def add_note(self, flat: int) -> None:
        """A note on the selection (as a highlight, or on the highlight it is), on the highlight at
        the cursor (or just made, the cursor at its end), or on section flat."""
        doc = self.session.doc
        span = self.view.selection_span()
        target: Mark | None = None
        existing = self._highlight_at(span)
        if existing is None and span is not None and span[0] != span[1]:
            target = make_mark(doc, "highlight", span[0], span[1], color=self.preferences.get("marks/color"))
            about = target.quote
        else:
            if existing is None and flat >= 0:
                target = section_mark(doc, flat, "note")
            about = existing.mark.quote if existing else (target.quote if target else "")
        if target is None and existing is None:
            self.status.emit(self.tr("请先进入一个章节，或选择要批注的文字"), 3000)
            return
        from .note_dialog import NoteDialog

        dialog = NoteDialog(about, existing.mark.note if existing else "", self.dialog_parent)
        self.note_dialog = dialog

        def save() -> None:
            text = dialog.text()
            if existing is not None and existing.mark.id is not None:
                try:
                    self.store.update_note(existing.mark.id, text)
                except MarksError as exc:
                    self.failed.emit(str(exc))
                self.refresh()
            elif target is not None:
                self._save(replace(target, note=text))

        dialog.accepted.connect(save)
        open_modal(dialog, self.dialog_parent)

    def delete(self, placed: Placed) -> None:
        if placed.mark.id is None:
            return
        try:
            self.store.delete(placed.mark.id)
        except MarksError as exc:
            self.failed.emit(str(exc))
            return
        self.deleted.append(placed.mark)
        self.refresh()
        self.status.emit(self.tr("已删除；按 Ctrl+Z 撤销"), 5000)

    def undo_delete(self) -> None:
        if self.deleted:
            self._save(self.deleted.pop())

    def markdown(self) -> str:
        return to_markdown(self.session.doc, self.placed)

    def json(self) -> str:
        return to_json(self.session.doc, [p.mark for p in self.placed])

    def export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        with keyboard_back(self.dialog_parent):
            name, chosen = QFileDialog.getSaveFileName(
                self.dialog_parent,
                self.tr("导出批注"),
                f"{file_name(self.session.doc.title)}-批注.md",
                "Markdown (*.md);;JSON (*.json)",
            )
        if not name:
            return
        text = self.json() if name.endswith(".json") or "json" in chosen.lower() else self.markdown()
        try:
            Path(name).write_text(text, encoding="utf-8")
        except OSError as exc:
            self.failed.emit(self.tr("无法写入文件：%1").replace("%1", f"{name} ({exc.strerror})"))

    def import_text(self, text: str) -> int:
        try:
            _report, marks = from_json(text)
            added = self.store.merge(self.session.doc, marks)
        except (ValueError, MarksError) as exc:
            self.failed.emit(str(exc))
            return 0
        self.refresh()
        self.status.emit(self.tr("导入了 %n 条批注", "", added), 4000)
        return added

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        with keyboard_back(self.dialog_parent):
            name, _ = QFileDialog.getOpenFileName(self.dialog_parent, self.tr("导入批注"), "", "JSON (*.json)")
        if not name:
            return
        from ..model import ReportError
        from ..model.reading import read_report_bytes

        try:  # through the reader's guards: a pipe or a device chosen here would block for ever
            text = read_report_bytes(name).decode("utf-8")
        except (ReportError, UnicodeDecodeError) as exc:
            self.failed.emit(self.tr("无法读取文件：%1").replace("%1", f"{name} ({exc})"))
            return
        self.import_text(text)
