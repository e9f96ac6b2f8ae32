"""The report's own glossary (名词解释): its entries and where each term occurs in the body."""

from __future__ import annotations

import bisect
import operator
import re
from itertools import accumulate, count

from .document import GlossaryEntry, Paragraph
from .patterns import ARABIC, PAREN_AR, is_glossary_heading, label_value

_PAGE = re.compile(r"[（(]\s*(P\s*\d+(?:\s*[-－、,，]\s*P?\s*\d+)*)\s*[)）]", re.IGNORECASE)
_SEPARATOR = re.compile(r"[：:]")
_QUOTES = "“”\"‘’'「」『』"
_QUOTED = re.compile(r"[“\"‘「『]([^”\"’」』]{2,})[”\"’」』]")
_TERM_MAX = 40
# Each term is looked for in the whole body: a glossary of thousands of terms (a generated file,
# not a report: real ones have a few dozen) would make that quadratic. Terms after these many are
# listed with their definitions but not looked for.
MAX_SEARCHED_TERMS = 300
_ENTRY = re.compile(r"^(([0-9０-９]{1,3})\s*[．.、])\s*")  # group 1: the label, 2: its number
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# '[1]', '【2】', '一、', '（三）', '注4：' (also numbers an entry)
_OTHER_LABEL = re.compile(
    r"^([【\[［〔]\s*[0-9０-９]{1,3}\s*[】\]］〕]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
    r"|注\s*[0-9０-９]{1,3}\s*[：:.．、]?|[●•◆■▪▶►◇○※★☆])\s*"
)
# An entry whose term stands in brackets, with no colon after it: '【“两重”建设】指…'.
_BRACKET_TERM = re.compile(r"^()(?=[【［\[〔][^】］\]〕0-9０-９][^】］\]〕]{1,29}[】］\]〕]\s*\S)")
_CLOSING_BRACKET = re.compile("[】］\\]〕]")
# An entry with no number: a short term and a colon, then its definition ('“两重”建设：指…'); or a
# table's row, the term and its definition in cells ('“两重”建设\t指…').
_BARE_TERM = re.compile(r"^()(?=[^：:。；;，,！？!?\s]{2,24}[：:]\s*\S)")
_BARE_ROW = re.compile(r"^()(?=[^\t。；;]{2,30}\t\s*\S)")
_ROW_TAB_WITHIN = 36  # a row's first tab stands before this (a number and a term)
# A term alone on its line, its definition on the next ('“两重”建设' / '指…'), in a glossary whose
# entries have no numbers.
_TERM_LINE_MAX = 30
_TERM_LINE = re.compile(r"^()(?=[^。；;：:！？!?，,\t]{2,30}$)")
# The report's end matter after its notes: the issuing office, the date it was printed.
_END_MATTER = re.compile(
    r"(?:人民政府|办公室|辦公室|办公厅|辦公廳)$|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发|印發)?$"
)
# A table's row numbered in its first cell ('1\t“两重”建设\t指…').
# ('1 “两重”建设 指…': a page's row, its cells run together with spaces)
_ROW_NUMBER = re.compile(r"^([0-9０-９]{1,3})(?:[ \u3000]*\t|[ \u3000]+)\s*(?=\S)")
# A table's head row ('序号\t名词\t解释'): no entry.
_HEAD_CELLS = frozenset(("序号", "序號", "名词", "名詞", "词语", "詞語", "术语", "術語", "名称", "名稱",
                         "解释", "解釋", "释义", "釋義", "含义", "含義", "说明", "說明", "注释", "註釋"))


_GAP = re.compile("\t+|[ \u3000]{2,}")
# The word that starts a definition written on after its term: '…是指…', '…系指…', '…指的是…'
_SAID = re.compile("(?<=[”\"’」』）)])(?:是|系)?指|\\s(?:是|系)?指|是指|系指|指的是")


