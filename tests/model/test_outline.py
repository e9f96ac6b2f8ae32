"""The seed's outline, metadata and the normalisation that feeds it."""

from __future__ import annotations

from shigu_gui.model import Document, Section, parse_report


def titles(sections: tuple[Section, ...]) -> list[str]:
    return [s.title for s in sections]


def find(doc: Document, text: str) -> Section:
    return next(s for s in doc.flat_sections if text in s.title)


def test_metadata_from_the_title_block(seed_doc: Document) -> None:
    assert seed_doc.title == "石鼓区2019年政府工作报告"
    meta = seed_doc.meta
    assert meta["heading"] == "政府工作报告"
    assert meta["speaker"] == "刘浪"
    assert meta["date"] == "2019年4月22日"
    assert "第四届人民代表大会第四次会议" in meta["date_place"]
    assert meta["meeting"].startswith("区四届人大四次会议文件")


def test_top_level_parts(seed_doc: Document) -> None:
    assert titles(seed_doc.sections) == [
        "2018年工作回顾",
        "2019年工作安排",
        "《政府工作报告》相关名词解释",
    ]
    assert [s.number for s in seed_doc.sections] == ["一、", "二、", None]


def test_run_in_subparts_and_dash_leads(seed_doc: Document) -> None:
    review = seed_doc.sections[0]
    paren = [s for s in review.children if s.number and s.number.startswith("（")]
    assert [s.number for s in paren] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    first = paren[0]
    assert first.title == "突出打硬仗，三大攻坚战扎实推进"
    assert seed_doc.text[first.start: first.heading_end] == "（一）突出打硬仗，三大攻坚战扎实推进。"
    dashes = [s.title for s in review.children if s.kind == "dash"]
    assert dashes[0] == "开创了经济高质量发展的好局面"
    assert len(dashes) == 4


def test_headlines_and_leads_under_the_plan(seed_doc: Document) -> None:
    plan = seed_doc.sections[1]
    headlines = titles(plan.children)
    assert headlines[0] == "加快建设现代产业体系，推动经济高质量发展"
    assert headlines[-1] == "打造最强执行力政府"
    assert len(headlines) == 7
    leads = titles(plan.children[0].children)
    assert leads == ["要提速发展现代服务业", "要大力发展乡村旅游", "要扶持发展文化产业"]
    last = plan.children[-1]
    assert [s.number for s in last.children] == ["（一）", "（二）", "（三）", "（四）"]
    assert all(s.level == 3 for s in last.children)


def test_appendix_lists_the_terms(seed_doc: Document) -> None:
    appendix = seed_doc.sections[-1]
    assert appendix.kind == "appendix"
    assert len(appendix.children) == 12
    assert appendix.children[11].title == "“三点半”课堂"


def test_spans_are_nested_and_in_range(seed_doc: Document) -> None:
    def check(section: Section, lo: int, hi: int) -> None:
        assert lo <= section.start < section.heading_end <= section.end <= hi
        previous_end = section.start
        for child in section.children:
            assert child.start >= previous_end
            check(child, section.start, section.end)
            previous_end = child.end

    for top in seed_doc.sections:
        check(top, 0, len(seed_doc.text))


def test_page_breaks_inside_sentences_are_rejoined(seed_doc: Document) -> None:
    assert "节能减排、安全生产" in seed_doc.text
    assert "文明志愿者" in seed_doc.text
    assert "\n\n" not in seed_doc.text


def test_indentation_is_not_content(seed_doc: Document) -> None:
    for para in seed_doc.paragraphs:
        body = seed_doc.text[para.start: para.end]
        assert body == body.strip(" \u3000\t")


def test_paragraphs_map_back_to_source_lines(seed_doc: Document, seed_text: str) -> None:
    lines = seed_text.split("\n")
    for para in seed_doc.paragraphs:
        first_chars = seed_doc.text[para.start: para.start + 4]
        assert first_chars in lines[para.source_line - 1]


