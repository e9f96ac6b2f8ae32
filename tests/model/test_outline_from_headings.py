"""The outline stage (body.body_start, OutlineBuilder) on its own: display paragraphs → the
section tree. Headings and lines from the corpus reports (江苏, 四川 2025)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.model.body import body_start
from shigu_gui.model.document import Paragraph, Section
from shigu_gui.model.outline import OutlineBuilder


def outline(texts: list[str]) -> list[Section]:
    """The tree of texts joined by line breaks, fed from the body's first paragraph, as the parser does."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for line, text in enumerate(texts, 1):
        paragraphs.append(Paragraph(offset, offset + len(text), line))
        offset += len(text) + 1
    builder = OutlineBuilder(max(offset - 1, 0))
    for i in range(body_start(texts), len(texts)):
        builder.feed(paragraphs[i], texts[i], texts[i + 1] if i + 1 < len(texts) else None)
    return builder.finish()


def tree(sections: list[Section] | tuple[Section, ...]) -> list[tuple[object, ...]]:
    return [(s.kind, s.number, s.title, tree(s.children)) for s in sections]


JIANGSU = [
    "2025年江苏省政府工作报告",
    "各位代表：",
    "现在，我代表江苏省人民政府向大会报告工作，请予审议。",
    "一、2024年工作回顾",
    "2024年是实施“十四五”规划的关键一年。",
    "（一）着力抓好政策落实，巩固和增强经济回升向好态势。狠抓“两重”项目和“两新”政策实施，247个项目得到国家支持。",
    "（二）着力发展新质生产力，加快构建现代化产业体系。加快建设具有国际竞争力的先进制造业基地。",
    "二、2025年工作总体要求和目标任务",
    "今年是“十四五”规划收官之年。",
]


def test_the_body_starts_at_the_greeting_else_at_the_opening_words_else_at_the_first_part() -> None:
    assert body_start(JIANGSU) == 1
    assert body_start(["2019年某县政府工作报告", "现在，我代表县人民政府向大会报告工作，请予审议。"]) == 1
    assert body_start(["2019年某县政府工作报告", "来源：某网", "一、2018年工作回顾", "2018年是…"]) == 2


def test_parts_hold_the_run_in_headings_of_their_paragraphs() -> None:
    assert tree(outline(JIANGSU)) == [
        ("part", "一、", "2024年工作回顾", [
            ("paren_cn", "（一）", "着力抓好政策落实，巩固和增强经济回升向好态势", []),
            ("paren_cn", "（二）", "着力发展新质生产力，加快构建现代化产业体系", []),
        ]),
        ("part", "二、", "2025年工作总体要求和目标任务", []),
    ]


def test_a_section_spans_its_heading_and_text_up_to_the_next_heading_of_its_rank() -> None:
    text = "\n".join(JIANGSU)
    first, second = outline(JIANGSU)
    assert text[first.start: first.heading_end] == "一、2024年工作回顾"
    assert first.end == second.start - 1 and second.end == len(text)
    run_in = first.children[0]
    assert text[run_in.start: run_in.heading_end] == "（一）着力抓好政策落实，巩固和增强经济回升向好态势。"
    assert first.children[1].end == first.end


def test_a_style_first_met_inside_another_is_below_it_until_the_outer_list_goes_on() -> None:
    texts = ["各位代表：", "一、2024年工作回顾", "（一）着力抓好政策落实。", "1．狠抓“两重”项目和“两新”政策实施。",
             "2．加快建设具有国际竞争力的先进制造业基地。", "（二）着力发展新质生产力。", "二、2025年工作安排"]
    assert tree(outline(texts)) == [
        ("part", "一、", "2024年工作回顾", [
            ("paren_cn", "（一）", "着力抓好政策落实", [
                ("arabic", "1．", "狠抓“两重”项目和“两新”政策实施", []),
                ("arabic", "2．", "加快建设具有国际竞争力的先进制造业基地", []),
            ]),
            ("paren_cn", "（二）", "着力发展新质生产力", []),
        ]),
        ("part", "二、", "2025年工作安排", []),
    ]


def test_the_glossary_appendix_holds_its_entries_as_terms() -> None:
    texts = ["各位代表：", "一、2024年工作回顾", "抓住“两重”“两新”等机遇。", "附件", "名词解释",
             "1.“两重”：是指国家重大战略实施和重点领域安全能力建设。", "2.“两新”：是指大规模设备更新和消费品以旧换新。"]
    part, appendix = outline(texts)
    assert (appendix.kind, appendix.title) == ("appendix", "附件 名词解释")
    assert [(c.kind, c.title) for c in appendix.children] == [("term", "“两重”"), ("term", "“两新”")]
    assert part.children == ()


HEADINGS = st.sampled_from(["各位代表：", "一、2024年工作回顾", "二、2025年工作安排", "（一）着力抓好政策落实。",
                            "（二）着力发展新质生产力。", "1．狠抓项目实施。", "2．加快建设制造业基地。", "附件",
                            "名词解释", "1.“两重”：是指重点领域安全能力建设。", "2024年是关键一年。", "结束语"])


@settings(max_examples=200, deadline=None)
@given(st.lists(HEADINGS, min_size=1, max_size=20))
def test_sections_nest_inside_their_parents_and_follow_each_other(texts: list[str]) -> None:
    length = len("\n".join(texts))

    def check(sections: list[Section] | tuple[Section, ...], lo: int, hi: int) -> None:
        last = lo
        for s in sections:
            assert last <= s.start <= s.heading_end <= s.end <= hi
            check(s.children, s.start, s.end)
            last = s.end

    check(outline(texts), 0, length)
