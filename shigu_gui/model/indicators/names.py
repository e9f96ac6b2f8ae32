"""The name of what a number measures, out of the words before it."""

from __future__ import annotations

import re

from ..vocabulary import canonical_id, is_gdp
from .lexicon import (
    ANNOUNCED_IN_NAME,
    AVERAGES,
    FRAGMENT_END,
    FRAGMENT_START,
    GENERIC,
    GROWTH_VERB,
    LEAD_FILLERS,
    NAME_MAX,
    PLANNED,
    PREFIX_QUALIFIERS,
    RATIO_PATTERN,
    SPLIT_WORD,
    THIS_YEAR_INSIDE,
    TRAIL_BASE,
    TRAIL_VERBS,
    TRAIL_YEAR,
    YEAR_INSIDE,
    YEAR_LEAD,
    YUE_WORDS,
)


def subject_names(name: str, count: int, growths: bool = False) -> list[str]:
    if count <= 1:
        return [name]
    if count == 2 and name.startswith("城乡"):
        rest = name[2:]
        return [f"城镇{rest}", f"农村{rest}"]
    # '地区生产总值和一般公共预算收入' (分别增长5.1%、8%): the GDP named first is a name of its own
    # (a listed name may share the words after it: '先进制造业、高技术制造业增加值占比')
    listed = _SUBJECTS.split(name)
    if growths and len(listed) == count and is_gdp(listed[0]):
        return [listed[0]] + [f"{name}（{i + 1}）" for i in range(1, count)]
    # '城镇调查失业率、城镇登记失业率分别为4.8%左右和4.3%左右': each a known indicator of its own
    if len(listed) == count and all(canonical_id(part) is not None for part in listed):
        return listed
    return [f"{name}（{i + 1}）" for i in range(count)]


_SUBJECTS = re.compile("、|和|及|与")


def growth_name(lead: str) -> str:
    """What grows: '中央提出今年经济' (增长预期目标为8%) is 经济, the subject after the year."""
    cut = THIS_YEAR_INSIDE.search(lead)
    lead = lead[cut.end():] if cut else lead
    return clean_name(PLANNED.sub("", lead.lstrip()))


def clean_name(lead: str) -> str:
    name = lead.strip().strip("、，,（(")
    if " " in name:
        name = SPLIT_WORD.sub("", name)  # '实现生 产总值': a PDF's line end inside a word
    if "目标" in name:
        name = ANNOUNCED_IN_NAME.sub("", name)  # '主要预期目标是地区生产总值' (增长7.5%以上)
    year = YEAR_LEAD.match(name)
    if year:
        name = name[year.end():]
    # (each only where its characters are: a pattern starting with a look-behind tries every character)
    if "比" in name or "较" in name:
        name = TRAIL_BASE.sub("", name)  # '国民生产总值比1989年' (增长…): the base, not the subject
    if "年" in name:
        name = TRAIL_YEAR.sub("", name)  # '国内生产总值1993年' (比上年增长…)
        # '五莲县2012年全年实现生产总值': a place and year before what is measured
        name = YEAR_INSIDE.sub("", name)
    # Words are stripped by moving two indices, not by slicing, and a word repeated is stripped in
    # one pass: a lead of many fillers ("和和和…") copied the rest of the name once per word
    # (quadratic), then still took a pass of every word list per character.
    lo, hi = 0, len(name)
    changed = True
    # (a test of the first and the last character first: most names start and end with none of the words)
    while changed and hi > lo and (name[lo] in _LEAD_BY_FIRST or name[hi - 1] in _TRAIL_LAST) and (
            name.startswith(LEAD_FILLERS, lo, hi) or name.endswith(_TRAIL_WORDS, lo, hi)):
        changed = False
        # Each list is tried in its order, as a loop over every word would, but only the words
        # that start (end) with the character at hand are looked at.
        index = 0
        while hi > lo:
            found = _next_word(_LEAD_BY_FIRST.get(name[lo], ()), index, name, lo, hi, True)
            if found is None:
                break
            index, word = found
            while name.startswith(word, lo, hi):
                lo += len(word)
                changed = True
        for by_last, averages in ((_TRAIL_BY_LAST, True), (_QUALIFIERS_BY_LAST, False)):
            index = 0
            while hi > lo:
                found = _next_word(by_last.get(name[hi - 1], ()), index, name, lo, hi, False)
                if found is None:
                    break
                index, word = found
                if averages and word == "均" and name.endswith(AVERAGES, lo, hi):
                    continue
                if hi - lo <= len(word):
                    continue
                while name.endswith(word, lo, hi) and hi - lo > len(word):
                    hi -= len(word)
                    changed = True
        while name.endswith("约", lo, hi) and not name.endswith(YUE_WORDS, lo, hi) and hi - lo > 1:
            hi -= 1  # "降费约1.3万亿元", but not "签约"
            changed = True
    name = name[lo:hi].replace("实现", "").replace("完成", "").strip()
    if name[:1].isdigit() and (year := YEAR_LEAD.match(name)) is not None:
        name = name[year.end():]  # '预计2012年全市生产总值' (完成3440亿元): the year after the filler
    m = RATIO_PATTERN.match(name) if "占" in name else None
    if m:
        name = f"{m.group('a')}占比"
    if (
        len(name) < 2
        or len(name) > NAME_MAX
        or name in GENERIC
        or name in _TRAIL_VERB_SET
        or name.startswith(_NOT_NAME_START)
        or name.endswith(("由", "从"))
        or GROWTH_VERB.fullmatch(name)
        or FRAGMENT_END.search(name)
        or not (_CJK.search(name) or "GDP" in name)
    ):
        return ""
    return name


def _next_word(
    words: tuple[tuple[int, str], ...], index: int, name: str, lo: int, hi: int, lead: bool
) -> tuple[int, str] | None:
    """The first (position, word) of words at or after position index that name[lo:hi] starts
    (lead) or ends with; the position returned is the one after it."""
    for position, word in words:
        if position >= index and (name.startswith(word, lo, hi) if lead else name.endswith(word, lo, hi)):
            return position + 1, word
    return None


def _by_char(words: tuple[str, ...], first: bool) -> dict[str, tuple[tuple[int, str], ...]]:
    """Words by their first (or last) character, each with its position in words, in order."""
    table: dict[str, list[tuple[int, str]]] = {}
    for position, word in enumerate(words):
        table.setdefault(word[0] if first else word[-1], []).append((position, word))
    return {ch: tuple(found) for ch, found in table.items()}


# Does a name still end with a word clean_name takes off? (one test instead of a pass)
_TRAIL_WORDS = (*TRAIL_VERBS, *PREFIX_QUALIFIERS, "约")
_TRAIL_VERB_SET = frozenset(TRAIL_VERBS)
_TRAIL_LAST = frozenset(word[-1] for word in _TRAIL_WORDS)
_LEAD_BY_FIRST = _by_char(LEAD_FILLERS, True)
_TRAIL_BY_LAST = _by_char(TRAIL_VERBS, False)
_QUALIFIERS_BY_LAST = _by_char(PREFIX_QUALIFIERS, False)
_CJK = re.compile("[\u4e00-\u9fff]")
# A share's words ('占…') or a phrase of the sentence ('比2002年') start no name.
_NOT_NAME_START = ("占", *FRAGMENT_START)
