"""Where a report's body begins: after its title block, and after a copy site's lead-in that quotes
the report's opening before the report itself."""

from __future__ import annotations

from .outline import TITLE_MAX
from .patterns import GREETING, OPENING, is_short_title, numbered_label


def body_start(paragraphs: list[str]) -> int:
    """Index of the first body paragraph: the greeting, else the first part heading near the top."""
    for i, text in enumerate(paragraphs[:40]):
        if GREETING.match(text):
            return _after_a_quoted_opening(paragraphs, i)
    for i, text in enumerate(paragraphs[:40]):  # a copy that drops the greeting: '现在，我代表…'
        if OPENING.match(text):
            return i
    for i, text in enumerate(paragraphs[:12]):
        label = numbered_label(text)
        if label and label[0] == "part":
            return i
    return 0


_QUOTED_WITHIN = 5  # paragraphs after a site's lead-in in which the report's own title block follows


def _after_a_quoted_opening(paragraphs: list[str], greeting: int) -> int:
    """A copy site's lead-in may quote the report's opening before the report itself ('政府工作报告
    各位代表:现在,我代表…一、过去四年工作回顾…在下面是小编为大家整理的…'): when a title line and
    a second greeting follow the first within a few paragraphs, the body starts at the second."""
    titled = False
    for j in range(greeting + 1, min(greeting + 1 + _QUOTED_WITHIN, len(paragraphs))):
        text = paragraphs[j]
        if titled and GREETING.match(text):
            return j
        titled = titled or (
            ("政府工作报告" in text or "政府工作報告" in text) and is_short_title(text, TITLE_MAX)
        )
    return greeting
