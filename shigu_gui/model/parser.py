"""decode → paragraphs → outline, glossary, indicators: one immutable Document."""

from __future__ import annotations

import bisect
import hashlib
import re
from operator import attrgetter
from pathlib import Path

from .body import body_start
from .decode import escape_surrogates
from .document import Document, Paragraph, Section
from .errors import ReportError
from .formats import import_report
from .glossary import build_glossary, build_notes_glossary, entry_label
from .indicators import extract_indicators
from .meta import identity, parse_meta, report_title, year_from_parts
from .normalize import split_marked_paragraphs
from .numerals import arabic
from .outline import OutlineBuilder
from .patterns import GREETING, is_glossary_heading, is_short_title, label_value, numbered_label
from .reading import read_report_bytes

_PLAN = re.compile(
    r"安排|任[务務]|建[议議]|[总總][体體]要求|政策取向|目[标標]|重[点點]工作|今年|[计計][划劃]|部署|打算"
)
# (回忆 is how document-sharing sites' copies, which swap words, write 回顾: '一、2011年工作回忆')
# A heading that says what was done is a review, whatever plan it names: '…实现了"十五"计划的良好
# 开局', '“十五”计划主要预期目标提前实现，…'.
_REVIEW = re.compile(
    r"回顾|回顧|回忆|回憶|过去|過去|[执執]行情[况況]|成就|(?:实现|實現|完成|取得)了|提前(?:实现|實現|完成)"
)
_YEAR = re.compile(r"(\d{4})年")
# A review of several years ('过去五年工作回顾', '本届政府工作回顾', '“十二五”时期工作回顾'): a growth
# in it is over those years unless its paragraph speaks of one year (the markers below, or the year).
_SEVERAL_YEARS_PART = re.compile(
    r"[两二三四五六七八九十]年|本[届屆]|[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|時期|期间|期間|计划|計劃|规划|規劃)"
)
_ONE_YEAR_PARAGRAPH = re.compile(r"去年|上年|过去的?一年|過去的?一年|一年来|一年來|全年|当年|當年|同比|今年")
# A line announcing the targets listed after it: '今年发展的主要预期目标是：'
_GOVERNING = re.compile(r"目标(?:是|为|如下)?[：:]$")
_LIST_MAX = 12
_OPENING_MAX = 8
_LIST_ITEM_MAX = 120


def load_report(path: str | Path) -> Document:
    """Read, import (text, DOCX, PDF, web page) and parse a report file; any failure is one ReportError."""
    return parse_bytes(read_report_bytes(path), Path(path).stem, Path(path).name)


def parse_bytes(data: bytes, source_name: str = "", file_name: str = "") -> Document:
    """Parse a report's bytes in any format; file_name (with its suffix) only breaks ties."""
    text, notices = import_report(data, file_name or source_name)
    return parse_report(text, source_name, notices)


def parse_report(source: str, source_name: str = "", notices: tuple[str, ...] = ()) -> Document:
    """Any str gives a Document or a ReportError (surrogate code points are escaped first); notices
    are what the reader is to be told about the file it came from."""
    try:
        # Only a surrogate code point fails to encode: one pass tells whether there is any, and its
        # bytes are the ones the report's hash is taken of (a regex search for them was another pass).
        encoded = source.encode("utf-8")
    except UnicodeEncodeError:
        source = escape_surrogates(source)
        encoded = source.encode("utf-8")
    source_hash = _source_hash(source, encoded)
    del encoded
    source_name = escape_surrogates(source_name)
    raw = split_marked_paragraphs(source)
    if not raw:
        raise ReportError("文件中没有文字 / The file has no text")
    texts = [t for t, _, _ in raw]
    apart = [a for _, _, a in raw]
    display = "\n".join(texts)
    paragraphs: list[Paragraph] = []
    offset = 0
    for text, line, _ in raw:
        paragraphs.append(Paragraph(offset, offset + len(text), line))
        offset += len(text) + 1

    first_body = body_start(texts)
    if first_body == 0 and len(texts) > 1 and _is_title_line(texts[0]):
        first_body = 1  # no greeting nor part near the top, but a title line first ('2020年东宝区政府工作报告')
    meta = parse_meta(texts[:first_body], texts[first_body: first_body + 3])
    sections = _build_outline(display, paragraphs, texts, first_body, apart)
    title = report_title(meta, sections, source_name, texts[first_body: first_body + 3])
    if "year" not in meta and (year := year_from_parts(sections, review_only=True)) is not None:
        # no date in the title block: the year after the one the review part names
        # ('區政府工作會議的講話' over '2008年工作回顧'), unless the title says another
        titled = _YEAR.search(title)
        if titled is None or titled.group(1) == year:
            meta["year"] = year
    glossary_section = next(
        (s for s in sections if s.kind == "appendix" and is_glossary_heading(s.title)), None
    )
    glossary_span = (glossary_section.start, glossary_section.end) if glossary_section else None
    if glossary_span is None:
        glossary_span = _headless_notes(display, paragraphs, texts)
    if glossary_span is None:
        glossary_span = _entries_after_a_lead(display, paragraphs, texts)
    scattered = _scattered_notes(display, paragraphs, texts) if glossary_span is None else []
    if scattered:
        glossary = build_notes_glossary(display, paragraphs, scattered)
    else:
        glossary = build_glossary(
            display, paragraphs, glossary_span, _report_span(paragraphs, texts, glossary_span),
            heading_end=glossary_section.heading_end if glossary_section else None,
        )
    ranges = _indicator_ranges(paragraphs, sections, first_body, meta, texts)
    indicators = extract_indicators(display, ranges)
    return Document(
        text=display,
        title=title,
        meta=identity(meta, title, sections, indicators, display, source_name),
        paragraphs=tuple(paragraphs),
        sections=tuple(sections),
        glossary=glossary,
        indicators=indicators,
        source_name=source_name,
        source_hash=source_hash,
        notices=notices,
    )


