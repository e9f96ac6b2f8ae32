"""The one loader: read and parse a report, every failure turned into one message for the user.

It imports no Qt, so the start-up can run it on a thread while Qt's libraries load; the session
runs the same loader for every later opening (in the background for large files).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import collector

if TYPE_CHECKING:
    from ..model import Document


class Loading(threading.Thread):
    """One report being opened. run() in place, or start() it on its own thread.

    build, when given, runs on the same thread after parsing (the session lays the text out there
    for large files); done is called last, on that thread, whatever happened."""

    def __init__(self, path: Path, build: Callable[[Document], Any] | None = None,
                 done: Callable[[Loading], None] | None = None) -> None:
        super().__init__(name="load-report", daemon=True)
        self.path = path
        self.build = build
        self.done = done
        self.doc: Document | None = None
        self.built: Any = None
        self.error: str | None = None
        # Set once this thread's imports are done. PySide's start-up walks sys.modules, and an
        # import on this thread in the middle of that walk killed the process ("libshiboken/
        # signature: could not initialize", dictionary changed size during iteration): the
        # start-up waits for this before it imports Qt.
        self.imported = threading.Event()

    def run(self) -> None:
        try:
            self._load()
        finally:
            self.imported.set()
        if self.done is not None:
            with contextlib.suppress(RuntimeError):  # the window (and its session) closed meanwhile
                self.done(self)

    def _load(self) -> None:
        # Imported here: at start-up this runs while Qt's libraries load, and overlaps with them.
        from ..model import ReportError
        from ..model.cache import load_report_cached
        from ..paths import cache_dir

        try:
            with collector.paused():
                self.doc = load_report_cached(self.path, cache_dir(), imported=self.imported.set)
                if self.build is not None:
                    self.built = self.build(self.doc)
        except ReportError as exc:
            self.error = str(exc)
        except Exception as exc:  # a parser bug must not kill the window: report it as one line
            self.error = f"解析失败 / Parse failed: {type(exc).__name__}: {exc}"
        if self.doc is None and self.error is None:
            self.error = "无法读取报告 / Cannot read the report"

