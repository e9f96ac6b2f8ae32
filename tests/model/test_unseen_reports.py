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


_REPORT = (
    "政 府 工 作 报 告\n"
    "2022年1月19日\n"
    "在遂宁市安居区第五届人民代表大会第二次会议上\n"
    "遂宁市安居区人民政府区长 杨文彬\n"
    "各位代表:\n"
    "我代表区人民政府,向大会报告工作,请予审议,并请区政协委员和其他列席会议的同志提出意见。\n"
    "一、2021年工作回顾\n"
    "区政府聚焦聚力区委“1336”发展战略〔1〕,紧盯盯紧“五个领跑、两个提升”〔2〕“十四五”奋斗目标,"
    "实现地区生产总值210.42亿元、增长8.7%。\n"
    "二、2022年工作安排\n"
    "地区生产总值增长7.5%左右。\n"
)
_ENTRY_1 = "“1336”发展战略：指坚持一个定位、围绕三个目标、实施三大战略、推进六大工程。"
_ENTRY_2 = "“五个领跑、两个提升”：指经济增长、项目投资等五项指标领跑全市。"


def _glossary(text: str) -> list[tuple[str, str]]:
    return [(e.term, e.definition) for e in parse_report(text).glossary]


_WANT = [("“1336”发展战略", "指坚持一个定位、围绕三个目标、实施三大战略、推进六大工程。"),
         ("“五个领跑、两个提升”", "指经济增长、项目投资等五项指标领跑全市。")]


def test_notes_with_no_heading_after_the_report_are_its_glossary() -> None:
    # '〔1〕…' lines at the end, numbered by the marks the body bears
    doc = parse_report(_REPORT + f"〔1〕{_ENTRY_1}\n〔2〕{_ENTRY_2}\n")
    assert [(e.term, e.definition) for e in doc.glossary] == _WANT
    assert doc.glossary[0].occurrences  # the term is found in the body, not in its own note
    assert [s.title for s in doc.sections] == ["2021年工作回顾", "2022年工作安排"]
    squared = _REPORT.replace("〔1〕", "[1]").replace("〔2〕", "[2]")
    assert _glossary(squared + f"[1]{_ENTRY_1}\n[2]{_ENTRY_2}\n") == _WANT


def test_a_list_at_the_end_is_no_notes() -> None:
    # marks the body does not bear; '①…②…' items without a term and its colon
    assert _glossary(_REPORT + f"[1]{_ENTRY_1}\n[2]{_ENTRY_2}\n") == []
    circled = _REPORT.replace("〔1〕", "①").replace("〔2〕", "②")
    assert _glossary(circled + "①加快项目建设,确保全年完成。\n②加强民生保障,办好民生实事。\n") == []
    assert _glossary(circled + f"①{_ENTRY_1}\n②{_ENTRY_2}\n") == _WANT


def test_glossary_layouts_bullets_brackets_and_a_bare_note_heading() -> None:
    assert _glossary(_REPORT + f"名词解释\n●{_ENTRY_1}\n●{_ENTRY_2}\n") == _WANT
    bracketed = [e.replace("：", "", 1) for e in (_ENTRY_1, _ENTRY_2)]
    bracketed = ["【" + e.replace("指", "】指", 1) for e in bracketed]
    assert _glossary(_REPORT + "名词解释\n" + "\n".join(bracketed) + "\n") == _WANT
    assert _glossary(_REPORT + f"注：\n1.{_ENTRY_1}\n2.{_ENTRY_2}\n") == _WANT


def test_a_glossary_heading_with_its_entries_run_on() -> None:
    assert _glossary(_REPORT + f"注：〔1〕{_ENTRY_1}\n〔2〕{_ENTRY_2}\n") == _WANT
    assert _glossary(_REPORT + f"名词解释：1.{_ENTRY_1}2.{_ENTRY_2}\n") == _WANT
    # a list inside a definition stays in it
    inner = "“三个一批”：指三类项目。1.开工一批。2.投产一批。"
    assert _glossary(_REPORT + f"名词解释：1.{inner}2.{_ENTRY_2}\n") == [
        ("“三个一批”", "指三类项目。1.开工一批。2.投产一批。"), _WANT[1]]


