"""Classes of problems met in real local (province to county) reports as web and document-sharing
sites publish them: the lines quoted are real, the names and numbers theirs."""

from __future__ import annotations

from shigu_gui.model import parse_report


def test_title_block_lines_stay_apart() -> None:
    # A site's title line, its name and date, and the report's own title block, one item a line:
    # none of them is a sentence cut by a line break.
    doc = parse_report(
        "(内蒙古)2018年新巴尔虎左旗人民政府工作报告(全文)\n"
        "公文搜 2021-07-27 17:06:58 政府报告\n"
        "新巴尔虎左旗第十五届人民代表大会第二次会议政府工作报告\n"
        "海青\n"
        "(2018年2月3日)\n"
        "各位代表:\n"
        "现在,我代表旗人民政府向大会作工作报告,请予审议,并请政协委员和列席人员\n"
        "提出意见。\n"
        "一、2017年工作回顾\n"
        "过去一年,旗政府坚定不移贯彻新发展理念。\n"
    )
    assert "公文搜" not in doc.title
    assert [s.title for s in doc.sections] == ["2017年工作回顾"]
    # the body's hard-wrapped lines are still joined
    assert "列席人员提出意见。" in doc.text


def test_a_copy_without_the_greeting_starts_at_the_opening_sentence() -> None:
    doc = parse_report(
        "現在,我代表南開區人民政府,向大會作政府工作報告,請予審議,並請區政協委員和其他列席人員提出意見。\n"
        "2009年工作回顧\n"
        "2009年是新中國成立60周年,是南開區戰勝困難挑戰,實現穩步發展不尋常的一年。\n"
        "一、堅持保發展,區域經濟持續穩步增長\n"
        "——“保增長、渡難關、上水平”活動取得顯著成效。\n"
    )
    assert not doc.title.startswith("現在")
    assert [s.title for s in doc.sections] == ["2009年工作回顧"]


def test_an_excerpt_whose_title_block_ends_at_the_opening_sentence() -> None:
    doc = parse_report(
        "任海深市长在烟台市第十二届人民代表大会第五次会议上的政府工作报告(摘要)\n"
        "\n"
        "Original URL: http://lib.sdsqw.cn/bin/mse.exe?seachword=&K=d60&A=7&rec=4&run=13\n"
        "\n"
        "(1997年3月5日)\n"
        "现在,我代表市人民政府,向大会作政府工作报告,请予审议,并请各位政协委员和其他列席人\n"
        "员提出意见。\n"
        '一、"九五"开局良好,国民经济和社会各项事业取得新的成就\n'
        '1996年是实施"九五"计划的开局年。\n'
    )
    assert doc.title == "任海深市长在烟台市第十二届人民代表大会第五次会议上的政府工作报告(摘要)"
    assert doc.sections[0].title == '"九五"开局良好,国民经济和社会各项事业取得新的成就'
