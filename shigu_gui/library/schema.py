"""The library's SQLite file: its schema, opening it, and setting it aside only when damaged.

A library of this version is opened without writing; a new file gets the schema. Another
command holding the write lock is waited for, then named (busy is never taken for damage). A
damaged file, or a library of another format version, is moved aside and a new one made that
keeps the paths it listed; a database of another program is left untouched. No Qt.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from ..model.cache import code_checksum, parser_fingerprint
from ..sqlite_file import is_busy, is_damaged, looks_like_sqlite, special_file

SCHEMA_VERSION = 7
_LIBRARY_DIR = Path(__file__).resolve().parent

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, hash TEXT UNIQUE NOT NULL, title TEXT, year INTEGER, place TEXT,
    level TEXT, sections INTEGER, chars INTEGER, source_hash TEXT, fingerprint TEXT,
    text_key TEXT,  -- model.folded.report_key: equal for a report's copies in any format
    report_id INTEGER);  -- the report: the id of the first of its documents (copies share it)
CREATE INDEX IF NOT EXISTS docs_text_key ON docs(text_key);
CREATE INDEX IF NOT EXISTS docs_report ON docs(report_id);
CREATE INDEX IF NOT EXISTS docs_identity ON docs(year, place, title);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER, mtime_ns INTEGER, hash TEXT,
    doc_id INTEGER REFERENCES docs(id), status TEXT NOT NULL, reason TEXT, fingerprint TEXT, added REAL);
CREATE INDEX IF NOT EXISTS files_doc ON files(doc_id);
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, section INTEGER, label TEXT, start INTEGER,
    fstart INTEGER, text TEXT, folded TEXT);  -- fstart: where the segment starts in the folded text
CREATE INDEX IF NOT EXISTS segments_doc ON segments(doc_id, start);
CREATE TABLE IF NOT EXISTS glossary (
    doc_id INTEGER NOT NULL, number INTEGER, term TEXT, definition TEXT, start INTEGER);
CREATE INDEX IF NOT EXISTS glossary_doc ON glossary(doc_id);
CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, canonical TEXT, name TEXT, kind TEXT,
    value REAL, unit TEXT, growth REAL, qualifier TEXT, year INTEGER, sentence TEXT,
    start INTEGER, end INTEGER, main INTEGER,  -- main: its place in the report's main targets (1, 2, …)
    chosen INTEGER);  -- 1: the report's figure of its indicator and kind (model.vocabulary.report_figures)
CREATE INDEX IF NOT EXISTS indicators_doc ON indicators(doc_id);
CREATE INDEX IF NOT EXISTS indicators_canonical ON indicators(canonical, doc_id, kind, start);
"""
_FTS_TABLES = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS segments_fts USING fts5("
    "folded, content='segments', content_rowid='id', tokenize='trigram case_sensitive 1')",
    # Every pair of adjacent characters of a report as a token (hex code points, so that any
    # character, punctuation and spaces too, makes exactly one token): column a holds the pairs
    # starting at even positions, b at odd ones, so a token's offset gives its position.
    "CREATE VIRTUAL TABLE IF NOT EXISTS pairs USING fts5(a, b, content='', columnsize=0, tokenize='ascii')",
)
_FTS_VOCABULARIES = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.pairs_at USING fts5vocab(main, pairs, 'instance')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.trigrams_at USING fts5vocab(main, segments_fts, 'instance')",
)

_TABLES = frozenset({"meta", "docs", "files", "segments", "glossary", "indicators"})
_FTS_NAMES = frozenset({"segments_fts", "pairs"})  # their shadow tables are named after them (pairs_data, …)
OPEN_TIMEOUT = 10.0  # seconds a command waits for another one's write lock before saying it is busy


class LibraryError(Exception):
    """The library file cannot be opened or written; the message is one sentence for the user."""


class _OtherVersion(Exception):
    """The file is a library of another format version (rebuilt, its paths kept)."""


def busy_message(path: Path) -> str:
    return ("文库正由另一个窗口或命令更新，请稍后再试 / The library is being updated by another window or "
            f"command; try again later: {path}")


def database_error(path: Path, exc: sqlite3.Error) -> str:
    """One line for an error SQLite raised while a library was in use."""
    if is_busy(exc):
        return busy_message(path)
    if is_damaged(exc):
        return f"文库文件已损坏（{exc}）/ The library file is damaged ({exc}): {path}"
    return f"文库出错（{exc}）/ Library error ({exc}): {path}"


def library_fingerprint() -> str:
    """Changes when the parser or the library's reading rules do: stored documents are then
    re-read on the next add instead of being skipped as unchanged.

    Built on the parse cache's parser_fingerprint (model/cache.py), with the library's own code
    and schema version added. There are two because they guard different things: a cached
    Document depends on the model's code only, while a library row also depends on how the
    library cuts, folds and picks (segments, pairs, the chosen figures). An edit to library/ must
    re-read the library's reports without throwing away every reader's parse cache."""
    return f"{parser_fingerprint()}/{SCHEMA_VERSION}:{code_checksum(_LIBRARY_DIR):08x}"


def fts5_trigram_available() -> bool:
    try:
        con = sqlite3.connect(":memory:")
        try:
            con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return True


