"""PDFs in the layout of an official document (GB/T 9704), drawn with Qt's QPdfWriter.

A4, 16-point serif body, 28 characters a line, 22 lines a page; paragraphs with a two-character
first-line indent, lines justified edge to edge and broken in the middle of sentences; a page number
at the foot, a running title at the head of every page after the first; optionally a heading made
to fall on the last line of a page. Needs a QGuiApplication (pytest-qt's qapp).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

MM = 72 / 25.4  # points per millimetre; the writer works in points (72 dpi)
PAGE_W, PAGE_H = 210 * MM, 297 * MM
LEFT, RIGHT, TOP = 28 * MM, 26 * MM, 37 * MM
BODY_PX = 16.0
LINE_H = 28.9  # 22 lines in the 225 mm type area
LINES = 22
WIDTH = PAGE_W - LEFT - RIGHT
FILLER = "各项工作扎实推进，人民群众的获得感、幸福感、安全感持续增强"


def page_number(n: int, style: str) -> str:
    return {"dash": f"— {n} —", "hyphen": f"-{n}-", "di": f"第{n}页"}[style]


@dataclass
class Layout:
    """The lines of one PDF: (page, text, x, y, px, flag, family) and the report text the pages
    hold; family "" is the body's."""
    pages: list[list[tuple[str, float, float, float, bool, str]]] = field(default_factory=lambda: [[]])
    lines_used: float = 0
    text_lines: list[str] = field(default_factory=list)


@functools.cache
def _family() -> str:
    """Noto Serif CJK SC (Debian's fonts-noto-cjk) when installed, else the reader's bundled subset."""
    from PySide6.QtGui import QFontDatabase

    if "Noto Serif CJK SC" in QFontDatabase.families():
        return "Noto Serif CJK SC"
    from ..conftest import ROOT

    font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "NotoSansSC-Subset.otf"))
    return QFontDatabase.applicationFontFamilies(font_id)[0]


# Characters the bundled subset draws with another's glyph: its text layer then names that one
# (the bullet of '金泰•雁栖新城' reads back as the middle dot). Noto Serif CJK has both.
_SHARED_GLYPHS = {"\u2022": "\u00b7"}


def read_back(line: str) -> str:
    """A line as the PDF's text layer gives it: folded as the importer folds it, and with the
    characters the font at hand draws with a shared glyph named as the text layer names them."""
    from shigu_gui.model.formats.pdf.folding import fold

    if _family() != "Noto Serif CJK SC":
        line = line.translate(str.maketrans(_SHARED_GLYPHS))
    return fold(line)


def _require_glyphs(lines: list[str], transform: dict[str, str]) -> None:
    """Skip the test where the font at hand cannot draw the text (no fonts-noto-cjk, only the
    bundled subset): a PDF of missing glyphs has no text layer to test."""
    import pytest
    from PySide6.QtGui import QTextLayout

    chars = "".join(sorted({transform.get(ch, ch) for line in lines for ch in line if ch > " "}))
    layout = QTextLayout(chars, _font(BODY_PX))
    layout.beginLayout()
    layout.createLine().setLineWidth(1e7)
    layout.endLayout()
    missing = sum(list(run.glyphIndexes()).count(0) for run in layout.glyphRuns())  # Qt's fallback fonts included
    if missing:
        pytest.skip(f"no installed font draws {missing} characters of this text: apt-get install fonts-noto-cjk")


HEADING_FAMILY = "Noto Sans CJK SC"  # a face other than the body's, as headings are set in 黑体


def heading_face_installed() -> bool:
    from PySide6.QtGui import QFontDatabase

    return _family() == "Noto Serif CJK SC" and HEADING_FAMILY in QFontDatabase.families()


def _font(px: float, bold: bool = False, family: str = "") -> QFont:
    font = QFont(family or _family())
    font.setPixelSize(round(px))
    font.setBold(bold)
    return font


_NO_LINE_START = "，。、；：？！”’）》"


def _break(text: str, metrics: QFontMetricsF, first_indent: float, keep_titles: bool = False) -> list[str]:
    """Lines as wide as the type area, no line starting with closing punctuation (the character
    before it moves down with it, as Chinese line-breaking rules do); keep_titles: a 《book title》
    is not broken, as some typesetters do: the line before it ends short, in mid-sentence."""
    lines: list[str] = []
    current, width, limit = "", 0.0, WIDTH - first_indent
    for i, ch in enumerate(text):
        w = metrics.horizontalAdvance(ch)
        if keep_titles and ch == "《" and current and (close := text.find("》", i)) > 0:
            title = metrics.horizontalAdvance(text[i: close + 1])
            if width + title > limit + 0.01 and title <= WIDTH:
                lines.append(current)
                current, width, limit = "", 0.0, WIDTH
        if current and width + w > limit + 0.01:
            carry = ""
            if ch in _NO_LINE_START and len(current) > 1:
                current, carry = current[:-1], current[-1]
            lines.append(current)
            current, limit = carry, WIDTH
            width = sum(metrics.horizontalAdvance(c) for c in carry)
        current += ch
        width += w
    if current:
        lines.append(current)
    return lines


