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
from .segments import SAME_REPORT, bigram_likeness, folded_segments, pair_columns, segments_of

# Every present file with its document, in the order added (each report is then counted once).
_PRESENT = """
    SELECT d.*, f.path AS path, f.id AS fid, f.status AS file_status FROM files f
    JOIN docs d ON d.id = f.doc_id ORDER BY f.id
"""


class Library(LibrarySearch):
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
        report_id = self._same_report(ready)
        cur = self.con.execute(
            "INSERT INTO docs (hash, title, year, place, level, sections, chars, source_hash, fingerprint,"
            " text_key, report_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (digest, ready.title, ready.year, ready.place, ready.level, ready.sections, ready.chars,
             ready.source_hash, self.fingerprint, ready.text_key, report_id))
        doc_id = int(cur.lastrowid or 0)
        if report_id is None:
            self.con.execute("UPDATE docs SET report_id = id WHERE id = ?", (doc_id,))
        # Other files of the same bytes, whose document (read by an older parser) was just replaced.
        self.con.execute("UPDATE files SET doc_id = ? WHERE hash = ? AND doc_id IS NULL AND status != 'failed'",
                         (doc_id, digest))
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

    def _same_report(self, ready: Prepared) -> int | None:
        """The report a document is a copy of (in another format, or another encoding): one with
        the same bare text, or with the same title, year and place and nearly the same text
        (bigram_likeness ≥ SAME_REPORT). None: a report of its own."""
        row = self.con.execute("SELECT report_id FROM docs WHERE text_key = ? AND report_id IS NOT NULL LIMIT 1",
                               (ready.text_key,)).fetchone()
        if row is not None:
            return int(row[0])
        if ready.year is None or not ready.place or not ready.chars:
            return None
        mine = "".join(s[5] for s in ready.segments)
        for cand in self.con.execute(
                "SELECT id, report_id, chars FROM docs WHERE year = ? AND place = ? AND title = ?"
                " AND report_id IS NOT NULL ORDER BY id", (ready.year, ready.place, ready.title)).fetchall():
            if not 0.8 <= (cand["chars"] or 0) / ready.chars <= 1.25:
                continue  # a likeness of 0.9 cannot hold
            theirs = "".join(r[0] for r in self.con.execute(
                "SELECT folded FROM segments WHERE doc_id = ? ORDER BY start", (cand["id"],)))
            if bigram_likeness(mine, theirs) >= SAME_REPORT:
                return int(cand["report_id"])
        return None

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
        # Its copies stay one report, under the first of them left.
        heir = self.con.execute("SELECT MIN(id) FROM docs WHERE report_id = ?", (doc_id,)).fetchone()[0]
        if heir is not None:
            self.con.execute("UPDATE docs SET report_id = ? WHERE report_id = ?", (heir, doc_id))

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
        """Every file added, in the order added, with what was read from it; a present file of a
        report that opens from another one (a copy in another format, or the same bytes) is
        listed as a duplicate of that one."""
        if refresh:
            self.refresh_missing()
        rows = self.con.execute(
            "SELECT f.id AS fid, f.path, f.status, f.reason, f.doc_id, d.title, d.year, d.place, d.level,"
            " d.sections, d.report_id FROM files f LEFT JOIN docs d ON d.id = f.doc_id ORDER BY f.id").fetchall()
        self._primary()
        opens = {report: files[0]["path"] for report, files in self._files_map.items()}
        out = []
        for r in rows:
            status = self._unsaved.get(r["path"], r["status"])
            if status == "failed":
                status = f"failed: {r['reason']}"
            elif status == "ok" and opens.get(r["report_id"] or r["doc_id"], r["path"]) != r["path"]:
                status = f"duplicate: {opens[r['report_id'] or r['doc_id']]}"
            out.append(ReportEntry(
                file_id=r["fid"], doc_id=r["doc_id"], path=r["path"], title=r["title"] or Path(r["path"]).stem,
                year=r["year"], place=r["place"] or "", level=r["level"] or "", sections=r["sections"] or 0,
                status=status))
        return out

    def report_entries(self, refresh: bool = True) -> list[ReportEntry]:
        """Each report once, whatever the number of its files, in the order first added: a present
        report under the file it opens from (files: every file of it, that one first, then the
        others in the reader's order of formats); a report whose files are all gone, as missing;
        a file that could not be read, on its own."""
        if refresh:
            self.refresh_missing()
        rows = self.con.execute(
            "SELECT f.id AS fid, f.path, f.status, f.reason, f.doc_id, d.title, d.year, d.place, d.level,"
            " d.sections, d.report_id FROM files f LEFT JOIN docs d ON d.id = f.doc_id ORDER BY f.id").fetchall()
        primary = self._primary()
        by_report: dict[int, list[sqlite3.Row]] = {}
        for r in rows:
            if r["doc_id"] is not None:
                by_report.setdefault(r["report_id"] or r["doc_id"], []).append(r)
        out: list[ReportEntry] = []
        done: set[int] = set()
        for r in rows:
            status = self._unsaved.get(r["path"], r["status"])
            report = r["report_id"] or r["doc_id"]
            if r["doc_id"] is None or status == "failed":
                out.append(self._entry(r, r["doc_id"], f"failed: {r['reason']}" if status == "failed" else status, ()))
                continue
            if report in done:
                continue
            done.add(report)
            present = self._files_map.get(report)
            if present:
                first = present[0]
                others = sorted((x for x in by_report[report] if x["path"] != first["path"]),
                                key=lambda x: (format_rank(x["path"], self.formats), x["fid"]))
                files = (first["path"], *(x["path"] for x in others))
                out.append(self._entry(primary[first["id"]], first["id"], "ok", files))
            else:
                files = tuple(x["path"] for x in by_report[report])
                out.append(self._entry(r, r["doc_id"], "missing", files))
        return out

    @staticmethod
    def _entry(r: sqlite3.Row, doc_id: int | None, status: str, files: tuple[str, ...]) -> ReportEntry:
        return ReportEntry(
            file_id=r["fid"], doc_id=doc_id, path=r["path"], title=r["title"] or Path(r["path"]).stem,
            year=r["year"], place=r["place"] or "", level=r["level"] or "", sections=r["sections"] or 0,
            status=status, files=files)

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
            " (SELECT COALESCE(SUM(chars), 0) FROM docs), (SELECT COUNT(DISTINCT report_id) FROM docs)").fetchone()
        return {"files": int(row[0]), "docs": int(row[1]), "chars": int(row[2]), "reports": int(row[3])}


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
