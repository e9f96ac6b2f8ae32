"""Two Documents → aligned sections, targets lined up, new and dropped phrases (新旧对照).

Sections are aligned by structure and text, never by number: the top-level parts of one report are
matched to the other's, then the children of each matched pair to each other, and whatever is left
over at any depth is matched once more across parents (a sub-part that moved to another part). The
similarity of a pair is the cosine of the tf-idf vectors of the character bigrams of the two
sections' texts (digits read as one digit, so that 2018 and 2019 do not differ; a bigram's idf over
all sections of both reports, so 发展 and 推进 weigh little); the score adds a little of the bigram
Jaccard of the titles. Pairs are taken best first above a floor, so a moved section keeps its
counterpart. A section with none is 新增 (only in the newer report) or 删去 (only in the older).

A pair is "same" only when the two texts are equal once white space and the heading's number are
removed (a part renumbered is not changed; its children's numbers still count): two formats of one
report (a .txt and a .docx) then show no change, and a one-character edit shows one. Its similarity
is then 1.0; a changed pair's is the cosine, below 1.0 even when the bigrams happen to agree.

Phrases are measured with jieba (see `_segmenter`): its words, and runs of two or three of them, are
the candidates; a phrase is new when its text does not occur anywhere in the older report (a plain
substring test, not a token test), and listed when it occurs at least twice, or once inside
quotation marks (“两重”). Of nested new candidates the shortest is kept (决胜, not 决胜全面).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .charts import stored_qualifier
from .vocabulary import BY_ID, VOCABULARY, figure_id, label_of

if TYPE_CHECKING:
    from .document import Document, Indicator

# Below this score two sections are not each other's counterparts; across parents (a move) the
# bar is higher. Measured on the national reports 2017-2019: unrelated sub-parts score 0.01-0.10,
# counterparts 0.18-0.5 (乡村振兴 ⇄ 脱贫攻坚和乡村振兴 0.26).
_FLOOR = 0.15
_MOVED_FLOOR = 0.25
_TEXT_FLOOR = 0.08  # whatever the titles: two sections that share no text are no pair
_TITLE_WEIGHT = 0.25

_SPACE = re.compile(r"\s+")
_DIGITS = str.maketrans("0123456789０１２３４５６７８９", "0" * 20)


def _grams(text: str) -> list[str]:
    t = _SPACE.sub("", text).translate(_DIGITS)
    return [t[i:i + 2] for i in range(len(t) - 1)]


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(_grams(text))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True, slots=True)
class SectionPair:
    """A section of the older report and its counterpart in the newer one; either may be None."""

    old: int | None  # index into the older Document's flat_sections
    new: int | None
    level: int
    similarity: float  # 1.0 when the texts are equal (white space aside), 0.0 when one side is None
    status: str  # "same", "changed", "new" (only in the newer report), "dropped" (only in the older)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a target row, with where it stands (for a jump to its sentence)."""

    growth: float | None
    value: float | None
    unit: str | None
    qualifier: str | None
    sentence: str
    start: int
    end: int

    def as_json(self) -> dict[str, Any]:
        return {"growth": self.growth, "value": self.value, "unit": self.unit, "qualifier": self.qualifier}


@dataclass(frozen=True, slots=True)
class TargetRow:
    indicator: str  # canonical id (vocabulary.py)
    label: str
    old_target: Figure | None  # the older report's target for its year
    old_actual: Figure | None  # the newer report's result for that year
    new_target: Figure | None
    met: bool | None
    change: str | None  # "raised", "lowered", "same", "new", "dropped"; None when neither report has a target


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    old_count: int
    new_count: int
    old_rate: float  # per 10,000 characters of the report
    new_rate: float

    @property
    def count(self) -> int:
        """The count in the report that has it (the newer one's when both have)."""
        return self.new_count or self.old_count


@dataclass(frozen=True, slots=True)
class Phrases:
    new: tuple[Phrase, ...]
    dropped: tuple[Phrase, ...]
    rising: tuple[Phrase, ...]
    falling: tuple[Phrase, ...]


