"""The report's main targets (主要预期目标): the list its plan announces, each target once, in order.

A report announces them in one sentence ('今年发展主要预期目标是：国内生产总值增长6%－6.5%；城镇新增
就业1100万人以上，…'), which runs to its full stop. Its targets are the figures the reader reads
there, under the names the charts give them (charts.charted): name, value or growth, unit, the
qualifier (左右, 以上, 以内) and a range's upper end (growth_high, value_high). A report that
announces no list has its headline target (and the figures its sentence sets with it) as its list.
A five-year plan's goals ('“十四五”时期主要目标是：…') and last year's are not the year's targets.
"""

from __future__ import annotations

import re

from .charts import charted, qualifiers_text, same_figure, span_text
from .document import Document, Indicator
from .vocabulary import figure_id, headline

# ('主要预期目标是地区生产总值增长7.5%以上，…': a news copy runs the list on after 是, no mark.)
_ANNOUNCE = re.compile(r"(?:主要预期目标|主要目标|预期目标)(?:任务)?(?:是|为|如下)?[：:]"
                       r"|(?:主要预期目标|主要目标|预期目标)是[，,]"
                       r"|(?:主要预期目标|主要目标)(?:是|为)(?=[\u4e00-\u9fff])")
_SENTENCE_MARKS = re.compile("[。！？!?]")
# Words before the announcement in its sentence that make it a plan of several years, or last year's.
_NOT_THIS_YEAR = re.compile(r"五”|五年|规划|时期|期间|纲要|到20\d\d年|至20\d\d年|去年|上年|过去")


def announced_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the report announces its main targets: from the announcement to its full stop."""
    text = doc.text
    spans = []
    for m in _ANNOUNCE.finditer(text):
        begin = max((s.end() for s in _SENTENCE_MARKS.finditer(text, max(0, m.start() - 200), m.start())),
                    default=max(0, m.start() - 200))
        if _NOT_THIS_YEAR.search(text, begin, m.start()):
            continue
        stop = _SENTENCE_MARKS.search(text, m.end())
        spans.append((m.start(), stop.end() if stop else len(text)))
    return spans


def _within(ind: Indicator, spans: list[tuple[int, int]]) -> bool:
    return any(ind.end > start and ind.start < stop for start, stop in spans)


def _same_name(shown: Indicator, raw: Indicator) -> bool:
    """The row the charts show for a figure read: its name, or the label of its indicator (one
    sentence's figures share their place and may share their numbers)."""
    known = figure_id(raw)
    return shown.name == raw.name or (known is not None and known == figure_id(shown))


def _same_numbers(a: Indicator, b: Indicator) -> bool:
    """One indicator with one set of numbers, as the charts count a row (charts.charted)."""
    known = figure_id(a)
    return (known is not None and known == figure_id(b)
            and (a.year, a.value, a.unit, a.growth, a.parts) == (b.year, b.value, b.unit, b.growth, b.parts))


def main_targets(doc: Document) -> list[Indicator]:
    """The report's main targets in the order it states them (see the module's text). A target the
    list states that the charts show once from an earlier line ('今年GDP预期增长7.5%左右' in a
    headline, then '主要预期目标是：地区生产总值增长7.5%左右，…') is in the list where the list
    states it."""
    targets = [i for i in charted(doc) if i.kind == "target"]
    spans = announced_spans(doc)
    listed: list[Indicator] = []
    if spans:
        before = [i for i in targets if not _within(i, spans)]
        for raw in doc.indicators:
            if raw.kind != "target" or not _within(raw, spans):
                continue
            shown = next((i for i in targets if same_figure(i, raw) and _same_name(i, raw)), None)
            if shown is None and any(_same_numbers(i, raw) for i in before):
                shown = raw
            if shown is not None and shown not in listed:
                listed.append(shown)
    if listed:
        return listed
    found = headline(doc, "target")
    if found is None:
        return []
    first = found[1]
    return [i for i in targets if (i.start, i.end) == (first.start, first.end)]


TARGET_HEADERS = ("指标", "增长(%)", "数值", "单位", "限定")


def target_rows(targets: list[Indicator]) -> list[list[str]]:
    """The main targets as the charts tab's table shows them: a range as '6－6.5', the qualifiers
    as the indicator table gives them."""
    rows = []
    for i in targets:
        rows.append([
            i.name,
            span_text(i.growth, i.growth_high) if i.growth is not None else "",
            span_text(i.value, i.value_high) if i.value is not None else "",
            i.unit or "",
            qualifiers_text(i),
        ])
    return rows
