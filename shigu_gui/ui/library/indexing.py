"""Adding files on a worker thread, with its own connection to the library file (WAL lets the view
read meanwhile); progress and the result come back as signals, and a cancel stops between files or
before a file read is parsed (see library.indexer)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ...library import IndexResult, Library, LibraryError, add_paths
from ...library.db import database_error


class IndexWorker(QThread):
    progress = Signal(int, int, str)  # done, total, path
    done = Signal(object)  # IndexResult, or an error message (str)

    def __init__(self, db: Path, paths: list[str], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.db = db
        self.paths = paths
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        try:
            library = Library(self.db)
        except LibraryError as exc:
            self.done.emit(str(exc))
            return
        try:
            result: IndexResult | str = add_paths(library, self.paths, self.progress.emit, lambda: self._cancelled)
        except LibraryError as exc:
            result = str(exc)
        except sqlite3.Error as exc:  # damage met on the way: a message, and the buttons come back
            result = database_error(self.db, exc)
        finally:
            library.close()
        self.done.emit(result)
