"""Bytes or a path in, one Python string out, or a ReportError that says why not."""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import ReportError

# Encodings tried in order after the byte-order marks; GB18030 is a superset of GBK and GB2312.
_FALLBACKS = ("utf-8", "gb18030")
_MAX_BYTES = 256 * 1024 * 1024


def read_report_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise ReportError(f"这是一个文件夹，不是报告文件 / Is a folder, not a report: {p}")
        size = p.stat().st_size
        if size > _MAX_BYTES:
            raise ReportError(f"文件太大（{size // (1024 * 1024)} MB） / File too large: {p}")
        return p.read_bytes()
    except FileNotFoundError:
        raise ReportError(f"找不到文件 / File not found: {p}") from None
    except PermissionError:
        raise ReportError(f"没有权限读取文件 / Permission denied: {p}") from None
    except OSError as exc:
        raise ReportError(f"无法读取文件 / Cannot read file: {p} ({exc.strerror or exc})") from None


def decode_report(data: bytes) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 (BOM) or GB18030; unify line ends to LF."""
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
        raise ReportError("这不是文本文件（含有 NUL 字节） / Not a text file (NUL bytes)")
    for encoding in _FALLBACKS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReportError("无法识别文件编码（支持 UTF-8、UTF-16、GB18030/GBK） / Unknown text encoding")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ReportError(f"文件不是有效的 {encoding.upper()} 文本 / Invalid {encoding} text") from None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\t\f\v")
    return controls > max(8, len(sample) // 100)
