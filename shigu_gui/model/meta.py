"""Title, year, place and level of a report: the one place the reader (Document.meta) and the
library ask.

The title block (title line, date line, speaker) is read first (parse_meta); report_title names the
report; identity settles its year, place and level once the parts and figures are known. The year is
the one the report was delivered in: a date or meeting line wins over the years a title names, and a
title naming several plan years ('关于XXXX、YYYY年…计划安排的报告') was delivered in the first of them.
The place is read from an administrative suffix (省, 自治区, 市, 州, 盟, 县, 区, 旗 …); 国务院 means the whole
country. Only the provincial-level names are data (provinces.py), for what a suffix cannot tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .document import Document, Indicator, Section
from .numerals import arabic
from .patterns import SITE_FIELD, cjk_ratio, ends_sentence, is_short_title
from .provinces import PROVINCIAL_LEVEL
from .script import mostly_traditional

_TITLE_MAX = 45
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A date in Chinese numerals ('一九X六年三月二十五日'), read as the date above is.
_CN_DATE = re.compile(
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
_SPEAKER = re.compile(
    r"^(?P<org>.*?)(?P<role>(?:代理?|(?:常务|常務)?副)?(?:总理|總理|省长|省長|市长|市長|区长|區長|县长|縣長|州长|州長|"
    r"旗长|旗長|盟长|盟長|主席))"
    r"\s*(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff·\s]{0,8})$"
)
# A level word alone, or what is left of '代州长' / '自治区代主席': no place.
_GENERIC_PLACE = re.compile(r"代?(?:自治)?(?:[省市区區县縣州旗盟]|地区|地區)?(?:人民)?(?:政府)?代?")
# (a place is written in Chinese characters: [^\x00-\x7f] less the marks, which compiles at once where
# the range of Chinese characters builds a big table)
_NAME_CHAR = r"[^\x00-\x7f，。、：；！？（）《》“”‘’\u3000]"
_MEETING_PLACE = re.compile(
    rf"在(?P<place>{_NAME_CHAR}{{2,20}}?)第[一二三四五六七八九十0-9]{{1,3}}[届屆]人民代表大[会會]"
)
_TITLE_PLACE = re.compile(
    rf"^(?:\d{{4}}\s*年)?(?P<place>{_NAME_CHAR}{{2,20}}?)(?:\d{{4}}\s*年)?(?:人民)?政府工作(?:报告|報告)"
)
_TO_MEETING = re.compile(
    rf"向(?P<place>{_NAME_CHAR}{{2,20}}?)第[一二三四五六七八九十0-9]{{1,3}}[届屆]人民代表大[会會]"
)
_ON_BEHALF = re.compile(rf"我代表(?P<place>{_NAME_CHAR}{{2,20}}?)(?:人民政府|政府)")
_MEETING_DATE = re.compile(r"(\d{4})\s*年\s*\d{1,2}\s*月.{0,30}人民代表大[会會]")
# The title line alone, or with what kind of text it is: '政府工作报告（摘要）'; a level word before
# it names no place ('市人民政府工作报告', '县政府工作报告': a site's heading over any city or county).
_GENERIC_HEADING = re.compile(
    r"^(?:[市区區县縣州旗盟](?:人民)?)?政府工作(?:报告|報告)(?P<note>[（(](?:摘要|草案|征求意见稿|徵求意見稿|节选|節選|要点|要點)[）)])?"
    r"(?:[（(](?P<year>\d{4})\s*年?[）)])?$"
)
_YEAR_ONLY_HEADING = re.compile(r"^\d{4}\s*年(?:度)?政府工作(?:报告|報告)$")
# A title that is not called 政府工作报告 ('区长在代表会上工作汇报', '區政府工作會議的講話').
_OTHER_TITLE = re.compile(r"(?:报告|報告|汇报|匯報|讲话|講話)$")
_OTHER_TITLE_MAX = 30
# Site marks around a title line: a list bullet, a region tag before it, a note on the copy after it.
_BULLET = re.compile(rf"^(?:[•·●◆■▪]\s*|\d{{1,3}}、?(?={_NAME_CHAR}))")
_PAGE_MARK = re.compile(r"^第\d+页共\d+页")  # a document-sharing site's page counter
_BREADCRUMB = re.compile(r">>|»|^(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置)\s*[：:]")
_REGION_TAG = re.compile(
    rf"^(?:[（(]{_NAME_CHAR}{{2,8}}[）)]|[\[【［]{_NAME_CHAR}{{2,8}}[\]】］])\s*(?=[0-9]|{_NAME_CHAR})"
)
_PUBLISHER_NOTE = re.compile(
    r"\s*[（(](?:全文|附全文|全文发布|全文發佈|合集[^（()）]{0,6}|完整版|图文|圖文|可编辑|可編輯|word版|WORD版|PDF版)[）)]$"
)
_HEADING_YEAR = re.compile(r"^(\d{4})\s*年(?!\d)")
_PAGE_CHUNK_NUMBER = re.compile(r"^\d{1,3}、(?=\d{4}\s*年)")
# (the speaker's name may stand between: '…政府工作报告张剑飞2023年1月6日' in a one-line copy)
_RUN_IN_DATE_AFTER_TITLE = re.compile(
    r"(?<=报告|報告)(?:全文)?\s*(?:[\u4e00-\u9fff]{2,4}\s*)?(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
# A document site's name for its upload before the report's own title ('XX市政府投融资工作考察报告
# XX市政府工作报告'): what ends in 报告 before the title that ends in 政府工作报告.
_UPLOAD_NAME = re.compile(r"^.+?(?:报告|報告)(?=.+政府工作(?:报告|報告)$)")
# A line introducing the text below ('下面是温家宝总理…所作的政府工作报告全文'): no title.
_INTRODUCING = re.compile(r"^(?:下面|以下)(?:是|为)")
_RUN_IN_DATE = re.compile(r"\s*(?:--+|—+|－－+)\s*(?=\d{4}\s*年)")
_NOT_PLACE = re.compile(r"[会會议議届屆*＊×]|^在")
_NATIONAL = re.compile(r"国务院|國務院|中央|全国|全國")
_PLACE = re.compile(r"^(?P<place>.+?)(?:人民政府|政府)?$")
_YEAR_IN_PART = re.compile(r"(\d{4})年")
REVIEW_PART = re.compile(r"回[顾顧]|工作情[况況]|[执執]行情[况況]")
_PLAN_PART = re.compile(r"安排|任[务務]|建[议議]|部署|要求|目[标標]|工作")
_SELF_NAMED = re.compile(r"向大[会會](?:作|做|提出)((?:关于|關於)[^，。；]{4,80}?的(?:报告|報告))")
_CJK_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])[^\S\n]+(?=[\u4e00-\u9fff])")


def despace(text: str) -> str:
    """'政 府 工 作 报 告' → '政府工作报告'; '刘  浪' → '刘浪'."""
    return _CJK_SPACES.sub("", text).strip()



def parse_meta(preamble: list[str], opening: list[str] | None = None) -> dict[str, str]:
    """What the title block says (opening: the body's first paragraphs, for the place a report
    names in '我代表…人民政府' when its title block names none)."""
    meta: dict[str, str] = {}
    date_lines: list[str] = []
    other_title = ""
    for raw in _title_lines_joined(preamble):
        line = _CN_DATE.sub(_arabic_date, _PAGE_MARK.sub("", despace(raw)))
        if _BREADCRUMB.search(line) or SITE_FIELD.match(line):
            continue  # '当前位置: 首页 >> 政务公开 >> 政府工作报告': the site's, not the report's
        if line.startswith(("http://", "https://")):
            meta["url"] = line
        elif line.startswith(("来源", "來源")):
            meta["source"] = re.sub(r"^[来來]源\s*[：:]\s*", "", line)
        elif ("政府工作报告" in line or "政府工作報告" in line) and "。" not in line and (
            not _INTRODUCING.match(line)
        ) and (
            "heading" not in meta or _GENERIC_HEADING.match(meta["heading"])
        ):
            heading, subtitle = _clean_heading(line)
            if "heading" not in meta or not _GENERIC_HEADING.match(heading):
                meta["heading"] = heading  # a site's section name '政府工作报告' gives way to the title
            if subtitle:
                date_lines.append(subtitle)
        elif (
            _DATE.search(line) or _MEETING_DATE.search(line) or _MEETING_PLACE.search(line)
            or (date_lines and line.endswith(("上", "会议", "會議")))
        ):
            date_lines.append(line.lstrip("—"))
        elif _OTHER_TITLE.search(line) and is_short_title(line, _OTHER_TITLE_MAX):
            other_title = other_title or line  # '区长在代表会上工作汇报': not called 政府工作报告
        elif (m := _SPEAKER.match(line)) is not None:
            meta["speaker"] = despace(m.group("name"))
            meta["speaker_role"] = m.group("org") + m.group("role")
            place = _PLACE.match(m.group("org"))
            if place and _is_place(place.group("place")):
                meta["place"] = place.group("place")
        elif "会议" in line or "會議" in line or "文件" in line:
            meta.setdefault("meeting", line)
    if other_title and "heading" not in meta:
        meta["heading"] = other_title
    if date_lines:
        meta["date_place"] = "".join(date_lines)
        m = _DATE.search(meta["date_place"])
        if m:
            meta["date"] = f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日"
            meta["year"] = m.group(1)
        elif (m := _MEETING_DATE.search(meta["date_place"])) is not None:
            meta["year"] = m.group(1)  # '2007年12月 日在…会议上': a draft leaves the day blank
    if "place" not in meta:
        # The speaker line names no place ('县人民政府县长', '代州长'): the meeting's, else the title's.
        heading = meta.get("heading", "")
        for text, pattern in (
            (meta.get("date_place", ""), _MEETING_PLACE), (heading, _MEETING_PLACE), (heading, _TITLE_PLACE)
        ):
            m = pattern.search(text)
            if m and _is_place(m.group("place")):
                meta["place"] = m.group("place")
                break
    elif (
        "speaker" in meta and (m := _MEETING_PLACE.search(meta.get("date_place", ""))) is not None
        and _abbreviates(meta["place"], m.group("place"))
    ):
        meta["place"] = m.group("place")  # '东乌旗人民政府代旗长' at '东乌珠穆沁旗第十六届…会议'
    if "place" not in meta:
        for text in opening or ():
            # '现在，我代表某县人民政府…', '…向某省第一届人民代表大会第四次会议作政府工作报告'
            m = _ON_BEHALF.search(text) or _TO_MEETING.search(text)
            if m and _is_place(m.group("place")):
                meta["place"] = m.group("place")
                break
    if "year" not in meta and (m := _GENERIC_HEADING.match(meta.get("heading", ""))) and m.group("year"):
        meta["year"] = m.group("year")  # '政府工作报告(2022年)'
    if "year" not in meta and (m := _HEADING_YEAR.match(meta.get("heading", ""))):
        meta["year"] = m.group(1)  # '2020年东宝区政府工作报告' with no date line
    return meta


_TITLE_PIECE = re.compile(r"[\u4e00-\u9fff]{1,6}")
_TITLE_PIECES_MAX = 3


def _title_lines_joined(preamble: list[str]) -> list[str]:
    """A cover's title set in large type, a few words a line ('市政府' / '五年' / '工作报告', '政 府 工 作'
    / '报 告'), as one line: the last piece ends in 报告 and the joined title names 政府."""
    lines = [despace(line) for line in preamble]
    out: list[str] = []
    for line in lines:
        pieces = 0
        # (only a title cut before it: '新闻中心' / '政府工作报告' is a site's line and the title)
        if line.endswith(("报告", "報告")) and "政府工作" not in line and _TITLE_PIECE.fullmatch(line):
            while pieces < min(_TITLE_PIECES_MAX, len(out)) and _TITLE_PIECE.fullmatch(out[-1 - pieces]):
                pieces += 1
        joined = "".join(out[len(out) - pieces:]) + line if pieces else line
        if pieces and "政府" in joined:
            del out[len(out) - pieces:]
            out.append(joined)
        else:
            out.append(line)
    return out


def _arabic_date(m: re.Match[str]) -> str:
    year = "".join(_CN_DIGITS[c] for c in m.group(1))
    return f"{year}年{_small_number(m.group(2))}月{_small_number(m.group(3))}日"


def _small_number(text: str) -> int:
    """'三' → 3, '十二' → 12, '二十五' → 25 (a month or a day)."""
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return int(_CN_DIGITS[text])
    return int(_CN_DIGITS.get(tens, "1") or 1) * 10 + (int(_CN_DIGITS[units]) if units else 0)


def _abbreviates(short: str, full: str) -> bool:
    """'东乌旗' for '东乌珠穆沁旗': the same first and last characters, the rest in order within."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(ch in rest for ch in short[1:-1])


