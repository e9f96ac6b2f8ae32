"""Adding files and folders to the library: skip what is unchanged, list what fails, go on.

Runs in whatever thread calls it (the window runs it on a worker with its own Library); reports
progress through a callback and stops when asked to: between two files, between reading a file
and parsing it, and, when worker processes parse, without waiting for the parse under way.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future, wait
from dataclasses import dataclass, field
from pathlib import Path

from ..model.errors import ReportError
from ..model.formats import SUFFIXES
from ..model.reading import read_report_file
from ..sqlite_file import is_busy
from .db import Library
from .records import Prepared, prepare
from .schema import LibraryError, busy_message

# What a folder is searched for: the formats the reader opens. A file of another kind given by
# name is tried all the same, and listed with the parser's reason if it cannot be read.
REPORT_SUFFIXES = tuple(suffix for suffixes in SUFFIXES.values() for suffix in suffixes)


_COMMIT_SECONDS = 2.0
_POOL_MIN = 40  # files; fewer are parsed in this process
_LONG_PARSE = 1 << 20  # bytes: a file this big is parsed in this process only after a commit
_POLL_SECONDS = 0.1  # how often a wait for a worker's parse looks for a cancel


@dataclass
class IndexResult:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unchanged since the last add
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, path with the same bytes)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    cancelled: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "added": len(self.added),
            "skipped": len(self.skipped),
            "duplicates": [{"path": p, "same_as": q} for p, q in self.duplicates],
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "cancelled": self.cancelled,
        }


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the report files inside folders (recursively, hidden ones left out)."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        # '/a/b/../c' is kept as '/a/c': the path the library shows and the one a file is known by
        # (symbolic links are left as the user named them)
        p = Path(os.path.normpath(Path(raw).expanduser().absolute()))
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(root, f) for f in files
                          if not f.startswith(".") and Path(f).suffix.lower() in REPORT_SUFFIXES]
            candidates = sorted(found)
        else:
            candidates = [p]
        for c in candidates:
            if c not in seen:
                seen.add(c)
                out.append(c)
    return out


Progress = Callable[[int, int, str], None]  # (done, total, path)


def prepare_report(data: bytes, path: str) -> Prepared | str:
    """Parse a file's bytes (read once, with the reader's guards, by _check) and make them ready to
    store, or say why not (run in a worker process too)."""
    from ..model import parse_bytes

    name = Path(path)
    try:
        doc = parse_bytes(data, name.stem, name.name)
    except ReportError as exc:
        return str(exc)
    except Exception as exc:  # a parser bug must not stop the other files
        return f"内部错误 / Internal error: {exc!r}"
    return prepare(doc, path)


def _workers(files: int, wanted: int | None) -> int:
    """Worker processes for parsing: none for a few files (starting one costs about 0.3 s) or
    in a frozen bundle (no interpreter to start them with); else one per core, up to two."""
    if wanted is not None:
        return wanted
    if files < _POOL_MIN or getattr(sys, "frozen", False):
        return 0
    return min(2, os.cpu_count() or 1) if (os.cpu_count() or 1) > 1 else 0


def add_paths(library: Library, paths: Iterable[str | Path], progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> IndexResult:
    """Add files and folders. With many files, parsing runs in worker processes while this one
    stores (the database has one writer); results are stored in the order of the files. Another
    command holding the write lock longer than the library's busy timeout stops the run with a
    LibraryError (what was committed stays; the next add goes on from there)."""
    try:
        return _add_paths(library, paths, progress, cancelled, workers)
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise
        with contextlib.suppress(sqlite3.Error):
            library.con.rollback()
        raise LibraryError(busy_message(library.path)) from None


def _add_paths(library: Library, paths: Iterable[str | Path], progress: Progress | None,
               cancelled: Callable[[], bool] | None, workers: int | None) -> IndexResult:
    files = expand(paths)
    result = IndexResult()
    last_commit = time.monotonic()
    count = _workers(len(files), workers)
    pool = None
    if count:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"))
    pending: _Pending = deque()
    asked = cancelled if cancelled is not None else _never
    try:
        for done, path in enumerate(files):
            if asked():
                result.cancelled = True
                break
            if progress is not None:
                progress(done, len(files), str(path))
            checked = _check(library, path, result)
            if checked is not None and pool is None and checked[0].size > _LONG_PARSE and library.con.in_transaction:
                library.commit()  # a long parse here must not keep other commands from writing
                last_commit = time.monotonic()
            if checked is not None:
                if asked():  # the read may have taken a while, and the parse may too
                    result.cancelled = True
                    break
                entry, data = checked
                pending.append((entry, pool.submit(prepare_report, data, entry.key) if pool
                                else prepare_report(data, entry.key)))
                del checked, data  # a worker has its copy: the bytes of one file at a time here
            if not _store_ready(library, pending, result, asked, keep=2 * count):
                break
            # Every two seconds: a crash loses little, and a commit per report (each flushes the
            # full-text indexes) cost a third of the time of 1,000 reports here.
            if time.monotonic() - last_commit > _COMMIT_SECONDS:
                library.commit()
                last_commit = time.monotonic()
        if not result.cancelled:
            _store_ready(library, pending, result, asked, keep=0)
    finally:
        if pool is not None:
            _stop(pool, finish=not result.cancelled)
    library.drop_orphans()
    library.commit()
    if progress is not None and not result.cancelled:
        progress(len(files), len(files), "")
    return result


def _never() -> bool:
    return False


def _store_ready(library: Library, pending: _Pending, result: IndexResult, cancelled: Callable[[], bool],
                 keep: int) -> bool:
    """Store the parsed reports at the head of the queue, in order; wait for a worker's parse only
    while more than keep are queued, looking for a cancel meanwhile. False when cancelled."""
    while pending:
        outcome = pending[0][1]
        if isinstance(outcome, Future) and not outcome.done():
            if len(pending) <= keep:
                return True
            while not outcome.done():
                if cancelled():
                    result.cancelled = True
                    return False
                wait([outcome], timeout=_POLL_SECONDS)
        _store(library, *pending.popleft(), result)
    return True


def _stop(pool: Executor, finish: bool) -> None:
    """Shut the worker processes down: after their work, or, on a cancel, at once (a parse under way
    is not waited for: the processes are ended)."""
    if finish:
        pool.shutdown(wait=True, cancel_futures=True)
        return
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    # Before 3.14 there is no public way: the processes are taken before shutdown forgets them.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


@dataclass(frozen=True)
class _Checked:
    key: str
    size: int
    mtime: int
    digest: str


_Pending = deque[tuple[_Checked, "Future[Prepared | str] | Prepared | str"]]


def _check(library: Library, path: Path, result: IndexResult) -> tuple[_Checked, bytes] | None:
    """Everything short of parsing: skip what is unchanged, fail what cannot be read (through the
    reader's guards: a pipe, a device or a file over the size limit is refused, not read), link a
    copy of a report already stored. Returns what is left to parse and its bytes, or None."""
    key = str(path)
    row = library.file_row(key)
    try:
        st = path.stat()
    except OSError as exc:
        reason = "找不到文件 / File not found" if isinstance(exc, FileNotFoundError) else \
            f"无法读取文件 / Cannot read file ({exc.strerror or exc})"
        _failed(library, result, key, 0, 0, None, reason)
        return None
    if path.is_dir():
        _failed(library, result, key, 0, 0, None, "这是一个文件夹 / Is a folder")
        return None
    size, mtime = st.st_size, st.st_mtime_ns
    unchanged = row is not None and row["fingerprint"] == library.fingerprint
    if unchanged and row is not None and (row["size"], row["mtime_ns"]) == (size, mtime) and \
            row["status"] in ("ok", "missing", "failed"):
        if row["status"] == "missing":
            library.touch_file(key, size, mtime)
        result.skipped.append(key)
        return None
    try:
        data, digest = read_report_file(path)
    except ReportError as exc:
        _failed(library, result, key, size, mtime, None, str(exc))
        return None
    if unchanged and row is not None and row["hash"] == digest and row["status"] == "ok":
        library.touch_file(key, size, mtime)  # touched, not changed
        result.skipped.append(key)
        return None
    checked = _Checked(key, size, mtime, digest)
    return None if _link_copy(library, checked, result) else (checked, data)


def _link_copy(library: Library, checked: _Checked, result: IndexResult) -> bool:
    """A file whose bytes are a report already stored points to it (a duplicate if that one's
    file is still there)."""
    doc_id = library.doc_for_hash(checked.digest)
    if doc_id is None:
        return False
    same = library.con.execute(
        "SELECT path FROM files WHERE doc_id = ? AND status = 'ok' AND path != ? ORDER BY id LIMIT 1",
        (doc_id, checked.key)).fetchone()
    if same is not None:
        result.duplicates.append((checked.key, same[0]))
    library.set_file(checked.key, checked.size, checked.mtime, checked.digest, doc_id, "ok")
    result.added.append(checked.key)
    return True


def _store(library: Library, checked: _Checked, outcome: Future[Prepared | str] | Prepared | str,
           result: IndexResult) -> None:
    if isinstance(outcome, Future):
        try:
            outcome = outcome.result()
        except Exception as exc:  # the worker process died (out of memory, killed)
            outcome = f"内部错误 / Internal error: {exc!r}"
    if isinstance(outcome, str):
        _failed(library, result, checked.key, checked.size, checked.mtime, checked.digest, outcome)
        return
    library.begin()  # from here to the commit, no other command stores a report
    row = library.file_row(checked.key)
    if row is not None and (row["hash"], row["fingerprint"], row["status"]) == \
            (checked.digest, library.fingerprint, "ok") and row["doc_id"] is not None:
        library.touch_file(checked.key, checked.size, checked.mtime)  # another command added it meanwhile
        result.skipped.append(checked.key)
        return
    if _link_copy(library, checked, result):  # the same bytes came twice in this batch, or from another command
        return
    doc_id = library.store(outcome, checked.digest)
    library.set_file(checked.key, checked.size, checked.mtime, checked.digest, doc_id, "ok")
    result.added.append(checked.key)


def _failed(library: Library, result: IndexResult, key: str, size: int, mtime: int, digest: str | None,
            reason: str) -> None:
    library.set_file(key, size, mtime, digest, None, "failed", reason)
    result.failed.append((key, reason))