@dataclass(frozen=True, slots=True)
class Head:
    """Who and when a report is of, as model.meta.identity_of gives it."""

    year: int | None
    place: str | None


@dataclass(frozen=True, slots=True)
class Comparison:
    old: Document
    new: Document
    sections: tuple[SectionPair, ...]
    targets: tuple[TargetRow, ...]
    phrases: Phrases
    old_head: Head
    new_head: Head

    def changed(self) -> tuple[SectionPair, ...]:
        return tuple(p for p in self.sections if p.status != "same")


def compare(old: Document, new: Document, phrases: bool = True,
            heads: tuple[Head, Head] | None = None) -> Comparison:
    """The older report `old` beside the newer `new`; heads: their years and places when the caller
    knows them better than the title does."""
    if heads is None:
        heads = (Head(report_year(old), old.meta.get("place") or None),
                 Head(report_year(new), new.meta.get("place") or None))
    return Comparison(old, new, align_sections(old, new),
                      line_up_targets(old, new, (heads[0].year, heads[1].year)),
                      compare_phrases(old.text, new.text) if phrases else Phrases((), (), (), ()), *heads)


# --- sections ----------------------------------------------------------------------------------


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
            self._bare[i] = _SPACE.sub("", text)
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


# --- targets -----------------------------------------------------------------------------------

_YEAR = re.compile(r"(?:19|20)\d\d")
# Indicators whose target is a ceiling: the year met it when the result stayed at or below.
_CEILINGS = frozenset({"cpi", "unemployment", "registered_unemployment", "deficit_ratio", "deficit"})
_AT_MOST = ("以内", "以下", "不超过", "低于", "控制在")
_AT_LEAST = ("以上", "超过", "突破", "不低于", "高于")
_ROUGHLY = ("左右", "上下", "约")
_ROUGH_SLACK = 0.05  # 左右: a result within 5% of the target counts (7.5%左右 → 7.4% met, 7.0% not)
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*[－\-—~～至到]\s*(\d+(?:\.\d+)?)")


def report_year(doc: Document) -> int | None:
    """The year the report is of: its meta's, else the first year in its title."""
    year = doc.meta.get("year") or ""
    m = _YEAR.search(year) or _YEAR.search(doc.title)
    return int(m.group()) if m else None


def _usual_year(doc: Document, kind: str) -> int | None:
    years = Counter(i.year for i in doc.indicators if i.kind == kind and i.year is not None)
    return years.most_common(1)[0][0] if years else None


def _pick(doc: Document, kind: str, cid: str, year: int | None, strict: bool = False) -> Indicator | None:
    """The figure of the indicator cid the report gives first for `year` (any year when it gives
    none for that year; strict: only an undated one then): a growth for an amount, a level for a rate."""
    found = [i for i in doc.indicators if i.kind == kind and figure_id(i) == cid]
    if strict:
        found = [i for i in found if i.year in (year, None)]
    if not found:
        return None
    dated = [i for i in found if i.year == year] or found
    percent = BY_ID[cid].unit == "percent"
    better = [i for i in dated if (i.value is not None and (i.unit or "").endswith("%"))] if percent \
        else [i for i in dated if i.growth is not None]
    return (better or dated)[0]


def _figure(i: Indicator | None) -> Figure | None:
    if i is None:
        return None
    # A range ('6%－6.5%', growth_high) written out as the library keeps it: met() reads its low end.
    return Figure(i.growth, i.value, i.unit, stored_qualifier(i), i.sentence, i.start, i.end)


def _level(f: Figure, cid: str) -> float | None:
    """The number a target and a result of cid are held against each other by: a rate's level
    (its value in %, or its 'growth' when it is given as 上涨2%), else the growth."""
    if BY_ID[cid].unit == "percent":
        if f.value is not None and (f.unit or "").endswith("%"):
            return f.value
        return f.growth
    return f.growth


def is_range(qualifier: str | None) -> bool:
    """Is the qualifier a range ('6%－6.5%')?"""
    return bool(_RANGE.search(qualifier or ""))


