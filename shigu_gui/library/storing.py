"""Writing to the library: files and the documents read from them, a report stored once per
file's bytes and recognised in its other files (another format, another encoding), documents
deleted with their segments, glossary and figures. No Qt."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from ..model.document import Document
from ..sqlite_file import is_busy
from .records import Prepared, prepare
from .schema import LibraryError, busy_message
from .segments import SAME_REPORT, bigram_likeness, pair_columns


class LibraryStoring:
    """The writing half of Library (library/db.py), which holds the connection and forgets its
    caches on commit."""

    path: Path
    con: sqlite3.Connection
    fts: bool
    fingerprint: str
    _segment_map: dict[int, tuple[list[int], list[int]]] | None

    def commit(self) -> None:
        raise NotImplementedError

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

