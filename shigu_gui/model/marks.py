"""Bookmarks, highlights and notes: what they are and how they find their place in a Document again.

A mark is anchored by its section path, the quoted text and a little context on each side, not by
offsets alone, so it survives a better parser; one that cannot be placed is kept as unplaced.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from typing import Any

from .document import Document

KINDS = ("bookmark", "highlight", "note")
COLORS = ("yellow", "green", "blue", "pink")
KIND_LABELS = {"bookmark": "书签", "highlight": "高亮", "note": "批注"}
_CONTEXT = 16


@dataclass(frozen=True)
class Mark:
    kind: str
    quote: str
    section_path: tuple[str, ...]
    prefix: str = ""
    suffix: str = ""
    start: int = -1  # where the mark was made; a hint, not the anchor
    color: str = "yellow"
    note: str = ""
    id: int | None = None
    created: str = ""
    updated: str = ""

    @property
    def identity(self) -> tuple[str, str, str, str, tuple[str, ...]]:
        """What makes two marks the same mark (for merging imports without duplicates)."""
        return (self.kind, self.quote, self.prefix, self.suffix, self.section_path)


@dataclass(frozen=True)
class Placed:
    mark: Mark
    start: int  # -1: 未定位 (could not be placed)
    end: int = -1

    @property
    def placed(self) -> bool:
        return self.start >= 0


def section_labels(doc: Document, offset: int) -> tuple[str, ...]:
    index = doc.section_index_at(offset)
    return tuple(s.label for s in doc.section_path(index)) if index >= 0 else ()


def make_mark(doc: Document, kind: str, start: int, end: int, color: str = "yellow", note: str = "") -> Mark:
    return Mark(
        kind=kind,
        quote=doc.text[start:end],
        section_path=section_labels(doc, start),
        prefix=doc.text[max(0, start - _CONTEXT): start],
        suffix=doc.text[end: end + _CONTEXT],
        start=start,
        color=color,
        note=note,
    )


def section_mark(doc: Document, flat: int, kind: str, note: str = "") -> Mark:
    """A bookmark or note on a whole section, anchored by its heading."""
    section = doc.flat_sections[flat]
    return make_mark(doc, kind, section.start, section.heading_end, note=note)


def place(doc: Document, mark: Mark) -> Placed:
    """Where the mark stands in this Document, or unplaced."""
    if not mark.quote:
        return Placed(mark, -1)
    text = doc.text
    candidates: list[int] = []
    pos = text.find(mark.quote)
    while pos >= 0 and len(candidates) < 500:
        candidates.append(pos)
        pos = text.find(mark.quote, pos + 1)
    if not candidates:
        return Placed(mark, -1)
    best = max(candidates, key=lambda c: _score(doc, mark, c))
    return Placed(mark, best, best + len(mark.quote))


def _score(doc: Document, mark: Mark, start: int) -> float:
    end = start + len(mark.quote)
    score = 0.0
    before = doc.text[max(0, start - len(mark.prefix)): start]
    after = doc.text[end: end + len(mark.suffix)]
    score += _common_suffix(before, mark.prefix) + _common_prefix(after, mark.suffix)
    if section_labels(doc, start) == mark.section_path:
        score += 20
    if mark.start >= 0:
        score -= abs(start - mark.start) / max(1, len(doc.text)) * 5
    return score


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def place_all(doc: Document, marks: list[Mark]) -> list[Placed]:
    """Every mark, placed ones in reading order, then the unplaced ones (never dropped)."""
    placed = [place(doc, m) for m in marks]
    return sorted(placed, key=lambda p: (not p.placed, p.start, p.mark.id or 0))


def citation(doc: Document, section_path: tuple[str, ...]) -> str:
    """Where a passage stands: the report's title · its section path (标题 · 一、… › （一）…)."""
    return " · ".join([doc.title, " › ".join(section_path)] if section_path else [doc.title])


def cited_passage(doc: Document, start: int, end: int) -> str:
    """The passage doc.text[start:end] and, on the next line, its citation (copy with citation)."""
    return f"{doc.text[start:end].strip()}\n——{citation(doc, section_labels(doc, start))}"


def to_markdown(doc: Document, placed: list[Placed]) -> str:
    lines = [f"# {doc.title} — 批注", ""]
    for p in placed:
        m = p.mark
        label = KIND_LABELS.get(m.kind, m.kind) + ("" if p.placed else "（未定位）")
        lines.append(f"## {label}：{' › '.join(m.section_path) or doc.title}")
        lines.append("")
        quote = m.quote.replace("\n", " ")
        lines.append(f"> {quote}")
        lines.append("")
        if m.note:
            lines += [m.note, ""]
        lines.append(f"——{citation(doc, m.section_path)}")
        lines.append("")
    return "\n".join(lines)


def to_json(doc: Document, marks: list[Mark]) -> str:
    data: dict[str, Any] = {
        "format": "shigu-gui-marks",
        "version": 1,
        "report": {"title": doc.title, "hash": doc.source_hash},
        "marks": [{k: v for k, v in asdict(m).items() if k != "id"} for m in marks],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def from_json(text: str) -> tuple[str, list[Mark]]:
    """(report hash, marks) from an exported file; ValueError with a reason if it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"不是有效的 JSON / Not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or data.get("format") != "shigu-gui-marks":
        raise ValueError("不是本程序导出的批注文件 / Not a shigu-gui marks file")
    marks = []
    for raw in data.get("marks", []):
        if not isinstance(raw, dict) or raw.get("kind") not in KINDS:
            continue
        fields = {k: raw[k] for k in Mark.__dataclass_fields__ if k in raw and k != "id"}
        fields["section_path"] = tuple(fields.get("section_path", ()))
        marks.append(replace(Mark(kind=raw["kind"], quote="", section_path=()), **fields))
    report = data.get("report", {})
    return (report.get("hash", "") if isinstance(report, dict) else ""), marks


__all__ = [
    "COLORS", "KINDS", "KIND_LABELS", "Mark", "Placed", "citation", "cited_passage", "from_json", "make_mark",
    "place", "place_all", "section_mark", "to_json", "to_markdown",
]
