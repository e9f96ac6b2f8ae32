"""Ctrl+C in the terminal ends the reader as 文件 › 退出 does (settings and reading position saved,
the marks database closed) and the program exits with 130, the shell's code for SIGINT.

Python runs its signal handlers only between bytecodes, and an idle Qt event loop runs none, so
a handler alone would wait for the next mouse move. The usual remedy: Python writes a byte to a
socket on every signal (signal.set_wakeup_fd) and a QSocketNotifier on the other end wakes the
loop, whose Python slot lets the handler run. No timer polls meanwhile."""

from __future__ import annotations

import signal
import socket
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QSocketNotifier
    from PySide6.QtWidgets import QWidget

EXIT_CODE = 128 + signal.SIGINT  # 130


class Interrupt:
    """Installed once the window is complete; uninstall() puts Python's handler and wakeup fd back."""

    def __init__(self, app: QCoreApplication, window: QWidget) -> None:
        from PySide6.QtCore import QSocketNotifier

        self.app = app
        self.window = window
        self.interrupted = False
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)  # set_wakeup_fd requires it; a full buffer drops bytes, not the signal
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous_handler = signal.signal(signal.SIGINT, self._on_signal)
        self.notifier: QSocketNotifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, app)
        self.notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        """The loop is awake and in Python: any pending handler has run (or runs now)."""
        try:
            while self._read.recv(64):
                pass
        except OSError:  # BlockingIOError: nothing more to read
            pass

    def _on_signal(self, signum: int, frame: object) -> None:
        """Between two bytecodes of whatever Python code ran: the closing waits for the loop's next turn.
        A second Ctrl+C, if closing hangs, ends the process at once (the default action)."""
        from PySide6.QtCore import QTimer

        signal.signal(signal.SIGINT, signal.SIG_DFL)
        self.interrupted = True
        QTimer.singleShot(0, self._quit)

    def _quit(self) -> None:
        self.window.close()  # closeEvent saves what the window keeps
        self.app.exit(EXIT_CODE)

    def exit_code(self, code: int) -> int:
        """What the program returns: 130 once interrupted, whatever the loop's last exit set."""
        return EXIT_CODE if self.interrupted else code

    def uninstall(self) -> None:
        self.notifier.setEnabled(False)
        if signal.getsignal(signal.SIGINT) == self._on_signal:
            signal.signal(signal.SIGINT, self._previous_handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()
