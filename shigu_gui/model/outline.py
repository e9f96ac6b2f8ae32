"""Display paragraphs to a tree of sections and the title block's metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Paragraph, Section
from .glossary import entry_label, split_entry
from .patterns import (
    APPENDIX,
    GLOSSARY_HEADING,
    GREETING,
    PART_WORDS,
    SENTENCE_MARKS,
    cjk_ratio,
    is_short_title,
    numbered_label,
)

# Nesting ranks: a heading closes every open section of the same or a finer rank.
RANK = {
    "part": 1,
    "appendix": 1,
    "headline": 2,
    "paren_cn": 3,
    "lead": 4,
    "dash": 4,
    "arabic": 5,
    "term": 5,
    "paren_ar": 6,
}
_TITLE_MAX = 45
_LEAD_MAX = 30
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_SPEAKER = re.compile(
    r"^(?P<org>.*?)(?P<role>总理|省长|市长|区长|县长|州长|旗长|主席|代省长|代市长|代区长|代县长)"
    r"[\s\u3000]*(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff·\s\u3000]{0,8})$"
)
_PLACE = re.compile(r"^(?P<place>.+?)(?:人民政府|政府)?$")
_YEAR_IN_PART = re.compile(r"(\d{4})年")
_BARE_APPENDIX = re.compile(r"附[件录]\s*[0-9０-９一二三四五六七八九十]*")
_CJK_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


@dataclass
class _Open:
    kind: str
    rank: int
    number: str | None
    title: str
    start: int
    heading_end: int
    children: list[Section] = field(default_factory=list)
    has_paren_child: bool = False


@dataclass(frozen=True)
class Heading:
    kind: str
    number: str | None
    title: str
    heading_len: int  # characters of the paragraph that belong to the heading


def despace(text: str) -> str:
    """'政 府 工 作 报 告' → '政府工作报告'; '刘  浪' → '刘浪'."""
    return _CJK_SPACES.sub("", text).strip()


def body_start(paragraphs: list[str]) -> int:
    """Index of the first body paragraph: the greeting, else the first part heading near the top."""
    for i, text in enumerate(paragraphs[:40]):
        if GREETING.match(text):
            return i
    for i, text in enumerate(paragraphs[:12]):
        label = numbered_label(text)
        if label and label[0] == "part":
            return i
    return 0


def parse_meta(preamble: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    date_lines: list[str] = []
    for raw in preamble:
        line = despace(raw)
        if line.startswith(("http://", "https://")):
            meta["url"] = line
        elif line.startswith("来源"):
            meta["source"] = re.sub(r"^来源\s*[：:]\s*", "", line)
        elif "政府工作报告" in line and "heading" not in meta:
            meta["heading"] = line
        elif _DATE.search(line) or (date_lines and line.endswith(("上", "会议"))):
            date_lines.append(line.lstrip("—"))
        elif (m := _SPEAKER.match(line)) is not None:
            meta["speaker"] = despace(m.group("name"))
            meta["speaker_role"] = m.group("org") + m.group("role")
            if m.group("org"):
                place = _PLACE.match(m.group("org"))
                if place:
                    meta["place"] = place.group("place")
        elif "会议" in line or "文件" in line:
            meta.setdefault("meeting", line)
    if date_lines:
        meta["date_place"] = "".join(date_lines)
        m = _DATE.search(meta["date_place"])
        if m:
            meta["date"] = f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日"
            meta["year"] = m.group(1)
    return meta


def report_title(meta: dict[str, str], sections: list[Section], fallback: str) -> str:
    heading = meta.get("heading", "")
    if heading and heading != "政府工作报告":
        return heading
    year = meta.get("year")
    if not year:
        for s in sections:
            m = _YEAR_IN_PART.search(s.title)
            if m and "回顾" in s.title:
                year = str(int(m.group(1)) + 1)
                break
    place = meta.get("place", "")
    if place or year:
        return f"{place}{year + '年' if year else ''}政府工作报告"
    return fallback or "政府工作报告"


class OutlineBuilder:
    """Feed paragraphs in order; get the section tree."""

    def __init__(self, text_length: int) -> None:
        self._stack: list[_Open] = []
        self._roots: list[Section] = []
        self._text_length = text_length
        self._in_appendix = False
        self._in_glossary = False
        self._terms = 0

    def feed(self, para: Paragraph, text: str, following: str | None) -> Heading | None:
        if self._completes_appendix_title(text):
            top = self._stack[-1]  # "附件1" alone on a line, its title on the next
            top.title = f"{top.title} {text}"
            top.heading_end = para.end
            return None
        heading = self._classify(text, following)
        if heading is None:
            return None
        rank = RANK[heading.kind]
        if heading.kind == "part" and self._in_appendix:
            rank = 2
        if heading.kind == "headline" and self._promote_headline(heading.title):
            rank = 1
        self._close(rank, para.start - 1 if para.start else 0)
        if self._stack and heading.kind == "paren_cn":
            self._stack[-1].has_paren_child = True
        self._stack.append(
            _Open(
                heading.kind,
                rank,
                heading.number,
                heading.title,
                para.start,
                para.start + heading.heading_len,
            )
        )
        return heading

    def finish(self) -> list[Section]:
        self._close(0, self._text_length)
        return self._roots

    def _completes_appendix_title(self, text: str) -> bool:
        if not self._stack or self._stack[-1].kind != "appendix" or not is_short_title(text):
            return False
        top = self._stack[-1]
        return bool(_BARE_APPENDIX.fullmatch(top.title)) and top.heading_end == top.start + len(top.title)

    def _promote_headline(self, title: str) -> bool:
        if PART_WORDS.search(title):
            return True
        # An un-numbered line after (一)…(九) of a part starts a new part, not a headline in it.
        return bool(self._stack) and self._stack[0].has_paren_child

    def _close(self, rank: int, end: int) -> None:
        while self._stack and self._stack[-1].rank >= rank:
            item = self._stack.pop()
            section = Section(
                title=item.title,
                number=item.number,
                level=len(self._stack) + 1,
                start=item.start,
                end=max(end, item.heading_end),
                heading_end=item.heading_end,
                kind=item.kind,
                children=tuple(item.children),
            )
            (self._stack[-1].children if self._stack else self._roots).append(section)

    def _classify(self, text: str, following: str | None) -> Heading | None:
        if GREETING.match(text):
            self._in_appendix = self._in_glossary = False  # a further report starts (concatenations)
            return None
        if GLOSSARY_HEADING.search(text) and len(text) <= 30 and not any(c in "。；" for c in text):
            self._in_appendix = self._in_glossary = True
            self._terms = 0
            return Heading("appendix", None, text, len(text))
        m = APPENDIX.match(text)
        if m and len(text) <= 40 and not any(c in SENTENCE_MARKS for c in text[m.end():]):
            self._in_appendix = True
            self._in_glossary = False
            return Heading("appendix", None, text, len(text))
        if self._in_glossary:
            entry = entry_label(text, self._terms + 1)
            if entry is not None:
                self._terms += 1
                return _glossary_heading(text, entry)
        label = numbered_label(text)
        if label is not None:
            kind, match = label
            return _numbered_heading(kind, text, match)
        if following is not None and not self._in_glossary and is_short_title(text):
            if PART_WORDS.search(text) and len(text) <= 24:
                return Heading("part", None, text, len(text))
            if self._stack and cjk_ratio(text) >= 0.6 and _opens_body(following):
                return Heading("headline", None, text, len(text))
        if text.startswith("要") and self._lead_allowed():
            end = _first_sentence_end(text)
            if 0 < end <= _LEAD_MAX:
                return Heading("lead", None, text[: end - 1], end)
        return None

    def _lead_allowed(self) -> bool:
        for item in reversed(self._stack):
            if item.rank < RANK["lead"]:
                return item.kind == "headline"
        return False


def _opens_body(following: str) -> bool:
    """A headline is followed by its body: a long paragraph, a numbered one or a lead."""
    return len(following) >= 40 or numbered_label(following) is not None or following.startswith("要")


def _first_sentence_end(text: str) -> int:
    """Length up to and including the first sentence mark, or 0 when there is none."""
    for i, ch in enumerate(text):
        if ch in "。！？!?":
            return i + 1
    return 0


def _numbered_heading(kind: str, text: str, match: re.Match[str]) -> Heading:
    number = match.group(1).strip()
    rest = text[match.end():]
    end = _first_sentence_end(rest)
    if 0 < end <= _TITLE_MAX:
        title, heading_len = rest[: end - 1], match.end() + end
    elif len(rest) <= _TITLE_MAX:
        title, heading_len = rest.rstrip("。；："), len(text)
    else:
        cut = rest.find("，")
        cut = cut if 0 < cut <= 30 else 30
        title, heading_len = rest[:cut] + "…", match.end() + cut
    if kind == "dash":
        number = None
    return Heading(kind, number, title.strip() or number or "", heading_len)


def _glossary_heading(text: str, match: re.Match[str]) -> Heading:
    term, _page, _definition, head_len = split_entry(text[match.end():])
    return Heading("term", match.group(1).strip(), term, match.end() + head_len)