def test_section_at_finds_the_innermost(seed_doc: Document) -> None:
    lead = find(seed_doc, "要大力发展乡村旅游")
    assert seed_doc.section_at(lead.start + 10) == lead
    path = seed_doc.section_path(seed_doc.section_index_at(lead.start + 10))
    assert [s.title for s in path][0] == "2019年工作安排"
    assert seed_doc.section_at(0) is None


def test_one_line_report_is_split_into_paragraphs() -> None:
    text = (
        "某市市长　张三 各位代表： 　　现在，我代表市人民政府作报告。 　　一、2019年工作回顾"
        " 　　过去一年，地区生产总值增长6%。 　　二、2020年主要任务 　　（一）稳增长。要稳住经济。"
    )
    doc = parse_report(text)
    assert titles(doc.sections) == ["2019年工作回顾", "2020年主要任务"]
    assert doc.title == "某市2020年政府工作报告"
    assert doc.meta["speaker"] == "张三"


def test_unnumbered_part_headings() -> None:
    body = "这是一段足够长的正文内容，用来说明这一年的工作成效和存在的问题，内容不少于四十个字符。"
    text = "\n".join(
        ["各位代表：", "2024年工作回顾", body, "（一）做好一件事。" + body,
         "2025年工作安排", "（一）扩大内需。" + body, "加强政府自身建设", "（一）树牢政绩观。" + body]
    )
    doc = parse_report(text)
    assert titles(doc.sections) == ["2024年工作回顾", "2025年工作安排", "加强政府自身建设"]


def test_arabic_and_parenthesised_arabic_levels() -> None:
    body = "这是足够长的一段正文，用来让前一行成为标题而不是被接到句子里去，内容不少于四十个字。"
    text = "\n".join([
        "各位代表：", "一、2020年工作安排", "（一）稳增长。" + body,
        "1．扩大有效投资。" + body, "（１）抓项目。" + body, "（２）保要素。" + body,
        "2.促进消费。" + body, "（二）防风险。" + body,
    ])
    doc = parse_report(text)
    part = doc.sections[0]
    first, second = part.children
    assert [c.number for c in first.children] == ["1．", "2."]
    assert [c.title for c in first.children[0].children] == ["抓项目", "保要素"]
    assert first.children[0].children[0].number == "（１）"
    assert first.children[0].children[0].level == 4
    assert second.title == "防风险"


# The hierarchy each report declares (issue 12): no fixed ranking of numbering styles.
BODY = "这是一段足够长的正文内容，用来说明这一年的工作成效和存在的问题，内容不少于四十个字符。"


def test_a_numeral_and_a_space_on_a_short_line_is_a_part() -> None:
    doc = parse_report("\n".join(["各位代表：", BODY, "一\u3000国内形势", BODY, "二 国际形势", BODY]))
    assert [s.label for s in doc.sections] == ["一国内形势", "二国际形势"]


def test_bare_numeral_lines_are_parts() -> None:
    doc = parse_report("\n".join(["各位代表：", BODY, "一", BODY, "（一）做好一件事。" + BODY, "二", BODY]))
    assert [s.label for s in doc.sections] == ["一", "二"]
    assert [c.number for c in doc.sections[0].children] == ["（一）"]


def test_parenthesised_numbers_at_the_top_when_there_is_no_part_numbering() -> None:
    doc = parse_report("\n".join(["各位代表：", BODY, "（一）过去一年的工作", BODY, "1．农业。" + BODY,
                                  "（二）今年的任务", BODY]))
    assert titles(doc.sections) == ["过去一年的工作", "今年的任务"]
    assert [c.number for c in doc.sections[0].children] == ["1．"]


def test_an_opening_list_does_not_swallow_the_parts() -> None:
    doc = parse_report("\n".join(["各位代表：", "（一）第一件事。" + BODY, "（二）第二件事。" + BODY,
                                  "一、过去一年的工作", BODY, "（一）农业。" + BODY, "二、今年的任务", BODY]))
    assert titles(doc.sections) == ["过去一年的工作", "今年的任务"]
    assert titles(doc.sections[0].children) == ["农业"]


