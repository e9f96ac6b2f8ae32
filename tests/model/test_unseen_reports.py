"""Classes of problems met in further unseen reports (web pages, document-sharing sites, old
journal copies): the lines quoted are real, the names and numbers theirs."""

from __future__ import annotations

from shigu_gui.model import parse_report

_OPENING = "各位代表:现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。"


def test_a_part_heading_run_into_a_copy_without_line_breaks_is_a_part() -> None:
    body = "本届政府任期自2006年10月至本次大会届满。五年来,我们在市委、市政府和区委的正确领导下,在区人大" * 8
    doc = parse_report("政府工作报告\n" + _OPENING + "一、过去五年工作回顾" + body)
    assert [s.title for s in doc.sections] == ["过去五年工作回顾"]
    assert doc.text[doc.sections[0].heading_end:].lstrip().startswith("本届政府任期")


def test_a_run_in_heading_with_spaces_or_no_number() -> None:
    body = "2014 年是武汉全面深化改革,综合经济实力和城市功能提升取得重大突破的一年。" * 10
    doc = parse_report(
        "各位代表: 现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。 "
        "一、2014 年工作回顾 " + body
    )
    assert [s.title for s in doc.sections] == ["2014年工作回顾"]
    unnumbered = "过去五年,面对复杂多变的国内外形势和艰巨繁重的改革发展稳定任务,市政府坚持以新发展理念为指导," * 6
    doc = parse_report(
        "各位代表:现在,我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。"
        "过去五年和2021年工作回顾" + unnumbered
    )
    assert [s.title for s in doc.sections] == ["过去五年和2021年工作回顾"]


def test_an_old_journal_copy_runs_the_part_into_its_first_sentence() -> None:
    first = (
        "一九八六年,我市在省委、省人民政府和市委的领导下,认真贯彻执行了党中央、国务院一系列的方针、政策和"
        "市八届人大四次会议关于政府工作的决议,坚持四项基本原则,把改革放在首位,扩大对外经济技术合作,"
        "加快企业技术改造,加强城市基础设施建设,大力发展商品经济。在抓紧物质文明建设的同时,"
        "加强社会主义精神文明建设,加强城市管理和社会治安的综合治理,推进美化广州城的工作。"
    )
    doc = parse_report(
        "论文部分内容阅读\n"
        "各位代表:我受市人民政府的委托,向大会作政府工作报告,请予审议。一、一九八六年的主要工作情况"
        + first + "全市形势很好,政治上安定团结,经济稳定\n"
    )
    assert [s.title for s in doc.sections] == ["一九八六年的主要工作情况"]


def test_a_sentence_about_work_arrangements_is_no_run_in_heading() -> None:
    text = ("按照市委工作安排部署,我们扎实推进各项重点工作,全面完成了全年目标任务。" * 6
            + "全县上下认真落实县委工作安排部署,狠抓落实。" * 4)
    doc = parse_report("各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2021年工作回顾\n" + text + "\n")
    assert [s.title for s in doc.sections] == ["2021年工作回顾"]
    assert len(doc.paragraphs) == 4
