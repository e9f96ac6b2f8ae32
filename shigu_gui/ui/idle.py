"""Work for idle time (the search index, the charts' modules), done a slice per turn of the event
loop, so that input never waits long (bench/bench.py measures the longest wait while the charts' modules load)."""

from __future__ import annotations

import importlib
import threading
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from . import collector

_QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
# PySide modules pyqtgraph imports: loaded here, on the GUI thread, one a slice.
_QT_EXTRAS = ("PySide6.QtSvg", "PySide6.QtTest", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")
_CLASSES_PER_SLICE = 15
_POLL_MS = 15


def _import_all(names: tuple[str, ...]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the charts tab's own import reports it when the tab is opened
            return


def _import_on_worker(names: tuple[str, ...]) -> None:
    """_import_all with the cyclic collector paused (see collector.paused)."""
    with collector.paused():
        _import_all(names)


def load_chart_modules() -> Iterator[int]:
    """Import what the charts tab needs, a slice per iteration (each yields the pause before the next).

    numpy and pyqtgraph load on a worker thread: in one go on the GUI thread they froze the window
    for 0.35–0.4 s, and they cannot be imported piecewise (importing any submodule runs the
    package's __init__, which imports the rest). The worker holds the GIL for a few ms at a time,
    longer only inside numpy's C initialisation (the longest input delay measured: ~40 ms on a
    busy 2-core machine). What touches Qt's type system is done here on the GUI thread first:
    pyqtgraph.Qt copies every name of QtCore, QtGui and QtWidgets, which makes PySide build each
    class it had left for first use, so those are built a few dozen a slice; the extra Qt modules
    are imported one a slice."""
    for name in _QT_MODULES:
        module = importlib.import_module(name)
        names = dir(module)
        for i in range(0, len(names), _CLASSES_PER_SLICE):
            for attr in names[i: i + _CLASSES_PER_SLICE]:
                getattr(module, attr, None)
            yield 0
    for name in _QT_EXTRAS:
        _import_all((name,))
        yield 0
    worker = threading.Thread(target=_import_on_worker, args=(("numpy", "pyqtgraph"),), name="load-charts", daemon=True)
    worker.start()
    while worker.is_alive():
        yield _POLL_MS
    _import_all(("shigu_gui.ui.charts",))  # our own modules (Qt subclasses): on the GUI thread


class IdleRunner(QObject):
    """Runs jobs (iterables: one item, one slice) a slice per event-loop turn, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: deque[Iterator[int | None]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._held = 0
        self.longest_slice = 0.0  # seconds of this thread's CPU, the most one slice took (bench/bench.py)

    def add(self, job: Iterable[int | None]) -> None:
        """A job yields after each slice: nothing, or the milliseconds to wait before its next."""
        self._jobs.append(iter(job))
        if not self._held:
            self._timer.start()

    def busy(self) -> bool:
        return bool(self._jobs)

    def hold(self) -> None:
        """No slices until release(): while a worker thread runs Python code (a report parsed in
        the background), every Qt call of a slice waits for the GIL, and a slice of 20 ms took
        0.3 s."""
        self._held += 1
        self._timer.stop()

    def release(self) -> None:
        self._held = max(0, self._held - 1)
        if not self._held and self._jobs:
            self._timer.start(0)

    def _step(self) -> None:
        if self._held:
            return
        owner = self.parent()
        if isinstance(owner, QWidget) and not owner.isVisible():
            self._jobs.clear()  # its window was closed: the work is for nobody
            return
        pause = 0
        started = time.thread_time()
        while self._jobs:
            try:
                pause = next(self._jobs[0]) or 0
                break
            except StopIteration:
                self._jobs.popleft()
            except Exception:  # a failed job must not stop the ones after it
                self._jobs.popleft()
                traceback.print_exc()
        self.longest_slice = max(self.longest_slice, time.thread_time() - started)
        if self._jobs:
            self._timer.start(pause)