def is_heading(line: str) -> bool:
    return len(line) <= 30 and not line.endswith(("。", "；", "：", "！")) and not line.startswith("——")


def build_pdf(lines: list[str], *, number_style: str = "dash", running_head: str = "政府工作报告",
              heading_at_page_end: str | None = None, title_lines: int = 1,
              transform: dict[str, str] | None = None, indent: bool = True, justify: bool = True,
              gap: float = 0.0, mirror: float = 0.0, late_run: int = 0,
              autospace: float = 0.0, at_page_end: tuple[str, ...] = (), centred: tuple[str, ...] = (),
              keep_titles: bool = False, heading_face: tuple[str, ...] = (),
              own_line: tuple[str, ...] = ()) -> tuple[bytes, str]:
    """The PDF's bytes and the report text it holds (fillers included), one paragraph a line.

    The first title_lines lines are centred in a larger font; transform replaces characters as
    drawn (Kangxi radicals for ideographs, as some producers' fonts do) but not in the text.
    indent=False, justify=False, gap=0.6: the other common layout, block paragraphs set ragged
    right with space between them. autospace: this much more room between Chinese and Latin or
    digits (LibreOffice's and Word's Asian typography), which PDFium reports as spaces.
    at_page_end: paragraphs starting so begin on a page's last line (a heading or a glossary
    entry then runs on over the break); centred: lines starting so are set centred, with no indent
    (a subtitle, a motto, a document's name quoted alone); keep_titles: see _break (the line cut
    short before a title is not stretched to the margin); heading_face: paragraphs starting so are
    set in another face (Noto Sans CJK, the body being Noto Serif CJK) of the body's size; own_line:
    phrases set on a line of their own inside their paragraph (the lines before them end short, in
    mid-sentence, and the lines after them start unindented), as some producers break lines."""
    _require_glyphs(lines, transform or {})
    writer_bytes = _Writer()
    writer_bytes.mirror = mirror
    writer_bytes.late_run = late_run
    writer_bytes.autospace = autospace
    body = _font(BODY_PX)
    metrics = QFontMetricsF(body)
    layout = Layout()
    for index, raw in enumerate(line for line in lines if line.strip()):
        line = raw.strip().replace("**", "")
        if index < title_lines:
            layout.pages[-1].append((line, -1, TOP + layout.lines_used * LINE_H, 22.0, True, ""))
            layout.lines_used += 1
            layout.text_lines.append(line)
            continue
        if (heading_at_page_end and line == heading_at_page_end) or (at_page_end and line.startswith(at_page_end)):
            _fill_to_last_line(layout, metrics, 2 * BODY_PX if indent else 0.0, gap, justify)
        middle = bool(centred) and line.startswith(centred)
        first = 2 * BODY_PX if indent and not middle else 0.0
        family = HEADING_FAMILY if heading_face and line.startswith(heading_face) else ""
        line_metrics = QFontMetricsF(_font(BODY_PX, family=family)) if family else metrics
        wrapped: list[str] = []
        ends: set[int] = set()  # the lines ending a stretch: not stretched to the margin
        for k, chunk in enumerate(_chunks(line, own_line)):
            wrapped += _break(chunk, line_metrics, first if k == 0 else 0.0, keep_titles)
            ends.add(len(wrapped) - 1)
        for i, part in enumerate(wrapped):
            if layout.lines_used > LINES - 1:
                layout.pages.append([])
                layout.lines_used = 0
            x = LEFT + (first if i == 0 else 0)
            if middle:
                x = LEFT + (WIDTH - line_metrics.horizontalAdvance(part)) / 2
            layout.pages[-1].append((part, x, TOP + layout.lines_used * LINE_H, BODY_PX,
                                     justify and not middle and i not in ends
                                     and not (keep_titles and wrapped[i + 1].startswith("《")), family))
            layout.lines_used += 1
        if layout.lines_used > 0:
            layout.lines_used += gap
        layout.text_lines.append(line)
    writer_bytes.draw(layout, number_style, running_head, transform or {})
    return writer_bytes.data(), "\n".join(layout.text_lines)


def _chunks(paragraph: str, phrases: tuple[str, ...]) -> list[str]:
    """The paragraph cut before and after each of the phrases it holds."""
    if not phrases:
        return [paragraph]
    import re

    pattern = "(" + "|".join(re.escape(phrase) for phrase in phrases) + ")"
    return [part for part in re.split(pattern, paragraph) if part]