def test_parenthesised_parts_on_lines_of_their_own_hold_a_list_of_parts_style() -> None:
    # 1981: （一）…（三） are the parts, the ten 一、…十、 points stand in （二）.
    lines = ["各位代表：", BODY, "（一）当前的经济形势", BODY, "（二）今后经济建设的方针", BODY,
             "一、依靠政策和科学，加快农业的发展", BODY, "二、把消费品工业的发展放到重要地位", BODY,
             "各位代表：", BODY, "（三）我国经济发展的前景", BODY]
    doc = parse_report("\n".join(lines))
    assert titles(doc.sections) == ["当前的经济形势", "今后经济建设的方针", "我国经济发展的前景"]
    assert titles(doc.sections[1].children) == ["依靠政策和科学，加快农业的发展", "把消费品工业的发展放到重要地位"]


def test_unnumbered_parts_and_closing_words() -> None:
    doc = parse_report("\n".join(["各位代表：", BODY, "过去五年的回顾", BODY, "一、农业", BODY, "二、工业", BODY,
                                  "今后五年的主要任务", BODY, "一、调整结构", BODY, "结束语", BODY]))
    assert titles(doc.sections) == ["过去五年的回顾", "今后五年的主要任务", "结束语"]
    assert titles(doc.sections[1].children) == ["调整结构"]


def test_a_list_restarting_inside_a_part_stays_inside_it() -> None:
    doc = parse_report("\n".join([
        "各位代表：", "一、过去的回顾", BODY, "二、今后的任务", BODY,
        "（一）", "第一项任务，内容写在下一行。", BODY, "一、确定增长率", BODY,
        "二、控制投资规模", BODY, "一、", "基础设施。" + BODY, "二、", "技术改造。" + BODY, "三、地区分布。" + BODY,
        "三、发展科学教育", BODY, "三、经济体制改革", BODY, "第一、", "坚持独立自主。" + BODY, "第二、平等。" + BODY,
        "结束语", BODY,
    ]))
    assert titles(doc.sections) == ["过去的回顾", "今后的任务", "经济体制改革", "结束语"]
    plan = doc.sections[1]
    assert [c.label for c in plan.children] == [
        "（一）第一项任务，内容写在下一行", "一、确定增长率", "二、控制投资规模", "三、发展科学教育",
    ]
    assert [c.title for c in plan.children[2].children] == ["基础设施", "技术改造", "地区分布"]
    assert [c.number for c in doc.sections[2].children] == ["第一、", "第二、"]


def test_a_concatenation_starts_again_at_each_greeting() -> None:
    one = "\n".join(["各位代表：", "一、回顾", BODY, "二、任务", BODY])
    doc = parse_report(one + "\n" + one)
    assert titles(doc.sections) == ["回顾", "任务", "回顾", "任务"]


def test_any_unicode_space_is_indentation() -> None:
    lines = ["各位代表：", "一、2024年工作回顾", BODY, "二、2025年主要任务", BODY]
    for space in ("\u2003", "\u2002", "\u00a0", "\u202f", "\u3000", "\t"):
        doc = parse_report("\n".join(space * 2 + line for line in lines))
        assert titles(doc.sections) == ["2024年工作回顾", "2025年主要任务"], repr(space)


def test_lines_split_by_links_are_rejoined() -> None:
    doc = parse_report("\n".join([
        "各位代表：", "一、过去一年工作回顾", "认真贯彻实施《", "行政许可法",
        "》，取消和调整了一大批行政审批项目。" + BODY,
        "二、今年的工作", BODY,
    ]))
    assert titles(doc.sections) == ["过去一年工作回顾", "今年的工作"]
    assert "认真贯彻实施《行政许可法》，取消" in doc.text
    doc = parse_report("\n".join([
        "各位代表：", "一、过去一年工作回顾", "我们坚持以邓小平理论和“三个代表”重要思想为指导，全面贯彻落实",
        "科学发展观", "，经济社会发展取得新成就。" + BODY, "二、今年的工作", BODY,
    ]))
    assert titles(doc.sections) == ["过去一年工作回顾", "今年的工作"]
    assert "全面贯彻落实科学发展观，经济社会" in doc.text


