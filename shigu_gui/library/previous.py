"""The report a report is held against in 新旧对照: the same place's report of the year before. No Qt."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .records import ReportEntry


def previous_report(entries: Iterable[ReportEntry], place: str, year: int | None,
                    this_path: str | Path | None = None) -> ReportEntry | None:
    """The library's readable report of `place` for `year - 1` (the first added; never the report
    itself), else the latest earlier year's, else None."""
    if not place or year is None:
        return None
    here = str(Path(this_path).resolve()) if this_path else None
    found = [e for e in entries
             if e.status == "ok" and e.place == place and e.year is not None and e.year < year
             and (here is None or str(Path(e.path).resolve()) != here) and Path(e.path).is_file()]
    if not found:
        return None
    latest = max(e.year or 0 for e in found)
    return next(e for e in found if e.year == latest)
