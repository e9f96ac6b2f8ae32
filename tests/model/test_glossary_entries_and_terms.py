"""The glossary stage (glossary.parse_glossary, build_glossary, split_entry) on its own: the lines of
a 名词解释 → entries, and where each term stands in the body. Entries from the corpus reports
(四川, 广东 2025)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.model.document import Paragraph
from shigu_gui.model.glossary import build_glossary, parse_glossary, split_entry

BODY = "做实项目支撑扩大有效投资。持续开展项目攻坚行动，抓住“两重”“两新”等机遇，对接中央预算内投资。"
ENTRIES = ["1.“两重”：是指国家重大战略实施和重点领域安全能力建设。", "2.“两新”：是指大规模设备更新和消费品以旧换新。"]


def laid_out(texts: list[str]) -> tuple[str, list[Paragraph]]:
    paragraphs: list[Paragraph] = []
    offset = 0
    for line, text in enumerate(texts, 1):
        paragraphs.append(Paragraph(offset, offset + len(text), line))
        offset += len(text) + 1
    return "\n".join(texts), paragraphs


def test_an_entry_splits_into_term_and_definition_at_its_colon() -> None:
    assert split_entry("分线管理：货物“一线”放开、“二线”管住，人员进出高度便利。")[:3] == (
        "分线管理", None, "货物“一线”放开、“二线”管住，人员进出高度便利。")


def test_numbered_entries_below_the_heading_become_entries_with_their_terms_found_in_the_body() -> None:
    text, paragraphs = laid_out([BODY, "名词解释", *ENTRIES])
    heading = paragraphs[1]
    entries = build_glossary(text, paragraphs, (heading.start, len(text)), heading_end=heading.end)
    assert [(e.number, e.term, e.definition) for e in entries] == [
        (1, "“两重”", "是指国家重大战略实施和重点领域安全能力建设。"),
        (2, "“两新”", "是指大规模设备更新和消费品以旧换新。"),
    ]
    assert [e.start for e in entries] == [paragraphs[2].start, paragraphs[3].start]
    # the quotation marks of the term are no part of the search: '“两重”“两新”' holds both
    assert [[text[a:b] for a, b in e.occurrences] for e in entries] == [["两重"], ["两新"]]
    assert all(b <= len(BODY) for e in entries for _, b in e.occurrences)  # the body's, not the entry's own


def test_entries_run_into_one_line_after_the_heading_are_read_apart() -> None:
    line = ("附件2 名词解释 1.“岳山造林”：上世纪70年代，肇庆市怀集县针对过度砍伐问题。"
            "2.分线管理：货物“一线”放开、“二线”管住，人员进出高度便利。")
    text, paragraphs = laid_out([line])
    entries = parse_glossary(text, paragraphs, 0, len(text), heading_end=len("附件2 名词解释"))
    assert [(number, term) for number, term, *_ in entries] == [(1, "“岳山造林”"), (2, "分线管理")]
    assert text[entries[1][4]:].startswith("2.分线管理")


def test_no_glossary_span_no_entries() -> None:
    text, paragraphs = laid_out([BODY])
    assert build_glossary(text, paragraphs, None) == ()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([BODY, "名词解释", *ENTRIES, "（以上名词按出现顺序排列）", "某某市人民政府办公室", ""]),
                min_size=1, max_size=12))
def test_entries_and_occurrences_stay_inside_the_text(texts: list[str]) -> None:
    text, paragraphs = laid_out(texts)
    for entry in build_glossary(text, paragraphs, (0, len(text))):
        assert 0 <= entry.start < len(text) and entry.term
        assert all(0 <= a < b <= len(text) for a, b in entry.occurrences)
