"""Search and trend narrowed to a place, a level and a range of years; a trend's rate per 10,000
characters (reports' lengths differ)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shigu_gui.library import Library, add_paths
from shigu_gui.library.records import Narrowing, TrendPoint, parse_years

_MORE = "".join(f"第{n}项：推进城市更新和产业升级，扩大有效投资，稳定就业。" for n in range(1, 30))


def _write(folder: Path, name: str, title: str, times: int) -> None:
    (folder / name).write_text(
        f"{title}\n各位代表：\n一、工作回顾\n{'发展新质生产力。' * times}\n"
        f"二、工作安排\n地区生产总值增长5%左右。\n{_MORE}\n",
        encoding="utf-8")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "reports"
    folder.mkdir()
    _write(folder, "a.txt", "2019年江苏省政府工作报告", 1)
    _write(folder, "b.txt", "2024年江苏省政府工作报告", 2)
    _write(folder, "c.txt", "2024年苏州市政府工作报告", 3)
    _write(folder, "d.txt", "2024年浙江省政府工作报告", 4)
    lib = Library(tmp_path / "library.sqlite3")
    add_paths(lib, [folder])
    yield lib
    lib.close()


def _names(results: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(Path(r.path).name for r in results)


def test_search_narrowed_by_place_level_and_years(library: Library) -> None:
    term = "新质生产力"
    assert _names(library.search(term)) == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert _names(library.search(term, within=Narrowing(place="江苏"))) == ["a.txt", "b.txt"]
    assert _names(library.search(term, within=Narrowing(level="city"))) == ["c.txt"]
    assert _names(library.search(term, within=Narrowing(first=2020, last=2024))) == ["b.txt", "c.txt", "d.txt"]
    assert _names(library.search(term, within=Narrowing(place="江苏", level="province", first=2020))) == ["b.txt"]
    assert library.search(term, within=Narrowing(place="广东")) == []
    assert _names(library.trend(term, Narrowing(last=2019))) == ["a.txt"]


def test_trend_rate_per_ten_thousand_characters(library: Library) -> None:
    points = library.trend("新质生产力")
    for p in points:
        doc_chars = len((Path(p.path)).read_text(encoding="utf-8").rstrip("\n"))
        assert abs(p.chars - doc_chars) <= 2  # the reader's text (line ends aside)
        assert p.rate() == pytest.approx(p.count * 10_000 / p.chars)
        assert p.as_json(10_000)["rate"] == round(p.rate(), 4)
    assert TrendPoint(1, "x", 2020, "", 3, 0).rate() == 0.0  # no length known: no rate, no division by zero


@given(st.integers(1900, 2100), st.integers(0, 50))
def test_parse_years(first: int, span: int) -> None:
    assert parse_years(f"{first}-{first + span}") == (first, first + span)
    assert parse_years(str(first)) == (first, first)
    assert parse_years(f"{first}-") == (first, None)
    assert parse_years(f"-{first}") == (None, first)
    if span:
        with pytest.raises(ValueError, match="2018-2025"):
            parse_years(f"{first + span}-{first}")


@pytest.mark.parametrize("text", ["", "-", "abc", "2020-x", "20２0年"])
def test_parse_years_refuses_with_a_message(text: str) -> None:
    with pytest.raises(ValueError, match="年份范围"):
        parse_years(text)
