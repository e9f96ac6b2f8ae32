"""The indicators stage (indicators.extract_indicators) on its own: the sentences of a range of
the text → figures, each with its kind and year. Sentences from the corpus reports (国务院 2019,
江苏 2025) and forms the rules name; each rule of indicators.rules.ClauseRules is seen at work."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.model.document import Indicator
from shigu_gui.model.indicators import extract_indicators
from shigu_gui.model.indicators.rules import RULES

TARGETS_2019 = ("今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，"
                "城镇调查失业率5.5%左右，城镇登记失业率4.5%以内；居民消费价格涨幅3%左右。")


def figures(text: str, kind: str = "actual", year: int | None = 2024) -> list[tuple[object, ...]]:
    return [(i.name, i.value, i.unit, i.growth, i.qualifier) for i in read(text, kind, year)]


def read(text: str, kind: str = "actual", year: int | None = 2024) -> tuple[Indicator, ...]:
    return extract_indicators(text, [(0, len(text), kind, year)])


def test_a_list_of_targets_gives_each_figure_its_qualifier_and_the_range_its_upper_end() -> None:
    found = read(TARGETS_2019, "target", 2019)
    assert [(i.name, i.value, i.unit, i.growth, i.qualifier) for i in found] == [
        ("国内生产总值", None, None, 6.0, None),
        ("城镇新增就业", 1100.0, "万人", None, "以上"),
        ("城镇调查失业率", 5.5, "%", None, "左右"),
        ("城镇登记失业率", 4.5, "%", None, "以内"),
        ("居民消费价格涨幅", 3.0, "%", None, "左右"),
    ]
    assert found[0].growth_high == 6.5
    assert {(i.kind, i.year) for i in found} == {("target", 2019)}
    assert all(TARGETS_2019[i.start: i.end] == i.sentence for i in found)


def test_a_value_and_its_growth_are_one_figure() -> None:
    assert figures("地区生产总值达到13.7万亿元，增长5.8%。") == [("地区生产总值", 13.7, "万亿元", 5.8, None)]


def test_points_are_a_change_in_percentage_points() -> None:
    assert figures("研发经费投入强度提高0.2个百分点。") == [("研发经费投入强度", 0.2, "个百分点", None, None)]


def test_a_fall_and_a_multiple_are_growths_of_what_they_follow() -> None:
    assert figures("单位国内生产总值能耗下降3.1%。") == [("单位国内生产总值能耗", None, None, -3.1, None)]
    assert figures("进出口总额增长1.5倍。") == [("进出口总额", None, None, 150.0, None)]


def test_growths_with_no_name_go_to_the_values_stated_before_them() -> None:
    assert figures("地方一般公共预算收入完成100亿元、支出200亿元，分别增长8.4%、9.2%。") == [
        ("地方一般公共预算收入", 100.0, "亿元", 8.4, None), ("支出", 200.0, "亿元", 9.2, None)]


def test_growth_over_several_years_is_no_years_figure() -> None:
    assert figures("过去五年，国内生产总值年均增长7.1%。") == []


def test_listed_growths_go_to_the_subjects_named_together() -> None:
    assert figures("城乡居民人均可支配收入分别增长4.5%、6.4%。") == [
        ("城镇居民人均可支配收入", None, None, 4.5, None), ("农村居民人均可支配收入", None, None, 6.4, None)]


def test_listed_values_go_to_the_known_indicators_named_together() -> None:
    assert figures("城镇调查失业率、城镇登记失业率分别为4.8%左右和4.3%左右。") == [
        ("城镇调查失业率", 4.8, "%", None, "左右"), ("城镇登记失业率", 4.3, "%", None, "左右")]


def test_a_growth_written_as_a_percentage_is_a_growth() -> None:
    assert figures("经济增长速度的调控目标定为8%。", "target", 2005) == [("经济", None, None, 8.0, None)]


def test_a_ratio_is_read_as_its_parts() -> None:
    (ratio,) = read("三次产业比例优化到14:34:52。")
    assert (ratio.name, ratio.parts, ratio.value) == ("三次产业比例", (14.0, 34.0, 52.0), None)


def test_a_sentence_announcing_targets_is_for_the_plan_year_wherever_it_stands() -> None:
    (target,) = read("今年主要预期目标是：地区生产总值增长5%左右。", "actual", 2024)
    assert (target.kind, target.year, target.growth, target.qualifier) == ("target", 2025, 5.0, "左右")


def test_full_width_digits_and_traditional_characters_read_as_the_usual_forms() -> None:
    assert figures("地区生产总值增长５．８％。") == [("地区生产总值", None, None, 5.8, None)]
    written = "全市地區生產總值增長5.8%。"
    (traditional,) = read(written)
    assert (traditional.name, traditional.growth, traditional.sentence) == ("地区生产总值", 5.8, written)


def test_only_the_range_is_read_and_offsets_are_the_texts() -> None:
    text = "前言增长9%。地区生产总值增长5.8%。"
    (only,) = extract_indicators(text, [(7, len(text), "actual", 2024)])
    assert (only.name, only.start, only.end) == ("地区生产总值", 7, len(text))


def test_the_rules_are_tried_in_their_documented_order() -> None:
    assert RULES._fields == ("more_growths", "points", "growth_over_years", "growth", "listed_growth",
                             "listed_value", "growth_as_value", "value")
    assert all(rule.__name__ == f"_{name}" for name, rule in zip(RULES._fields, RULES, strict=True))


SENTENCES = st.sampled_from([
    TARGETS_2019, "地区生产总值达到13.7万亿元，增长5.8%。", "研发经费投入强度提高0.2个百分点。",
    "过去五年，国内生产总值年均增长7.1%。", "城乡居民人均可支配收入分别增长4.5%、6.4%。",
    "三次产业比例优化到14:34:52。",
    "各位代表！", "增长", "、6.4%", "１１００万人", "，",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(SENTENCES, max_size=10), st.sampled_from(["actual", "target", "span"]))
def test_every_figure_quotes_its_sentence_from_the_text(parts: list[str], kind: str) -> None:
    text = "".join(parts)
    for figure in extract_indicators(text, [(0, len(text), kind, 2024)]):
        assert text[figure.start: figure.end] == figure.sentence and figure.name
        assert figure.kind in ("actual", "target")


def test_the_clause_after_a_growth_says_the_total_it_reached() -> None:
    # 国务院 2019; 四川 2025
    assert figures("国内生产总值增长6.6%，总量突破90万亿元。", year=2018) == [
        ("国内生产总值", 90.0, "万亿元", 6.6, "突破")]
    assert figures("货邮吞吐量增长33%，突破100万吨。") == [("货邮吞吐量", 100.0, "万吨", 33.0, "突破")]
    # a clause with a subject of its own is that subject's figure, and a growth's own percentage
    # after it is no total
    assert figures("地区生产总值增长5.8%，财政收入达到1200亿元。") == [
        ("地区生产总值", None, None, 5.8, None), ("财政收入", 1200.0, "亿元", None, None)]
    assert figures("居民收入增长5.3%，达到6%。")[0][:4] == ("居民收入", None, None, 5.3)


def test_a_count_in_a_measure_word_before_its_growth_is_its_value_not_part_of_its_name() -> None:
    # 江苏 2025
    assert figures("开行中欧班列2286列、增长7.7%。") == [("开行中欧班列", 2286.0, "列", 7.7, None)]
    # a year, an edition or an age at the end is no count
    assert figures("实施“十四五”规划2025年增长5%。")[0][1] is None


def test_a_plan_word_between_the_name_and_its_growth_is_no_part_of_the_name() -> None:
    assert figures("地区生产总值确保增长8%。", "target")[0][0] == "地区生产总值"
    assert figures("地区生产总值预期目标为增长7%。", "target")[0][0] == "地区生产总值"
