"""Chart series computed from Document.indicators; the views only draw what this returns."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .document import Document, Indicator
from .names import is_name, is_span
from .vocabulary import BY_ID, canonical_id, figure_id, short_name_id

_SCALE_UNITS = ("亿元", "万亿元")
_TRILLION = 10000  # 亿元 in a 万亿元
_INCOME_WORDS = ("人均可支配收入", "居民收入", "人均收入")
_MAX_SCALE_BARS = 8
_OUTLIER = 100  # a total this many times the median of the others is drawn on its own


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown on the bar, with unit and qualifier
    indicator: Indicator


@dataclass(frozen=True)
class GrowthPair:
    label: str
    actual: Bar | None
    target: Bar | None


@dataclass(frozen=True)
class Shares:
    label: str
    parts: tuple[tuple[str, float], ...]
    indicator: Indicator


@dataclass(frozen=True)
class ChartData:
    review_year: int | None
    plan_year: int | None
    growth: tuple[GrowthPair, ...]
    scale: tuple[Bar, ...]
    structure: tuple[Shares, ...]
    people: tuple[Bar, ...]
    scale_outliers: tuple[Bar, ...] = ()  # totals far larger than the rest, in 亿元 as well
    shown: tuple[Indicator, ...] = ()  # the figures charted and tabled (charted())
    scale_unit: str = "亿元"  # the unit of the scale bars' values: 万亿元 where the largest is a trillion or more


def _fmt(number: float) -> str:
    if abs(number) < 1e6:
        return f"{number:g}"
    return f"{number:.4f}".rstrip("0").rstrip(".")  # 19343000, not 1.9343e+07


# Qualifiers read before the number ('约1.3万亿元', '超500亿元'); the rest (左右, 以上, 余) after it.
_BEFORE = ("超过", "约为", "大约", "约", "超", "逾", "突破", "接近", "近", "达")


def _qualified(number: str, qualifier: str | None) -> str:
    if not qualifier or qualifier[0].isdigit():
        return number
    return f"{qualifier}{number}" if qualifier in _BEFORE else f"{number}{qualifier}"


def span_text(low: float, high: float | None, unit: str = "") -> str:
    """A number, or a range as a report writes it: '6%－6.5%', '4.5－5万人'."""
    if high is None:
        return f"{_fmt(low)}{unit}"
    return f"{_fmt(low)}{unit if unit == '%' else ''}－{_fmt(high)}{unit}"


def value_text(ind: Indicator) -> str:
    if ind.value is None:
        return ""
    return _qualified(span_text(ind.value, ind.value_high, ind.unit or ""), ind.qualifier)


def growth_text(ind: Indicator) -> str:
    if ind.growth is None:
        return ""
    if ind.growth_high is not None:  # a range: '6%－6.5%'
        return _qualified(span_text(ind.growth, ind.growth_high, "%"), ind.growth_qualifier)
    sign = "+" if ind.growth > 0 else ""
    return _qualified(f"{sign}{_fmt(ind.growth)}%", ind.growth_qualifier)


def stored_qualifier(ind: Indicator) -> str | None:
    """The qualifier the library keeps with a figure: its growth's where it has a growth, else its
    value's; a range written out ('6%－6.5%' of a growth, '－5万人' after a value of 4.5万人)."""
    if ind.growth is not None:
        if ind.growth_high is None:
            return ind.growth_qualifier
        return span_text(ind.growth, ind.growth_high, "%") + (ind.growth_qualifier or "")
    if ind.value_high is None:
        return ind.qualifier
    return f"－{_fmt(ind.value_high)}{ind.unit or ''}{ind.qualifier or ''}"


def _same_subject(a: str, b: str) -> bool:
    """One indicator: the same name, one name inside the other, or one canonical indicator (经济 and
    国内生产总值)."""
    if a == b or (len(a) >= 4 and len(b) >= 4 and (a in b or b in a)):
        return True
    known = canonical_id(a)
    return known is not None and known == canonical_id(b)


