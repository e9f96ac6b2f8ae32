"""Year, place and level, settled once the title, the parts and the figures are known."""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Identity, Indicator, Section, identity_of
from .places import place_level, report_place
from .years import report_year

__all__ = ["Identity", "identity", "identity_of"]


def identity(
    meta: dict[str, str], title: str, sections: Sequence[Section], indicators: Sequence[Indicator],
    text: str, source_name: str = "",
) -> dict[str, str]:
    """meta with the report's year, place and level settled (absent when unknown): what the reader
    shows in Document.meta and the library stores."""
    year = report_year(meta, title, sections, indicators, source_name)
    place = report_place(meta, title, text, source_name)
    level = place_level(place, source_name)
    settled = {k: v for k, v in meta.items() if k not in ("year", "place", "level")}
    settled.update({k: v for k, v in (("year", str(year) if year else ""), ("place", place), ("level", level)) if v})
    return settled
