"""What a copy of a report adds that the report never said: a copying site's mark at each line's
end, an ASCII scramble after each line, a converter's pinyin after the characters it changed,
digits a scan spaced out, page numbers run into the lines.
"""

from __future__ import annotations

import itertools
import re

# Digits a scan spaced out: '1 9 9 8 年', '8 ．8 ％', '7 4 7 7 2 亿元' (one space, any Unicode one).
# The character before the space is matched (and put back) rather than looked behind for: a pattern
# starting with a digit class is scanned for twice as fast as one starting with "a space". A digit
# spaced from the next is one that stands alone: two numbers of several digits side by side are two
# numbers ('2021-07-28 08:33:25').
SPACED_DIGITS = re.compile(
    r"([0-9０-９．.])[^\S\n]"
    r"(?:(?<![0-9０-９][0-9０-９][^\S\n])(?=[0-9０-９])|(?<=[0-9０-９][^\S\n])(?=[．％%年月日万亿千百]))"
)
# A converter's reading in pinyin after a character it changed: '現(xiàn)在', '生產(chǎn)總值'.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# (the bracket first and the character before it looked back at: a pattern starting with a
# look-behind is tried at every character)
PINYIN = re.compile(rf"\((?<=[^\x00-\x7f]\()(?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)")
_LINE_END_TOKEN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]{3,4})\s*$")
_TOKEN_TAIL = 8  # the end of a line the mark is looked for in
_WATERMARK_LINES = 3
_MARKS_BEFORE_TOKEN = frozenset("。！？：:；;")
# A scramble of 4–12 ASCII marks, letters and digits after a Chinese line and a space, at least one
# mark and one letter in it: a site's anti-copying noise, different on each line.
_JUNK = r"(?=[!-~ ]*[A-Za-z])(?=[!-~ ]*[^A-Za-z0-9\s])(?=[!-~ ]{4,14}$)[!-~]{1,12}(?: [!-~]{1,12})?"
_LINE_END_JUNK = re.compile(rf"(?<=[^\x00-\x7f])[ \t]+{_JUNK}$")
_LINE_END_JUNK_ALL = re.compile(rf"(?<=[^\x00-\x7f])[ \t]+{_JUNK}$", re.MULTILINE)
_JUNK_TAIL = 14
_WATERMARK_SAMPLE = 2000
# The same page numbers left inside a line by a copy that lost its line breaks ('…二、— 20 —
# 2024年工作安排…'); the text around the mark is checked in Python (a pattern starting with a
# look-behind is tried at every character).
_DASHES = "—\\-–－"
_INLINE_PAGE_NUMBER = re.compile(rf"[{_DASHES}]{{1,2}}[^\S\n]*(\d{{1,4}})[^\S\n]*[{_DASHES}]{{1,2}}(?![{_DASHES}])")


def without_watermark(text: str) -> str:
    """The text without the token a copying site appends to its lines to mark them ('各位代表:v7R',
    '一、2017年工作回顾Zeu'): a short mixed-case or letter-and-digit word ending many lines. A site
    marks every line, so its first lines show the mark (only they are counted)."""
    counts: dict[str, int] = {}
    after_marks: dict[str, int] = {}  # lines where the word follows a sentence's end or a colon
    lines = text[:_WATERMARK_SAMPLE].split("\n")
    junk = 0
    for line in lines:
        tail = line[-_TOKEN_TAIL:]
        m = _LINE_END_TOKEN.search(tail)
        if m is not None:  # after a Chinese character or a mark
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
            if m.start() > 0 and tail[m.start() - 1] in _MARKS_BEFORE_TOKEN:
                after_marks[m.group(1)] = after_marks.get(m.group(1), 0) + 1
        junk += _LINE_END_JUNK.search(line[-_JUNK_TAIL:]) is not None
    if junk >= _WATERMARK_LINES and junk * 10 >= len(lines):
        # a different scramble of ASCII after each line ('政 府 工 作 报 告 LsMq&a-j2', '一、去年工作回顾 *2m{i:3')
        return _LINE_END_JUNK_ALL.sub("", text)
    if not counts:
        return text
    token, count = max(counts.items(), key=lambda kv: kv[1])
    mixed = any(c.islower() for c in token) and any(c.isupper() or c.isdigit() for c in token)
    # A word in capitals ('XLC') marks the lines only when it stands after the end of a sentence
    # ('提出意见。XLC', '各位代表:XLC'): an abbreviation of the text's own ('人均GDP') ends a word.
    capitals = token.isalpha() and token.isupper() and after_marks.get(token, 0) >= _WATERMARK_LINES
    if count < _WATERMARK_LINES or count * 10 < len(lines) or not (mixed or capitals):
        return text
    # once known, the mark goes wherever it stands alone (a site's summary line joins marked lines)
    return re.sub(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])[^\S\n]*", "", text)


_DASHES_AND_DIGITS = frozenset("—-–－0123456789")


def without_inline_page_numbers(text: str) -> str:
    """Page numbers run into a line are taken out when they count pages: two or more, rising,
    each with text before and after it on its line. One such mark alone, or numbers out of order,
    are the report's own words."""
    spans: list[tuple[int, int]] = []
    numbers: list[int] = []
    for m in _INLINE_PAGE_NUMBER.finditer(text):
        start, end = m.start(), m.end()
        if start and text[start - 1] in _DASHES_AND_DIGITS:
            continue
        while start and text[start - 1] in " \t\u3000":
            start -= 1
        while end < len(text) and text[end] in " \t\u3000":
            end += 1
        if start and end < len(text) and text[start - 1] not in "\n0123456789" and text[end] != "\n":
            spans.append((start, end))
            numbers.append(int(m.group(1)))
    if len(spans) < 2 or any(b <= a for a, b in itertools.pairwise(numbers)):
        return text
    bounds = [0, *itertools.chain.from_iterable(spans), len(text)]
    return "".join(text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))
