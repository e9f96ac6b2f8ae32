"""Every regular expression and loop of the parser is linear in its input: a family of adversarial
lines, each parsed at 10⁴ and 10⁵ characters in the same run; ten times the input may take about
ten times as long, and a quadratic step shows as a hundredfold (the test fails above 30×)."""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable

import pytest

from shigu_gui.model import ReportError, parse_report

SMALL, LARGE = 10_000, 100_000
MAX_GROWTH = 30
FLOOR = 0.004  # seconds: below this the small input's time is mostly noise


def repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


_ALPHABET = (list("一二三四五六七八九十（）()、．.——：:。，；！？“”\n \u3000\t")
             + list("0123456789%,-~亿元万人户增长下降左右以上年要各位代表名词解释附件工作回顾安排占比重约为和P第"))


def shuffled(size: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_ALPHABET) for _ in range(size))


def terms(size: int) -> str:
    """A glossary of nothing but short, distinct terms (each was looked for in the whole text)."""
    lines, used, j = ["名词解释"], 5, 0
    while used < size:
        lines.append(f"{j % 99 + 1}.“{j}”：{j}")
        used += len(lines[-1]) + 1
        j += 1
    return "\n".join(lines)


def glossary(size: int, body: int) -> str:
    """A body of `body` characters mentioning terms, then a glossary of distinct terms."""
    lines, used, i = ["各位代表：", "一、2019年工作回顾"], 20, 0
    while used < body:
        lines.append(f"推进项目{i}号建设，完成投资{i}亿元。")
        used += len(lines[-1]) + 1
        i += 1
    lines += ["附件", "名词解释"]
    j = 0
    while used < size:
        lines.append(f"{j % 99 + 1}.“项目{j}号”（P2）：解释项目{j}号。")
        used += len(lines[-1]) + 1
        j += 1
    return "\n".join(lines)


BODY = "各位代表：\n一、2019年工作回顾\n"
# A paragraph without an end mark, so that the lines after it continue it.
OPEN = "这是一个很长的句子没有结束标点符号的一行文字内容"
FAMILIES: dict[str, Callable[[int], str]] = {
    # runs of white space inside a line (paragraph breaks are looked for in them)
    "spaces": lambda n: repeat(" ", n, "字", "字"),
    "tabs": lambda n: repeat("\t", n, "字", "字"),
    "ideographic spaces": lambda n: repeat("\u3000", n, "字", "字"),
    "spaces and ideographic spaces": lambda n: repeat(" \u3000", n, "字", "字"),
    "spaces before a greeting": lambda n: repeat(" ", n, "字", "各位代表："),
    "spaces after a speaker": lambda n: repeat(" ", n, "市长", "\n" + BODY),
    # numbers: thousands groups, decimals, ranges, ratios, percentages
    "thousands groups": lambda n: repeat(",111", n, BODY + "收入1"),
    "thousands groups and a unit": lambda n: repeat(",111", n, BODY + "收入1", "元"),
    "digits": lambda n: repeat("1", n, BODY + "收入"),
    "digits and dots": lambda n: repeat("1.", n, BODY + "收入"),
    "percentages": lambda n: repeat("1%", n, BODY + "增长"),
    "ranges": lambda n: repeat("1% - ", n, BODY + "增长"),
    "ratios": lambda n: repeat("1:1.", n, BODY),
    "growth clauses": lambda n: repeat("增长1%，", n, BODY + "地区生产总值"),
    "amounts": lambda n: repeat("1亿元", n, BODY),
    # words the indicator names are cleaned of, and the 占…比重 pattern
    "fillers": lambda n: repeat("和", n, BODY, "1亿元"),
    "trailing verbs": lambda n: repeat("为", n, BODY + "产值", "1亿元"),
    "about": lambda n: repeat("约", n, BODY + "产值", "1亿元"),
    "share of": lambda n: repeat("占", n, BODY, "1%"),
    "share of, with 比重": lambda n: repeat("占比", n, BODY, "的比重1%"),
    # numbering marks, in a line and on lines of their own
    "part numbers": lambda n: repeat("一、", n),
    "parenthesised numbers": lambda n: repeat("（一）", n),
    "open parentheses": lambda n: repeat("(", n),
    "arabic numbers": lambda n: repeat("1.", n),
    "numbered lines": lambda n: repeat("一、工作\n", n),
    "numbered sub-lines": lambda n: repeat("（一）工作\n", n),
    "dash lines": lambda n: repeat("——好局面。\n", n),
    # continuation lines: each joins the paragraph before it
    "continuation lines": lambda n: repeat("\n，", n, OPEN),
    # … after a long paragraph, which each join copied again (an astral character makes it a
    # 4-byte string: the copies show at this size, 22 s at 8×10⁵ characters before the fix)
    "continuation lines after a long paragraph": lambda n: "𠀀" + "字" * (n // 2) + "\n，" * (n // 4),
    "continuation lines of text": lambda n: repeat("\n，字", n, OPEN),
    "closing marks on lines": lambda n: repeat("\n》", n, OPEN),
    "short lines": lambda n: repeat("字\n", n),
    # the glossary appendix
    "glossary entries": lambda n: repeat("1.“词”（P2）：解释\n", n, "名词解释\n"),
    "open quotes in a glossary": lambda n: repeat("“", n, "名词解释\n1."),
    "page lists in a glossary": lambda n: repeat("1,", n, "名词解释\n1.“词”（P"),
    "distinct glossary terms": terms,
    "a body and a long glossary": lambda n: glossary(n, n // 2),
    # one entry whose definition runs on for thousands of lines (each was added to it in turn)
    "one term and a long definition": lambda n: repeat("\n国家重大战略实施。", n, "名词解释\n1.“两重”建设：指…"),
    # whatever random report characters make
    "random report characters": lambda n: shuffled(n, 1),
    "random report characters, other seed": lambda n: shuffled(n, 2),
}


def parse_time(text: str, repeats: int) -> float:
    """The best CPU time of a few parses (other programs on the machine do not count)."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        started = time.process_time()
        try:
            parse_report(text)
        except ReportError:
            pass
        finally:
            elapsed = time.process_time() - started
            gc.enable()
        best = min(best, elapsed)
    return best


@pytest.mark.parametrize("family", list(FAMILIES))
def test_parsing_time_grows_linearly(family: str) -> None:
    make = FAMILIES[family]
    small, large = make(SMALL), make(LARGE)
    assert len(large) == pytest.approx(LARGE, rel=0.01)
    small_time = parse_time(small, 3)
    large_time = parse_time(large, 1)
    growth = large_time / max(small_time, FLOOR)
    assert large_time < 2.0 and growth <= MAX_GROWTH, (
        f"{family}: {small_time * 1000:.1f} ms at {SMALL} characters, {large_time * 1000:.1f} ms at {LARGE}"
    )


def test_a_definition_of_many_lines_grows_linearly() -> None:
    """One term whose definition runs on for 60,000 lines: each line used to be added to the
    definition in turn, copying it every time (7.9 s at 0.8 M characters). Eight times the input
    may take about eight times as long; the quadratic step took 16-24 times here."""
    make = FAMILIES["one term and a long definition"]
    small, large = make(75_000), make(600_000)
    small_time = parse_time(small, 3)
    large_time = parse_time(large, 1)
    growth = large_time / max(small_time, FLOOR)
    assert large_time < 5.0 and growth <= 13, (
        f"{small_time * 1000:.1f} ms at {len(small)} characters, {large_time * 1000:.1f} ms at {len(large)}"
    )
