"""JSON-ready views of a Document for `--dump`."""

from __future__ import annotations

from typing import Any

from .document import Document, Section
from .names import is_name
from .vocabulary import figure_id


def outline_json(doc: Document) -> dict[str, Any]:
    def section(s: Section) -> dict[str, Any]:
        return {
            "title": s.title,
            "number": s.number,
            "level": s.level,
            "start": s.start,
            "end": s.end,
            "children": [section(c) for c in s.children],
        }

    return {"title": doc.title, "meta": doc.meta, "sections": [section(s) for s in doc.sections],
            "notices": list(doc.notices)}


def glossary_json(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "number": g.number,
            "term": g.term,
            "page": g.page,
            "definition": g.definition,
            "occurrences": [start for start, _ in g.occurrences],
        }
        for g in doc.glossary
    ]


def indicators_json(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "name": i.name,
            "canonical": figure_id(i),
            "named": is_name(i.name),  # a name, not a fragment: the charts show only these (charts.charted)
            "value": i.value,
            "unit": i.unit,
            "growth": i.growth,
            "year": i.year,
            "kind": i.kind,
            "qualifier": i.qualifier,
            "growth_qualifier": i.growth_qualifier,
            "parts": list(i.parts) if i.parts else None,
            "sentence": i.sentence,
            "start": i.start,
            "end": i.end,
        }
        for i in doc.indicators
    ]


DUMPS = {"outline": outline_json, "glossary": glossary_json, "indicators": indicators_json}