def test_a_forum_region_tag_and_a_deputy_speaker() -> None:
    doc = parse_report(
        "[内蒙古] 2024年乌拉特后旗政府工作报告\n"
        "2024年乌拉特后旗政府工作报告\n"
        "2024年1月12日在乌拉特后旗第十三届人民代表大会第三次会议上\n"
        "乌拉特后旗人民政府副旗长  阿拉腾宝力格\n"
        "各位代表:\n"
        "现在,我代表旗人民政府向大会报告工作,请予审议。\n"
        "一、2023年工作回顾\n"
        "初步测算,地区生产总值完成113亿元,增长4%。\n"
    )
    assert doc.title == "2024年乌拉特后旗政府工作报告"
    assert doc.meta["place"] == "乌拉特后旗"
    assert doc.meta["speaker"] == "阿拉腾宝力格"


def test_the_meetings_full_place_name_over_the_speakers_short_one() -> None:
    doc = parse_report(
        "政 府 工 作 报 告(2022年)\n"
        "政府工作报告\n"
        "  ——在东乌珠穆沁旗第十六届人民代表大会第一会议上\n"
        "  东乌旗人民政府代旗长 周玉龙\n"
        "  (2022年1月5日)\n"
        "各位代表:\n"
        "  现在,我代表旗人民政府向大会报告工作,请予审议。\n"
        "  一、过去四年工作回顾\n"
        "  过去的四年,是我旗发展进程中攻坚克难、砥砺奋进、开拓进取的四年。\n"
    )
    assert doc.meta["place"] == "东乌珠穆沁旗"
    assert doc.title == "东乌珠穆沁旗2022年政府工作报告"
    # the year in brackets after a bare title, when nothing else dates the report
    doc = parse_report("政府工作报告（2022年）\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、工作回顾\n")
    assert doc.meta["year"] == "2022"


def test_with_no_date_the_year_is_the_one_after_the_reviewed_year() -> None:
    doc = parse_report(
        "區政府工作會議的講話\n"
        "各位代表:\n"
        "現在,我代表區人民政府向大會報告工作,請予審議。\n"
        "一、2008年工作回顧\n"
        "2008年是××歷史上很不平凡的一年。\n"
    )
    assert doc.meta["year"] == "2009"
    assert doc.title == "區政府工作會議的講話"
    doc = parse_report(
        "各位代表:我受市人民政府的委托,向大会作政府工作报告,请予审议。\n"
        "一、一九八六年的主要工作情况\n"
        "一九八六年,我市在省委、省人民政府和市委的领导下,认真贯彻执行了党中央、国务院一系列的方针。\n"
    )
    assert doc.meta["year"] == "1987"
    assert doc.title == "1987年政府工作报告"


def _growths(sentence: str) -> list[tuple[str, float | None, float | None]]:
    doc = parse_report("各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2019年工作回顾\n" + sentence + "\n")
    return [(i.name, i.value, i.growth) for i in doc.indicators]


def test_growths_written_as_bi_zeng_at_constant_prices_or_as_a_rate() -> None:
    # '比增' (比上年增长), as southern reports write it; '分别…和…' for two figures
    assert _growths("全县生产总值92.51亿元,规上工业增加值10.74亿元,分别比增5.1%和15.3%,增速均排在全市第一。") == [
        ("全县生产总值", 92.51, 5.1), ("规上工业增加值", 10.74, 15.3)]
    assert _growths("地区生产总值预计完成92.51亿元,可比增长5.1%。") == [("地区生产总值", 92.51, 5.1)]
    assert _growths("国内生产总值达到74772亿元，按可比价格计算，比上年增长8.8%。") == [("国内生产总值", 74772.0, 8.8)]
    assert _growths("全年实现地区生产总值1360亿元，增幅5.1%。") == [("地区生产总值", 1360.0, 5.1)]


