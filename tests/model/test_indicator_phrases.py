"""Every phrase form the indicator reader knows, as a table: sentence → the indicator it gives.

The sentence stands in the review part (actual, year 2024) or the plan part (target, year 2025)
of a minimal report; `expect` lists (name, value, unit, growth, year, kind) of the indicators
named there, `absent` names that must not be read as that kind (a fragment, a several-year growth).
"""

from __future__ import annotations

import pytest

from shigu_gui.model import parse_report
from shigu_gui.model.vocabulary import headline_growth

Row = tuple[str, str, float | None, str | None, float | None, int, str]


def read(sentence: str, where: str = "review") -> list[Row]:
    review = sentence if where == "review" else "全年工作顺利。"
    plan = sentence if where == "plan" else "今年工作顺利。"
    doc = parse_report(f"各位代表：\n一、2024年工作回顾\n{review}\n二、2025年工作安排\n{plan}")
    return [(i.name, i.kind, i.value, i.unit, i.growth, i.year or 0, i.qualifier or "") for i in doc.indicators]


PHRASES = [
    # Arabic, full-width and spaced digits
    ("地区生产总值175.6亿元，增长9%。", "review", ("地区生产总值", "actual", 175.6, "亿元", 9.0, 2024, "")),
    ("国内生产总值增长６．５％。", "review", ("国内生产总值", "actual", None, None, 6.5, 2024, "")),
    ("去年经济增长8 ．8 ％。", "review", ("经济", "actual", None, None, 8.8, 2024, "")),
    # Chinese numerals
    ("国民收入增长百分之十一点八。", "review", ("国民收入", "actual", None, None, 11.8, 2024, "")),
    ("财政收入八千二百九十一亿元。", "review", ("财政收入", "actual", 8291.0, "亿元", None, 2024, "")),
    ("钢产量增长一倍。", "review", ("钢产量", "actual", None, None, 100.0, 2024, "")),
    ("各类市场主体已超过两万户。", "review", ("各类市场主体", "actual", 2.0, "万户", None, 2024, "超过")),
    # a numeral before a measure word and its noun is part of a name, not a number
    ("残疾人“两项补贴”人均60元/月。", "review", ("残疾人“两项补贴”人均", "actual", 60.0, "元/月", None, 2024, "")),
    # targets in their forms
    ("主要预期目标是：国内生产总值增长8%左右。", "plan", ("国内生产总值", "target", None, None, 8.0, 2025, "左右")),
    ("主要目标是：经济增长速度8%。", "plan", ("经济", "target", None, None, 8.0, 2025, "")),
    ("地区生产总值增长5%以上。", "plan", ("地区生产总值", "target", None, None, 5.0, 2025, "以上")),
    # what a plan says will happen is not part of the name ('再', '要', '将')
    ("一般工商业平均电价再降低10%。", "plan", ("一般工商业平均电价", "target", None, None, -10.0, 2025, "")),
    ("化学需氧量、氨氮排放量要下降2%。", "plan", ("化学需氧量、氨氮排放量", "target", None, None, -2.0, 2025, "")),
    # nor how it is done ('安排', '继续', '推动')
    ("推动城市生活污水集中收集率达到80%。", "plan", ("城市生活污水集中收集率", "target", 80.0, "%", None, 2025, "")),
    ("中央预算内投资安排5776亿元。", "plan", ("中央预算内投资", "target", 5776.0, "亿元", None, 2025, "")),
    ("国家财政性教育经费占国内生产总值比例继续保持在4%以上。", "plan",
     ("国家财政性教育经费占国内生产总值比例", "target", 4.0, "%", None, 2025, "以上")),
    # actuals, also where a met target is mentioned
    ("全面实现年初确定的主要目标，国内生产总值增长7.8%。", "review",
     ("国内生产总值", "actual", None, None, 7.8, 2024, "")),
    ("预计全省地区生产总值增长5.2%。", "review", ("地区生产总值", "actual", None, None, 5.2, 2024, "")),
    # a year inside another clause is not the subject
    ("迈上千亿台阶，2024年地区生产总值达13.7万亿元、增长5.8%。", "review",
     ("地区生产总值", "actual", 13.7, "万亿元", 5.8, 2024, "")),
    # from … to …: the value reached, labelled with its year
    ("城镇居民人均可支配收入由2002年7703元增加到2007年13786元。", "review",
     ("城镇居民人均可支配收入", "actual", 13786.0, "元", None, 2007, "")),
    # qualifiers before the number stay off the name
    ("为企业减税降费约1.3万亿元。", "review", ("企业减税降费", "actual", 1.3, "万亿元", None, 2024, "约")),
    ("项目总投资超500亿元。", "review", ("项目总投资", "actual", 500.0, "亿元", None, 2024, "超")),
    # a base year that is the year before is one year's growth
    ("2024年国民生产总值比2023年增长5%。", "review", ("国民生产总值", "actual", None, None, 5.0, 2024, "")),
    ("全市GDP增长5.2%。", "review", ("GDP", "actual", None, None, 5.2, 2024, "")),
    # 多/余 before the multiplier; the growth of a clause with no name is that of the value before
    ("国内生产总值达到６７７００多亿元，按可比价格计算，比上年增长９．７％。", "review",
     ("国内生产总值", "actual", 67700.0, "亿元", 9.7, 2024, "多")),
    # a range written as the growth rate: its lower bound (growth_high: test_ranges)
    ("今年经济增长速度的计划目标为８％～９％。", "plan", ("经济", "target", None, None, 8.0, 2025, "")),
    ("今年国民经济增长率预计为8%至9%。", "plan", ("国民经济", "target", None, None, 8.0, 2025, "")),
    # in Chinese numerals with the sign said once, the target named in the clause before the figure
    ("综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。", "plan",
     ("经济", "target", None, None, 8.0, 2025, "")),
    ("全省经济增长目标设定为5%左右。", "plan", ("经济", "target", None, None, 5.0, 2025, "左右")),
    ("国民生产总值增长速度安排为6%左右。", "review", ("国民生产总值", "target", None, None, 6.0, 2025, "左右")),
    ("今年经济增长速度力争达到7%左右。", "plan", ("经济", "target", None, None, 7.0, 2025, "左右")),
    # the plan's word before what grows is no part of its name
    ("根据这个要求，今年计划国内生产总值增长百分之九。", "plan", ("国内生产总值", "target", None, None, 9.0, 2025, "")),
    # a target of any kind (调控目标) set for this year, also outside a part named as the plan
    ("今年要保持国民经济持续、快速、健康发展，经济增长速度的调控目标定为８％，物价上涨幅度比去年低一些。",
     "review", ("经济", "target", None, None, 8.0, 2025, "")),
    # older ways of stating the plan
    ("今年国民生产总值计划增长百分之四。", "review", ("国民生产总值", "target", None, None, 4.0, 2025, "")),
    ("城镇新增就业980万人，超过预期目标；城镇居民人均可支配收入9422元。", "review",
     ("城镇居民人均可支配收入", "actual", 9422.0, "元", None, 2024, "")),
    ("去年国内生产总值增长5.2%。", "plan", ("国内生产总值", "actual", None, None, 5.2, 2024, "")),
    ("国民生产总值的增长速度为7.5%。", "plan", ("国民生产总值", "target", None, None, 7.5, 2025, "")),
    ("中央提出今年经济增长预期目标为8%左右。", "review", ("经济", "target", None, None, 8.0, 2025, "左右")),
    ("今年经济增长的预期目标是7%。", "plan", ("经济", "target", None, None, 7.0, 2025, "")),
    ("国内生产总值1993年比上年增长13.4%。", "review", ("国内生产总值", "actual", None, None, 13.4, 2024, "")),
    ("全年国内生产总值为74772亿元，按可比价格计算，增长8.8%。", "review",
     ("国内生产总值", "actual", 74772.0, "亿元", 8.8, 2024, "")),
    ("国民生产总值达到一万七千四百亿元，比上年增长百分之五。", "review",
     ("国民生产总值", "actual", 17400.0, "亿元", 5.0, 2024, "")),
]


