"""Sentences with a number in them → indicators: which sentences, of which kind (target or
result) and year; each sentence is cut into clauses (clauses.read_clause).
"""

from __future__ import annotations

import re

from ..document import Indicator
from ..numerals import arabic
from ..script import TRADITIONAL_HINT, to_simplified
from .clauses import read_clause
from .figures import expand
from .lexicon import (
    ACHIEVED,
    ANNOUNCE,
    CLAUSE_SPLIT,
    CLAUSE_YEAR,
    COMPARED_WITH,
    DIGIT,
    FOLD,
    FOLDABLE,
    KEEP_STRIVE,
    MIDDLE_DOT_DECIMAL,
    NOTE_WITH_COMMA,
    NUMBER_START,
    ONE_YEAR,
    PAST_SENTENCE,
    PLAN_SENTENCE,
    SCRIPT_SAMPLE,
    SENTENCE_END,
    SET_AFTER_COMMA,
    SPAN_SENTENCE,
    TARGET_WORDS,
    UP_TO_LAST_MARK,
    YEAR_LEAD,
)
from .state import Item


def extract_indicators(
    text: str,
    ranges: list[tuple[int, int, str, int | None]],
) -> tuple[Indicator, ...]:
    """Indicators from the sentences in ranges: (start, end, kind, year) of each paragraph; kind
    "span" is a paragraph of results over several years (its growths are not the year's)."""
    out: list[Indicator] = []
    # A report in traditional characters is read through their simplified forms (the rules' words).
    traditional = TRADITIONAL_HINT.search(text, 0, SCRIPT_SAMPLE) is not None
    for start, end, range_kind, year in ranges:
        span = range_kind == "span"
        if span:
            range_kind = "actual"
        pos = start
        targets_until = -1  # '主要预期目标是：A；B；C。': the announcement holds to the full stop
        # Only the sentences with a number in them (\d also matches full-width digits): one regex
        # search finds the next, the sentence around it is read; the rest is never looked at.
        while True:
            hit = NUMBER_START.search(text, pos, end)
            if hit is None:
                break
            stop = SENTENCE_END.search(text, hit.start(), end)
            sentence_end = stop.end() if stop else end
            begin = _sentence_start(text, pos, hit.start())
            original = text[begin:sentence_end]
            sentence = arabic(_fold(to_simplified(original) if traditional else original))
            if "目标，" in sentence:
                sentence = SET_AFTER_COMMA.sub("", sentence)
            if "保" in sentence and "争" in sentence:
                sentence = KEEP_STRIVE.sub(_keep_strive, sentence)
            kind = "target" if begin < targets_until else _sentence_kind(sentence, range_kind)
            if kind == "target" and original[-1] in "；;" and ANNOUNCE.search(original):
                full_stop = text.find("。", sentence_end, end)
                targets_until = full_stop if full_stop >= 0 else end
            # A target announced outside the plan part is for the plan year (the year after); last
            # year's result told in the plan part is for the year before.
            sentence_year = year
            if year and kind != range_kind:
                sentence_year = year + 1 if kind == "target" else year - 1
            out += _from_sentence(original, sentence, begin, kind, sentence_year, span and kind == "actual")
            pos = sentence_end
    return tuple(out)


def _keep_strive(m: re.Match[str]) -> str:
    return f"{m.group(1)}%-{m.group(2)}%"


def _fold(text: str) -> str:
    """Full-width digits and signs as ASCII (same length); only where there are some. A middle dot
    between digits as a decimal point (same length)."""
    if "·" in text or "・" in text:
        text = MIDDLE_DOT_DECIMAL.sub(".", text)
    return FOLDABLE.sub(_fold_match, text) if FOLDABLE.search(text) else text


def _fold_match(m: re.Match[str]) -> str:
    return m.group().translate(FOLD)


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding offset `at` starts: after the last sentence mark in [lo, at)."""
    last = UP_TO_LAST_MARK.match(text, lo, at)  # (one scan back from `at`, not one per mark)
    return last.end() if last else lo


def _from_sentence(
    original: str, sentence: str, offset: int, kind: str, year: int | None, span: bool = False
) -> list[Indicator]:
    if "（" in sentence or "(" in sentence:
        # '2650.6亿元（不含定州，下同）、增长9%': a note's comma splits no clause
        sentence = NOTE_WITH_COMMA.sub("", sentence)
    lead_year = YEAR_LEAD.match(sentence)
    if lead_year and lead_year.group(0)[:4].isdigit():
        year = int(lead_year.group(0)[:4])
    items: list[Item] = []
    # Only a growth in % or 倍 is read as one over several years (rules._growth_over_years): a sentence with
    # neither is not searched for the signs of that.
    span_from = len(sentence) + 1
    if "%" in sentence or "倍" in sentence:
        several = SPAN_SENTENCE.search(sentence)
        # Where the words of several years start: the clauses before them are the year's own
        # ('2008年全区生产总值完成142亿元，增长14.7%，五年内翻了一番').
        if several:
            span_from = several.start()
        compared = COMPARED_WITH.search(sentence)
        if span or (compared and (year is None or int(compared.group(1)) != year - 1)):
            span_from = 0
    clause_end = 0
    for clause in CLAUSE_SPLIT.split(sentence):
        clause_end += len(clause) + 1
        if DIGIT.search(clause):  # (a clause with no digit has no number to read)
            before = len(items)
            read_clause(clause, items, span_from < clause_end and not ONE_YEAR.search(clause), year)
            # '…年均增长7%，2015年国内生产总值将超过55万亿元': a clause that opens with a year of its
            # own speaks of that year (a five-year goal is not the plan year's figure).
            own = CLAUSE_YEAR.match(clause) if len(items) > before else None
            if own is not None and int(own.group(1)) != year:
                for item in items[before:]:
                    item.year = item.year or int(own.group(1))
    result: list[Indicator] = []
    for item in items:
        result += expand(item, original, offset, kind, year)
    return result


def _sentence_kind(sentence: str, kind: str) -> str:
    """A sentence that announces targets or plans this year's figures is a target anywhere; one
    that starts with last year is a result, also in the plan part."""
    announced = TARGET_WORDS.search(sentence) or PLAN_SENTENCE.search(sentence)
    if announced:
        # Targets met are results ('全面完成年初确定的主要目标'), but a list of targets may end with
        # one to meet ('主要预期目标是，…增长7.5%，…降低完成国家下达目标任务'): what comes first counts.
        achieved = ACHIEVED.search(sentence)
        if achieved is None or announced.start() < achieved.start():
            return "target"
    if kind == "target" and PAST_SENTENCE.match(sentence):
        return "actual"
    return kind
