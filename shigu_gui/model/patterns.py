"""Regular expressions for the shapes a 政府工作报告 is written in, shared by the parser stages."""

from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十"
# (﹑, the small form of 、, in some copies: '一﹑五年工作的回顧')
PART = re.compile(rf"^([{CN_NUM}]{{1,3}}\s*[、﹑．.])\s*")
# '一' alone on a line; '第一、', '第一部分', '第一章' (not '第一，', a point in running prose).
BARE = re.compile(rf"^([{CN_NUM}]{{1,3}})$")
ORDINAL = re.compile(rf"^(第[{CN_NUM}]{{1,3}}(?:(?:部分|章|篇)\s*[、．.：:]?|\s*[、．.：:]))\s*")
PAREN_CN = re.compile(rf"^([（(]\s*[{CN_NUM}]{{1,3}}\s*[）)])\s*")
ARABIC = re.compile(r"^([0-9０-９]{1,2}\s*[．.、](?![0-9０-９]))\s*")
PAREN_AR = re.compile(r"^([（(]\s*[0-9０-９]{1,2}\s*[）)]|[①-⑳])\s*")
# '——', also as copies write it: '———' (a dash too many), '----' (ASCII), '－－'; never a date line
# ('——' alone on a line has its text on the next one; '---' alone is a rule, no label)
DASH = re.compile(r"^(—{2,4}|-{3,6}(?=\s*[^\s\-])|－{2,4})(?![—\-－])(?!\s*[0-9]{4}\s*年)")
APPENDIX = re.compile(r"^附(件|录|錄)\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?\s*")
GLOSSARY_HEADING = re.compile(
    r"名[词詞](?:解[释釋]|注[释釋]|注解|[说說]明|[释釋]义|[释釋]義|解[读讀])|[词詞][语語](?:解[释釋]|注[释釋])"
    r"|有[关關]名[词詞]|[术術][语語](?:解[释釋]|[说說]明)|用[语語](?:解[释釋]|[说說]明)"
)
# '注释' or '注解' as a heading line of its own (with 附, brackets or a colon around it).
# '注：' alone on a line heads the notes as well.
_NOTES_LINE = re.compile(
    r"^[【\[［〔（(]?(?:附[件录錄]?[：:]?)?注(?:[释釋解][】\]］〕）)]?[：:]?|[】\]］〕）)]?[：:])$"
)
PART_WORDS = re.compile(
    r"工作回[顾顧]|工作安排|工作建[议議]|工作任[务務]|政府工作任[务務]|[总總][体體]要求|政策取向|主要目[标標]|"
    r"重[点點]工作|工作重[点點]|主要任[务務]|政府自身建[设設]|目[标標]任[务務]"
)
# A part heading led by a slogan and a colon: '站在新起点：2012年工作回顾'.
SLOGAN_PART = re.compile(r"^([^：:]{2,16})[：:]\s*([^：:]{4,24})$")
# Closing words: always a part of their own.
CLOSING = re.compile(r"^(?:结束语|結束語|结语|結語)$")
# The end of the report in a copy: a licence box, a web page's footer.
FOOTER = re.compile(
    r"^(?:本作品(?:是|在|属于|采用|来自)|Public domain$|注：中文维基|版[权權]所有|[责責]任[编編][辑輯]\s*[:：])"
)
# A field of a portal's record of the document, a line of its own: '索引号: 003257952/…',
# '发布日期: 2007-03-02', '您现在所在的位置: 网站首页> …'. Neither the title nor a sentence to join.
SITE_FIELD = re.compile(
    r"^[•·\s]*(?:索\s*引\s*号|索引號|发布机构|發布機構|发布日期|發布日期|发布时间|發布時間|成文日期|文\s*号|文號"
    r"|组配分类|組配分類|主题分类|主題分類|名\s*称|名稱|浏览次数|瀏覽次數|公开目录|公開目錄|公开方式|有效性"
    r"|您现在所在的位置|您現在所在的位置|所在位置)\s*[：:]"
)
GREETING = re.compile(r"^(?:各位代表|代表同志们)([：:！!，,])")
# The report's first sentence, where a copy drops the greeting: '现在，我代表县人民政府…'.
OPENING = re.compile(
    r"^(?:现在|現在)[，,、\s]*我(?:代表|受)|^我(?:代表|受)[^\x00-\x7f，。]{0,20}?(?:人民政府|政府)"
)

