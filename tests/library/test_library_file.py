"""The library file: busy is not damaged, a file not ours is left untouched, two adds at once,
special files refused. No Qt."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from shigu_gui.library import Library, LibraryError, add_paths, schema
from tests.conftest import SEED

BUSY = "文库正由另一个窗口或命令更新"


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder / "石鼓区2019.txt")
    for year in range(2015, 2021):
        (folder / f"{year}年某市政府工作报告.txt").write_text(
            f"{year}年某市政府工作报告\n各位代表：\n一、{year - 1}年工作回顾\n"
            f"地区生产总值增长{year % 7}.5%，试样文本。\n"
            f"二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n", encoding="utf-8")
    return folder


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "OPEN_TIMEOUT", 0.3)


@contextlib.contextmanager
def writer_holding_the_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another command in the middle of a long write transaction."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO meta VALUES ('another', 'writer')")
    try:
        yield con
    finally:
        con.execute("ROLLBACK")
        con.close()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_reader_lists_and_searches_while_another_command_writes(tmp_path: Path, reports: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        add_paths(lib, [reports])
    before = names(tmp_path)
    with writer_holding_the_lock(path):
        start = time.monotonic()
        with Library(path) as lib:
            entries = lib.reports()
            found = lib.search("试样文本")
        took = time.monotonic() - start
    assert took < 0.5
    assert len(entries) == 7 and all(e.status == "ok" for e in entries)
    assert len(found) == 6
    assert names(tmp_path) == before  # nothing set aside


def test_a_report_gone_while_another_command_writes_is_missing_all_the_same(tmp_path: Path, reports: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        add_paths(lib, [reports])
    (reports / "2016年某市政府工作报告.txt").unlink()
    with writer_holding_the_lock(path), Library(path) as lib:
        start = time.monotonic()
        statuses = {Path(e.path).name: e.status for e in lib.reports()}
        years = [r.year for r in lib.search("试样文本")]
        assert time.monotonic() - start < 1.0
    assert statuses["2016年某市政府工作报告.txt"] == "missing"
    assert 2016 not in years and len(years) == 5
    with Library(path) as lib:  # written by the next reading
        lib.refresh_missing()
        assert lib.file_row(str(reports / "2016年某市政府工作报告.txt"))["status"] == "missing"  # type: ignore[index]


def test_a_write_waits_then_says_busy_and_never_sets_the_file_aside(tmp_path: Path, reports: Path,
                                                                     short_wait: None) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        add_paths(lib, [reports / "石鼓区2019.txt"])
    before = names(tmp_path)
    with writer_holding_the_lock(path), Library(path) as lib:
        assert lib.warning == ""
        with pytest.raises(LibraryError, match=BUSY):
            add_paths(lib, [reports])
    assert names(tmp_path) == before
    with Library(path) as lib:
        assert [Path(e.path).name for e in lib.reports()] == ["石鼓区2019.txt"]


def test_a_new_library_being_made_by_another_command_is_busy_not_damaged(tmp_path: Path, short_wait: None) -> None:
    path = tmp_path / "library.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # an empty file, locked before its schema is written
    try:
        with pytest.raises(LibraryError, match=BUSY):
            Library(path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert names(tmp_path) == ["library.sqlite3"]
    with Library(path) as lib:
        assert lib.reports() == [] and lib.warning == ""


@pytest.mark.parametrize("content", [
    b"", b"my notes\n" * 200, "笔记：不是数据库。\n".encode() * 300, b"\x00" * 4096,
    b"SQLite format 2\x00" + b"x" * 100,
])
def test_a_file_that_is_no_sqlite_database_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(content)
    if not content:  # an empty file is a new library
        Library(notes).close()
        return
    with pytest.raises(LibraryError, match="Not a library file"):
        Library(notes)
    assert notes.read_bytes() == content
    assert names(tmp_path) == ["notes.txt"]


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "contacts.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE people (name TEXT)")
    con.execute("CREATE TABLE meta (name TEXT, size INTEGER)")  # a table named as ours, not ours
    con.execute("INSERT INTO people VALUES ('某某')")
    con.commit()
    con.close()
    content = other.read_bytes()
    with pytest.raises(LibraryError, match="another program's SQLite database"):
        Library(other)
    assert other.read_bytes() == content
    assert names(tmp_path) == ["contacts.db"]


def test_a_damaged_page_inside_is_set_aside(tmp_path: Path, reports: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        add_paths(lib, [reports])
        lib.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # the first page's content: the schema's root
    path.write_bytes(bytes(data))
    with Library(path) as lib:
        assert "damaged" in lib.warning
        assert all(e.status.startswith("failed: ") for e in lib.reports())
    assert any(".damaged-" in name for name in names(tmp_path))


def test_an_empty_sqlite_database_becomes_a_library(tmp_path: Path, reports: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with Library(path) as lib:
        assert add_paths(lib, [reports / "石鼓区2019.txt"]).added


def test_two_adds_at_once_both_succeed_and_store_each_report_once(tmp_path: Path, reports: Path) -> None:
    path = tmp_path / "library.sqlite3"
    command = [sys.executable, "-m", "shigu_gui", "library", "--db", str(path), "add", str(reports)]
    env = {**os.environ, "SHIGU_GUI_DATA": str(tmp_path / "data")}
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outcomes = [run.communicate(timeout=60) for run in runs]
    for run, (_out, err) in zip(runs, outcomes, strict=True):
        assert run.returncode == 0, err.decode()
        assert err == b""
    with Library(path) as lib:
        entries = lib.reports()
        assert sorted(Path(e.path).name for e in entries) == sorted(p.name for p in reports.iterdir())
        assert all(e.status == "ok" for e in entries)
        assert lib.stats()["docs"] == 7
        assert [r.count for r in lib.search("试样文本")] == [1] * 6


def test_storing_the_same_bytes_twice_keeps_one_document(tmp_path: Path, reports: Path) -> None:
    """What the second of two adds does when the first stored the report after it looked."""
    from shigu_gui.library.indexer import prepare_report
    from shigu_gui.model.reading import read_report_file

    seed = reports / "石鼓区2019.txt"
    data, digest = read_report_file(seed)
    ready = prepare_report(data, str(seed))
    assert not isinstance(ready, str)
    with Library(tmp_path / "library.sqlite3") as lib:
        first = lib.store(ready, digest)
        assert lib.store(ready, digest) == first
        lib.commit()
        assert lib.stats()["docs"] == 1


def fifo_check(code: str, path: Path) -> subprocess.CompletedProcess[str]:
    """Run code in another interpreter: a FIFO would block it for ever, not this test."""
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=10,
                          check=False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_library_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "library.sqlite3"
    os.mkfifo(fifo)
    result = fifo_check("import sys, pathlib\nfrom shigu_gui.library import Library, LibraryError\n"
                        "try:\n    Library(pathlib.Path(sys.argv[1]))\nexcept LibraryError as exc:\n    print(exc)",
                        fifo)
    assert result.returncode == 0, result.stderr
    assert "not a regular file" in result.stdout
    assert names(tmp_path) == ["library.sqlite3"]


@pytest.mark.parametrize(("error", "busy", "damaged"), [
    (sqlite3.OperationalError("database is locked"), True, False),
    (sqlite3.OperationalError("database table is locked"), True, False),
    (sqlite3.DatabaseError("file is not a database"), False, True),
    (sqlite3.DatabaseError("database disk image is malformed"), False, True),
    (sqlite3.OperationalError("no such column: value"), False, False),
])
def test_without_sqlite_error_codes_the_message_tells(error: sqlite3.Error, busy: bool, damaged: bool) -> None:
    """Python 3.10 has no sqlite_errorcode (nor has an error made by hand): the message decides."""
    from shigu_gui.sqlite_file import is_busy, is_damaged

    assert getattr(error, "sqlite_errorcode", None) is None
    assert (is_busy(error), is_damaged(error)) == (busy, damaged)


def test_the_library_fingerprint_builds_on_the_parse_cache_fingerprint(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A new parser re-reads the library's reports, and so does a change to the library's own code."""
    from shigu_gui.model import cache

    assert schema.library_fingerprint().startswith(f"{cache.parser_fingerprint()}/{schema.SCHEMA_VERSION}:")
    code = tmp_path / "library"
    code.mkdir()
    (code / "segments.py").write_text("LONGEST = 1500\n", encoding="utf-8")
    monkeypatch.setattr(schema, "_LIBRARY_DIR", code)
    before = schema.library_fingerprint()
    (code / "segments.py").write_text("LONGEST = 1000\n", encoding="utf-8")
    assert schema.library_fingerprint() != before