def test_respective_growths_go_to_their_figures_and_keep_their_sign() -> None:
    incomes = "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格上涨因素，分别增长7.7%和6.8%。"
    assert _growths(incomes) == [
        ("城镇居民人均可支配收入", 9422.0, 7.7), ("农村居民人均纯收入", 2936.0, 6.8)]
    assert [g for _, _, g in _growths("生产安全事故起数、死亡人数分别下降12.8%和10.5%。")] == [-12.8, -10.5]
    # the GDP named first in a list is the GDP's growth
    assert _growths("地区生产总值和一般公共预算收入分别增长5.1%、8%。")[0] == ("地区生产总值", None, 5.1)


def test_a_growth_with_a_note_in_brackets_before_its_verb() -> None:
    assert _growths("全年地区生产总值同比(下同)增长4.5%,规模以上工业增加值增长6.9%。")[0] == ("地区生产总值", None, 4.5)


def test_a_scramble_of_ascii_after_each_line_is_no_part_of_it() -> None:
    doc = parse_report(
        "政 府 工 作 报 告 LsMq&a-j2\n"
        "——2006年3月5日在第十届全国人民代表大会第四次会议上 6lr<\n"
        "国务院总理 温家宝 FhEfW7]0,\n"
        "下面是温家宝总理2006年3月5日在第十届全国人民代表大会第四次会议上所作的政府工作报告全文 Zwtz )ZII\n"
        '各位代表: (f"LD8MJ/\n'
        "现在,我代表国务院,向大会作政府工作报告,请予审议,并请全国政协各位委员提出意见。 )5diX\n"
        "一、去年工作回顾 *2m{i:3\n"
        "2005年,我国社会主义现代化事业取得显著成就。 y&F&Z3t\n"
        "——经济平稳较快发展。全年国内生产总值达到18.23万亿元,比上年增长9.9%。 *M~BN}.\n"
    )
    assert doc.title == "2006年政府工作报告"
    assert [s.title for s in doc.sections] == ["去年工作回顾"]
    assert "y&F" not in doc.text


def test_a_document_sites_title_line_with_page_number_and_run_in_date() -> None:
    doc = parse_report(
        "1、2015 年 武 汉 市 政 府 工 作 报 告 全 文2015 年 2 月 3 日在武汉市第十三届人民代表大会第四次会议上"
        " 代市长 万勇 各位代表: 现在,我代表市人民政府向大会报告工作,请予审议。\n"
    )
    assert doc.title == "2015年武汉市政府工作报告"
    assert doc.meta["year"] == "2015"


def test_other_names_of_the_glossary() -> None:
    for heading in ("名词释义", "术语解释", "用语说明", "词语注释"):
        assert _glossary(_REPORT + f"{heading}\n1.{_ENTRY_1}\n2.{_ENTRY_2}\n") == _WANT, heading


def test_a_districts_own_product_is_its_gdp() -> None:
    from shigu_gui.model.vocabulary import is_gdp

    assert is_gdp("区属地区生产总值")
    assert not is_gdp("区属规模以上工业增加值")


def test_a_summary_opening_with_its_title_line() -> None:
    doc = parse_report(
        "2020 年东宝区政府工作报告\n"
        "12 月 25 日,东宝区第八届人民代表大会第五次会议隆重开幕。"
        "区委副书记、区长江稳代表区政府向大会作《政府工作报告》。\n"
        "2019 年成绩\n"
        "2019 年,全区预计实现地区生产总值 369 亿元,增长 7.6%。\n"
    )
    assert doc.title == "2020年东宝区政府工作报告"
    assert (doc.meta["place"], doc.meta["year"]) == ("东宝区", "2020")


