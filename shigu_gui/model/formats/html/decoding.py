"""A saved page's bytes → its markup: the page inside a one-file save (MHTML) with its style
sheets, decoded by the byte-order mark, the declared charset, UTF-8 or GB18030."""

from __future__ import annotations

import codecs
import re

from . import limits

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def looks_like_mime(data: bytes) -> bool:
    return b"multipart/related" in data[:2048].lower() and data.lstrip()[:1] != b"<"


def mhtml_page(data: bytes) -> tuple[str, str] | None:
    """The page inside a one-file saved page (MHTML): its first text/html part, decoded by the
    charset the part declares (quoted-printable or base64 undone), and its style sheets (the
    text/css parts, at most limits.MAX_STYLE characters in all: they say which boxes are hidden)."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    page: str | None = None
    sheets: list[str] = []
    size = 0
    for part in message.walk():
        kind = part.get_content_type()
        if kind not in ("text/html", "text/css") or (kind == "text/html" and page is not None):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if kind == "text/css":
            if size + len(payload) <= limits.MAX_STYLE:
                sheets.append(payload.decode(_web_encoding(part.get_content_charset() or "") or "utf-8",
                                             errors="replace"))
                size += len(payload)
            continue
        charset = _web_encoding(part.get_content_charset() or "")
        if charset:
            try:
                page = payload.decode(charset)
                continue
            except UnicodeError:
                pass
        page = decode_html(payload)
    return None if page is None else (page, "\n".join(sheets))


def decode_html(data: bytes) -> str:
    """By the byte-order mark, then <meta charset>, then UTF-8, then GB18030 (GBK and GB2312 included)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    declared = _CHARSET.search(data[:4096])
    candidates = []
    if declared and (encoding := _web_encoding(declared.group(1).decode("ascii", errors="ignore"))):
        candidates.append(encoding)
    candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeError:
            continue
    return data.decode("gb18030", errors="replace")


# Python codecs that are web pages' encodings (by their canonical names' starts); a page may name
# any codec, and some are no text encoding ('undefined' always fails, 'unicode_escape' reads
# backslashes, 'rot13' maps str to str).
_WEB_ENCODINGS = ("utf-8", "utf-16", "utf-32", "gb", "hz", "big5", "euc", "shift_jis", "iso2022", "iso8859", "latin",
                  "ascii", "cp", "koi8", "mac-", "johab", "tis-620")


def _web_encoding(name: str) -> str | None:
    """The codec a declared charset names when it is a web page's encoding, else None; GB2312
    and GBK are read as GB18030, their superset, as browsers do."""
    name = name.strip().lower()
    if name in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
        return "gb18030"
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    return info.name if info.name.startswith(_WEB_ENCODINGS) else None
