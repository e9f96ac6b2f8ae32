"""One answer for a report's title, year, place and level (the model.meta package), from real title blocks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shigu_gui.model import ReportError, parse_report
from shigu_gui.model.meta import LEVELS, identity_of, title_year

# The 1980 national report's title block, as published (中国政府网 and its copies).
PLAN_1980 = (
    "关于1980、1981年国民经济计划安排的报告\n"
    "——1980年8月30日在第五届全国人民代表大会第三次会议上\n"
    "国务院副总理兼国家计划委员会主任姚依林\n"
    "各位代表：\n"
    "我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n"
    "一、国民经济在调整、改革、整顿、提高中取得了新的进展\n"
    "1979年工农业总产值比上年增长8.5%。\n"
    "二、1981年国民经济计划的安排\n"
    "1981年工农业总产值计划增长5.5%。\n"
)
# The 1986 national report's, with its date in Chinese numerals (法搜网's copy).
PLAN_1986 = (
    "中华人民共和国第六届全国人民代表大会第四次会议政府工作报告\n\n"
    "关于第七个五年计划的报告\n\n"
    "             一九八六年三月二十五日在\n"
    "          第六届全国人民代表大会第四次会议上\n\n"
    "             (国务院总理 赵紫阳)\n\n"
    "各位代表:\n"
    "  现在,我代表国务院,向大会作关于我国国民经济和社会发展第七个五年计划的报告,请审议。\n"
    "一、“六五”计划执行情况的回顾\n"
    "经五届人大五次会议批准的第六个五年计划，要求在一九八一年至一九八五年的五年中继续调整。\n"
)


def test_a_report_is_dated_by_its_delivery_not_by_the_plan_years_its_title_names() -> None:
    doc = parse_report(PLAN_1980, "report")
    assert identity_of(doc) == (1980, "全国", "national")
    assert doc.meta["year"] == "1980"


def test_a_title_naming_two_plan_years_without_a_date_is_of_the_first() -> None:
    lines = PLAN_1980.split("\n")
    doc = parse_report("\n".join([lines[0], *lines[3:]]), "report")  # the date line lost
    assert "date_place" not in doc.meta
    assert identity_of(doc).year == 1980


@pytest.mark.parametrize(("title", "year"), [
    ("关于1980、1981年国民经济计划安排的报告", 1980),
    ("关于一九八〇、一九八一年国民经济计划安排的报告", 1980),
    ("关于一九八二年经济和社会发展计划草案的报告", 1982),
    ("关于一九五六年到一九六七年全国农业发展纲要的执行情况和争取提前实现这个纲要的报告", None),  # a period
    ("关于国民经济和社会发展第十四个五年规划和2035年远景目标纲要的报告", None),  # a horizon
    ("2021年政府工作报告", 2021),
    ("政府工作报告", None),
])
def test_the_year_a_title_names(title: str, year: int | None) -> None:
    assert title_year(title) == year


def test_a_date_line_in_chinese_numerals_dates_the_report() -> None:
    doc = parse_report(PLAN_1986, "report")
    assert doc.meta["date"] == "1986年3月25日"
    assert identity_of(doc) == (1986, "全国", "national")


def test_a_report_delivered_in_december_has_that_year() -> None:
    doc = parse_report(
        "2008年政府工作报告\n——2007年12月28日在某某县第十五届人民代表大会第一次会议上\n"
        "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2007年工作回顾\n发展。\n"
    )
    assert identity_of(doc).year == 2007


def test_the_reader_and_the_file_name_agree_when_the_text_names_no_year() -> None:
    text = "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、过去一年的工作\n发展。\n"
    assert identity_of(parse_report(text, "1975_national")) == (1975, "全国", "national")
    assert identity_of(parse_report(text, "notes")) == (None, "全国", "national")


@pytest.mark.parametrize(("head", "place", "level"), [
    ("2025年某某省政府工作报告\n", "某某省", "province"),
    ("——2024年1月12日在某某旗第十三届人民代表大会第三次会议上\n某某旗人民政府旗长  张三\n", "某某旗", "county"),
    ("2024年某某朝鲜族自治州政府工作报告\n", "某某朝鲜族自治州", "city"),
    ("政 府 工 作報 告\n——2016年3月29日在某某縣第十七屆人民代表大會第五次會議上\n", "某某縣", "county"),
])
def test_place_and_level_of_a_title_block(head: str, place: str, level: str) -> None:
    doc = parse_report(head + "各位代表：\n现在，我代表人民政府向大会报告工作。\n一、过去一年工作回顾\n发展。\n")
    who = identity_of(doc)
    assert (who.place, who.level) == (place, level)
    assert (doc.meta["place"], doc.meta["level"]) == (place, level)


@given(st.text(max_size=200))
def test_any_text_gets_a_plausible_year_and_a_known_level(text: str) -> None:
    try:
        doc = parse_report(text, "")
    except ReportError:
        return  # no text at all
    who = identity_of(doc)
    assert who.year is None or 1800 <= who.year <= 2099
    assert who.level in ("", *LEVELS)
