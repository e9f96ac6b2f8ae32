"""What changed within a pair of sections, as spans of each report's text (sentences, then words)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from .phrases import segmenter
from .records import SectionPair
from .sections import SPACE

if TYPE_CHECKING:
    from ..document import Document


_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；\n]?")
_WORD_DIFF_LIMIT = 8000  # characters a side beyond which changed sentences are marked whole (~0.2 s)
_SHORT_SAME = 3  # characters: an unchanged run shorter than this between changes is part of the change


def _sentences(text: str, offset: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            out.append((offset + m.start(), offset + m.end(), SPACE.sub("", m.group())))
    return out


def _word_changes(a: str, a_at: int, b: str, b_at: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The changed words of two texts as spans (a word-level diff), short unchanged runs between
    two changes taken into them, so the marks come at a pace of reading."""
    wa = list(segmenter().cut(a, HMM=False))
    wb = list(segmenter().cut(b, HMM=False))
    at_a, at_b = [a_at], [b_at]
    for w in wa:
        at_a.append(at_a[-1] + len(w))
    for w in wb:
        at_b.append(at_b[-1] + len(w))
    out: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        for spans, lo, hi in ((out[0], at_a[i1], at_a[i2]), (out[1], at_b[j1], at_b[j2])):
            if hi <= lo:
                continue
            if spans and lo - spans[-1][1] < _SHORT_SAME:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    return out


def changed_spans(old: Document, new: Document, pair: SectionPair) -> tuple[list[tuple[int, int]],
                                                                             list[tuple[int, int]]]:
    """What changed within a pair of sections, as spans of each Document's text: sentences are
    aligned first (an unchanged sentence stays unmarked), then the words of each run of changed
    sentences are diffed, as a word-level diff does (sections over 8,000 characters: the changed
    sentences whole). A section without a counterpart is changed whole."""
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    sides = []
    for doc, index in ((old, pair.old), (new, pair.new)):
        s = doc.flat_sections[index] if index is not None else None
        sides.append(_sentences(doc.text[s.start:s.end], s.start) if s else [])
    a, b = sides
    if pair.old is None or pair.new is None:
        spans[0].extend((x, y) for x, y, _ in a)
        spans[1].extend((x, y) for x, y, _ in b)
        return spans
    small = max(a[-1][1] - a[0][0] if a else 0, b[-1][1] - b[0][0] if b else 0) <= _WORD_DIFF_LIMIT
    matcher = SequenceMatcher(None, [t for *_, t in a], [t for *_, t in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        left, right = a[i1:i2], b[j1:j2]
        if not (left and right and small):
            spans[0].extend((x, y) for x, y, _ in left)
            spans[1].extend((x, y) for x, y, _ in right)
            continue
        lo, hi, ro, rh = left[0][0], left[-1][1], right[0][0], right[-1][1]
        words = _word_changes(old.text[lo:hi], lo, new.text[ro:rh], ro)
        spans[0].extend(words[0])
        spans[1].extend(words[1])
    return spans
