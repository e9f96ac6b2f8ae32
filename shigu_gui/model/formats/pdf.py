"""PDF → report text with pypdfium2 (Apache-2.0/BSD): the text layer, read by the characters' boxes.

Official documents are set on A4 with a two-character first-line indent, justified lines broken in
mid-sentence, a page number at the foot (— 3 —, -3-, 第3页) and often a running title at the head.
Lines are rebuilt from the characters' positions, page numbers and lines repeated at the top or foot
of most pages are dropped, and lines are joined into paragraphs where the next one is not indented
and the previous one runs to the right margin. Code points that text layers really contain are
folded: Kangxi and CJK radicals for the ideographs they look like, ⸺ for ——, and the spaces that
justification leaves inside numbers and between Chinese characters.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
import threading
import unicodedata
import warnings
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ReportError

# CJK Radicals Supplement code points that fonts map their ideograph glyphs to (NFKC folds only
# two of them; the Kangxi block U+2F00–U+2FDF it folds completely).
_RADICALS = {
    "⺁": "厂", "⺄": "乙", "⺅": "亻", "⺆": "冂", "⺇": "几", "⺊": "卜", "⺋": "㔾", "⺌": "⺌", "⺍": "⺍",
    "⺎": "兀", "⺐": "尢", "⺒": "巳", "⺓": "幺", "⺔": "彑", "⺕": "彐", "⺖": "忄", "⺘": "扌", "⺙": "攵",
    "⺛": "旡", "⺝": "月", "⺟": "母", "⺠": "民", "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爫", "⺥": "爫",
    "⺦": "丬", "⺧": "牛", "⺨": "犭", "⺩": "王", "⺪": "疋", "⺫": "罒", "⺬": "示", "⺭": "礻", "⺮": "竹",
    "⺯": "糸", "⺰": "纟", "⺱": "罓", "⺲": "罒", "⺳": "网", "⺴": "罒", "⺵": "网", "⺶": "羊", "⺷": "羊",
    "⺸": "羊", "⺹": "耂", "⺺": "肀", "⺻": "聿", "⺼": "月", "⺽": "臼", "⺾": "艹", "⺿": "艹", "⻀": "艹",
    "⻁": "虎", "⻂": "衤", "⻃": "襾", "⻄": "西", "⻅": "见", "⻆": "角", "⻇": "角", "⻈": "讠", "⻉": "贝",
    "⻊": "足", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶", "⻏": "阝", "⻐": "钅", "⻑": "長", "⻒": "镸",
    "⻓": "长", "⻔": "门", "⻕": "阝", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风",
    "⻜": "飞", "⻝": "食", "⻞": "飠", "⻟": "飠", "⻠": "饣", "⻡": "飠", "⻢": "马", "⻣": "骨", "⻤": "鬼",
    "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐", "⻭": "歯",
    "⻮": "齿", "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻳": "龟",
    "⸺": "——", "⸻": "———",
    "―": "—",  # GB2312's A1AA dash, which some tables map to U+2015 rather than U+2014
    # A producer writes the lowest code point of those a glyph serves (that is how the radicals get
    # in); in simplified-Chinese fonts 户 shares its glyph with the Kangxi radical ⼾, which NFKC
    # makes the traditional 戶.
    "戶": "户",
    "㬵": "胶",  # CJK Extension A's 㬵 shares 胶's glyph (the variant with 月 for ⺼) in such fonts
}
_PAGE_NUMBER = re.compile(
    r"^(?:[—\-–－_~·•\s]*\d{1,4}[—\-–－_~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = re.compile(r"[。！？；：!?;:…][”’」』）)]?$")
_ERR_PASSWORD = 4
_PDFIUM = threading.Lock()
_GARBLED = ("此 PDF 的文字层无法解读（字体缺少 Unicode 对照表），无法读取 / "
            "This PDF's text layer cannot be decoded (its fonts lack a Unicode map)")
_ENCRYPTED = "此 PDF 已加密（需要密码），无法读取 / This PDF is encrypted: it needs a password"


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    y: float  # the characters' box bottom, from the page's foot
    size: float  # the font size the line starts in
    page: int
    end_size: float = 0.0  # the one it ends in (a run-in heading starts bigger than the body it runs into)

    def __post_init__(self) -> None:
        self.end_size = self.end_size or self.size


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
_DAMAGED = "PDF 文件已损坏，无法打开 / Damaged PDF file: cannot open it"


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium  # imported only when a PDF is opened

    check_content(data)
    with _PDFIUM, warnings.catch_warnings():  # PDFium is not thread-safe: one document at a time
        warnings.simplefilter("ignore")
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) == _ERR_PASSWORD:
                raise ReportError(_ENCRYPTED) from None
            raise ReportError(_DAMAGED) from None
        try:
            count = len(document)
            if count > MAX_PAGES:
                raise ReportError(f"此 PDF 页数过多（{count} 页，上限 {MAX_PAGES} 页），不像是一份报告 / "
                                  f"This PDF has too many pages ({count}, at most {MAX_PAGES:,}): not a report")
            pages = []
            budget = [MAX_CHARS]
            for i in range(count):
                try:
                    pages.append(_page_lines(document, i, budget))
                except pdfium.PdfiumError:  # a page tree that loops, a page object that is no page
                    raise ReportError(f"PDF 文件已损坏（第 {i + 1} 页无法读取） / "
                                      f"Damaged PDF file (page {i + 1} cannot be read)") from None
        finally:
            document.close()
    _settle_made_up_spaces(pages)
    body = _drop_furniture(pages)
    if sum(len(line.text) for line in body) < 20:  # scanners may still write the page numbers as text
        raise ReportError("此 PDF 没有文字层（可能是扫描件），无法读取 / This PDF has no text layer (a scan?)")
    if _garbled("".join(line.text for line in body[:400])):
        raise ReportError(_GARBLED)
    return "\n".join(_paragraphs(body))


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
            chunks = (_ascii_decoded(whole, name),)
        elif name in (b"FlateDecode", b"Fl"):
            chunks = _inflated(whole)
        elif name in (b"LZWDecode", b"LZW"):
            chunks = _lzw_decoded(whole)
        elif name in (b"RunLengthDecode", b"RL"):
            chunks = _run_length_decoded(whole)
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


def _ascii_decoded(raw: bytes, name: bytes) -> bytes:
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


def _inflated(raw: bytes) -> Iterator[bytes]:
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


def _lzw_decoded(raw: bytes) -> Iterator[bytes]:
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


def _run_length_decoded(raw: bytes) -> Iterator[bytes]:
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


def _page_lines(document: object, index: int, budget: list[int]) -> list[_Line]:
    """The page's lines, top to bottom, rebuilt from each character's box (the text stream's own
    line breaks are not trusted: producers write runs in any order). budget: the characters still
    allowed in the document, spent here."""
    from pypdfium2 import raw

    page = document[index]  # type: ignore[index]
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = raw.FPDFText_CountChars(handle)
        budget[0] -= max(0, count)
        if count > MAX_PAGE_CHARS or budget[0] < 0:
            raise ReportError(f"此 PDF 的文字过多（一页超过 {MAX_PAGE_CHARS} 字或全文超过 {MAX_CHARS} 字），"
                              f"不像是一份报告 / This PDF holds too much text (over {MAX_PAGE_CHARS:,} characters "
                              f"on a page or {MAX_CHARS:,} in all): not a report")
        text = _page_text(raw, handle, count)
        loose_box = raw.FPDFText_GetLooseCharBox
        # Text outside the visible box is not on the page: a printer that breaks pages where the
        # text flows writes the line crossing a break on both pages, clipped away on one of them.
        crop_left, crop_bottom, crop_right, crop_top = page.get_cropbox()
        rect = raw.FS_RECTF()
        matrix = raw.FS_MATRIX()

        def font_size(i: int, fallback: float) -> float:
            # The size in text space times the scale of the character's matrix (a printer driver
            # writes 1200-dpi text space scaled down to points).
            size = float(raw.FPDFText_GetFontSize(handle, i))
            if raw.FPDFText_GetMatrix(handle, i, matrix):
                size *= abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            return size if 0.3 * fallback < size < 3 * fallback else fallback
        lines: list[_Line] = []
        chars: list[str] = []
        x0 = x1 = y = size = height = last_right = 0.0

        sizes: dict[float, float] = {}  # font size by box height (one call per height, not per character)
        end_size = 0.0

        def flush() -> None:
            joined = "".join(chars).strip()
            if joined:
                lines.append(_Line(joined, x0, x1, y, size, index, end_size))
            chars.clear()

        for i, ch in enumerate(text):
            if ch in _SKIP_CHARS:
                continue
            if ch.isspace():
                # A space PDFium makes up from a gap next to a Chinese character may be the
                # spacing a producer puts between Chinese and Latin or digits (2024 年) or a
                # space the producer did not write as a glyph: marked, decided per document.
                next_ch = text[i + 1] if i + 1 < len(text) else ""
                if chars:
                    made_up = raw.FPDFText_IsGenerated(handle, i) == 1 and (_is_cjk(chars[-1]) or _is_cjk(next_ch))
                    chars.append(_MADE_UP_SPACE if made_up else " ")
                continue
            if not loose_box(handle, i, rect):
                continue
            middle_x, middle_y = (rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2
            if not (crop_left <= middle_x <= crop_right and crop_bottom <= middle_y <= crop_top):
                continue
            h = rect.top - rect.bottom
            char_size = sizes.get(round(h, 1), 0.0)
            if not char_size:
                char_size = sizes[round(h, 1)] = font_size(i, h / 1.2 if h > 0 else 10.0)
            if not chars or abs(rect.bottom - y) > 0.5 * max(height, h) or rect.left < last_right - 2 * size:
                flush()
                x0, y, height, size = rect.left, rect.bottom, h, char_size
            elif rect.left - last_right > 0.3 * size and chars[-1] != " ":
                chars.append(" ")
            end_size = char_size
            chars.append(ch)
            x1 = last_right = rect.right
        flush()
    finally:
        textpage.close()
        page.close()
    return _merge_same_baseline(lines)


_MADE_UP_SPACE = "\ue001"  # a private code point standing for a gap PDFium reported as a space
_CJK_ALNUM = re.compile(r"[\u2e80-\u9fff][0-9A-Za-z]|[0-9A-Za-z][\u2e80-\u9fff]")


def _settle_made_up_spaces(pages: list[list[_Line]]) -> None:
    """A producer that spaces Chinese from Latin and digits (LibreOffice, Word: 2024 年) leaves a
    gap at most such boundaries: there the gaps are dropped. Where most boundaries have none, a gap
    is a space the producer did not write as a glyph (Qt: 附件2 名词解释), and stays a space."""
    lines = [line for page in pages for line in page]
    gaps = sum(line.text.count(_MADE_UP_SPACE) for line in lines)
    if not gaps:
        return
    adjacent = sum(len(_CJK_ALNUM.findall(line.text)) for line in lines)
    replacement = "" if gaps > adjacent else " "
    for line in lines:
        line.text = line.text.replace(_MADE_UP_SPACE, replacement)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef")


def _merge_same_baseline(segments: list[_Line]) -> list[_Line]:
    """Pieces of one printed line (a bold heading run drawn after the body run, a page number's
    dashes and digits, a table row's cells) become one line read left to right; lines top to bottom."""
    segments.sort(key=lambda seg: -seg.y)
    groups: list[list[_Line]] = []
    for seg in segments:
        if groups and abs(groups[-1][0].y - seg.y) < 0.5 * min(groups[-1][0].size, seg.size):
            groups[-1].append(seg)
        else:
            groups.append([seg])
    lines = []
    for group in groups:
        if len(group) == 1:
            lines.append(group[0])
            continue
        group.sort(key=lambda seg: seg.x0)
        text = group[0].text
        for before, seg in itertools.pairwise(group):
            text += (" " if seg.x0 - before.x1 > 0.3 * seg.size else "") + seg.text
        lines.append(_Line(text, group[0].x0, max(seg.x1 for seg in group), group[0].y,
                           max(seg.size for seg in group), group[0].page, group[-1].end_size))
    return lines


_SKIP_CHARS = frozenset("\r\n\x02\x00\ufffe")  # line ends pdfium adds; soft hyphens


def _page_text(raw: Any, handle: Any, count: int) -> str:
    """All of the page's characters in one call, one per character index (per character where a
    character outside the BMP makes the two counts differ)."""
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(handle, 0, count, buffer)
    text = bytes(buffer)[: max(0, written - 1) * 2].decode("utf-16-le", errors="replace")
    if len(text) == count:
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(handle, i)) for i in range(count))


