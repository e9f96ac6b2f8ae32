"""The marks database as a file: its schema and migrations, opening it in WAL mode (waiting for
another reader that holds it a moment), setting a damaged one aside, and falling back to reading
(or to nothing) when it cannot be written. One transaction per change. No Qt."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import time
import weakref
from pathlib import Path

from ..sqlite_file import is_busy, is_damaged, special_file

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
_log = logging.getLogger(__name__)


OPEN_TIMEOUT = 10.0  # seconds another reader may hold the database while this one opens it


def timestamp() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


class StoreFile:
    """The connection the tables' methods use (None when there is no database to read), the
    one-line warning for the user, and whether changes are refused (read_only)."""

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
                if is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.02)
                    continue
                if is_damaged(exc):
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
        elif isinstance(exc, sqlite3.Error) and is_busy(exc):
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

    def integrity(self) -> str:
        if self._conn is None:
            return "closed"
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])


class transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: each change is one transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
