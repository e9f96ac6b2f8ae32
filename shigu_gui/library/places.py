"""Year, place and level of a report, by rules over its title, title block, opening and file name.

The place is read from an administrative suffix (省, 自治区, 市, 州, 盟, 县, 区, 旗 …) before
政府工作报告 or in 我代表…人民政府; 国务院 means the whole country. Only the provincial-level
names are data (provinces.py), for what a suffix cannot tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..model.document import Document
from .provinces import PROVINCIAL_LEVEL

NATIONAL = "全国"
LEVELS = ("national", "province", "city", "county")

_SUFFIXES = "特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|县|区|旗|林区|特区"
_SUFFIX_AT = re.compile(rf"(?<=.)(?:{_SUFFIXES})")
_SUFFIX_ONLY = re.compile(rf"(?:{_SUFFIXES})+")
_PLACE_MAX = 24
_YEAR = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})\s*年")
_BARE_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d{2})(?!\d)")
_CN_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
              "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})年")
# A period ('一九五六年到一九六七年', '2021—2025年') is what a plan covers, not when the report was given.
_PERIOD = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年?\s*(?:到|至|—|－|-|~|～)\s*"
                     r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年")
_NATIONAL_WORDS = re.compile(r"国务院|中华人民共和国|中央人民政府")
_NATIONAL_OPENING = re.compile(r"代表国务院|国务院的?委托|受国务院|中央人民政府委员会")
_ON_BEHALF = re.compile(r"代表([\u4e00-\u9fff]{2,20}?)人民政府")
_CONGRESS = re.compile(r"在([\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十]{1,3}届人民代表大会")
_NATIONAL_CONGRESS = re.compile(r"第[一二三四五六七八九十]{1,3}届全国人民代表大会")
_NOISE = re.compile(r"\d{4}\s*年|政府工作报告|工作报告|人民政府|政府|[（(].*?[）)]|[^\u4e00-\u9fff]")
_LEVEL_WORDS = (
    ("national", "national"), ("province", "province"), ("provincial", "province"),
    ("municipality", "province"), ("prefecture", "city"), ("city", "city"), ("county", "county"),
    ("district", "county"),
)
_SHORT_TO_FULL = dict(PROVINCIAL_LEVEL)
_FULL_NAMES = {full for _short, full in PROVINCIAL_LEVEL}
_REVIEW = re.compile(r"回顾|过去")


@dataclass(frozen=True)
class Identity:
    year: int | None
    place: str
    level: str  # national / province / city / county, or "" when the place is unknown


def identify(doc: Document, path: str | Path) -> Identity:
    stem = Path(path).stem
    year = report_year(doc, stem)
    place = report_place(doc, stem)
    return Identity(year, place, place_level(place, stem))


def report_year(doc: Document, stem: str = "") -> int | None:
    for text in (doc.meta.get("heading", ""), doc.title):
        text = _PERIOD.sub("", text)
        m = _YEAR.search(text)
        if m:
            return int(m.group(1))
        m = _CN_YEAR.search(text)
        if m:
            return int("".join(_CN_DIGITS[c] for c in m.group(1)))
    if doc.meta.get("year"):
        return int(doc.meta["year"])
    m = _BARE_YEAR.search(stem)
    if m:
        return int(m.group(1))
    for section in doc.sections:  # "2019年工作回顾" is reviewed in the 2020 report
        m = _YEAR.search(section.title)
        if m and _REVIEW.search(section.title):
            return int(m.group(1)) + 1
    # The year the report's targets are set for (the parser dates them from the plan's headings).
    target_years = [i.year for i in doc.indicators if i.kind == "target" and i.year]
    if target_years:
        return max(set(target_years), key=target_years.count)
    return None


def report_place(doc: Document, stem: str = "") -> str:
    titles = [doc.meta.get("heading", ""), doc.title]
    if any(_NATIONAL_WORDS.search(t) for t in titles):
        return NATIONAL
    for text in titles:
        place = place_in(text)
        if place:
            return place
    if doc.meta.get("place"):
        place = place_in(doc.meta["place"]) or ""
        if place:
            return place
    opening = doc.text[:3000]
    if _NATIONAL_OPENING.search(opening):
        return NATIONAL
    m = _ON_BEHALF.search(opening)
    if m:
        place = place_in(m.group(1))
        if place:
            return place
    block = doc.meta.get("date_place", "") + "\n" + opening
    if _NATIONAL_CONGRESS.search(block):
        return NATIONAL
    m = _CONGRESS.search(block)  # 在广州市第十六届人民代表大会
    if m:
        place = place_in(m.group(1))
        if place:
            return place
    if _NATIONAL_WORDS.search(stem) or "national" in stem.lower():
        return NATIONAL
    return place_in(stem) or bare_province(stem)


def place_in(text: str) -> str:
    """The place a title names: '2025年安徽省政府工作报告' → '安徽省'; '' when none."""
    rest = _NOISE.sub("", text)[:_PLACE_MAX]
    # The longest opening that ends in a suffix: '江苏省苏州市', not '苏州' (州 is a suffix too).
    ends = [m.end() for m in _SUFFIX_AT.finditer(rest)]
    place = rest[: ends[-1]] if ends else ""
    # A bare suffix ("省", "市") cannot be a place name.
    return place if len(place) >= 2 and not _SUFFIX_ONLY.fullmatch(place) else ""


def bare_province(text: str) -> str:
    """A provincial-level name without its suffix, as file names write it: '上海' → '上海市'."""
    words = re.findall(r"[\u4e00-\u9fff]+", text)
    for word in words:
        if word in _SHORT_TO_FULL:
            return _SHORT_TO_FULL[word]
    return ""


def place_level(place: str, stem: str = "") -> str:
    if place == NATIONAL:
        return "national"
    if not place:
        lowered = stem.lower()
        return next((level for word, level in _LEVEL_WORDS if word in lowered), "")
    if place in _FULL_NAMES:
        return "province"
    if place.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if place.endswith(("县", "旗", "区")):
        return "county"
    return "city"  # 市, 州, 盟, 地区: a county-level 市 reads as a city (no rule tells them apart)
