"""What a PDF may cost, checked before PDFium parses it: pages, characters, and the objects its
content streams draw, counted by unpacking every stream but pictures here (in slices, never whole)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...errors import ReportError
from .filters import ascii_decoded, inflated, lzw_decoded, run_length_decoded

# Limits checked before PDFium reads a page, which costs ~600 bytes for each object drawn: a 175 KB
# PDF whose content stream shows 20 M one-letter strings took 85 s and 11.6 GB. A report is at most
# a few hundred pages of a few thousand characters and a few hundred strings each.
MAX_PAGES = 2_000
MAX_OBJECTS = 500_000  # strings shown, paths painted, images and forms drawn, in all content streams
MAX_STREAM = 32 * 1024 * 1024  # one stream unpacked (PDFium unpacks a page's streams whole)
MAX_UNPACKED = 64 * 1024 * 1024  # all streams but pictures, unpacked (counted at ~25 ms a MB)
MAX_PAGE_CHARS = 100_000
MAX_CHARS = 3_000_000
_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_FILTERS = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
# Operators that make PDFium build an object: show text, paint a path, draw an image or form, shade.
_DRAWING = re.compile(rb"[\s\])>](?:Tj|TJ|'|\"|Do|BI|sh|[fFSsBb]\*?)(?=[\s\[(</%])")
_PICTURE_FILTERS = {b"DCTDecode", b"DCT", b"JPXDecode", b"CCITTFaxDecode", b"CCF", b"JBIG2Decode"}
_TOO_COMPLEX = ("此 PDF 的页面内容过于庞大（疑似恶意构造），拒绝打开 / "
                "This PDF's page content is too large (a crafted file?): refused")


def check_content(data: bytes) -> None:
    """Refuse a PDF whose streams unpack to more than a report's pages could hold, or draw more
    objects than they could, before PDFium parses any: every stream but pictures is unpacked here
    (in slices, never whole) and its drawing operators counted. Encrypted streams (unpacking
    garbage) are not counted: PDFium alone could read them."""
    unpacked = objects = 0
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - 16384): match.start()]
        header = head[head.rfind(b"obj") + 1:]  # the stream's dictionary, after "N 0 obj"
        filters = _filter_names(header)
        if b"/Image" in header or _PICTURE_FILTERS.intersection(filters):
            continue
        raw = _stream_bytes(data, match.end(), header)
        if not filters:  # none, or named by reference (/Filter 9 0 R): guessed from the bytes
            filters = _guessed_filters(raw)
        for chunk in _capped(_decoded(raw, filters)):
            unpacked += len(chunk)
            objects += len(_DRAWING.findall(chunk))
            if objects > MAX_OBJECTS or unpacked > MAX_UNPACKED:
                raise ReportError(_TOO_COMPLEX)


def _filter_names(header: bytes) -> list[bytes]:
    """The stream's filters, in the order they are undone."""
    found = _FILTERS.search(header)
    return re.findall(rb"/([^\s/\[\]<>()]+)", found.group(1)) if found else []


def _guessed_filters(raw: bytes) -> list[bytes]:
    """Flate for bytes that start as zlib does, LZW for a leading clear code; else none. A wrong
    guess stops at the first bytes that do not decode."""
    if len(raw) >= 2 and raw[0] & 0x0F == 8 and (raw[0] << 8 | raw[1]) % 31 == 0:
        return [b"FlateDecode"]
    return [b"LZWDecode"] if raw[:1] == b"\x80" else []


def _decoded(raw: bytes, filters: list[bytes]) -> Iterable[bytes]:
    """The stream's bytes with its filters undone, in slices; nothing for a filter not known here."""
    chunks: Iterable[bytes] = (raw,)
    for name in filters:
        whole = b"".join(_capped(chunks))  # a filter after an unpacking one: at most MAX_STREAM
        if name in (b"ASCII85Decode", b"A85", b"ASCIIHexDecode", b"AHx"):
            chunks = (ascii_decoded(whole, name),)
        elif name in (b"FlateDecode", b"Fl"):
            chunks = inflated(whole)
        elif name in (b"LZWDecode", b"LZW"):
            chunks = lzw_decoded(whole)
        elif name in (b"RunLengthDecode", b"RL"):
            chunks = run_length_decoded(whole)
        else:
            return ()
    return chunks


def _capped(chunks: Iterable[bytes]) -> Iterator[bytes]:
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > MAX_STREAM:
            raise ReportError(_TOO_COMPLEX)
        yield chunk


def _stream_bytes(data: bytes, start: int, header: bytes) -> bytes:
    """The stream's bytes: as long as /Length says where that ends at endstream, else up to endstream."""
    length = _LENGTH.search(header)
    if length is not None:
        end = start + int(length.group(1))
        if data[end: end + 12].lstrip(b"\r\n \t").startswith(b"endstream"):
            return data[start:end]
    end = data.find(b"endstream", start)
    return data[start: end if end >= 0 else len(data)]
