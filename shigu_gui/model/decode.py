"""Bytes or a path in, one Python string out, or a ReportError that says why not."""

from __future__ import annotations

import codecs
import os
import re
import stat
from functools import cache
from pathlib import Path

from .errors import ReportError

# Encodings tried in order after the byte-order marks; GB18030 is a superset of GBK and GB2312.
_FALLBACKS = ("utf-8", "gb18030")
MAX_BYTES = 200 * 1024 * 1024  # the longest reports are a few MB; a file this large is not one
_KINDS = {stat.S_IFIFO: "管道", stat.S_IFSOCK: "套接字", stat.S_IFCHR: "字符设备", stat.S_IFBLK: "块设备"}


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


def decode_report(data: bytes) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 (BOM or not) or GB18030; unify line ends to LF."""
    if not data.strip(b" \t\r\n\x00"):
        raise ReportError("文件是空的 / The file is empty")
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise ReportError("这不是文本文件（看起来是二进制数据） / Not a text file (binary data)")
    if not text.strip():
        raise ReportError("文件是空的 / The file is empty")
    return text


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise ReportError("这不是文本文件（含有 NUL 字节） / Not a text file (NUL bytes)")
        return text
    for encoding in _FALLBACKS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReportError("无法识别文件编码（支持 UTF-8、UTF-16、GB18030/GBK） / Unknown text encoding")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some Windows tools do). Both byte orders are tried;
    the one that reads as text (mostly CJK, punctuation and ASCII; the wrong order turns ASCII into
    Gurmukhi, Bopomofo and such) wins, and when neither does the bytes are binary after all. (The
    NUL bytes' side alone misleads: 一 and the ideographic space have a NUL low byte, and an old
    report may have more of them than ASCII characters.)"""
    if len(data) % 2:
        return None
    best, best_score = None, 0.95
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _text_score(text)
        if score >= best_score:
            best, best_score = text, score
    return best


# Compiled when first used (~2 ms each for these two classes: not on the way to a cached report).
@cache
def _textlike() -> re.Pattern[str]:
    return re.compile(r"[\t\n\r\x20-\x7e\xa0-\xff\u2000-\u206f\u2460-\u25ff\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _text_score(text: str) -> float:
    """The share of characters a Chinese report is made of, in the first 64K."""
    sample = text[:65536]
    return len(_textlike().findall(sample)) / max(1, len(sample))


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ReportError(f"文件不是有效的 {encoding.upper()} 文本 / Invalid {encoding} text") from None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\t\f\v")
    return controls > max(8, len(sample) // 100)


@cache
def _surrogate() -> re.Pattern[str]:
    return re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """A str may hold surrogate code points (from surrogateescape decoding, JSON, a fuzzer) that no
    encoding accepts: pairs are joined into their character, a lone one becomes the visible escape
    \\udc80, so that the text can always be hashed, encoded and shown."""
    if not _surrogate().search(text):
        return text
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return _surrogate().sub(lambda m: f"\\u{ord(m.group()):04x}", joined)
