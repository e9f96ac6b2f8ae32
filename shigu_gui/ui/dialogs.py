"""Dialogs that hand the keyboard back, one-line messages in the UI's language, the load progress."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from .plain import plain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

    from .idle import IdleRunner

_HALVES = re.compile(r"\s*/\s+")  # "中文 / English" (messages from the model and the store)


def in_ui_language(message: str) -> str:
    """The half of a bilingual "中文 / English" message in the UI's language; others unchanged."""
    parts = _HALVES.split(message, maxsplit=1)
    if len(parts) != 2 or not re.search(r"[\u4e00-\u9fff]", parts[0]) or re.search(r"[\u4e00-\u9fff]", parts[1]):
        return message
    english = QLocale().language() == QLocale.Language.English
    return parts[1] if english else parts[0]


def open_modal(dialog: QDialog, window: QWidget, focus_if_accepted: QWidget | None = None) -> None:
    """Open a window-modal dialog, deleted once it closes; then window is active again and the focus
    is back where the reader left it (or, when the dialog was accepted, on focus_if_accepted). Window
    managers usually hand the keyboard back themselves; without one (a kiosk session, Xvfb)
    nobody does."""
    left_at = QApplication.focusWidget()

    def restore(result: int) -> None:
        from PySide6.QtWidgets import QDialog

        window.activateWindow()
        accepted = result == QDialog.DialogCode.Accepted.value
        back_to = focus_if_accepted if accepted and focus_if_accepted is not None else left_at
        if back_to is not None and isValid(back_to) and back_to.window() is window:
            back_to.setFocus()
        dialog.deleteLater()  # a child of the window: else each one opened stayed with it, hidden

    dialog.finished.connect(restore)
    dialog.open()


@contextmanager
def keyboard_back(window: QWidget) -> Iterator[None]:
    """Around a blocking dialog (a file or print dialog): afterwards the window is active again
    and the focus where it was, as open_modal does for the dialogs it opens."""
    left_at = QApplication.focusWidget()
    try:
        yield
    finally:
        window.activateWindow()
        if left_at is not None and isValid(left_at) and left_at.window() is window:
            left_at.setFocus()


def message_box(window: QWidget, title: str, message: str, warning: bool = True) -> QMessageBox:
    """One message (in the UI's language) in a window-modal box; returned so tests can read it."""
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, in_ui_language(message), QMessageBox.StandardButton.Ok, window)
    plain(box)  # the message may name the file or quote the report
    box.setAccessibleName(QCoreApplication.translate("MainWindow", "错误") if warning else title)
    open_modal(box, window)
    return box


class LoadingProgress:
    """A busy indicator on window while a report is read in the background, started and finished
    by the session's loading signals; its Cancel (or Esc) calls cancel, which gives the loading
    up. While it shows, `paused` (the window's idle work) is held: its slices would fight the
    parsing thread for the GIL."""

    def __init__(self, window: QWidget, paused: IdleRunner | None = None,
                 cancel: Callable[[], None] | None = None) -> None:
        self.window = window
        self.paused = paused
        self.cancel = cancel
        self.dialog: QProgressDialog | None = None

    def start(self, name: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QProgressDialog

        self.finish()  # a second large file chosen while the first is read: one indicator
        text = QCoreApplication.translate("MainWindow", "正在打开 %1 …").replace("%1", name)
        self.dialog = QProgressDialog(self.window)
        label = QLabel(text, self.dialog)
        plain(label)  # the file's name
        self.dialog.setLabel(label)
        self.dialog.setRange(0, 0)
        self.dialog.setCancelButtonText(QCoreApplication.translate("MainWindow", "取消"))
        self.dialog.canceled.connect(self._cancelled)
        self.dialog.rejected.connect(self._cancelled)  # Esc
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.show()
        if self.paused is not None:
            self.paused.hold()

    def _cancelled(self) -> None:
        if self.cancel is not None:
            self.cancel()  # the session's loading_finished then closes the dialog
        self.finish()

    def finish(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self._cancelled)  # closing a progress dialog says "canceled"
            dialog.rejected.disconnect(self._cancelled)
            dialog.close()
            dialog.deleteLater()  # a child of the window: else one kept per large file opened
            if self.paused is not None:
                self.paused.release()
