"""Items of a sentence → Indicator records: one per value or growth, ranges split out."""

from __future__ import annotations

from ..document import Indicator
from .lexicon import RANGE, parse_number
from .names import subject_names
from .state import Item


def expand(item: Item, sentence: str, offset: int, kind: str, year: int | None) -> list[Indicator]:
    end = offset + len(sentence)
    if item.parts:
        return [Indicator(
            name=item.name, value=None, unit=None, growth=None, year=item.year or year, kind=kind,
            qualifier=None, parts=item.parts, sentence=sentence, start=offset, end=end,
        )]
    item_year = item.year or year
    count = max(len(item.values), len(item.growths))
    names = [item.name] if count <= 1 else subject_names(item.name, count, bool(item.growths))
    result = []
    for i in range(count):
        value = item.values[i] if i < len(item.values) else None
        growth = item.growths[i] if i < len(item.growths) else None
        if len(item.growths) == 1 and count > 1 and growth is None:
            growth = item.growths[0]
        # Each number its own qualifier: a total's never sticks to its growth ('突破13万亿元，增长5.2%'
        # is not 5.2%突破); a figure with only a growth keeps the growth's as its qualifier too.
        growth_high, growth_qualifier = _range(growth[0], growth[1]) if growth else (None, None)
        value_high, qualifier = _range(value[0], value[2]) if value else (None, growth_qualifier)
        result.append(
            Indicator(  # (not dataclasses.replace: a third of the time of this function)
                name=names[i], value=value[0] if value else None, unit=value[1] if value else None,
                growth=growth[0] if growth else None, year=item_year, kind=kind, qualifier=qualifier,
                parts=None, sentence=sentence, start=offset, end=end, growth_qualifier=growth_qualifier,
                value_high=value_high, growth_high=growth_high,
            )
        )
    return result


def _range(low: float, qualifier: str | None) -> tuple[float | None, str | None]:
    """A range's upper end out of the qualifier _qualifier wrote ('6%－6.5%' of a growth of 6 is
    6.5; of a fall of 6, −6.5), and the qualifier left (the 左右 of '6%－6.5%左右')."""
    m = RANGE.match(qualifier) if qualifier and qualifier[0].isdigit() else None
    if m is None:
        return None, qualifier
    high = parse_number(m.group("high")) * (100 if m.group("unit") == "倍" else 1)
    return (-high if low < 0 else high), m.group("post")
