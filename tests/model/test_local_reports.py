"""Classes of problems met in real local (province to county) reports as web and document-sharing
sites publish them: the lines quoted are real, the names and numbers theirs."""

from __future__ import annotations

from shigu_gui.model import parse_report
from shigu_gui.model.vocabulary import headline_growth


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


def _title_and_place(head: str) -> tuple[str, str | None]:
    body = "各位代表：\n现在，我代表人民政府向大会报告工作。\n一、过去一年工作回顾\n过去一年很不平凡。\n"
    doc = parse_report(head + body)
    return doc.title, doc.meta.get("place")


def test_site_marks_around_the_title_line_are_dropped() -> None:
    assert _title_and_place("(广西)2021年马山县人民政府工作报告(全文)\n公文搜 2021-07-28 08:33:25 政府报告\n")[0] == (
        "2021年马山县人民政府工作报告"
    )
    table = "文件名称 | 汉滨区2025年政府工作报告 | ||\n索引号 | /2025-0000 | 公开目录: | 工作报告 |\n"
    assert _title_and_place(table)[0] == "汉滨区2025年政府工作报告"
    assert _title_and_place("内蒙古自治区政府工作报告(合集五篇)\n")[0] == "内蒙古自治区政府工作报告"
    # the date line run in after the title goes to the title block's date
    title, place = _title_and_place(
        "政府工作报告(摘要)--1999年2月25日在济南市第十二届人民代表大会第二次会议上\n济南市市长谢玉堂\n"
    )
    assert (title, place) == ("济南市1999年政府工作报告(摘要)", "济南市")
    # a site's breadcrumb names its section, not the report; the title line after it does
    title, place = _title_and_place(
        "当前位置: 首页 >> 政务公开 >> 政府工作报告\n2018年政府工作报告\n玉泉区人民政府代区长   云  鉴\n"
    )
    assert (title, place) == ("玉泉区2018年政府工作报告", "玉泉区")


def test_the_place_when_the_speaker_line_names_none() -> None:
    # '县人民政府县长', '代州长', '自治区代主席': the meeting line names the place
    assert _title_and_place(
        "政府工作报告\n在石渠县第十四届人民代表大会第一次会议上\n县人民政府县长 刘泽\n2021年12月15日\n"
    ) == ("石渠县2021年政府工作报告", "石渠县")
    assert _title_and_place(
        "政府工作报告\n——2016年2月26日在迪庆藏族自治州第十二届人民代表大会第六次会议上\n代州长 齐建新\n"
    ) == ("迪庆藏族自治州2016年政府工作报告", "迪庆藏族自治州")
    assert _title_and_place(
        "  • 政府工作报告\n  • ——2001年2月16日在内蒙古自治区第九届人民代表大会第四次会议上\n"
        "    自治区代主席 乌云其木格\n"
    ) == ("内蒙古自治区2001年政府工作报告", "内蒙古自治区")
    # a speaker line without role: the meeting line
    assert _title_and_place("政府工作报告\n2019年3月2日在浮山县第十六届人民代表大会第四次会议上\n栗 俊 昌\n") == (
        "浮山县2019年政府工作报告", "浮山县"
    )
    # or the title names it
    assert _title_and_place("酉阳土家族苗族自治县人民政府工作报告\n2022年1月5日在县第十八届人民代表大会第一次会议上\n"
                            "县人民政府县长 杨通胜\n")[1] == "酉阳土家族苗族自治县"


def test_traditional_title_block() -> None:
    _title, place = _title_and_place(
        "政 府 工 作報 告\n——2016年3月29日在平利縣第十七屆人民代表大會第五次會議上\n平利縣人民政府縣長 陳倫富\n"
    )
    assert place == "平利縣"
    doc = parse_report(
        "政 府 工 作報 告\n——2016年3月29日在平利縣第十七屆人民代表大會第五次會議上\n平利縣人民政府縣長 陳倫富\n"
        "各位代表:\n現(xiàn)在,我代表縣人民政府向大會作工作報告,請予審議,并請縣政協(xié)委員和列席人員提出意見。\n"
        "一、2015年和“十二五”工作回顧\n2015年,在縣委的堅強領導和縣人大、縣政協(xié)的監(jiān)督支持下,全縣上下攻堅克難。\n"
    )
    assert doc.title == "平利縣2016年政府工作報告"
    # a draft leaves the day blank: the year still counts
    doc = parse_report(
        "  政府工作報告\n  ——2007年12月 日在**縣第十五屆人民代表大會第一次會議上\n  縣人民政府縣長***\n"
        "  各位代表:\n  現在,我代表縣人民政府,向縣十五屆人大一次會議報告本屆政府的工作。\n  一、過去五年政府工作回顧\n"
    )
    assert doc.meta["year"] == "2007"
    assert doc.meta.get("place") is None


def test_a_title_not_called_government_work_report() -> None:
    assert _title_and_place("快捷搜索:论文 合同 演讲 心得\n\n区长在代表会上工作汇报\n\n")[0] == "区长在代表会上工作汇报"


