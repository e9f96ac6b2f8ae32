"""新旧对照: sections aligned by text, targets lined up, new and dropped phrases (the model.compare package)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.model import parse_report
from shigu_gui.model.compare import Figure, align_sections, compare, compare_phrases, is_met, to_json

from ..conftest import CORPUS

NATIONAL = [CORPUS / f"{year}_national_国务院.txt" for year in (2017, 2018, 2019)]
needs_corpus = pytest.mark.skipif(not all(p.is_file() for p in NATIONAL), reason="../shared/corpus is not present")

FARM = "粮食生产稳定，农村改革深化，农民收入增长较快，高标准农田建设推进，种业振兴行动实施，乡村面貌改善。"
TRADE = "外贸进出口保持稳定，利用外资结构优化，自由贸易试验区扩围，跨境电商蓬勃发展，口岸通关效率提升。"
SCHOOL = "教育事业全面发展，义务教育均衡推进，高校毕业生就业稳定，职业教育产教融合，学前教育普惠扩大。"
HEALTH = "医疗卫生服务改善，基本医保参保率稳定，公立医院改革深化，分级诊疗推进，疫苗管理制度完善。"


def _report(year: int, parts: list[tuple[str, list[tuple[str, str]]]]) -> str:
    numbers = "一二三四五六"
    lines = [f"{year}年政府工作报告", ""]
    for n, (title, subs) in enumerate(parts):
        lines.append(f"{numbers[n]}、{title}")
        for k, (sub, body) in enumerate(subs):
            lines.append(f"（{numbers[k]}）{sub}。{body}")
    return "\n".join(lines) + "\n"


def _titles(doc, pairs):
    flat_old, flat_new = doc[0].flat_sections, doc[1].flat_sections
    return [(flat_old[p.old].title if p.old is not None else None,
             flat_new[p.new].title if p.new is not None else None, p.status) for p in pairs]


def test_a_moved_sub_part_keeps_its_counterpart_and_the_unmatched_are_new_or_dropped():
    old = parse_report(_report(2023, [("经济发展", [("农业农村", FARM), ("对外开放", TRADE)]),
                                      ("社会民生", [("教育事业", SCHOOL)])]))
    new = parse_report(_report(2024, [("经济发展", [("农业农村", FARM)]),
                                      ("社会民生", [("教育事业", SCHOOL), ("对外开放", TRADE),
                                                ("医疗卫生", HEALTH)])]))
    pairs = align_sections(old, new)
    rows = _titles((old, new), pairs)
    assert ("对外开放", "对外开放", "same") in rows  # moved from the first part to the second
    assert (None, "医疗卫生", "new") in rows
    assert ("农业农村", "农业农村", "same") in rows
    assert ("经济发展", "经济发展", "changed") in rows  # a sub-part left it
    assert all(p.similarity == 0.0 for p in pairs if p.status in ("new", "dropped"))
    assert all(0.0 < p.similarity < 1.0 for p in pairs if p.status == "changed")
    # every section of both reports stands once
    assert sorted(p.old for p in pairs if p.old is not None) == list(range(len(old.flat_sections)))
    assert sorted(p.new for p in pairs if p.new is not None) == list(range(len(new.flat_sections)))


def test_sections_are_matched_by_text_not_by_number_or_title():
    old = parse_report(_report(2023, [("经济", [("甲", FARM), ("乙", SCHOOL)])]))
    new = parse_report(_report(2024, [("经济", [("乙", SCHOOL + "新增一句。"), ("丙", FARM)])]))
    rows = _titles((old, new), align_sections(old, new))
    assert ("甲", "丙", "changed") in rows
    assert ("乙", "乙", "changed") in rows


def test_a_dropped_section_stands_after_the_counterpart_of_the_one_before_it():
    old = parse_report(_report(2023, [("经济", [("农业", FARM), ("外贸", TRADE), ("教育", SCHOOL)])]))
    new = parse_report(_report(2024, [("经济", [("农业", FARM), ("教育", SCHOOL)])]))
    rows = _titles((old, new), align_sections(old, new))
    assert [r[:2] for r in rows[1:]] == [("农业", "农业"), ("外贸", None), ("教育", "教育")]


def _f(growth=None, value=None, unit=None, qualifier=None):
    return Figure(growth, value, unit, qualifier, "", 0, 0)


@pytest.mark.parametrize(("target", "actual", "cid", "met"), [
    (_f(6.5, qualifier="左右"), _f(6.6), "gdp", True),
    (_f(7.5, qualifier="左右"), _f(7.4), "gdp", True),  # roughly: within 5% of the target
    (_f(5.5, qualifier="左右"), _f(3.0), "gdp", False),
    (_f(6.5), _f(6.4), "gdp", False),  # no 左右: a miss is a miss
    (_f(6.0, qualifier="6%－6.5%"), _f(6.1), "gdp", True),  # a range: its low end
    (_f(6.0, qualifier="6%－6.5%"), _f(5.9), "gdp", False),
    (_f(value=3.0, unit="%", qualifier="左右"), _f(2.1), "cpi", True),  # a ceiling: prices
    (_f(value=3.0, unit="%", qualifier="左右"), _f(3.5), "cpi", False),
    (_f(value=5.5, unit="%", qualifier="以内"), _f(value=5.0, unit="%", qualifier="左右"), "unemployment", True),
    (_f(value=1100.0, unit="万人", qualifier="以上"), _f(value=1361.0, unit="万人"), "urban_jobs", True),
    (_f(value=1100.0, unit="万人", qualifier="以上"), _f(value=9.0, unit="亿元"), "urban_jobs", None),
    (_f(6.5), None, "gdp", None),
    (None, _f(6.5), "gdp", None),
])
def test_met(target, actual, cid, met):
    assert is_met(target, actual, cid) is met


def test_phrases_new_and_dropped_occur_in_one_text_only():
    old = "我们要推进改革开放，推进改革开放，办好民生实事，办好民生实事。"
    new = "我们要推进改革开放，推进改革开放，发展新质生产力，发展新质生产力，统筹“两重”建设。"
    found = compare_phrases(old, new)
    fresh = {p.text for p in found.new}
    assert "“两重”" not in fresh and "两重" in fresh  # a quoted slogan counts once
    assert any("新质生产力" in t for t in fresh)
    assert any("民生" in p.text for p in found.dropped)
    assert all(p.text in new and p.text not in old for p in found.new)
    assert all(p.text in old and p.text not in new for p in found.dropped)
    assert not any("改革开放" in t for t in fresh)


@needs_corpus
@pytest.mark.parametrize("years", [(0, 1), (1, 2)], ids=["2017-2018", "2018-2019"])
def test_consecutive_national_reports(years):
    from shigu_gui.model import load_report

    old, new = (load_report(NATIONAL[i]) for i in years)
    c = compare(old, new)
    # every top-level part matched to its counterpart, in order
    top = [p for p in c.sections if p.level == 1]
    assert [(p.old, p.new) for p in top] == [(old.flat_sections.index(a), new.flat_sections.index(b))
                                             for a, b in zip(old.sections, new.sections, strict=True)]
    for p in c.phrases.new:
        assert p.text in new.text and p.text not in old.text
        assert p.count == new.text.count(p.text) > 0
    for p in c.phrases.dropped:
        assert p.text in old.text and p.text not in new.text
    for p in (*c.phrases.rising, *c.phrases.falling):
        assert p.old_count > 0 and p.new_count > 0
    assert all(p.new_rate > p.old_rate for p in c.phrases.rising)
    assert all(p.new_rate < p.old_rate for p in c.phrases.falling)
    gdp = next(t for t in c.targets if t.indicator == "gdp")
    assert gdp.old_target is not None and gdp.old_actual is not None and gdp.new_target is not None
    assert old.text[gdp.old_target.start:gdp.old_target.end] == gdp.old_target.sentence
    assert new.text[gdp.old_actual.start:gdp.old_actual.end] == gdp.old_actual.sentence
    got = to_json(c)
    row = next(t for t in got["targets"] if t["indicator"] == "gdp")
    want = {(0, 1): (6.5, 6.9, 6.5, "same"), (1, 2): (6.5, 6.6, 6.0, "lowered")}[years]
    assert (row["old_target"]["growth"], row["old_actual"]["growth"], row["new_target"]["growth"],
            gdp.change) == want
    assert row["met"] is True and row["label"] == "地区生产总值"
    if years == (1, 2):
        assert row["new_target"]["qualifier"] == "6%－6.5%"
        new_texts = {p["text"] for p in got["phrases"]["new"]}
        assert {"稳就业", "稳外贸", "稳投资", "稳预期"} <= new_texts  # 六稳 is new in 2019
    else:
        new_texts = {p["text"] for p in got["phrases"]["new"]}
        assert {"新时代", "高质量发展", "乡村振兴"} <= new_texts


def test_json_shape():
    doc = parse_report(_report(2024, [("经济发展", [("农业农村", FARM)])]))
    got = to_json(compare(doc, doc))
    assert set(got) == {"old", "new", "sections", "targets", "phrases"}
    assert got["old"] == {"title": doc.title, "year": 2024, "place": None}
    assert all(set(s) == {"old", "new", "level", "similarity"} for s in got["sections"])
    assert all(s["similarity"] == 1.0 for s in got["sections"])
    assert set(got["phrases"]) == {"new", "dropped", "rising", "falling"}
    assert got["phrases"]["new"] == [] and got["phrases"]["dropped"] == []


def test_changed_words_within_a_pair_are_marked_and_unchanged_sentences_not():
    from shigu_gui.model.compare import changed_spans

    old = parse_report(_report(2023, [("经济发展", [("农业农村", FARM + TRADE)])]))
    new = parse_report(_report(2024, [("经济发展", [("农业农村", FARM + TRADE.replace("保持稳定", "稳中提质"))])]))
    pairs = align_sections(old, new)
    sub = next(p for p in pairs if p.level == 2)
    a, b = changed_spans(old, new, sub)
    assert [old.text[x:y] for x, y in a] == ["保持稳定"]
    assert [new.text[x:y] for x, y in b] == ["稳中提质"]
    dropped = next(p for p in align_sections(new, parse_report(_report(2025, [("社会民生", [("教育", SCHOOL)])])))
                   if p.status == "dropped")
    whole, none = changed_spans(new, old, dropped)
    assert none == [] and "".join(new.text[x:y] for x, y in whole).startswith("一、经济发展")


_LINES = [FARM, TRADE, SCHOOL, HEALTH, "发展新质生产力，统筹“两重”建设。", "推进改革开放，办好民生实事。"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.lists(st.integers(0, 5), max_size=3)), min_size=1, max_size=4),
       st.lists(st.tuples(st.integers(0, 5), st.lists(st.integers(0, 5), max_size=3)), min_size=1, max_size=4))
def test_any_two_reports_every_section_once_phrases_in_one_text_only(old_parts, new_parts):
    def build(year, parts):
        return parse_report(_report(year, [(f"第{k}部分", [(f"第{k}{n}节", _LINES[i]) for n, i in enumerate(subs)])
                                           for k, (_, subs) in enumerate(parts)]))

    old, new = build(2023, old_parts), build(2024, new_parts)
    c = compare(old, new)
    assert sorted(p.old for p in c.sections if p.old is not None) == list(range(len(old.flat_sections)))
    assert sorted(p.new for p in c.sections if p.new is not None) == list(range(len(new.flat_sections)))
    for p in c.sections:
        assert (p.status in ("new", "dropped")) == (p.similarity == 0.0)
        assert (p.status == "same") == (p.similarity == 1.0)
    for p in c.phrases.new:
        assert p.text in new.text and p.text not in old.text
    for p in c.phrases.dropped:
        assert p.text in old.text and p.text not in new.text


def _plan(year: int, actual: str, target: str) -> str:
    return (f"{year}年江苏省政府工作报告\n一、{year - 1}年工作回顾\n全省地区生产总值增长{actual}%。\n"
            f"二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长{target}%左右。\n")


def test_the_result_is_of_the_older_reports_year_only():
    consecutive = compare(parse_report(_plan(2024, "5.2", "5")), parse_report(_plan(2025, "5.8", "5")))
    gdp = consecutive.targets[0]
    assert (gdp.old_target.growth, gdp.old_actual.growth, gdp.met, gdp.change) == (5.0, 5.8, True, "same")
    apart = compare(parse_report(_plan(2020, "6.1", "6")), parse_report(_plan(2025, "5.8", "5")))
    gdp = apart.targets[0]
    assert gdp.old_actual is None and gdp.met is None and gdp.change == "lowered"
