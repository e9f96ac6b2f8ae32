"""The parser on other real reports, read from ../shared/corpus when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from shigu_gui.model import Document, load_report

from ..conftest import CORPUS

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")

# file stem → (top-level titles, starting with these, glossary entries, a headline indicator)
EXPECTED = {
    "2008_national_国务院": (["过去五年工作回顾", "2008年主要任务"], 0, "国内生产总值"),
    "2019_national_国务院": (
        ["2018年工作回顾", "2019年经济社会发展总体要求和政策取向", "2019年政府工作任务"], 0, "国内生产总值",
    ),
    "2020_municipality_上海": (
        ["2019年工作回顾", "2020年主要任务", "推进政府治理体系和治理能力现代化"], 0, "全市生产总值",
    ),
    "2025_province_四川": (
        ["2024年工作回顾", "2025年工作安排建议", "加强政府自身建设", "名词解释"], 50, "地区生产总值",
    ),
    "2025_province_广东": (
        ["2024年工作回顾", "2025年工作安排", "附件1 2025年省十件民生实事", "附件2 名词解释"], 18,
        "地区生产总值",
    ),
    "2025_province_广东.bold-marked": (
        ["2024年工作回顾", "2025年工作安排", "附件1 2025年省十件民生实事", "附件2 名词解释"], 18,
        "地区生产总值",
    ),
}


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.fixture(scope="module", params=corpus_files(), ids=lambda p: p.stem)
def report(request: pytest.FixtureRequest) -> tuple[str, Document]:
    return request.param.stem, load_report(request.param)


def test_top_level_parts(report: tuple[str, Document]) -> None:
    stem, doc = report
    expected = EXPECTED.get(stem)
    if expected is None:
        pytest.skip("no expectations written for this file")
    assert [s.title for s in doc.sections] == expected[0]
    assert "政府工作报告" in doc.title


def test_glossary_entries(report: tuple[str, Document]) -> None:
    stem, doc = report
    expected = EXPECTED.get(stem)
    if expected is None:
        pytest.skip("no expectations written for this file")
    assert len(doc.glossary) == expected[1]
    if doc.glossary:
        assert [g.number for g in doc.glossary] == list(range(1, expected[1] + 1))
        found = sum(1 for g in doc.glossary if g.occurrences)
        assert found >= 0.8 * len(doc.glossary)


def test_headline_indicator(report: tuple[str, Document]) -> None:
    stem, doc = report
    expected = EXPECTED.get(stem)
    if expected is None:
        pytest.skip("no expectations written for this file")
    names = {i.name for i in doc.indicators}
    assert any(expected[2] in name for name in names), sorted(names)[:40]
    assert any(i.kind == "target" for i in doc.indicators)
    assert any(i.kind == "actual" for i in doc.indicators)
