"""The plan year's GDP target in local reports' plan parts and in the news copies that quote them
(issue 23): the lines quoted are real, the names and numbers theirs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shigu_gui.model import parse_report
from shigu_gui.model.targets import main_targets
from shigu_gui.model.vocabulary import headline_growth

_GREETING = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"


def _gdp(text: str, kind: str) -> float | None:
    found = headline_growth(parse_report(text), kind)
    return None if found is None else found.growth


def test_a_growth_expected_is_the_plans() -> None:
    # a city's report as a newspaper quotes it: 预期增长 says the plan year's figure
    text = (
        "报告指出，初步统计2018年全市实现地区生产总值2966亿元、增长8%。固定资产投资1858.57亿，增长20.7%。\n"
        "2019年，珠海市地区生产总值预期增长7.5%，珠海市将进一步全面深化改革开放。\n"
    )
    assert (_gdp(text, "actual"), _gdp(text, "target")) == (8.0, 7.5)


def test_an_estimate_of_the_year_under_review_stays_a_result() -> None:
    # 预计 is the year just ended, estimated before its statistics: not the plan's
    text = _GREETING + "一、2018年工作回顾\n全年地区生产总值预计增长8.5%，财政收入增长10.3%。\n"
    assert (_gdp(text, "actual"), _gdp(text, "target")) == (8.5, None)
    # nor is a result measured against what was expected
    text = _GREETING + "一、2018年工作回顾\n全县生产总值增长9%，高于预期增长水平1个百分点。\n"
    assert (_gdp(text, "actual"), _gdp(text, "target")) == (9.0, None)


def test_an_announcement_run_into_the_first_name() -> None:
    # no mark after 是: the first figure is still the GDP's, with its qualifier
    text = (
        "谈到今年发展目标，周春晖说，今年全区经济社会发展主要预期目标是地区生产总值增长7.5%以上，"
        "地方一般公共预算收入增长8%左右，固定资产投资增长8%左右。\n"
    )
    assert _gdp(text, "target") == 7.5
    listed = main_targets(parse_report(text))
    assert [(t.name, t.growth, t.growth_qualifier) for t in listed][:2] == [
        ("地区生产总值", 7.5, "以上"), ("地方一般公共预算收入", 8.0, "左右")]


def test_a_headline_target_is_listed_where_the_list_states_it() -> None:
    # the news headline gives the GDP target first; the report's list states it again, first
    text = (
        "今年GDP预期增长7.5%左右\n"
        "温国辉表示，今年经济社会发展主要预期目标是：地区生产总值增长7.5%左右，固定资产投资增长11%左右，"
        "社会消费品零售总额增长7.5%左右，商品出口总值增长5%左右。\n"
    )
    listed = main_targets(parse_report(text))
    assert [(t.name, t.growth) for t in listed] == [
        ("地区生产总值", 7.5), ("固定资产投资", 11.0), ("社会消费品零售总额", 7.5), ("商品出口总值", 5.0)]
    assert listed[0].growth_qualifier == "左右"


def test_a_care_of_sign_typed_for_a_percent_sign() -> None:
    text = "初步核算，全县生产总值实现131487万元，同比增长15℅；财政总收入实现11338万元，增长57.7℅。\n"
    assert _gdp(text, "actual") == 15.0
    assert "15℅" in parse_report(text).text  # the text is shown as written


@given(st.decimals(min_value="0.1", max_value="40", places=1))
def test_care_of_and_percent_read_alike(growth: object) -> None:
    line = "初步核算，全县生产总值实现131487万元，同比增长{}{}。\n"
    assert _gdp(line.format(growth, "℅"), "actual") == _gdp(line.format(growth, "%"), "actual") == float(str(growth))
