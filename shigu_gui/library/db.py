"""The library: many reports in one SQLite file (FTS5 trigram index, WAL). No Qt.

Files and their parsed contents are kept apart: a file row (path, size, mtime, hash, status) points
to a document row keyed by the hash of the file's bytes. Two paths with the same bytes share one
document (the second is listed as a duplicate and counted once); a changed file gets a new
document; a deleted file keeps its document, marked missing, until it comes back.

Search folds width and case like the in-report search (model/folded.py). The text of every
section is stored as written and folded; the folded copy is indexed with the trigram tokenizer,
which finds any substring of three or more characters. Shorter terms (most two-character Chinese
words) fall back to a scan of the folded text with instr(). Counts are taken in SQL over the
folded text, so they equal the number of non-overlapping occurrences in each report.

This file holds Library: storing, listing, the matrix. Beside it: schema.py (the file, its
schema, opening it, setting it aside), records.py (what is handed back; prepare()), segments.py
(a report cut and folded for storing), search.py (counts, hits, trend).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from ..model.document import Document
from ..model.vocabulary import BY_ID
from ..sqlite_file import is_busy
from . import schema
from .records import Cell, Prepared, ReportEntry, SearchHit, SearchResult, TrendPoint, prepare
from .schema import SCHEMA_VERSION, LibraryError, busy_message, database_error, library_fingerprint, open_library
from .search import LibrarySearch, segment_hits
from .segments import folded_segments, pair_columns, segments_of

# Each report counted once, under its first present path.
_PRIMARY = """
    SELECT d.*, f.path AS path FROM docs d JOIN (
        SELECT doc_id, MIN(id) AS fid FROM files WHERE status = 'ok' AND doc_id IS NOT NULL GROUP BY doc_id
    ) p ON p.doc_id = d.id JOIN files f ON f.id = p.fid