def _fill_to_last_line(layout: Layout, metrics: QFontMetricsF, first: float = 2 * BODY_PX, gap: float = 0.0,
                       justify: bool = True) -> None:
    """A filler paragraph (in the layout's indent, gap and justification) long enough that the
    next paragraph starts on a page's last line; its own last line ends short of the margin."""
    def lands(count: int) -> bool:
        at = layout.lines_used
        for _ in range(count):
            if at > LINES - 1:
                at = 0
            at += 1
        at += gap
        return LINES - 2 < at <= LINES - 1

    if LINES - 2 < layout.lines_used <= LINES - 1:
        return
    need = next(n for n in range(1, 2 * LINES + 2) if lands(n))
    per_line = int(WIDTH // metrics.horizontalAdvance(FILLER[0]))  # the filler's characters are all full width
    size = max(1, per_line * need - round(first / BODY_PX) - (per_line - 12 if need > 1 else 1))
    text = (FILLER * (size // len(FILLER) + 1))[:size]
    while len(_break(text + "。", metrics, first)) < need:
        text += FILLER[len(text) % len(FILLER)]
    while len(_break(text + "。", metrics, first)) > need and len(text) > 1:
        text = text[:-1]
    text += "。"
    wrapped = _break(text, metrics, first)
    for i, part in enumerate(wrapped):
        if layout.lines_used > LINES - 1:
            layout.pages.append([])
            layout.lines_used = 0
        x = LEFT + (first if i == 0 else 0)
        layout.pages[-1].append((part, x, TOP + layout.lines_used * LINE_H, BODY_PX, justify and i < len(wrapped) - 1,
                                 ""))
        layout.lines_used += 1
    layout.lines_used += gap
    layout.text_lines.append(text)


class _Writer:
    def __init__(self) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        self._array = QByteArray()
        self._buffer = QBuffer(self._array)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setResolution(72)
        self.mirror = 0.0  # even pages' text block moved right by this much (mirrored margins)
        self.late_run = 0  # each line's first characters written after the rest
        self.autospace = 0.0  # room added between Chinese and Latin or digits
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0)))

    def draw(self, layout: Layout, number_style: str, running_head: str, transform: dict[str, str]) -> None:
        painter = QPainter(self.writer)
        for n, page in enumerate(layout.pages, start=1):
            if n > 1:
                self.writer.newPage()
                if running_head:
                    self._centred(painter, running_head, 20 * MM, 10.5)
            shift = self.mirror if n % 2 == 0 else 0.0
            for text, x, y, px, flag, family in page:
                if x < 0:  # a title line: centred, bold
                    self._centred(painter, text, y, px, bold=flag)
                else:
                    painter.translate(shift, 0)
                    self._justified(painter, text, x, y, px, flag, transform, family)
                    painter.translate(-shift, 0)
            self._centred(painter, page_number(n, number_style), PAGE_H - 22 * MM, 14)
        painter.end()

    def _centred(self, painter: QPainter, text: str, y: float, px: float, bold: bool = False) -> None:
        font = _font(px, bold)
        painter.setFont(font)
        width = QFontMetricsF(font).horizontalAdvance(text)
        painter.drawText(QPointF((PAGE_W - width) / 2, y), text)

    def _justified(self, painter: QPainter, text: str, x: float, y: float, px: float, justify: bool,
                   transform: dict[str, str], family: str = "") -> None:
        font = _font(px, family=family)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        widths = [metrics.horizontalAdvance(ch) for ch in text]
        for i in range(len(text) - 1):
            if self.autospace and (text[i] >= "\u2e80") != (text[i + 1] >= "\u2e80") \
                    and (text[i].isalnum() or text[i + 1].isalnum()) and text[i].isascii() != text[i + 1].isascii():
                widths[i] += self.autospace
        extra = (LEFT + WIDTH - x - sum(widths)) / (len(text) - 1) if justify and len(text) > 1 else 0.0
        placed = []
        for ch, w in zip(text, widths, strict=True):
            placed.append((ch, x))
            x += w + extra
        k = min(self.late_run, len(placed))  # the line's first k characters drawn last, as a separate run
        for ch, at in placed[k:] + placed[:k]:
            painter.drawText(QPointF(at, y), transform.get(ch, ch))

    def data(self) -> bytes:
        del self.writer  # finishes the file
        self._buffer.close()
        return bytes(self._array.data())


def scanned_pdf(pages: int = 1, numbered: bool = False) -> bytes:
    """Pages holding a picture and no text layer, like a scan; numbered: with page numbers as text,
    as some scanners write them."""
    from PySide6.QtGui import QColor, QImage

    writer = _Writer()
    painter = QPainter(writer.writer)
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(230, 230, 230))
    for n in range(1, pages + 1):
        if n > 1:
            writer.writer.newPage()
        painter.drawImage(QPointF(50, 50), image)
        if numbered:
            writer._centred(painter, page_number(n, "dash"), PAGE_H - 22 * MM, 14)
    painter.end()
    return writer.data()


