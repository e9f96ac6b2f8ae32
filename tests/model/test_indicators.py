"""The seed's indicators, parsed, not written into the code: an edited copy changes them."""

from __future__ import annotations

import pytest

from shigu_gui.model import Document, Indicator, parse_report


def one(doc: Document, name: str, kind: str | None = None) -> Indicator:
    found = [i for i in doc.indicators if i.name == name and (kind is None or i.kind == kind)]
    assert len(found) == 1, (name, found)
    return found[0]


@pytest.mark.parametrize(
    ("name", "value", "unit", "growth"),
    [
        ("地区生产总值", 175.6, "亿元", 9.0),
        ("社会消费品零售总额", 115.6, "亿元", 10.5),
        ("固定资产投资", None, None, 11.4),
        ("规模以上工业增加值", None, None, 8.0),
        ("财政总收入", 27.83, "亿元", 16.74),
        ("城镇居民人均可支配收入", 36586.0, "元", 8.4),
        ("农村居民人均可支配收入", 20904.0, "元", 9.2),
        ("空气优良天数", 289.0, "天", 4.2),
        ("优良率", 83.5, "%", None),
        ("民生支出", 6.89, "亿元", 7.7),
        ("新注册企业", 1035.0, "家", 22.19),
        ("个体工商户", 3086.0, "家", 21.83),
    ],
)
def test_results_of_the_review_year(seed_doc: Document, name, value, unit, growth) -> None:
    ind = one(seed_doc, name, "actual")
    assert (ind.value, ind.unit, ind.growth, ind.year) == (value, unit, growth, 2018)
    assert ind.sentence in seed_doc.text
    assert seed_doc.text[ind.start: ind.end] == ind.sentence


def test_industry_structure_ratio(seed_doc: Document) -> None:
    ind = one(seed_doc, "三次产业结构")
    assert ind.parts == (1.3, 17.4, 81.3)


@pytest.mark.parametrize(
    ("name", "value", "unit", "growth", "qualifier"),
    [
        ("地区生产总值", None, None, 8.5, "左右"),
        ("区级一般公共预算收入", None, None, 5.0, "左右"),
        ("固定资产投资", None, None, 12.0, "左右"),
        ("社会消费品零售总额", None, None, 11.0, "左右"),
        ("新增城镇就业", 3300.0, "人", None, "以上"),
        ("民生支出占比", 70.0, "%", None, "以上"),
        ("空气质量优良率", 80.0, "%", None, "以上"),
    ],
)
def test_targets_of_the_plan_year(seed_doc: Document, name, value, unit, growth, qualifier) -> None:
    ind = one(seed_doc, name, "target")
    assert (ind.value, ind.unit, ind.growth, ind.qualifier, ind.year) == (
        value, unit, growth, qualifier, 2019,
    )


def test_edited_numbers_follow(seed_text: str) -> None:
    edited = seed_text.replace("实现地区生产总值175.6亿元，增长9%", "实现地区生产总值180.2亿元，增长7.5%")
    edited = edited.replace("1.3:17.4:81.3", "2∶18∶80")
    doc = parse_report(edited)
    gdp = one(doc, "地区生产总值", "actual")
    assert (gdp.value, gdp.growth) == (180.2, 7.5)
    assert one(doc, "三次产业结构").parts == (2.0, 18.0, 80.0)


def test_decline_and_range() -> None:
    doc = parse_report(
        "各位代表：\n一、2019年工作回顾\n煤炭消费量下降3.2%。\n"
        "二、2020年工作安排\n主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。"
    )
    assert one(doc, "煤炭消费量").growth == -3.2
    gdp = one(doc, "国内生产总值")
    assert (gdp.kind, gdp.growth, gdp.growth_high, gdp.qualifier) == ("target", 6.0, 6.5, None)
    jobs = one(doc, "城镇新增就业")
    assert (jobs.value, jobs.unit, jobs.qualifier) == (1100.0, "万人", "以上")


def test_no_indicators_from_the_glossary(seed_doc: Document) -> None:
    appendix = seed_doc.sections[-1]
    assert all(i.start < appendix.start for i in seed_doc.indicators)


def test_from_to_and_prefix_qualifiers() -> None:
    doc = parse_report(
        "各位代表：\n一、2018年工作回顾\n城乡居民基础养老金最低标准从每月70元提高到88元。"
        "货物进出口总额超过30万亿元。为企业减税降费约1.3万亿元。落地签约达583.5亿元。"
        "服务业对经济增长贡献率接近60%。新设外资企业增长近70%。"
    )
    assert (one(doc, "城乡居民基础养老金最低标准").value) == 88.0
    trade = one(doc, "货物进出口总额")
    assert (trade.value, trade.unit, trade.qualifier) == (30.0, "万亿元", "超过")
    assert one(doc, "企业减税降费").qualifier == "约"
    assert one(doc, "落地签约").qualifier is None
    assert one(doc, "服务业对经济增长贡献率").qualifier == "接近"
    foreign = one(doc, "新设外资企业")
    assert (foreign.growth, foreign.qualifier) == (70.0, "近")