def test_a_licence_box_at_the_end_is_not_a_section() -> None:
    doc = parse_report("\n".join([
        "各位代表：", "一、回顾", BODY, "二、任务", BODY, "本作品是中华人民共和国的", "法律", "、", "法规",
        "，国家机关的决议、决定、命令，属于", "公有领域", "。", "Public domain", "false",
    ]))
    assert titles(doc.sections) == ["回顾", "任务"]


def test_spaced_digits_are_read_together() -> None:
    doc = parse_report("各位代表：\n二、关于1 9 9 8 年政府工作的建议\n去年经济增长8 ．8 ％，零售价格涨幅为0 ．8 ％。")
    assert titles(doc.sections) == ["关于1998年政府工作的建议"]
    assert "经济增长8．8％" in doc.text


def test_title_is_the_reports_own() -> None:
    doc = parse_report("各位代表：\n现在，我代表国务院，向大会作关于第七个五年计划的报告，请审议。\n一、回顾\n" + BODY)
    assert doc.title == "关于第七个五年计划的报告"
    text = "各位代表：\n现在向大会作政府工作报告。\n一、过去一年工作回顾\n" + BODY + "\n二、2005年工作总体部署\n" + BODY
    doc = parse_report(text, "some-file-name")
    assert doc.title == "2005年政府工作报告"


def test_traditional_characters_title() -> None:
    opening = "我代表國務院向大會作關於發展國民經濟的第一個五年計劃的報告。"
    doc = parse_report(f"代表同志们：\n{opening}\n一、總任務\n{BODY}")
    assert doc.title == "關於發展國民經濟的第一個五年計劃的報告"
    assert titles(doc.sections) == ["總任務"]


def test_traditional_characters() -> None:
    doc = parse_report("\n".join(["各位代表：", "一、過去一年工作回顧", BODY, "二、今年工作安排", BODY, "結束語", BODY,
                                  "名詞解釋", "1.一個概念：它的解釋。"]))
    assert titles(doc.sections) == ["過去一年工作回顧", "今年工作安排", "結束語", "名詞解釋"]
    assert len(doc.glossary) == 1


def test_one_unnumbered_line_above_numbered_parts_is_no_part() -> None:
    doc = parse_report("\n".join(["各位代表：", BODY, "奋力谱写新篇章", BODY, "一、2024年工作回顾", BODY,
                                  "（一）稳增长。" + BODY, "二、2025年工作安排", BODY]))
    assert titles(doc.sections) == ["2024年工作回顾", "2025年工作安排"]
    assert [s.level for s in doc.flat_sections] == [1, 2, 1]


def test_without_a_greeting_a_short_line_is_no_part() -> None:
    doc = parse_report("\n".join(["某某县人民政府县长 张三", BODY, "一、回顾", BODY, "二、任务", BODY]))
    assert titles(doc.sections) == ["回顾", "任务"]


def test_an_opening_part_before_the_numbered_plan_parts_is_a_part() -> None:
    # 2002 national report: the review under an un-numbered heading, the plan in 一、…八、, 结束语
    doc = parse_report("\n".join([
        "各位代表：", "首先报告２００１年的工作", "新世纪第一年，全国各族人民在中国共产党领导下。" + BODY,
        "按照这个总体要求，今年要着重做好以下八个方面工作。",
        "一、扩大和培育内需，促进经济较快增长", BODY, "（一）扩大消费。" + BODY,
        "二、加快农业和农村经济发展，努力增加农民收入", BODY, "三、积极推进经济结构调整和经济体制改革", BODY,
        "结束语", BODY,
    ]))
    assert titles(doc.sections) == [
        "首先报告２００１年的工作", "扩大和培育内需，促进经济较快增长", "加快农业和农村经济发展，努力增加农民收入",
        "积极推进经济结构调整和经济体制改革", "结束语",
    ]
    assert [s.level for s in doc.flat_sections] == [1, 1, 2, 1, 1, 1]
    # a motto line above the parts stays no part, also with closing words after them
    doc = parse_report("\n".join(["各位代表：", BODY, "奋力谱写新篇章", BODY, "一、2024年工作回顾", BODY,
                                  "二、2025年工作安排", BODY, "结束语", BODY]))
    assert titles(doc.sections) == ["2024年工作回顾", "2025年工作安排", "结束语"]


