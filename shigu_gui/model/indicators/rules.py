"""The rules that place each number of a clause, in the order they are tried (RULES).

Each rule takes a number and the clause's state and returns True when it placed the number; the
number then goes to no later rule. The rules share that one mutable state (Clause: the item a listed
number adds to, the growths still waiting for a name, a 'from' subject), so their order is part of
what each one means: ClauseRules names it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .lexicon import (
    BASE_YEAR,
    CHANGE_TO,
    COUNTED,
    FROM,
    GROWTH_AS_VALUE,
    NEGATIVE,
    REACHED,
    SPAN_GROWTH,
    TAIL,
    YEAR_IN_CHANGE,
    parse_number,
)
from .names import clean_name, growth_name
from .state import Clause, Item, Number


def _several_years(lead: str, year: int | None) -> bool:
    """Growth over several years or a yearly average: '年均增长', '比2002年增长' in a 2007 sentence."""
    if SPAN_GROWTH.search(lead):
        return True
    base = BASE_YEAR.search(lead)
    return base is not None and (year is None or int(base.group(1)) != year - 1)


def _more_growths(n: Number, c: Clause) -> bool:
    """'增长8.4%、9.2%': a further growth of a list with no name yet."""
    if c.pending and n.listed in ("、", "", "和", "及") and n.base_unit == "%":
        c.pending.append((-n.value if c.pending[0][0] < 0 else n.value, n.qualifier))  # '分别下降12.8%和10.5%'
        return True
    return False


def _points(n: Number, c: Clause) -> bool:
    """'占比提高2.1个百分点': a change in percentage points."""
    if not (n.growth_verb and n.base_unit in ("个百分点", "百分点")):
        return False
    sign = -1 if n.growth_verb.group(2) in NEGATIVE else 1
    head = n.lead[: n.growth_verb.start()].strip()
    name = clean_name(head)
    if not name and head.startswith("占") and c.items:
        name = clean_name(c.items[-1].name + head)
    if name:
        c.current = Item(name, values=[(sign * n.value, "个百分点", n.qualifier)])
        c.items.append(c.current)
    return True


def _growth_over_years(n: Number, c: Clause) -> bool:
    """'年均增长10.6%', '比2002年增长65.5%', '五年内…增长38%': not the year's figure."""
    if (n.growth_verb and n.base_unit in ("%", "倍")
            and (c.span or _several_years(n.lead[: n.growth_verb.end()], c.year))):
        c.current = None
        return True
    return False


def _growth(n: Number, c: Clause) -> bool:
    """'国内生产总值增长6.6%', '增长一倍', '下降3.1%'; with no name before it, it waits (c.pending)."""
    if not (n.growth_verb and n.base_unit in ("%", "倍")):
        return False
    value = n.value * 100 if n.base_unit == "倍" else n.value
    if n.growth_verb.group(2) in NEGATIVE:
        value = -value
    name = growth_name(n.lead[: n.growth_verb.start()])
    count = COUNTED.search(name) if name[-1:] and name[-2:-1].isdigit() else None
    if count is not None and clean_name(name[: count.start()]):
        # '开行中欧班列2286列、增长7.7%': a count in a measure word no unit lists is the value
        # the growth is of, not a part of its name
        c.current = Item(clean_name(name[: count.start()]), growths=[(value, n.qualifier)],
                         values=[(parse_number(count.group(1)), count.group(2), None)])
        c.items.append(c.current)
    elif name:
        c.current = Item(name, growths=[(value, n.qualifier)])
        c.items.append(c.current)
    else:
        _wait(c, value, n.qualifier)
    return True


def _wait(c: Clause, growth: float, qualifier: str | None) -> None:
    """A growth with no name before it: it goes to the values stated before it (_attach_growths)."""
    if not c.pending:
        c.pending_at = len(c.items)
    c.pending.append((growth, qualifier))
    c.current = None


def _listed_growth(n: Number, c: Clause) -> bool:
    """'分别增长8.4%、9.2%' after a named growth."""
    if n.listed in ("、", "和", "及") and c.current is not None and c.current.growths and not c.current.values:
        negative = c.current.growths[0][0] < 0  # '分别下降12.8%、10.5%'
        c.current.growths.append((-n.value if negative else n.value, n.qualifier))
        return True
    return False


