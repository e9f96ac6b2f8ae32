"""Text folded for search, the way back to the text, and the line shown around a hit.

Full-width and half-width forms match each other (NFKC) and case is ignored (casefold), one
character at a time, so that a folded offset always falls in one character of the text. The
reader's search (model/search.py) and the library (library/segments.py, library/search.py) fold
and map back with these functions only: a hit in the library lands where the reader finds it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache, lru_cache


# Characters that NFKC and casefold leave as they are, most of any report: CJK ideographs, the
# common CJK punctuation, ASCII but the capitals (tests/model/test_folded.py checks every one).
# Compiled by the first index (after the first paint), not at import: ~1 ms.
@cache
def fold_stable() -> re.Pattern[str]:
    return re.compile("[\u3400-\u4dbf\u4e00-\u9fff\u3001-\u3003\u300a-\u3011\u0000-\u0040\u005b-\u007f]+")


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).casefold()


def fold_table(text: str) -> dict[int, str]:
    """str.translate's table folding every character of text (one lookup per distinct one)."""
    return {ord(ch): fold_char(ch) for ch in set(text)}


def fold(text: str) -> str:
    return text.translate(fold_table(text))


class FoldedText:
    """A text, its folded form, and folded offsets mapped back to the text.

    Folding keeps the length of almost every character; for the few it does not (㎡ → m2, Ⅻ → xii,
    … → ...) the map keeps one entry each (their original and folded offsets and the running
    difference), so a folded offset maps back by bisection. A list of every character's offset
    cost 0.5 s and ~60 MB on a 4.8 MB report.
    """

    __slots__ = ("_fold", "_orig", "_shift", "folded", "text")

    def __init__(self, text: str, folded: str | None = None) -> None:
        """folded: fold(text) when the caller has it already (the library stores it)."""
        self.text = text
        table: dict[str, str] = {}
        resized: list[str] = []
        for ch in set(fold_stable().sub("", text)):  # set(text) alone cost 120 ms on 4.8 MB
            changed = fold_char(ch)
            if changed != ch:
                table[ch] = changed
                if len(changed) != 1:
                    resized.append(ch)
        if folded is None:
            folded = text
            for ch, changed in table.items():  # one C scan each: str.translate was 7× slower here
                folded = folded.replace(ch, changed)
        self.folded = folded
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

    @property
    def same_length(self) -> bool:
        """Every folded offset is the text's offset (no character changed its length)."""
        return not self._fold

    def original(self, folded_offset: int) -> int:
        """The text's character that the folded offset falls in (or the one after, at the end)."""
        i = bisect_right(self._fold, folded_offset) - 1
        if i < 0:
            return folded_offset
        width = self._shift[i] - (self._shift[i - 1] if i else 0) + 1  # its folded length
        if folded_offset < self._fold[i] + width:
            return self._orig[i]  # inside the expansion of that one character
        return folded_offset - self._shift[i]

    def spans_back(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Folded spans (in order) as spans of the text, each covering every character it
        touches. Between two characters whose length changes, offsets differ by one constant:
        that stretch is looked up once, not per span."""
        if not self._fold:
            return list(spans)
        out: list[tuple[int, int]] = []
        lo = hi = shift = 0  # the stretch [lo, hi) of folded offsets that map back by - shift
        for start, end in spans:
            if not lo <= start or end > hi:
                lo, hi, shift = self._stretch(start)
                if not lo <= start or end > hi:  # in or across an expanded character
                    out.append((self.original(start), self.original(end - 1) + 1))
                    continue
            out.append((start - shift, end - shift))
        return out

    def _stretch(self, folded_offset: int) -> tuple[int, int, int]:
        i = bisect_right(self._fold, folded_offset) - 1
        nxt = self._fold[i + 1] if i + 1 < len(self._fold) else len(self.folded)
        if i < 0:
            return 0, nxt, 0
        width = self._shift[i] - (self._shift[i - 1] if i else 0) + 1
        return self._fold[i] + width, nxt, self._shift[i]


def snippet(text: str, start: int, end: int, width: int = 20) -> tuple[str, int]:
    """A line of context around text[start:end], at most width characters each side and cut at
    paragraph ends ('…' where it was cut short); and where the hit starts in that line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - width)
    hi = min(line_end, end + width)
    lead = "…" if lo > line_start else ""
    return lead + text[lo:hi] + ("…" if hi < line_end else ""), len(lead) + start - lo


def _is_mark(ch: str) -> bool:
    """White space, punctuation, symbols and control characters: what a copy in another format
    (a bold marker, a line end, a full stop of another width) may add or drop."""
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZC"


def bare_text(text: str) -> str:
    """The text folded (fold), without white space, punctuation or symbols: what stays the same
    in a report's TXT, DOCX, PDF or web page copy."""
    folded = fold(text)
    drop = {ord(ch): None for ch in set(folded) if _is_mark(ch)}
    return folded.translate(drop)


def report_key(text: str) -> str:
    """A report's identity whatever its file: the hash of its bare text (bare_text). Marks and
    reading positions are kept under it, so that they follow the report from its TXT to its DOCX."""
    return "t:" + hashlib.sha256(bare_text(text).encode("utf-8")).hexdigest()
