"""JSON-ready views of a Document for `--dump`."""

from __future__ import annotations

from typing import Any

from .charts import growth_text, value_text
from .document import Document, Section
from .names import is_name
from .targets import main_targets
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
            "value_high": i.value_high,
            "growth_high": i.growth_high,
            "parts": list(i.parts) if i.parts else None,
            "sentence": i.sentence,
            "start": i.start,
            "end": i.end,
        }
        for i in doc.indicators
    ]


def targets_json(doc: Document) -> list[dict[str, Any]]:
    """The report's main targets (主要预期目标), in order, as the charts tab's targets table shows them."""
    return [
        {
            "name": i.name,
            "canonical": figure_id(i),
            "value": i.value,
            "value_high": i.value_high,
            "unit": i.unit,
            "qualifier": i.qualifier,
            "growth": i.growth,
            "growth_high": i.growth_high,
            "growth_qualifier": i.growth_qualifier,
            "text": "，".join(t for t in (value_text(i), growth_text(i)) if t),
            "year": i.year,
            "sentence": i.sentence,
            "start": i.start,
            "end": i.end,
        }
        for i in main_targets(doc)
    ]


DUMPS = {"outline": outline_json, "glossary": glossary_json, "indicators": indicators_json,
         "targets": targets_json}
