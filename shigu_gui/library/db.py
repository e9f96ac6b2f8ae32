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
"""

from __future__ import annotations

import bisect
import contextlib
import os
import sqlite3
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model.charts import same_figure, stored_qualifier
from ..model.document import Document, Indicator
from ..model.folded import FoldedText, fold, fold_table, snippet
from ..model.meta import identity_of
from ..model.targets import main_targets
from ..model.vocabulary import BY_ID, figure_id, report_figures
from ..sqlite_file import is_busy, is_damaged, looks_like_sqlite, special_file

SCHEMA_VERSION = 6
_LIBRARY_DIR = Path(__file__).resolve().parent

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, hash TEXT UNIQUE NOT NULL, title TEXT, year INTEGER, place TEXT,
    level TEXT, sections INTEGER, chars INTEGER, source_hash TEXT, fingerprint TEXT);
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

# Each report counted once, under its first present path.
_PRIMARY = """
    SELECT d.*, f.path AS path FROM docs d JOIN (
        SELECT doc_id, MIN(id) AS fid FROM files WHERE status = 'ok' AND doc_id IS NOT NULL GROUP BY doc_id
    ) p ON p.doc_id = d.id JOIN files f ON f.id = p.fid
"""


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


@dataclass(frozen=True)
class ReportEntry:
    file_id: int
    doc_id: int | None
    path: str
    title: str
    year: int | None
    place: str
    level: str
    sections: int
    status: str  # ok / failed: reason / missing / duplicate: first path

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "title": self.title, "year": self.year, "place": self.place,
                "level": self.level, "sections": self.sections, "status": self.status}


@dataclass(frozen=True)
class SearchHit:
    section: str  # the label of the innermost section holding the hit ('' for the title block)
    snippet: str  # a line of context, the hit in the middle
    offset: int  # of the hit in the report's Document.text
    length: int
    snippet_at: int  # where the hit starts inside snippet


@dataclass(frozen=True)
class SearchResult:
    doc_id: int
    path: str
    title: str
    year: int | None
    place: str
    count: int
    hits: tuple[SearchHit, ...]

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "title": self.title, "count": self.count,
                "hits": [{"section": h.section, "snippet": h.snippet, "offset": h.offset} for h in self.hits]}


@dataclass(frozen=True)
class Cell:
    doc_id: int
    path: str
    year: int | None
    place: str
    indicator: str
    label: str  # the name the report gives the figure
    kind: str  # actual / target
    value: float | None
    unit: str | None
    growth: float | None
    qualifier: str | None
    sentence: str
    start: int  # the sentence in the report's Document.text
    end: int
    # The year the figure describes (an actual: the year under review; a target: the plan year),
    # where year is the report's (the year it was delivered).
    describes: int | None = None

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "year": self.year, "place": self.place, "indicator": self.indicator,
                "label": self.label, "kind": self.kind, "value": self.value, "unit": self.unit,
                "growth": self.growth, "qualifier": self.qualifier, "sentence": self.sentence,
                "describes": self.describes}


@dataclass(frozen=True)
class TrendPoint:
    doc_id: int
    path: str
    year: int | None
    place: str
    count: int

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "year": self.year, "place": self.place, "count": self.count}


def library_fingerprint() -> str:
    """Changes when the parser or the library's reading rules do: stored documents are then
    re-read on the next add instead of being skipped as unchanged."""
    from ..model.cache import parser_fingerprint

    crc = 0
    for source in sorted(_LIBRARY_DIR.glob("*.py")):
        try:
            crc = zlib.crc32(source.name.encode() + source.read_bytes(), crc)
        except OSError:
            continue
    return f"{parser_fingerprint()}/{SCHEMA_VERSION}:{crc:08x}"


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


def _phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def segments_of(doc: Document, longest: int = 1500) -> list[tuple[int, str, int, int]]:
    """The report's text tiled by its sections: (flat index or -1, label, start, end). A section
    holds its heading and the text up to its first child; the title block comes first. A long
    stretch is cut at paragraph ends into pieces of about `longest` characters, so that a search
    reads little text for each hit (no term spans a paragraph end)."""
    flat = doc.flat_sections
    starts = sorted({0, *(s.start for s in flat)})
    by_start: dict[int, int] = {}
    for i, s in enumerate(flat):
        by_start.setdefault(s.start, i)
    pieces = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(doc.text)
        if end <= start:
            continue
        index = by_start.get(start, -1)
        label = flat[index].label if index >= 0 else ""
        while end - start > longest:
            cut = doc.text.rfind("\n", start + longest // 3, start + longest)
            if cut < 0:
                cut = doc.text.find("\n", start + longest, end)
            if cut < 0 or cut + 1 >= end:
                break
            pieces.append((index, label, start, cut + 1))
            start = cut + 1
        pieces.append((index, label, start, end))
    return pieces


@dataclass(frozen=True)
class Prepared:
    """What the library stores of one parsed report: made by prepare() without a database, so
    that it can be made in a worker process and stored by the one that holds the connection."""

    title: str
    year: int | None
    place: str
    level: str
    sections: int
    chars: int
    source_hash: str
    segments: list[tuple[int, str, int, int, str, str]]  # flat index, label, start, folded start, text, folded
    pairs: tuple[str, str]
    glossary: list[tuple[int, str, str, int]]
    indicators: list[tuple[object, ...]]


def prepare(doc: Document, path: str) -> Prepared:
    who = identity_of(doc)  # the reader's own year, place and level (model/meta.py)
    targets = main_targets(doc)
    chosen = {id(i) for i in report_figures(doc).values()}
    table = fold_table(doc.text)
    segments = []
    fstart = 0
    for index, label, start, end in segments_of(doc):
        text = doc.text[start:end]
        folded = text.translate(table)
        segments.append((index, label, start, fstart, text, folded))
        fstart += len(folded)
    return Prepared(
        title=doc.title, year=who.year, place=who.place, level=who.level, sections=len(doc.flat_sections),
        chars=len(doc.text), source_hash=doc.source_hash, segments=segments,
        pairs=pair_columns("".join(s[5] for s in segments)) if segments else ("", ""),
        glossary=[(g.number, g.term, g.definition, g.start) for g in doc.glossary],
        indicators=[(figure_id(i), *_named(i, targets), i.kind, i.value, i.unit, i.growth,
                     stored_qualifier(i), i.year, i.sentence, i.start, i.end, int(id(i) in chosen))
                    for i in doc.indicators],
    )


def _named(figure: Indicator, targets: list[Indicator]) -> tuple[str, int | None]:
    """The figure's name and its place (1, 2, …) in the report's main targets (model/targets.py),
    None when it is none; a main target under the name the reader gives it ('经济' → 国内生产总值)."""
    place = next((n for n, t in enumerate(targets, 1) if same_figure(t, figure)), None)
    return (figure.name if place is None else targets[place - 1].name), place


def pair_columns(folded: str) -> tuple[str, str]:
    """The pairs index's two columns for a folded text: pairs at even and at odd positions."""
    text = folded + "\0\0"  # every character, the last one too, starts a pair
    hexed = text.translate({ord(c): f"{ord(c):06x}" for c in set(text)})
    even = " ".join(hexed[i: i + 12] for i in range(0, len(hexed) - 12, 12))
    odd = " ".join(hexed[i: i + 12] for i in range(6, len(hexed) - 12, 12))
    return even, odd


