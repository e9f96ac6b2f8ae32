"""The library: many reports side by side in one SQLite file (FTS5 search, indicator matrix). No Qt."""

from __future__ import annotations

from .db import Library
from .indexer import REPORT_SUFFIXES, IndexResult, add_paths, expand
from .records import Cell, ReportEntry, SearchHit, SearchResult, TrendPoint
from .schema import LibraryError

__all__ = [
    "REPORT_SUFFIXES",
    "Cell",
    "IndexResult",
    "Library",
    "LibraryError",
    "ReportEntry",
    "SearchHit",
    "SearchResult",
    "TrendPoint",
    "add_paths",
    "expand",
]
