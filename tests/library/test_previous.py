"""新旧对照's default partner: the same place's report of the year before, from the library."""

from __future__ import annotations

from pathlib import Path

from shigu_gui.library.db import ReportEntry
from shigu_gui.library.previous import previous_report


def _entry(path: Path, year: int | None, place: str, status: str = "ok") -> ReportEntry:
    path.write_text("x", encoding="utf-8")
    return ReportEntry(1, 1, str(path), "t", year, place, "province", 3, status)


def test_the_year_before_of_the_same_place(tmp_path: Path) -> None:
    entries = [
        _entry(tmp_path / "a.txt", 2023, "江苏省"),
        _entry(tmp_path / "b.txt", 2024, "江苏省"),
        _entry(tmp_path / "c.txt", 2024, "四川省"),
        _entry(tmp_path / "d.txt", 2024, "江苏省", status="duplicate: b.txt"),
        _entry(tmp_path / "e.txt", 2025, "江苏省"),
    ]
    assert previous_report(entries, "江苏省", 2025).path == str(tmp_path / "b.txt")
    assert previous_report(entries, "江苏省", 2024).path == str(tmp_path / "a.txt")
    assert previous_report(entries, "四川省", 2025).path == str(tmp_path / "c.txt")  # the latest earlier one
    assert previous_report(entries, "江苏省", 2023) is None
    assert previous_report(entries, "", 2025) is None and previous_report(entries, "江苏省", None) is None


def test_never_the_report_itself_nor_a_file_gone(tmp_path: Path) -> None:
    gone = _entry(tmp_path / "gone.txt", 2024, "上海市")
    (tmp_path / "gone.txt").unlink()
    itself = _entry(tmp_path / "same.txt", 2024, "上海市")
    assert previous_report([gone, itself], "上海市", 2025, this_path=tmp_path / "same.txt") is None
