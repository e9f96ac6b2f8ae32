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


def test_a_copy_sites_label_after_the_title_is_dropped() -> None:
    for head, title in (
        ("锡林浩特市2008年政府工作报告【优秀范文】\n", "锡林浩特市2008年政府工作报告"),
        ("2022年珠海市斗门区政府工作报告—全文\n", "2022年珠海市斗门区政府工作报告"),
        ("武汉市2005年政府工作报告.doc\n", "武汉市2005年政府工作报告"),
    ):
        assert parse_report(head + _BODY).title == title


def test_a_sites_link_to_more_reports_is_no_title() -> None:
    doc = parse_report(
        "(點擊查閱更多2014年地方政府工作報告)\n"
        "——2014年2月18日在紹興市第七屆人民代表大會第四次會議上\n紹興市人民政府市長 俞志宏\n各位代表:\n"
        "現在,我代表紹興市人民政府,向大會作工作報告,請予審議,並請市政協委員和其他列席人員提出意見。\n"
        "一、2013年主要工作\n過去一年,在中共紹興市委的領導下,市政府認真貫徹中央和省各項方針、政策。\n"
    )
    assert doc.title == "紹興市2014年政府工作報告"


def test_a_year_and_a_level_word_before_the_bare_title() -> None:
    # a document site's name for the upload: the report's place comes from its speaker line
    doc = parse_report(
        "2011年县政府工作报告\n政府工作报告\n——2011年1月13日在县第十五届人民代表大会\n第五次会议上\n"
        "静宁县常务副县长杨晓勇\n" + _BODY
    )
    assert (doc.title, doc.meta.get("place")) == ("静宁县2011年政府工作报告", "静宁县")


def test_a_portals_date_between_the_title_and_the_date_line() -> None:
    doc = parse_report(
        "政 府 工 作 报 告 2016-12-14 2016年12月6日在武汉市汉阳区第十五届人民代表大会第一次会议上 "
        "区人民政府区长 盛继亮 各位代表: 现在,我代表区人民政府向大会报告工作,请予审议,并请各位政协委员和"
        "其他列席人员提出意见。 一、本届政府工作回顾 本届政府自2011年11月组建以来,在市委、市政府和区委的"
        "正确领导下,抢抓机遇,开拓创新,克难攻坚,奋力拼搏,在加速汉阳全面崛起的征途上阔步前行。" * 2
    )
    assert doc.title == "武汉市汉阳区2016年政府工作报告"


# -- outline -------------------------------------------------------------------------------------

def test_a_small_ideographic_comma_after_a_parts_number() -> None:
    assert _parts(_GREETING + "一﹑五年工作的回顧\n過去的五年,本屆政府高舉鄧小平理論的旗幟。\n") == ["五年工作的回顧"]


def test_an_upper_case_mark_a_site_put_at_its_line_ends() -> None:
    text = (
        "(福建省)2020年福州市人民政府工作报告(全文)\n政府工作报告(2020年)XLC\n"
        "(2020年1月5日在福州市第十五届人民代表大会第四次会议上)XLC\n各位代表:XLC\n"
        "现在,我代表福州市人民政府,向大会报告政府工作,请予审议,并请市政协各位\n委员提出意见。XLC\n"
        "一、2019年工作回顾XLC\n预计全市地区生产总值突破9200亿元,同口径增长8.6%。XLC\n"
        "一年来的工作主要体现在:XLC\n"
    )
    doc = parse_report(text)
    assert [s.title for s in doc.sections] == ["2019年工作回顾"]
    assert "XLC" not in doc.text
    # a word in capitals that ends a line or two is the text's own
    assert "GDP" in parse_report(_GREETING + "一、过去一年工作回顾\n人均GDP\n达到1万美元。\n").text


def test_a_heading_run_in_after_the_title_and_before_its_first_item() -> None:
    # one-line copies: the part heading between the title and the text, and before '(一)'
    review = "2004年,是武汉全面贯彻科学发展观,落实中央宏观调控政策,实现经济社会健康协调发展的一年。" * 4
    doc = parse_report("武汉市2005年政府工作报告一、2004年工作回顾" + review + "预计全年实现生产总值1956亿元。")
    assert doc.title == "武汉市2005年政府工作报告"
    assert [s.title for s in doc.sections] == ["2004年工作回顾"]
    line = (
        "政府工作报告(摘要)—— 2013 年 1 月 16 日在沂源县第十七届人民代表大会第二次会议上 县长 谭秀中 "
        "一、2012 年工作回顾(一)积极应对复杂严峻形势,稳增长促发展取得新成效预计全年实现生产总值 212.8 亿元,"
        "同比增长 10.5 %;全社会固定资产投资 117.2 亿元,增长 23.2%;境内财政总收入 22.3 亿元,增长 10.5 %;"
        "地方财政收入 14.1 亿元, 增长 16.6%;社会消费品零售总额 94.2 亿元,增长 16%;进出口总额同比增长 12.6 %。"
    )
    assert _parts(line) == ["2012年工作回顾"]