def _clean_heading(line: str) -> tuple[str, str]:
    """A title line without a site's marks around it ('(某省)…(全文)', '• ', a table's cells),
    and the date line run in after it ('政府工作报告(摘要)--1999年2月25日在…会议上')."""
    if "|" in line:
        line = next((c.strip() for c in line.split("|") if "报告" in c or "報告" in c), line)
    line = _BULLET.sub("", line)  # also a page number a document-sharing site runs in: '1政府工作报告'
    line = _REGION_TAG.sub("", line)
    line = _PUBLISHER_NOTE.sub("", line)
    # a document site's page number, and the date run in after '…政府工作报告全文' ('1、2015年…')
    line = _RUN_IN_DATE_AFTER_TITLE.sub("——", _PAGE_CHUNK_NUMBER.sub("", line), count=1)
    parts = _RUN_IN_DATE.split(line, maxsplit=1)
    heading = parts[0].strip()
    if heading.count("报告") + heading.count("報告") > 1:
        heading = _UPLOAD_NAME.sub("", heading)
    return heading, (parts[1].strip() if len(parts) > 1 else "")


def _is_place(place: str) -> bool:
    """'某某区', '某某自治区'; not a level word alone ('县', '自治区') nor '代' of '代州长'."""
    return (
        len(place) >= 2 and _GENERIC_PLACE.fullmatch(place) is None and not _NATIONAL.search(place)
        and not _NOT_PLACE.search(place)
    )