@pytest.mark.parametrize(("sentence", "where", "expected"), PHRASES, ids=[p[0][:16] for p in PHRASES])
def test_phrase(sentence: str, where: str, expected: Row) -> None:
    got = read(sentence, where)
    assert expected in got, got


ABSENT = [
    # several-year growth and averages are not the year's figure; fragments are not names
    ("国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。", "比2002年"),
    ("五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四。", "国民生产总值"),
    ("国内生产总值平均每年增长11%。", "国内生产总值"),
    ("城镇居民人均可支配收入由2002年7703元增加到2007年13786元。", "增加到2007年"),
    ("在连续两年国内生产总值增长百分之十三的基础上，安排这样的速度是比较合适的。", "国内生产总值"),
    # measured against an earlier base year ('与2000年相比'): growth over five years
    ("2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。", "国内生产总值"),
]


@pytest.mark.parametrize(("sentence", "name"), ABSENT, ids=[a[1] for a in ABSENT])
def test_not_a_yearly_growth(sentence: str, name: str) -> None:
    got = read(sentence)
    assert not [r for r in got if r[0] == name and r[4] is not None], got
    assert not [r for r in got if r[0].startswith(("比", "增加到"))], got


def test_headline_growth_picks_gdp_of_each_kind() -> None:
    doc = parse_report(
        "各位代表：\n一、2024年工作回顾\n单位地区生产总值能耗下降3%。地区生产总值增长5.8%。\n"
        "二、2025年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。"
    )
    actual, target = headline_growth(doc, "actual"), headline_growth(doc, "target")
    assert actual is not None and actual.growth == 5.8
    assert target is not None and (target.growth, target.year) == (5.0, 2025)


