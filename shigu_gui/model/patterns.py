"""Regular expressions for the shapes a 政府工作报告 is written in, shared by the parser stages."""

from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十"
PART = re.compile(rf"^([{CN_NUM}]{{1,3}}\s*[、．.])\s*")
PAREN_CN = re.compile(rf"^([（(]\s*[{CN_NUM}]{{1,3}}\s*[）)])\s*")
ARABIC = re.compile(r"^([0-9０-９]{1,2}\s*[．.、](?![0-9０-９]))\s*")
PAREN_AR = re.compile(r"^([（(]\s*[0-9０-９]{1,2}\s*[）)]|[①-⑳])\s*")
DASH = re.compile(r"^(——)(?![0-9]{4}年)")
APPENDIX = re.compile(r"^附(件|录)\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?\s*")
GLOSSARY_HEADING = re.compile(r"名词解释|名词注释|名词说明|词语解释|有关名词")
PART_WORDS = re.compile(
    r"工作回顾|工作安排|工作建议|工作任务|政府工作任务|总体要求|政策取向|主要目标|"
    r"重点工作|政府自身建设|目标任务"
)
GREETING = re.compile(r"^各位代表[：:！!，,]")

# Sentence-final marks: a line ending in one of these ends a paragraph.
TERMINAL = "。！？；：!?;:…"
CLOSERS = "”’」』）)】》\"'"
# A line starting with one of these continues the line before it.
CONTINUATION_START = "）)」』”’，、。；：！？%％"
SENTENCE_MARKS = "。！？；：!?;:"


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def cjk_ratio(line: str) -> float:
    if not line:
        return 0.0
    cjk = sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")
    return cjk / len(line)


def numbered_label(line: str) -> tuple[str, re.Match[str]] | None:
    """The kind of numbered heading a paragraph starts with, and its match."""
    for kind, pattern in (
        ("part", PART),
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
        and not any(ch in SENTENCE_MARKS for ch in line)
        and cjk_ratio(line) >= 0.5
        and not line.startswith(("（", "("))
        and line[-1] not in "、，,《“("
        and line[0] not in "、，,。》”)）"
    )
