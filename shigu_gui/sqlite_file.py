"""What the marks store and the library both need to know about an SQLite file before and after
opening it: is it a regular file (a FIFO or a device would block sqlite3.connect), does it start
like an SQLite database, and is an error "busy" (another connection holds the lock: wait, never
set aside) or "damaged" (SQLite says the file is not a database, or malformed). No Qt."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file
_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED (the primary code of any extended one)
_DAMAGED = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    return code & 0xFF if isinstance(code, int) else None


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock (after the busy timeout, or at once where SQLite does not wait)."""
    code = _code(exc)
    if code is not None:
        return code in _BUSY
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def is_damaged(exc: sqlite3.Error) -> bool:
    """SQLite says the file is not a database, or that its contents are malformed."""
    code = _code(exc)
    if code is not None:
        return code in _DAMAGED
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "file is encrypted" in text


def special_file(path: Path) -> tuple[str, str] | None:
    """Why path cannot be an SQLite file, in Chinese and in English (a FIFO, a device, a folder),
    or None: absent or a regular file (a symbolic link counts as what it points to)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # absent, or cannot tell: sqlite3.connect will say why
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "是一个文件夹", "is a folder"
    return "不是普通文件（管道或设备）", "is not a regular file (a pipe or a device)"


def looks_like_sqlite(path: Path) -> bool:
    """True for a file that is empty, absent, or starts with SQLite's header (call special_file
    first: reading a FIFO would block)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            head = os.read(fd, len(HEADER))
        finally:
            os.close(fd)
    except FileNotFoundError:
        return True
    except OSError:
        return True  # cannot tell: sqlite3.connect will say why
    return not head or head == HEADER