def _drop_furniture(pages: list[list[_Line]]) -> list[_Line]:
    """Page numbers at the head or foot, and lines repeated there on most pages at one height, are
    not the report (a title page's title may read like the running head, but it stands elsewhere)."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    def edges(page: list[_Line]) -> list[_Line]:
        return page[:2] + page[-2:] if len(page) > 4 else list(page)

    heights: dict[str, list[float]] = {}
    for page in pages:
        for text, y in {key(line): line.y for line in edges(page)}.items():
            heights.setdefault(text, []).append(y)
    need = max(2, round(len(pages) * 0.4))
    usual = {text: statistics.median(ys) for text, ys in heights.items() if len(ys) >= need}
    body: list[_Line] = []
    for page in pages:
        edge_ids = {id(line) for line in edges(page)}
        for line in page:
            if id(line) in edge_ids:
                if _PAGE_NUMBER.match(line.text.strip()):
                    continue
                height = usual.get(key(line))
                if len(pages) >= 3 and height is not None and abs(line.y - height) < 6:
                    continue
            body.append(line)
    return body


def _paragraphs(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    size = statistics.median(line.size for line in lines for _ in range(max(1, len(line.text) // 8)))
    body = [line for line in lines if abs(line.size - size) < 0.15 * size]
    left_all = _edge([line.x0 for line in body], low=True)
    right_all = _edge([line.x1 for line in body], low=False)
    # Mirrored margins move the text block a little from odd to even pages: each page's own edges,
    # where it has enough lines to show them and they are near the document's.
    edges: dict[int, tuple[float, float]] = {}
    for number in {line.page for line in lines}:
        on_page = [line for line in body if line.page == number]
        page_left = _edge([line.x0 for line in on_page], low=True) if len(on_page) >= 6 else left_all
        page_right = _edge([line.x1 for line in on_page], low=False) if len(on_page) >= 6 else right_all
        edges[number] = (page_left if abs(page_left - left_all) < 2 * size else left_all,
                         page_right if abs(page_right - right_all) < 2 * size else right_all)
    pitches = [a.y - b.y for a, b in itertools.pairwise(lines) if a.page == b.page and a.y > b.y]
    pitch = statistics.median(pitches) if pitches else 2 * size
    # Block paragraphs (no first-line indent, space between them) give no sign at a page break:
    # there a finished sentence ends the paragraph.
    gaps = sum(1 for p in pitches if p > 1.3 * pitch)
    block_layout = gaps > sum(1 for line in body if line.x0 - edges[line.page][0] > 0.8 * size)
    paragraphs: list[list[str]] = []
    prev: _Line | None = None
    for line in lines:
        left = edges[line.page][0]
        indented = line.x0 - left > 0.8 * size
        big = line.size > 1.15 * size
        both_big = False
        if prev is None:
            starts = True
        else:
            prev_left, prev_right = edges[prev.page]
            shortfall = prev_right - prev.x1
            step = prev.y - line.y if prev.page == line.page else 0.0
            ends_sentence = _SENTENCE_END.search(prev.text) is not None
            if block_layout:
                # Block paragraphs have space after each, if only a quarter line (a printed
                # QTextDocument); a line that falls short without finishing a sentence is only
                # where the line breaker left it (before a quoted word), and a larger run-in
                # heading filling its line runs on into the body when no space follows it; a
                # 《book title》 not broken was moved down whole after a full stop.
                gap = step > 1.15 * pitch
                title_moved = _first_unit_width(line, titles_only=True) > shortfall
                prev_short = shortfall > 1.2 * size and ends_sentence and not (title_moved and not gap)
                run_on = not gap and prev.page == line.page and shortfall < prev.end_size
            else:
                # A long line a character or two short that ends mid-sentence is ragged-right text
                # (or a character pushed down by line-breaking rules), not a paragraph's end.
                long_line = prev.x1 - prev_left > (prev_right - prev_left) / 2
                ragged = shortfall < 3 * size and long_line and not ends_sentence
                # A 《book title》, a number or a Latin word the typesetter would not break was
                # moved down whole: the line before falls short by less than it takes (after a
                # full stop only a title: an unindented paragraph may well open with a number).
                moved_down = long_line and _first_unit_width(line, titles_only=ends_sentence) > shortfall
                prev_short = shortfall > 1.2 * size and not ragged and not moved_down
                gap = step > 1.3 * pitch
                run_on = title_moved = False
            size_change = abs(line.size - prev.end_size) > 0.15 * size and not run_on
            # Lines of one large title run on (a title wrapped over lines, centred or not) where
            # the first leaves less room than a character of its size on the text block's width.
            slack = (prev_right - prev_left) - (prev.x1 - prev.x0)
            both_big = (big and prev.end_size > 1.15 * size and not size_change
                        and slack < 1.2 * prev.end_size)
            # At a page break a block paragraph ends on a line short of the margin (ragged-right
            # lines fall short by less than a character) that finishes a sentence, or that falls
            # short by more than a few characters and the next line's first unbreakable stretch
            # (a heading, or a glossary term on a line of its own, at a page's foot); a finished
            # sentence filling its line ends one where the next page opens with an item's number.
            page_break = block_layout and prev.page != line.page and (
                (ends_sentence and ((shortfall > size and not title_moved)
                                    or _ITEM_LABEL.match(fold(line.text[:8])) is not None))
                or (shortfall > 3 * size and _first_unit_width(line, quotes=True) < shortfall - size))
            starts = not both_big and (indented or prev_short or gap or size_change or big or page_break)
        if starts:
            paragraphs.append([line.text])
        elif both_big and paragraphs[-1][-1][-1:].isdigit() and line.text[:1].isdigit():
            # A label ending in a number over a title starting with one (附件1 / 2025年…) stay two
            # lines, as typed: joined, the two numbers would run together.
            paragraphs.append([line.text])
        else:
            paragraphs[-1].append(line.text)
        prev = line
    return [fold(_join(parts)) for parts in paragraphs]


_UNIT = re.compile(r"[《〈][^《〈》〉]{1,40}[》〉][”’）)》〉，、。；：！？]*|[0-9A-Za-z][0-9A-Za-z.,%/+\-]*")
_ITEM_LABEL = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]"
                         r"|第[一二三四五六七八九十]{1,3}[，,、]|\d{1,2}[.．、](?!\d)|[①-⑳])")
_QUOTED = re.compile(r"[“‘][^“”‘’]{1,20}[”’][”’）)》〉，、。；：！？]*")


def _first_unit_width(line: _Line, titles_only: bool = False, quotes: bool = False) -> float:
    """How wide the line's first unbreakable stretch is drawn: a 《book title》, a number or a
    Latin word (with the marks that may not start a line after it); quotes: a “quoted word” too
    (Qt's line breaker moves one down whole); 0 for a Chinese character."""
    unit = _UNIT.match(line.text) or (_QUOTED.match(line.text) if quotes else None)
    if unit is None or (titles_only and line.text[0] not in "《〈"):
        return 0.0
    per_char = (line.x1 - line.x0) / max(1, len(line.text))
    return per_char * len(unit.group())


def _garbled(sample: str) -> bool:
    """A text layer whose fonts lack a Unicode table reads as Latin-1 letters, controls and private
    code points instead of Chinese (what some converters leave behind)."""
    odd = sum(1 for ch in sample if "\x7f" <= ch <= "\xff" or "\ue000" <= ch <= "\uf8ff" or ch < " ")
    han = sum(1 for ch in sample if "\u3400" <= ch <= "\u9fff")
    return odd > max(20, han)


def _edge(values: list[float], low: bool) -> float:
    """The text block's left (or right) edge: the outermost position that many lines share, so a
    stray line further out (a table, a note) does not move it."""
    if not values:
        return 0.0
    counts = Counter(round(v) for v in values)
    enough = max(2, len(values) // 20)
    shared = [v for v, n in counts.items() if n >= enough] or [counts.most_common(1)[0][0]]
    return float(min(shared) if low else max(shared))


def _join(parts: list[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        if out and part and _LATIN.match(out[-1]) and _LATIN.match(part[0]):
            out += " "
        out += part
    return out


# Spaces a justified line leaves between digits (1 13家, 8 .5%) or between Chinese characters
# (letter-spaced titles) are not in the text; one between a number or a word and Chinese may be.
_NUMBER_GAP = re.compile(r"(?<=[0-9.,%]) +(?=[0-9.,%])")
_CJK_GAP = re.compile(r"(?<=[\u2e80-\u9fff\uf900-\uffef]) +(?=[\u2e80-\u9fff\uf900-\uffef])")
_SPACES = re.compile(r" {2,}")


def fold(text: str) -> str:
    """What PDF text layers put for what the page shows: radicals, ⸺, spaces inside numbers."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0x2F00 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF:
            folded = unicodedata.normalize("NFKC", ch)
            out.append(_RADICALS.get(folded, folded))
        elif ch in _RADICALS:
            out.append(_RADICALS.get(ch, unicodedata.normalize("NFKC", ch)))
        else:
            out.append(ch)
    text = _CJK_GAP.sub("", _NUMBER_GAP.sub("", "".join(out)))
    return _SPACES.sub(" ", text).strip()
