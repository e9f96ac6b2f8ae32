"""Lines → paragraphs: where a paragraph starts (an indent, a short line, a gap, a size change, a
page break in block layout), and the lines of one joined and folded."""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter

from .folding import fold
from .lines import Line

_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = re.compile(r"[。！？；：!?;:…][”’」』）)]?$")


def paragraphs_of(lines: list[Line]) -> list[str]:
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
    # Headings set in a face of their own (黑体, 楷体, bold) over a body in another (仿宋, 宋体): a
    # line wholly in another face than the body's is a paragraph of its own; where the document
    # sets lines so (more than a title), a line in the body's face is no heading by its shortness.
    faces = Counter[str]()
    for line in body:
        if line.font:
            faces[line.font] += len(line.text)
    body_face = faces.most_common(1)[0][0] if faces else ""

    def own_face(line: Line) -> bool:
        return bool(body_face and line.font) and line.font == line.end_font != body_face

    faced = sum(1 for line in lines if own_face(line)) >= 3
    paragraphs: list[list[str]] = []
    prev: Line | None = None
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
            face_change = prev.end_font != line.font and (own_face(prev) or own_face(line))
            # In the body's face, a line that does not finish a sentence runs on into the next
            # (but in a paragraph opening with an item's number: a glossary term, a list's item):
            # shortness alone makes no heading there.
            runs_on = (faced and prev.end_font == line.font == body_face and not ends_sentence
                       and _ITEM_LABEL.match(fold(paragraphs[-1][0][:8])) is None)
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
            prev_short = prev_short and not runs_on
            page_break = block_layout and prev.page != line.page and not runs_on and (
                (ends_sentence and ((shortfall > size and not title_moved)
                                    or _ITEM_LABEL.match(fold(line.text[:8])) is not None))
                or (shortfall > 3 * size and _first_unit_width(line, quotes=True) < shortfall - size))
            starts = face_change or (not both_big and (indented or prev_short or gap or size_change or big
                                                         or page_break))
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


def _first_unit_width(line: Line, titles_only: bool = False, quotes: bool = False) -> float:
    """How wide the line's first unbreakable stretch is drawn: a 《book title》, a number or a
    Latin word (with the marks that may not start a line after it); quotes: a “quoted word” too
    (Qt's line breaker moves one down whole); 0 for a Chinese character."""
    unit = _UNIT.match(line.text) or (_QUOTED.match(line.text) if quotes else None)
    if unit is None or (titles_only and line.text[0] not in "《〈"):
        return 0.0
    per_char = (line.x1 - line.x0) / max(1, len(line.text))
    return per_char * len(unit.group())



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
