"""Any input gives a Document or a ReportError; spans are always nested and in range."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shigu_gui.model import Document, ReportError, Section, parse_bytes, parse_report

REPORT_ALPHABET = st.sampled_from(
    list("一二三四五六七八九十（）()、．.——：:。，；！？“”\n \u3000\u2003\u00a0《》")
    + list("0123456789%亿元万人户增长下降左右以上年要各位代表名词解释附件工作回顾安排政府报告")
    + list("百分之点倍〇○两千第部分结束语比上")
)
LINES = st.lists(
    st.one_of(
        st.text(REPORT_ALPHABET, max_size=60),
        st.sampled_from(
            ["各位代表：", "一、2019年工作回顾", "（一）稳增长。", "要抓好就业。", "——好局面。",
             "名词解释", "1.“词”（P2）：解释", "附件1", "地区生产总值增长6%－6.5%", "1.3:17.4:81.3",
             "一", "第一、", "第二部分", "结束语", "过去五年的回顾", "增长百分之十一点八", "一九五四年",
             "八千二百九十一亿元", "1 9 9 8 年", "本作品是中华人民共和国的", "主要预期目标是：",
             "由2002年7703元增加到2007年13786元", "比2002年增长65.5%"]
        ),
    ),
    max_size=30,
)


def check_document(doc: Document) -> None:
    def check(section: Section, lo: int, hi: int) -> None:
        assert lo <= section.start <= section.heading_end <= section.end <= hi
        for child in section.children:
            check(child, section.start, section.end)

    for top in doc.sections:
        check(top, 0, len(doc.text))
    for entry in doc.glossary:
        for start, end in entry.occurrences:
            assert 0 <= start < end <= len(doc.text)
    for ind in doc.indicators:
        assert doc.text[ind.start: ind.end] == ind.sentence


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(LINES)
def test_report_shaped_text(lines: list[str]) -> None:
    try:
        doc = parse_report("\n".join(lines))
    except ReportError:
        return
    check_document(doc)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    try:
        doc = parse_report(text)
    except ReportError:
        return
    check_document(doc)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    try:
        doc = parse_bytes(data)
    except ReportError as exc:
        assert str(exc)
        return
    check_document(doc)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=200))
def test_any_str_even_with_surrogates(text: str) -> None:
    try:
        doc = parse_report(text, text[:8])
    except ReportError:
        return
    check_document(doc)
    doc.text.encode("utf-8")  # nothing left that no encoding takes
    doc.title.encode("utf-8")