def test_a_place_from_the_opening_sentence() -> None:
    doc = parse_report(
        "各位代表:\n现在,我代表上杭县人民政府,向大会报告政府工作,请予审议。\n20XX年工作回顾\n"
        "20XX年,在市委、市政府和县委的坚强领导下,县政府全面贯彻党的十九大精神。\n"
    )
    assert doc.title == "上杭县政府工作报告"
    assert doc.meta["place"] == "上杭县"


def test_a_copy_that_lost_its_line_breaks_keeps_its_title_block() -> None:
    doc = parse_report(
        "1政府工作报告——2012年1月3日在盐田区第四届人民代表大会第一次会议上盐田区人民政府区长杜玲各位代表:"
        "现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。一、过去五年工作回顾"
        "本届政府任期自2006年10月至本次大会届满。\n"
    )
    assert doc.title == "盐田区2012年政府工作报告"
    doc = parse_report(
        "第1页共3页在第十五届人民代表大会第四次会议上的政府工作总结报告各位代表:现在,我代表县人民政府,"
        "向大会作政府工作总结报告,请予审议,并请县政协委员提出意见。\n"
    )
    assert doc.title == "在第十五届人民代表大会第四次会议上的政府工作总结报告"


def test_national_reports_get_no_local_place() -> None:
    doc = parse_report("各位代表：\n现在，我代表中央人民政府作工作报告。\n")
    assert "中央" not in doc.title


def _gdp(text: str, kind: str = "actual") -> float | None:
    from shigu_gui.model.vocabulary import headline_growth

    found = headline_growth(parse_report(text), kind)
    return None if found is None else found.growth


def test_indicators_of_a_report_in_traditional_characters() -> None:
    text = (
        "政 府 工 作報 告\n——2016年3月29日在平利縣第十七屆人民代表大會第五次會議上\n平利縣人民政府縣長 陳倫富\n"
        "各位代表:\n現(xiàn)在,我代表縣人民政府向大會作工作報告,請予審議。\n一、2015年和“十二五”工作回顧\n"
        "2015年,全縣上下攻堅克難,狠抓落實,圓滿完成了縣十七屆人大四次會議確定的目標任務。"
        "全年實現(xiàn)生產(chǎn)總值67.9億元,增長12.4%;地方一般預算收入1.4億元,增長12.3%。\n"
    )
    assert _gdp(text) == 12.4
    doc = parse_report(text)
    # the converter's pinyin after the characters it changed is no part of the text
    assert "現在,我代表" in doc.text and "(xiàn)" not in doc.text
    # a percentage in Chinese numerals reads through the simplified forms too: 百分之三十六點九
    doc = parse_report("各位代表：\n一、工作回顧\n在恢復期間工業總產值平均每年遞增百分之三十六點九。\n")
    assert [i.value for i in doc.indicators] == [36.9]


def test_a_growth_stated_before_words_of_several_years() -> None:
    text = (
        "各位代表：\n一、2008年工作回顧\n"
        "2008年全區生產總值完成142億元,增長14.7%,五年內翻了一番。\n"
    )
    assert _gdp(text) == 14.7
    # the words of several years before the growth still make it no year's figure
    assert _gdp("各位代表：\n一、2008年工作回顾\n五年内全区生产总值增长38%。\n") is None


def test_a_result_measured_against_its_target_is_no_target() -> None:
    text = (
        "各位代表：\n一、2009年工作回顾\n"
        "去年,全市地区生产总值9113亿元,增长11.5%,比预期目标高1.5个百分点;人均地区生产总值88834元,增长10%。\n"
    )
    assert _gdp(text) == 11.5
    assert _gdp(text, "target") is None


def test_names_after_a_verb_of_expectation_and_a_districts_product() -> None:
    text = (
        "各位代表：\n一、\"九五\"开局良好\n"
        "全市国内生产总值可达681亿元,比上年增长12.2%,人均国内生产总值突破万元大关;\n"
    )
    assert _gdp(text) == 12.2
    text = "各位代表：\n2009年工作回顾\n预计,地区增加值同比增长20%,其中服务业增长23%,占全区增加值的81%;\n"
    assert _gdp(text) == 20.0


def test_a_list_of_targets_that_ends_with_one_to_meet() -> None:
    text = (
        "2020年是全面建成小康社會和“十三五”規(guī)劃收官之年。在政府工作報告中,提出了2020年安徽發(fā)展預(yù)期目標(biāo)。\n"
        "今年發(fā)展的主要預(yù)期目標(biāo)是,全省生產(chǎn)總值增長7.5%,固定資產(chǎn)投資增長10%左右,"
        "單位生產(chǎn)總值能耗降低、主要污染物排放量降低完成國家下達(dá)目標(biāo)任務(wù)。\n"
    )
    assert _gdp(text, "target") == 7.5
    assert _gdp(text) is None


def test_a_news_story_names_the_place_and_year_before_the_figure() -> None:
    text = (
        "近日,在日照市五莲县第十七届人民代表大会第二次会议上,五莲县县长杜江涛作政府工作报告。\n"
        "经初步预计,五莲县2012年全年实现生产总值163亿元,比上年增长13%;农民人均纯收入达到9807元。\n"
        "此外,杜江涛还指出,2013年的主要预期目标是:生产总值增长13%,公共财政预算收入增长18%。\n"
    )
    assert _gdp(text) == 13.0
    assert _gdp(text, "target") == 13.0


