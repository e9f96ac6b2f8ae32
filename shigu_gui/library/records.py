"""The library's records: what a listing, a search, the matrix and the trend hand back, and
what is stored of one parsed report (Prepared, made by prepare() without a database). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from ..model.charts import same_figure, stored_qualifier
from ..model.document import Document, Indicator
from ..model.folded import report_key
from ..model.formats import SUFFIXES
from ..model.meta import identity_of
from ..model.targets import main_targets
from ..model.vocabulary import figure_id, report_figures
from .segments import folded_segments, pair_columns

# The format a report opens from when it has several files: the text layer first.
FORMAT_ORDER = ("txt", "docx", "html", "pdf")
_FORMAT_OF_SUFFIX = {suffix: name for name, kind in zip(FORMAT_ORDER, ("text", "docx", "html", "pdf"), strict=True)
                     for suffix in SUFFIXES.get(kind, ())}


def format_of(path: str) -> str:
    """A file's format by its name: txt, docx, html, pdf (else its suffix without the dot)."""
    suffix = PurePath(path).suffix.lower()
    return _FORMAT_OF_SUFFIX.get(suffix, suffix.lstrip("."))


def format_rank(path: str, order: tuple[str, ...] = FORMAT_ORDER) -> int:
    """Where a file's format stands in the reader's order (lower opens first)."""
    name = format_of(path)
    return order.index(name) if name in order else len(order)


@dataclass(frozen=True, slots=True)
class ReportEntry:
    file_id: int
    doc_id: int | None
    path: str
    title: str
    year: int | None
    place: str
    level: str
    sections: int
    status: str  # ok / failed: reason / missing / duplicate: the path the report opens from
    # Every file of the report, the one it opens from first (report_entries; () in reports()).
    files: tuple[str, ...] = ()

    @property
    def formats(self) -> tuple[str, ...]:
        """The formats of the report's files, in the order of files: txt, docx, html, pdf."""
        return tuple(dict.fromkeys(format_of(p) for p in self.files or (self.path,)))

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "title": self.title, "year": self.year, "place": self.place,
                "level": self.level, "sections": self.sections, "status": self.status,
                "files": list(self.files or (self.path,)), "formats": list(self.formats)}


@dataclass(frozen=True, slots=True)
class SearchHit:
    section: str  # the label of the innermost section holding the hit ('' for the title block)
    snippet: str  # a line of context, the hit in the middle
    offset: int  # of the hit in the report's Document.text
    length: int
    snippet_at: int  # where the hit starts inside snippet


@dataclass(frozen=True, slots=True)
class SearchResult:
    doc_id: int
    path: str
    title: str
    year: int | None
    place: str
    count: int
    hits: tuple[SearchHit, ...]

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "title": self.title, "count": self.count,
                "hits": [{"section": h.section, "snippet": h.snippet, "offset": h.offset} for h in self.hits]}


@dataclass(frozen=True, slots=True)
class Cell:
    doc_id: int
    path: str
    year: int | None
    place: str
    indicator: str
    label: str  # the name the report gives the figure
    kind: str  # actual / target
    value: float | None
    unit: str | None
    growth: float | None
    qualifier: str | None
    sentence: str
    start: int  # the sentence in the report's Document.text
    end: int
    # The year the figure describes (an actual: the year under review; a target: the plan year),
    # where year is the report's (the year it was delivered).
    describes: int | None = None

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "year": self.year, "place": self.place, "indicator": self.indicator,
                "label": self.label, "kind": self.kind, "value": self.value, "unit": self.unit,
                "growth": self.growth, "qualifier": self.qualifier, "sentence": self.sentence,
                "describes": self.describes}


@dataclass(frozen=True, slots=True)
class TrendPoint:
    doc_id: int
    path: str
    year: int | None
    place: str
    count: int
    chars: int = 0  # the length of the report's text

    def rate(self, per: int = 10_000) -> float:
        """Occurrences per `per` characters of the report (reports' lengths vary sixfold)."""
        return self.count * per / self.chars if self.chars else 0.0

    def as_json(self, per: int | None = None) -> dict[str, object]:
        out: dict[str, object] = {"path": self.path, "year": self.year, "place": self.place, "count": self.count,
                                  "chars": self.chars}
        if per:
            out["per"] = per
            out["rate"] = round(self.rate(per), 4)
        return out


@dataclass(frozen=True, slots=True)
class Narrowing:
    """What a search or a trend is limited to: a place (any part of its name: 某省's short name finds 某省),
    a level (national, province, municipality, city, county…), years from first to last (inclusive)."""

    place: str = ""
    level: str = ""
    first: int | None = None
    last: int | None = None

    def admits(self, year: int | None, place: str | None, level: str | None) -> bool:
        if self.place and self.place not in (place or ""):
            return False
        if self.level and self.level != (level or ""):
            return False
        if self.first is not None and (year is None or year < self.first):
            return False
        return self.last is None or (year is not None and year <= self.last)

    @property
    def empty(self) -> bool:
        return not self.place and not self.level and self.first is None and self.last is None


def parse_years(text: str) -> tuple[int | None, int | None]:
    """'2018-2025', '2020', '2018-' or '-2020' as (first, last); ValueError with a message for the user."""
    first, sep, last = text.strip().partition("-")
    try:
        a = int(first) if first.strip() else None
        b = int(last) if last.strip() else None
    except ValueError:
        raise ValueError(f"年份范围应写作 2018-2025 / A year range is written 2018-2025: {text!r}") from None
    if not sep:
        b = a
    if (a is None and b is None) or (a is not None and b is not None and a > b):
        raise ValueError(f"年份范围应写作 2018-2025 / A year range is written 2018-2025: {text!r}")
    return a, b


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the library stores of one parsed report: made by prepare() without a database, so
    that it can be made in a worker process and stored by the one that holds the connection."""

    title: str
    year: int | None
    place: str
    level: str
    sections: int
    chars: int
    source_hash: str
    text_key: str  # model.folded.report_key of the report's text
    segments: list[tuple[int, str, int, int, str, str]]  # flat index, label, start, folded start, text, folded
    pairs: tuple[str, str]
    glossary: list[tuple[int, str, str, int]]
    indicators: list[tuple[object, ...]]


def prepare(doc: Document, path: str) -> Prepared:
    who = identity_of(doc)  # the reader's own year, place and level (model/meta/identity.py)
    targets = main_targets(doc)
    chosen = {id(i) for i in report_figures(doc).values()}
    segments = folded_segments(doc)
    return Prepared(
        title=doc.title, year=who.year, place=who.place, level=who.level, sections=len(doc.flat_sections),
        chars=len(doc.text), source_hash=doc.source_hash,
        text_key=report_key(doc.text), segments=segments,
        pairs=pair_columns("".join(s[5] for s in segments)) if segments else ("", ""),
        glossary=[(g.number, g.term, g.definition, g.start) for g in doc.glossary],
        indicators=[(figure_id(i), *_named(i, targets), i.kind, i.value, i.unit, i.growth,
                     stored_qualifier(i), i.year, i.sentence, i.start, i.end, int(id(i) in chosen))
                    for i in doc.indicators],
    )


def _named(figure: Indicator, targets: list[Indicator]) -> tuple[str, int | None]:
    """The figure's name and its place (1, 2, …) in the report's main targets (model/targets.py),
    None when it is none; a main target under the name the reader gives it ('经济' → 国内生产总值)."""
    place = next((n for n, t in enumerate(targets, 1) if same_figure(t, figure)), None)
    return (figure.name if place is None else targets[place - 1].name), place

