"""Two Documents → one Comparison (sections, targets, phrases), and its JSON shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .phrases import compare_phrases
from .records import Comparison, Figure, Head, Phrase, Phrases
from .sections import align_sections
from .targets import line_up_targets, report_year

if TYPE_CHECKING:
    from ..document import Document


def compare(old: Document, new: Document, phrases: bool = True,
            heads: tuple[Head, Head] | None = None) -> Comparison:
    """The older report `old` beside the newer `new`; heads: their years and places when the caller
    knows them better than the title does."""
    if heads is None:
        heads = (Head(report_year(old), old.meta.get("place") or None),
                 Head(report_year(new), new.meta.get("place") or None))
    return Comparison(old, new, align_sections(old, new),
                      line_up_targets(old, new, (heads[0].year, heads[1].year)),
                      compare_phrases(old.text, new.text) if phrases else Phrases((), (), (), ()), *heads)



def _head(doc: Document, head: Head) -> dict[str, Any]:
    return {"title": doc.title, "year": head.year, "place": head.place}


def to_json(c: Comparison) -> dict[str, Any]:
    """The shape `shigu-gui compare OLD NEW --json` prints."""
    a, b = c.old.flat_sections, c.new.flat_sections

    def figure(f: Figure | None) -> dict[str, Any] | None:
        return f.as_json() if f else None

    def phrase(p: Phrase) -> dict[str, Any]:
        return {"text": p.text, "count": p.count}

    def rate(p: Phrase) -> dict[str, Any]:
        return {"text": p.text, "count": p.count, "old_per_10k": p.old_rate, "new_per_10k": p.new_rate}

    return {
        "old": _head(c.old, c.old_head),
        "new": _head(c.new, c.new_head),
        "sections": [{"old": a[p.old].title if p.old is not None else None,
                      "new": b[p.new].title if p.new is not None else None,
                      "level": p.level, "similarity": p.similarity} for p in c.sections],
        "targets": [{"indicator": t.indicator, "label": t.label, "old_target": figure(t.old_target),
                     "old_actual": figure(t.old_actual), "new_target": figure(t.new_target), "met": t.met}
                    for t in c.targets],
        "phrases": {"new": [phrase(p) for p in c.phrases.new], "dropped": [phrase(p) for p in c.phrases.dropped],
                    "rising": [rate(p) for p in c.phrases.rising],
                    "falling": [rate(p) for p in c.phrases.falling]},
    }