def test_a_news_storys_headline_is_its_title() -> None:
    doc = parse_report(
        "政府工作報告提出:2010年漳州經(jīng)濟社會發(fā)展預(yù)期目標(biāo)\n圖為陳冬代市長正在作政府工作報告。\n"
        "本報記者 林忠 攝\n"
    )
    assert doc.title == "政府工作報告提出:2010年漳州經濟社會發展預期目標"


def test_a_copying_sites_mark_at_line_ends_is_dropped() -> None:
    doc = parse_report(
        "(广西)2021年马山县人民政府工作报告(全文) 政府工作报告v7R 2021 年 2 月 4 日在马山县"
        "第十六届人民代表大会v7R 第七次会议\n"
        "政府工作报告v7R\n2021 年 2 月 4 日在马山县第十六届人民代表\n"
        "大会v7R\n第七次会议上v7R\n县长 张自英v7R\n各位代表:v7R\n"
        "现在,我代表县人民政府,向大会报告政府工作,请予审议。并请政协委员和其他\n列席会议的同志提出意见。v7R\n"
        "一、 2020 年和十三五工作回顾v7R\n刚刚过去的 2020 年是极不平凡的一年,风险挑战前所未有。v7R\n"
    )
    assert [s.title for s in doc.sections] == ["2020年和十三五工作回顾"]
    assert "v7R" not in doc.text
    # a word that ends a few lines of a report is its own ('…推进5G', 'GDP')
    text = "各位代表：\n一、工作回顾\n" + "".join(f"第{i}项工作提升了人均GDP\n" for i in range(5))
    assert parse_report(text).text.count("GDP") == 5


def test_a_glossary_that_is_a_numbered_attachment() -> None:
    doc = parse_report(
        "各位代表：\n一、工作回顾\n推进“三品”认证，落实河长制。\n"
        "附件2\n《政府工作報(bào)告》名詞解釋\n"
        "1、“三個(gè)不動(dòng)搖、三個(gè)進(jìn)一步、三個(gè)不松手”:即堅(jiān)持黨的十八大精神引領(lǐng)不動(dòng)搖。\n"
        "2、“三品”:即無(wú)公害農(nóng)產(chǎn)品、綠色食品和有機(jī)農(nóng)產(chǎn)品。\n"
        "3、河長(zhǎng)制:即由各級(jí)黨政主要負(fù)責(zé)人擔(dān)任“河長(zhǎng)”。\n"
    )
    appendix = doc.sections[-1]
    assert appendix.title == "附件2 《政府工作報告》名詞解釋"
    assert [(s.kind, s.title) for s in appendix.children] == [
        ("term", "“三個不動搖、三個進一步、三個不松手”"), ("term", "“三品”"), ("term", "河長制"),
    ]
    assert [e.term for e in doc.glossary] == ["“三個不動搖、三個進一步、三個不松手”", "“三品”", "河長制"]


def test_two_numbers_side_by_side_stay_two() -> None:
    doc = parse_report(
        "公文搜 2021-07-28 08:33:25 政府报告\n各位代表：\n一、2020 年工作回顾\n增长 8 ．8 ％，1 9 9 8 年。\n"
    )
    assert "2021-07-28 08:33:25" in doc.text
    assert "8．8％" in doc.text
    assert "1998年" in doc.text


def test_asterisks_that_stand_for_a_blanked_word_stay() -> None:
    doc = parse_report("2015年县政府工作报告\n各位代表:\n一、**年工作回顾\n过去一年,全县上下顽强拼搏。\n")
    assert [s.title for s in doc.sections] == ["**年工作回顾"]
    # bold type marked in pairs still goes
    doc = parse_report("各位代表：\n**一、2024年工作回顾**\n过去一年，**全省**经济回升向好。\n")
    assert [s.title for s in doc.sections] == ["2024年工作回顾"]
    assert "**" not in doc.text


def test_a_document_sites_page_numbers_inside_sentences() -> None:
    doc = parse_report(
        "《xx区政府工作报告》由会员上传分享,免费在线阅读。\n"
        "1、XX区政府工作报告各位代表:现在,我代表东水区人民政府,向大会作政府工作报告,请予审议。"
        "一、综合经济实力大幅跃升按照\"不求所有,但求所在\"的发展思路,竭诚为各类企业服务,促进了\n"
        "2、辖区经济持续快速健康发展。XX年实现国内生产总值482.7亿元,五年年均递增20.7%;"
        "第三产业快速崛起。XX年我区社会商品零售总\n"
        "3、额达到84.3亿元,年均递增12.6%。\n"
    )
    assert "促进了辖区经济持续快速健康发展。" in doc.text
    assert "社会商品零售总额达到84.3亿元" in doc.text
    assert not [s for s in doc.flat_sections if s.number in ("2、", "3、")]
    # a list after a sentence keeps its numbers
    doc = parse_report("各位代表：\n一、工作回顾\n主要做了以下工作。\n1、抓发展，促增长。\n2、抓改革，增活力。\n")
    assert "2、抓改革" in doc.text


