"""The place a report is of and its level, read from administrative suffixes (省, 自治区, 市, 州,
盟, 县, 区, 旗 …); 国务院 means the whole country. Only the provincial-level names are data
(provinces.py), for what a suffix cannot tell.
"""

from __future__ import annotations

import re

from ..provinces import PROVINCIAL_LEVEL

# A level word alone, or what is left of '代州长' / '自治区代主席': no place.
_GENERIC_PLACE = re.compile(r"代?(?:自治)?(?:[省市区區县縣州旗盟]|地区|地區)?(?:人民)?(?:政府)?代?")
# (a place is written in Chinese characters: [^\x00-\x7f] less the marks, which compiles at once where
# the range of Chinese characters builds a big table)
NAME_CHAR = r"[^\x00-\x7f，。、：；！？（）《》“”‘’\u3000]"
MEETING_PLACE = re.compile(
    rf"在(?P<place>{NAME_CHAR}{{2,20}}?)第[一二三四五六七八九十0-9]{{1,3}}[届屆]人民代表大[会會]"
)
TITLE_PLACE = re.compile(
    rf"^(?:\d{{4}}\s*年)?(?P<place>{NAME_CHAR}{{2,20}}?)(?:\d{{4}}\s*年)?(?:人民)?政府工作(?:报告|報告)"
)
TO_MEETING = re.compile(
    rf"向(?P<place>{NAME_CHAR}{{2,20}}?)第[一二三四五六七八九十0-9]{{1,3}}[届屆]人民代表大[会會]"
)
ON_BEHALF = re.compile(rf"我代表(?P<place>{NAME_CHAR}{{2,20}}?)(?:人民政府|政府)")
_NOT_PLACE = re.compile(r"[会會议議届屆*＊×]|^在")
_NATIONAL = re.compile(r"国务院|國務院|中央|全国|全國")


def abbreviates(short: str, full: str) -> bool:
    """'东乌旗' for '东乌珠穆沁旗': the same first and last characters, the rest in order within."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(ch in rest for ch in short[1:-1])


def is_place(place: str) -> bool:
    """'某某区', '某某自治区'; not a level word alone ('县', '自治区') nor '代' of '代州长'."""
    return (
        len(place) >= 2 and _GENERIC_PLACE.fullmatch(place) is None and not _NATIONAL.search(place)
        and not _NOT_PLACE.search(place)
    )


NATIONAL = "全国"
LEVELS = ("national", "province", "city", "county")
_SUFFIXES = (
    "特别行政区|特別行政區|自治区|自治區|自治州|自治县|自治縣|自治旗|省|市|州|盟|地区|地區|县|縣|区|區|旗|林区|林區|特区|特區"
)
_SUFFIX_AT = re.compile(rf"(?<=.)(?:{_SUFFIXES})")
_SUFFIX_ONLY = re.compile(rf"(?:{_SUFFIXES})+")
_PLACE_MAX = 24
_NATIONAL_WORDS = re.compile(r"国务院|中华人民共和国|中央人民政府")
_NATIONAL_OPENING = re.compile(r"代表国务院|国务院的?委托|受国务院|中央人民政府委员会")
_BEHALF_OF = re.compile(r"代表([\u4e00-\u9fff]{2,20}?)人民政府")
_CONGRESS = re.compile(r"在([\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十]{1,3}届人民代表大会")
_NATIONAL_CONGRESS = re.compile(r"第[一二三四五六七八九十]{1,3}届全国人民代表大会")
# ('关于某市政府工作报告': a page's heading over a copy; 关于 opens no place name)
_NOISE = re.compile(
    r"^(?:关于|關於)|\d{4}\s*年|政府工作[报報]告|工作[报報]告|人民政府|政府|[（(].*?[）)]|[^\u4e00-\u9fff]"
)
_LEVEL_WORDS = (
    ("national", "national"), ("province", "province"), ("provincial", "province"),
    ("municipality", "province"), ("prefecture", "city"), ("city", "city"), ("county", "county"),
    ("district", "county"),
)
_SHORT_TO_FULL = dict(PROVINCIAL_LEVEL)
_FULL_NAMES = {full for _short, full in PROVINCIAL_LEVEL}
_OPENING_CHARS = 3000


def report_place(meta: dict[str, str], title: str, text: str = "", source_name: str = "") -> str:
    """The place a report is of: its title's, the title block's, the opening's, else the file name's."""
    titles = [meta.get("heading", ""), title]
    if any(_NATIONAL_WORDS.search(t) for t in titles):
        return NATIONAL
    for line in titles:
        place = place_in(line)
        if place:
            return place
    if meta.get("place"):
        place = place_in(meta["place"]) or ""
        if place:
            return place
    opening = text[:_OPENING_CHARS]
    if _NATIONAL_OPENING.search(opening):
        return NATIONAL
    m = _BEHALF_OF.search(opening)
    if m:
        place = place_in(m.group(1))
        if place:
            return place
    block = meta.get("date_place", "") + "\n" + opening
    if _NATIONAL_CONGRESS.search(block):
        return NATIONAL
    m = _CONGRESS.search(block)  # 在…市第十六届人民代表大会
    if m:
        place = place_in(m.group(1))
        if place:
            return place
    if _NATIONAL_WORDS.search(source_name) or "national" in source_name.lower():
        return NATIONAL
    return place_in(source_name) or bare_province(source_name)


def place_in(text: str) -> str:
    """The place a title names: 'XXXX年某某省政府工作报告' → '某某省'; '' when none."""
    if "在" in text and (m := MEETING_PLACE.search(text)) is not None and is_place(m.group("place")):
        text = m.group("place")  # '某某市长在某市第十六届人民代表大会…的政府工作报告' (a news headline)
    rest = _NOISE.sub("", text)[:_PLACE_MAX]
    if rest.startswith("在"):
        rest = rest[1:]  # '在某县第十五届人民代表大会…上的政府工作报告': the meeting's place, after 在
    # The longest opening that ends in a suffix: '某省某州市', not '某州' (州 is a suffix too).
    ends = [m.end() for m in _SUFFIX_AT.finditer(rest)]
    place = rest[: ends[-1]] if ends else ""
    # A bare suffix ("省", "市") cannot be a place name.
    return place if len(place) >= 2 and not _SUFFIX_ONLY.fullmatch(place) else ""


def bare_province(text: str) -> str:
    """A provincial-level name without its suffix, as file names write it: '某某' → '某某市'."""
    for word in re.findall(r"[\u4e00-\u9fff]+", text):
        if word in _SHORT_TO_FULL:
            return _SHORT_TO_FULL[word]
    return ""


def place_level(place: str, source_name: str = "") -> str:
    """national / province / city / county: the rank of the government that gave the report."""
    if place == NATIONAL:
        return "national"
    if not place:
        lowered = source_name.lower()
        return next((level for word, level in _LEVEL_WORDS if word in lowered), "")
    if place in _FULL_NAMES:
        return "province"
    if place.endswith(("省", "自治区", "自治區", "特别行政区", "特別行政區")):
        return "province"
    if place.endswith(("县", "縣", "旗", "区", "區")):
        return "county"
    return "city"  # 市, 州, 盟, 地区: a county-level 市 reads as a city (no rule tells them apart)
