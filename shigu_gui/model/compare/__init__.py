"""Two Documents → aligned sections, targets lined up, new and dropped phrases (新旧对照).

- comparison: compare(), the one call that builds a Comparison, and to_json, its JSON shape;
- records: the frozen records a Comparison is made of;
- sections: sections aligned by structure and text (align_sections);
- targets: each canonical indicator's targets and result side by side (line_up_targets, is_met);
- phrases: new, dropped, rising and falling phrases (compare_phrases; jieba, loaded on first use);
- spans: what changed within a pair of sections (changed_spans).
"""

from .comparison import compare, to_json
from .phrases import compare_phrases
from .records import Comparison, Figure, Head, Phrase, Phrases, SectionPair, TargetRow
from .sections import align_sections
from .spans import changed_spans
from .targets import is_met, is_range, line_up_targets, report_year

__all__ = [
    "Comparison", "Figure", "Head", "Phrase", "Phrases", "SectionPair", "TargetRow", "align_sections",
    "changed_spans", "compare", "compare_phrases", "is_met", "is_range", "line_up_targets", "report_year",
    "to_json",
]
