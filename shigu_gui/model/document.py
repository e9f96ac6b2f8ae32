"""The immutable result of parsing one report: every pane is a view of a Document."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import FrozenInstanceError, dataclass, field
from operator import attrgetter
from typing import Any

_set = object.__setattr__


class _Frozen:
    """What @dataclass(frozen=True) would add to each class below, written once: dataclass writes
    these methods as source and compiles them, for every class at every start (26 M instructions,
    about 4 ms of the start for five classes). Each class still is a dataclass (init=False, eq=False,
    repr=False) for dataclasses.replace and fields; its __init__ is written out, and tests compare
    every class with the dataclass(frozen=True) it stands for."""

    _key: Callable[[Any], tuple[Any, ...]]  # the compared fields, in order (attrgetter: no binding)
    _shown: tuple[str, ...]  # the fields repr shows

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._key(self) == self._key(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__qualname__}({shown})"


@dataclass(init=False, repr=False, eq=False)
class Paragraph(_Frozen):
    """A paragraph's span in Document.text."""

    start: int
    end: int
    source_line: int  # 1-based line in the decoded source where the paragraph begins

    _key = attrgetter("start", "end", "source_line")
    _shown = ("start", "end", "source_line")

    def __init__(self, start: int, end: int, source_line: int) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "source_line", source_line)


@dataclass(init=False, repr=False, eq=False)
class Section(_Frozen):
    """A heading and the text it heads, with its subsections."""

    title: str
    number: str | None
    level: int
    start: int  # span in Document.text; the heading starts here
    end: int
    heading_end: int  # end of the heading's own text (label + title) in Document.text
    kind: str
    children: tuple[Section, ...] = ()

    _key = attrgetter("title", "number", "level", "start", "end", "heading_end", "kind", "children")
    _shown = ("title", "number", "level", "start", "end", "heading_end", "kind", "children")

    def __init__(self, title: str, number: str | None, level: int, start: int, end: int, heading_end: int,
                 kind: str, children: tuple[Section, ...] = ()) -> None:
        _set(self, "title", title)
        _set(self, "number", number)
        _set(self, "level", level)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "heading_end", heading_end)
        _set(self, "kind", kind)
        _set(self, "children", children)

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def label(self) -> str:
        return f"{self.number}{self.title}" if self.number and self.number != self.title else self.title


@dataclass(init=False, repr=False, eq=False)
class GlossaryEntry(_Frozen):
    """One entry of the report's 名词解释, and where its term stands in the body."""

    number: int
    term: str
    page: str | None
    definition: str
    start: int  # where the entry stands in Document.text
    occurrences: tuple[tuple[int, int], ...]  # spans of the term in the body

    _key = attrgetter("number", "term", "page", "definition", "start", "occurrences")
    _shown = ("number", "term", "page", "definition", "start", "occurrences")

    def __init__(self, number: int, term: str, page: str | None, definition: str, start: int,
                 occurrences: tuple[tuple[int, int], ...]) -> None:
        _set(self, "number", number)
        _set(self, "term", term)
        _set(self, "page", page)
        _set(self, "definition", definition)
        _set(self, "start", start)
        _set(self, "occurrences", occurrences)


@dataclass(init=False, repr=False, eq=False)
class Indicator(_Frozen):
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

    _key = attrgetter("name", "value", "unit", "growth", "year", "kind", "qualifier", "parts", "sentence",
                      "start", "end", "growth_qualifier", "value_high", "growth_high")
    _shown = ("name", "value", "unit", "growth", "year", "kind", "qualifier", "parts", "sentence", "start", "end",
              "growth_qualifier", "value_high", "growth_high")

    def __init__(self, name: str, value: float | None, unit: str | None, growth: float | None, year: int | None,
                 kind: str, qualifier: str | None, parts: tuple[float, ...] | None, sentence: str, start: int,
                 end: int, growth_qualifier: str | None = None, value_high: float | None = None,
                 growth_high: float | None = None) -> None:
        _set(self, "name", name)
        _set(self, "value", value)
        _set(self, "unit", unit)
        _set(self, "growth", growth)
        _set(self, "year", year)
        _set(self, "kind", kind)
        _set(self, "qualifier", qualifier)
        _set(self, "parts", parts)
        _set(self, "sentence", sentence)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "growth_qualifier", growth_qualifier)
        _set(self, "value_high", value_high)
        _set(self, "growth_high", growth_high)


@dataclass(init=False, repr=False, eq=False)
class Document(_Frozen):
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
    _flat: tuple[Section, ...] = field(default=(), repr=False, compare=False)
    _parents: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    _key = attrgetter("text", "title", "meta", "paragraphs", "sections", "glossary", "indicators", "source_hash")
    _shown = ("text", "title", "meta", "paragraphs", "sections", "glossary", "indicators", "source_name",
              "source_hash", "notices")

    def __init__(self, text: str, title: str, meta: dict[str, str], paragraphs: tuple[Paragraph, ...],
                 sections: tuple[Section, ...], glossary: tuple[GlossaryEntry, ...],
                 indicators: tuple[Indicator, ...], source_name: str = "", source_hash: str = "",
                 notices: tuple[str, ...] = (), _flat: tuple[Section, ...] = (), _parents: tuple[int, ...] = (),
                 _starts: tuple[int, ...] = ()) -> None:
        _set(self, "text", text)
        _set(self, "title", title)
        _set(self, "meta", meta)
        _set(self, "paragraphs", paragraphs)
        _set(self, "sections", sections)
        _set(self, "glossary", glossary)
        _set(self, "indicators", indicators)
        _set(self, "source_name", source_name)
        _set(self, "source_hash", source_hash)
        _set(self, "notices", notices)
        _set(self, "_flat", _flat)
        _set(self, "_parents", _parents)
        _set(self, "_starts", _starts)
        self.__post_init__()

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
        _set(self, "_flat", tuple(flat))
        _set(self, "_parents", tuple(parents))
        _set(self, "_starts", tuple(s.start for s in flat))

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
