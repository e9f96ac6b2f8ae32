"""Sections aligned by structure and text, never by number.

The top-level parts of one report are matched to the other's, then the children of each matched pair
to each other, and whatever is left over at any depth is matched once more across parents (a
sub-part that moved to another part). The similarity of a pair is the cosine of the tf-idf vectors of
the character bigrams of the two sections' texts (digits read as one digit, so that 2018 and 2019 do
not differ; a bigram's idf over all sections of both reports, so 发展 and 推进 weigh little); the
score adds a little of the bigram Jaccard of the titles. Pairs are taken best first above a floor, so
a moved section keeps its counterpart. A section with none is 新增 (only in the newer report) or 删去
(only in the older).

A pair is "same" only when the two texts are equal once white space and the heading's number are
removed (a part renumbered is not changed; its children's numbers still count): two formats of one
report (a .txt and a .docx) then show no change, and a one-character edit shows one. Its similarity
is then 1.0; a changed pair's is the cosine, below 1.0 even when the bigrams happen to agree.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .records import SectionPair

if TYPE_CHECKING:
    from ..document import Document


# Below this score two sections are not each other's counterparts; across parents (a move) the
# bar is higher. Measured on the national reports 2017-2019: unrelated sub-parts score 0.01-0.10,
# counterparts 0.18-0.5 (乡村振兴 ⇄ 脱贫攻坚和乡村振兴 0.26).
_FLOOR = 0.15
_MOVED_FLOOR = 0.25
_TEXT_FLOOR = 0.08  # whatever the titles: two sections that share no text are no pair
_TITLE_WEIGHT = 0.25
SPACE = re.compile(r"\s+")
_DIGITS = str.maketrans("0123456789０１２３４５６７８９", "0" * 20)


def _grams(text: str) -> list[str]:
    t = SPACE.sub("", text).translate(_DIGITS)
    return [t[i:i + 2] for i in range(len(t) - 1)]


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(_grams(text))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)



class _Side:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.flat = doc.flat_sections
        self.index = {id(s): i for i, s in enumerate(self.flat)}
        self.counts = [Counter(_grams(doc.text[s.start:s.end])) for s in self.flat]
        self.titles = [_bigrams(s.title) for s in self.flat]
        self.vectors: list[dict[str, float]] = []
        self._bare: dict[int, str] = {}

    def weigh(self, idf: dict[str, float]) -> None:
        """tf-idf vectors, unit length: a bigram every section has weighs nothing."""
        self.vectors = []
        for counts in self.counts:
            v = {g: n * idf[g] for g, n in counts.items() if idf[g] > 0}
            norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
            self.vectors.append({g: w / norm for g, w in v.items()})

    def bare(self, i: int) -> str:
        if i not in self._bare:
            s = self.flat[i]
            text = self.doc.text[s.start:s.end]
            if s.number and text.startswith(s.number):  # renumbered, not changed: 二、 now 三、
                text = text[len(s.number):]
            self._bare[i] = SPACE.sub("", text)
        return self._bare[i]

    def children(self, i: int | None) -> list[int]:
        sections = self.doc.sections if i is None else self.flat[i].children
        return [self.index[id(s)] for s in sections]


def _cosine(u: dict[str, float], v: dict[str, float]) -> float:
    if len(u) > len(v):
        u, v = v, u
    return min(1.0, sum(w * v.get(g, 0.0) for g, w in u.items()))


def _match(a: _Side, b: _Side, olds: Iterable[int], news: Iterable[int], floor: float,
           found: dict[int, int], scores: dict[int, float]) -> list[tuple[int, int]]:
    """Pairs of (old, new) indexes, best score first, each index in one pair at most."""
    olds = [i for i in olds if i not in found]
    taken = set(found.values())
    news = [j for j in news if j not in taken]
    candidates = []
    for i in olds:
        for j in news:
            text = _cosine(a.vectors[i], b.vectors[j])
            score = text + _TITLE_WEIGHT * _jaccard(a.titles[i], b.titles[j])
            if score >= floor and text >= _TEXT_FLOOR:
                candidates.append((score, -i, -j, text))
    candidates.sort(reverse=True)
    made = []
    for _, i, j, text in candidates:
        i, j = -i, -j
        if i in found or j in taken:
            continue
        found[i] = j
        taken.add(j)
        scores[i] = text
        made.append((i, j))
    return made


def align_sections(old: Document, new: Document) -> tuple[SectionPair, ...]:
    """Every section of both reports once, in the newer report's order, each dropped section after
    the counterpart of the section before it in the older report."""
    a, b = _Side(old), _Side(new)
    seen: Counter[str] = Counter()
    for counts in (*a.counts, *b.counts):
        seen.update(counts.keys())
    total = len(a.counts) + len(b.counts)
    # +1: a bigram every section has weighs little, not nothing (a tiny report against itself)
    idf = {g: math.log((total + 1) / n) for g, n in seen.items()}
    a.weigh(idf)
    b.weigh(idf)
    found: dict[int, int] = {}
    scores: dict[int, float] = {}

    def descend(pairs: list[tuple[int | None, int | None]]) -> None:
        for i, j in pairs:
            made = _match(a, b, a.children(i), b.children(j), _FLOOR, found, scores)
            descend(list(made))

    descend([(None, None)])
    # What is left at any depth may have moved to another parent.
    moved = _match(a, b, range(len(a.flat)), range(len(b.flat)), _MOVED_FLOOR, found, scores)
    while moved:
        descend(list(moved))
        moved = []

    back = {j: i for i, j in found.items()}
    after: dict[int, list[int]] = {}  # new index (or -1: the start) → dropped old indexes after it
    last = -1
    for i in range(len(a.flat)):
        if i in found:
            last = found[i]
        else:
            after.setdefault(last, []).append(i)

    def pair(i: int | None, j: int | None) -> SectionPair:
        if i is None:
            assert j is not None
            return SectionPair(None, j, b.flat[j].level, 0.0, "new")
        if j is None:
            return SectionPair(i, None, a.flat[i].level, 0.0, "dropped")
        if a.bare(i) == b.bare(j):
            return SectionPair(i, j, b.flat[j].level, 1.0, "same")
        return SectionPair(i, j, b.flat[j].level, min(round(scores[i], 3), 0.999), "changed")

    out = [pair(i, None) for i in after.get(-1, [])]
    for j in range(len(b.flat)):
        out.append(pair(back.get(j), j))
        out.extend(pair(i, None) for i in after.get(j, []))
    return tuple(out)