def test_an_enumeration_word_alone_on_a_line_goes_on_with_its_sentence() -> None:
    # bold '一是' cut from its sentence by the page's markup (1999, 2000, 2002 national reports)
    doc = parse_report("\n".join([
        "各位代表：", "一、适应加入世贸组织新形势，全面提高对外开放水平", BODY,
        "一是", "按照法制统一、非歧视、公开透明的原则，抓紧完善涉外经济法律法规体系。" + BODY,
        "二是", "按照加入世贸组织的承诺，有步骤地扩大对外开放领域。" + BODY,
        "二、继续大力整顿和规范市场经济秩序", BODY, "结束语", BODY,
    ]))
    assert titles(doc.flat_sections) == [
        "适应加入世贸组织新形势，全面提高对外开放水平", "继续大力整顿和规范市场经济秩序", "结束语",
    ]
    assert "一是按照法制统一" in doc.text


def test_single_line_breaks_inside_sentences_are_rejoined_where_blank_lines_part_paragraphs() -> None:
    # 1954 national report as published: links cut lines with one line break, paragraphs are set
    # apart by blank lines; the link texts are no headings
    doc = parse_report("\n\n".join([
        "各位代表：",
        "我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n並進行了三天的討論以後，"
        "已經光榮地完成了一件歷史性的工作，通過了我們國家的根本法——\n中華人民共和國憲法\n，接着，又通過了幾個重要的法律。",
        "過去五年的回顧\n" + BODY, "一、農業\n" + BODY,
        "我國同偉大的和平堡壘蘇聯已經締結了\n友好同盟互助條約\n。蘇聯根據友好互助的精神，" + BODY,
        "結束語", BODY,
    ]))
    assert titles(doc.sections) == ["過去五年的回顧", "結束語"]
    assert "在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後" in doc.text
    assert "已經締結了友好同盟互助條約。" in doc.text
    assert titles(doc.sections[0].children) == ["農業"]


def test_a_list_restarting_under_a_title_line_stays_under_it() -> None:
    # 1955 national report: '（一）…问题' title lines inside part 三 hold lists restarting at 一、
    doc = parse_report("\n".join([
        "各位代表：", "一、国家在过渡时期的总任务", BODY, "二、第一个五年计划概要", BODY,
        "三、第一個五年計劃的若幹問題", "（一）关于工业和运输业的基本建设问题", BODY,
        "一、", "我国人民已经推翻了帝国主义者在中国的统治。" + BODY, "二、", "我国人民推翻了封建主义。" + BODY,
        "（二）关于工业的生产问题", BODY, "（三）关于农业的增产问题", BODY,
        "一、", "开垦宜于耕种的荒地。" + BODY, "二、", "兴修水利。" + BODY,
        "四、为完成和超额完成第一个五年计划而奋斗", BODY,
    ]))
    assert titles(doc.sections) == [
        "国家在过渡时期的总任务", "第一个五年计划概要", "第一個五年計劃的若幹問題",
        "为完成和超额完成第一个五年计划而奋斗",
    ]
    issues = doc.sections[2].children
    assert titles(issues) == ["关于工业和运输业的基本建设问题", "关于工业的生产问题", "关于农业的增产问题"]
    assert titles(issues[0].children) == ["我国人民已经推翻了帝国主义者在中国的统治", "我国人民推翻了封建主义"]
    assert titles(issues[2].children) == ["开垦宜于耕种的荒地", "兴修水利"]


