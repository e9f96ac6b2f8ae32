"""Any exception that escapes a Qt callback (a slot, an event handler, a dialog's code) is logged
and shown in one dialog; the window keeps working.

Without this hook PySide prints the traceback and carries on with the callback half done: a reader
who saw nothing could not know why Ctrl+O had stopped opening files. With it the reader sees one
sentence (the details, for a bug report, under 显示详细信息) and the application goes on. An
exception on another thread is handed to the main thread, which alone may make widgets. While one
error dialog is open, further errors (a paint handler failing on every repaint) are only logged.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from .plain import plain

if TYPE_CHECKING:  # imported when an error is shown: naming QMessageBox builds its 5 enums (~6 M instructions)
    from PySide6.QtWidgets import QMessageBox

_log = logging.getLogger("shigu_gui")


class ErrorReporter(QObject):
    """Lives on the main thread; `report` is emitted from wherever the exception happened."""

    report = Signal(str, str)  # one line, the traceback

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("errorReporter")
        self.dialog: QMessageBox | None = None
        self.count = 0  # exceptions seen, shown or not
        self.report.connect(self._show)
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous
        if threading.excepthook == self._thread_excepthook:
            threading.excepthook = self._previous_thread

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        self.count += 1
        details = "".join(traceback.format_exception(kind, value, tb))
        _log.error("unexpected error:\n%s", details.rstrip())
        line = f"{kind.__name__}: {value}".splitlines()[0] if str(value) else kind.__name__
        with contextlib.suppress(RuntimeError):  # the application is being torn down: the log has it
            self.report.emit(line[:300], details)  # queued when this is not the main thread

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, line: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every error
        from PySide6.QtWidgets import QMessageBox

        parent: QWidget | None = QApplication.activeModalWidget() or QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Errors", "程序出错"))
        plain(box)
        box.setText(QCoreApplication.translate(
            "Errors", "操作未能完成，程序出现了一个错误。报告仍可继续阅读。\n%1").replace("%1", line))
        box.setDetailedText(details)
        box.setAccessibleName(QCoreApplication.translate("Errors", "错误"))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.dialog = box
        box.open()  # not exec(): no event loop nested inside whatever failed


def install(app: QApplication) -> ErrorReporter:
    """The application's error reporter, created on first call."""
    reporter = app.findChild(ErrorReporter, "errorReporter")
    return reporter if reporter is not None else ErrorReporter(app)
