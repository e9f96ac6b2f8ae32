"""What the cross-format tests compare: a parsed report's outline as (level, title) in reading order."""

from __future__ import annotations

from shigu_gui.model import Document


def outline_of(doc: Document) -> list[tuple[int, str]]:
    return [(section.level, section.title) for top in doc.sections for section in top.walk()]