def open_library(path: Path, fts: bool) -> tuple[sqlite3.Connection, str]:
    """The library at path, opened (made if new) with this version's schema, and a warning for
    the user ('' unless a damaged file or one of another version was set aside and a new one
    made). LibraryError, with one sentence for the user, when it cannot be opened."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(f"无法创建文库文件夹 / Cannot create the library folder: {path.parent} "
                           f"({exc.strerror or exc})") from None
    reason = special_file(path)
    if reason is not None:
        raise LibraryError(f"无法打开文库：文库文件{reason[0]} / Cannot open the library: the file {reason[1]}: "
                           f"{path}")
    if not looks_like_sqlite(path):
        raise LibraryError(f"不是文库文件（也不是 SQLite 数据库），未作改动 / Not a library file (not an "
                           f"SQLite database); it was left untouched: {path}")
    try:
        return _open(path, fts), ""
    except _OtherVersion as exc:
        return _rebuild(path, fts, str(exc))
    except sqlite3.Error as exc:
        if not (is_damaged(exc) or _fails_check(path)):
            raise LibraryError(f"无法打开文库 / Cannot open the library: {path} ({exc})") from None
        return _rebuild(path, fts, str(exc))


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, timeout=OPEN_TIMEOUT)
    con.row_factory = sqlite3.Row
    return con


def _open(path: Path, fts: bool) -> sqlite3.Connection:
    """Connect, and make the schema if the file is new. Another command holding the write
    lock is waited for, up to OPEN_TIMEOUT, then named (never taken for damage)."""
    deadline = time.monotonic() + OPEN_TIMEOUT
    while True:
        try:
            return _try_open(path, fts)
        except sqlite3.Error as exc:
            if not is_busy(exc):
                raise
            if time.monotonic() >= deadline:
                raise LibraryError(busy_message(path)) from None
            time.sleep(0.05)  # switching to WAL, for one, does not wait for the lock


def _try_open(path: Path, fts: bool) -> sqlite3.Connection:
    """A library whose schema is current is opened without writing: a reader needs no lock,
    so it lists and searches while another command holds a long write transaction."""
    con = _connect(path)
    try:
        current = _current(con, path, fts)  # before switching to WAL, which writes the file's header
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        if not current:
            con.execute("BEGIN IMMEDIATE")
            if not _current(con, path, fts):  # read again under the lock: another one may have made it
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        con.execute(statement)
                for statement in _FTS_TABLES if fts else ():
                    con.execute(statement)
                con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            con.commit()
        for statement in _FTS_VOCABULARIES if fts else ():
            con.execute(statement)  # temporary, of this connection: no lock on the file
    except BaseException:
        con.close()
        raise
    return con


def _current(con: sqlite3.Connection, path: Path, fts: bool) -> bool:
    """Whether the file holds this version's schema (False: new, or made in part). Raises
    _OtherVersion for a library of another version, LibraryError for a database of another
    program (left as it is)."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" in tables:
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.OperationalError as exc:
            if is_busy(exc) or is_damaged(exc):
                raise
            row = None
            tables.add("meta:other")  # a table named meta, not ours
        if row is not None:
            if str(row[0]) != str(SCHEMA_VERSION):
                raise _OtherVersion(f"格式版本 {row[0]}，应为 {SCHEMA_VERSION} / format version {row[0]}, "
                                    f"not {SCHEMA_VERSION}")
            return tables >= (_TABLES | _FTS_NAMES if fts else _TABLES)
    foreign = sorted(t for t in tables if t.split("_")[0] not in _TABLES | _FTS_NAMES and
                     not t.startswith("sqlite_"))
    if foreign:
        raise LibraryError(f"这是另一个程序的 SQLite 数据库，不是文库，未作改动 / This is another program's "
                           f"SQLite database, not a library; it was left untouched: {path}")
    return False


def _fails_check(path: Path) -> bool:
    """After an error that does not say: whether SQLite finds the file damaged."""
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return bool(con.execute("PRAGMA quick_check").fetchone()[0] != "ok")
        finally:
            con.close()
    except sqlite3.Error as exc:
        return is_damaged(exc)


def _rebuild(path: Path, fts: bool, error: str) -> tuple[sqlite3.Connection, str]:
    """Keep the damaged file (or the library of another version) aside, start a new one, and
    keep the paths it still lists."""
    paths = _salvage_paths(path)
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    except OSError as exc:
        raise LibraryError(f"文库文件已损坏且无法移开 / The library file is damaged and cannot be "
                           f"moved aside: {path} ({exc.strerror or exc})") from None
    con = _open(path, fts)
    now = time.time()
    con.executemany(
        "INSERT OR IGNORE INTO files (path, size, mtime_ns, status, reason, added)"
        " VALUES (?, -1, -1, 'failed', ?, ?)",
        [(p, "文库已重建，请重新添加 / library rebuilt: add again", now) for p in paths])
    con.commit()
    warning = (f"文库文件无法使用（{error}），已移至 {aside} 并重建；"
               f"{len(paths)} 份报告需重新添加 / The library file was damaged or of another "
               f"version ({error}) and was moved to {aside}; a new one was made "
               f"({len(paths)} reports to add again)")
    return con, warning


def _salvage_paths(path: Path) -> list[str]:
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            return [r[0] for r in con.execute("SELECT path FROM files")]
        finally:
            con.close()
    except sqlite3.Error:
        return []
