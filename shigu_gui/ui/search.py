"""Find in the open report: the index, the hits and the current one; the panes draw them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..model import ReportError
from ..model.search import Hit, SearchIndex
from .session import ReaderSession

if TYPE_CHECKING:
    from .position import ReadingPosition

LARGE_TEXT = 500_000  # characters; above this the find bar waits for a pause in typing
CONTEXT_LINES = 3  # lines of text shown above a found hit's sentence
NEAR_HEADING = 150  # characters: a hit's sentence this close below its heading shows from the heading
_SENTENCE_ENDS = "。！？；!?;\n"


def sentence_start(text: str, offset: int, reach: int = 300) -> int:
    """Where the sentence holding offset begins: after the last sentence end before it (looked
    for up to reach characters back; further, offset - reach)."""
    low = max(0, offset - reach)
    found = max(text.rfind(end, low, offset) for end in _SENTENCE_ENDS)
    return found + 1 if found >= 0 else low


class Search(QObject):
    hits_changed = Signal()  # a new query's hits (or none); current changes with them
    current_changed = Signal(int)  # index of the current hit (-1: none)
    failed = Signal(str)  # the query is not a valid regular expression: why
    cleared = Signal()  # the search was closed

    def __init__(self, session: ReaderSession, position: ReadingPosition, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.position = position
        self.hits: list[Hit] = []
        self.current = -1
        self.query = ""
        self.regex = False
        self._index: SearchIndex | None = None
        session.document_changed.connect(self._on_document)

    def debounce_ms(self) -> int:
        return 150 if len(self.session.doc.text) > LARGE_TEXT else 0

    def _on_document(self) -> None:
        self._index = None
        had_query = bool(self.query)
        self.hits, self.current = [], -1
        if had_query:
            self.run(self.query, self.regex)  # the same query, in the new report
        else:
            self.hits_changed.emit()

    def _ready_index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self.session.doc.text)
        return self._index

    def prepare(self) -> Iterator[int]:
        """Idle work: the index, else built by the first keystroke (45 ms on a 4.8 MB report)."""
        self._ready_index()
        yield 0

    def has_index(self) -> bool:
        return self._index is not None

    def run(self, query: str, regex: bool, near: int | None = None) -> None:
        """Find query; the current hit is the first at or after the reading place, or with near the
        one nearest that offset (a library hit: the hit the library showed)."""
        self.query, self.regex = query, regex
        try:
            hits = self._ready_index().find(query, regex=regex)
        except ReportError as exc:
            self.hits, self.current = [], -1
            self.hits_changed.emit()
            self.failed.emit(str(exc))
            return
        self.hits = hits
        self.current = self._nearest(near) if near is not None else next(
            (i for i, h in enumerate(hits) if h.start >= self.position.offset), 0 if hits else -1)
        self.hits_changed.emit()
        if hits:
            self._reveal()

    def _nearest(self, offset: int) -> int:
        """The hit starting nearest offset (the earlier of two as near); -1 with no hits."""
        if not self.hits:
            return -1
        i = bisect_left(self.hits, offset, key=lambda h: h.start)
        if i == len(self.hits) or (i > 0 and offset - self.hits[i - 1].start <= self.hits[i].start - offset):
            return i - 1
        return i

    def hit_counts(self) -> dict[int, int]:
        """Hits per section, each counted in the section and all its ancestors."""
        doc = self.session.doc
        own: dict[int, int] = {}  # per section first, then up the tree once per section (10,000 hits)
        for hit in self.hits:
            flat = doc.section_index_at(hit.start)
            own[flat] = own.get(flat, 0) + 1
        counts: dict[int, int] = {}
        for flat, n in own.items():
            while flat >= 0:
                counts[flat] = counts.get(flat, 0) + n
                flat = doc.parent_index(flat)
        return counts

    def step(self, delta: int) -> bool:
        """Move to the next (1) or previous (-1) hit; False when there are no hits to move through."""
        if not self.hits:
            return False
        self.select((self.current + delta) % len(self.hits))
        return True

    def select(self, index: int) -> None:
        if not 0 <= index < len(self.hits):
            return
        self.current = index
        self.current_changed.emit(index)
        self._reveal()

    def _reveal(self) -> None:
        """The current hit a few lines below the top, its sentence shown from its start; close
        below its section's heading, the heading at the top (the reader is in that section)."""
        hit = self.hits[self.current]
        doc = self.session.doc
        start = sentence_start(doc.text, hit.start)
        flat = doc.section_index_at(hit.start)
        heading = doc.flat_sections[flat].start if flat >= 0 else -1
        if 0 <= heading <= start and start - heading < NEAR_HEADING:
            self.position.request_jump(heading, cursor=hit.start)
            return
        self.position.request_jump(start if hit.start - start < 200 else hit.start, cursor=hit.start,
                                   lines_above=CONTEXT_LINES)

    def clear(self) -> None:
        self.query = ""
        self.hits, self.current = [], -1
        self.hits_changed.emit()
        self.cleared.emit()