# Sentence-final marks: a line ending in one of these ends a paragraph.
TERMINAL = "。！？；：!?;:…"
CLOSERS = "”’」』）)】》\"'"
# A line starting with one of these continues the line before it.
CONTINUATION_START = "）)」』”’》】，、。；：！？%％"
SENTENCE_MARKS = "。！？；：!?;:"


# (Regex scans for the characters of a set: a Python loop over each character is slower.)
_SENTENCE_MARK = re.compile(f"[{re.escape(SENTENCE_MARKS)}]")
_GLOSSARY_STOP = re.compile("[。；;]")
_CJK = re.compile("[\u4e00-\u9fff]")


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def cjk_ratio(line: str) -> float:
    if not line:
        return 0.0
    cjk = len(_CJK.findall(line))
    return cjk / len(line)


# Every character a numbered label below may start with.
_LABEL_FIRST = frozenset(
    CN_NUM + "第（(—-－0123456789０１２３４５６７８９" + "".join(chr(c) for c in range(ord("①"), ord("⑳") + 1))
)


def numbered_label(line: str) -> tuple[str, re.Match[str]] | None:
    """The kind of numbered heading a paragraph starts with, and its match."""
    if not line or line[0] not in _LABEL_FIRST:
        return None  # most paragraphs: no pattern below can match (one test instead of seven)
    for kind, pattern in (
        ("part", PART),
        ("bare", BARE),
        ("ordinal", ORDINAL),
        ("paren_cn", PAREN_CN),
        ("paren_ar", PAREN_AR),
        ("arabic", ARABIC),
        ("dash", DASH),
    ):
        m = pattern.match(line)
        if m:
            return kind, m
    return None


def is_short_title(line: str, limit: int = 40) -> bool:
    """A short line with no sentence punctuation in it: a candidate un-numbered heading."""
    return (
        0 < len(line) <= limit
        and not _SENTENCE_MARK.search(line)
        and cjk_ratio(line) >= 0.5
        and not line.startswith(("（", "("))
        and line[-1] not in "、，,《“("
        and line[0] not in "、，,。》”)）"
    )


_CN_DIGITS = {ch: i + 1 for i, ch in enumerate("一二三四五六七八九")}
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}


def label_value(label: str) -> int | None:
    """The number a heading label stands for: '（十二）' → 12, '３．' → 3, '②' → 2, '第三部分' → 3."""
    digits = "".join(_LABEL_DIGITS.findall(label))
    if digits:
        return int(digits.translate(_FULLWIDTH))
    for ch in label:
        if ch in _CIRCLED:
            return _CIRCLED[ch]
    numeral = "".join(_LABEL_NUMERALS.findall(label))
    if not numeral:
        return None
    if "十" not in numeral:
        return _CN_DIGITS.get(numeral[-1])
    tens, _, ones = numeral.partition("十")
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
# (a regex finds a label's digits or numerals in one call: a generator over its characters was slower)
_LABEL_DIGITS = re.compile("[0-9０-９]+")
_LABEL_NUMERALS = re.compile(f"[{CN_NUM}]+")


# The glossary's heading with its first entry run on after it: '名词解释：1.“四上”企业：指…',
# '注：〔1〕“1336”发展战略：…' (group 1: the heading).
# What such a heading starts with (a test of str.startswith: indexing makes a string of a paragraph's
# first character, and a regex call costs more; every paragraph is tested)
GLOSSARY_RUN_IN_STARTS = ("名", "附", "注", "《", "〈", "【", "[")
GLOSSARY_RUN_IN = re.compile(
    r"^((?:附\s*[件录錄]\s*[0-9０-９一二三四五]*\s*[：:]?\s*)?[《〈【\[]?(?:政府工作[报報]告)?[》〉]?"
    r"(?:名[词詞](?:解[释釋]|注[释釋])|注[释釋解]?)[】\]]?[：:]?)\s*"
    r"(?=[0-9０-９]{1,2}\s*[．.、](?![0-9０-９])|[【\[［〔][0-9０-９]{1,2}[】\]］〕]|[①-⑳])"
)


def is_glossary_heading(text: str) -> bool:
    """'名词解释', '附：名词注释', '名 词 解 释', '【注释】': the heading of the report's glossary."""
    if len(text) > 40 or _GLOSSARY_STOP.search(text):
        return False
    compact = "".join(text.split())
    return len(compact) <= 30 and (GLOSSARY_HEADING.search(compact) is not None
                                   or _NOTES_LINE.match(compact) is not None) and (
        "\t" not in text  # (a table's head row '序号\t名词\t解释' is no heading)
    )
