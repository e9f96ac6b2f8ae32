"""Display paragraphs to a tree of sections (the title block is model.meta's)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .document import Paragraph, Section
from .glossary import entry_label, split_entry
from .meta import REVIEW_PART
from .patterns import (
    APPENDIX,
    CLOSING,
    CN_NUM,
    FOOTER,
    GLOSSARY_RUN_IN,
    GLOSSARY_RUN_IN_STARTS,
    GREETING,
    PART_WORDS,
    SENTENCE_MARKS,
    SLOGAN_PART,
    cjk_ratio,
    is_glossary_heading,
    is_short_title,
    label_value,
    numbered_label,
)

# Headings that hold no headings of their own: a lead sentence, a —— lead paragraph, a glossary term.
_LEAVES = {"lead", "dash", "term", "aside"}
# A spoken turn to the next topic, on a line of its own: it heads no part ('最后，着重讲一讲…').
_ASIDE = re.compile(r"^(?:下面|以下|最[后後]|首先|其次|再次|此外|另外|接[着著]|然[后後]|[这這][里裡])[，,]")
# Headings that are always parts (top level): appendices, the glossary, closing words, and
# un-numbered headings that name a part (工作回顾, 工作安排 …).
_TOP = {"appendix", "top"}
# The usual order of the common numbering styles: it decides only between two of them never yet
# seen together in this report (一、 over （一） over 1. over （1）); the report's own order wins.
_USUAL = {"part": 1, "paren_cn": 2, "arabic": 3, "paren_ar": 4}
TITLE_MAX = 45
_LEAD_MAX = 30
_PART_MAX = 24
_ORDINAL_MAX = 60  # an ordinal heading line's length at most
_OPENING_TEXT = 40  # characters of text an opening part has before the numbered parts it is followed by
_SPACED_NUMERAL = re.compile(rf"^([{CN_NUM}]{{1,3}})\s+(?=\S)")
_ORDINAL_COMMA = re.compile(rf"^(第[{CN_NUM}]{{1,3}}[，,])\s*")
_YEAR_FIRST = re.compile(r"\d{4}\s*年")
_BARE_APPENDIX = re.compile(r"附[件录錄]\s*[0-9０-９一二三四五六七八九十]*")


@dataclass
class _Open:
    kind: str
    style: str
    value: int | None
    number: str | None
    title: str
    start: int
    heading_end: int
    line: bool = False  # the heading is its paragraph's whole text (not an item run in with its body)
    title_line: bool = False  # ... and a title, not a sentence ('（一）关于工业的生产问题')
    children: list[Section] = field(default_factory=list)


@dataclass(frozen=True)
class Heading:
    kind: str
    number: str | None
    title: str
    heading_len: int  # characters of the paragraph that belong to the heading
    style: str = ""  # the numbering style: part, bare, ordinal, paren_cn, arabic, paren_ar, plain, …


_MAX_SAME_STYLE_DEPTH = 4


class OutlineBuilder:
    """Feed paragraphs in order; get the section tree.

    No fixed ranking of numbering styles: each report declares its own. A style first met inside
    another is below it (the pairs are remembered: `_below`), a numbered list that restarts at 1
    inside an item of the same style is a list inside that item, and a number continues the open
    list it follows on from (so after an inner 一、…五、 the outer 三、 closes it).
    """

    def __init__(self, text_length: int) -> None:
        self._stack: list[_Open] = []
        self._roots: list[Section] = []
        self._root_lines: list[bool] = []  # for each root: a heading line of its own
        self._root_styles: list[str] = []
        self._text_length = text_length
        self._in_appendix = False
        self._in_glossary = False
        self._in_footer = False
        self._fresh = False  # a report's greeting was seen and no numbered heading since
        self._greeted = False
        self._terms = 0
        self._bare_terms = False  # the glossary's entries have no numbers ('“两重”建设：指…')
        self._below: set[tuple[str, str]] = set()  # (inner style, outer style)

    def feed(self, para: Paragraph, text: str, following: str | None, apart: bool = False) -> Heading | None:
        if self._completes_appendix_title(text):
            top = self._stack[-1]  # "附件1" alone on a line, its title on the next
            top.title = f"{top.title} {text}"
            top.heading_end = para.end
            if is_glossary_heading(text):  # '附件2' / '《政府工作报告》名词解释': its entries are terms
                self._in_glossary = True
                self._terms = 0
                self._bare_terms = False
            return None
        end = para.start - 1 if para.start else 0
        if self._in_footer:
            if not GREETING.match(text):
                return None
            self._in_footer = False  # a further report follows (concatenations)
        elif FOOTER.match(text):
            self._in_footer = True  # a licence box or a web page's footer: the report has ended
            self._close_all(end)
            return None
        heading = self._classify(text, following, apart)
        if heading is None:
            return None
        value = label_value(heading.number) if heading.number else None
        self._place(heading.style, value, end)
        self._stack.append(
            _Open(
                heading.kind,
                heading.style,
                value,
                heading.number,
                heading.title,
                para.start,
                para.start + heading.heading_len,
                heading.heading_len >= len(text),
                heading.heading_len >= len(text) and text[-1] not in SENTENCE_MARKS,
            )
        )
        return heading

    def finish(self) -> list[Section]:
        self._close_all(self._text_length)
        roots = self._roots
        first_part = next((i for i, r in enumerate(roots) if r.kind == "part"), 0)
        if first_part and all(r.kind in _USUAL and not line
                              for r, line in zip(roots[:first_part], self._root_lines, strict=False)):
            roots = roots[first_part:]  # '（一）…（二）…' of the opening words, before the parts: no parts
        if not roots or roots[0].number is not None or roots[0].kind != "part":
            return roots
        lead, rest = roots[0], roots[1:]
        if rest and (self._root_styles[0] != "plain" or any(s not in _TOP for s in self._root_styles[1:])):
            return roots
        if sum(c.kind == "part" for c in lead.children) > 1 and not any(
                c.kind == "part" for r in rest for c in r.children):
            # One un-numbered line above all the numbered parts (but the closing words) is a motto or
            # subtitle, not a part; unless it opens the report with a text of its own and the
            # numbered parts after it do not begin with the review ('首先报告2001年的工作').
            opening = _opening_part(lead)
            return (opening or [_lifted(c) for c in lead.children]) + rest
        return roots

    def _place(self, style: str, value: int | None, end: int) -> None:
        """Close the open sections a heading of this style ends; it becomes a child of the rest."""
        fresh, self._fresh = self._fresh, False
        if style in _TOP:
            self._close_all(end)
            return
        while self._stack and self._stack[-1].style in _LEAVES:
            self._pop(end)
        if style in _LEAVES or not self._stack:
            return
        same = [i for i, item in enumerate(self._stack) if item.style == style]
        if same and value is not None:
            follows = [i for i in same if self._stack[i].value == value - 1]
            if follows:
                self._pop_to(follows[-1], end)  # the next item of the list it continues
                return
            if value == 1 and fresh:
                self._close_all(end)  # a further report's first part (concatenations)
                return
            # A list restarting inside an item of the same style nests there, a few levels deep at
            # most: a run of '一、' lines would otherwise nest each in the one before, as deep as
            # the report is long.
            if value == 1 and len(same) < _MAX_SAME_STYLE_DEPTH:
                # It nests in the innermost title line above that item ('（一）关于…问题' holding
                # '一、…四、'); items run in with their text, or a sentence, above it close.
                while len(self._stack) > same[-1] + 1 and not self._stack[-1].title_line:
                    self._pop(end)
                return
        if same:
            self._pop_to(same[-1], end)
            return
        while self._stack:
            outer = self._stack[-1].style
            if (style, outer) in self._below or outer in _TOP:
                break
            if (outer, style) in self._below:
                self._pop(end)
                continue
            if (_USUAL.get(style, 0) and _USUAL.get(outer, 0) and _USUAL[style] < _USUAL[outer]
                    and not self._stack[-1].line):
                # First met below a style usually under it: 一、 after an opening '（一）…' item run in
                # with its text. Below a heading line of its own, the report's order wins.
                self._pop(end)
                continue
            break
        self._learn(style)

    def _learn(self, style: str) -> None:
        for item in self._stack:
            if item.style != style and (item.style, style) not in self._below:
                self._below.add((style, item.style))

    def _pop_to(self, index: int, end: int) -> None:
        while len(self._stack) > index:
            self._pop(end)

    def _close_all(self, end: int) -> None:
        self._pop_to(0, end)

    def _completes_appendix_title(self, text: str) -> bool:
        if not self._stack or self._stack[-1].kind != "appendix" or not is_short_title(text):
            return False
        top = self._stack[-1]
        return bool(_BARE_APPENDIX.fullmatch(top.title)) and top.heading_end == top.start + len(top.title)

    def _pop(self, end: int) -> None:
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
        if self._stack:
            self._stack[-1].children.append(section)
        else:
            self._roots.append(section)
            self._root_lines.append(item.line)
            self._root_styles.append(item.style)

    def _classify(self, text: str, following: str | None, apart: bool = False) -> Heading | None:
        greeting = GREETING.match(text)
        if greeting:
            self._in_appendix = self._in_glossary = False  # a further report starts (concatenations)
            self._fresh = self._fresh or greeting.group(1) in "：:"
            self._greeted = True
            return None
        if is_glossary_heading(text):
            self._in_appendix = self._in_glossary = True
            self._terms = 0
            self._bare_terms = False
            return Heading("appendix", None, text, len(text), "appendix")
        m = APPENDIX.match(text) if len(text) <= 40 else None  # (the length first: most paragraphs are longer)
        if m and not any(c in SENTENCE_MARKS for c in text[m.end():]):
            self._in_appendix = True
            self._in_glossary = False
            return Heading("appendix", None, text, len(text), "appendix")
        if self._in_glossary:
            entry = entry_label(text, self._terms + 1, bare=self._terms == 0 or self._bare_terms)
            if entry is not None:
                self._bare_terms = not entry.group(1)
                self._terms += 1
                return _glossary_heading(text, entry)
        label = numbered_label(text)
        if label is not None:
            kind, match = label
            return _numbered_heading(kind, text, match)
        if text.startswith(GLOSSARY_RUN_IN_STARTS):
            run_in = GLOSSARY_RUN_IN.match(text)  # '名词解释：1.“四上”企业：指…' on one line
            if run_in is not None:
                self._in_appendix = self._in_glossary = True
                self._terms = 1
                self._bare_terms = False
                return Heading("appendix", None, run_in.group(1), run_in.end(), "appendix")
        if CLOSING.match(text):
            return Heading("part", None, text, len(text), "top")
        ordinal = _ORDINAL_COMMA.match(text) if len(text) <= _ORDINAL_MAX else None
        # '第二，国有企业改革要取得新的突破' alone on a line; a longer one too, with no sentence in it
        # ('第一，实行能源的开发和节约并重，近期要把节能放在优先的地位，…，明年就要起步')
        if ordinal and is_short_title(text, _ORDINAL_MAX):
            return _numbered_heading("ordinal", text, ordinal)
        spaced = _SPACED_NUMERAL.match(text)
        if spaced and is_short_title(text):  # '一　国内形势' : a numeral and a space, on a line of its own
            return _numbered_heading("part", text, spaced)
        if following is not None and not self._in_glossary and _slogan_part(text):
            return Heading("part", None, text, len(text), "top")
        if following is not None and not self._in_glossary and is_short_title(text):
            if PART_WORDS.search(text) and len(text) <= 24:
                return Heading("part", None, text, len(text), "top")
            # A title line set apart by wider gaps is one even before a short paragraph
            # ('六五计划前两年的执行情况' / '第六个五年计划已经执行了近两年，…').
            if cjk_ratio(text) >= 0.6 and (_opens_body(following) or apart):
                if self._stack and _ASIDE.match(text):
                    # '下面，着重讲一下…的重点': the speaker turns to a topic inside the part
                    return Heading("headline", None, text, len(text), "aside")
                if self._stack:
                    return Heading("headline", None, text, len(text), "plain")
                # Before any heading: an un-numbered part; a longer one when it opens with the year
                # it reviews ('2024年全市上下解放思想 奋发进取 交出了一份…的优异成绩单').
                if (len(text) <= _PART_MAX or _YEAR_FIRST.match(text)) and self._greeted:
                    return Heading("part", None, text, len(text), "plain")
        if text.startswith("要") and self._lead_allowed():
            end = _first_sentence_end(text)
            if 0 < end <= _LEAD_MAX:
                return Heading("lead", None, text[: end - 1], end, "lead")
        return None

    def _lead_allowed(self) -> bool:
        for item in reversed(self._stack):
            if item.style not in _LEAVES:
                return item.kind == "headline"
        return False


def _slogan_part(text: str) -> bool:
    """A slogan, a colon and a part's name, on a line of its own ('站在新起点：2012年工作回顾')."""
    if len(text) > 42 or ("：" not in text and ":" not in text):
        return False
    m = SLOGAN_PART.match(text)
    return bool(m and is_short_title(m.group(1)) and is_short_title(m.group(2)) and PART_WORDS.search(m.group(2)))


