"""Continuity between sessions: 最近打开 (the reports last opened, which the store keeps by path) and
the folder the open dialogs start in."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..model.document import identity_of
from ..resources import inside_package

if TYPE_CHECKING:
    from ..store import MarkStore, RecentReport
    from .session import ReaderSession
    from .settings import Settings

TITLE_CHARS = 36  # a long title is cut in the menu (the tooltip has the whole path)


class DialogFolder:
    """Where the open dialogs start: the folder of the last report opened through one (or through
    最近打开); the first time, the user's Documents folder, else home; never the installed package."""

    KEY = "dialogs/folder"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def start(self) -> str:
        kept = self.settings.get_str(self.KEY, "")
        if kept and os.path.isdir(kept) and not inside_package(Path(kept)):
            return kept
        return documents_folder()

    def remember(self, path: str | Path) -> None:
        """The folder of a file chosen (or a folder itself) as where the next dialog starts."""
        path = Path(path)
        folder = path if path.is_dir() else path.parent
        if not inside_package(folder):
            self.settings.set(self.KEY, str(folder))


def documents_folder() -> str:
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and os.path.isdir(documents) and not inside_package(Path(documents)):
        return documents
    return str(Path.home())


class RecentReports(QObject):
    """The reports last opened, most recent first: each opened file is noted as it is shown (the
    bundled report and text with no file behind it are not). The store owns the list."""

    changed = Signal()

    def __init__(self, session: ReaderSession, store: MarkStore, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.folder = DialogFolder(settings)
        session.document_changed.connect(self.note_open_report)

    def note_open_report(self) -> None:
        path = self.session.path
        if path is None or inside_package(path):
            return
        from ..store import RecentReport, recent_key

        doc = self.session.doc
        year, place, _level = identity_of(doc)
        noted = RecentReport(recent_key(path), doc.title, year, place)
        if self.store.recent()[:1] == [noted]:
            return  # reopened at start as it was: nothing to write
        self.store.add_recent(path, doc.title, year, place)
        self.changed.emit()

    def entries(self) -> list[RecentReport]:
        return self.store.recent()

    def forget(self, path: str) -> None:
        self.store.forget_recent(path)
        self.changed.emit()

    def clear(self) -> None:
        self.store.clear_recent()
        self.changed.emit()


def entry_text(number: int, entry: RecentReport) -> str:
    """'&1 Title（year，place） — file.txt': the number as the access key (the tenth: 1&0); the year and
    place only where the title does not already say them. Text from a file: its '&' are not keys."""
    title = entry.title if len(entry.title) <= TITLE_CHARS else entry.title[: TITLE_CHARS - 1] + "…"
    details = [part for part in (str(entry.year) if entry.year else "", entry.place) if part and part not in title]
    if details:
        joined = QCoreApplication.translate("RecentReports", "，").join(details)
        title = QCoreApplication.translate("RecentReports", "%1（%2）").replace("%1", title).replace("%2", joined)
    key = f"&{number}" if number < 10 else f"{number // 10}&{number % 10}"
    name = Path(entry.path).name
    return f"{key}  {title.replace('&', '&&')} — {name.replace('&', '&&')}"
