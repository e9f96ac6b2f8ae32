"""The user's marks, reading positions and recent reports in one SQLite database: WAL, one
transaction per change, a schema version with migrations. A damaged database is set aside, never
overwritten; a folder that cannot be written leaves the reader working and refuses marks with a
clear message."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import time
import weakref
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .sqlite_file import special_file

if TYPE_CHECKING:  # the marks' model loads with the first marks read: the start needs only the position
    from .model.document import Document
    from .model.marks import Mark

# A report is given as its Document (its marks and position are kept under model.folded.report_key,
# so that they follow the report from its TXT to its DOCX or PDF), or as a key as stored.

SCHEMA_VERSION = 3
MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE marks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            report TEXT NOT NULL,
            kind TEXT NOT NULL,
            quote TEXT NOT NULL,
            section_path TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL DEFAULT -1,
            color TEXT NOT NULL DEFAULT 'yellow',
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX marks_report ON marks(report);
    """,
    2: """
        CREATE TABLE positions (
            report TEXT PRIMARY KEY,
            offset INTEGER NOT NULL,
            updated TEXT NOT NULL
        );
    """,
    3: """
        CREATE TABLE recent (
            path TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            year INTEGER,
            place TEXT NOT NULL DEFAULT '',
            opened INTEGER NOT NULL
        );
    """,
}
RECENT_MAX = 10  # reports listed under 最近打开
_log = logging.getLogger(__name__)
_SEP = "\u241f"  # joins section path labels in one column


OPEN_TIMEOUT = 10.0  # seconds another reader may hold the database while this one opens it


def _is_busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED (any extended code): another connection holds the lock."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (5, 6)
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class RecentReport(NamedTuple):
    """A report opened lately, as it was read then (its file may have moved since)."""

    path: str  # absolute, symbolic links resolved: the entry's key
    title: str
    year: int | None
    place: str


def recent_key(path: str | Path) -> str:
    """The one spelling of a path a recent report is kept under."""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):  # a loop of links: as written, made absolute
        return os.path.abspath(path)


class MarksError(Exception):
    """A mark could not be saved; the message is one sentence for the user."""


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


@lru_cache(maxsize=8)
def _report_key(text: str) -> str:
    from .model.folded import report_key

    return report_key(text)


def _keys(report: str | Document) -> tuple[str, str]:
    """The key a report's marks and position are kept under, and the one they were kept under
    before (the hash of the file's decoded text: one per file, not per report)."""
    if isinstance(report, str):
        return report, report
    return _report_key(report.text), report.source_hash


def _position_keys(report: str | Document) -> Iterator[str]:
    """The keys a reading position may be under, the cheap one first."""
    if isinstance(report, str):
        yield report
        return
    yield report.source_hash
    yield _report_key(report.text)


class MarkStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.warning = ""  # one line for the user when the database was set aside or is read-only
        self.read_only = False
        self._conn: sqlite3.Connection | None = None
        self._open()

    # -- opening -------------------------------------------------------------------------------
    def _open(self) -> None:
        """Connect, switch to WAL and migrate. Another reader starting at the same moment holds the
        database for a few milliseconds: SQLite's busy timeout waits for it, and what still comes
        back as busy (switching the journal mode does not wait) is tried again until OPEN_TIMEOUT.
        Only a real problem (no permission, not a folder, another program's lock that does not go
        away) turns marks off, and the message says which."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._open_read_only(exc)
            return
        reason = special_file(self.path)
        if reason is not None:  # a FIFO would block sqlite3.connect (and the start) for ever
            self.read_only = True
            _log.warning("marks are off: %s: %s", self.path, reason[1])
            self.warning = (f"批注数据库{reason[0]}，批注功能暂不可用（阅读不受影响）/ "
                            f"The marks database {reason[1]}; marks are off, reading works: {self.path}")
            return
        deadline = time.monotonic() + OPEN_TIMEOUT
        while True:
            try:
                self._conn = self._connect()
                return
            except sqlite3.DatabaseError as exc:
                if _is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.02)
                    continue
                if self._is_damaged(exc):
                    try:
                        self._set_aside()
                    except (sqlite3.Error, OSError) as again:
                        self._open_read_only(again)
                    return
                self._open_read_only(exc)
                return
            except (sqlite3.Error, OSError) as exc:
                self._open_read_only(exc)
                return

    def _connect(self) -> sqlite3.Connection:
        # Used on the UI thread only; but the collector may finalize an unclosed store on whichever
        # thread it runs (the report loader's, a worker importing the charts' modules), and closing
        # there must not raise.
        conn = sqlite3.connect(self.path, timeout=OPEN_TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        return self._owned(conn)

    def _owned(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        """Closed with this store even if close() is never called (a window destroyed unclosed)."""
        weakref.finalize(self, conn.close)
        return conn

    @staticmethod
    def _is_damaged(exc: sqlite3.DatabaseError) -> bool:
        text = str(exc).lower()
        return "malformed" in text or "not a database" in text or "file is encrypted" in text

    def _set_aside(self) -> None:
        aside = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(self.path) + suffix)
            if part.exists():
                part.rename(Path(str(aside) + suffix))
        self.warning = (f"批注数据库已损坏，已另存为 {aside.name} 并新建数据库 / "
                        f"The marks database was damaged; kept as {aside.name}, a new one was started")
        self._conn = self._connect()

    def _open_read_only(self, exc: Exception) -> None:
        self.read_only = True
        _log.warning("marks are off: %s: %s", self.path, exc)
        text = str(exc).lower()
        if isinstance(exc, OSError) or "readonly" in text or "permission" in text or "unable to open" in text:
            if isinstance(exc, FileExistsError):  # mkdir met a file where a folder should be
                exc = NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.warning = (f"无法写入批注文件夹（{reason}），批注功能暂不可用（阅读不受影响）/ "
                            f"Cannot write the marks folder ({reason}); marks are off, reading works: "
                            f"{self.path.parent}")
        elif isinstance(exc, sqlite3.Error) and _is_busy(exc):
            self.warning = (f"批注数据库被另一个程序长时间占用，批注功能暂不可用（阅读不受影响）/ "
                            f"The marks database is locked by another program; marks are off, reading works: "
                            f"{self.path}")
        else:
            self.warning = (f"无法打开批注数据库（{exc}），批注功能暂不可用（阅读不受影响）/ "
                            f"Cannot open the marks database ({exc}); marks are off, reading works: {self.path}")
        if self.path.exists() and special_file(self.path) is None:
            try:
                conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None)
            except sqlite3.Error:
                return
            try:
                conn.execute("SELECT count(*) FROM marks").fetchone()
            except sqlite3.Error:
                conn.close()
                return
            self._conn = self._owned(conn)

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring the schema up to date in one write transaction. The version is read again inside
        it: another reader may have migrated while this one waited for the lock."""
        if conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            return  # the usual case, without taking the write lock
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error as exc:
                _log.warning("marks database not closed cleanly: %s", exc)
            self._conn = None

    # -- marks ---------------------------------------------------------------------------------
    def _writable(self) -> sqlite3.Connection:
        if self.read_only or self._conn is None:
            raise MarksError(self.warning or "批注不可用 / Marks are unavailable")
        return self._conn

    def marks(self, report: str | Document) -> list[Mark]:
        """A report's marks: those kept under its key; else those kept under the file's older key,
        which then move to the report's (so that its other files find them)."""
        if self._conn is None:
            return []
        key, old = _keys(report)
        query = ("SELECT id, kind, quote, section_path, prefix, suffix, start, color, note, created, updated "
                 "FROM marks WHERE report = ? ORDER BY id")
        try:
            rows = self._conn.execute(query, (key,)).fetchall()
            if not rows and old != key:
                rows = self._conn.execute(query, (old,)).fetchall()
                if rows and not self.read_only:
                    with _transaction(self._conn):
                        self._conn.execute("UPDATE marks SET report = ? WHERE report = ?", (key, old))
        except sqlite3.Error as exc:  # the marks are not shown this time; the report still is
            _log.warning("marks not read from %s: %s", self.path, exc)
            return []
        from .model.marks import Mark

        return [
            Mark(kind=r[1], quote=r[2], section_path=tuple(p for p in r[3].split(_SEP) if p), prefix=r[4],
                 suffix=r[5], start=r[6], color=r[7], note=r[8], id=r[0], created=r[9], updated=r[10])
            for r in rows
        ]

    def add(self, report: str | Document, mark: Mark) -> Mark:
        conn = self._writable()
        report = _keys(report)[0]
        now = _now()
        created = mark.created or now
        try:
            with _transaction(conn):
                cursor = conn.execute(
                    "INSERT INTO marks (id, report, kind, quote, section_path, prefix, suffix, start, color, note, "
                    "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (mark.id, report, mark.kind, mark.quote, _SEP.join(mark.section_path), mark.prefix,
                     mark.suffix, mark.start, mark.color, mark.note, created, now),
                )
        except sqlite3.Error as exc:
            raise MarksError(f"批注未能保存 / The mark was not saved: {exc}") from None
        return replace(mark, id=cursor.lastrowid, created=created, updated=now)

    def update_note(self, mark_id: int, note: str) -> None:
        conn = self._writable()
        try:
            with _transaction(conn):
                conn.execute("UPDATE marks SET note = ?, updated = ? WHERE id = ?", (note, _now(), mark_id))
        except sqlite3.Error as exc:
            raise MarksError(f"批注未能保存 / The note was not saved: {exc}") from None

    def delete(self, mark_id: int) -> None:
        conn = self._writable()
        try:
            with _transaction(conn):
                conn.execute("DELETE FROM marks WHERE id = ?", (mark_id,))
        except sqlite3.Error as exc:
            raise MarksError(f"批注未能删除 / The mark was not deleted: {exc}") from None

    def merge(self, report: str | Document, marks: list[Mark]) -> int:
        """Add the marks not already there (same kind, quote, context, section and note); return how many."""
        existing = {(m.identity, m.note) for m in self.marks(report)}
        added = 0
        for mark in marks:
            key = (mark.identity, mark.note)
            if key in existing:
                continue
            self.add(report, replace(mark, id=None))
            existing.add(key)
            added += 1
        return added

    # -- reading positions ---------------------------------------------------------------------
    def position(self, report: str | Document) -> int:
        """Where the report was left (0: at its start); else where its file was, under the older key."""
        if self._conn is None:
            return 0
        try:
            # The file's key first: read at every start, it needs no pass over the text (the
            # report's key folds and hashes it all), and set_position writes both.
            for key in _position_keys(report):
                row = self._conn.execute("SELECT offset FROM positions WHERE report = ?", (key,)).fetchone()
                if row is not None:
                    return int(row[0])
        except sqlite3.Error as exc:
            _log.warning("reading position not read from %s: %s", self.path, exc)
        return 0

    def set_position(self, report: str | Document, offset: int) -> None:
        if self.read_only or self._conn is None:
            return
        keys = set(_keys(report))  # the report's, which its other files find; the file's, read first
        try:
            with _transaction(self._conn):
                self._conn.executemany(
                    "INSERT INTO positions (report, offset, updated) VALUES (?, ?, ?) "
                    "ON CONFLICT(report) DO UPDATE SET offset = excluded.offset, updated = excluded.updated",
                    [(key, offset, _now()) for key in sorted(keys)],
                )
        except sqlite3.Error as exc:  # a lost reading position is not worth a dialog
            _log.warning("reading position not saved in %s: %s", self.path, exc)

    # -- reports opened lately (最近打开) --------------------------------------------------------
    def add_recent(self, path: str | Path, title: str, year: int | None, place: str) -> None:
        """Note a report as the one opened last (first in recent()); RECENT_MAX are kept. The same
        file by another spelling is one entry; the same report in another file is another."""
        if self.read_only or self._conn is None:
            return
        try:
            with _transaction(self._conn) as conn:
                conn.execute(
                    "INSERT INTO recent (path, title, year, place, opened) "
                    "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(opened), 0) + 1 FROM recent)) "
                    "ON CONFLICT(path) DO UPDATE SET title = excluded.title, year = excluded.year, "
                    "place = excluded.place, opened = excluded.opened",
                    (recent_key(path), title, year, place),
                )
                conn.execute("DELETE FROM recent WHERE path NOT IN "
                             "(SELECT path FROM recent ORDER BY opened DESC LIMIT ?)", (RECENT_MAX,))
        except sqlite3.Error as exc:  # a report missing from the list is not worth a dialog
            _log.warning("recent report not noted in %s: %s", self.path, exc)

    def recent(self) -> list[RecentReport]:
        """The reports opened lately, the last one first."""
        if self._conn is None:
            return []
        try:
            rows = self._conn.execute(
                "SELECT path, title, year, place FROM recent ORDER BY opened DESC LIMIT ?", (RECENT_MAX,)
            ).fetchall()
        except sqlite3.Error as exc:  # an older database opened read-only has no list
            _log.warning("recent reports not read from %s: %s", self.path, exc)
            return []
        return [RecentReport(str(path), str(title), year if isinstance(year, int) else None, str(place or ""))
                for path, title, year, place in rows]

    def last_report(self) -> Path | None:
        """The report opened last: the one a start without a file opens again."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT path FROM recent ORDER BY opened DESC LIMIT 1").fetchone()
        except sqlite3.Error as exc:
            _log.warning("recent reports not read from %s: %s", self.path, exc)
            return None
        return Path(row[0]) if row is not None else None

    def forget_recent(self, path: str | Path) -> None:
        self._change_recent("DELETE FROM recent WHERE path = ?", (recent_key(path),))

    def clear_recent(self) -> None:
        self._change_recent("DELETE FROM recent", ())

    def _change_recent(self, statement: str, args: tuple[str, ...]) -> None:
        if self.read_only or self._conn is None:
            return
        try:
            with _transaction(self._conn) as conn:
                conn.execute(statement, args)
        except sqlite3.Error as exc:
            _log.warning("recent reports not changed in %s: %s", self.path, exc)

    def integrity(self) -> str:
        if self._conn is None:
            return "closed"
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])


class _transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: each change is one transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