def test_a_traditional_plan_part_holds_targets() -> None:
    text = (
        "各位代表：\n一、過去一年工作回顧\n全市地區生產總值增長9.5%。\n"
        "二、主要任務\n地區生產總值增長10%左右，規上工業增加值增長11%以上。\n"
    )
    assert _gdp(text) == 9.5
    assert _gdp(text, "target") == 10.0


def test_traditional_appendix_and_footer_words() -> None:
    doc = parse_report(
        "各位代表：\n一、工作回顧\n推進河長制。\n附錄\n名詞解釋\n1、河長制：即由各級黨政主要負責人擔任河長。\n"
        "版權所有 某某縣人民政府\n"
    )
    assert [(s.kind, s.title) for s in doc.flat_sections] == [
        ("part", "工作回顧"), ("appendix", "附錄 名詞解釋"), ("term", "河長制"),
    ]
    assert [e.term for e in doc.glossary] == ["河長制"]
    assert "版權所有" not in doc.glossary[0].definition


def test_a_traditional_title_block_with_source_and_wrapped_meeting() -> None:
    doc = parse_report(
        "政府工作報告\n來源：閩南日報\n——2010年1月12日在某某市第十四屆人民代表大\n會第五次會議\n"
        "各位代表：\n一、工作回顧\n"
    )
    assert doc.meta["source"] == "閩南日報"
    assert doc.meta["date_place"].endswith("會第五次會議")
    assert doc.title == "某某市2010年政府工作報告"


_HANBIN = [
    "各位代表:",
    "现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。",
    "一、过去一年工作回顾",
    "2024年,我们紧扣高质量发展主题,深化拓展“三个年”活动,创新聚力、实干奋进,实现地区生产总值440.5亿元、"
    "增长5.4%,固定资产投资增长6.5%,规上工业增加值增长11%,社会消费品零售总额增长7.9%,财政一般预算收入增长6.4%,"
    "城乡居民人均可支配收入分别增长4.8%、7.2%。",
    "(一)坚持项目支撑、招商赋能,经济基础更加坚实。深化“四个一批”项目管理,158个重点项目完成投资189.4亿元,"
    "垃圾焚烧发电、柏润高端制袜等99个项目建成投用,新谋划重点项目630个、总投资1280亿元,项目建设带动投资增长11个百分点。"
    "坚持内外并举、上下联动,争取上级转移支付31.8亿元、专项资金25.8亿元,新增一般债券2.3亿元、专项债券6.4亿元,"
    "苏陕帮扶2.1亿元,建行援助0.3亿元。",
    "(二)坚持改革创新、多维保障,发展活力加快释放。落实领导干部包抓“五上”企业机制,出台服务民营经济高质量发展21条措施,"
    "组织政银企对接活动11场次,办理“税银贷”12.7亿元、退税8800万元,兑付惠企资金3536万元,新增“五上”企业62户,增量全市第一。",
]


def test_a_copy_of_an_official_document_wrapped_at_its_line_width() -> None:
    # an official document prints 28 characters a line; a copy of its text keeps those breaks and the
    # page numbers at the feet of the pages
    lines = [p[i: i + 28] for p in _HANBIN for i in range(0, len(p), 28)]
    lines.insert(9, "— 2 —")
    doc = parse_report("政府工作报告\n2025年3月21日在汉滨区第十九届人民代表大会第四次会议上\n" + "\n".join(lines))
    assert all(p in doc.text for p in _HANBIN)
    assert "— 2 —" not in doc.text
    assert [s.title for s in doc.flat_sections] == [
        "过去一年工作回顾", "坚持项目支撑、招商赋能,经济基础更加坚实", "坚持改革创新、多维保障,发展活力加快释放",
    ]
    assert _gdp("\n".join(lines)) == 5.4


def test_a_page_number_alone_after_running_text_is_no_empty_line() -> None:
    running = "一年来，全县上下攻坚克难，狠抓落实，圆满完成了县十七届人大四次会议确定的各项目标任务和全年的各项工作"
    text = "各位代表：\n" + running + "\n2、\n— 3 —\n"
    doc = parse_report(text)
    assert all(p.end > p.start for p in doc.paragraphs)


_REVIEW = "过去一年，全县经济平稳较快发展，各项事业全面进步，人民生活持续改善。\n"
_ITEMS = "".join(f"{c}、做好第{c}方面的工作\n全面推进第{c}项工作，确保取得实效，让群众得到实惠。\n"
                 for c in "一二三四五六七八九十")


def test_an_unnumbered_part_heading_holds_the_numbered_list_below_it() -> None:
    # '2005年主要任务' / '今年政府工作重点' on a line of its own, over 一、…十、: one part holding ten
    # items, not ten parts.
    for heading in ("2005年主要任务", "今年政府工作重点"):
        doc = parse_report("各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n2004年工作回顾\n"
                           + _REVIEW + heading + "\n今年政府工作的总体要求是：坚持发展第一要务。\n" + _ITEMS)
        assert [s.title for s in doc.sections] == ["2004年工作回顾", heading]
        assert len(doc.sections[1].children) == 10


