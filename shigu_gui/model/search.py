"""Find in the displayed text: full-width and half-width forms match each other (NFKC), case-blind
(the folding and the way back are model/folded.py's)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document
from .errors import ReportError
from .folded import FoldedText, fold
from .folded import snippet as _snippet


@dataclass(frozen=True)
class Hit:
    start: int
    end: int


class SearchIndex:
    """The document's text folded once (model/folded.py); hits come back as spans of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._map = FoldedText(text)
        self.folded = self._map.folded

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
        return [Hit(start, end) for start, end in self._map.spans_back(spans)]


def snippet(doc: Document, hit: Hit, width: int = 18) -> str:
    """A line of context around a hit in the reader, cut at paragraph ends (model.folded.snippet)."""
    return _snippet(doc.text, hit.start, hit.end, width)[0]


def snippet_parts(doc: Document, hit: Hit, width: int = 18) -> tuple[str, str, str]:
    """The snippet cut into the text before the hit, the hit, and the text after it."""
    line, at = _snippet(doc.text, hit.start, hit.end, width)
    end = at + hit.end - hit.start
    return line[:at], line[at:end], line[end:]