def growth_pairs(indicators: tuple[Indicator, ...]) -> tuple[GrowthPair, ...]:
    """Indicators whose review-year growth and plan-year target growth the report both states."""
    actual = [i for i in indicators if i.kind == "actual" and i.growth is not None]
    target = [i for i in indicators if i.kind == "target" and i.growth is not None]
    pairs: list[GrowthPair] = []
    used: set[int] = set()
    for a in actual:
        match = next((t for t in target if id(t) not in used and _same_subject(a.name, t.name)), None)
        if match is None or any(p.label == a.name for p in pairs):
            continue
        used.add(id(match))
        pairs.append(
            GrowthPair(
                a.name,
                Bar(a.name, a.growth or 0.0, growth_text(a), a),
                Bar(match.name, match.growth or 0.0, growth_text(match), match),
            )
        )
    return tuple(pairs)


def scale_bars(indicators: tuple[Indicator, ...]) -> tuple[Bar, ...]:
    """The economy's totals in 亿元 (万亿元 converted before they share an axis), largest first,
    outliers left out."""
    return _scale_groups(indicators)[0]


def is_total(ind: Indicator) -> bool:
    """A total the totals chart may draw: one of the vocabulary's indicators counted in money
    (地区生产总值, 财政收入, 社会消费品零售总额, 进出口总额, …). Other sums in 亿元 (减税降费, 专项债券,
    贷款余额, 项目投资) are of other kinds — a stock beside a flow, a policy's amount beside the
    economy's — and are not drawn on the same axis; the table still lists them."""
    known = figure_id(ind)
    return known is not None and BY_ID[known].unit == "money"


def scale_unit(bars: tuple[Bar, ...]) -> tuple[str, float]:
    """The unit a reader would give the totals in, and what a value in 亿元 is divided by for it:
    万亿元 where the largest is a trillion or more (126万亿元, never 1.26e+06 亿元)."""
    top = max((b.value for b in bars), default=0.0)
    return ("万亿元", _TRILLION) if top >= _TRILLION else ("亿元", 1.0)