def test_a_slogan_and_a_colon_before_a_part_name() -> None:
    doc = parse_report("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n站在新起点：2012年工作回顾\n"
                       + _REVIEW + "（一）经济发展稳中向好。地区生产总值增长6.5%。\n"
                       "迈向新征程：2013年工作安排\n今年是关键之年。\n（一）着力扩大有效投资。全年实施重点项目100个。\n")
    assert [s.title for s in doc.sections] == ["站在新起点：2012年工作回顾", "迈向新征程：2013年工作安排"]
    assert [c.title for c in doc.sections[0].children] == ["经济发展稳中向好"]


def test_page_numbers_run_into_a_one_line_copy_are_taken_out() -> None:
    # A PDF flattened to one line keeps its page numbers ('— 20 —') where the pages broke, even
    # between a heading's number and its words.
    review = "过去一年，全县上下齐心协力，经济运行稳中有进，地区生产总值增长6.5%，城乡居民收入稳步提高。" * 20
    plan = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。" * 20
    for mark in ("二、— 20 — 2024年工作安排", "— 20 — 二、2024年工作安排", "二、-20-2024年工作安排"):
        doc = parse_report("各位代表：现在，我代表县人民政府向大会报告工作，请予审议。一、2023年工作回顾"
                           + review + "— 19 —" + review + mark + plan + "— 21 —" + plan)
        assert [s.title for s in doc.sections] == ["2023年工作回顾", "2024年工作安排"]
        assert not any(mark in doc.text for mark in ("— 19 —", "— 21 —", "-20-", "— 20 —"))
        assert "稳步提高。过去一年" in doc.text


def test_a_dash_and_a_number_in_the_text_are_not_page_numbers() -> None:
    # One such mark alone is the report's own words.
    text = ("各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2023年工作回顾\n"
            "重点项目—20—个全部开工，增长6.5%。\n")
    assert "—20—" in parse_report(text).text


def _figures(review_line: str) -> list[tuple[str, float | None, float | None]]:
    doc = parse_report("各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2023年工作回顾\n" + review_line
                       + "\n二、2024年工作安排\n")
    return [(i.name, i.value, i.growth) for i in doc.indicators]


def test_a_growth_belongs_to_the_value_before_it_not_to_a_comparison_after_it() -> None:
    figures = _figures("全县地区生产总值完成285亿元，比上年增长3.1%、高于全省平均水平0.5个百分点。")
    assert figures[0] == ("全县地区生产总值", 285.0, 3.1)
    assert all(growth is None for name, _, growth in figures[1:])


def test_a_note_in_brackets_with_a_comma_splits_no_clause() -> None:
    [(name, value, growth)] = _figures("全市生产总值达到2650.6亿元（不含定州，下同）、增长9%。")
    assert name.endswith("生产总值") and (value, growth) == (2650.6, 9.0)


def test_a_net_increase_between_the_figure_and_its_growth_is_not_a_figure() -> None:
    # 柳林县 2023 (a county portal, traditional script): 净增 names a change, not what grew; the
    # growth after it is the region's product's.
    doc = parse_report(
        "2022年工作回顧\n"
        "2022年,我縣地區生產總值突破400億元大關,達到417億元,淨增110.8億元,同比(下同)增長9.4%,"
        "總量全市第二,增速全市第一;規上工業增加值增長15.7%,增速全市第二。\n"
    )
    gdp = headline_growth(doc, "actual")
    assert gdp is not None and gdp.growth == 9.4
    assert not any(i.name in ("淨增", "净增") for i in doc.indicators)


def test_a_portals_record_fields_are_neither_title_nor_sentence() -> None:
    # 泾县 2007 (a county portal): the breadcrumb and the record's fields (索引号, 名称, 发布日期) have
    # no full stop and ran together into one "title" naming the place 您现在所在的位置…泾县.
    doc = parse_report(
        "您现在所在的位置: 网站首页> 政府信息公开首页 > 泾县人民政府办公室> 政府工作报告\n"
        "索引号: 003257952/200808-00011 组配分类: 政府工作报告\n"
        "发布机构: 泾县人民政府(办公室) 主题分类: 综合政务\n"
        "名称: 2007年政府工作报告 文号: 200808_PF001030601200808003\n"
        "发布日期: 2007-03-02 00:00\n"
        "2007年政府工作报告\n"
        "发布时间:2007-03-02 00:00 来源:泾县人民政府 浏览次数: 字体:[ ]\n"
        "\n"
        "——2007年2月8日在泾县第十五届人民代表大会第一次会议上\n"
        "泾县人民政府县长  张 平\n"
        "   一、过去四年政府工作回顾\n"
        "   经济总量稳步攀升。2006年地区生产总值26.8亿元,较上年增长12%,年均增长11%。\n"
    )
    assert doc.title == "泾县2007年政府工作报告"
    assert doc.meta["place"] == "泾县"
    assert [s.title for s in doc.sections] == ["过去四年政府工作回顾"]


