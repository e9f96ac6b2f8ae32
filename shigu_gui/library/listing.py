"""Listing the library: which files are still there, every file with what was read from it,
each report once (under the file it opens from), a report's glossary, the counts. No Qt."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..sqlite_file import is_busy
from . import schema
from .records import ReportEntry, format_rank


class LibraryListing:
    """The listing half of Library (library/db.py), which holds the connection and the caches
    read here (_primary fills _files_map)."""

    con: sqlite3.Connection
    formats: tuple[str, ...]
    _files_map: dict[int, list[sqlite3.Row]]
    _unsaved: dict[str, str]

    def commit(self) -> None:
        raise NotImplementedError

    def _forget(self) -> None:
        raise NotImplementedError

    def _primary(self) -> dict[int, sqlite3.Row]:
        raise NotImplementedError

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

    def glossary_terms(self, doc_id: int) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.con.execute(
            "SELECT term, definition FROM glossary WHERE doc_id = ? ORDER BY number", (doc_id,))]

    def stats(self) -> dict[str, int]:
        row = self.con.execute(
            "SELECT (SELECT COUNT(*) FROM files), (SELECT COUNT(*) FROM docs),"
            " (SELECT COALESCE(SUM(chars), 0) FROM docs), (SELECT COUNT(DISTINCT report_id) FROM docs)").fetchone()
        return {"files": int(row[0]), "docs": int(row[1]), "chars": int(row[2]), "reports": int(row[3])}
