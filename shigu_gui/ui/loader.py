"""Parse a large report off the UI thread; the window stays responsive meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from ..model import Document, ReportError, load_report

LARGE_FILE_BYTES = 2 * 1024 * 1024


class _Signals(QObject):
    loaded = Signal(object, str)  # Document, path
    failed = Signal(str, str)  # message, path


class LoadTask(QRunnable):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.signals = _Signals()

    def run(self) -> None:
        try:
            doc: Document = load_report(self.path)
        except ReportError as exc:
            self.signals.failed.emit(str(exc), str(self.path))
            return
        except Exception as exc:  # a parser bug must not kill the window: report it as one line
            self.signals.failed.emit(f"解析失败 / Parse failed: {type(exc).__name__}: {exc}", str(self.path))
            return
        self.signals.loaded.emit(doc, str(self.path))