def _traditional(texts: list[str]) -> bool:
    return mostly_traditional("".join(texts)[:2000])


def report_title(
    meta: dict[str, str], sections: list[Section], fallback: str, opening: list[str] | None = None
) -> str:
    """The report's own title line; else the report it says it is ('向大会作关于…的报告');
    else place and year; the file name only for a text that is no report at all."""
    heading = meta.get("heading", "")
    generic = _GENERIC_HEADING.match(heading)
    place = meta.get("place", "")
    if heading and not generic:
        if place and _YEAR_ONLY_HEADING.match(heading):
            return place + heading  # '2018年政府工作报告' under '玉泉区人民政府代区长'
        return heading
    if not heading:
        for text in opening or ():
            m = _SELF_NAMED.search(text)
            if m:
                return m.group(1)
    year = meta.get("year")
    if not year:
        year = year_from_parts(sections)
    written = [heading, meta.get("date_place", ""), meta.get("speaker_role", ""), *(opening or [])]
    report = "政府工作報告" if _traditional(written) else "政府工作报告"
    note = generic.group("note") or "" if generic else ""
    if place or year:
        return f"{place}{year + '年' if year else ''}{report}{note}"
    if heading or sections:
        return report + note
    first = (opening or [""])[0]
    if (
        len(first) <= _TITLE_MAX and "报告" in first.replace("報告", "报告") and not ends_sentence(first)
        and cjk_ratio(first) >= 0.5
    ):
        return first  # a news story on a report: its headline ('政府工作报告提出：2010年…预期目标')
    return fallback or report


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