def _is_title_line(text: str) -> bool:
    return ("政府工作报告" in text or "政府工作報告" in text) and is_short_title(text, _TITLE_LINE_MAX) and (
        not is_glossary_heading(text)
    )


_TITLE_LINE_MAX = 40


def _source_hash(source: str, encoded: bytes) -> str:
    """The report's identity: the hash of its decoded source (encoded: in UTF-8), with \\n line ends."""
    if "\r" in source:
        encoded = source.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def _report_span(
    paragraphs: list[Paragraph], texts: list[str], inner: tuple[int, int] | None
) -> tuple[int, int] | None:
    """In a file of several reports (each opening with 各位代表：), the one holding inner."""
    if inner is None:
        return None
    greetings = [
        paragraphs[i].start for i, t in enumerate(texts)
        if (m := GREETING.match(t)) is not None and m.group(1) in "：:" and _opens_report(texts, i)
    ]
    before = [g for g in greetings[1:] if g <= inner[0]]
    after = [g for g in greetings if g >= inner[1]]
    return (before[-1] if before else 0, after[0] - 1 if after else paragraphs[-1].end)


def _opens_report(texts: list[str], index: int) -> bool:
    """A greeting that starts a report: its first part (numbered 1) follows within a few paragraphs
    (not '各位代表：' said again in the closing words)."""
    for text in texts[index + 1: index + _OPENING_MAX]:
        if GREETING.match(text):
            return False
        label = numbered_label(text)
        if label is not None and label[0] in ("part", "bare", "ordinal", "paren_cn"):
            return label_value(label[1].group(1)) == 1
    return False


# The first note of a list of notes with no heading, at the report's end: '〔1〕“1336”发展战略：…',
# '[1]…', '【1】…', '①…'; the body bears the same mark where the term stands.
_FIRST_NOTE = re.compile(r"^(?:([〔\[［【])\s*[1１]\s*([〕\]］】])|①)")
_NOTES_WITHIN = 60  # the notes are among the report's last paragraphs
_TERM_COLON = re.compile(r"[^：:。；;，,]{2,30}[：:]")


def _headless_notes(
    display: str, paragraphs: list[Paragraph], texts: list[str]
) -> tuple[int, int] | None:
    """The span of the notes a report ends with when no heading ('注释', '名词解释') stands above
    them: two or more paragraphs numbered 1, 2, … by a note mark the body has used before them."""
    first = max(len(texts) - _NOTES_WITHIN, 0)
    for i in range(len(texts) - 2, first - 1, -1):
        m = _FIRST_NOTE.match(texts[i])
        if m is None:
            continue
        mark = m.group(0).replace(" ", "")
        if display.find(mark, 0, paragraphs[i].start) < 0:
            return None  # the body bears no such mark: a list, not notes
        second = f"{m.group(1)}2{m.group(2)}" if m.group(1) else "②"
        if not texts[i + 1].startswith(second):
            return None
        if not m.group(1) and not all(_TERM_COLON.match(t, 1) for t in texts[i: i + 2]):
            return None  # '①…②…' is as often a list: notes define a term ('①“1336”发展战略：…')
        if any(t[:1] not in _NOTE_START and numbered_label(t) is not None for t in texts[i + 2:]):
            return None  # the body goes on after them: notes at a page's foot (_scattered_notes)
        return paragraphs[i].start, paragraphs[-1].end
    return None


_LEAD_WORDS = ("名词解释", "名詞解釋")
_LEAD_TAIL = 60  # the glossary is named in the lead paragraph's last words


def _entries_after_a_lead(
    display: str, paragraphs: list[Paragraph], texts: list[str]
) -> tuple[int, int] | None:
    """The entries a sentence introduces when no heading line names the glossary ('…梳理了一本
    “小词典”，24个名词解释方便大家读懂政府工作报告。' / '1.“1354”总体思路：…' / '2.…'): the run of
    paragraphs numbered 1, 2, … after it, each a term and its colon."""
    for word in _LEAD_WORDS:
        pos = display.find(word)
        while pos >= 0:
            i = bisect.bisect_right(paragraphs, pos, key=_START) - 1
            if i + 1 < len(texts) and pos >= paragraphs[i].end - _LEAD_TAIL:
                last = i
                for j in range(i + 1, len(texts)):
                    entry = entry_label(texts[j], j - i)
                    if entry is None or not entry.group(1) or not _TERM_COLON.match(texts[j], entry.end()):
                        break
                    last = j
                if last > i + 1:  # two entries at least
                    return paragraphs[i + 1].start, paragraphs[last].end
            pos = display.find(word, paragraphs[i].end)
    return None


