"""One import step per format (text, DOCX, PDF, web page), each giving the same plain report text.

The format is chosen by the bytes (a PDF's `%PDF`, a DOCX's zip holding word/document.xml, a page's
`<html`), the file name only breaking ties; the parser then sees text as if it had come from a .txt.
Each importer's library (python-docx, pypdfium2, selectolax) is imported only when such a file is
opened, so a plain-text report never pays for them.
"""

from __future__ import annotations

import os
import re
import stat
from functools import cache
from pathlib import PurePath
from typing import NamedTuple

from ..decode import damage_notice, decode_report
from ..errors import ReportError

TEXT, DOCX, PDF, HTML = "text", "docx", "pdf", "html"
# Every file name the open dialog offers and the library looks for in a folder, per format.
SUFFIXES = {TEXT: (".txt", ".text"), DOCX: (".docx",), PDF: (".pdf",),
            HTML: (".html", ".htm", ".xhtml", ".mhtml", ".mht")}

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .doc (and .xls, .ppt)
# Files that are plainly something else, by their first bytes: what they are, said to the reader.
_IMAGE, _ARCHIVE, _AUDIO, _VIDEO = ("一张图片", "an image"), ("一个压缩包", "an archive"), \
    ("一个音频文件", "an audio file"), ("一个视频文件", "a video")
_MAGIC: tuple[tuple[int, bytes, tuple[str, str], str], ...] = (  # offset, bytes, kind, format
    (0, b"\x89PNG\r\n\x1a\n", _IMAGE, "PNG"), (0, b"\xff\xd8\xff", _IMAGE, "JPEG"),
    (0, b"GIF87a", _IMAGE, "GIF"), (0, b"GIF89a", _IMAGE, "GIF"), (0, b"BM", _IMAGE, "BMP"),
    (8, b"WEBP", _IMAGE, "WebP"), (0, b"II*\x00", _IMAGE, "TIFF"), (0, b"MM\x00*", _IMAGE, "TIFF"),
    (0, b"\x00\x00\x01\x00", _IMAGE, "ICO"), (4, b"ftypheic", _IMAGE, "HEIC"), (4, b"ftypavif", _IMAGE, "AVIF"),
    (0, b"\x1f\x8b", _ARCHIVE, "gzip"), (0, b"7z\xbc\xaf\x27\x1c", _ARCHIVE, "7z"),
    (0, b"Rar!\x1a\x07", _ARCHIVE, "RAR"),
    (0, b"BZh", _ARCHIVE, "bzip2"), (0, b"\xfd7zXZ\x00", _ARCHIVE, "xz"), (0, b"(\xb5/\xfd", _ARCHIVE, "zstd"),
    (257, b"ustar", _ARCHIVE, "tar"),
    (0, b"ID3", _AUDIO, "MP3"), (0, b"\xff\xfb", _AUDIO, "MP3"), (0, b"\xff\xf3", _AUDIO, "MP3"),
    (0, b"fLaC", _AUDIO, "FLAC"), (0, b"OggS", _AUDIO, "Ogg"), (8, b"WAVE", _AUDIO, "WAV"),
    (8, b"AVI ", _VIDEO, "AVI"), (4, b"ftyp", _VIDEO, "MP4"), (0, b"\x1aE\xdf\xa3", _VIDEO, "Matroska/WebM"),
    (0, b"\x7fELF", ("一个程序", "a program"), "ELF"), (0, b"MZ", ("一个程序", "a program"), "Windows EXE"),
    (0, b"SQLite format 3\x00", ("一个数据库", "a database"), "SQLite"),
)


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # never in a text (\t \n \r \f and ESC aside)


def what_it_is(data: bytes) -> str | None:
    """The message for a file that is plainly not text (an image, an archive, audio, a video, a
    program), named by its first bytes; None for anything else. Only a file with control bytes in
    its head is named: a text that happens to begin with 'BM' or 'ID3' is read as text."""
    if not _CONTROL_BYTES.search(data[:1024]):
        return None
    for offset, magic, (chinese, english), name in _MAGIC:
        if data[offset: offset + len(magic)] == magic:
            if magic == b"BM" and len(data) >= 6 and int.from_bytes(data[2:6], "little") != len(data):
                continue  # 'BM' opens many a text: a bitmap also states its own size there
            if magic == b"MZ" and b"\x00" not in data[:64]:
                continue  # 'MZ…' as text; a program's header is full of NUL bytes
            return f"这不是报告文件：它是{chinese}（{name}） / Not a report file: it is {english} ({name})"
    return None


# At least this many Chinese characters, and a word every such report uses, or it is not a report.
_MIN_HAN = 200


@cache
def _page_patterns() -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """How a web page starts, and tags that make a .html file one. Compiled on first use: the
    window imports this module at start-up but sniffs only when a file is opened."""
    start = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                       re.IGNORECASE | re.DOTALL)
    return start, re.compile(rb"<(?:head|body|meta|title|div|p)[\s>]", re.IGNORECASE)