# Year, place and level, settled once the title, the parts and the figures are known.

NATIONAL = "全国"
LEVELS = ("national", "province", "city", "county")

_SUFFIXES = (
    "特别行政区|特別行政區|自治区|自治區|自治州|自治县|自治縣|自治旗|省|市|州|盟|地区|地區|县|縣|区|區|旗|林区|林區|特区|特區"
)
_SUFFIX_AT = re.compile(rf"(?<=.)(?:{_SUFFIXES})")
_SUFFIX_ONLY = re.compile(rf"(?:{_SUFFIXES})+")
_PLACE_MAX = 24
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
_REVIEW = re.compile(r"回顾|过去")
_OPENING_CHARS = 3000


class Identity(NamedTuple):
    year: int | None
    place: str
    level: str  # national / province / city / county, or "" when the place is unknown


def identity(
    meta: dict[str, str], title: str, sections: Sequence[Section], indicators: Sequence[Indicator],
    text: str, source_name: str = "",
) -> dict[str, str]:
    """meta with the report's year, place and level settled (absent when unknown): what the reader
    shows in Document.meta and the library stores."""
    year = report_year(meta, title, sections, indicators, source_name)
    place = report_place(meta, title, text, source_name)
    level = place_level(place, source_name)
    settled = {k: v for k, v in meta.items() if k not in ("year", "place", "level")}
    settled.update({k: v for k, v in (("year", str(year) if year else ""), ("place", place), ("level", level)) if v})
    return settled


def identity_of(doc: Document) -> Identity:
    """The year, place and level Document.meta holds."""
    year = doc.meta.get("year", "")
    return Identity(int(year) if year.isdigit() else None, doc.meta.get("place", ""), doc.meta.get("level", ""))


def delivery_year(meta: dict[str, str]) -> int | None:
    """The year of the date or the meeting the title block says the report was given at."""
    block = meta.get("date_place", "")
    m = _DATE.search(block) or _MEETING_DATE.search(block)
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
    if "在" in text and (m := _MEETING_PLACE.search(text)) is not None and _is_place(m.group("place")):
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
