"""PDF stream filters undone in slices (Flate, LZW, RunLength, ASCII85, ASCIIHex), for the count of
what a content stream draws; damage ends a stream where it starts, as PDFium reads it."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator


def ascii_decoded(raw: bytes, name: bytes) -> bytes:
    import base64
    import binascii

    try:
        if name in (b"ASCII85Decode", b"A85"):
            body = raw.strip()
            body = body[2:] if body.startswith(b"<~") else body
            end = body.find(b"~>")
            return base64.a85decode(body[: end if end >= 0 else len(body)], ignorechars=b" \t\r\n\x0c")
        digits = re.sub(rb"[^0-9A-Fa-f]", b"", raw.split(b">", 1)[0])
        return binascii.unhexlify(digits + b"0" * (len(digits) % 2))
    except ValueError:
        return b""


_SLICE = 1 << 18  # unpacked between two counts: the count holds the GIL ~10 ms a slice


def inflated(raw: bytes) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    left = raw
    try:
        while left:
            chunk = inflater.decompress(left, _SLICE)
            if not chunk:
                return
            yield chunk
            left = inflater.unconsumed_tail
    except zlib.error:
        return  # PDFium reads a damaged stream as far as it goes; so far is counted


def lzw_decoded(raw: bytes) -> Iterator[bytes]:
    """LZW as PDF has it (9- to 12-bit codes, 256 clears, 257 ends, widths change one code early)."""
    table = [bytes((i,)) for i in range(256)] + [b"", b""]
    width, at, end = 9, 0, len(raw) * 8
    padded = raw + b"\0\0\0"
    previous = b""
    out = bytearray()
    from_bytes = int.from_bytes
    while at + width <= end:
        byte = at >> 3
        code = (from_bytes(padded[byte: byte + 3], "big") >> (24 - (at & 7) - width)) & ((1 << width) - 1)
        at += width
        if code == 256:
            del table[258:]
            width, previous = 9, b""
            continue
        if code < 256 or 257 < code < len(table):
            entry = table[code]
        elif code == len(table) and previous:
            entry = previous + previous[:1]
        else:  # the end (257), or damage: as far as it goes
            break
        out += entry
        if previous and len(table) < 4096:
            table.append(previous + entry[:1])
        previous = entry
        if len(table) + 1 >= 1 << width and width < 12:
            width += 1
        if len(out) >= _SLICE:
            yield bytes(out)
            out.clear()
    yield bytes(out)


def run_length_decoded(raw: bytes) -> Iterator[bytes]:
    out = bytearray()
    at = 0
    while at < len(raw) and raw[at] != 128:
        length = raw[at]
        if length < 128:
            out += raw[at + 1: at + 2 + length]
            at += length + 2
        else:
            out += raw[at + 1: at + 2] * (257 - length)
            at += 2
        if len(out) >= _SLICE:
            yield bytes(out)
            out.clear()
    yield bytes(out)
