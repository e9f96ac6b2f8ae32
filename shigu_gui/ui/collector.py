"""The cyclic garbage collector, paused while worker threads make many objects."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_state = {"holds": 0, "was_enabled": True}


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block: a parse or an import on a worker makes hundreds of thousands
    of objects, none of them garbage, and each full collection they set off walked all of them (and
    all the window's) holding the interpreter, so the window stood still for it (67 ms once, while
    a 4 MB report opened); run on the worker, a collection could also finalise objects of the GUI
    thread there (a MarkStore's SQLite connection refuses to close on another thread). Pauses
    nest and overlap; the last one out restores the collector as the first one found it."""
    with _lock:
        if _state["holds"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["holds"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["holds"] -= 1
            if _state["holds"] == 0 and _state["was_enabled"]:
                gc.enable()


def enable() -> None:
    """The collector on: at once, or when the last pause running ends (the start-up turns it on
    after its first paint, or after 2 s, maybe in the middle of the charts' import worker)."""
    with _lock:
        if _state["holds"]:
            _state["was_enabled"] = True
        else:
            gc.enable()
