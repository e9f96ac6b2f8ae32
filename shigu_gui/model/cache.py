"""Parsed reports kept on disk, so that opening a report again skips the parser.

The parser's import, its regular expressions and the parse cost about 15 ms of the window's
first 150 (the seed report; `make bench` shows both starts). A cache entry holds the report's bytes, its name, a
fingerprint of the parser's code and the Document; it is used only when all of them match, so an
edited report or a changed parser is parsed afresh. Only the model's own classes may be unpickled.
Anything wrong with the cache (missing, unreadable, damaged, full disk, a folder that cannot be
made) means: parse as usual. Each such failure is logged, none is raised.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import pickle
import sys
import zlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .document import Document
from .reading import read_report_bytes

FORMAT = 1
MAX_ENTRIES = 32
MAX_BYTES = 64 * 1024 * 1024
_SUFFIX = ".pickle"
_MODEL_DIR = Path(__file__).resolve().parent
_log = logging.getLogger(__name__)


def code_checksum(folder: Path) -> int:
    """A CRC of the Python sources under folder, names included; 0 where none can be read."""
    crc = 0
    for source in sorted(folder.rglob("*.py")):
        try:
            crc = zlib.crc32(source.relative_to(folder).as_posix().encode() + source.read_bytes(), crc)
        except OSError:
            continue
    return crc


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """Changes whenever the model's code does: a checksum of its sources, or where they are not
    files (a PyInstaller bundle keeps them inside the executable) the executable's size and time.
    Empty when neither can be read: then nothing is cached."""
    crc = code_checksum(_MODEL_DIR)
    if crc:
        return f"{FORMAT}:{crc:08x}"
    try:
        stat = Path(sys.executable).stat()
    except OSError:
        return ""
    return f"{FORMAT}:exe:{stat.st_size:x}:{stat.st_mtime_ns:x}"


def entry_path(cache_dir: Path, data: bytes) -> Path:
    return cache_dir / f"{zlib.crc32(data):08x}-{len(data):x}{_SUFFIX}"


class _ModelUnpickler(pickle.Unpickler):
    """Builds the model's dataclasses and nothing else: a cache file can't run code."""

    def find_class(self, module: str, name: str) -> type:
        if module == "shigu_gui.model.document" and name in ("Document", "Paragraph", "Section",
                                                             "GlossaryEntry", "Indicator"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a model class: {module}.{name}")


def read_entry(cache_dir: Path, data: bytes, source_name: str) -> Document | None:
    try:
        blob = entry_path(cache_dir, data).read_bytes()
    except FileNotFoundError:
        return None  # not cached yet: the usual case
    except OSError as exc:
        _log.warning("cache not readable in %s: %s", cache_dir, exc)
        return None
    try:
        entry = _ModelUnpickler(io.BytesIO(blob)).load()
    except Exception as exc:  # damaged, in whatever way: parse instead
        _log.warning("damaged cache entry ignored in %s: %s: %s", cache_dir, type(exc).__name__, exc)
        return None
    if not (isinstance(entry, tuple) and len(entry) == 4):
        return None
    fingerprint, name, source, doc = entry
    if fingerprint != parser_fingerprint() or name != source_name or source != data:
        return None
    return doc if isinstance(doc, Document) else None


def write_entry(cache_dir: Path, data: bytes, source_name: str, doc: Document) -> bool:
    """Save atomically (a reader never sees half a file); keep the newest MAX_ENTRIES."""
    target = entry_path(cache_dir, data)
    scratch = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        scratch.write_bytes(pickle.dumps((parser_fingerprint(), source_name, data, doc), protocol=5))
        os.replace(scratch, target)
    except Exception as exc:  # the cache is an optimisation: whatever went wrong, reading goes on
        _log.warning("parsed report not cached in %s: %s", cache_dir, exc)
        with contextlib.suppress(OSError):  # the folder is not there or not ours: nothing was left
            scratch.unlink(missing_ok=True)
        return False
    _prune(cache_dir)
    return True


def _prune(cache_dir: Path) -> None:
    """Keep the newest entries: at most MAX_ENTRIES of them and MAX_BYTES together (the newest always)."""
    try:
        stats = [(p, p.stat()) for p in cache_dir.glob(f"*{_SUFFIX}")]
        stats.sort(key=lambda item: item[1].st_mtime, reverse=True)
        total = 0
        for i, (entry, stat) in enumerate(stats):
            total += stat.st_size
            if i > 0 and (i >= MAX_ENTRIES or total > MAX_BYTES):
                entry.unlink(missing_ok=True)
    except OSError as exc:
        _log.warning("cache not pruned in %s: %s", cache_dir, exc)


def load_report_cached(path: str | Path, cache_dir: Path | None,
                       imported: Callable[[], None] | None = None) -> Document:
    """load_report, answered from the cache when the same bytes were parsed by the same parser.
    `imported` is called once every module this needs is imported (before the parse itself)."""
    data = read_report_bytes(path)
    name = Path(path).stem
    if not parser_fingerprint():
        cache_dir = None
    if cache_dir is not None:
        doc = read_entry(cache_dir, data, name)
        if doc is not None:
            return doc
    from .parser import parse_bytes  # the parser is imported only when there is parsing to do

    if imported is not None:
        imported()
    doc = parse_bytes(data, name, Path(path).name)
    if cache_dir is not None:
        write_entry(cache_dir, data, name, doc)
    return doc
