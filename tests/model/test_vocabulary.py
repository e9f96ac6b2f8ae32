"""The one vocabulary of indicators: every part of the app names a figure's indicator by it."""

from __future__ import annotations

import pytest

from shigu_gui.model import parse_report
from shigu_gui.model.charts import growth_pairs
from shigu_gui.model.dump import indicators_json
from shigu_gui.model.vocabulary import (
    BY_ID,
    HEADLINES,
    VOCABULARY,
    canonical_id,
    figure_id,
    headline,
    headline_growth,
    is_gdp,
)


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
    ("社会消费品零售总额", "retail_sales"), ("全社会固定资产投资", "fixed_investment"), ("新增城镇就业", "urban_jobs"),
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


def gdp_figures(doc: object, kind: str) -> list[tuple[float | None, float | None, int | None, str | None]]:
    return [(i.value, i.growth, i.year, i.qualifier) for i in doc.indicators  # type: ignore[attr-defined]
            if i.kind == kind and figure_id(i) == "gdp"]


def test_a_change_of_a_ratio_to_gdp_is_not_a_gdp_target() -> None:
    doc = report("全年工作顺利。", "今年经济社会发展的主要预期目标是：经济增长5.5%左右；"
                 "社会物流总费用与生产总值的比率再降低0.3个百分点。")
    assert gdp_figures(doc, "target") == [(None, 5.5, 2025, "左右")]
    ratio = next(i for i in doc.indicators if "比率" in i.name)  # type: ignore[attr-defined]
    assert (ratio.name, ratio.value, ratio.unit) == ("社会物流总费用与生产总值的比率", -0.3, "个百分点")
    # a GDP name with a value in a unit not of its family is no GDP figure either
    odd = report("全年工作顺利。", "地区生产总值再提高0.3个百分点。")
    assert gdp_figures(odd, "target") == []


def test_a_five_year_goal_is_never_the_plan_years_figure() -> None:
    doc = report("全年工作顺利。", "今后五年，国内生产总值年均增长7%，2015年国内生产总值将超过55万亿元。"
                 "今年国内生产总值增长8%左右。", review_year=2010)
    goal = next(i for i in doc.indicators if i.value == 55.0)  # type: ignore[attr-defined]
    assert (goal.name, goal.year, goal.qualifier) == ("国内生产总值", 2015, "超过")
    assert gdp_figures(doc, "target") == [(55.0, None, 2015, "超过"), (None, 8.0, 2011, "左右")]
    target = headline_growth(doc, "target")  # type: ignore[arg-type]
    assert target is not None and (target.growth, target.year) == (8.0, 2011)


def test_the_product_of_one_sector_is_not_gdp() -> None:
    doc = report("工业生产总值增长19.7%。一九四九年农业生产总值326亿元。", review_year=1956)
    assert gdp_figures(doc, "actual") == []
    assert {figure_id(i) for i in doc.indicators} == {"industrial_output", "agricultural_output"}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("sentence", "total"), [
    ("全省地区生产总值突破13万亿元，增长5.2%。", "13万亿元"), ("地区生产总值超过5万亿元，增长5.2%。", "5万亿元"),
])
def test_a_totals_qualifier_does_not_stick_to_its_growth(sentence: str, total: str) -> None:
    from shigu_gui.model.charts import growth_text, value_text

    doc = report(sentence)
    (figure,) = doc.indicators  # type: ignore[attr-defined]
    assert (figure.growth, figure.growth_qualifier) == (5.2, None)
    assert figure.qualifier in ("突破", "超过")
    assert (value_text(figure), growth_text(figure)) == (figure.qualifier + total, "+5.2%")


def test_a_growths_qualifier_is_kept_beside_a_total() -> None:
    from shigu_gui.model.charts import growth_text, value_text

    doc = report("全年工作顺利。", "今年地区生产总值5.6万亿元，增长5%左右。")
    (figure,) = doc.indicators  # type: ignore[attr-defined]
    assert (figure.value, figure.growth, figure.qualifier, figure.growth_qualifier) == (5.6, 5.0, None, "左右")
    assert (value_text(figure), growth_text(figure)) == ("5.6万亿元", "+5%左右")
    # a total and its growth each with its own: '约5.6万亿元，增长5%左右'
    both = report("全年工作顺利。", "今年地区生产总值约5.6万亿元，增长5%左右。")
    (figure,) = both.indicators  # type: ignore[attr-defined]
    assert (value_text(figure), growth_text(figure)) == ("约5.6万亿元", "+5%左右")


def test_a_figure_of_several_years_is_no_years_figure_of_its_indicator() -> None:
    doc = report("五年全社会固定资产投资10万亿元。五年来城镇新增就业3555万人。全社会固定资产投资2.8万亿元。")
    assert [(i.name, figure_id(i)) for i in doc.indicators] == [  # type: ignore[attr-defined]
        ("五年全社会固定资产投资", None), ("五年来城镇新增就业", None), ("全社会固定资产投资", "fixed_investment")]
