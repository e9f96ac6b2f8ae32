"""New and dropped phrases, and the words whose use rose or fell.

Phrases are measured with jieba (see `segmenter`): its words, and runs of two or three of them, are
the candidates; a phrase is new when its text does not occur anywhere in the older report (a plain
substring test, not a token test), and listed when it occurs at least twice, or once inside
quotation marks (“两重”). Of nested new candidates the shortest is kept (决胜, not 决胜全面).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from .records import Phrase, Phrases

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
def segmenter() -> Any:
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
    for token in segmenter().cut(text, HMM=False):
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
    common = segmenter().FREQ
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
