"""A worker for the two-readers-at-once test: imported in child processes, so no Qt, no fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shigu_gui.model.marks import Mark
from shigu_gui.store import MarksError, MarkStore


def open_and_mark(jobs: Any, barrier: Any, results: Any) -> None:
    """For each folder: wait for the other worker, open the store at the same moment, add a mark."""
    while True:
        folder = jobs.get()
        if folder is None:
            return
        barrier.wait()
        store = MarkStore(Path(folder) / "marks.sqlite3")
        try:
            store.add("report", Mark(kind="bookmark", quote="一、", section_path=("一、",)))
            results.put((folder, "ok"))
        except MarksError:
            results.put((folder, store.warning))
        finally:
            store.close()
