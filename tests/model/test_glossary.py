from __future__ import annotations

from shigu_gui.model import Document, parse_report


def test_twelve_terms_with_pages_and_definitions(seed_doc: Document) -> None:
    glossary = seed_doc.glossary
    assert [g.number for g in glossary] == list(range(1, 13))
    first = glossary[0]
    assert first.term == "“五中心合一”综治模式"
    assert first.page == "P2"
    assert first.definition.startswith("即将综治中心")
    assert glossary[1].term == "“1+2+3”值班接访模式"  # an ASCII colon after the page
    assert glossary[8].definition.count("文明志愿者") == 1  # rejoined across the page break


def test_every_term_occurs_before_the_appendix(seed_doc: Document) -> None:
    appendix_start = seed_doc.sections[-1].start
    for entry in seed_doc.glossary:
        assert entry.occurrences, entry.term
        assert all(end <= appendix_start for _, end in entry.occurrences), entry.term


def test_quote_placement_is_tolerated(seed_doc: Document) -> None:
    by_term = {g.term: g for g in seed_doc.glossary}
    start, end = by_term["“三点半”课堂"].occurrences[0]
    assert seed_doc.text[start:end] == "三点半课堂"
    for term in ("残疾人“两项补贴”", "互联网+政务服务", "污染防治“夏季攻势”", "“衡阳群众”品牌"):
        start, end = by_term[term].occurrences[0]
        assert seed_doc.text[start:end].replace("“", "").replace("”", "") == term.replace(
            "“", ""
        ).replace("”", "")


def test_a_report_without_a_glossary_has_none() -> None:
    doc = parse_report("各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。")
    assert doc.glossary == ()


def test_an_entry_whose_term_starts_with_a_digit_keeps_its_number_apart() -> None:
    """'8.6个重大科技专项' is entry 8, '6个重大科技专项': its label must not read '86个…'."""
    lines = ["2025年某省政府工作报告", "一、工作回顾", "实施6个重大科技专项，推进7个产业集群。", "名词解释"]
    lines += [f"{i}.术语{i}：定义{i}。" for i in range(1, 6)]
    lines += ["6.6个重大科技专项：包括人工智能等6个专项。", "7.7个产业集群：定义。"]
    doc = parse_report("\n".join(lines) + "\n")
    labels = [s.label for s in doc.flat_sections if s.kind == "term"]
    assert labels[5:] == ["6.6个重大科技专项", "7.7个产业集群"]
    assert [e.term for e in doc.glossary][5:] == ["6个重大科技专项", "7个产业集群"]


def test_terms_are_found_in_their_own_report_only() -> None:
    from shigu_gui.model import parse_report

    body = "我们推进“放管服”改革，成效明显，这是一段足够长的正文，用来说明工作的成效和问题。"
    one = "\n".join(["各位代表：", "现在作报告。", "一、回顾", body, "各位代表：", "最后再说几句。" + body,
                    "名词解释", "1.“放管服”：简政放权、放管结合、优化服务。"])
    doc = parse_report(one)
    assert len(doc.glossary) == 1 and len(doc.glossary[0].occurrences) == 2  # a greeting said again
    two = parse_report(one + "\n各位代表：\n现在作报告。\n一、回顾\n" + body)
    assert len(two.glossary[0].occurrences) == 2  # the next report's use is not this glossary's


_BODY = "我们推进“两重”建设和“两新”工作，这里写了很多很多的内容，以便成为一个足够长的段落。"


def _glossary(heading: str, *entries: str) -> list[tuple[int, str, str]]:
    doc = parse_report("\n".join(["各位代表：", "一、2024年工作回顾", _BODY, "二、2025年工作安排", _BODY,
                                  heading, *entries]))
    return [(g.number, g.term, g.definition) for g in doc.glossary]


def test_a_glossary_under_any_heading_form_gets_its_entries() -> None:
    entries = ("1.“两重”建设：指国家重大战略实施。", "2.“两新”：指大规模设备更新和消费品以旧换新。")
    for heading in ("名词解释", "名 词 解 释", "注释", "【注 释】", "附：名词注释", "名词注解", "附件：名词解释"):
        assert [t for _, t, _ in _glossary(heading, *entries)] == ["“两重”建设", "“两新”"], heading


def test_entries_numbered_in_brackets_or_not_at_all() -> None:
    want = [(1, "“两重”建设", "指国家重大战略实施。"), (2, "“两新”", "指大规模设备更新。")]
    assert _glossary("名词解释", "[1]“两重”建设：指国家重大战略实施。", "【2】“两新”：指大规模设备更新。") == want
    assert _glossary("名词解释", "“两重”建设：指国家重大战略实施。", "“两新”：指大规模设备更新。") == want
    assert _glossary("注释", "一、“两重”建设：指国家重大战略实施。", "二、“两新”：指大规模设备更新。") == want
    assert _glossary("注释", "注1：“两重”建设：指国家重大战略实施。", "注2：“两新”：指大规模设备更新。") == want
