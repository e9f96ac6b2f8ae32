"""The one vocabulary of indicators: every part of the app names a figure's indicator by it."""

from __future__ import annotations

import pytest

from shigu_gui.model import parse_report
from shigu_gui.model.charts import growth_pairs
from shigu_gui.model.dump import indicators_json
from shigu_gui.model.vocabulary import BY_ID, HEADLINES, VOCABULARY, canonical_id, headline, headline_growth, is_gdp


def report(review: str, plan: str = "今年工作顺利。", review_year: int = 2024) -> object:
    return parse_report(f"各位代表：\n一、{review_year}年工作回顾\n{review}\n二、{review_year + 1}年工作安排\n{plan}")


@pytest.mark.parametrize(("name", "expected"), [
    # the names reports give GDP, national, provincial, city and district
    ("国内生产总值", "gdp"), ("地区生产总值（GDP）", "gdp"), ("全州生产总值", "gdp"), ("区属地区生产总值", "gdp"),
    ("国民生产总值", "gdp"), ("GDP", "gdp"), ("经济", "gdp"), ("经济总量", "gdp"), ("经济增速", "gdp"),
    ("全省经济", "gdp"), ("中央提出今年经济增长预期目标", "gdp"), ("区增加值", "gdp"),
    # names that speak of GDP without being it
    ("单位国内生产总值能耗", None), ("人均地区生产总值", None), ("海洋生产总值", None), ("数字经济", None),
    ("全社会研发经费支出与国内生产总值之比", None), ("社会物流总费用与生产总值的比率", None),
    ("全社会研发经费支出相当于全市生产总值的比例", None), ("区属规模以上工业增加值", "industry_value_added"),
    ("工业经济增长", None),
    # an older report's headline and its parts are indicators of their own, never GDP
    ("工农业总产值", "gross_output"), ("工农业生产总值", "gross_output"),
    ("工业生产总值", "industrial_output"), ("工业总产值", "industrial_output"),
    ("农业生产总值", "agricultural_output"), ("农业总产值", "agricultural_output"),
    ("国民收入", "national_income"), ("人均国民收入", None),
    # the other indicators of the matrix
    ("地方一般公共预算收入", "budget_revenue"), ("城镇居民人均可支配收入", "urban_income"),
    ("居民人均可支配收入", "resident_income"), ("农民人均纯收入", "rural_income"),
    ("城镇调查失业率", "unemployment"), ("居民消费价格涨幅", "cpi"), ("粮食总产量", "grain_output"),
])
def test_one_id_for_the_names_of_one_indicator(name: str, expected: str | None) -> None:
    assert canonical_id(name) == expected
    assert is_gdp(name) is (expected == "gdp")


def test_every_concept_is_complete_data() -> None:
    assert len(BY_ID) == len(VOCABULARY)
    for concept in VOCABULARY:
        assert concept.label and concept.label_en and concept.phrasings, concept.id
        assert concept.unit in {"money", "percent", "people", "mass"}, concept.id
        # every phrasing names its own concept: no earlier entry takes it
        for phrasing in concept.phrasings:
            assert canonical_id(phrasing) == concept.id, (concept.id, phrasing)
    assert [c.id for c in HEADLINES] == ["gdp", "gross_output", "national_income", "industrial_output"]


def test_an_economic_growth_target_is_the_gdp_target() -> None:
    # 1997–2004 national reports: '经济增长预期目标为7%左右', the reader's and the library's GDP target
    doc = report("国内生产总值增长8.8%。", "今年经济增长预期目标为7%左右。")
    target = headline_growth(doc, "target")  # type: ignore[arg-type]
    assert target is not None and (target.growth, target.qualifier, target.year) == (7.0, "左右", 2025)
    assert canonical_id(target.name) == "gdp"
    rows = {(r["name"], r["kind"]): r["canonical"] for r in indicators_json(doc)}  # type: ignore[arg-type]
    assert rows[(target.name, "target")] == "gdp"
    # the reader's growth chart pairs it with last year's GDP growth, whatever each is called
    pairs = growth_pairs(doc.indicators)  # type: ignore[attr-defined]
    assert [(p.actual.indicator.growth, p.target.indicator.growth) for p in pairs if p.actual and p.target] == [
        (8.8, 7.0)]


def test_an_older_report_is_headed_by_its_gross_output_never_called_gdp() -> None:
    doc = report("工农业总产值比上年增长百分之十。国民收入增长百分之七。", "工农业总产值计划增长百分之八。",
                 review_year=1978)
    assert headline_growth(doc, "actual") is None  # type: ignore[arg-type]
    found = headline(doc, "actual")  # type: ignore[arg-type]
    assert found is not None
    concept, figure = found
    assert (concept.id, concept.label, figure.growth) == ("gross_output", "工农业总产值", 10.0)
    planned = headline(doc, "target")  # type: ignore[arg-type]
    assert planned is not None and (planned[0].id, planned[1].growth) == ("gross_output", 8.0)


def test_gdp_heads_a_report_that_states_it() -> None:
    doc = report("国民生产总值增长百分之九点四，工农业总产值增长百分之十六点五。", review_year=1987)
    found = headline(doc, "actual")  # type: ignore[arg-type]
    assert found is not None and (found[0].id, found[1].growth) == ("gdp", 9.4)
