"""What the reading of one clause holds: the items found so far, the clause's state, one number."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Item:
    """What the words before one or more numbers name, and the values and growths read for it."""

    name: str
    values: list[tuple[float, str, str | None]] = field(default_factory=list)
    growths: list[tuple[float, str | None]] = field(default_factory=list)
    parts: tuple[float, ...] | None = None
    year: int | None = None  # when the sentence names the year of this value (增加到2007年13786元)


@dataclass(slots=True)
class Clause:
    """What the reading of one clause knows so far."""

    items: list[Item]
    span: bool  # the sentence is about several years
    year: int | None
    current: Item | None = None  # the item a listed number ('、9.2%') adds to
    pending: list[tuple[float, str | None]] = field(default_factory=list)  # growths with no name yet
    pending_at: int = 0  # how many items stood before the first of them: theirs, not the ones after
    from_subject: str = ""  # 'X从70元' waits for its '提高到88元'


@dataclass(slots=True)
class Number:
    """One number of the clause, its unit and the words before it."""

    m: re.Match[str]
    lead: str  # the text since the number before
    listed: str  # lead.strip(): '、', '和' or '' when the number follows another
    value: float
    unit: str  # with its multiplier: 万亿元
    base_unit: str  # without: 元
    qualifier: str | None
    tail: str  # lead.rstrip()
    near_end: int  # where the $-anchored lead patterns need to start looking
    growth_verb: re.Match[str] | None