def entry_label(text: str, expected: int, bare: bool = False) -> re.Match[str] | None:
    """The number label of a glossary entry. '8.6个重大科技专项' is entry 8 when 8 is due. With
    bare (the glossary's first entry, or one whose entries have no numbers), 'term：…' is an entry
    with an empty label."""
    row_tab = text.find("\t", 0, _ROW_TAB_WITHIN) >= 0
    if row_tab and all(cell.strip() in _HEAD_CELLS for cell in text.split("\t")):
        return None  # a table's head row
    if text[:1].isdigit():
        row = _ROW_NUMBER.match(text)
        if row is not None and int(row.group(1).translate(_FULLWIDTH_DIGITS)) == expected:
            return row
    m = ARABIC.match(text) or PAREN_AR.match(text)
    if m:
        return m
    m = _OTHER_LABEL.match(text)
    if m and (m.group(1)[0] in "[［【〔注" or _SEPARATOR.search(text, m.end(), m.end() + _TERM_MAX)):
        return m  # '二、…' with no 'term：' after it is the report's next part, not an entry
    m = _ENTRY.match(text)
    if m and int(m.group(2).translate(_FULLWIDTH_DIGITS)) == expected:
        return m
    if not bare:
        return None
    m = _BARE_TERM.match(text) or _BRACKET_TERM.match(text) or (_BARE_ROW.match(text) if row_tab else None)
    if m is not None or len(text) > _TERM_LINE_MAX:
        return m
    return None if _END_MATTER.search(text) or is_glossary_heading(text) else _TERM_LINE.match(text)


def split_entry(rest: str) -> tuple[str, str | None, str, int]:
    """'“五中心合一”综治模式（P2）：即…' → (term, 'P2', definition, length of term+page+colon);
    '【“两重”建设】指…' → ('“两重”建设', None, '指…', length of the bracketed term)."""
    if rest[:1] in "【［[〔":
        close = _CLOSING_BRACKET.search(rest, 1, _TERM_MAX)
        if close is not None and _SEPARATOR.search(rest, 1, close.start()) is None:
            after = close.end() + (1 if _SEPARATOR.match(rest, close.end()) else 0)
            return rest[1: close.start()].strip(), None, rest[after:].strip(), after
    sep = _SEPARATOR.search(rest)
    head_end = sep.start() if sep and sep.start() <= _TERM_MAX + 12 else -1
    # a table's cells, or a term and its definition set apart (before the colon, if any)
    gap = _GAP.search(rest, 2, head_end if head_end >= 0 else _TERM_MAX + 2)
    if gap is not None:
        return rest[: gap.start()].strip(), None, rest[gap.end():].strip(), gap.end()
    if head_end < 0:
        said = _SAID.search(rest, 2, _TERM_MAX + 2)  # '“两重”建设是指…'
        cut = rest.find("，")
        if said is not None and not 0 < cut < said.start():
            return rest[: said.start()].strip(), None, rest[said.start():].lstrip().lstrip("是系"), said.start()
        head_end = cut if 0 < cut <= _TERM_MAX else min(len(rest), _TERM_MAX)
        definition = rest[head_end:].lstrip("，")
        consumed = head_end
    else:
        definition = rest[head_end + 1:].strip()
        consumed = head_end + 1
    head = rest[:head_end].strip()
    page = None
    m = _PAGE.search(head)
    if m:
        page = re.sub(r"\s+", "", m.group(1)).upper()
        head = (head[: m.start()] + head[m.end():]).strip()
    return head, page, definition, consumed