def _opening_part(lead: Section) -> list[Section] | None:
    """The opening part and the numbered parts after its text, as parts of their own; None when
    the un-numbered line has no text before the numbered parts or these begin with the review."""
    numbered = [i for i, c in enumerate(lead.children) if c.kind == "part" and c.number]
    if len(numbered) < 2:
        return None
    first = lead.children[numbered[0]]
    if first.start - lead.heading_end < _OPENING_TEXT or REVIEW_PART.search(first.title):
        return None
    kept = replace(lead, end=first.start, children=lead.children[: numbered[0]])
    return [kept] + [_lifted(c) for c in lead.children[numbered[0]:]]


def _lifted(section: Section) -> Section:
    """The section one level up, with all it holds."""
    return replace(section, level=section.level - 1, children=tuple(_lifted(c) for c in section.children))


def _opens_body(following: str) -> bool:
    """A headline is followed by its body: a long paragraph, a numbered one or a lead."""
    return len(following) >= 40 or numbered_label(following) is not None or following.startswith("要")


def _first_sentence_end(text: str) -> int:
    """Length up to and including the first sentence mark, or 0 when there is none."""
    m = _FULL_STOP.search(text)  # (one regex scan: a loop over the characters of a long paragraph was slow)
    return m.end() if m else 0


_FULL_STOP = re.compile("[。！？!?]")


def _numbered_heading(kind: str, text: str, match: re.Match[str]) -> Heading:
    number = match.group(1).strip()
    rest = text[match.end():]
    end = _first_sentence_end(rest)
    if 0 < end <= TITLE_MAX:
        title, heading_len = rest[: end - 1], match.end() + end
    elif len(rest) <= TITLE_MAX:
        title, heading_len = rest.rstrip("。；："), len(text)
    else:
        cut = rest.find("，")
        cut = cut if 0 < cut <= 30 else 30
        title, heading_len = rest[:cut] + "…", match.end() + cut
    style = kind
    if kind == "dash":
        number = None
    elif kind in ("bare", "ordinal"):
        kind = "part"
    return Heading(kind, number, title.strip() or number or "", heading_len, style)


def _glossary_heading(text: str, match: re.Match[str]) -> Heading:
    term, _page, _definition, head_len = split_entry(text[match.end():])
    return Heading("term", match.group(1).strip() or None, term, match.end() + head_len, "term")