def test_a_run_in_heading_that_joins_two_things() -> None:
    line = (
        "各位代表:现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。"
        "一、“十三五”发展成就和2021年主要工作过去的五年,是极不平凡的五年,是xx在应对挑战中负重前行、"
        "奋发有为的五年,是xx在创新发展中积极探索、卓有成效的五年。五年来,县政府坚决贯彻上级决策部署,"
        "在县委的坚强领导下,在县人大、县政协的监督支持下,坚定沿着“八八战略”指引方向,坚持“工业立县、生态兴县、"
        "创新强县”不动摇,克难攻坚、创新进取,较好地完成了“十三五”规划确定的目标任务,全县经济社会发展实现新跨越。"
    )
    assert _parts(line) == ["“十三五”发展成就和2021年主要工作"]


def test_a_short_text_whose_lines_share_a_length_is_not_hard_wrapped() -> None:
    # four lines of 16 characters in a page of a dozen are no wrap width: the heading stays a heading
    text = (
        "(内蒙古)2020年阿拉善左旗人民政府工作报告(全文)\n\n发布时间:2022-08-06 22:09   责任编辑:www\n\n"
        "2020年6月29日在阿拉善左旗\n\n  第十五届人民代表大会第三次会议上\n\n  阿拉善左旗人民政府旗长 戈 明\n\n"
        "  各位代表:\n\n  现在,我代表旗人民政府向大会报告工作,请予审议,并请各位政协委员和列席会议的同志提出意见。\n\n"
        "  一、2019年和今年以来工作回顾\n\n"
        "  去年以来,我们坚持以习近平新时代中国特色社会主义思想为指导,增强“四个意识”,坚定“四个自信”,"
        "做到“两个维护”,全面贯彻落实上级各项决策部署,坚持稳中求进工作总基调。\n\n"
        "  2019年全旗地区生产总值增长3.9%;一般公共预算收入增长10.2%;500万元以上固定资产投资增长10.7%;"
        "社会消费品零售总额增长5.2%;城乡居民人均可支配收入分别为42669元和20865元,增长6.4%和9.6%。\n\n"
        "  去年以来,我们主要做了以下工作。\n\n  (一)攻坚任务取得积极进展\n\n"
        "  脱贫攻坚取得关键性成效。投入扶贫资金8271万元,精准落实脱贫攻坚专项扶贫、行业扶贫各项政策。"
        "实施哈什哈沙漠旅游、银根产业扶贫孵化基地等52个产业扶贫项目。\n\n"
        "  重大风险有效防控。纳入财政部建制县隐性债务化解试点旗县。政府隐性债务完成年度化解任务的191.5%。\n"
    )
    assert _parts(text) == ["2019年和今年以来工作回顾"]


def test_a_sites_lead_in_that_repeats_the_opening_before_the_report() -> None:
    text = (
        "锡林浩特市2008年政府工作报告【优秀范文】\n\n时间:2023-05-08 12:45:03 公文范文 浏览次数:\n\n"
        "政府工作报告各位代表:现在,我代表市人民政府向大会作工作报告,请予审议,并请市政协委员和其他列席会议的同志"
        "提出意见。一、过去四年工作回顾市十二届人大一次会议以来,我们在盟委、行署和市委的正确领导下,在下面是小编"
        "为大家整理的锡林浩特市2008年政府工作报告【优秀范文】,供大家参考。\n\n"
        "锡林浩特市2008年政府工作报告【优秀范文】\n\n\n政府工作报告\n\n\n各位代表:\n\n"
        "现在,我代表市人民政府向大会作工作报告,请予审议,并请市政协委员和其他列席会议的同志提出意见。\n\n"
        "一、过去四年工作回顾\n\n"
        "市十二届人大一次会议以来,我们在盟委、行署和市委的正确领导下,在市人大、市政协和社会各界的监督支持下,"
        "认真贯彻落实科学发展观。\n"
    )
    doc = parse_report(text)
    assert doc.title == "锡林浩特市2008年政府工作报告"
    assert [s.title for s in doc.sections] == ["过去四年工作回顾"]