def test_a_line_announcing_targets_governs_the_list_after_it() -> None:
    doc = parse_report(
        "各位代表：\n过去一年，国内生产总值增长7.5%，各项事业全面进步，人民生活继续改善，成绩来之不易。\n"
        "今年经济社会发展的主要预期目标是：\n国内生产总值增长7%左右；\n城镇新增就业900万人以上。\n"
        "实现这些目标，需要付出艰苦努力，我们要坚定信心，迎难而上，扎扎实实做好各方面工作，努力完成全年任务。"
        "国内生产总值增长的质量要不断提高，这是一段很长的说明文字，超过一百二十个字符，用来结束上面那个目标清单，"
        "说明目标清单在这里结束，后面的内容不再是目标，而是普通的叙述文字，继续写下去直到足够长为止，再写几个字。"
    )
    actual, target = headline_growth(doc, "actual"), headline_growth(doc, "target")
    assert actual is not None and actual.growth == 7.5
    assert target is not None and target.growth == 7.0
    jobs = [i for i in doc.indicators if i.name == "城镇新增就业"]
    assert [(i.kind, i.value) for i in jobs] == [("target", 900.0)]


def test_only_the_economys_totals_share_an_axis_in_the_unit_a_reader_uses() -> None:
    from shigu_gui.model.charts import chart_data, value_text

    # 2025 上海: a trade total, the budget revenue, a policy's amount and a market's turnover
    doc = parse_report(
        "各位代表：\n一、2024年工作回顾\n外贸进出口总额4.27万亿元。地方一般公共预算收入8374.2亿元。"
        "技术合同成交额5200.7亿元。金融市场交易总额3650万亿元。为企业减税降费约1.3万亿元。"
    )
    data = chart_data(doc)
    # 万亿元 and 亿元 on one axis in 万亿元; the sums of other kinds are left to the table
    assert [(b.label, b.value) for b in data.scale] == [("外贸进出口总额", 4.27), ("地方一般公共预算收入", 0.83742)]
    assert data.scale_unit == "万亿元" and data.scale_outliers == ()
    assert {"金融市场交易总额", "企业减税降费", "技术合同成交额"} <= {i.name for i in data.shown}
    cut = next(i for i in doc.indicators if i.name == "企业减税降费")
    assert value_text(cut) == "约1.3万亿元"
    small = chart_data(parse_report("各位代表：\n一、2018年工作回顾\n实现地区生产总值175.6亿元，增长9%。"))
    assert ([b.value for b in small.scale], small.scale_unit) == ([175.6], "亿元")


def test_an_announcement_holds_to_the_full_stop() -> None:
    rows = read("今年主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人；物价涨幅控制在4%。"
                "全年粮食产量5亿吨。")
    kinds = {r[0]: r[1] for r in rows}
    assert kinds == {"国内生产总值": "target", "城镇新增就业": "target", "物价涨幅": "target", "粮食产量": "actual"}


@pytest.mark.parametrize(
    ("name", "gdp"),
    [("国内生产总值", True), ("地区生产总值（GDP）", True), ("全州生产总值", True), ("经济", True),
     ("GDP", True), ("经济总量", True), ("单位地区生产总值能耗", False), ("人均地区生产总值", False),
     ("数字经济", False), ("国民收入", False)],
)
def test_which_names_are_gdp(name: str, gdp: bool) -> None:
    from shigu_gui.model.vocabulary import is_gdp

    assert is_gdp(name) is gdp


def test_the_later_year_of_the_parts_is_the_plan() -> None:
    doc = parse_report(
        "各位代表：\n一、一九八七年的经济形势\n一九八七年，国民生产总值达到一万零九百二十亿元，比上年增长百分之九点四。\n"
        "二、一九八八年的经济工作\n一九八八年国民生产总值计划增长百分之七点五。"
    )
    actual, target = headline_growth(doc, "actual"), headline_growth(doc, "target")
    assert actual is not None and (actual.growth, actual.value, actual.year) == (9.4, 10920.0, 1987)
    assert target is not None and (target.growth, target.year) == (7.5, 1988)


def test_a_target_sentence_naming_real_growth_stays_a_target() -> None:
    rows = read("今年主要预期目标是：地区生产总值增长5%左右，居民人均可支配收入实际增长与经济增长同步。", "review")
    assert ("地区生产总值", "target", None, None, 5.0, 2025, "左右") in rows


def test_headline_growth_is_that_of_the_year_under_review() -> None:
    doc = parse_report(
        "各位代表：\n一、过去五年工作回顾\n2020年，国内生产总值增长2.3%。去年国内生产总值增长5.2%，"
        "城镇新增就业1244万人，粮食产量6.95亿吨，居民人均可支配收入增长6.1%。\n"
        "二、2024年政府工作任务\n今年主要预期目标是：国内生产总值增长5%左右。"
    )
    actual = headline_growth(doc, "actual")
    assert actual is not None and (actual.growth, actual.year) == (5.2, 2023)