def test_a_page_heading_about_a_report_names_the_place_after_guanyu() -> None:
    # 广州市 2017 (a copy on an essay site): the page's heading '关于广州市政府工作报告'.
    doc = parse_report(
        "关于广州市政府工作报告\n"
        "??2017年1月5日在广州市第十五届人民代表大会第一次会议上\n"
        "市长温国辉\n"
        "各位代表:\n"
        "我代表市人民政府向大会作政府工作报告,请予审议,并请政协委员和其他列席人员提出意见。\n"
        "一、过去五年工作回顾\n"
        "本届政府任期五年,圆满完成了市十四届人大确定的主要目标任务。\n"
    )
    assert doc.meta["place"] == "广州市"
    assert doc.meta["year"] == "2017"


def test_a_long_unnumbered_review_heading_opening_with_its_year_is_the_first_part() -> None:
    # 邯郸市 2025 (a scraped copy): the review part's heading is a slogan opening with its year,
    # longer than a usual un-numbered part; it was joined to the paragraph after it and its
    # （一）（二） items became the parts.
    doc = parse_report(
        "各位代表:\n"
        "现在,我代表市人民政府向大会报告工作,请予审议,并请市政协各位委员和列席同志提出意见。\n"
        "2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单\n"
        "过去的一年,奋斗充满艰辛,成绩殊为不易。我们坚持以习近平新时代中国特色社会主义思想为指导,"
        "较好完成了市十六届人大五次会议确定的主要目标任务。\n"
        "(一)经济实力实现新跃升。地区生产总值完成4704.3亿元、增长6.1%,规模以上工业增加值增长9.5%。\n"
        "(二)产业转型实现新突破。\n"
    )
    heading = "2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单"
    assert [s.title for s in doc.sections] == [heading]
    assert [c.title for c in doc.sections[0].children] == ["经济实力实现新跃升", "产业转型实现新突破"]
    gdp = headline_growth(doc, "actual")
    assert gdp is not None and gdp.growth == 6.1


def test_a_sentence_opening_with_a_year_still_joins_its_next_line() -> None:
    # a hard-wrapped sentence that opens with a year goes on; only a title line stands alone
    doc = parse_report(
        "各位代表:\n"
        "一、2018年工作回顾\n"
        "2018年化解政府性债务4.75亿元,完成年度任务的115%,其中十个全覆盖及人居环境整治工程\n"
        "款全部化解。\n"
    )
    assert "整治工程款全部化解。" in doc.text


# A document-sharing site's one-line copy (wnwk): its page counter, its own name for the upload,
# then the report's title, speaker and date run together, and a review headed 工作回忆 (the site
# swaps words: 回忆 for 回顾, 开展 for 发展).
_ONE_LINE_UPLOAD = (
    "第1页共18页XX市政府投融资工作考察报告XX市政府工作报告张剑飞2012年1月6日各位代表:现在,我代表市人民政府"
    "向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。一、2011年工作回忆2011年是形势复杂、"
    "困难较多的一年,也是攻坚克难、发奋有为的一年。在市委的坚强领导下,全市上下科学应对,积极作为,圆满完成了"
    "市第十三届人民代表大会第四次会议确定的目标任务,实现了‘十二五'的良好开局。——经济开展再上新台阶。地区生产总值跨越5000亿元,"
    "达5600亿元(预计数,下同),增长14%以上;辖内财政收入迈过千亿大关,达1330亿元,增长28.55%。"
)


def test_a_one_line_uploads_title_drops_the_sites_name_and_the_speaker() -> None:
    doc = parse_report(_ONE_LINE_UPLOAD)
    assert doc.title == "XX市政府工作报告"
    assert doc.meta["year"] == "2012"


def test_a_one_line_uploads_review_reports_the_years_results() -> None:
    doc = parse_report(_ONE_LINE_UPLOAD)
    assert [s.title for s in doc.sections] == ["2011年工作回忆"]
    gdp = headline_growth(doc, "actual")
    assert gdp is not None and gdp.growth == 14 and gdp.growth_qualifier == "以上"
    assert headline_growth(doc, "target") is None


def test_a_run_in_review_headed_zongti_huigu_is_a_part() -> None:
    # a county's one-line copy (wnwk): '一、“十五”时期…情况总体回顾' run in between sentences
    doc = parse_report(
        "第1页共3页在第十五届人民代表大会第四次会议上的政府工作总结报告各位代表:现在,我代表县人民政府,"
        "向大会作政府工作总结报告,请予审议,并请县政协委员提出意见。一、“十五〞时期经济和社会开展情况总体回忆"
        "“十五〞期间是我县开展最快最好的时期之一。县政府在市委、市政府和县委的正确领导下,在县人大、县政协的"
        "有效监督和大力支持下,紧紧依靠全县人民,突出开展第一要务,提前一年完成“十五〞方案目标任务,国民经济和"
        "社会开展取得了令人瞩目的重大成就。——综合经济实力显著增强。预计2005年实现生产总值95亿元,年均增长19%。"
    )
    assert [s.title for s in doc.sections] == ["“十五〞时期经济和社会开展情况总体回忆"]


