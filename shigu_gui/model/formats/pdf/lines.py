"""The text layer → lines: each page's characters read through PDFium and set into lines by their
boxes, a printed line's pieces merged, the spaces PDFium makes up settled per document."""

from __future__ import annotations

import ctypes
import itertools
import re
from dataclasses import dataclass
from typing import Any

from ...errors import ReportError
from . import limits


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y: float  # the characters' box bottom, from the page's foot
    size: float  # the font size the line starts in
    page: int
    end_size: float = 0.0  # the one it ends in (a run-in heading starts bigger than the body it runs into)
    font: str = ""  # the face (name and weight) of its first Chinese character; "" where it has none
    end_font: str = ""  # the face of its last one

    def __post_init__(self) -> None:
        self.end_size = self.end_size or self.size
        self.end_font = self.end_font or self.font


def page_lines(document: object, index: int, budget: list[int]) -> list[Line]:
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
        if count > limits.MAX_PAGE_CHARS or budget[0] < 0:
            raise ReportError(f"此 PDF 的文字过多（一页超过 {limits.MAX_PAGE_CHARS} 字或全文超过 "
                              f"{limits.MAX_CHARS} 字），不像是一份报告 / This PDF holds too much text (over "
                              f"{limits.MAX_PAGE_CHARS:,} characters on a page or {limits.MAX_CHARS:,} in all): "
                              "not a report")
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

        name = ctypes.create_string_buffer(128)

        def face(i: int) -> str:
            # The font's name and weight: headings are set in another face (黑体, 楷体, bold) than
            # the body (仿宋, 宋体). Read from Chinese characters only, as digits and Latin are often
            # set in a face of their own (Times New Roman) in the middle of the body's lines.
            length = raw.FPDFText_GetFontInfo(handle, i, name, len(name), None)
            font = name.value.decode("utf-8", "replace") if 0 < length <= len(name) else ""
            # A subset's tag (ABCDEF+FangSong) differs where a producer embeds one subset a page.
            return f"{_SUBSET_TAG.sub('', font)}/{raw.FPDFText_GetFontWeight(handle, i)}"

        lines: list[Line] = []
        chars: list[str] = []
        x0 = x1 = y = size = height = last_right = 0.0

        sizes: dict[float, float] = {}  # font size by box height (one call per height, not per character)
        end_size = 0.0
        first = last = 0  # the segment's first and last characters' indexes

        def flush() -> None:
            joined = "".join(chars).strip()
            if joined:
                # One sample at each end of the line (the first and last Chinese characters),
                # found by a regular expression rather than per character, for speed.
                head, tail = _HAN.search(text, first, last + 1), _LAST_HAN.match(text, first, last + 1)
                start = face(head.start()) if head else ""
                end = face(tail.start(1)) if tail and head and tail.start(1) != head.start() else start
                lines.append(Line(joined, x0, x1, y, size, index, end_size, start, end))
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
            if not chars:
                first = i
            last = i
            chars.append(ch)
            x1 = last_right = rect.right
        flush()
    finally:
        textpage.close()
        page.close()
    return _merge_same_baseline(lines)


_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
_HAN = re.compile("[\u3400-\u9fff\u2e80-\u2fdf]")  # ideographs and the radicals some fonts name instead
_LAST_HAN = re.compile("(?s:.*)([\u3400-\u9fff\u2e80-\u2fdf])")
_MADE_UP_SPACE = "\ue001"  # a private code point standing for a gap PDFium reported as a space
_CJK_ALNUM = re.compile(r"[\u2e80-\u9fff][0-9A-Za-z]|[0-9A-Za-z][\u2e80-\u9fff]")


def settle_made_up_spaces(pages: list[list[Line]]) -> None:
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


def _merge_same_baseline(segments: list[Line]) -> list[Line]:
    """Pieces of one printed line (a bold heading run drawn after the body run, a page number's
    dashes and digits, a table row's cells) become one line read left to right; lines top to bottom."""
    segments.sort(key=lambda seg: -seg.y)
    groups: list[list[Line]] = []
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
        fonts = [seg for seg in group if seg.font]
        lines.append(Line(text, group[0].x0, max(seg.x1 for seg in group), group[0].y,
                           max(seg.size for seg in group), group[0].page, group[-1].end_size,
                           fonts[0].font if fonts else "", fonts[-1].end_font if fonts else ""))
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
