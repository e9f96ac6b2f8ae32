"""最近打开 as the store keeps it: by path, most recent first, ten at most, across restarts (no Qt)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.store import MarkStore
from shigu_gui.store.database import MIGRATIONS
from shigu_gui.store.recent import RECENT_MAX


@pytest.fixture
def store(tmp_path: Path) -> MarkStore:
    s = MarkStore(tmp_path / "data" / "marks.sqlite3")
    yield s
    s.close()


def paths_of(store: MarkStore) -> list[str]:
    return [Path(entry.path).name for entry in store.recent()]


def test_most_recent_first_and_a_reopened_report_moves_up(store: MarkStore, tmp_path: Path) -> None:
    for name in ("a.txt", "b.docx", "c.pdf"):
        store.add_recent(tmp_path / name, f"{name} 的标题", 2024, "某省")
    assert paths_of(store) == ["c.pdf", "b.docx", "a.txt"]
    store.add_recent(tmp_path / "a.txt", "新标题", None, "")
    assert paths_of(store) == ["a.txt", "c.pdf", "b.docx"]
    first = store.recent()[0]
    assert (first.title, first.year, first.place) == ("新标题", None, "")  # what the last opening read
    assert store.last_report() == (tmp_path / "a.txt").resolve()


def test_ten_at_most(store: MarkStore, tmp_path: Path) -> None:
    for i in range(RECENT_MAX + 5):
        store.add_recent(tmp_path / f"{i}.txt", str(i), None, "")
    assert paths_of(store) == [f"{i}.txt" for i in range(RECENT_MAX + 4, 4, -1)]


def test_keyed_by_the_resolved_path(store: MarkStore, tmp_path: Path) -> None:
    """The same file by another spelling is one entry; the same report as TXT and DOCX is two."""
    (tmp_path / "sub").mkdir()
    store.add_recent(tmp_path / "sub" / ".." / "r.txt", "报告", 2020, "某市")
    store.add_recent(tmp_path / "r.txt", "报告", 2020, "某市")
    store.add_recent(tmp_path / "r.docx", "报告", 2020, "某市")
    assert paths_of(store) == ["r.docx", "r.txt"]
    assert all(Path(entry.path).is_absolute() for entry in store.recent())


def test_forget_and_clear(store: MarkStore, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        store.add_recent(tmp_path / name, name, None, "")
    store.forget_recent(str((tmp_path / "b.txt").resolve()))
    assert paths_of(store) == ["c.txt", "a.txt"]
    store.clear_recent()
    assert store.recent() == []
    assert store.last_report() is None


def test_the_list_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "marks.sqlite3"
    first = MarkStore(path)
    first.add_recent(tmp_path / "x.txt", "某市2023年政府工作报告", 2023, "某市")
    first.close()
    again = MarkStore(path)
    (entry,) = again.recent()
    assert (Path(entry.path).name, entry.title) == ("x.txt", "某市2023年政府工作报告")
    assert (entry.year, entry.place) == (2023, "某市")
    again.close()


def test_a_version_2_database_gains_the_list_and_keeps_its_positions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[1] + MIGRATIONS[2])
    conn.execute("INSERT INTO positions (report, offset, updated) VALUES ('r', 42, 'x')")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = MarkStore(path)
    assert store.position("r") == 42
    assert store.recent() == []
    store.add_recent(tmp_path / "r.txt", "报告", None, "")
    assert paths_of(store) == ["r.txt"]
    store.close()


def test_an_older_database_held_by_another_program_lists_nothing_and_notes_nothing(tmp_path: Path) -> None:
    """Another program writes the version-2 database as this one starts: the store reads it without
    the list (marks off for now), and the list's calls neither fail nor write."""
    import shigu_gui.store.database as store_module

    path = tmp_path / "marks.sqlite3"
    MarkStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("DROP TABLE recent")
    holder.execute("PRAGMA user_version = 2")
    holder.execute("BEGIN IMMEDIATE")  # the migration's write lock is taken; readers still read (WAL)
    original = store_module.OPEN_TIMEOUT
    store_module.OPEN_TIMEOUT = 0.3
    try:
        store = MarkStore(path)
        assert store.read_only
        assert store._conn is not None  # read, without the list
        store.add_recent(tmp_path / "a.txt", "报告", None, "")
        store.forget_recent(tmp_path / "a.txt")
        store.clear_recent()
        assert store.recent() == []
        assert store.last_report() is None
        store.close()
    finally:
        store_module.OPEN_TIMEOUT = original
        holder.execute("ROLLBACK")
        holder.close()


def test_a_damaged_row_is_no_entry(store: MarkStore, tmp_path: Path) -> None:
    store.add_recent(tmp_path / "a.txt", "报告", 2020, "")
    assert store._conn is not None
    store._conn.execute("UPDATE recent SET year = 'not a year'")
    (entry,) = store.recent()
    assert entry.year is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=14), max_size=40))
def test_the_list_is_the_last_distinct_openings(tmp_path_factory: pytest.TempPathFactory, opened: list[int]) -> None:
    folder = tmp_path_factory.mktemp("recent")
    store = MarkStore(folder / "marks.sqlite3")
    for i in opened:
        store.add_recent(folder / f"{i}.txt", str(i), None, "")
    expected: list[str] = []
    for i in reversed(opened):
        if f"{i}.txt" not in expected:
            expected.append(f"{i}.txt")
    assert paths_of(store) == expected[:RECENT_MAX]
    store.close()