def test_the_place_of_the_congress_the_report_is_made_to() -> None:
    doc = parse_report(
        "各位代表:我代表省人民委员会向山西省第一届人民代表大会第四次会议作政府工作报告。"
        "1955年,是我们国家的政治形势发生根本变化的一年。\n"
    )
    assert doc.meta["place"] == "山西省"


def test_glossary_terms_set_apart_from_their_definitions_without_a_colon() -> None:
    for tail in (
        f"名词解释\n1．“1336”发展战略  {_ENTRY_1.split('：')[1]}\n2．“五个领跑、两个提升”  {_ENTRY_2.split('：')[1]}\n",
        f"名词解释\n1.“1336”发展战略是{_ENTRY_1.split('：')[1]}\n2.“五个领跑、两个提升”是{_ENTRY_2.split('：')[1]}\n",
        # a table (a DOCX's or a page's rows: cells between tabs), with its head row
        f"名词解释\n序号\t名词\t解释\n1\t“1336”发展战略\t{_ENTRY_1.split('：')[1]}\n"
        f"2\t“五个领跑、两个提升”\t{_ENTRY_2.split('：')[1]}\n",
        f"名词解释\n名词\t解释\n“1336”发展战略\t{_ENTRY_1.split('：')[1]}\n“五个领跑、两个提升”\t{_ENTRY_2.split('：')[1]}\n",
    ):
        assert _glossary(_REPORT + tail) == _WANT, tail
    # a page's table row: its cells run together with a space
    row = "1 “1336”发展战略 指坚持一个定位、围绕三个目标、实施三大战略、推进六大工程。"
    assert _glossary(_REPORT + "名词解释\n" + row + "\n")[0] == _WANT[0]


def test_unnumbered_terms_on_their_own_lines_and_the_end_matter_after_the_notes() -> None:
    terms = "“1336”发展战略\n" + _WANT[0][1] + "\n“五个领跑、两个提升”\n" + _WANT[1][1] + "\n"
    assert _glossary(_REPORT + "名词解释\n" + terms) == _WANT
    end = "遂宁市安居区人民政府办公室\n2022年1月25日印发\n"
    assert _glossary(_REPORT + f"注释：\n〔1〕{_ENTRY_1}\n〔2〕{_ENTRY_2}\n" + end) == _WANT


def test_notes_at_the_feet_of_a_printed_copys_pages() -> None:
    body = ("区政府聚焦聚力区委“1336”发展战略①,紧盯“五个领跑、两个提升”②奋斗目标,实现地区生产总值210亿元、增长8.7%,"
            "全区经济稳中有进,社会大局和谐稳定。")
    doc = parse_report(
        "各位代表:\n一、2021年工作回顾\n" + body + "\n①" + _ENTRY_1 + "\n②" + _ENTRY_2 + "\n"
        "二、2022年工作安排\n地区生产总值增长7.5%左右。\n"
    )
    assert [(e.number, e.term, e.definition) for e in doc.glossary] == [(1, *_WANT[0]), (2, *_WANT[1])]
    assert [s.title for s in doc.sections] == ["2021年工作回顾", "2022年工作安排"]
    assert doc.glossary[0].occurrences


def test_a_sentence_naming_the_glossary_before_its_entries() -> None:
    doc = parse_report(
        "1月16日上午,郯城县第十九届人民代表大会第四次会议开幕。郯城县人民政府县长于广威作政府工作报告。"
        "为此,大众网郯城两会报道组梳理了一本“小词典”,24个名词解释方便大家读懂政府工作报告。\n\n"
        "1.“1354”总体思路:一个定位:打造对接长三角“三步走”先行区;三个坚持:坚持以党的建设为引领。\n\n"
        "2.专精特新“小巨人”企业:“专精特新”中小企业中的佼佼者。\n\n"
        "3.瞪羚企业:创业后跨过死亡谷,以科技创新或商业模式创新为支撑,进入高成长期的中小企业。\n"
    )
    assert [e.term for e in doc.glossary] == ["“1354”总体思路", "专精特新“小巨人”企业", "瞪羚企业"]