def _listed_value(n: Number, c: Clause) -> bool:
    """'分别为36586元、20904元': a further value of the item before."""
    if n.listed in ("、", "和", "") and c.current is not None and c.current.values:
        c.current.values.append((n.value, n.unit, n.qualifier))
        return True
    return False


def _growth_as_value(n: Number, c: Clause) -> bool:
    """'经济增长速度8%', '增长预期目标为8%左右': a growth written as a percentage."""
    if n.base_unit != "%":
        return False
    as_growth = GROWTH_AS_VALUE.search(n.tail, n.near_end)
    if as_growth is None:
        return False
    if _several_years(n.lead, c.year):
        c.current = None
        return True
    name = growth_name(n.lead[: as_growth.start()])
    if name:
        c.current = Item(name, growths=[(n.value, n.qualifier)])
        c.items.append(c.current)
    else:
        _wait(c, n.value, n.qualifier)  # '…1360亿元，增幅5.1%': of the value before
    return True


def _value(n: Number, c: Clause) -> bool:
    """Any other number: the value of what the words before it name ('财政总收入27.83亿元'), also
    '占…的比重达72.1%' and 'X从每月70元提高到88元' (X is 88元, labelled with a year it names)."""
    lead = n.lead
    start_of_change = FROM.search(lead, max(0, len(lead) - TAIL))
    if start_of_change:
        c.from_subject = clean_name(lead[: start_of_change.start()])
        c.current = None
        return True
    name = clean_name(lead)
    if not name and n.listed.startswith("占") and c.items:
        name = clean_name(c.items[-1].name + n.listed)
    change_to = CHANGE_TO.search(n.listed) if c.from_subject else None
    if not name and change_to:
        name, c.from_subject = c.from_subject, ""
    if not name and REACHED.fullmatch(n.listed) and n.base_unit != "%" and c.items:
        last = c.items[-1]
        if last.growths and not last.values:
            # '全省地区生产总值增长5.8%，达到13.7万亿元': the clause after a growth says what the
            # total it grew to is
            last.values.append((n.value, n.unit, n.qualifier))
            c.current = last
            return True
    if not name:
        c.current = None
        return True
    named_year = YEAR_IN_CHANGE.search(change_to.group(0)) if change_to else None
    c.current = Item(name, values=[(n.value, n.unit, n.qualifier)],
                     year=int(named_year.group(1)) if named_year else None)
    c.items.append(c.current)
    return True


Rule = Callable[[Number, Clause], bool]


class ClauseRules(NamedTuple):
    """The rules in the order a number is offered to them; the first that returns True placed it.

    - more_growths first: '增长8.4%、9.2%' — a further growth joins the ones waiting for a name
      (Clause.pending) before value would take it as a value with no name;
    - points before value: '制造业增加值占比提高2.1个百分点' is a change of 制造业增加值占比, not a value
      named 制造业增加值占比提高;
    - growth_over_years before growth: the same test and more ('年均增长10.6%' is no year's growth);
    - growth before value: '单位国内生产总值能耗下降3.1%' is a growth of −3.1, not a value named
      单位国内生产总值能耗下降 ('增长1.5倍' likewise is a growth of 150);
    - listed_growth and listed_value before growth_as_value and value: a number after '、' adds to
      the item before it (Clause.current), where value would find no name and end that item;
    - growth_as_value before value: '增速为8%' is a growth written as a percentage;
    - value last: every number left is the value of what the words before it name.
    """

    more_growths: Rule
    points: Rule
    growth_over_years: Rule
    growth: Rule
    listed_growth: Rule
    listed_value: Rule
    growth_as_value: Rule
    value: Rule


RULES = ClauseRules(
    more_growths=_more_growths, points=_points, growth_over_years=_growth_over_years, growth=_growth,
    listed_growth=_listed_growth, listed_value=_listed_value, growth_as_value=_growth_as_value, value=_value,
)
