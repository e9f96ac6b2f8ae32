"""What a report's title block says (title line, date line, speaker), and the report's title.

parse_meta reads the lines before the body; report_title names the report from them.
"""

from __future__ import annotations

import re

from ..document import Section
from ..patterns import SITE_FIELD, cjk_ratio, ends_sentence, is_short_title
from ..script import mostly_traditional
from .places import MEETING_PLACE, NAME_CHAR, ON_BEHALF, TITLE_PLACE, TO_MEETING, abbreviates, is_place
from .years import CN_DATE, DATE, MEETING_DATE, arabic_date, year_from_parts

_TITLE_MAX = 45
_SPEAKER = re.compile(
    r"^(?P<org>.*?)(?P<role>(?:代理?|(?:常务|常務)?副)?(?:总理|總理|省长|省長|市长|市長|区长|區長|县长|縣長|州长|州長|"
    r"旗长|旗長|盟长|盟長|主席))"
    r"\s*(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff·\s]{0,8})$"
)
# The title line alone, or with what kind of text it is: '政府工作报告（摘要）'; a level word before
# it names no place ('市人民政府工作报告', '县政府工作报告': a site's heading over any city or county).
_GENERIC_HEADING = re.compile(
    r"^(?:[市区區县縣州旗盟](?:人民)?)?政府工作(?:报告|報告)(?P<note>[（(](?:摘要|草案|征求意见稿|徵求意見稿|节选|節選|要点|要點)[）)])?"
    r"(?:[（(](?P<year>\d{4})\s*年?[）)])?$"
)
# (a level word may stand between: '2011年县政府工作报告', a document site's name for an upload)
_YEAR_ONLY_HEADING = re.compile(
    r"^(?P<year>\d{4}\s*年(?:度)?)(?:[市区區县縣州旗盟](?:人民)?)?(?P<title>政府工作(?:报告|報告))$"
)
# A title that is not called 政府工作报告 ('区长在代表会上工作汇报', '區政府工作會議的講話').
_OTHER_TITLE = re.compile(r"(?:报告|報告|汇报|匯報|讲话|講話)$")
_OTHER_TITLE_MAX = 30
# Site marks around a title line: a list bullet, a region tag before it, a note on the copy after it.
_BULLET = re.compile(rf"^(?:[•·●◆■▪]\s*|\d{{1,3}}、?(?={NAME_CHAR}))")
_PAGE_MARK = re.compile(r"^第\d+页共\d+页")  # a document-sharing site's page counter
# A site's link to its other pages: '(點擊查閱更多2014年地方政府工作報告)'.
_SITE_LINK = re.compile(r"^[（(]?(?:点击|點擊)")
_BREADCRUMB = re.compile(r">>|»|^(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置)\s*[：:]")
_REGION_TAG = re.compile(
    rf"^(?:[（(]{NAME_CHAR}{{2,8}}[）)]|[\[【［]{NAME_CHAR}{{2,8}}[\]】］])\s*(?=[0-9]|{NAME_CHAR})"
)
_PUBLISHER_NOTE = re.compile(
    r"\s*[（(](?:全文|附全文|全文发布|全文發佈|合集[^（()）]{0,6}|完整版|图文|圖文|可编辑|可編輯|word版|WORD版|PDF版)[）)]$"
    # '…政府工作报告—全文', '…政府工作报告【优秀范文】', a document site's file name '….doc'
    r"|\s*[—－\-–]+\s*全文$|\s*【[^【】]{1,8}】$|\.(?:docx?|DOCX?|pdf|PDF|wps|txt)$"
)
_HEADING_YEAR = re.compile(r"^(\d{4})\s*年(?!\d)")
_PAGE_CHUNK_NUMBER = re.compile(r"^\d{1,3}、(?=\d{4}\s*年)")
# (the speaker's name may stand between: '…政府工作报告张剑飞2023年1月6日' in a one-line copy; and
# a portal's date of publishing: '政府工作报告 2016-12-14 2016年12月6日在…')
_RUN_IN_DATE_AFTER_TITLE = re.compile(
    r"(?<=报告|報告)(?:全文)?\s*(?:\d{4}-\d{1,2}-\d{1,2}\s*)?(?:[\u4e00-\u9fff]{2,4}\s*)?"
    r"(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
# A document site's name for its upload before the report's own title ('XX市政府投融资工作考察报告
# XX市政府工作报告'): what ends in 报告 before the title that ends in 政府工作报告.
_UPLOAD_NAME = re.compile(r"^.+?(?:报告|報告)(?=.+政府工作(?:报告|報告)$)")
# A line introducing the text below ('下面是温家宝总理…所作的政府工作报告全文'): no title.
_INTRODUCING = re.compile(r"^(?:下面|以下)(?:是|为)")
_RUN_IN_DATE = re.compile(r"\s*(?:--+|—+|－－+)\s*(?=\d{4}\s*年)")
_PLACE = re.compile(r"^(?P<place>.+?)(?:人民政府|政府)?$")
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
        line = CN_DATE.sub(arabic_date, _PAGE_MARK.sub("", despace(raw)))
        if _BREADCRUMB.search(line) or SITE_FIELD.match(line) or _SITE_LINK.match(line):
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
            DATE.search(line) or MEETING_DATE.search(line) or MEETING_PLACE.search(line)
            or (date_lines and line.endswith(("上", "会议", "會議")))
        ):
            date_lines.append(line.lstrip("—"))
        elif _OTHER_TITLE.search(line) and is_short_title(line, _OTHER_TITLE_MAX):
            other_title = other_title or line  # '区长在代表会上工作汇报': not called 政府工作报告
        elif (m := _SPEAKER.match(line)) is not None:
            meta["speaker"] = despace(m.group("name"))
            meta["speaker_role"] = m.group("org") + m.group("role")
            place = _PLACE.match(m.group("org"))
            if place and is_place(place.group("place")):
                meta["place"] = place.group("place")
        elif "会议" in line or "會議" in line or "文件" in line:
            meta.setdefault("meeting", line)
    if other_title and "heading" not in meta:
        meta["heading"] = other_title
    if date_lines:
        meta["date_place"] = "".join(date_lines)
        m = DATE.search(meta["date_place"])
        if m:
            meta["date"] = f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日"
            meta["year"] = m.group(1)
        elif (m := MEETING_DATE.search(meta["date_place"])) is not None:
            meta["year"] = m.group(1)  # '2007年12月 日在…会议上': a draft leaves the day blank
    if "place" not in meta:
        # The speaker line names no place ('县人民政府县长', '代州长'): the meeting's, else the title's.
        heading = meta.get("heading", "")
        for text, pattern in (
            (meta.get("date_place", ""), MEETING_PLACE), (heading, MEETING_PLACE), (heading, TITLE_PLACE)
        ):
            m = pattern.search(text)
            if m and is_place(m.group("place")):
                meta["place"] = m.group("place")
                break
    elif (
        "speaker" in meta and (m := MEETING_PLACE.search(meta.get("date_place", ""))) is not None
        and abbreviates(meta["place"], m.group("place"))
    ):
        meta["place"] = m.group("place")  # '东乌旗人民政府代旗长' at '东乌珠穆沁旗第十六届…会议'
    if "place" not in meta:
        for text in opening or ():
            # '现在，我代表某县人民政府…', '…向某省第一届人民代表大会第四次会议作政府工作报告'
            m = ON_BEHALF.search(text) or TO_MEETING.search(text)
            if m and is_place(m.group("place")):
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
        if place and (year_only := _YEAR_ONLY_HEADING.match(heading)):
            # '2018年政府工作报告' under '玉泉区人民政府代区长'
            return place + year_only.group("year") + year_only.group("title")
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
