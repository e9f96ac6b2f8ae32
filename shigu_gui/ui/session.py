"""The one owner of the open report: loads it (through the one loader) and says when it changed.

Panes are built with the session and subscribe to document_changed themselves; nothing else
keeps its own copy of which report is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..model import Document
from ..model.formats import needs_worker
from .loader import Loading

LARGE_FILE_BYTES = 2 * 1024 * 1024  # parsed (and laid out) in a worker thread above this size


class ReaderSession(QObject):
    document_changed = Signal()
    about_to_change = Signal()  # the old report is still open: remember where the reader was
    failed = Signal(str)  # one message; the open report stays open
    loading_started = Signal(str)  # file name: a large file is being read in the background
    loading_finished = Signal()
    _loaded = Signal(object)  # a Loading, from the worker thread (queued to this one)

    def __init__(self, doc: Document, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = path
        # Lays out a report's text off the UI thread for large files (the reading view sets it).
        self.text_builder: Callable[[Document], Any] | None = None
        self._prebuilt: Any = None
        self._pending: Loading | None = None
        self._loaded.connect(self._finish_background)

    def is_report(self) -> bool:
        """Whether the text has any sign of a report's structure: headings, indicators, or the
        address to the deputies (a short or old report may have no numbered headings)."""
        doc = self.doc
        if doc.flat_sections or doc.indicators:
            return True
        from ..model.patterns import GREETING

        return any(GREETING.match(doc.text[p.start: p.end]) for p in doc.paragraphs[:50])

    def open(self, path: str | Path) -> None:
        """Open a report; a large one in the background. Failures come out as failed(message)."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size > LARGE_FILE_BYTES or needs_worker(path):  # PDF, DOCX, pages: imported with the progress dialog
            loading = Loading(path, self.text_builder, self._loaded.emit)
            self._pending = loading  # kept alive until it reports back
            self.loading_started.emit(path.name)
            loading.start()
            return
        loading = Loading(path)
        loading.run()
        self.finish(loading)

    def finish(self, loading: Loading) -> None:
        """Show what a loading produced: the new report, or its one message."""
        if loading.error is not None or loading.doc is None:
            self.failed.emit(loading.error or "")
            return
        self.set_document(loading.doc, loading.path, loading.built)

    def cancel_loading(self) -> None:
        """Give up the background loading: the report that was open stays, and what the loading
        produces is dropped when it ends (a thread cannot be stopped; the importers' limits keep
        it short)."""
        if self._pending is None:
            return
        self._pending = None
        self.loading_finished.emit()

    def _finish_background(self, loading: Loading) -> None:
        if loading is not self._pending:
            return
        self._pending = None
        self.loading_finished.emit()
        self.finish(loading)

    def set_document(self, doc: Document, path: Path | None, prebuilt: Any = None) -> None:
        self.about_to_change.emit()
        self.doc = doc
        self.path = path
        self._prebuilt = prebuilt
        self.document_changed.emit()
        self._prebuilt = None

    def take_prebuilt(self) -> Any:
        """The laid-out text made by the loader for the current report, once; None otherwise."""
        built, self._prebuilt = self._prebuilt, None
        return built
