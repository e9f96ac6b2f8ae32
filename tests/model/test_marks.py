"""Marks are never lost: SQLite store, anchoring that survives new offsets, export and import."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shigu_gui.model import Document, parse_report
from shigu_gui.model.marks import from_json, make_mark, place, place_all, section_mark, to_json, to_markdown
from shigu_gui.store import MarksError, MarkStore
from shigu_gui.store.database import SCHEMA_VERSION


@pytest.fixture
def store(tmp_path: Path) -> MarkStore:
    s = MarkStore(tmp_path / "data" / "marks.sqlite3")
    yield s
    s.close()


def test_add_list_note_delete(store: MarkStore, seed_doc: Document) -> None:
    report = seed_doc.source_hash
    start = seed_doc.text.index("华侨城")
    mark = store.add(report, make_mark(seed_doc, "highlight", start, start + 3, color="green"))
    assert mark.id is not None
    store.update_note(mark.id, "重点关注")
    (saved,) = store.marks(report)
    assert (saved.quote, saved.color, saved.note) == ("华侨城", "green", "重点关注")
    assert saved.section_path[0] == "一、2018年工作回顾"
    store.delete(mark.id)
    assert store.marks(report) == []
    store.add(report, saved)  # undo: the same mark, with its id, comes back
    assert [m.id for m in store.marks(report)] == [saved.id]


def test_reading_position_per_report(store: MarkStore) -> None:
    store.set_position("a", 120)
    store.set_position("b", 7)
    store.set_position("a", 300)
    assert (store.position("a"), store.position("b"), store.position("none")) == (300, 7, 0)


def test_wal_and_schema_version(store: MarkStore) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_store_dropped_unclosed_closes_its_database(tmp_path: Path) -> None:
    """A window destroyed without its closeEvent must not leave the connection open."""
    import gc

    store = MarkStore(tmp_path / "marks.sqlite3")
    conn = store._conn
    assert conn is not None
    del store
    gc.collect()
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")


def test_migrates_a_version_1_database(tmp_path: Path) -> None:
    from shigu_gui.store.database import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[1])
    conn.execute("INSERT INTO marks (report, kind, quote, section_path, created, updated) "
                 "VALUES ('r', 'bookmark', '一、', '一、', 'x', 'x')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = MarkStore(path)
    assert [m.quote for m in store.marks("r")] == ["一、"]
    store.set_position("r", 5)
    assert store.position("r") == 5
    store.close()


def test_mark_survives_new_offsets(seed_text: str, seed_doc: Document) -> None:
    start = seed_doc.text.index("华侨城重组控股")
    mark = make_mark(seed_doc, "highlight", start, start + 7)
    # a "better parser": the displayed text gains a line, so every offset moves
    moved = parse_report("（内部资料）\n" + seed_text)
    placed = place(moved, mark)
    assert placed.placed
    assert moved.text[placed.start: placed.end] == "华侨城重组控股"
    assert placed.start != start


def test_context_chooses_between_repeated_quotes(seed_doc: Document) -> None:
    positions = [i for i in range(len(seed_doc.text)) if seed_doc.text.startswith("华侨城", i)]
    assert len(positions) > 1
    mark = make_mark(seed_doc, "highlight", positions[1], positions[1] + 3)
    assert place(seed_doc, mark).start == positions[1]


def test_a_mark_that_cannot_be_placed_is_listed_not_dropped(seed_doc: Document) -> None:
    gone = make_mark(seed_doc, "note", 10, 20, note="旧批注")
    gone = gone.__class__(**{**gone.__dict__, "quote": "这段文字已经不在报告里"})
    kept = make_mark(seed_doc, "bookmark", seed_doc.flat_sections[0].start, seed_doc.flat_sections[0].heading_end)
    placed = place_all(seed_doc, [gone, kept])
    assert [p.placed for p in placed] == [True, False]
    assert "未定位" in to_markdown(seed_doc, placed)


def test_markdown_and_json_round_trip(store: MarkStore, seed_doc: Document) -> None:
    report = seed_doc.source_hash
    start = seed_doc.text.index("华侨城")
    store.add(report, make_mark(seed_doc, "highlight", start, start + 3, note="<script>alert(1)</script>"))
    store.add(report, section_mark(seed_doc, 1, "bookmark"))
    marks = store.marks(report)
    md = to_markdown(seed_doc, place_all(seed_doc, marks))
    assert "石鼓区2019年政府工作报告 · 一、2018年工作回顾" in md
    assert "> 华侨城" in md
    exported = to_json(seed_doc, marks)
    assert json.loads(exported)["report"]["hash"] == report
    report_hash, imported = from_json(exported)
    assert report_hash == report
    assert store.merge(report, imported) == 0  # nothing new: no duplicates
    other = MarkStore(store.path.parent / "other.sqlite3")
    assert other.merge(report, imported) == 2
    assert [(m.kind, m.quote, m.note) for m in other.marks(report)] == [(m.kind, m.quote, m.note) for m in marks]
    other.close()
    with pytest.raises(ValueError):
        from_json("{}")


def test_corrupt_database_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "marks.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    store = MarkStore(path)
    assert "损坏" in store.warning
    assert "\n" not in store.warning
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not a database")
    store.add("r", make_mark(parse_report("各位代表：\n一、回顾\n正文内容。"), "bookmark", 6, 9))
    assert store.integrity() == "ok"
    store.close()


def test_unwritable_folder_refuses_marks_but_reads(tmp_path: Path) -> None:
    store = MarkStore(Path("/proc/self/shigu-gui-test/marks.sqlite3"))  # no one may write under /proc
    assert store.read_only
    assert "无法写入" in store.warning
    assert store.marks("r") == []
    assert store.position("r") == 0
    store.set_position("r", 3)  # silently kept in memory only
    with pytest.raises(MarksError):
        store.add("r", make_mark(parse_report("各位代表：\n一、回顾\n正文内容。"), "bookmark", 6, 9))


WRITER = r"""
import sys
from pathlib import Path
from shigu_gui.model.marks import Mark
from shigu_gui.store import MarkStore
store = MarkStore(Path(sys.argv[1]))
i = 0
while True:
    mark = store.add("report", Mark(kind="note", quote=f"第{i}条", section_path=("一、",), note="x" * 200))
    print(mark.id, flush=True)
    i += 1