"""


class Library(LibrarySearch):
    """One library file. Not thread-safe: each thread opens its own (WAL lets them share)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fts = schema.fts5_trigram_available()
        self.fingerprint = library_fingerprint()
        self._segment_map: dict[int, tuple[list[int], list[int]]] | None = None
        self._primary_map: dict[int, sqlite3.Row] | None = None
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

    # -- writing -------------------------------------------------------------------------------
    def file_row(self, path: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.con.execute("SELECT * FROM files WHERE path = ?", (path,)).fetchone()
        return row

    def doc_for_hash(self, digest: str) -> int | None:
        row = self.con.execute("SELECT id FROM docs WHERE hash = ? AND fingerprint = ?",
                               (digest, self.fingerprint)).fetchone()
        return int(row[0]) if row else None

    def set_file(self, path: str, size: int, mtime_ns: int, digest: str | None, doc_id: int | None,
                 status: str, reason: str | None = None) -> None:
        self.con.execute(
            "INSERT INTO files (path, size, mtime_ns, hash, doc_id, status, reason, fingerprint, added)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size,"
            " mtime_ns = excluded.mtime_ns, hash = excluded.hash, doc_id = excluded.doc_id,"
            " status = excluded.status, reason = excluded.reason, fingerprint = excluded.fingerprint",
            (path, size, mtime_ns, digest, doc_id, status, reason, self.fingerprint, time.time()))

    def touch_file(self, path: str, size: int, mtime_ns: int) -> None:
        self.con.execute("UPDATE files SET size = ?, mtime_ns = ?, status = 'ok' WHERE path = ?",
                         (size, mtime_ns, path))

    def add_document(self, doc: Document, path: str, digest: str) -> int:
        """Store a parsed report under the hash of its file's bytes; returns its id."""
        return self.store(prepare(doc, path), digest)

    def begin(self) -> None:
        """Take the write lock now (unless this connection holds it): what is read next stays true
        until the commit, whatever another command adds meanwhile."""
        if not self.con.in_transaction:
            self.con.execute("BEGIN IMMEDIATE")

    def store(self, ready: Prepared, digest: str) -> int:
        """Store a report made ready by prepare() (maybe in another process); returns its id. The
        same bytes stored meanwhile by another command (with this parser) are not stored twice."""
        self.begin()
        same = self.doc_for_hash(digest)
        if same is not None:
            return same
        self._delete_doc_by_hash(digest)  # read by an older parser
        self._segment_map = None
        cur = self.con.execute(
            "INSERT INTO docs (hash, title, year, place, level, sections, chars, source_hash, fingerprint)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (digest, ready.title, ready.year, ready.place, ready.level, ready.sections, ready.chars,
             ready.source_hash, self.fingerprint))
        doc_id = int(cur.lastrowid or 0)
        for index, label, start, fstart, text, folded in ready.segments:
            cur = self.con.execute(
                "INSERT INTO segments (doc_id, section, label, start, fstart, text, folded)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", (doc_id, index, label, start, fstart, text, folded))
            if self.fts:
                self.con.execute("INSERT INTO segments_fts (rowid, folded) VALUES (?, ?)", (cur.lastrowid, folded))
        if self.fts:
            self.con.execute("INSERT INTO pairs (rowid, a, b) VALUES (?, ?, ?)", (doc_id, *ready.pairs))
        self.con.executemany(
            "INSERT INTO glossary (doc_id, number, term, definition, start) VALUES (?, ?, ?, ?, ?)",
            [(doc_id, *g) for g in ready.glossary])
        self.con.executemany(
            "INSERT INTO indicators (doc_id, canonical, name, main, kind, value, unit, growth, qualifier, year,"
            " sentence, start, end, chosen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, *i) for i in ready.indicators])
        return doc_id

    def _delete_doc_by_hash(self, digest: str) -> None:
        row = self.con.execute("SELECT id FROM docs WHERE hash = ?", (digest,)).fetchone()
        if row:
            self._delete_doc(int(row[0]))

    def _delete_doc(self, doc_id: int) -> None:
        self._segment_map = None
        if self.fts:
            self.con.execute(
                "INSERT INTO segments_fts (segments_fts, rowid, folded)"
                " SELECT 'delete', id, folded FROM segments WHERE doc_id = ?", (doc_id,))
            folded = "".join(r[0] for r in self.con.execute(
                "SELECT folded FROM segments WHERE doc_id = ? ORDER BY start", (doc_id,)))
            # A contentless table forgets a row only when told the tokens it was given.
            self.con.execute("INSERT INTO pairs (pairs, rowid, a, b) VALUES ('delete', ?, ?, ?)",
                             (doc_id, *pair_columns(folded)))
        for table in ("segments", "glossary", "indicators"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self.con.execute("UPDATE files SET doc_id = NULL WHERE doc_id = ?", (doc_id,))
        self.con.execute("DELETE FROM docs WHERE id = ?", (doc_id,))

    def drop_orphans(self) -> None:
        """Documents no file points to any more (the file changed, or was removed)."""
        for (doc_id,) in self.con.execute(
                "SELECT id FROM docs WHERE id NOT IN (SELECT doc_id FROM files WHERE doc_id IS NOT NULL)"
        ).fetchall():
            self._delete_doc(int(doc_id))

    def remove(self, path: str) -> None:
        try:
            self.con.execute("DELETE FROM files WHERE path = ?", (path,))
            self.drop_orphans()
            self.commit()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            self.con.rollback()
            raise LibraryError(busy_message(self.path)) from None

    def commit(self) -> None:
        self.con.commit()
        self._forget()

    def _forget(self) -> None:
        self._segment_map = None
        self._primary_map = None

    def _check_version(self) -> None:
        """Another connection (the indexing worker, the command line) may have written meanwhile."""
        version = int(self.con.execute("PRAGMA data_version").fetchone()[0])
        if version != self._seen_version:
            self._seen_version = version
            self._forget()

    def _primary(self) -> dict[int, sqlite3.Row]:
        """Each present report once, by document id, with its first path (kept until a write)."""
        self._check_version()
        if self._primary_map is None:
            if not self._unsaved:
                self._primary_map = {r["id"]: r for r in self.con.execute(_PRIMARY)}
            else:  # with the statuses refresh_missing could not write
                self._primary_map = {}
                for r in self.con.execute("SELECT d.*, f.path AS path, f.status AS file_status FROM files f"
                                          " JOIN docs d ON d.id = f.doc_id ORDER BY f.id"):
                    if self._unsaved.get(r["path"], r["file_status"]) == "ok":
                        self._primary_map.setdefault(r["id"], r)
        return self._primary_map

    # -- reading -------------------------------------------------------------------------------
    def refresh_missing(self) -> int:
        """Mark files that are gone as missing (and ones that are back, unchanged, as ok)."""
        changes = []
        for row in self.con.execute("SELECT path, size, mtime_ns, status FROM files WHERE status IN ('ok', 'missing')"):
            try:
                st = os.stat(row["path"])  # os, not pathlib: a thousand paths at every opening
                present = (st.st_size, st.st_mtime_ns) == (row["size"], row["mtime_ns"])
            except OSError:
                present = False
            status = "ok" if present else "missing"
            if status != row["status"]:
                changes.append((status, row["path"]))
        if self._unsaved:
            self._unsaved = {}
            self._forget()
        if changes:
            try:
                self.con.execute("PRAGMA busy_timeout = 100")
                self.con.executemany("UPDATE files SET status = ? WHERE path = ?", changes)
                self.commit()
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
                # Another command is writing: the statuses hold for this reading, and are
                # written by the next one (a reader never waits for a writer).
                self.con.rollback()
                self._unsaved = {path: status for status, path in changes}
                self._forget()
            finally:
                self.con.execute(f"PRAGMA busy_timeout = {int(schema.OPEN_TIMEOUT * 1000)}")
        return len(changes)

    def reports(self, refresh: bool = True) -> list[ReportEntry]:
        """Every file added, in the order added, with what was read from it."""
        if refresh:
            self.refresh_missing()
        rows = self.con.execute(
            "SELECT f.id AS fid, f.path, f.status, f.reason, f.doc_id, d.title, d.year, d.place, d.level,"
            " d.sections FROM files f LEFT JOIN docs d ON d.id = f.doc_id ORDER BY f.id").fetchall()
        first: dict[int, str] = {}
        for r in rows:
            if self._unsaved.get(r["path"], r["status"]) == "ok" and r["doc_id"] is not None:
                first.setdefault(r["doc_id"], r["path"])
        out = []
        for r in rows:
            status = self._unsaved.get(r["path"], r["status"])
            if status == "failed":
                status = f"failed: {r['reason']}"
            elif status == "ok" and first.get(r["doc_id"], r["path"]) != r["path"]:
                status = f"duplicate: {first[r['doc_id']]}"
            out.append(ReportEntry(
                file_id=r["fid"], doc_id=r["doc_id"], path=r["path"], title=r["title"] or Path(r["path"]).stem,
                year=r["year"], place=r["place"] or "", level=r["level"] or "", sections=r["sections"] or 0,
                status=status))
        return out

    def matrix(self, indicators: tuple[str, ...] = ()) -> list[Cell]:
        """Report × canonical indicator: the report's figure of each kind (actual, target), as the
        reader picks it (model.vocabulary.report_figures), with the sentence it stands in."""
        where = ""
        params: tuple[object, ...] = ()
        if indicators:
            where = f" AND i.canonical IN ({','.join('?' * len(indicators))})"
            params = tuple(indicators)
        rows = self.con.execute(
            f"SELECT i.doc_id, d.year, i.canonical, i.name, i.kind, i.value, i.unit,"
            f" i.growth, i.qualifier, i.sentence, i.start, i.end, i.year AS describes"
            f" FROM indicators i JOIN docs d ON d.id = i.doc_id"
            f" WHERE i.chosen = 1{where}", params).fetchall()
        primary = self._primary()
        rows = [r for r in rows if r["doc_id"] in primary]
        order = {c: k for k, c in enumerate(BY_ID)}
        cells = [Cell(r["doc_id"], primary[r["doc_id"]]["path"], r["year"], primary[r["doc_id"]]["place"] or "",
                      r["canonical"], r["name"], r["kind"], r["value"], r["unit"], r["growth"], r["qualifier"],
                      r["sentence"], r["start"], r["end"], _described_year(r["describes"], r["year"], r["kind"]))
                 for r in rows]
        cells.sort(key=lambda c: (c.year is None, c.year or 0, c.place, c.path, order.get(c.indicator, 99),
                                  c.kind != "actual"))
        return cells

    def targets(self) -> list[Cell]:
        """Every report's main targets (主要预期目标), report by report in year order, each report's
        in the order it states them."""
        primary = self._primary()  # (checks the format version first: an older file has no main)
        rows = self.con.execute(
            "SELECT i.doc_id, d.year, i.canonical, i.name, i.kind, i.value, i.unit, i.growth, i.qualifier,"
            " i.sentence, i.start, i.end, MIN(i.main) AS main FROM indicators i JOIN docs d ON d.id = i.doc_id"
            " WHERE i.main IS NOT NULL GROUP BY i.doc_id, i.main").fetchall()
        cells = [(r["main"], Cell(r["doc_id"], primary[r["doc_id"]]["path"], r["year"],
                                  primary[r["doc_id"]]["place"] or "", r["canonical"] or "", r["name"], r["kind"],
                                  r["value"], r["unit"], r["growth"], r["qualifier"], r["sentence"], r["start"],
                                  r["end"])) for r in rows if r["doc_id"] in primary]
        cells.sort(key=lambda pc: (pc[1].year is None, pc[1].year or 0, pc[1].place, pc[1].path, pc[0]))
        return [c for _, c in cells]

    def glossary_terms(self, doc_id: int) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.con.execute(
            "SELECT term, definition FROM glossary WHERE doc_id = ? ORDER BY number", (doc_id,))]

    def stats(self) -> dict[str, int]:
        row = self.con.execute(
            "SELECT (SELECT COUNT(*) FROM files), (SELECT COUNT(*) FROM docs),"
            " (SELECT COALESCE(SUM(chars), 0) FROM docs)").fetchone()
        return {"files": int(row[0]), "docs": int(row[1]), "chars": int(row[2])}


def _described_year(stated: int | None, report_year: int | None, kind: str) -> int | None:
    """The year a figure describes: the one the parser dated it to, else the report's year before
    (an actual) or the report's (a target)."""
    if stated is not None:
        return int(stated)
    if report_year is None:
        return None
    return int(report_year) - 1 if kind == "actual" else int(report_year)


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
