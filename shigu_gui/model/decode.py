"""Bytes in, one Python string out, or a ReportError that says why not (files are read in reading.py)."""

from __future__ import annotations

import codecs
import re
from functools import cache
from typing import NamedTuple

from .errors import ReportError

# Encodings tried in order after the byte-order marks; GB18030 is a superset of GBK and GB2312.
_FALLBACKS = ("utf-8", "gb18030")
# A text that is none of them strictly is shown with its damage marked (U+FFFD) when one of them
# reads it with few errors: at most this many, or one per this many characters (a byte lost in a
# copy, a file cut in the middle of a character). More is another encoding, or no text at all.
_FEW_ERRORS = 8
_CHARS_PER_ERROR = 1000
_REPLACEMENT = "\ufffd"


class Decoded(NamedTuple):
    text: str
    damaged: int  # places where the bytes were not valid in their encoding, each shown as U+FFFD


def decode_report(data: bytes) -> Decoded:
    """Decode UTF-8 (BOM or not), UTF-16 (BOM or not) or GB18030; unify line ends to LF. A UTF-8
    or GB18030 text with a few damaged bytes is decoded with each damaged place marked by U+FFFD."""
    if not data.strip(b" \t\r\n\x00"):
        raise ReportError("文件是空的 / The file is empty")
    text, damaged = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise ReportError("这不是报告文件：它不是文字，而是二进制数据 / Not a report file: binary data, not text")
    if not text.strip():
        raise ReportError("文件是空的 / The file is empty")
    return Decoded(text, damaged)


def damage_notice(damaged: int) -> str:
    """What the reader is told about a text decoded with its damaged places marked."""
    return f"文件中有 {damaged} 处字节损坏，已用 {_REPLACEMENT} 标出 / " \
           f"{damaged} damaged place{'s' if damaged != 1 else ''} in the file, marked with {_REPLACEMENT}"


def _decode(data: bytes) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(_strict(data, "utf-16").text, 0)
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise ReportError("这不是报告文件：它不是文字，而是二进制数据（含有 NUL 字节） / "
                              "Not a report file: binary data, not text (NUL bytes)")
        return Decoded(text, 0)
    for encoding in _FALLBACKS:
        try:
            return Decoded(data.decode(encoding), 0)
        except UnicodeDecodeError:
            continue
    damaged = _with_damage(data, _FALLBACKS)
    if damaged is None:
        raise ReportError("无法识别文件编码（支持 UTF-8、UTF-16、GB18030/GBK） / Unknown text encoding")
    return damaged


def _with_damage(data: bytes, encodings: tuple[str, ...]) -> Decoded | None:
    """The decoding with the fewest errors (the first on a tie), its errors replaced by U+FFFD, if
    they are few. A GB18030 text read as UTF-8 has an error at nearly every character, and a UTF-8
    one read as GB18030 one at most line ends, so the fewest errors name the encoding."""
    best: Decoded | None = None
    for encoding in encodings:
        text = data.decode(encoding, "replace")
        # U+FFFD written in the file itself is no damage
        errors = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode(encoding))
        if best is None or errors < best.damaged:
            best = Decoded(text, errors)
    if best is None or best.damaged > max(_FEW_ERRORS, len(best.text) // _CHARS_PER_ERROR):
        return None
    return best


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


def _strict(data: bytes, encoding: str) -> Decoded:
    """Text the byte-order mark says is in this encoding; with a few errors marked if UTF-8."""
    try:
        return Decoded(data.decode(encoding), 0)
    except UnicodeDecodeError:
        damaged = _with_damage(data, (encoding,)) if encoding == "utf-8" else None
        if damaged is None:
            raise ReportError(f"文件不是有效的 {encoding.upper()} 文本 / Invalid {encoding} text") from None
        return damaged


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
