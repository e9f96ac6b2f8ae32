"""The immutable result of parsing one report: every pane is a view of a Document."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph's span in Document.text."""

    start: int
    end: int
    source_line: int  # 1-based line in the decoded source where the paragraph begins


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text it heads, with its subsections."""

    title: str
    number: str | None
    level: int
    start: int  # span in Document.text; the heading starts here
    end: int
    heading_end: int  # end of the heading's own text (label + title) in Document.text
    kind: str
    children: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def label(self) -> str:
        return f"{self.number}{self.title}" if self.number and self.number != self.title else self.title


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One entry of the report's 名词解释, and where its term stands in the body."""

    number: int
    term: str
    page: str | None
    definition: str
    start: int  # where the entry stands in Document.text
    occurrences: tuple[tuple[int, int], ...]  # spans of the term in the body


@dataclass(frozen=True, slots=True)
class Indicator:
    """A figure the report gives: a result or a target, with its growth."""

    name: str
    value: float | None
    unit: str | None
    growth: float | None
    year: int | None
    kind: str  # "actual" or "target"
    qualifier: str | None  # the value's (左右, 以上, 突破); the growth's when there is no value
    parts: tuple[float, ...] | None
    sentence: str
    start: int
    end: int
    growth_qualifier: str | None = None  # the growth's: a total's 突破 never sticks to its growth
    # A range's upper end ('增长6%－6.5%': growth 6, growth_high 6.5), in the unit of its lower end.
    value_high: float | None = None
    growth_high: float | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed report: its text, outline, glossary and indicators."""

    text: str
    title: str
    meta: dict[str, str]
    paragraphs: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    glossary: tuple[GlossaryEntry, ...]
    indicators: tuple[Indicator, ...]
    source_name: str = field(default="", compare=False)
    source_hash: str = ""  # of the decoded source text: the report's identity for marks and positions
    # what the reader is told about the file when the report is opened (damaged bytes marked in the text)
    notices: tuple[str, ...] = field(default=(), compare=False)
    # The section index, filled in by __post_init__ (a frozen record sets its own fields through object).
    _flat: tuple[Section, ...] = field(default=(), repr=False, compare=False)
    _parents: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        flat: list[Section] = []
        parents: list[int] = []

        def visit(section: Section, parent: int) -> None:
            index = len(flat)
            flat.append(section)
            parents.append(parent)
            for child in section.children:
                visit(child, index)

        for top in self.sections:
            visit(top, -1)
        object.__setattr__(self, "_flat", tuple(flat))
        object.__setattr__(self, "_parents", tuple(parents))
        object.__setattr__(self, "_starts", tuple(s.start for s in flat))

    @property
    def flat_sections(self) -> tuple[Section, ...]:
        """Every section in reading order (pre-order)."""
        return self._flat

    def section_index_at(self, offset: int) -> int:
        """Index into flat_sections of the innermost section holding offset, or -1."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0:
            s = self._flat[i]
            if s.start <= offset < s.end:
                return i
            i = self._parents[i]
        return -1

    def section_at(self, offset: int) -> Section | None:
        i = self.section_index_at(offset)
        return self._flat[i] if i >= 0 else None

    def parent_index(self, index: int) -> int:
        return self._parents[index]

    def section_path(self, index: int) -> list[Section]:
        path: list[Section] = []
        while index >= 0:
            path.append(self._flat[index])
            index = self._parents[index]
        return path[::-1]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        i = bisect.bisect_right(self.paragraphs, offset, key=lambda p: p.start) - 1
        return self.paragraphs[i] if i >= 0 else None


class Identity(NamedTuple):
    """Who and when a report is of, as Document.meta holds it (settled by model.meta.identity)."""

    year: int | None
    place: str
    level: str  # national / province / city / county, or "" when the place is unknown


def identity_of(doc: Document) -> Identity:
    """The year, place and level Document.meta holds: the one way the reader, the library, 对照 and
    the recent list read them."""
    year = doc.meta.get("year", "")
    return Identity(int(year) if year.isdigit() else None, doc.meta.get("place", ""), doc.meta.get("level", ""))