def _scale_groups(indicators: tuple[Indicator, ...]) -> tuple[tuple[Bar, ...], tuple[Bar, ...]]:
    seen: set[str] = set()
    bars = []
    for ind in indicators:
        if (ind.kind == "actual" and ind.value is not None and ind.unit in _SCALE_UNITS and ind.name not in seen
                and is_total(ind)):
            seen.add(ind.name)
            value = round(ind.value * (10000 if ind.unit == "万亿元" else 1), 6)
            bars.append(Bar(ind.name, value, value_text(ind), ind))
    bars.sort(key=lambda b: -b.value)
    outliers: list[Bar] = []
    while len(bars) > 2:
        rest = sorted(b.value for b in bars[1:])
        median = rest[len(rest) // 2]
        if median <= 0 or bars[0].value < _OUTLIER * median:
            break
        outliers.append(bars.pop(0))
    return tuple(bars[:_MAX_SCALE_BARS]), tuple(outliers)


def part_names(name: str, count: int) -> list[str]:
    if "三次产业" in name and count == 3:
        return ["第一产业", "第二产业", "第三产业"]
    return [f"第{i + 1}部分" for i in range(count)]


def structure_shares(indicators: tuple[Indicator, ...]) -> tuple[Shares, ...]:
    result = []
    for ind in indicators:
        if ind.parts and len(ind.parts) >= 2:
            names = part_names(ind.name, len(ind.parts))
            result.append(Shares(ind.name, tuple(zip(names, ind.parts, strict=True)), ind))
    return tuple(result)


def people_bars(indicators: tuple[Indicator, ...]) -> tuple[Bar, ...]:
    bars = []
    for ind in indicators:
        if ind.kind == "actual" and ind.value is not None and any(w in ind.name for w in _INCOME_WORDS):
            text = value_text(ind) + (f"  {growth_text(ind)}" if ind.growth is not None else "")
            bars.append(Bar(ind.name, ind.value, text, ind))
    return tuple(bars)


def charted(doc: Document) -> tuple[Indicator, ...]:
    """The figures the charts and their table show: one year's, each under a name that is a name
    (names.is_name). A figure named by a short word for a known indicator ('经济', 增长5%) takes
    the name the report gives that indicator elsewhere, else the vocabulary's label; any other
    figure with no name, and one of several years ('五年来…'), is left out. One indicator stated
    twice with the same numbers (经济 and 国内生产总值, both target 5%) is one row."""
    proper: dict[str, str] = {}
    for ind in doc.indicators:
        known = canonical_id(ind.name)
        if known is not None and known not in proper and is_name(ind.name):
            proper[known] = ind.name
    shown: list[Indicator] = []
    seen: set[tuple[object, ...]] = set()
    for ind in doc.indicators:
        known = figure_id(ind)
        if is_span(ind.name):
            continue
        if not is_name(ind.name):
            short = short_name_id(ind.name)
            if short is None or short != known:
                continue
            ind = replace(ind, name=proper.get(known, BY_ID[known].label))
        key = (known or ind.name, ind.kind, ind.year, ind.value, ind.unit, ind.growth, ind.parts)
        if key in seen:
            continue
        seen.add(key)
        shown.append(ind)
    return tuple(shown)


def same_figure(a: Indicator, b: Indicator) -> bool:
    """One figure of the report, whatever name the charts show it under."""
    return (a.start, a.end, a.kind, a.value, a.growth, a.parts) == (b.start, b.end, b.kind, b.value, b.growth, b.parts)


def chart_data(doc: Document, shown: tuple[Indicator, ...] | None = None) -> ChartData:
    """The charts' series from the figures shown (charted(doc) unless given)."""
    shown = charted(doc) if shown is None else shown
    actual_years = [i.year for i in shown if i.kind == "actual" and i.year]
    target_years = [i.year for i in shown if i.kind == "target" and i.year]
    scale, outliers = _scale_groups(shown)
    unit, divisor = scale_unit(scale)
    scale = tuple(replace(b, value=round(b.value / divisor, 6)) for b in scale)
    return ChartData(
        review_year=max(set(actual_years), key=actual_years.count) if actual_years else None,
        plan_year=max(set(target_years), key=target_years.count) if target_years else None,
        growth=growth_pairs(shown),
        scale=scale,
        scale_outliers=outliers,
        structure=structure_shares(shown),
        people=people_bars(shown),
        shown=shown,
        scale_unit=unit,
    )


TABLE_HEADERS = ("指标", "数值", "单位", "增长(%)", "年份", "类型", "限定")
KIND_LABELS = {"actual": "实际", "target": "目标"}


def qualifiers_text(ind: Indicator) -> str:
    """The value's qualifier and, where it is another, the growth's: '突破', '左右', '突破、左右'."""
    own = ind.growth_qualifier if ind.value is not None and ind.growth_qualifier != ind.qualifier else None
    return "、".join(q for q in (ind.qualifier, own) if q)


def table_rows(doc: Document, shown: tuple[Indicator, ...] | None = None) -> list[list[str]]:
    """The indicator table as text, as shown and as exported to CSV: a row for each figure shown
    (charted(doc) unless given)."""
    rows = []
    for ind in charted(doc) if shown is None else shown:
        value = span_text(ind.value, ind.value_high) if ind.value is not None else (
            ":".join(_fmt(p) for p in ind.parts) if ind.parts else ""
        )
        rows.append([
            ind.name, value, ind.unit or ("比例" if ind.parts else ""),
            span_text(ind.growth, ind.growth_high) if ind.growth is not None else "", str(ind.year or ""),
            KIND_LABELS.get(ind.kind, ind.kind), qualifiers_text(ind),
        ])
    return rows
