"""The year a report was delivered: a date or meeting line wins over the years a title names, and a
title naming several plan years ('关于XXXX、YYYY年…计划安排的报告') was delivered in the first of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Indicator, Section
from ..numerals import arabic

DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A date in Chinese numerals ('一九X六年三月二十五日'), read as the date above is.
CN_DATE = re.compile(
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
MEETING_DATE = re.compile(r"(\d{4})\s*年\s*\d{1,2}\s*月.{0,30}人民代表大[会會]")
_YEAR_IN_PART = re.compile(r"(\d{4})年")
REVIEW_PART = re.compile(r"回[顾顧]|工作情[况況]|[执執]行情[况況]")
_PLAN_PART = re.compile(r"安排|任[务務]|建[议議]|部署|要求|目[标標]|工作")


def arabic_date(m: re.Match[str]) -> str:
    """A date matched by CN_DATE, written as DATE reads it: '二〇一九年三月五日' → '2019年3月5日'."""
    year = "".join(_CN_DIGITS[c] for c in m.group(1))
    return f"{year}年{_small_number(m.group(2))}月{_small_number(m.group(3))}日"


def _small_number(text: str) -> int:
    """'三' → 3, '十二' → 12, '二十五' → 25 (a month or a day)."""
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return int(_CN_DIGITS[text])
    return int(_CN_DIGITS.get(tens, "1") or 1) * 10 + (int(_CN_DIGITS[units]) if units else 0)


def year_from_parts(sections: list[Section], review_only: bool = False) -> str | None:
    """The plan year: that of a part reviewing the year before, plus one, or of a part planning it."""
    # also '一九八六年的主要工作情况' (numerals read only in a title with 年 and no year in digits)
    titles = [s.title if "年" not in s.title or _YEAR_IN_PART.search(s.title) else arabic(s.title)
              for s in sections]
    for title in titles:
        m = _YEAR_IN_PART.search(title)
        if m and REVIEW_PART.search(title) and "五年" not in title:
            return str(int(m.group(1)) + 1)
    if review_only:
        return None
    for title in titles:
        m = _YEAR_IN_PART.search(title)
        if m and _PLAN_PART.search(title):
            return m.group(1)
    return None


_CN_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
              "六": "6", "七": "7", "八": "8", "九": "9"}
_ONE_YEAR = r"(?:1[89]\d{2}|20\d{2}|[〇○零一二三四五六七八九]{4})"
# The first year a title names, also of a list: 'XXXX、YYYY年' names XXXX (delivered in the first).
_TITLE_YEAR = re.compile(rf"(?<![\d〇○零一二三四五六七八九])({_ONE_YEAR})(?:\s*[、，,和及与]\s*{_ONE_YEAR})*\s*年")
_BARE_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d{2})(?!\d)")
_ANY_YEAR = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})\s*年")
# A period ('一九五六年到一九六七年', '2021—2025年') is what a plan covers, not when the report was given.
_PERIOD = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年?\s*(?:到|至|—|－|-|~|～)\s*"
                     r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年")
# A horizon ('XXXX年远景目标') is what a plan looks towards, not when the report was given either.
_HORIZON = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年(?:远景|遠景)")
_REVIEW = re.compile(r"回顾|过去")


def delivery_year(meta: dict[str, str]) -> int | None:
    """The year of the date or the meeting the title block says the report was given at."""
    block = meta.get("date_place", "")
    m = DATE.search(block) or MEETING_DATE.search(block)
    return int(m.group(1)) if m else None


def title_year(text: str) -> int | None:
    """The year a title names (the first of a list of plan years; a period or a horizon is no year)."""
    m = _TITLE_YEAR.search(_HORIZON.sub("", _PERIOD.sub("", text)))
    if m is None:
        return None
    return int("".join(_CN_DIGITS.get(c, c) for c in m.group(1)))


def report_year(
    meta: dict[str, str], title: str, sections: Sequence[Section] = (), indicators: Sequence[Indicator] = (),
    source_name: str = "",
) -> int | None:
    """The year the report was delivered: its date line, else the year its title names, else what
    the title block, the file name, the parts and the plan's figures tell."""
    delivered = delivery_year(meta)
    if delivered is not None:
        return delivered
    for text in (meta.get("heading", ""), title):
        year = title_year(text)
        if year is not None:
            return year
    if meta.get("year", "").isdigit():
        return int(meta["year"])
    m = _BARE_YEAR.search(source_name)
    if m:
        return int(m.group(1))
    for section in sections:  # "2019年工作回顾" is reviewed in the 2020 report
        m = _ANY_YEAR.search(section.title)
        if m and _REVIEW.search(section.title):
            return int(m.group(1)) + 1
    # The year the report's targets are set for (the parser dates them from the plan's headings).
    target_years = [i.year for i in indicators if i.kind == "target" and i.year]
    if target_years:
        return max(set(target_years), key=target_years.count)
    return None
