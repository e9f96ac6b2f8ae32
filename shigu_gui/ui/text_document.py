"""The report's text as a QTextDocument: styled headings, marked glossary terms, the title block.

Touches no widget, so a worker thread may build it (the session does, for large files).
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ..model import Document
from .qt_names import ALIGN_H_CENTER, solid_brush
from .theme import Colors

TERM_SCHEME = "term"
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# Heading size steps over the base font, by outline level (FontSizeAdjustment: 0 normal, 1 larger …).
_LEVEL_SIZE = {1: 3, 2: 1, 3: 0}


class OffsetMap:
    """Python string offsets ↔ Qt document positions, which count UTF-16 units."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset

    def to_py(self, position: int) -> int:
        if not self._astral:
            return position
        return position - bisect.bisect_left(self._astral_qt, position)


def build_text_document(doc: Document, colors: Colors, font: QFont, offsets: OffsetMap | None = None) -> QTextDocument:
    """The styled text of a report. Touches no widget, so a worker thread may build it. offsets:
    the text's OffsetMap when the caller has it (finding a long text's astral characters takes ms)."""
    qdoc = QTextDocument()
    qdoc.setUndoRedoEnabled(False)
    qdoc.setDefaultFont(font)
    qdoc.setDocumentMargin(28)
    # No page size yet: Qt lays nothing out until the view gives the text its width (with the
    # default one, the view's setDocument laid the first blocks out at a width of -1 for nothing).
    qdoc.setPageSize(QSizeF(0, 0))
    qdoc.setPlainText(doc.text)
    _Formatter(qdoc, doc, colors, QFontInfo(font).styleName(), offsets).run()
    return qdoc


def title_span(text: str, lines: list[tuple[int, int]], heading: str) -> tuple[int, int] | None:
    """Where the report's title stands among the title block's lines: the line that is the heading
    (spaces aside), else the heading's words in the shortest line that holds them; None without one."""
    words = "".join(heading.split())
    if not words:
        return None
    holding = [(start, end) for start, end in lines if words in "".join(text[start:end].split())]
    if not holding:
        return None
    start, end = min(holding, key=lambda line: line[1] - line[0])
    if "".join(text[start:end].split()) == words:
        return start, end
    found = re.search(r"\s*".join(map(re.escape, words)), text[start:end])
    return (start + found.start(), start + found.end()) if found else (start, end)


def _bold(fmt: QTextCharFormat, regular_style: str) -> None:
    """Bold drawn from the text's own (regular) face, emboldened by the font engine: a CJK family's
    bold face is another large font file (Noto Sans CJK Bold added 6–8 MB to the first picture's
    memory for a few headings), and the emboldened regular looks all but the same at heading sizes.
    A font with no face of that style name gets its bold face as before."""
    fmt.setFontWeight(QFont.Weight.Bold)
    if regular_style:
        fmt.setFontStyleName(regular_style)


class _Formatter:
    def __init__(self, qdoc: QTextDocument, doc: Document, colors: Colors, regular_style: str = "",
                 offsets: OffsetMap | None = None) -> None:
        self.doc = doc
        self.regular_style = regular_style
        self.colors = colors
        self.map = offsets if offsets is not None else OffsetMap(doc.text)
        self.cursor = QTextCursor(qdoc)

    def run(self) -> None:
        cursor, doc, colors = self.cursor, self.doc, self.colors
        cursor.beginEditBlock()
        body = QTextBlockFormat()
        body.setLineHeight(155, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body.setBottomMargin(10)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(body)
        headings: dict[int, QTextCharFormat] = {}
        for section in doc.flat_sections:
            fmt = headings.get(section.level)
            if fmt is None:
                fmt = headings[section.level] = QTextCharFormat()
                _bold(fmt, self.regular_style)
                fmt.setProperty(QTextFormat.Property.ForegroundBrush,
                                solid_brush(colors.heading if section.level <= 2 else colors.text))
                fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, _LEVEL_SIZE.get(section.level, 0))
            self.apply(section.start, section.heading_end, fmt)
            line_end = doc.text.find("\n", section.start)
            if section.heading_end == (len(doc.text) if line_end < 0 else line_end):  # a heading line of its own
                block = QTextBlockFormat()
                block.setTopMargin(18 if section.level == 1 else 10)
                cursor.setPosition(self.map.to_qt(section.start))
                cursor.mergeBlockFormat(block)
        for row, entry in enumerate(doc.glossary):
            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorHref(f"{TERM_SCHEME}:{row}")
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(colors.term))
            for start, end in entry.occurrences:
                self.apply(start, end, fmt)
        self.title_block()
        cursor.endEditBlock()

    def title_block(self) -> None:
        """The lines before the body centred; the report's title line (the one the parser took its
        title from) large and bold, and of a line that holds more than the title (a site's table
        row, a region tag) only the title's own words."""
        doc = self.doc
        first = doc.flat_sections[0].start if doc.flat_sections else 0
        block_paras = []
        for para in doc.paragraphs:
            if para.start >= first or doc.text.startswith("各位代表", para.start):
                break
            block_paras.append(para)
            block = QTextBlockFormat()
            block.setProperty(QTextFormat.Property.BlockAlignment, ALIGN_H_CENTER)  # see qt_names
            self.cursor.setPosition(self.map.to_qt(para.start))
            self.cursor.mergeBlockFormat(block)
            if doc.text.startswith(("http://", "https://"), para.start):  # where the copy came from: small print
                fmt = QTextCharFormat()
                fmt.setProperty(QTextFormat.Property.ForegroundBrush, solid_brush(self.colors.muted))
                fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
                self.apply(para.start, para.end, fmt)
        lines = [(p.start, p.end) for p in block_paras]
        span = title_span(doc.text, lines, doc.meta.get("heading", ""))
        if span is not None:
            fmt = QTextCharFormat()
            _bold(fmt, self.regular_style)
            fmt.setProperty(QTextFormat.Property.ForegroundBrush, solid_brush(self.colors.heading))
            # A title inside a longer line (a table row) a little larger only: else it breaks the row.
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 if span in lines else 1)
            self.apply(*span, fmt)

    def apply(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        self.cursor.setPosition(self.map.to_qt(start))
        self.cursor.setPosition(self.map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.cursor.mergeCharFormat(fmt)
