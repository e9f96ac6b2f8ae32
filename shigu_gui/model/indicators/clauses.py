"""One clause → items: each number, its unit and the words before it, offered to the rules."""

from __future__ import annotations

import re

from .lexicon import (
    BI_VERBS,
    COUNT_UNITS,
    GROWTH_VERB,
    GROWTH_VERB_LAST,
    GROWTH_VERB_NOTED,
    NOTED_LAST,
    PREFIX_QUALIFIERS,
    RATIO,
    TAIL,
    TOKEN,
    YUE_WORDS,
    parse_number,
)
from .names import clean_name
from .rules import RULES
from .state import Clause, Item, Number


def read_clause(clause: str, items: list[Item], span: bool = False, year: int | None = None) -> None:
    """Read the numbers of one clause into items: each number goes to the first rule that takes it."""
    ratio = RATIO.search(clause) if ":" in clause else None
    if ratio:
        name = clean_name(clause[: ratio.start()])
        if name:
            parts = tuple(float(p.replace(",", "")) for p in ratio.group(1).split(":"))
            items.append(Item(name, parts=parts))
        return
    state = Clause(items, span, year)
    cursor = 0
    for m in TOKEN.finditer(clause):
        lead = clause[cursor: m.start()]
        cursor = m.end()
        num, mult, unit, post = m.group("num", "mult", "unit", "post")
        if unit in COUNT_UNITS and not post and cursor < len(clause) and _is_cjk(clause[cursor]):
            state.current = None
            continue  # "7个农贸市场": the measure word's noun follows; no name stands before it
        tail = lead.rstrip()
        near_end = max(0, len(tail) - TAIL)
        number = Number(
            m, lead, lead.strip(), parse_number(num), (mult or "") + unit,
            unit, _qualifier(m, tail), tail, near_end,
            _growth_verb(tail, near_end) if (last := tail[-1:]) in GROWTH_VERB_LAST
            or (last in "增降" and tail.endswith(BI_VERBS)) else None,
        )
        for rule in RULES:
            if rule(number, state):
                break
    if state.pending:
        # '比上年增长3.1%、高于全省平均水平0.5个百分点': the growth is of the value before it
        _attach_growths(state.pending, items[: state.pending_at])


def _growth_verb(tail: str, near_end: int) -> re.Match[str] | None:
    m = GROWTH_VERB.search(tail, near_end)
    if m is not None and m.group(1) is None and m.start() > near_end and tail[m.start() - 1] in NOTED_LAST:
        return GROWTH_VERB_NOTED.search(tail, near_end) or m
    return m


def _attach_growths(growths: list[tuple[float, str | None]], items: list[Item]) -> None:
    """'增长8.4%、9.2%' with no name: the growth of the values stated just before, in order."""
    if len(growths) == 1:
        for item in reversed(items):
            if item.values and not item.growths:
                item.growths = growths
            break
        return
    last = items[-1] if items else None
    if last is not None and len(last.values) == len(growths) and not last.growths:
        last.growths = growths
        return
    open_items = [i for i in items if i.values and not i.growths][-len(growths):]
    if len(open_items) == len(growths):
        for item, growth in zip(open_items, growths, strict=False):
            item.growths = [growth]


def _qualifier(m: re.Match[str], stripped: str) -> str | None:
    """The qualifier of a number: its range, the word after it or before it (stripped: the words
    before it without the spaces at their end)."""
    if m.group("hi"):
        unit = m.group("unit")
        first = m.group("num") + (m.group("pct1") or ("" if unit != "%" else "%"))
        return f"{first}－{m.group('hi')}{unit}{m.group('post') or ''}"
    if m.group("post"):
        return m.group("post")
    if stripped.endswith(PREFIX_QUALIFIERS):
        for word in PREFIX_QUALIFIERS:
            if stripped.endswith(word):
                return word
    if stripped.endswith("约") and not stripped.endswith(YUE_WORDS):
        return "约"
    if m.group("approx") or m.group("approx0"):
        return m.group("approx") or m.group("approx0")
    return None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