_START = attrgetter("start")


# A note's first characters (the page's foot in a printed copy: '①“1336”发展战略：…', '〔2〕…').
_NOTE_START = frozenset("〔[［【" + "".join(chr(c) for c in range(ord("①"), ord("⑳") + 1)))
_NOTE_LABEL = re.compile(r"^(?:[〔\[［【]\s*([0-9]{1,2})\s*[〕\]］】]|[①-⑳])")
_NOTE_TERM = re.compile(r"[^。；;，,]{2,30}?(?:[：:]|(?:是|系)?指)")


def _scattered_notes(display: str, paragraphs: list[Paragraph], texts: list[str]) -> list[int]:
    """Notes at the feet of a printed copy's pages, among its paragraphs: two or more paragraphs
    opening with a note mark the text bears before them and defining a term ('①“1336”发展战略：…')."""
    if "〔" not in display and "[" not in display and "①" not in display:
        return []
    found: list[int] = []
    for i in [i for i, t in enumerate(texts) if t[:1] in _NOTE_START]:
        m = _NOTE_LABEL.match(texts[i])
        if m is None or not _NOTE_TERM.match(texts[i], m.end()):
            continue
        if display.find(m.group(0).replace(" ", ""), 0, paragraphs[i].start) >= 0:
            found.append(i)
    return found if len(found) >= 2 else []


def _build_outline(
    display: str, paragraphs: list[Paragraph], texts: list[str], first_body: int, apart: list[bool]
) -> list[Section]:
    builder = OutlineBuilder(len(display))
    last = len(paragraphs) - 1
    for i in range(first_body, len(paragraphs)):
        builder.feed(paragraphs[i], texts[i], texts[i + 1] if i < last else None, apart[i])
    return builder.finish()


def _indicator_ranges(
    paragraphs: list[Paragraph], sections: list[Section], first_body: int, meta: dict[str, str],
    texts: list[str],
) -> list[tuple[int, int, str, int | None]]:
    review_year: int | None = None
    plan_year: int | None = None
    part_years: dict[int, int] = {}
    for index, s in enumerate(sections):
        m = _YEAR.search(arabic(s.title))  # also 一九八九年
        if not m:
            continue
        part_years[index] = int(m.group(1))
        if _REVIEW.search(s.title) and review_year is None:
            review_year = int(m.group(1))
        elif _PLAN.search(s.title) and plan_year is None:
            plan_year = int(m.group(1))
    report_year = int(meta["year"]) if "year" in meta else None
    if len(set(part_years.values())) >= 2 and not (plan_year or report_year):
        # '一九八七年的经济形势' / '一九八八年的经济工作': the later year is the plan's
        plan_year = max(part_years.values())
        review_year = review_year or min(part_years.values())
    plan_year = plan_year or report_year or (review_year + 1 if review_year else None)
    review_year = review_year or (plan_year - 1 if plan_year else None)
    plan_parts = [
        not _REVIEW.search(s.title)
        and (bool(_PLAN.search(s.title)) or (plan_year is not None and part_years.get(index) == plan_year))
        for index, s in enumerate(sections)
    ]

    # A part after the review that reviews nothing is the plan, whatever its slogan says
    # ('二、解放思想，与时俱进，开创经济建设和社会发展的新局面').
    review_at = next((i for i, s in enumerate(sections) if s.kind == "part" and _REVIEW.search(s.title)), None)
    if review_at is not None:
        for index in range(review_at + 1, len(sections)):
            if sections[index].kind == "part" and not _REVIEW.search(sections[index].title):
                plan_parts[index] = True
    several = [bool(_REVIEW.search(s.title) and _SEVERAL_YEARS_PART.search(s.title)) for s in sections]
    year_word = f"{review_year}年" if review_year else None
    ranges: list[tuple[int, int, str, int | None]] = []
    starts = [s.start for s in sections]
    governed = 0  # paragraphs still in the list a '主要预期目标是：' line announces
    for index in range(first_body, len(paragraphs)):
        para, text = paragraphs[index], texts[index]
        i = bisect.bisect_right(starts, para.start) - 1
        top = sections[i] if i >= 0 and para.start < sections[i].end else None
        if top is not None and top.kind == "appendix":
            continue
        if governed and len(text) > _LIST_ITEM_MAX and not numbered_label(text):
            governed = 0
        if governed or (top is not None and plan_parts[i]):
            ranges.append((para.start, para.end, "target", plan_year))
            governed = max(governed - 1, 0)
        elif (top is not None and several[i] and not _ONE_YEAR_PARAGRAPH.search(text)
              and (year_word is None or year_word not in text)):
            ranges.append((para.start, para.end, "span", review_year))  # (growths over the years)
        else:
            ranges.append((para.start, para.end, "actual", review_year))
        if _GOVERNING.search(text):
            governed = _LIST_MAX
    return ranges
