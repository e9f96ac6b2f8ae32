"""Find in the displayed text: full-width and half-width forms match each other (NFKC), case-blind."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .document import Document
from .errors import ReportError


@dataclass(frozen=True)
class Hit:
    start: int
    end: int


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).casefold()


def fold(text: str) -> str:
    table = {ord(ch): _fold_char(ch) for ch in set(text)}  # one lookup per distinct character
    return text.translate(table)


class SearchIndex:
    """The document's text folded once; hits come back as spans of the original text."""

    def __init__(self, text: str) -> None:
        self.text = text
        table: dict[int, str] = {}
        same_length = True
        for ch in set(text):
            folded = _fold_char(ch)
            if folded != ch:
                table[ord(ch)] = folded
                same_length = same_length and len(folded) == 1
        if same_length:
            self.folded = text.translate(table) if table else text
            self._starts: list[int] | None = None
        else:
            pieces: list[str] = []
            starts: list[int] = []  # folded offset where each original character begins
            pos = 0
            for ch in text:
                folded = table.get(ord(ch), ch)
                starts.append(pos)
                pieces.append(folded)
                pos += len(folded)
            self.folded = "".join(pieces)
            self._starts = starts

    def _original(self, folded_offset: int) -> int:
        if self._starts is None:
            return folded_offset
        return max(0, bisect_right(self._starts, folded_offset) - 1)

    def find(self, query: str, regex: bool = False, limit: int = 100_000) -> list[Hit]:
        """All hits of query; a bad regular expression raises ReportError with the reason."""
        if not query:
            return []
        hits: list[Hit] = []
        if regex:
            try:
                pattern = re.compile(fold(query))
            except re.error as exc:
                raise ReportError(f"正则表达式有误 / Bad regular expression: {exc}") from None
            for m in pattern.finditer(self.folded):
                if m.end() == m.start():
                    continue
                hits.append(self._hit(m.start(), m.end()))
                if len(hits) >= limit:
                    break
            return hits
        needle = fold(query)
        find = self.folded.find
        pos = find(needle)
        while pos >= 0 and len(hits) < limit:
            hits.append(self._hit(pos, pos + len(needle)))
            pos = find(needle, pos + len(needle))
        return hits

    def _hit(self, start: int, end: int) -> Hit:
        if self._starts is None:
            return Hit(start, end)
        return Hit(self._original(start), self._original(end - 1) + 1)


def snippet(doc: Document, hit: Hit, width: int = 18) -> str:
    """A line of context around a hit, cut at paragraph ends."""
    line_start = doc.text.rfind("\n", 0, hit.start) + 1
    line_end = doc.text.find("\n", hit.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    lo = max(line_start, hit.start - width)
    hi = min(line_end, hit.end + width)
    return ("…" if lo > line_start else "") + doc.text[lo:hi] + ("…" if hi < line_end else "")