def parse_glossary(
    text: str, paragraphs: list[Paragraph], start: int, end: int, heading_end: int | None = None
) -> list[tuple[int, str, str | None, str, int]]:
    """Entries (number, term, page, definition, offset) of the glossary between start and end,
    below its heading (ending at heading_end; None: notes with no heading)."""
    entries: list[tuple[int, str, str | None, str, int]] = []
    # the lines that continue each entry's definition, joined once at the end: adding each to the
    # definition in turn copied it every time (67,000 such lines took seconds)
    more: list[list[str]] = []
    bare = False  # the entries have no numbers
    ended = False
    for para in paragraphs:
        if ended:
            break
        if para.start < start or para.start >= end:
            continue
        first = para.start
        if heading_end is not None and para.start == start:
            # the glossary's heading ('附件：名词解释' is no entry), or what runs on after it
            if heading_end >= para.end:
                continue
            first = heading_end + len(text[heading_end: para.end]) - len(text[heading_end: para.end].lstrip())
        for offset, body in _run_in_entries(text[first: para.end], first, len(entries) + 1):
            m = entry_label(body, len(entries) + 1, bare=not entries or bare)
            if m:
                number = label_value(m.group(1)) or len(entries) + 1  # ('①' is 1, '（二）' is 2)
                term, page, definition, _ = split_entry(body[m.end():])
                if term:
                    bare = not m.group(1)
                    entries.append((number, term, page, definition, offset))
                    more.append([])
            elif entries and not body.startswith(("（以上", "(以上")):
                if len(body) <= _TERM_LINE_MAX and _END_MATTER.search(body):
                    ended = True  # '…人民政府办公室' / '2022年1月25日印发': the notes have ended
                    break
                more[-1].append(body)
    return [(number, term, page, _continued(definition, lines), offset) if lines else
            (number, term, page, definition, offset)
            for (number, term, page, definition, offset), lines in zip(entries, more, strict=True)]


def _continued(definition: str, lines: list[str]) -> str:
    """A definition and the lines that continue it, one a line (an empty definition is left out)."""
    parts = [definition, *lines]
    while len(parts) > 1 and not parts[0]:
        parts.pop(0)
    return "\n".join(parts)


# Where the next entries run on in the same paragraph (a copy that lost its line breaks):
# '1.“四上”企业：指…。2.“专精特新”：指…' — after a sentence's end, the next number's label and a
# term with its colon.
# (the mark first: a pattern starting with a look-behind is tried at every character)
_RUN_IN_LABEL = re.compile(
    r"[。！!？?]\s*(?:([0-9０-９]{1,3})\s*[．.、](?![0-9０-９])|[【\[［〔]\s*([0-9０-９]{1,3})\s*[】\]］〕]|([①-⑳]))"
)


def _label_number(m: re.Match[str]) -> int:
    if m.group(3):
        return ord(m.group(3)) - 0x245F
    return int((m.group(1) or m.group(2)).translate(_FULLWIDTH_DIGITS))


def _run_in_entries(body: str, offset: int, expected: int) -> list[tuple[int, str]]:
    """The paragraph's pieces, each with its offset: cut before each next entry run in."""
    if _RUN_IN_LABEL.search(body) is None:
        return [(offset, body)]  # (most entries: one a paragraph)
    pieces: list[tuple[int, str]] = []
    at = 0
    number = expected + 1  # the paragraph itself may be entry `expected`
    for m in _RUN_IN_LABEL.finditer(body):
        # the next number, and a term with its colon ('…。2.投产一批。' is a list in a definition)
        if _label_number(m) != number or not _TERM_HEAD.match(body, m.end()):
            continue
        cut = m.end() - len(m.group(0)[1:].lstrip())
        pieces.append((offset + at, body[at:cut].rstrip()))
        at = cut
        number += 1
    pieces.append((offset + at, body[at:]))
    return pieces


_TERM_HEAD = re.compile(f"[^。！？!?；;]{{1,{_TERM_MAX}}}?[：:]")



def term_variants(term: str) -> list[str]:
    """What to look for, most specific first, without quotes (they may stand anywhere or nowhere)."""
    variants = [term]
    variants += [v for v in re.split(r"[、，,／/]", term) if v != term]
    bare = [_strip_quotes(v).strip() for v in variants]
    core = [m.group(1) for m in _QUOTED.finditer(term)]
    seen: list[str] = []
    for candidate in [b for b in bare if len(b) >= 2] + core:
        if candidate not in seen:
            seen.append(candidate)
    return seen


def _strip_quotes(text: str) -> str:
    return text.translate(_NO_QUOTES)


_NO_QUOTES = str.maketrans("", "", _QUOTES)


