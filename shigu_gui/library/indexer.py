"""Adding files and folders to the library: skip what is unchanged, list what fails, go on.

Runs in whatever thread calls it (the window runs it on a worker with its own Library); reports
progress through a callback and stops between two files when asked to.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..model.errors import ReportError
from .db import Library, file_digest

# What a folder is searched for: the formats the reader opens. A file of another kind given by
# name is tried all the same, and listed with the parser's reason if it cannot be read.
REPORT_SUFFIXES = (".txt", ".text", ".docx", ".pdf", ".html", ".htm")


_COMMIT_SECONDS = 2.0


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


def parse_file(path: Path) -> object:
    """The reader's one way of reading a file (every format it opens)."""
    from ..model import load_report

    return load_report(path)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the report files inside folders (recursively, hidden ones left out)."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw).expanduser().absolute()
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


def add_paths(library: Library, paths: Iterable[str | Path], progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> IndexResult:
    files = expand(paths)
    result = IndexResult()
    last_commit = time.monotonic()
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        if progress is not None:
            progress(done, len(files), str(path))
        add_file(library, path, result)
        # Every two seconds: a crash loses little, and a commit per report (each flushes the full-
        # text indexes) cost a third of the time of 1,000 reports here.
        if time.monotonic() - last_commit > _COMMIT_SECONDS:
            library.commit()
            last_commit = time.monotonic()
    library.drop_orphans()
    library.commit()
    if progress is not None and not result.cancelled:
        progress(len(files), len(files), "")
    return result


def add_file(library: Library, path: Path, result: IndexResult) -> None:
    key = str(path)
    row = library.file_row(key)
    try:
        st = path.stat()
    except OSError as exc:
        reason = "找不到文件 / File not found" if isinstance(exc, FileNotFoundError) else \
            f"无法读取文件 / Cannot read file ({exc.strerror or exc})"
        _failed(library, result, key, 0, 0, None, reason)
        return
    if path.is_dir():
        _failed(library, result, key, 0, 0, None, "这是一个文件夹 / Is a folder")
        return
    size, mtime = st.st_size, st.st_mtime_ns
    unchanged = row is not None and row["fingerprint"] == library.fingerprint
    if unchanged and row is not None and (row["size"], row["mtime_ns"]) == (size, mtime) and \
            row["status"] in ("ok", "missing", "failed"):
        if row["status"] == "missing":
            library.touch_file(key, size, mtime)
        result.skipped.append(key)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        _failed(library, result, key, size, mtime, None, f"无法读取文件 / Cannot read file ({exc.strerror or exc})")
        return
    digest = file_digest(data)
    if unchanged and row is not None and row["hash"] == digest and row["status"] == "ok":
        library.touch_file(key, size, mtime)  # touched, not changed
        result.skipped.append(key)
        return
    doc_id = library.doc_for_hash(digest)
    if doc_id is None:
        try:
            doc = parse_file(path)
        except ReportError as exc:
            _failed(library, result, key, size, mtime, digest, str(exc))
            return
        except Exception as exc:  # a parser bug must not stop the other files
            _failed(library, result, key, size, mtime, digest, f"内部错误 / Internal error: {exc!r}")
            return
        from ..model.document import Document

        assert isinstance(doc, Document)
        doc_id = library.add_document(doc, key, digest)
    else:
        same = library.con.execute(
            "SELECT path FROM files WHERE doc_id = ? AND status = 'ok' AND path != ? ORDER BY id LIMIT 1",
            (doc_id, key)).fetchone()
        if same is not None:
            result.duplicates.append((key, same[0]))
    library.set_file(key, size, mtime, digest, doc_id, "ok")
    result.added.append(key)


def _failed(library: Library, result: IndexResult, key: str, size: int, mtime: int, digest: str | None,
            reason: str) -> None:
    library.set_file(key, size, mtime, digest, None, "failed", reason)
    result.failed.append((key, reason))
