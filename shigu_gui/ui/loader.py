"""Parse a large report off the UI thread; the window stays responsive meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThread, Signal
from PySide6.QtGui import QFont

from ..model import Document, ReportError
from ..model.cache import load_report_cached
from ..paths import cache_dir
from .text_view import build_text_document
from .theme import Colors


class _Signals(QObject):
    loaded = Signal(object, object, str)  # Document, its QTextDocument (built here), path
    failed = Signal(str, str)  # message, path


class LoadTask(QRunnable):
    """Parse, then lay out the styled text too: both are too slow for the UI thread on large files."""

    def __init__(self, path: Path, colors: Colors, font: QFont) -> None:
        super().__init__()
        self.path = path
        self.colors = colors
        self.font = QFont(font)
        self.signals = _Signals()
        self.main_thread = QThread.currentThread()

    def run(self) -> None:
        try:
            doc: Document = load_report_cached(self.path, cache_dir())
        except ReportError as exc:
            self.signals.failed.emit(str(exc), str(self.path))
            return
        except Exception as exc:  # a parser bug must not kill the window: report it as one line
            self.signals.failed.emit(f"解析失败 / Parse failed: {type(exc).__name__}: {exc}", str(self.path))
            return
        qdoc = build_text_document(doc, self.colors, self.font)
        qdoc.moveToThread(self.main_thread)
        self.signals.loaded.emit(doc, qdoc, str(self.path))