class QuoteBlindText:
    """The text with its quote marks taken out, and the way back to the text's own offsets."""

    def __init__(self, text: str) -> None:
        # One regex pass (str.translate with a table is 7x slower here) cuts the text at its quote
        # marks; the offsets come from the pieces' lengths, summed in C, not a Python step per mark.
        pieces = _QUOTE_CHAR.split(text)
        self.bare = "".join(pieces)
        # removal i sits before bare offset _before[i], which is its own offset less i
        self._before = list(accumulate(map(len, pieces[:-1])))
        self._removed = list(map(operator.add, self._before, count()))

    def bare_offset(self, original: int) -> int:
        """The bare offset of the first character at or after an original offset."""
        return original - bisect.bisect_left(self._removed, original)

    def original(self, bare_offset: int) -> int:
        return bare_offset + bisect.bisect_right(self._before, bare_offset)

    def find_all(self, needle: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Spans in the original text of needle's matches whose start lies in [lo, hi). Only that
        stretch is searched (a match may run past hi), so that the glossary's own text is not
        searched once per term."""
        hits = []
        first = max(0, self.bare_offset(lo) - len(needle) + 1)  # as a scan from 0 would have met it
        stop = self.bare_offset(hi) + len(needle) - 1  # starts before hi: ends before this
        pos = self.bare.find(needle, first, stop)
        while pos >= 0:
            start = self.original(pos)
            if start >= hi:
                break
            if start >= lo:
                hits.append((start, self.original(pos + len(needle) - 1) + 1))
            pos = self.bare.find(needle, pos + len(needle), stop)
        return hits


_QUOTE_CHAR = re.compile(f"[{re.escape(_QUOTES)}]")


def find_occurrences(
    text: str, term: str, body_ranges: list[tuple[int, int]], blind: QuoteBlindText | None = None
) -> tuple[tuple[int, int], ...]:
    blind = blind or QuoteBlindText(text)
    for needle in term_variants(term):
        hits: list[tuple[int, int]] = []
        for lo, hi in body_ranges:
            hits += [span for span in blind.find_all(needle, lo, hi) if span[1] <= hi]
        if hits:
            return tuple(hits)
    return ()


def build_glossary(
    text: str, paragraphs: list[Paragraph], glossary_span: tuple[int, int] | None,
    report_span: tuple[int, int] | None = None, heading_end: int | None = None,
) -> tuple[GlossaryEntry, ...]:
    """The glossary's entries and their occurrences in the body of its report (report_span: the
    part of a file of several reports that holds this one; the whole text by default)."""
    if glossary_span is None:
        return ()
    start, end = glossary_span
    first, last = report_span or (0, len(text))
    body = [(first, start), (end, last)]
    blind = QuoteBlindText(text)
    return tuple(
        GlossaryEntry(number, term, page, definition, offset,
                      find_occurrences(text, term, body, blind) if i < MAX_SEARCHED_TERMS else ())
        for i, (number, term, page, definition, offset)
        in enumerate(parse_glossary(text, paragraphs, start, end, heading_end))
    )


def build_notes_glossary(
    text: str, paragraphs: list[Paragraph], notes: list[int]
) -> tuple[GlossaryEntry, ...]:
    """The glossary of notes standing apart among the paragraphs (at the feet of a printed copy's
    pages): one entry each, its occurrences searched in the rest of the text."""
    body: list[tuple[int, int]] = []
    at = 0
    entries = []
    for index in notes:
        para = paragraphs[index]
        body.append((at, para.start))
        at = para.end
        found = parse_glossary(text, paragraphs, para.start, para.end)
        entries += [(number, term, page, definition, offset) for number, term, page, definition, offset in found[:1]]
    body.append((at, len(text)))
    blind = QuoteBlindText(text)
    return tuple(
        GlossaryEntry(number, term, page, definition, offset,
                      find_occurrences(text, term, body, blind) if i < MAX_SEARCHED_TERMS else ())
        for i, (number, term, page, definition, offset) in enumerate(entries)
    )