def _bounds(f: Figure, level: float) -> tuple[float, float]:
    """The target's range: '6%－6.5%' is 6 to 6.5; a single number is itself."""
    m = _RANGE.search(f.qualifier or "")
    if m:
        lo, hi = sorted((float(m.group(1)), float(m.group(2))))
        return lo, hi
    return level, level


def is_met(target: Figure | None, actual: Figure | None, cid: str) -> bool | None:
    """Was the target met? None when either side lacks a comparable number.

    The rule: a floor (a growth, or a target with 以上/突破) is met when the result is at least the
    target (the low end of a range); a ceiling (prices, unemployment, the deficit, or a target
    with 以内/以下) when it is at most the target (the high end). A target 左右 ('roughly') allows a
    miss of 5% of the target either way. A result given only with 左右 is taken at its number."""
    if target is None or actual is None:
        return None
    t, a = _level(target, cid), _level(actual, cid)
    if t is None or a is None:
        if target.value is None or actual.value is None or target.unit != actual.unit:
            return None
        t, a = target.value, actual.value  # amounts in one unit: 城镇新增就业1100万人以上
    qualifier = target.qualifier or ""
    ceiling = cid in _CEILINGS
    if any(w in qualifier for w in _AT_MOST):
        ceiling = True
    elif any(w in qualifier for w in _AT_LEAST):
        ceiling = False
    lo, hi = _bounds(target, t)
    slack = _ROUGH_SLACK * abs(t) if any(w in qualifier for w in _ROUGHLY) else 0.0
    eps = 1e-9
    return a <= hi + slack + eps if ceiling else a >= lo - slack - eps


def _change(old: Figure | None, new: Figure | None, cid: str) -> str | None:
    if old is None and new is None:
        return None
    if old is None:
        return "new"
    if new is None:
        return "dropped"
    o, n = _level(old, cid), _level(new, cid)
    if o is None or n is None:
        o, n = old.value, new.value
        if o is None or n is None or old.unit != new.unit:
            return "same" if old.qualifier == new.qualifier else None
    ob, nb = _bounds(old, o), _bounds(new, n)
    if ob == nb:
        return "same"
    return "raised" if sum(nb) > sum(ob) else "lowered"


def line_up_targets(old: Document, new: Document,
                    years: tuple[int | None, int | None] = (None, None)) -> tuple[TargetRow, ...]:
    """One row per canonical indicator either report gives, in the vocabulary's order: the older
    report's target for its year, the newer report's result for that year, the newer report's
    target."""
    old_year = years[0] or report_year(old) or _usual_year(old, "target")
    new_year = years[1] or report_year(new) or _usual_year(new, "target")
    reviewed = old_year if old_year is not None and new_year is not None and old_year < new_year \
        else _usual_year(new, "actual")
    present = {figure_id(i) for d in (old, new) for i in d.indicators} - {None}
    rows = []
    for concept in VOCABULARY:
        cid = concept.id
        if cid not in present:
            continue
        old_target = _figure(_pick(old, "target", cid, old_year))
        # the result of the older report's year only: 2025's review says nothing of 2020's target
        old_actual = _figure(_pick(new, "actual", cid, reviewed, strict=reviewed == old_year))
        new_target = _figure(_pick(new, "target", cid, new_year))
        if old_target is None and old_actual is None and new_target is None:
            continue
        rows.append(TargetRow(cid, label_of(cid), old_target, old_actual, new_target,
                              is_met(old_target, old_actual, cid), _change(old_target, new_target, cid)))
    return tuple(rows)


