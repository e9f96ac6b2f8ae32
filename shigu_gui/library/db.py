"""The library: many reports in one SQLite file (FTS5 trigram index, WAL). No Qt.

Files and their parsed contents are kept apart: a file row (path, size, mtime, hash, status) points
to a document row keyed by the hash of the file's bytes. Two paths with the same bytes share one
document (the second is listed as a duplicate and counted once); a changed file gets a new
document; a deleted file keeps its document, marked missing, until it comes back. Documents that are
one report in several files (TXT, DOCX, PDF, a web page; another encoding) share a report id: the
same bare text (model.folded.report_key), or the same title, year and place and nearly the same
text (segments.bigram_likeness). Listing, search, the matrix and trends count each report once, in
the file it opens from (the text layer first: records.FORMAT_ORDER).

Search folds width and case like the in-report search (model/folded.py). The text of every
section is stored as written and folded; the folded copy is indexed with the trigram tokenizer,
which finds any substring of three or more characters. Shorter terms (most two-character Chinese
words) fall back to a scan of the folded text with instr(). Counts are taken in SQL over the
folded text, so they equal the number of non-overlapping occurrences in each report.

This file holds Library, which owns the connection and the caches its halves read (which file
each report opens from), and composes them: storing.py (files and documents written), listing.py
(the files and reports listed), figures.py (the matrix, the main targets), search.py (counts,
hits, trend). Beside them: schema.py (the file, its schema, opening it, setting it aside),
records.py (what is handed back; prepare()), segments.py (a report cut and folded for storing).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from . import schema
from .figures import LibraryFigures
from .listing import LibraryListing
from .records import (
    FORMAT_ORDER,
    Cell,
    Prepared,
    ReportEntry,
    SearchHit,
    SearchResult,
    TrendPoint,
    format_rank,
    prepare,
)
from .schema import SCHEMA_VERSION, LibraryError, busy_message, database_error, library_fingerprint, open_library
from .search import LibrarySearch, segment_hits
from .segments import folded_segments, pair_columns, segments_of
from .storing import LibraryStoring

# Every present file with its document, in the order added (each report is then counted once).
_PRESENT = """
    SELECT d.*, f.path AS path, f.id AS fid, f.status AS file_status FROM files f
    JOIN docs d ON d.id = f.doc_id ORDER BY f.id
"""


class Library(LibraryStoring, LibraryListing, LibraryFigures, LibrarySearch):
    """One library file. Not thread-safe: each thread opens its own (WAL lets them share)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fts = schema.fts5_trigram_available()
        self.fingerprint = library_fingerprint()
        self._segment_map: dict[int, tuple[list[int], list[int]]] | None = None
        self._primary_map: dict[int, sqlite3.Row] | None = None
        self._files_map: dict[int, list[sqlite3.Row]] = {}  # report id → its files' rows, opening one first
        self.formats = FORMAT_ORDER  # the order in which a report's files are preferred for opening
        self._owner_map: dict[int, int] | None = None
        self._owner_source: object = None
        self._seen_version = -1
        self._unsaved: dict[str, str] = {}  # path → status found by refresh_missing, not written (busy)
        # warning: set when the file was damaged and rebuilt; shown once to the user
        self.con, self.warning = open_library(path, self.fts)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def commit(self) -> None:
        self.con.commit()
        self._forget()

    def _forget(self) -> None:
        self._segment_map = None
        self._primary_map = None
        self._files_map = {}

    def _check_version(self) -> None:
        """Another connection (the indexing worker, the command line) may have written meanwhile."""
        version = int(self.con.execute("PRAGMA data_version").fetchone()[0])
        if version != self._seen_version:
            self._seen_version = version
            self._forget()

    def _primary(self) -> dict[int, sqlite3.Row]:
        """Each present report once, by the id of the document it opens from: of its present
        files, the first in the reader's order of formats (self.formats), then the first added
        (kept until a write)."""
        self._check_version()
        if self._primary_map is None:
            groups: dict[int, list[sqlite3.Row]] = {}
            for r in self.con.execute(_PRESENT):
                if self._unsaved.get(r["path"], r["file_status"]) == "ok":
                    groups.setdefault(r["report_id"] or r["id"], []).append(r)
            for rows in groups.values():
                rows.sort(key=lambda r: (format_rank(r["path"], self.formats), r["fid"]))
            self._files_map = groups
            self._primary_map = {rows[0]["id"]: rows[0] for rows in groups.values()}
        return self._primary_map


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Library]:
    library = Library(path)
    try:
        yield library
    finally:
        library.close()


__all__ = [
    "SCHEMA_VERSION", "Cell", "Library", "LibraryError", "Prepared", "ReportEntry", "SearchHit", "SearchResult",
    "TrendPoint", "busy_message", "database_error", "folded_segments", "library_fingerprint", "opened",
    "pair_columns", "prepare", "segment_hits", "segments_of",
]