def test_a_one_line_copy_with_a_numbered_heading_ending_in_a_full_stop() -> None:
    # 北京市 2010 (wenke99, a copy with no line breaks): the title runs into '各位代表,现在,…' and
    # the review's heading ends with a full stop before its text.
    doc = parse_report(
        "北京市政府工作报告 北京市政府工作报告 各位代表,现在,我代表北京市人民政府,向大会报告政府工作,请予审议,"
        "并请市政协各位委员提出意见。 一、过去一年工作回顾。XX年是首都发展历程中很不平凡的一年。在党中央、国务院和"
        "中共北京市委的坚强领导下,全市人民坚定信心,团结奋斗,克服困难,开拓创新,较好地完成了“打赢一场硬仗、办好"
        "一件大事”的目标任务。 应对国际金融危机冲击取得显著成效。初步核算,全市地区生产总值达到11865.9亿元,"
        "比上年增长10.1%,人均地区生产总值超过1万美元;完成地方财政收入2026.8亿元,增长10.3。"
    )
    assert doc.title == "北京市政府工作报告"
    assert [s.title for s in doc.sections] == ["过去一年工作回顾"]
    gdp = headline_growth(doc, "actual")
    assert gdp is not None and gdp.growth == 10.1


def test_a_sentence_ending_in_gongzuo_huigu_is_no_run_in_heading() -> None:
    # only a numbered heading may end with a full stop
    chunk = ("各位代表:现在,我代表市人民政府向大会报告工作。" + "我们认真总结经验,扎实推进各项工作," * 14
             + "成绩来之不易。下面是年度工作回顾。这一年很不平凡,我们迎难而上,取得了新的成绩。")
    doc = parse_report(chunk)
    assert "下面是年度工作回顾。这一年" in doc.text  # one paragraph, not cut at the sentence


def test_a_review_headed_gongzuo_huiyi_is_a_review_when_the_site_rewrote_its_years() -> None:
    # The same upload as the site serves it: it rewrites every year to the upload's (the date line
    # and the review both say 2023) and writes 回忆 for 回顾. The review is still the review.
    doc = parse_report(_ONE_LINE_UPLOAD.replace("2012年", "2023年").replace("2011年", "2023年"))
    assert [s.title for s in doc.sections] == ["2023年工作回忆"]
    gdp = headline_growth(doc, "actual")
    assert gdp is not None and gdp.growth == 14
    assert headline_growth(doc, "target") is None


def test_verbs_of_reaching_are_not_part_of_the_name() -> None:
    # 包头市 2013, 酉阳土家族苗族自治县 2022, a wnwk one-line copy: the verb before the number
    # (跨越了, 升至) and a year after the opening filler (预计2012年…) are not the figure's name.
    doc = parse_report(
        "一、过去五年工作回顾\n"
        "经济总量跨越了两千亿元和三千亿元两个台阶。预计2012年全市生产总值完成3440亿元左右,是2007年的2.1倍。\n"
        "2021年,预计实现地区生产总值230亿元,年均增长5.4%;市场主体升至4.9万户,净增1.5万户。\n"
        "地区生产总值跨越5000亿元,达5600亿元(预计数,下同),增长14%以上。\n"
    )
    names = [i.name for i in doc.indicators]
    assert "全市生产总值" in names and "市场主体" in names
    assert not any(n.endswith(("升至", "跨越", "跨越了")) or n[:1].isdigit() for n in names)


def test_dash_items_written_with_three_dashes_or_ascii_hyphens() -> None:
    # 包头市 2013 writes '———' (one dash too many), 长沙市 2010 (a scraped copy) '----'.
    doc = parse_report(
        "各位代表:\n"
        "一、过去五年工作回顾\n"
        "五年来,市政府团结依靠全市各族人民,完成了各项任务。\n"
        "———综合实力大幅提升。紧紧抓住国家实施西部大开发战略的历史机遇,经济实现了平稳较快发展。\n"
        "  ----实现经济平稳快速增长。全年完成地区生产总值3300亿元,增长14.5%(预计数,下同)。\n"
        "---\n"
        "二、2010年工作安排\n"
    )
    review = doc.sections[0]
    assert [c.title for c in review.children] == ["综合实力大幅提升", "实现经济平稳快速增长"]
    assert [s.title for s in doc.sections] == ["过去五年工作回顾", "2010年工作安排"]


def test_a_level_word_before_the_title_names_no_place() -> None:
    # 长沙市 2010 (a scraped copy headed '市人民政府工作报告'), a 旗's report a site heads
    # '县政府工作报告': the title is the report's place and year.
    doc = parse_report(
        "市人民政府工作报告\n"
        "2010-3-30 15:21:26\n"
        "\n"
        "长沙市人民政府市长张剑飞2010年1月16日在长沙市第十三届人民代表大会第三次会议上\n"
        "市长张剑飞\n"
        "各位代表:\n"
        "  现在,我代表市人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
        "一、2009年工作回顾\n"
        "  2009年是新世纪以来我市经济社会发展最为困难的一年。\n"
    )
    assert doc.title == "长沙市2010年政府工作报告"
    assert doc.meta["place"] == "长沙市"


def test_a_cover_title_set_a_few_words_a_line_is_one_title() -> None:
    # a city's five-year report as a document site copies its cover (yunko): '市政府' / '五年' /
    # '工作报告'; the title was '工作报告'.
    doc = parse_report(
        "市政府\n五年\n工作报告\n各位代表:\n"
        "现在,我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
        "x届政府工作及“十四五”开局\n"
        "市x届人大一次会议以来的五年,是xx在百年未有之大变局中发生深刻变革、实现华丽蜕变、铸就历史辉煌的五年。\n"
    )
    assert doc.title == "市政府五年工作报告"
    assert [s.title for s in doc.sections] == ["x届政府工作及“十四五”开局"]