def test_a_line_set_apart_by_wider_gaps_is_a_heading_however_long() -> None:
    # 1980 national report as published: paragraphs one blank line apart, the '第一，…' headings
    # three before and two after; the long ones have no sentence end, yet start no running text
    heads = [
        "一、国民经济在调整、改革、整顿、提高中取得了新的进展",
        "第一，重大的比例关系正在朝着协调的方向发展，国民经济持续增长",
        "第二，在经济上开始采取了一些新的政策，开始进行经济管理体制的某些改革，整个经济比较活了",
        "三、采取有力措施，保证1980、1981年计划的完成",
        "第一，实行能源的开发和节约并重，近期要把节能放在优先的地位，"
        "大力开展以节能为中心的技术改造和结构改革，明年就要起步",
        "第二，进一步调整重工业特别是机械工业结构，更好地适应国民经济发展的需要",
    ]
    opening = "各位代表：\n\n我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。"
    doc = parse_report(opening + "".join(f"\n\n\n\n{head}\n\n\n{BODY}\n\n{BODY}" for head in heads))
    assert titles(doc.sections) == [heads[0][2:], heads[3][2:]]
    assert titles(doc.sections[0].children) == [heads[1][3:], heads[2][3:]]
    assert [c.number for c in doc.sections[1].children] == ["第一，", "第二，"]
    assert "明年就要起步\n" in doc.text  # the heading line is a paragraph of its own


def test_set_apart_title_lines_before_a_short_paragraph_and_spoken_turns() -> None:
    # 1982 national report as published: un-numbered parts set apart by blank lines, one of them
    # followed by a short paragraph; '下面，…' and '最后，…' lines turn to a topic inside a part
    def head(line: str) -> str:  # paragraphs are one blank line apart, headings three before, two after
        return f"\n\n\n\n{line}\n\n\n"
    body = f"{BODY}\n\n{BODY}"
    doc = parse_report(
        "各位代表：\n\n现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告，请大会审议。"
        + head("第六个五年计划的基本任务") + body
        + head("一、关于工农业生产的发展速度和经济效益") + body
        + head("二、关于基本建设的规模、重点和企业的技术改造") + body
        + head("下面，着重讲一下能源、交通、农业的建设计划和现有企业技术改造的重点") + body
        + head("三、关于教育、科学、文化事业的发展") + body
        + head("六五计划前两年的执行情况")
        + "第六个五年计划已经执行了近两年，这里把前两年执行的情况向各位代表作如下的报告。\n\n" + BODY
        + head("全面实现六五计划的主要措施") + body
        + head("第一、严格控制固定资产投资的总规模，切实保证重点建设和企业技术改造按计划完成") + body
        + head("最后，着重讲一讲农业和农村工作问题") + body
        + head("结束语") + body
    )
    assert titles(doc.sections) == [
        "第六个五年计划的基本任务", "六五计划前两年的执行情况", "全面实现六五计划的主要措施", "结束语",
    ]
    plan = doc.sections[0].children
    assert [c.number for c in plan] == ["一、", "二、", "三、"]
    assert titles(plan[1].children) == ["下面，着重讲一下能源、交通、农业的建设计划和现有企业技术改造的重点"]


def test_a_paragraph_opening_with_a_word_cut_off_by_bold_type_goes_on_to_its_sentence() -> None:
    # 1985 and 2001 national reports as published: bold type cut '在' / '一要' from their sentence
    doc = parse_report("\n\n".join([
        "各位代表：", "（一）关于经济形势", BODY, BODY, "（二）关于经济体制改革", BODY,
        "在\n工资制度和价格改革\n上迈出重要的步子，是今年经济体制改革的两大任务。" + BODY,
        "一要\n积极推进具有战略意义的高技术研究，" + BODY,
        "１９８５年的\n工资改革，\n重点是改革现行不合理的工资制度。" + BODY, BODY, "结束语", BODY,
    ]))
    assert titles(doc.flat_sections) == ["关于经济形势", "关于经济体制改革", "结束语"]
    assert "在工资制度和价格改革上迈出重要的步子" in doc.text
    assert "一要积极推进具有战略意义的高技术研究" in doc.text
