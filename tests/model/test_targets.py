"""Ranges kept as ranges, and the report's main targets (主要预期目标) in order, from real lines."""

from __future__ import annotations

import pytest

from shigu_gui.model import Document, parse_report
from shigu_gui.model.charts import growth_text, stored_qualifier, table_rows, value_text
from shigu_gui.model.dump import targets_json
from shigu_gui.model.targets import main_targets


def report(plan: str, review: str = "全年工作顺利。") -> Document:
    return parse_report(f"各位代表：\n一、2024年工作回顾\n{review}\n二、2025年工作安排\n{plan}")


def shown(doc: Document) -> list[tuple[str, str]]:
    return [(i.name, value_text(i) or growth_text(i)) for i in main_targets(doc)]


@pytest.mark.parametrize(
    ("sentence", "name", "low", "high", "text"),
    [
        # 2019 national (国务院): a range of growth, not a growth of 6 qualified by '6%－6.5%'
        ("今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。",
         "国内生产总值", 6.0, 6.5, "6%－6.5%"),
        # issue 23, class 7: '4.5%－5%' stored as the qualifier
        ("今年全县生产总值增长4.5%－5%。", "全县生产总值", 4.5, 5.0, "4.5%－5%"),
        ("今年地区生产总值增长5%至5.5%。", "地区生产总值", 5.0, 5.5, "5%－5.5%"),
        # issue 23, class 7: keep 8, strive for 9 (in quotes or none)
        ("今年全县生产总值增速“保8争9”。", "全县生产总值", 8.0, 9.0, "8%－9%"),
        ("今年地区生产总值增速'保7争8'，财政收入增长6%。", "地区生产总值", 7.0, 8.0, "7%－8%"),
        ("今年经济增速保8%争9%。", "经济", 8.0, 9.0, "8%－9%"),
    ],
)
def test_a_range_of_growth_is_a_range(sentence: str, name: str, low: float, high: float, text: str) -> None:
    doc = report(sentence)
    figure = next(i for i in doc.indicators if i.name == name)
    assert (figure.kind, figure.growth, figure.growth_high, figure.growth_qualifier) == ("target", low, high, None)
    assert figure.qualifier is None  # no range in the qualifier
    assert growth_text(figure) == text
    assert stored_qualifier(figure) == text  # the library keeps the range as before


def test_a_range_keeps_its_own_qualifier_and_a_fall_falls_at_both_ends() -> None:
    doc = report("今年地区生产总值增长6%－6.5%左右，单位生产总值能耗下降2%－3%。")
    gdp, energy = doc.indicators
    assert (gdp.growth, gdp.growth_high, gdp.growth_qualifier) == (6.0, 6.5, "左右")
    assert growth_text(gdp) == "6%－6.5%左右"
    assert (energy.growth, energy.growth_high) == (-2.0, -3.0)


def test_a_range_of_values_is_a_range() -> None:
    doc = report("今年城镇新增就业4.5-5万人。")
    jobs = doc.indicators[0]
    assert (jobs.value, jobs.value_high, jobs.unit, jobs.qualifier) == (4.5, 5.0, "万人", None)
    assert value_text(jobs) == "4.5－5万人"
    assert table_rows(doc)[0][1:3] == ["4.5－5", "万人"]


def test_the_main_targets_of_2019_national_in_order() -> None:
    # 2019 national (国务院), the plan part's announcement, as the report writes it
    doc = report(
        "今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，城镇调查失业率5.5%左右，"
        "城镇登记失业率4.5%以内；居民消费价格涨幅3%左右；国际收支基本平衡，进出口稳中提质；宏观杠杆率基本稳定，"
        "金融财政风险有效防控；农村贫困人口减少1000万以上，居民收入增长与经济增长基本同步；生态环境进一步改善，"
        "单位国内生产总值能耗下降3%左右，主要污染物排放量继续下降。\n"
        "今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。"
    )
    assert shown(doc) == [
        ("国内生产总值", "6%－6.5%"), ("城镇新增就业", "1100万人以上"), ("城镇调查失业率", "5.5%左右"),
        ("城镇登记失业率", "4.5%以内"), ("居民消费价格涨幅", "3%左右"), ("单位国内生产总值能耗", "-3%左右"),
    ]  # the deficit ratio is set after the list, not in it
    assert [t["growth_high"] for t in targets_json(doc)][:1] == [6.5]


def test_listed_indicators_each_keep_their_name_and_a_grain_target_in_jin() -> None:
    # 2020 上海 and 2025 四川
    doc = report(
        "2020年全市经济社会发展的主要预期目标是：全市生产总值增长6%左右，城镇调查失业率、城镇登记失业率分别为"
        "4.8%左右和4.3%左右，居民消费价格涨幅3%左右。\n"
        "今年发展主要预期目标是：粮食产量725亿斤以上；完成国家下达的节能减排和环境保护等任务。"
    )
    assert shown(doc) == [("生产总值", "+6%左右"), ("城镇调查失业率", "4.8%左右"),
                          ("城镇登记失业率", "4.3%左右"), ("居民消费价格涨幅", "3%左右"), ("粮食产量", "725亿斤以上")]


def test_a_five_year_plans_goals_are_not_the_years_targets() -> None:
    doc = report(
        "“十四五”时期经济社会发展主要目标是：经济保持合理增长，全员劳动生产率增长高于国内生产总值增长，"
        "城镇调查失业率控制在5.5%以内。\n"
        "今年发展主要预期目标是：国内生产总值增长6%以上；城镇新增就业1100万人以上。"
    )
    assert shown(doc) == [("国内生产总值", "+6%以上"), ("城镇新增就业", "1100万人以上")]


def test_without_an_announced_list_the_headline_target_and_its_sentence() -> None:
    # 1998 national states its list as 主要目标是：…; a report with none has its headline target
    doc = report("今年全区地区生产总值增长8%左右，固定资产投资增长10%。\n今年再建学校3所。")
    assert shown(doc) == [("地区生产总值", "+8%左右"), ("固定资产投资", "+10%")]
    assert main_targets(report("今年工作顺利。")) == []


def test_review_figures_announced_as_last_years_targets_are_no_targets() -> None:
    doc = report("今年发展主要预期目标是：地区生产总值增长5%左右。",
                 review="去年主要预期目标是：地区生产总值增长6%左右。实际增长5.2%。")
    assert shown(doc) == [("地区生产总值", "+5%左右")]
