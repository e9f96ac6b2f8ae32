"""More classes met in real local reports (cities, counties, districts, banners; 2000–2026) as copy
sites, portals and document-sharing sites publish them: the lines quoted are real, the names and
numbers theirs (issue 23, the held-back kinds)."""

from __future__ import annotations

from shigu_gui.model import parse_report
from shigu_gui.model.vocabulary import headline_growth

_GREETING = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"


def _gdp(text: str, kind: str = "actual") -> float | None:
    found = headline_growth(parse_report(text), kind)
    return None if found is None else found.growth


def _parts(text: str) -> list[str]:
    return [s.title for s in parse_report(text).sections]


# -- figures -------------------------------------------------------------------------------------

def test_decimals_written_with_a_middle_dot() -> None:
    # a 2000 report as an encyclopedia site keeps it: every decimal point a middle dot
    review = (
        "一、过去一年的工作\n"
        "全市全社会固定资产投资额270·4亿元,增长22·5%,拉动国内生产总值增长8·2个百分点。"
        "全市去年实现国内生产总值881·2亿元,比上年增长13·06%,人均国内生产总值达到1918美元。\n"
    )
    assert _gdp(_GREETING + review) == 13.06
    doc = parse_report(_GREETING + review)
    assert "881·2亿元" in doc.text  # the text is shown as written
    # a date-named event is no number: '5·12' has no unit
    assert not parse_report(_GREETING + "一、过去一年的工作\n战胜“5·12”特大地震。\n").indicators


def test_a_review_heading_that_names_a_plan_fulfilled_is_no_plan() -> None:
    # '计划' and '预期目标' in a heading that says they were met: the results under it are the year's
    text = _GREETING + (
        '一、二○○一年全市经济社会继续保持旺盛活力,实现了"十五"计划的良好开局\n'
        "全市国内生产总值完成138.8亿元,比上年增长14%;地方财政收入完成5.93亿元,增长22%。\n"
    )
    assert (_gdp(text), _gdp(text, "target")) == (14.0, None)
    text = _GREETING + (
        "一、“十五”计划主要预期目标提前实现,济宁站在一个新的发展起点上\n"
        "2005年全市地区生产总值达到1266.2亿元,比上年增长17.3%,比“九五”末翻了一番。\n"
    )
    assert (_gdp(text), _gdp(text, "target")) == (17.3, None)


def test_a_growth_after_a_milestone_instead_of_a_value() -> None:
    text = _GREETING + (
        "一、2013年工作回顧\n"
        "初步統計,全市生產總值突破千億元大關,比上年增長12%左右;財政收入157.1億元,增長15%。\n"
    )
    assert _gdp(text) == 12.0


def test_a_word_a_pdf_copy_split_at_a_line_end() -> None:
    # a county's 摘要 as a document site keeps it: spaces around the numbers, one inside a word
    text = _GREETING + (
        "一、2012 年工作回顾\n"
        "预计全年实现生 产总值 212.8 亿元,同比增长 10.5 %;全社会固定资产投资 117.2 亿元,增长 23.2%。\n"
    )
    assert _gdp(text) == 10.5
    assert "生 产总值" in parse_report(text).text  # the text is shown as the copy has it


# -- titles --------------------------------------------------------------------------------------

_BODY = "各位代表:\n现在,我代表人民政府向大会报告工作。\n一、过去一年工作回顾\n过去一年很不平凡。\n"


# -- outline -------------------------------------------------------------------------------------
