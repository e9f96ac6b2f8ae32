"""A report cut into the library's segments: its sections, long ones cut at paragraph ends,
each kept as written and folded (model/folded.py); and the pairs index's columns. No Qt."""

from __future__ import annotations

from ..model.document import Document
from ..model.folded import bare_text, fold_table


def segments_of(doc: Document, longest: int = 1500) -> list[tuple[int, str, int, int]]:
    """The report's text tiled by its sections: (flat index or -1, label, start, end). A section
    holds its heading and the text up to its first child; the title block comes first. A long
    stretch is cut at paragraph ends into pieces of about `longest` characters, so that a search
    reads little text for each hit (no term spans a paragraph end)."""
    flat = doc.flat_sections
    starts = sorted({0, *(s.start for s in flat)})
    by_start: dict[int, int] = {}
    for i, s in enumerate(flat):
        by_start.setdefault(s.start, i)
    pieces = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(doc.text)
        if end <= start:
            continue
        index = by_start.get(start, -1)
        label = flat[index].label if index >= 0 else ""
        while end - start > longest:
            cut = doc.text.rfind("\n", start + longest // 3, start + longest)
            if cut < 0:
                cut = doc.text.find("\n", start + longest, end)
            if cut < 0 or cut + 1 >= end:
                break
            pieces.append((index, label, start, cut + 1))
            start = cut + 1
        pieces.append((index, label, start, end))
    return pieces


def folded_segments(doc: Document) -> list[tuple[int, str, int, int, str, str]]:
    """The report's segments (segments_of) with their folded text: (flat index, label, start,
    start in the folded text, text, folded)."""
    table = fold_table(doc.text)
    segments = []
    fstart = 0
    for index, label, start, end in segments_of(doc):
        text = doc.text[start:end]
        folded = text.translate(table)
        segments.append((index, label, start, fstart, text, folded))
        fstart += len(folded)
    return segments


def pair_columns(folded: str) -> tuple[str, str]:
    """The pairs index's two columns for a folded text: pairs at even and at odd positions."""
    text = folded + "\0\0"  # every character, the last one too, starts a pair
    hexed = text.translate({ord(c): f"{ord(c):06x}" for c in set(text)})
    even = " ".join(hexed[i: i + 12] for i in range(0, len(hexed) - 12, 12))
    odd = " ".join(hexed[i: i + 12] for i in range(6, len(hexed) - 12, 12))
    return even, odd



SAME_REPORT = 0.9  # the least likeness (bigram_likeness) of two copies of one report


def bigram_likeness(a: str, b: str) -> float:
    """How alike two texts are, from 0 to 1: the Jaccard index of the sets of adjacent character
    pairs of their bare texts (model/folded.py: no white space, punctuation or symbols)."""
    left, right = bare_text(a), bare_text(b)
    if left == right:
        return 1.0
    pairs_a = {left[i: i + 2] for i in range(len(left) - 1)}
    pairs_b = {right[i: i + 2] for i in range(len(right) - 1)}
    union = len(pairs_a | pairs_b)
    return len(pairs_a & pairs_b) / union if union else 0.0