@cache
def _fragment_tags() -> re.Pattern[bytes]:
    """Block tags of a page's markup copied as text ('<h3> 2月26日上午…</h3><h3>…')."""
    return re.compile(rb"<(?:h[1-6]|p|div|br|span|section|article|table|tr|td|li|strong|b)[\s>/]", re.IGNORECASE)


_FRAGMENT_MIN_TAGS = 5  # a text with this many block tags near its start is markup, not a report's text


@cache
def _report_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Chinese characters, and the words every report uses."""
    return re.compile(r"[\u3400-\u9fff]"), re.compile(r"报告|代表|政府")


def sniff(data: bytes, name: str = "") -> str:
    """Which importer reads these bytes: the content decides, the name's suffix only for pages."""
    head = data[:4096]
    if b"%PDF-" in data[:1024]:
        return PDF
    if head.startswith(_ZIP):
        return DOCX
    page_start, page_tags = _page_patterns()
    if page_start.match(head) or _is_mhtml(head):
        return HTML
    suffix = PurePath(name).suffix.lower()
    if suffix in SUFFIXES[HTML] and page_tags.search(head):
        return HTML
    if b"<" in head and len(_fragment_tags().findall(head)) >= _FRAGMENT_MIN_TAGS:
        return HTML  # a page's markup saved as text: read as the page it is
    return TEXT


def _is_mhtml(head: bytes) -> bool:
    """A page saved as one file (Chrome's and Edge's "single file", IE's .mht): a MIME message."""
    lowered = head[:2048].lower()
    return lowered.lstrip().startswith((b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:")) and \
        b"multipart/related" in lowered


class Imported(NamedTuple):
    text: str
    notices: tuple[str, ...] = ()  # what the reader is told about the file (damage marked in the text)


def report_text(data: bytes, name: str = "") -> str:
    """The report's plain text, whatever the format; a ReportError (one sentence) when it has none."""
    return import_report(data, name).text


def import_report(data: bytes, name: str = "") -> Imported:
    """The report's plain text, whatever the format, and any notice about the file."""
    kind = sniff(data, name)
    if kind == TEXT:
        suffix = PurePath(name).suffix.lower()
        plainly = what_it_is(data)
        if plainly is not None:
            raise ReportError(plainly)
        if data.startswith(_OLE):
            raise ReportError("这是旧版 Word（.doc）文件，请先另存为 DOCX / An old Word .doc file: save it as DOCX")
        if suffix in SUFFIXES[DOCX]:
            raise ReportError("DOCX 文件已损坏（不是 ZIP 格式） / Damaged DOCX file (not a zip archive)")
        if suffix in SUFFIXES[PDF]:
            raise ReportError("PDF 文件已损坏（没有 PDF 文件头） / Damaged PDF file (no PDF header)")
        text, damaged = decode_report(data)
        return Imported(text, (damage_notice(damaged),) if damaged else ())
    if kind == DOCX:
        from .docx import docx_text

        text = docx_text(data)
    elif kind == PDF:
        from .pdf import pdf_text

        text = pdf_text(data)
    else:
        from .html import html_text

        text = html_text(data)
    _check_report(text, kind)
    return Imported(text)


_NOT_A_REPORT = {
    DOCX: "这份 Word 文档里没有政府工作报告的正文 / This Word document holds no report text",
    PDF: "这份 PDF 里没有政府工作报告的正文 / This PDF holds no report text",
    HTML: "这个网页里没有报告正文 / This web page holds no report text",
}


def _check_report(text: str, kind: str) -> None:
    """A document that is clearly something else (a form, a notice, a page of links) is refused
    with a message rather than shown as a report with no outline."""
    han, words = _report_patterns()
    if len(han.findall(text, 0, 200_000)) < _MIN_HAN or not words.search(text):
        raise ReportError(_NOT_A_REPORT[kind])


def needs_worker(path: str | PurePath) -> bool:
    """True for the formats whose import may take long enough to want the progress dialog (PDF,
    DOCX, and web pages, whose parse time grows with their nesting, not their size): the file's
    first bytes decide, as for reading it."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a pipe or a device would block the open
            return False
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return sniff(head, str(path)) in (PDF, DOCX, HTML)


def clipboard_text(html: str | None, text: str | None) -> str:
    """The clipboard as report text: its HTML flavour through the web-page importer (a browser's
    copy keeps <p> and <strong>), else, or when that holds no report, its plain text."""
    if html and html.strip():
        from .html import html_text

        try:
            extracted = html_text(html.encode("utf-8"), charset="utf-8")
            _check_report(extracted, HTML)
            return extracted
        except ReportError:
            if not (text and text.strip()):
                raise
    if not (text and text.strip()):
        raise ReportError("剪贴板里没有文字 / The clipboard holds no text")
    return text.replace("\r\n", "\n").replace("\r", "\n")