"""


def test_killed_while_writing_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "marks.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    committed: list[int] = []
    deadline = time.monotonic() + 30
    assert proc.stdout is not None
    while len(committed) < 200 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.strip():
            committed.append(int(line))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert len(committed) >= 200
    store = MarkStore(path)
    ids = {m.id for m in store.marks("report")}
    assert set(committed) <= ids
    assert store.integrity() == "ok"
    store.close()


def test_a_failing_read_shows_no_marks_and_is_logged(store: MarkStore, caplog: pytest.LogCaptureFixture) -> None:
    """A database that fails under the reader (here its table is gone) costs the marks, not the report."""
    other = sqlite3.connect(store.path)
    other.executescript("DROP TABLE marks; DROP TABLE positions;")
    other.close()
    with caplog.at_level("WARNING", logger="shigu_gui.store"):
        assert store.marks("r") == []
        assert store.position("r") == 0
        store.set_position("r", 5)
    assert len(caplog.records) == 3


def test_two_readers_opening_a_fresh_folder_at_once_both_keep_marks(tmp_path: Path) -> None:
    """Two windows started together: the second waits for the first one's migration instead of
    reporting the folder unwritable (before: 'database is locked', marks off, in most tries)."""
    import multiprocessing

    from .store_race import open_and_mark

    context = multiprocessing.get_context("spawn")  # no copy of this process's threads (Qt's)
    jobs, results = context.Queue(), context.Queue()
    barrier = context.Barrier(2)
    workers = [context.Process(target=open_and_mark, args=(jobs, barrier, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    failures = []
    try:
        for attempt in range(100):
            folder = tmp_path / f"data{attempt}"
            jobs.put(str(folder))
            jobs.put(str(folder))
            outcome = [results.get(timeout=60), results.get(timeout=60)]
            failures += [warning for _, warning in outcome if warning != "ok"]
            store = MarkStore(folder / "marks.sqlite3")
            assert len(store.marks("report")) == 2
            store.close()
    finally:
        for _ in workers:
            jobs.put(None)
        for worker in workers:
            worker.join(timeout=30)
    assert failures == []


def test_the_reason_marks_are_off_is_the_real_one(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    store = MarkStore(blocker / "marks.sqlite3")  # its folder cannot be made: not a directory
    assert store.read_only
    assert "Not a directory" in store.warning or "not a directory" in store.warning.lower()
    path = tmp_path / "locked" / "marks.sqlite3"
    MarkStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA user_version = 0")  # makes the next open migrate, which needs the write lock
    holder.execute("BEGIN EXCLUSIVE")
    import shigu_gui.store.database as store_module

    original = store_module.OPEN_TIMEOUT
    store_module.OPEN_TIMEOUT = 0.3
    try:
        locked = MarkStore(path)
    finally:
        store_module.OPEN_TIMEOUT = original
        holder.execute("ROLLBACK")
        holder.close()
    assert locked.read_only
    assert "another program" in locked.warning
    locked.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_marks_database_turns_marks_off_at_once(tmp_path: Path) -> None:
    """sqlite3.connect on a FIFO blocks for ever: the store is made in another interpreter, and
    the whole start (the window, with the library's tab) too, each with a timeout."""
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "marks.sqlite3")
    os.mkfifo(data / "library.sqlite3")
    code = ("import sys, pathlib\nfrom shigu_gui.store import MarkStore\n"
            "s = MarkStore(pathlib.Path(sys.argv[1]))\n"
            "print(s.read_only, s.marks('r'), s.position('r'), s.warning)")
    result = subprocess.run([sys.executable, "-c", code, str(data / "marks.sqlite3")], capture_output=True,
                            text=True, timeout=10, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("True [] 0 ") and "not a regular file" in result.stdout
    env = {**os.environ, "SHIGU_GUI_DATA": str(data), "QT_QPA_PLATFORM": "offscreen"}
    shot = subprocess.run([sys.executable, "-m", "shigu_gui", "--screenshot", str(tmp_path / "w.png"),
                           "--tab", "library", "--size", "800x600"], capture_output=True, text=True, timeout=60,
                          env=env, check=False)
    assert shot.returncode == 0, shot.stderr
    assert (tmp_path / "w.png").stat().st_size > 0


def test_a_copied_passage_and_an_exported_mark_cite_the_same_place(seed_doc: Document) -> None:
    from shigu_gui.model.marks import cited_passage

    start = seed_doc.text.index("华侨城")
    copied = cited_passage(seed_doc, start - 1, start + 4)
    quote, where = copied.split("\n——")
    assert quote == seed_doc.text[start - 1: start + 4].strip()
    assert where.startswith(f"{seed_doc.title} · 一、2018年工作回顾")
    mark = make_mark(seed_doc, "highlight", start, start + 3)
    assert f"——{where}" in to_markdown(seed_doc, place_all(seed_doc, [mark])).splitlines()
    assert cited_passage(seed_doc, 0, 3).endswith(f"——{seed_doc.title}")  # the title block: no section