def segment_hits(label: str, start: int, text: str, folded: str, needle: str, limit: int) -> list[SearchHit]:
    """The first hits of a folded needle in one segment, as spans of its text (mapped back as
    the reader maps them: model/folded.py)."""
    if limit <= 0:
        return []
    spans: list[tuple[int, int]] = []
    pos = folded.find(needle)
    while pos >= 0 and len(spans) < limit:
        spans.append((pos, pos + len(needle)))
        pos = folded.find(needle, pos + len(needle))
    if spans and len(folded) != len(text):  # folding changed lengths (… → ...)
        spans = FoldedText(text, folded).spans_back(spans)
    hits = []
    for hit_start, hit_end in spans:
        line, at = snippet(text, hit_start, hit_end)
        hits.append(SearchHit(label, line, start + hit_start, hit_end - hit_start, at))
    return hits


class Library:
    """One library file. Not thread-safe: each thread opens its own (WAL lets them share)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warning = ""  # set when the file was damaged and rebuilt: shown once to the user
        self.fts = fts5_trigram_available()
        self.fingerprint = library_fingerprint()
        self._segment_map: dict[int, tuple[list[int], list[int]]] | None = None
        self._primary_map: dict[int, sqlite3.Row] | None = None
        self._owner_map: dict[int, int] | None = None
        self._owner_source: object = None
        self._seen_version = -1
        self._unsaved: dict[str, str] = {}  # path → status found by refresh_missing, not written (busy)
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
            self.con = self._open()
        except _OtherVersion as exc:
            self.con = self._rebuild(str(exc))
        except sqlite3.Error as exc:
            if not (is_damaged(exc) or self._fails_check()):
                raise LibraryError(f"无法打开文库 / Cannot open the library: {path} ({exc})") from None
            self.con = self._rebuild(str(exc))

    # -- opening -------------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=OPEN_TIMEOUT)
        con.row_factory = sqlite3.Row
        return con

    def _open(self) -> sqlite3.Connection:
        """Connect, and make the schema if the file is new. Another command holding the write
        lock is waited for, up to OPEN_TIMEOUT, then named (never taken for damage)."""
        deadline = time.monotonic() + OPEN_TIMEOUT
        while True:
            try:
                return self._try_open()
            except sqlite3.Error as exc:
                if not is_busy(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise LibraryError(busy_message(self.path)) from None
                time.sleep(0.05)  # switching to WAL, for one, does not wait for the lock

    def _try_open(self) -> sqlite3.Connection:
        """A library whose schema is current is opened without writing: a reader needs no lock,
        so it lists and searches while another command holds a long write transaction."""
        con = self._connect()
        try:
            current = self._current(con)  # before switching to WAL, which writes the file's header
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            if not current:
                con.execute("BEGIN IMMEDIATE")
                if not self._current(con):  # read again under the lock: another one may have made it
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            con.execute(statement)
                    for statement in _FTS_TABLES if self.fts else ():
                        con.execute(statement)
                    con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                con.commit()
            for statement in _FTS_VOCABULARIES if self.fts else ():
                con.execute(statement)  # temporary, of this connection: no lock on the file
        except BaseException:
            con.close()
            raise
        return con

    def _current(self, con: sqlite3.Connection) -> bool:
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
                return tables >= (_TABLES | _FTS_NAMES if self.fts else _TABLES)
        foreign = sorted(t for t in tables if t.split("_")[0] not in _TABLES | _FTS_NAMES and
                         not t.startswith("sqlite_"))
        if foreign:
            raise LibraryError(f"这是另一个程序的 SQLite 数据库，不是文库，未作改动 / This is another program's "
                               f"SQLite database, not a library; it was left untouched: {self.path}")
        return False

    def _fails_check(self) -> bool:
        """After an error that does not say: whether SQLite finds the file damaged."""
        try:
            con = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=1)
            try:
                return bool(con.execute("PRAGMA quick_check").fetchone()[0] != "ok")
            finally:
                con.close()
        except sqlite3.Error as exc:
            return is_damaged(exc)

    def _rebuild(self, error: str) -> sqlite3.Connection:
        """Keep the damaged file (or the library of another version) aside, start a new one, and
        keep the paths it still lists."""
        paths = self._salvage_paths()
        aside = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            raise LibraryError(f"文库文件已损坏且无法移开 / The library file is damaged and cannot be "
                               f"moved aside: {self.path} ({exc.strerror or exc})") from None
        con = self._open()
        now = time.time()
        con.executemany(
            "INSERT OR IGNORE INTO files (path, size, mtime_ns, status, reason, added)"
            " VALUES (?, -1, -1, 'failed', ?, ?)",
            [(p, "文库已重建，请重新添加 / library rebuilt: add again", now) for p in paths])
        con.commit()
        self.warning = (f"文库文件无法使用（{error}），已移至 {aside} 并重建；"
                        f"{len(paths)} 份报告需重新添加 / The library file was damaged or of another "
                        f"version ({error}) and was moved to {aside}; a new one was made "
                        f"({len(paths)} reports to add again)")
        return con

    def _salvage_paths(self) -> list[str]:
        try:
            con = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True)
            try:
                return [r[0] for r in con.execute("SELECT path FROM files")]
            finally:
                con.close()
        except sqlite3.Error:
            return []

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
                self.con.execute(f"PRAGMA busy_timeout = {int(OPEN_TIMEOUT * 1000)}")
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

    def _candidates(self, needle: str) -> tuple[str, tuple[object, ...]]:
        """SQL for the ids of the segments that may hold needle (folded), and its parameters."""
        if self.fts and len(needle) >= 3:
            return "SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?", (_phrase(needle),)
        return "SELECT id FROM segments WHERE instr(folded, ?) > 0", (needle,)

    def _segments(self) -> dict[int, tuple[list[int], list[int]]]:
        """Per document: its segments' starts in the folded text and their ids, in reading order
        (kept until the next write)."""
        self._check_version()
        if self._segment_map is None:
            table: dict[int, tuple[list[int], list[int]]] = {}
            rows = self.con.execute("SELECT id, doc_id, fstart FROM segments ORDER BY doc_id, start")
            for seg_id, doc_id, start in rows:
                starts, ids = table.setdefault(doc_id, ([], []))
                starts.append(start)
                ids.append(seg_id)
            self._segment_map = table
        return self._segment_map

    def _segment_owner(self) -> dict[int, int]:
        """Segment id → document id (kept until the next write)."""
        segments = self._segments()
        if self._owner_map is None or self._owner_source is not segments:
            self._owner_map = {seg: doc_id for doc_id, (_starts, ids) in segments.items() for seg in ids}
            self._owner_source = segments
        return self._owner_map

    def _pair_positions(self, needle: str) -> dict[int, tuple[int, int]] | None:
        """For a one- or two-character needle, from the pairs index: per document its count and
        the folded position of its first occurrence. None where the index cannot say (no FTS5;
        'AA', whose overlapping pairs are not separate occurrences)."""
        if not self.fts or len(needle) > 2 or (len(needle) == 2 and needle[0] == needle[1]):
            return None
        token = "".join(f"{ord(c):06x}" for c in needle)
        params: tuple[str, ...] = (token,)
        if len(needle) == 2:
            where = "term = ?"
        else:  # every pair that starts with the character
            where, params = "term >= ? AND term < ?", (token, token + "g")  # hex digits sort below g
        out: dict[int, tuple[int, int]] = {}
        rows = self.con.execute(
            f"SELECT doc, COUNT(*), MIN(offset * 2 + (col = 'b')) FROM temp.pairs_at WHERE {where}"
            f" GROUP BY doc", params)
        for doc_id, n, first in rows:
            out[int(doc_id)] = (int(n), int(first))
        return out

    def _trigram_positions(self, needle: str) -> dict[int, list[int]] | None:
        """For a needle of three or more characters, from the trigram index: per segment the
        (folded) offsets where it starts. A position holds the needle when the trigrams at every
        third character of it (and the last) are there; no text is read."""
        if not self.fts or len(needle) < 3:
            return None
        deltas = sorted({*range(0, len(needle) - 2, 3), len(needle) - 3})
        found: set[tuple[int, int]] | None = None
        for delta in deltas:
            cursor = self.con.cursor()
            cursor.row_factory = None  # plain tuples, built in C, go straight into the set
            here = set(cursor.execute("SELECT doc, offset - ? FROM temp.trigrams_at WHERE term = ?",
                                      (delta, needle[delta: delta + 3])).fetchall())
            found = here if found is None else found & here
            if not found:
                return {}
        positions: dict[int, list[int]] = {}
        for seg, offset in sorted(found or ()):
            kept = positions.setdefault(seg, [])
            if not kept or offset >= kept[-1] + len(needle):  # occurrences do not overlap (as str.count)
                kept.append(offset)
        return positions

    def counts(self, term: str) -> dict[int, int]:
        """Occurrences of term per document (present ones and missing ones alike)."""
        return {doc_id: n for doc_id, (n, _seg) in self._counts_and_first(fold(term)).items()}

    def _counts_and_first(self, needle: str) -> dict[int, tuple[int, int | None]]:
        """Per document: the needle's count, and the id of the first segment holding it (if known)."""
        if not needle:
            return {}
        pairs = self._pair_positions(needle)
        if pairs is not None:
            segments = self._segments()
            out: dict[int, tuple[int, int | None]] = {}
            for doc_id, (n, first) in pairs.items():
                seg: int | None = None
                if doc_id in segments:
                    starts, ids = segments[doc_id]
                    seg = ids[max(0, bisect.bisect_right(starts, first) - 1)]
                out[doc_id] = (n, seg)
            return out
        trigrams = self._trigram_positions(needle)
        if trigrams is not None:
            owner = self._segment_owner()
            result: dict[int, tuple[int, int | None]] = {}
            for seg_id in sorted(trigrams):
                owner_id = owner.get(seg_id)
                if owner_id is not None:
                    count, first_seg = result.get(owner_id, (0, seg_id))
                    result[owner_id] = (count + len(trigrams[seg_id]), first_seg)
            return result
        cand, params = self._candidates(needle)  # without FTS5: a scan
        rows = self.con.execute(
            f"SELECT doc_id, SUM((length(folded) - length(replace(folded, ?, ''))) / ?), MIN(id)"
            f" FROM segments WHERE id IN ({cand}) GROUP BY doc_id", (needle, len(needle), *params))
        return {int(d): (int(n), int(first)) for d, n, first in rows if n}

    def search(self, term: str, hits_per_report: int = 3) -> list[SearchResult]:
        """Reports holding term, most hits first; each with its count and its first hits (those
        in the first section that holds it)."""
        found = self._counts_and_first(fold(term))
        if not found:
            return []
        docs = self._primary()
        ranked = [(doc_id, n) for doc_id, (n, _seg) in found.items() if doc_id in docs]
        ranked.sort(key=lambda item: (-item[1], -(docs[item[0]]["year"] or 0), docs[item[0]]["path"]))
        first = self._first_hits(term, {d: found[d][1] for d, _ in ranked}, hits_per_report)
        return [SearchResult(doc_id, docs[doc_id]["path"], docs[doc_id]["title"], docs[doc_id]["year"],
                             docs[doc_id]["place"] or "", n, tuple(first.get(doc_id, ())))
                for doc_id, n in ranked]

    def _first_hits(self, term: str, first_segment: dict[int, int | None], limit: int) -> dict[int, list[SearchHit]]:
        if limit <= 0 or not first_segment:
            return {}
        out: dict[int, list[SearchHit]] = {}
        known = [seg for seg in first_segment.values() if seg is not None]
        for chunk in range(0, len(known), 900):  # SQLite's limit on parameters
            ids = known[chunk: chunk + 900]
            rows = self.con.execute(
                f"SELECT doc_id, label, start, text, folded FROM segments WHERE id IN ({','.join('?' * len(ids))})",
                ids)
            for doc_id, label, start, text, folded in rows:
                out[doc_id] = segment_hits(label, start, text, folded, fold(term), limit)
        for doc_id, seg in first_segment.items():
            if seg is None or not out.get(doc_id):
                out[doc_id] = self.hits_in(doc_id, term, limit)
        return out

    def hits_in(self, doc_id: int, term: str, limit: int = 10_000) -> list[SearchHit]:
        """Every hit of term in one report, in reading order (the view's expanded result)."""
        needle = fold(term)
        if not needle:
            return []
        hits: list[SearchHit] = []
        rows = self.con.execute(
            "SELECT label, start, text, folded FROM segments WHERE doc_id = ? AND instr(folded, ?) > 0 ORDER BY start",
            (doc_id, needle))
        for label, start, text, folded in rows:  # read lazily: a break leaves the rest unread
            hits += segment_hits(label, start, text, folded, needle, limit - len(hits))
            if len(hits) >= limit:
                break
        return hits

    def trend(self, term: str) -> list[TrendPoint]:
        """The term's count in every report, by year (zero where it does not occur)."""
        counts = self.counts(term) if fold(term) else {}
        points = [TrendPoint(r["id"], r["path"], r["year"], r["place"] or "", counts.get(r["id"], 0))
                  for r in self._primary().values()]
        points.sort(key=lambda p: (p.year is None, p.year or 0, p.place, p.path))
        return points

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
