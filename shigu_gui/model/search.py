"""Find in the displayed text: full-width and half-width forms match each other (NFKC), case-blind."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from .document import Document
from .errors import ReportError


@dataclass(frozen=True)
class Hit:
    start: int
    end: int


# Characters that NFKC and casefold leave as they are, most of any report: CJK ideographs, the
# common CJK punctuation, ASCII but the capitals (tests/model/test_search.py checks every one).
# Compiled by the first index (after the first paint), not at import: ~1 ms.
@cache
def fold_stable() -> re.Pattern[str]:
    return re.compile("[\u3400-\u4dbf\u4e00-\u9fff\u3001-\u3003\u300a-\u3011\u0000-\u0040\u005b-\u007f]+")


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).casefold()


def fold(text: str) -> str:
    table = {ord(ch): _fold_char(ch) for ch in set(text)}  # one lookup per distinct character
    return text.translate(table)


class SearchIndex:
    """The document's text folded once; hits come back as spans of the original text.

    Folding keeps the length of almost every character; for the few it does not (㎡ → m2, Ⅻ → xii)
    the index keeps one entry each (their original and folded offsets and the running difference),
    so a folded offset maps back by bisection. A list of every character's offset cost 0.5 s and
    ~60 MB on a 4.8 MB report.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        table: dict[str, str] = {}
        resized: list[str] = []
        for ch in set(fold_stable().sub("", text)):  # set(text) alone cost 120 ms on 4.8 MB
            folded = _fold_char(ch)
            if folded != ch:
                table[ch] = folded
                if len(folded) != 1:
                    resized.append(ch)
        folded_text = text
        for ch, folded in table.items():  # one C scan each: str.translate's per-character lookup was 7× slower
            folded_text = folded_text.replace(ch, folded)
        self.folded = folded_text
        self._orig: list[int] = []  # original offset of each character whose length changes
        self._fold: list[int] = []  # where it begins in the folded text
        self._shift: list[int] = []  # folded minus original offset just after it
        if resized:
            shift = 0
            pattern = re.compile("[" + "".join(re.escape(ch) for ch in sorted(resized)) + "]")
            for m in pattern.finditer(text):
                start = m.start()
                self._orig.append(start)
                self._fold.append(start + shift)
                shift += len(table[text[start]]) - 1
                self._shift.append(shift)

    def _original(self, folded_offset: int) -> int:
        """The original character that the folded offset falls in (or the one after, at the end)."""
        i = bisect_right(self._fold, folded_offset) - 1
        if i < 0:
            return folded_offset
        width = self._shift[i] - (self._shift[i - 1] if i else 0) + 1  # its folded length
        if folded_offset < self._fold[i] + width:
            return self._orig[i]  # inside the expansion of that one character
        return folded_offset - self._shift[i]

    def find(self, query: str, regex: bool = False, limit: int = 100_000) -> list[Hit]:
        """All hits of query; a bad regular expression raises ReportError with the reason."""
        if not query:
            return []
        spans: list[tuple[int, int]] = []
        if regex:
            try:
                pattern = re.compile(fold(query))
            except re.error as exc:
                raise ReportError(f"正则表达式有误 / Bad regular expression: {exc}") from None
            for m in pattern.finditer(self.folded):
                if m.end() == m.start():
                    continue
                spans.append(m.span())
                if len(spans) >= limit:
                    break
            return self._hits(spans)
        needle = fold(query)
        find = self.folded.find
        pos = find(needle)
        while pos >= 0 and len(spans) < limit:
            spans.append((pos, pos + len(needle)))
            pos = find(needle, pos + len(needle))
        return self._hits(spans)

    def _hits(self, spans: list[tuple[int, int]]) -> list[Hit]:
        """Folded spans (in order) as spans of the original text. Between two characters whose
        length changes, offsets differ by one constant: that stretch is looked up once, not per hit."""
        if not self._fold:
            return [Hit(start, end) for start, end in spans]
        hits: list[Hit] = []
        lo = hi = shift = 0  # the stretch [lo, hi) of folded offsets that map back by - shift
        for start, end in spans:
            if not lo <= start or end > hi:
                lo, hi, shift = self._stretch(start)
                if not lo <= start or end > hi:  # in or across an expanded character
                    hits.append(Hit(self._original(start), self._original(end - 1) + 1))
                    continue
            hits.append(Hit(start - shift, end - shift))
        return hits

    def _stretch(self, folded_offset: int) -> tuple[int, int, int]:
        i = bisect_right(self._fold, folded_offset) - 1
        nxt = self._fold[i + 1] if i + 1 < len(self._fold) else len(self.folded)
        if i < 0:
            return 0, nxt, 0
        width = self._shift[i] - (self._shift[i - 1] if i else 0) + 1
        return self._fold[i] + width, nxt, self._shift[i]


def snippet(doc: Document, hit: Hit, width: int = 18) -> str:
    """A line of context around a hit, cut at paragraph ends."""
    line_start = doc.text.rfind("\n", 0, hit.start) + 1
    line_end = doc.text.find("\n", hit.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    lo = max(line_start, hit.start - width)
    hi = min(line_end, hit.end + width)
    return ("…" if lo > line_start else "") + doc.text[lo:hi] + ("…" if hi < line_end else "")
