"""Targets lined up: each canonical indicator's target in the older report, its result in the
newer one and the newer target, and whether the target was met and how it changed.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..charts import stored_qualifier
from ..vocabulary import BY_ID, VOCABULARY, figure_id, label_of
from .records import Figure, TargetRow

if TYPE_CHECKING:
    from ..document import Document, Indicator


_YEAR = re.compile(r"(?:19|20)\d\d")
# Indicators whose target is a ceiling: the year met it when the result stayed at or below.
_CEILINGS = frozenset({"cpi", "unemployment", "registered_unemployment", "deficit_ratio", "deficit"})
_AT_MOST = ("以内", "以下", "不超过", "低于", "控制在")
_AT_LEAST = ("以上", "超过", "突破", "不低于", "高于")
_ROUGHLY = ("左右", "上下", "约")
_ROUGH_SLACK = 0.05  # 左右: a result within 5% of the target counts (7.5%左右 → 7.4% met, 7.0% not)
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*[－\-—~～至到]\s*(\d+(?:\.\d+)?)")


def report_year(doc: Document) -> int | None:
    """The year the report is of: its meta's, else the first year in its title."""
    year = doc.meta.get("year") or ""
    m = _YEAR.search(year) or _YEAR.search(doc.title)
    return int(m.group()) if m else None


def _usual_year(doc: Document, kind: str) -> int | None:
    years = Counter(i.year for i in doc.indicators if i.kind == kind and i.year is not None)
    return years.most_common(1)[0][0] if years else None


def _pick(doc: Document, kind: str, cid: str, year: int | None, strict: bool = False) -> Indicator | None:
    """The figure of the indicator cid the report gives first for `year` (any year when it gives
    none for that year; strict: only an undated one then): a growth for an amount, a level for a rate."""
    found = [i for i in doc.indicators if i.kind == kind and figure_id(i) == cid]
    if strict:
        found = [i for i in found if i.year in (year, None)]
    if not found:
        return None
    dated = [i for i in found if i.year == year] or found
    percent = BY_ID[cid].unit == "percent"
    better = [i for i in dated if (i.value is not None and (i.unit or "").endswith("%"))] if percent \
        else [i for i in dated if i.growth is not None]
    return (better or dated)[0]


def _figure(i: Indicator | None) -> Figure | None:
    if i is None:
        return None
    # A range ('6%－6.5%', growth_high) written out as the library keeps it: met() reads its low end.
    return Figure(i.growth, i.value, i.unit, stored_qualifier(i), i.sentence, i.start, i.end)


def _level(f: Figure, cid: str) -> float | None:
    """The number a target and a result of cid are held against each other by: a rate's level
    (its value in %, or its 'growth' when it is given as 上涨2%), else the growth."""
    if BY_ID[cid].unit == "percent":
        if f.value is not None and (f.unit or "").endswith("%"):
            return f.value
        return f.growth
    return f.growth


def is_range(qualifier: str | None) -> bool:
    """Is the qualifier a range ('6%－6.5%')?"""
    return bool(_RANGE.search(qualifier or ""))


def _bounds(f: Figure, level: float) -> tuple[float, float]:
    """The target's range: '6%－6.5%' is 6 to 6.5; a single number is itself."""
    m = _RANGE.search(f.qualifier or "")
    if m:
        lo, hi = sorted((float(m.group(1)), float(m.group(2))))
        return lo, hi
    return level, level


def is_met(target: Figure | None, actual: Figure | None, cid: str) -> bool | None:
    """Was the target met? None when either side lacks a comparable number.

    The rule: a floor (a growth, or a target with 以上/突破) is met when the result is at least the
    target (the low end of a range); a ceiling (prices, unemployment, the deficit, or a target
    with 以内/以下) when it is at most the target (the high end). A target 左右 ('roughly') allows a
    miss of 5% of the target either way. A result given only with 左右 is taken at its number."""
    if target is None or actual is None:
        return None
    t, a = _level(target, cid), _level(actual, cid)
    if t is None or a is None:
        if target.value is None or actual.value is None or target.unit != actual.unit:
            return None
        t, a = target.value, actual.value  # amounts in one unit: 城镇新增就业1100万人以上
    qualifier = target.qualifier or ""
    ceiling = cid in _CEILINGS
    if any(w in qualifier for w in _AT_MOST):
        ceiling = True
    elif any(w in qualifier for w in _AT_LEAST):
        ceiling = False
    lo, hi = _bounds(target, t)
    slack = _ROUGH_SLACK * abs(t) if any(w in qualifier for w in _ROUGHLY) else 0.0
    eps = 1e-9
    return a <= hi + slack + eps if ceiling else a >= lo - slack - eps


def _change(old: Figure | None, new: Figure | None, cid: str) -> str | None:
    if old is None and new is None:
        return None
    if old is None:
        return "new"
    if new is None:
        return "dropped"
    o, n = _level(old, cid), _level(new, cid)
    if o is None or n is None:
        o, n = old.value, new.value
        if o is None or n is None or old.unit != new.unit:
            return "same" if old.qualifier == new.qualifier else None
    ob, nb = _bounds(old, o), _bounds(new, n)
    if ob == nb:
        return "same"
    return "raised" if sum(nb) > sum(ob) else "lowered"


def line_up_targets(old: Document, new: Document,
                    years: tuple[int | None, int | None] = (None, None)) -> tuple[TargetRow, ...]:
    """One row per canonical indicator either report gives, in the vocabulary's order: the older
    report's target for its year, the newer report's result for that year, the newer report's
    target."""
    old_year = years[0] or report_year(old) or _usual_year(old, "target")
    new_year = years[1] or report_year(new) or _usual_year(new, "target")
    reviewed = old_year if old_year is not None and new_year is not None and old_year < new_year \
        else _usual_year(new, "actual")
    present = {figure_id(i) for d in (old, new) for i in d.indicators} - {None}
    rows = []
    for concept in VOCABULARY:
        cid = concept.id
        if cid not in present:
            continue
        old_target = _figure(_pick(old, "target", cid, old_year))
        # the result of the older report's year only: 2025's review says nothing of 2020's target
        old_actual = _figure(_pick(new, "actual", cid, reviewed, strict=reviewed == old_year))
        new_target = _figure(_pick(new, "target", cid, new_year))
        if old_target is None and old_actual is None and new_target is None:
            continue
        rows.append(TargetRow(cid, label_of(cid), old_target, old_actual, new_target,
                              is_met(old_target, old_actual, cid), _change(old_target, new_target, cid)))
    return tuple(rows)
