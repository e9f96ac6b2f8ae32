"""Source lines to display paragraphs: strip indentation, split run-together paragraphs,
rejoin paragraphs that the source's page breaks cut in the middle of a sentence."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from operator import itemgetter

from .copy_noise import PINYIN, SPACED_DIGITS, without_inline_page_numbers, without_watermark
from .patterns import (
    CN_NUM,
    CONTINUATION_START,
    GREETING,
    OPENING,
    SENTENCE_MARKS,
    SITE_FIELD,
    cjk_ratio,
    ends_sentence,
    is_short_title,
    numbered_label,
)

# Invisible marks a copy may carry at the ends of a line besides Unicode's spaces (str.strip).
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
# Two or more ideographic spaces inside a line mark a paragraph start (one-line reports).
# The look-behind starts a match only at the first of a run of spaces: without it every space of a
# long run would scan the rest of the run again (quadratic).
# (Written to start with a character class, which the regex engine scans for fast: a pattern starting
# with the look-behind was tried at every character of the line. Same matches.)
_INLINE_BREAK = re.compile(r"[ \t\u3000](?<![ \t][ \t\u3000])(?:(?<=\u3000)\u3000+|(?<=[ \t])[ \t]*\u3000{2,})")
_TITLE_LINE = 45  # a longer line with no sentence end is running text, not a heading
_TAIL = 256  # _continues reads a paragraph's length up to 45 and its end, never more
_BOLD = re.compile(r"\*\*")
# The greeting run on after the title block, with or without a space (a document-sharing site's
# copy that lost its line breaks: '…区长杜玲各位代表:现在，我代表…').
# A comma after it only before the opening words ('某市政府工作报告 各位代表,现在,我代表…'):
# '感谢各位代表，…' is a sentence.
_GREETING_INSIDE = re.compile(r"(?<=\S)\s*(?=各位代表(?:[：:！!]|[，,]\s*现在))")
# A line ending in an opening mark or a list comma goes on: a link or a page cut it there.
# An enumeration word alone on a line ('一是', '其三'): bold type cut it from its sentence.
_LIST_WORD = re.compile(rf"^(?:[{CN_NUM}]{{1,3}}是|其[{CN_NUM}])[，,：:]?$")
_OPENERS = "《“「『【（(、，"
_GREETING_WITHIN = 40  # the greeting opens a report's body within its first lines
_WRAP_MIN = 16
_WRAP_LINES = 10
_WRAP_SHARED = 6  # lines of the wrap width at least
# A page number alone on a line, as official documents print it: '— 3 —', '-3-', '第3页', '第3页共20页'.
_PAGE_NUMBER_LINE = re.compile(
    r"^(?:[—\-–－]{1,2}\s*\d{1,4}\s*[—\-–－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?)$"
)
_PAGE_NUMBER_FIRST = frozenset("—-–－第")  # what a page number line can start with (the pattern's first characters)
_PAGE_CHUNK = re.compile(r"(\d{1,3})、")  # '2、' before the rest of a page a document site cut
# A copy that lost its line breaks runs a part's heading into the sentences around it:
# '…提出意见。一、过去五年工作回顾本届政府任期…', '…请予审议。过去五年和2021年工作回顾过去五年，…'.
# The heading starts a chunk or follows a sentence's end, is at most a short line, ends in a word
# that closes a part's title (回顾, 工作安排 …) and runs straight into its text (no mark after it).
_RUN_IN_MIN = 200  # only a chunk this long is a run of paragraphs (a line of its own is left alone)
_RUN_IN_WHOLE = 3000  # a chunk this long is a whole report on one line
_RUN_IN_FIRST = 3  # the first long chunks: the opening sentence and the first part are among them
_PART_END = (
    r"(?:工作回[顾顧忆憶]|的回[顾顧]|[总總][体體]回[顾顧忆憶]|工作情[况況]|工作安排|工作部署|工作任[务務]|主要任[务務]|目[标標]任[务務]"
    r"|[总總][体體]要求|政府自身建[设設]|[发發]展成就)"
)
# (Un-numbered, only a review opens a part: '按照市委工作安排部署' is a sentence.) The pattern starts
# with the mark before the heading, a class the regex engine scans for fast; a chunk's start is
# tried with match().
_RUN_IN_PART = re.compile(
    rf"[。！？!?：:]?\s*((?:[{CN_NUM}]{{1,3}}[、．.]\s*[^。！？!?；;：:，,、\s]{{0,30}}?{_PART_END}"
    # two things joined: '一、“十三五”发展成就和2021年主要工作'
    rf"(?:[和及与][^。！？!?；;：:，,、\s]{{1,16}}?(?:{_PART_END}|主要工作))?"
    r"|[^。！？!?；;：:，,、\s]{0,24}?(?:工作回[顾顧忆憶]|工作的回[顾顧]))[”〞\"]?)"
    # a numbered one may end with a full stop ('一、过去一年工作回顾。XX年是…'; _run_in_parts checks)
    # and run on into its first item ('一、2012年工作回顾（一）积极应对…')
    rf"(。)?\s*(?=[^\x00-\x2f。！？!?；;：:，,、）)”〞]|[（(][{CN_NUM}]{{1,3}}[）)])"
)
# Where a run-in heading may start besides after a mark: after the title it follows ('武汉市2005年
# 政府工作报告一、2004年工作回顾2004年，…'), after a space before its number ('…县长 谭秀中 一、…').
_RUN_IN_MARK = re.compile(
    rf"[。！？!?：:]|(?<=政府工作报告|政府工作報告)(?=[{CN_NUM}]{{1,3}}、)|\s(?=[{CN_NUM}]{{1,3}}、)"
)


def split_paragraphs(text: str) -> list[tuple[str, int]]:
    """Return (paragraph text, 1-based source line) pairs in reading order."""
    return [(t, line) for t, line, _ in split_marked_paragraphs(text)]


def split_marked_paragraphs(text: str) -> list[tuple[str, int, bool]]:
    """(paragraph text, 1-based source line, a line of its own) in reading order: the third is
    True when more blank lines set the paragraph apart from both its neighbours than the text
    puts between its paragraphs (a heading's layout)."""
    pieces, soft, gaps = _pieces(without_watermark(text))
    alone = _set_apart(gaps)
    # In a text whose paragraphs are set apart by blank lines, a single line break inside an
    # unfinished sentence is no paragraph break: a link's or a page's markup cut the line there.
    # The style shows where sentences end: after a sentence, does the next piece follow on the very
    # next line, or after a blank line?
    after_ends = [soft[i] for i in range(1, len(pieces)) if ends_sentence(pieces[i - 1][0])]
    blank_style = len(after_ends) > 2 and after_ends.count(True) * 4 < len(after_ends)
    # A paragraph grows as a list of pieces, joined once: `prev + piece` for each of many short
    # continuation lines copied the paragraph again and again (quadratic). _continues sees the
    # paragraph's last _TAIL characters, which is all of it for every paragraph it reads whole.
    parts: list[list[str]] = []
    lines: list[int] = []
    own: list[bool] = []
    tail = ""
    chained = False  # the paragraph opened with a word cut off by a link or bold type ('在' / '工资制度…')
    greeting = _greeting_index(pieces)
    width = _wrap_width(pieces)
    last_len = 0  # the length of the piece before: a full line of a hard-wrapped text goes on
    page_break = False
    after_link = False  # the piece before was a link's text cut out of its sentence
    for i, (piece, line_no) in enumerate(pieces):
        if piece[:1] in _PAGE_NUMBER_FIRST and _PAGE_NUMBER_LINE.match(piece):
            page_break = True  # '— 3 —' at a page's foot, copied from a printed document
            continue
        # A short piece whose next piece goes on with punctuation is a link's text cut out of a
        # sentence ('…深入贯彻' / '科学发展观' / '，…'): it goes on its line before as well.
        linked = i + 1 < len(pieces) and pieces[i + 1][0][0] in CONTINUATION_START
        soft_break = blank_style and soft[i] and _soft_break(tail, piece, linked)
        # '在' / '工资制度和价格改革' / '上迈出重要的步子，…': a paragraph opening with a word or two
        # that a link's or bold type's line break cut off goes on until its sentence does
        cut = blank_style and soft[i] and bool(parts) and not ends_sentence(tail) and (
            chained or (len(parts[-1]) == 1 and _cut_word(tail)))
        # A line set apart from both its neighbours by more blank lines than the text puts between
        # its paragraphs is a heading of its own, however long ('第一，实行能源的开发和节约并重，…'):
        # the paragraph after it does not go on from it.
        fenced = alone[i] or (i > 0 and alone[i - 1])
        # In a text whose paragraphs are set apart by blank lines, a short phrase with a single line
        # break on both sides is a link's text cut out of its sentence, even after a full stop
        # ('…持续健康发展。' / '党的十八届六中全会' / '正式明确' / '习近平' / '总书记的核心地位，…'): a
        # heading there stands apart by a blank line below it.
        fragment = blank_style and soft[i] and i + 1 < len(pieces) and soft[i + 1] and _link_text(piece)
        # and the sentence goes on after the link ('——' / '改革开放' / '深入推进。…')
        resumed = after_link and soft[i] and numbered_label(piece) is None and not GREETING.match(piece)
        after_link = fragment
        if not parts:
            joins = False
        elif i <= greeting or (i == 1 and _headline(pieces[0][0])):
            # The title block (title, date and meeting, speaker, a site's name and date) holds
            # items of a line each, and so does a text's first line when it reads as a headline:
            # only a line cut at a mark goes on ('《' … / '）…').
            joins = piece[0] in CONTINUATION_START or tail[-1] in _OPENERS or _title_cut(tail, piece)
        else:
            # a full line of a hard-wrapped text, or a sentence a page's number cut, goes on
            joins = soft_break or cut or fragment or resumed or _continues(tail, piece, linked) or (
                (page_break or (width > 0 and last_len >= width - 1)) and not ends_sentence(tail)
                and numbered_label(piece) is None and not GREETING.match(piece)
            )
            chunk = _PAGE_CHUNK.match(piece) if not joins and piece[0].isdigit() else None
            if chunk is not None and chunk.end() < len(piece) and _runs_on(tail, int(chunk.group(1))):
                # '…竭诚为各类企业服务,促进了' / '2、辖区经济持续快速健康发展': a document site's page
                # number before the rest of a sentence, not an item of a list
                piece, joins = piece[chunk.end():], True
        last_len = len(piece)
        page_break = False
        if not fenced and joins:
            chained = cut
            joint = _joint(tail, piece)
            parts[-1].append(joint + piece)
            tail = (tail + joint + piece)[-_TAIL:]
        else:
            chained = False
            parts.append([piece])
            lines.append(line_no)
            own.append(alone[i])
            tail = piece[-_TAIL:]
    paragraphs = [("".join(p), line, o) for p, line, o in zip(parts, lines, own, strict=True)]
    # A copy without line breaks runs part headings into its long chunks: the first long ones (the
    # opening sentence runs on into the first part) and any holding a whole report are read for them.
    lengths = list(map(len, map(itemgetter(0), paragraphs)))
    looked = list(itertools.islice((i for i, n in enumerate(lengths) if n > _RUN_IN_MIN), _RUN_IN_FIRST))
    first_long = set(looked)
    if max(lengths, default=0) > _RUN_IN_WHOLE:
        looked += [i for i, n in enumerate(lengths) if n > _RUN_IN_WHOLE and i not in first_long]
    split = {i: run_in for i in looked if len(run_in := _run_in_parts(paragraphs[i][0])) > 1}
    if not split:
        return paragraphs
    return [piece for i, para in enumerate(paragraphs)
            for piece in ([(q, para[1], False) for q in split[i]] if i in split else [para])]


def _wrap_width(pieces: list[tuple[str, int]]) -> int:
    """The width a hard-wrapped text's lines were cut at (28 in an official document's copy): the
    length a third of its long lines share; 0 for a text of a paragraph a line."""
    # (lengths counted in C; the pieces of a 4.9 MB text are ~100,000: a Python loop took 6 ms)
    counts = {n: c for n, c in Counter(map(len, map(itemgetter(0), pieces))).items() if n >= _WRAP_MIN}
    long = sum(counts.values())
    if long < _WRAP_LINES:
        return 0
    width, count = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    # (a few lines of one length in a short page are no width: title lines and a heading of 16)
    return width if count * 3 >= long and count >= _WRAP_SHARED and width <= _TITLE_LINE else 0


def _runs_on(prev: str, number: int) -> bool:
    """A paragraph of running text cut in the middle of a sentence, before page `number` (2 on)."""
    return number >= 2 and len(prev) > _TITLE_LINE and not ends_sentence(prev) and not _numbered_title(prev)


def _greeting_index(pieces: list[tuple[str, int]]) -> int:
    """Index of the greeting ('各位代表：') among the first pieces, else of the opening sentence
    ('现在，我代表…') a copy without the greeting starts with; -1 when there is neither."""
    first = pieces[:_GREETING_WITHIN]
    found = next((i for i, (p, _) in enumerate(first) if GREETING.match(p)), -1)
    if found < 0:
        found = next((i for i, (p, _) in enumerate(first) if OPENING.match(p)), -1)
    return found


def _title_cut(prev: str, piece: str) -> bool:
    """'政府工作报' / '告': a title block's line cut inside a word by a link's markup. A lone character
    is no item of a title block (a speaker's name has two at least), nor is the title's last word."""
    if ends_sentence(prev) or not _CJK_CHAR.match(prev[-1]):
        return False
    return (len(piece) == 1 and _CJK_CHAR.match(piece) is not None) or (
        piece in ("报告", "報告") and not prev.endswith(("报告", "報告")))


def _link_text(piece: str) -> bool:
    """A phrase a page marks as a link: short, Chinese, no sentence mark, no number or greeting."""
    return (
        len(piece) <= _LINK_MAX and not any(ch in SENTENCE_MARKS or ch in "，,、；;" for ch in piece)
        and cjk_ratio(piece) >= 0.6 and numbered_label(piece) is None and not GREETING.match(piece)
    )


_LINK_MAX = 12


def _headline(line: str) -> bool:
    """A first line that names a report, short and with no clause in it: a page's headline."""
    return (
        len(line) <= _TITLE_LINE and ("报告" in line or "報告" in line)
        and not any(ch in "，,、；;。" for ch in line) and cjk_ratio(line) >= 0.5
    )


def _cut_word(piece: str) -> bool:
    """A word or two alone, no number, no greeting: the start of a sentence a line break cut."""
    return (
        len(piece) <= 3
        and all(_CJK_CHAR.match(ch) for ch in piece)
        and numbered_label(piece) is None
        and not _LIST_WORD.match(piece)
    )


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _soft_break(prev: str, nxt: str, linked: bool) -> bool:
    """A single line break that cuts a sentence of running text (not a heading) in two."""
    if ends_sentence(prev) or GREETING.match(nxt) or numbered_label(nxt) is not None:
        return False
    if _numbered_title(prev) or (numbered_label(prev) is not None and len(prev) <= _TITLE_LINE):
        return False
    return linked or len(prev) > _TITLE_LINE or any(ch in "，、；," for ch in prev[-_TITLE_LINE:])


def _joint(prev: str, nxt: str) -> str:
    """A space where a line break separated two Latin words ("Made in" + "China")."""
    a, b = prev[-1], nxt[0]
    words = a.isascii() and b.isascii() and a.isalnum() and b.isalnum() and (a.isalpha() or b.isalpha())
    return " " if words else ""


def _numbered_title(line: str) -> bool:
    """'（一）加强和改善宏观调控，促进经济平稳快速发展' on a line of its own."""
    return (
        len(line) <= 45
        and numbered_label(line) is not None
        and not any(ch in SENTENCE_MARKS for ch in line)
    )


def _set_apart(gaps: list[int]) -> list[bool]:
    """For each piece: more blank lines before it and after it than the text's usual gap between
    paragraphs (the most common one), in a text that sets most of its pieces apart by blank lines
    (a licence box's lines cut at each link do not count)."""
    counts: dict[int, int] = {}
    for gap in gaps[1:]:
        counts[gap] = counts.get(gap, 0) + 1
    spaced = len(gaps) - 1 - counts.pop(0, 0)
    if spaced < 2 or spaced * 2 < len(gaps) - 1:
        return [False] * len(gaps)
    usual = max(counts, key=lambda g: (counts[g], -g))
    after = [*gaps[1:], 0]
    return [i > 0 and gaps[i] > usual and after[i] > usual for i in range(len(gaps))]


def _pieces(text: str) -> tuple[list[tuple[str, int]], list[bool], list[int]]:
    """The non-blank pieces of the text with their line numbers; for each piece whether it
    follows the piece before on the very next line (no blank line between them), and how many
    blank lines stand before it."""
    pieces: list[tuple[str, int]] = []
    soft: list[bool] = []
    gaps: list[int] = []
    greeting_seen = False
    last_line = -1
    # Bold marks and the spaces between digits go in one pass over the whole text, not one per
    # line: neither spans a line, and a space between digits stands inside its piece (no piece
    # starts or ends at it), so the pieces are the same.
    if "**" in text:  # bold type marked **…**; a line with an odd count holds a placeholder ('一、**年工作回顾')
        text = "\n".join(_BOLD.sub("", line) if line.count("**") % 2 == 0 else line for line in text.split("\n"))
    text = SPACED_DIGITS.sub(r"\1", text)
    text = without_inline_page_numbers(text)
    for line_no, raw in enumerate(text.split("\n"), start=1):
        first = True
        # (only a run of spaces inside the line splits it: an indentation is stripped as any)
        inline = "\u3000\u3000" in raw and "\u3000\u3000" in raw.strip()
        for chunk in _INLINE_BREAK.split(raw) if inline else (raw,):
            chunk = _strip(chunk)
            if not chunk:
                continue
            follows = first and line_no == last_line + 1
            gap = max(line_no - last_line - 1, 0) if first else 0
            first = False
            last_line = line_no
            if not greeting_seen and "各位代表" in chunk:
                greeting_seen = True
                parts = [_strip(p) for p in _GREETING_INSIDE.split(chunk, maxsplit=1) if _strip(p)]
                pieces.extend((p, line_no) for p in parts)
                soft.extend([follows] + [False] * (len(parts) - 1))
                gaps.extend([gap] + [0] * (len(parts) - 1))
                continue
            pieces.append((chunk, line_no))
            soft.append(follows)
            gaps.append(gap)
    return pieces, soft, gaps


def _run_in_parts(chunk: str) -> list[str]:
    """A long chunk cut before and after the part headings run into it (a copy with no line
    breaks): the text before, each heading, the text after."""
    cuts: list[int] = []
    first = _RUN_IN_PART.match(chunk)  # a heading opening the chunk
    if first is not None and first.end() < len(chunk) and _run_in_heading(first):
        cuts += [first.start(1), first.end()]
    for mark in _RUN_IN_MARK.finditer(chunk, first.end() if first else 0):
        m = _RUN_IN_PART.match(chunk, mark.start())
        if m is not None and m.end() < len(chunk) and _run_in_heading(m):
            cuts += [m.start(1), m.end()]
    if not cuts:
        return [chunk]
    bounds = [0, *cuts, len(chunk)]
    return [p for a, b in itertools.pairwise(bounds) if (p := chunk[a:b].strip())]


def _run_in_heading(m: re.Match[str]) -> bool:
    """Only a numbered heading ends with a full stop: '…按照年度工作回顾。' is a sentence."""
    return m.group(2) is None or m.group(1)[0] in CN_NUM


def _label_only(line: str) -> bool:
    """'（一）' or '第一、' alone on a line: its text is on the next one. ('一' alone is a part.)"""
    if len(line) > 6:
        return False
    label = numbered_label(line)
    return label is not None and label[0] != "bare" and label[1].end() == len(line)


def _strip(chunk: str) -> str:
    chunk = chunk.strip().strip(_INVISIBLE).strip()
    if "(" in chunk:
        chunk = PINYIN.sub("", chunk)
    return chunk


def _continues(prev: str, nxt: str, linked: bool = False) -> bool:
    """True when nxt is the rest of prev's sentence, cut off by a page or line break (linked: the
    piece after nxt continues nxt)."""
    if nxt[0] in CONTINUATION_START or prev[-1] in _OPENERS or _label_only(prev):
        return True
    if len(prev) <= 5 and _LIST_WORD.match(prev):
        return True
    if ends_sentence(prev) or len(prev) < 20 or SITE_FIELD.match(prev) or SITE_FIELD.match(nxt):
        return False
    # A numbered paragraph may run on into a long body, so only a short prev is a heading.
    if is_short_title(prev, 30) or _numbered_title(prev) or GREETING.match(nxt) or _year_title(prev):
        return False
    return numbered_label(nxt) is None and (linked or not is_short_title(nxt, 30))


_YEAR_FIRST = re.compile(r"\d{4}\s*年")


def _year_title(line: str) -> bool:
    """A longer heading that opens with the year it reviews, with no clause in it ('2024年全市上下
    解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单'): a line of its own."""
    return (
        line[:1].isdigit() and _YEAR_FIRST.match(line) is not None
        and is_short_title(line, _YEAR_TITLE_MAX) and not any(ch in "，,、" for ch in line)
    )


_YEAR_TITLE_MAX = 45
