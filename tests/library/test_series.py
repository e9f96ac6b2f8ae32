"""Library charts place each figure at the year it describes (no Qt): an actual at the year under
review, a target at the plan year, labelled as a reader says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from shigu_gui.library import Library, add_paths
from shigu_gui.library.series import across_places, across_years, figure_year_label, years_of


def _report(place: str, year: int, actual: float, target: float) -> str:
    return (
        f"{year}年{place}政府工作报告\n——{year}年1月15日在{place}第十六届人民代表大会第三次会议上\n"
        f"各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、{year - 1}年工作回顾\n"
        f"全市地区生产总值增长{actual}%。\n二、{year}年工作安排\n"
        f"今年主要预期目标是：地区生产总值增长{target}%左右。\n"
    )


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "reports"
    folder.mkdir()
    for place, year, actual, target in (("甲市", 2024, 5.1, 5.0), ("甲市", 2025, 5.4, 5.5), ("乙市", 2025, 4.8, 5.0)):
        (folder / f"{place}{year}.txt").write_text(_report(place, year, actual, target), encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    add_paths(lib, [folder])
    yield lib
    lib.close()


def test_an_actual_stands_at_the_year_under_review(library: Library) -> None:
    cells = library.matrix(("gdp",))
    actual = [(c.year, c.describes, c.growth) for c in cells if c.kind == "actual" and c.place == "甲市"]
    assert actual == [(2024, 2023, 5.1), (2025, 2024, 5.4)]
    points = across_years(cells, "gdp", "actual", "甲市")
    assert [(p.label, p.value) for p in points] == [("2023年实际", 5.1), ("2024年实际", 5.4)]
    targets = across_years(cells, "gdp", "target", "甲市", english=True)
    assert [(p.label, p.value) for p in targets] == [("2024 target", 5.0), ("2025 target", 5.5)]


def test_places_are_compared_for_the_year_their_figures_describe(library: Library) -> None:
    cells = library.matrix(("gdp",))
    assert years_of(cells) == [2025, 2024, 2023]
    assert [(p.label, p.value) for p in across_places(cells, "gdp", "actual", 2024)] == [("甲市", 5.4), ("乙市", 4.8)]
    assert [p.label for p in across_places(cells, "gdp", "target", 2024)] == ["甲市"]
    assert across_places(cells, "gdp", "actual", 2025) == []  # no report has reviewed 2025 yet


def test_a_figure_year_label() -> None:
    assert figure_year_label(2024, "actual") == "2024年实际"
    assert figure_year_label(2025, "target") == "2025年目标"
    assert figure_year_label(None, "target") == "?"
