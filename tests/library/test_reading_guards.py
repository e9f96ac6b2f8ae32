"""The library reads files through the reader's guards: a pipe, a device or a huge file in a folder
is listed as failed at once, never opened in blocking mode nor read; and a cancel does not wait for
a parse under way in a worker process."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from shigu_gui.library import IndexResult, Library, add_paths
from shigu_gui.library.indexer import _Checked, _stop, _store_ready

needs_specials = pytest.mark.skipif(not (hasattr(os, "mkfifo") and Path("/dev/zero").exists()),
                                    reason="no FIFOs or /dev/zero here")


def small_report(place: str) -> str:
    return (f"2024年{place}政府工作报告\n各位代表：\n一、2023年工作回顾\n全市地区生产总值增长4.6%。高质量发展。\n"
            f"二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n")


def hostile_folder(root: Path) -> Path:
    """A FIFO, a link to /dev/zero and a 1.6 GB sparse file (no disk used), named as reports,
    beside two real ones."""
    folder = root / "reports"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")  # nobody writes to it: opening it for reading would block
    (folder / "b.txt").symlink_to("/dev/zero")  # reading it would never end
    with (folder / "c.txt").open("wb") as handle:
        handle.truncate(1_600_000_000)
    (folder / "d.txt").write_text(small_report("苏州市"), encoding="utf-8")
    (folder / "e.txt").write_text(small_report("无锡市"), encoding="utf-8")
    return folder


def add_with_a_deadline(db: Path, folder: Path, seconds: float) -> IndexResult:
    """add_paths on a thread (with its own connection), so that a hang fails the test, not the run."""
    outcome: list[IndexResult] = []

    def add() -> None:
        with Library(db) as library:
            outcome.append(add_paths(library, [folder]))

    worker = threading.Thread(target=add, daemon=True)
    worker.start()
    worker.join(timeout=seconds)
    if worker.is_alive():
        with open(folder / "a.txt", "wb"):  # let a blocked open of the FIFO return
            pass
        pytest.fail(f"adding the folder took over {seconds} s")
    return outcome[0]


@needs_specials
def test_a_pipe_a_device_and_a_huge_file_are_listed_as_failed_at_once(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    started = time.monotonic()
    result = add_with_a_deadline(tmp_path / "library.sqlite3", folder, 20)
    assert time.monotonic() - started < 10
    with Library(tmp_path / "library.sqlite3") as library:
        failed = {Path(p).name: reason for p, reason in result.failed}
        assert sorted(failed) == ["a.txt", "b.txt", "c.txt"]
        assert "普通文件" in failed["a.txt"] and "管道" in failed["a.txt"]
        assert "普通文件" in failed["b.txt"] and "设备" in failed["b.txt"]
        assert "太大" in failed["c.txt"]
        assert sorted(Path(p).name for p in result.added) == ["d.txt", "e.txt"]
        statuses = {Path(e.path).name: e.status for e in library.reports()}
        assert statuses["d.txt"] == statuses["e.txt"] == "ok"
        assert all(statuses[n].startswith("failed: ") for n in ("a.txt", "b.txt", "c.txt"))


def test_a_cancel_does_not_wait_for_a_parse_in_a_worker(tmp_path: Path) -> None:
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        slow = pool.submit(time.sleep, 60)  # a parse that would take a minute
        while not slow.running():
            time.sleep(0.01)
        asked = time.monotonic() + 0.3
        result = IndexResult()
        with Library(tmp_path / "library.sqlite3") as library:
            pending = deque([(_Checked("x.txt", 1, 1, "0" * 64), slow)])
            assert not _store_ready(library, pending, result, lambda: time.monotonic() > asked, keep=0)
        assert result.cancelled and time.monotonic() - asked < 2
        processes = list(pool._processes.values())
        _stop(pool, finish=False)
        assert time.monotonic() - asked < 3
        for process in processes:
            process.join(timeout=5)
            assert not process.is_alive()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def test_a_folder_is_searched_for_every_suffix_the_reader_opens() -> None:
    from shigu_gui.library import REPORT_SUFFIXES
    from shigu_gui.model.formats import SUFFIXES

    assert set(REPORT_SUFFIXES) == {s for group in SUFFIXES.values() for s in group}
    assert {".txt", ".text", ".docx", ".pdf", ".html", ".htm", ".xhtml", ".mhtml", ".mht"} <= set(REPORT_SUFFIXES)