# --- phrases -----------------------------------------------------------------------------------

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z+]+$")  # no digits: 增长7, 2万亿元 are figures, not phrases
_HAN = re.compile(r"[\u4e00-\u9fff]")
_QUOTED = re.compile(r"[“\"「]([^”\"」\n]{2,16})[”\"」]")
# Words that begin or end no phrase: particles, conjunctions, prepositions, measure words.
_STOP_WORDS = ("的 了 和 与 及 以及 并 并且 或 或者 在 是 为 对 把 被 将 以 于 由 从 向 到 等 也 都 而 其 "
                  "这 那 之 要 有 个 着 让 使 能 会 可 就 更 又 还 再 我们 我 他们 一个 一些 这些 "
                  "各 各种 不 没有 已 已经 同时 进一步 着力 加快 推进 推动 加强 持续 继续 坚持 深入 全面 "
                  "积极 大力 努力 切实 不断 进行 实施 开展 做好 抓好 促进 提高 提升 实现 确保 完善 "
                  "健全 建立 支持 鼓励 扩大 增加 降低 减少")
_STOP = frozenset(_STOP_WORDS.split())
_MAX_TOKENS = 3
# A phrase of one word is listed only when the word is rare in general Chinese (jieba's dictionary
# frequency): 很多, 时间, 显著, 成绩 are not 新提法; 重塑, 营商, 攻坚战, 宽带 are.
_COMMON = 1000
_RISE_MIN = 3  # a rising or falling phrase occurs this often in the report where it is more used
_RISE_RATIO = 2.0


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    """jieba, loaded on first use (about 0.4 s to import and 0.3-2 s to read its dictionary, by the
    machine's load): the character n-grams it was measured against list fragments a reader would
    not call phrases (代中国, 均增, 胜全面建成小康社), where jieba lists words and set expressions."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _runs(text: str) -> Iterator[list[str]]:
    """The report's words, run by run: a run ends at punctuation or white space."""
    run: list[str] = []
    for token in _segmenter().cut(text, HMM=False):
        if _WORD.match(token):
            run.append(token)
        else:
            if run:
                yield run
            run = []
    if run:
        yield run


def _candidates(text: str) -> Counter[str]:
    """Words and runs of up to three words, none beginning or ending with a stop word, with at least
    two Han characters; counted as units of the segmentation."""
    found: Counter[str] = Counter()
    common = _segmenter().FREQ
    for run in _runs(text):
        for i in range(len(run)):
            if run[i] in _STOP or (i > 0 and len(run[i - 1]) == 1 and len(run[i]) == 1):
                continue  # 新|质|生产力: a phrase does not begin inside a word cut in single characters
            for n in range(1, _MAX_TOKENS + 1):
                if i + n > len(run):
                    break
                last = run[i + n - 1]
                if last in _STOP or (n > 1 and len(last) == 1):  # 习近平新 is no phrase
                    continue
                if n == 1 and (common.get(last) or 0) >= _COMMON:
                    continue
                phrase = "".join(run[i:i + n])
                if len(_HAN.findall(phrase)) >= 2:
                    found[phrase] += 1
    return found


def _quoted(text: str) -> set[str]:
    return {m.group(1) for m in _QUOTED.finditer(text) if _HAN.search(m.group(1))}


def _only_in(text: str, other: str, units: Counter[str], quoted: set[str]) -> list[str]:
    """Candidates of text that the other text never contains: the shortest of nested ones, and of
    overlapping ones the one found first (新时代 before 时代中国, in 新时代中国特色)."""
    fresh = {p for p, n in units.items() if (n >= 2 or p in quoted) and p not in other}
    fresh |= {q for q in quoted if q not in other}
    order = sorted(fresh, key=lambda p: (p not in quoted, len(p), -units[p], p))
    covered = bytearray(len(text))
    kept: list[str] = []
    for p in order:
        spans = [m.start() for m in re.finditer(re.escape(p), text)]
        free = [at for at in spans if not any(covered[at:at + len(p)])]
        if not free:
            continue
        kept.append(p)
        for at in spans:
            covered[at:at + len(p)] = b"\1" * len(p)
    return kept


def _rate(count: int, length: int) -> float:
    return round(count * 10000 / max(length, 1), 2)