def test_a_sites_line_before_a_whole_title_is_not_joined_to_it() -> None:
    doc = parse_report("新闻中心\n政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2018年工作回顾\n")
    assert "新闻中心" not in doc.title


def test_growths_in_a_review_of_several_years_are_not_the_years_own() -> None:
    # 2018 national (issue 23, class 8): in '过去五年工作回顾', a paragraph opening '五年来' gives
    # '单位国内生产总值能耗、水耗均下降20%以上' (a five-year figure, charted beside 2017's GDP);
    # the paragraph on 2017 keeps its growths.
    doc = parse_report(
        "各位代表：\n"
        "一、过去五年工作回顾\n"
        "五年来，生态环境状况逐步好转。制定实施大气、水、土壤污染防治三个“十条”并取得扎实成效。"
        "单位国内生产总值能耗、水耗均下降20%以上，主要污染物排放量持续下降，重点城市重污染天数减少一半。\n"
        "刚刚过去的2017年，经济社会发展主要目标任务全面完成并好于预期。国内生产总值增长6.9%，居民收入增长7.3%，"
        "增速均比上年有所加快；城镇新增就业1351万人，失业率为多年来最低；工业增速回升，企业利润增长21%。\n"
        "二、2018年经济社会发展总体要求和政策取向\n"
        "今年发展的主要预期目标是：国内生产总值增长6.5%左右；单位国内生产总值能耗下降3%以上。\n"
    )
    actual = {i.name: i.growth for i in doc.indicators if i.kind == "actual" and i.growth is not None}
    assert actual == {"国内生产总值": 6.9, "居民收入": 7.3, "企业利润": 21.0}
    gdp = headline_growth(doc, "actual")
    assert gdp is not None and gdp.growth == 6.9


def test_a_plan_part_under_a_slogan_holds_the_targets() -> None:
    # A county's report (98523.com) heads its plan '二、解放思想，与时俱进，开创经济建设和社会发展的
    # 新局面': no year, no 安排 or 任务. Its plan sentence (issue 23, class 7: '全县生产总值达到43.5亿元，
    # 增长14.5%') was read as the year's result.
    doc = parse_report(
        "各位代表:\n"
        "一、2002年工作回顾\n"
        "全县生产总值完成38亿元,增长13%。\n"
        "二、解放思想，与时俱进，开创经济建设和社会发展的新局面\n"
        "根据上级总体部署,结合我县实际,全县经济建设和社会发展的奋斗方向已经明确。"
        "全县生产总值达到43.5亿元，增长14.5%；财政收入达到3亿元，增长10%。\n"
        "三、加强政府自身建设\n"
        "我们要加强政府建设。\n"
    )
    actual, target = headline_growth(doc, "actual"), headline_growth(doc, "target")
    assert actual is not None and actual.growth == 13
    assert target is not None and target.growth == 14.5


def test_a_title_naming_the_meeting_gives_no_place_starting_with_zai() -> None:
    # A draft on a writing site (新文秘网, 2007): the place is starred out, the title names the
    # meeting; the place read was '在縣'.
    doc = parse_report(
        "在縣第十五屆人民代表大會第一次會議上的政府工作報告\n"
        "  政府工作報告\n"
        "  ——2007年12月 日在**縣第十五屆人民代表大會第一次會議上\n"
        "  縣人民政府縣長***\n"
        "  各位代表:\n"
        "  現在,我代表縣人民政府,向縣十五屆人大一次會議報告本屆政府的工作,請予審議。\n"
        "  一、過去五年政府工作回顧\n"
    )
    assert not doc.meta.get("place", "").startswith("在")
    assert doc.meta["year"] == "2007"


def test_a_news_headline_naming_the_speaker_and_the_meeting_gives_the_meetings_place() -> None:
    # 上海市 2026 as a news site reposts it (reportify, one line): the headline
    # '龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告' gave the place '龚正市长在上海市'.
    doc = parse_report(
        "龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告\n"
        "Jie Fang Ri Bao·2026-02-09 01:28\n"
        "政府工作报告 ——2026年2月3日在上海市第十六届人民代表大会第四次会议上 上海市市长 龚正 各位代表: "
        "现在,我代表上海市人民政府,向大会报告工作,请予审议。请各位政协委员和其他列席人员提出 意见。 "
        "一、2025年工作回顾 2025年是\"十四五\"规划冲刺收官、\"十五五\"规划谋篇布局之年。"
        + "过去一年,我们着力推动高质量发展,完成了目标任务。" * 6
        + " 一年来,全市经济社会发展稳中有进、进中提质。一是经济持续回升向好。"
        "全市生产总值达到5.67 万亿元、增长5.4%,好于预期。\n"
    )
    assert doc.meta["place"] == "上海市"
    assert doc.meta["year"] == "2026"
    assert [s.title for s in doc.sections] == ["2025年工作回顾"]
    gdp = headline_growth(doc, "actual")
    assert gdp is not None and gdp.growth == 5.4
