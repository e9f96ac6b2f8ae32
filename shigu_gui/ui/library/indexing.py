"""Adding files on a worker thread, with its own connection to the library file (WAL lets the view
read meanwhile); progress and the result come back as signals, and a cancel stops between files or
before a file read is parsed (see library.indexer). AddingReports is the view's side of it: the add
dialogs, the progress bar and cancel button, the result told when the worker is done."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal, SignalInstance
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QPushButton, QWidget

from ...library import IndexResult, Library, LibraryError, add_paths
from ...library.db import database_error
from ..wording import colon, parens

if TYPE_CHECKING:
    from ..recent import DialogFolder

    _Widget = QWidget
else:  # a mixin: the pane (pane.py) is the widget
    _Widget = object


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


class AddingReports(_Widget):
    """The adding half of LibraryPane (pane.py), which builds the buttons, the progress bar and
    the status line used here, and reloads and tells."""

    library: Library
    folder: DialogFolder | None
    worker: IndexWorker | None
    add_files_button: QPushButton
    add_folder_button: QPushButton
    progress: QProgressBar
    cancel_button: QPushButton
    status: QLabel
    indexing_finished: SignalInstance

    def reload(self) -> None:
        raise NotImplementedError

    def tell(self, title: str, text: str) -> None:
        raise NotImplementedError

    def add_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("添加到文库"), self._start_folder(),
                                                self.tr("报告 (*.txt *.docx *.pdf *.html *.htm);;所有文件 (*)"))
        if paths:
            self._remember_folder(paths[0])
            self.add_paths(paths)

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("把文件夹添加到文库"), self._start_folder())
        if folder:
            self._remember_folder(folder)
            self.add_paths([folder])

    def _start_folder(self) -> str:
        from ..recent import documents_folder

        return self.folder.start() if self.folder is not None else documents_folder()

    def _remember_folder(self, path: str) -> None:
        if self.folder is not None:
            self.folder.remember(path)

    def add_paths(self, paths: list[str]) -> IndexWorker | None:
        """Index on a worker; the buttons wait, the pages stay readable. None if one is running."""
        if self.worker is not None:
            return None
        self.worker = IndexWorker(self.library.path, list(paths), self)
        self.worker.progress.connect(self._on_progress)
        self.worker.done.connect(self._on_done)
        for button in (self.add_files_button, self.add_folder_button):
            button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("正在索引…"))
        self.worker.start()
        return self.worker

    def cancel_indexing(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("正在取消…"))

    def _on_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if path:
            self.status.setText(Path(path).name)

    def _on_done(self, result: object) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None
        self.progress.hide()
        self.cancel_button.hide()
        for button in (self.add_files_button, self.add_folder_button):
            button.setEnabled(True)
        self.reload()
        if isinstance(result, IndexResult):
            message = self.tr("新增 %1 份，未变跳过 %2 份，重复 %3 份，失败 %4 份").replace(
                "%1", str(len(result.added))).replace("%2", str(len(result.skipped))).replace(
                "%3", str(len(result.duplicates))).replace("%4", str(len(result.failed)))
            if result.cancelled:
                message = self.tr("已取消。") + message
            self.status.setText(message)
            if result.failed:
                reasons = "\n".join(f"{Path(p).name}{colon()}{r}" for p, r in result.failed[:20])
                more = len(result.failed) - 20
                self.tell(message, reasons + (f"\n…{parens(more)}" if more > 0 else ""))
        else:
            self.status.setText(str(result))
            self.tell(self.tr("无法写入文库"), str(result))
        self.indexing_finished.emit(result)

    def shutdown(self) -> None:
        """Stop indexing (between two files) and wait for the worker: before the window closes."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