def compare_phrases(old: str, new: str) -> Phrases:
    """New and dropped phrases (in one text, nowhere in the other), and the words whose use per
    10,000 characters rose or fell most (at least doubled or halved, at least three uses)."""
    old_units, new_units = _candidates(old), _candidates(new)

    def phrase(text: str) -> Phrase:
        o, n = old.count(text), new.count(text)
        return Phrase(text, o, n, _rate(o, len(old)), _rate(n, len(new)))

    def listed(texts: list[str]) -> tuple[Phrase, ...]:
        made = [phrase(t) for t in texts]
        made = [p for p in made if p.count > 0]
        return tuple(sorted(made, key=lambda p: (-p.count, -len(p.text), p.text)))

    fresh = listed(_only_in(new, old, new_units, _quoted(new)))
    gone = listed(_only_in(old, new, old_units, _quoted(old)))
    shared = [phrase(w) for w in (set(old_units) & set(new_units)) if len(w) >= 2]
    rising, falling = [], []
    for p in shared:
        if p.old_count == 0 or p.new_count == 0:
            continue
        if p.new_count >= _RISE_MIN and p.new_rate >= _RISE_RATIO * p.old_rate:
            rising.append(p)
        elif p.old_count >= _RISE_MIN and p.old_rate >= _RISE_RATIO * p.new_rate:
            falling.append(p)

    def strength(p: Phrase) -> float:
        return abs(math.log(p.new_rate / p.old_rate)) * math.sqrt(p.old_count + p.new_count)

    rising.sort(key=lambda p: (-strength(p), p.text))
    falling.sort(key=lambda p: (-strength(p), p.text))
    return Phrases(fresh, gone, tuple(rising[:40]), tuple(falling[:40]))


# --- JSON --------------------------------------------------------------------------------------


def _head(doc: Document, head: Head) -> dict[str, Any]:
    return {"title": doc.title, "year": head.year, "place": head.place}


def to_json(c: Comparison) -> dict[str, Any]:
    """The shape `shigu-gui compare OLD NEW --json` prints."""
    a, b = c.old.flat_sections, c.new.flat_sections

    def figure(f: Figure | None) -> dict[str, Any] | None:
        return f.as_json() if f else None

    def phrase(p: Phrase) -> dict[str, Any]:
        return {"text": p.text, "count": p.count}

    def rate(p: Phrase) -> dict[str, Any]:
        return {"text": p.text, "count": p.count, "old_per_10k": p.old_rate, "new_per_10k": p.new_rate}

    return {
        "old": _head(c.old, c.old_head),
        "new": _head(c.new, c.new_head),
        "sections": [{"old": a[p.old].title if p.old is not None else None,
                      "new": b[p.new].title if p.new is not None else None,
                      "level": p.level, "similarity": p.similarity} for p in c.sections],
        "targets": [{"indicator": t.indicator, "label": t.label, "old_target": figure(t.old_target),
                     "old_actual": figure(t.old_actual), "new_target": figure(t.new_target), "met": t.met}
                    for t in c.targets],
        "phrases": {"new": [phrase(p) for p in c.phrases.new], "dropped": [phrase(p) for p in c.phrases.dropped],
                    "rising": [rate(p) for p in c.phrases.rising],
                    "falling": [rate(p) for p in c.phrases.falling]},
    }


# --- changed words within a pair ---------------------------------------------------------------

_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；\n]?")
_WORD_DIFF_LIMIT = 8000  # characters a side beyond which changed sentences are marked whole (~0.2 s)
_SHORT_SAME = 3  # characters: an unchanged run shorter than this between changes is part of the change


def _sentences(text: str, offset: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            out.append((offset + m.start(), offset + m.end(), _SPACE.sub("", m.group())))
    return out


def _word_changes(a: str, a_at: int, b: str, b_at: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The changed words of two texts as spans (a word-level diff), short unchanged runs between
    two changes taken into them, so the marks come at a pace of reading."""
    from difflib import SequenceMatcher

    wa = list(_segmenter().cut(a, HMM=False))
    wb = list(_segmenter().cut(b, HMM=False))
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
    from difflib import SequenceMatcher

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
