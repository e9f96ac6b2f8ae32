"""A report file → its bytes (and their digest), with every guard: regular files only, the size
checked before reading, a bounded read. The reader, the cache and the library all read here."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

from .errors import ReportError

MAX_BYTES = 200 * 1024 * 1024  # the longest reports are a few MB; a file this large is not one
_KINDS = {stat.S_IFIFO: "管道", stat.S_IFSOCK: "套接字", stat.S_IFCHR: "字符设备", stat.S_IFBLK: "块设备"}


class ReportBytes(NamedTuple):
    data: bytes
    digest: str  # sha256 of data, hex: the file's identity in the library


def read_report_file(path: str | Path) -> ReportBytes:
    """The bytes of a report file read once, and their digest (see read_report_bytes)."""
    data = read_report_bytes(path)
    return ReportBytes(data, bytes_digest(data))


def bytes_digest(data: bytes) -> str:
    import hashlib  # not on the window's way to a cached report, which reads here too

    return hashlib.sha256(data).hexdigest()


def read_report_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES. Anything else (a folder, a FIFO, a socket,
    a device such as /dev/zero) is refused before it is read: reading it could block for ever or
    never end. The file is opened without blocking and checked again once open (it may have been
    swapped for something else in between), then read up to one byte over the limit."""
    p = Path(path)
    try:
        _check_kind(p, os.stat(p))
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            opened = os.fstat(fd)
            _check_kind(p, opened)
            data = _read_at_most(fd, opened.st_size, MAX_BYTES + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise ReportError(f"找不到文件 / File not found: {p}") from None
    except PermissionError:
        raise ReportError(f"没有权限读取文件 / Permission denied: {p}") from None
    except OSError as exc:
        raise ReportError(f"无法读取文件 / Cannot read file: {p} ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise _too_large(p)
    return data


def _read_at_most(fd: int, expected: int, limit: int) -> bytes:
    """Read to the end or to limit bytes: the stated size first, then whatever the file grew by."""
    chunks = [os.read(fd, min(expected, limit) + 1)]
    total = len(chunks[0])
    while chunks[-1] and total < limit:
        chunks.append(os.read(fd, min(1 << 20, limit - total)))
        total += len(chunks[-1])
    return b"".join(chunks)


def _check_kind(p: Path, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise ReportError(f"这是一个文件夹，不是报告文件 / Is a folder, not a report: {p}")
    if not stat.S_ISREG(st.st_mode):
        raise ReportError(f"这不是普通文件（{_KINDS.get(stat.S_IFMT(st.st_mode), '特殊文件')}），无法作为报告打开 / "
                          f"Not a regular file (a pipe, socket or device): {p}")
    if st.st_size > MAX_BYTES:
        raise _too_large(p)


def _too_large(p: Path) -> ReportError:
    return ReportError(f"文件太大（超过 {MAX_BYTES // (1024 * 1024)} MB），不像是一份报告 / "
                       f"File too large (over {MAX_BYTES // (1024 * 1024)} MB): {p}")
