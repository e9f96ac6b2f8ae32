"""The paragraphs stage (normalize.split_marked_paragraphs) on its own: source lines → display
paragraphs, with the line each starts on. Lines from the corpus reports (江苏, 国务院 2019)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.model.normalize import split_marked_paragraphs, split_paragraphs

OPENING = "现在，我代表江苏省人民政府向大会报告工作，请予审议，并请省政协委员提出意见。"


def test_indentation_and_blank_lines_go_and_each_paragraph_keeps_its_source_line() -> None:
    assert split_paragraphs(f"各位代表：\n\n　　{OPENING}\n") == [("各位代表：", 1), (OPENING, 3)]


def test_a_sentence_cut_by_a_printed_page_number_is_one_paragraph() -> None:
    text = ("2024年是实施“十四五”规划的关键一年。面对外部压力加大、内部困难增多的复杂\n"
            "— 3 —\n"
            "严峻形势，全省上下坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert split_paragraphs(text) == [(
        "2024年是实施“十四五”规划的关键一年。面对外部压力加大、内部困难增多的复杂严峻形势，"
        "全省上下坚持以习近平新时代中国特色社会主义思想为指导。", 1)]


def test_a_line_break_inside_a_sentence_joins_and_one_after_a_sentence_does_not() -> None:
    cut = "今年经济社会发展的主要预期目标是：国内生产总值增长\n6%－6.5%；城镇新增就业1100万人以上。\n"
    assert split_paragraphs(cut) == [(cut.replace("\n", ""), 1)]
    assert split_paragraphs("国内生产总值增长6%－6.5%；\n城镇新增就业1100万人以上。\n") == [
        ("国内生产总值增长6%－6.5%；", 1), ("城镇新增就业1100万人以上。", 2)]


def test_a_report_on_one_line_splits_at_its_runs_of_ideographic_spaces() -> None:
    text = ("各位代表：　　现在，我代表江苏省人民政府向大会报告工作，请予审议。　　一、2024年工作回顾"
            "　　2024年是实施“十四五”规划的关键一年。")
    assert [t for t, _ in split_paragraphs(text)] == [
        "各位代表：", "现在，我代表江苏省人民政府向大会报告工作，请予审议。", "一、2024年工作回顾",
        "2024年是实施“十四五”规划的关键一年。"]


def test_a_heading_set_apart_by_more_blank_lines_than_the_text_uses_is_marked() -> None:
    text = ("现在，我代表江苏省人民政府向大会报告工作。\n\n加快建设具有国际竞争力的先进制造业基地。\n\n\n\n"
            "一、2024年工作回顾\n\n\n\n狠抓“两重”项目和“两新”政策实施。\n\n着力发展新质生产力。\n")
    marked = split_marked_paragraphs(text)
    assert [(t, apart) for t, _, apart in marked if apart] == [("一、2024年工作回顾", True)]
    assert [line for _, line, _ in marked] == [1, 3, 7, 11, 13]


def test_a_copying_sites_mark_at_each_line_end_is_taken_off() -> None:
    text = "各位代表:v7R\n现在，我代表县人民政府向大会报告工作:v7R\n请予审议。v7R\n"
    assert [t for t, _ in split_paragraphs(text)] == [
        "各位代表:", "现在，我代表县人民政府向大会报告工作:", "请予审议。"]


def test_digits_a_scan_spaced_out_are_closed_up() -> None:
    (text, _), = split_paragraphs("1 9 9 8 年国内生产总值增长 7 ．8 ％。\n")
    assert text.startswith("1998年") and "7．8％" in text


LINE = st.sampled_from(["各位代表：", OPENING, "一、2024年工作回顾", "（一）着力抓好政策落实。", "— 3 —", "",
                        "　　", "国内生产总值增长", "6%－6.5%；", "严峻形势，全省上下坚持", "v7R"])


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, max_size=25))
def test_paragraphs_are_stripped_single_lines_in_source_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    paragraphs = split_paragraphs(text)
    assert all(t and t == t.strip() and "\n" not in t for t, _ in paragraphs)
    numbers = [line for _, line in paragraphs]
    assert numbers == sorted(numbers) and all(1 <= n <= len(lines) for n in numbers)


# A scraped page (国务院 2017) whose links each went onto a line of their own, in a text whose
# paragraphs stand apart by blank lines.
LINKED = (
    "一、2016年工作回顾\n\n"
    "过去一年，全国各族人民迎难而上，砥砺前行，推动经济社会持续健康发展。\n"
    "党的十八届六中全会\n正式明确\n习近平\n总书记的核心地位，体现了党和人民的根本利益。\n\n"
    "——就业增长超出预期。全年城镇新增就业1314万人。\n\n"
    "——\n改革开放\n深入推进。重要领域和关键环节改革取得突破性进展。\n\n"
    "——经济结构加快调整。消费拉动经济增长作用增强。\n\n"
    "——发展新动能不断增强。创新驱动发展战略深入实施。\n\n"
    "——人民生活继续改善。全国居民人均可支配收入实际增长6.3%。\n"
)


def test_links_cut_onto_lines_of_their_own_go_back_into_their_sentence_even_after_a_full_stop() -> None:
    assert [t for t, _ in split_paragraphs(LINKED)] == [
        "一、2016年工作回顾",
        "过去一年，全国各族人民迎难而上，砥砺前行，推动经济社会持续健康发展。"
        "党的十八届六中全会正式明确习近平总书记的核心地位，体现了党和人民的根本利益。",
        "——就业增长超出预期。全年城镇新增就业1314万人。",
        "——改革开放深入推进。重要领域和关键环节改革取得突破性进展。",
        "——经济结构加快调整。消费拉动经济增长作用增强。",
        "——发展新动能不断增强。创新驱动发展战略深入实施。",
        "——人民生活继续改善。全国居民人均可支配收入实际增长6.3%。",
    ]


def test_a_link_cut_out_of_a_sentence_is_no_heading_and_the_run_in_titles_stay_whole() -> None:
    from shigu_gui.model.parser import parse_report

    doc = parse_report("2017年政府工作报告\n\n各位代表：\n\n" + LINKED)
    part = doc.sections[0]
    assert part.title == "2016年工作回顾"
    assert [s.title for s in part.children] == [
        "就业增长超出预期", "改革开放深入推进", "经济结构加快调整", "发展新动能不断增强", "人民生活继续改善"]


def test_a_heading_over_its_paragraph_with_a_blank_line_below_it_stays_a_heading() -> None:
    text = ("2024年工作回顾\n\n过去一年，全省经济持续回升向好。\n\n主要预期目标\n\n"
            "地区生产总值增长5%左右。\n\n城镇新增就业120万人以上。\n")
    assert "主要预期目标" in [t for t, _ in split_paragraphs(text)]


def test_a_title_cut_inside_a_word_is_one_line_and_a_speakers_name_stays_an_item() -> None:
    # 国务院 2017, a scraped page: the title cut by a link's markup before its last character
    text = ("政府工作报\n告\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n"
            "国务院总理\n李克强\n\n各位代表：\n")
    assert [t for t, _ in split_paragraphs(text)] == [
        "政府工作报告", "——2017年3月5日在第十二届全国人民代表大会第五次会议上", "国务院总理", "李克强", "各位代表："]
    assert [t for t, _ in split_paragraphs("2024年政府工作\n报告\n国务院总理\n李强\n各位代表：\n")] == [
        "2024年政府工作报告", "国务院总理", "李强", "各位代表："]
