"""Word's list numbers: w:numPr rendered as Word shows them (一、 (二) 1. ①, restarts, levels)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .wordml import VAL, w

_CHINESE_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    if n < 10:
        return _CHINESE_DIGITS[n]
    if n < 20:
        return "十" + (_CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CHINESE_DIGITS[n // 10] + "十" + (_CHINESE_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def _roman(n: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
              (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while n >= value:
            out += letters
            n -= value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """A list number as Word shows it for the w:numFmt values reports use."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "koreanCounting"):
        return _chinese(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"):
        legal = str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾" if fmt == "chineseLegalSimplified"
                              else "壹貳參肆伍陸柒捌玖拾")
        return _chinese(n).translate(legal)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return "子丑寅卯辰巳午未申酉戌亥"[n - 1]
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class Numbering:
    """Renders w:numPr the way Word does: the lists (w:num) of one definition (w:abstractNum) count
    on together unless a list restarts a level (w:startOverride); deeper levels restart."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._abstract_of: dict[str, str] = {}
        self._restarts: dict[str, set[int]] = {}  # levels a list restarts when first used
        self._counters: dict[str, list[int]] = {}
        self._style_numpr: dict[str, tuple[str, int] | None] = {}
        self._document = document
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError, ValueError):
            return  # none, or two numbering parts (python-docx's ValueError): the lists go unnumbered
        abstracts: dict[str, dict[int, _Level]] = {}
        for abstract in root.iterchildren(w("abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iterchildren(w("lvl")):
                levels[_int(lvl.get(w("ilvl")), 0)] = _Level(
                    fmt=_child_val(lvl, "numFmt") or "decimal",
                    text=_child_val(lvl, "lvlText") or "",
                    start=_start(_child_val(lvl, "start")),
                )
            abstracts[abstract.get(w("abstractNumId"), "")] = levels
        for num in root.iterchildren(w("num")):
            num_id, abstract_id = num.get(w("numId"), ""), _child_val(num, "abstractNumId") or ""
            base = abstracts.get(abstract_id, {})
            levels = {k: _Level(v.fmt, v.text, v.start) for k, v in base.items()}
            restarts: set[int] = set()
            for override in num.iterchildren(w("lvlOverride")):
                ilvl = _int(override.get(w("ilvl")), 0)
                start = _child_val(override, "startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl].start = _start(start)
                    restarts.add(ilvl)
            self._levels[num_id] = levels
            self._abstract_of[num_id] = abstract_id
            self._restarts[num_id] = restarts

    def label(self, p: Any) -> str:
        ref = self._numpr(p)
        if ref is None:
            return ""
        num_id, ilvl = ref
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels or not 0 <= ilvl < 9:  # Word has nine levels, 0-8
            return ""
        key = self._abstract_of.get(num_id, num_id)
        counters = self._counters.setdefault(key, [levels[i].start - 1 if i in levels else 0 for i in range(9)])
        for restart in self._restarts.pop(num_id, set()):
            counters[restart] = levels[restart].start - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = levels[deeper].start - 1 if deeper in levels else 0
        level = levels[ilvl]
        if level.fmt == "bullet":
            return ""
        text = level.text
        for i in range(ilvl + 1):
            value = max(counters[i], levels[i].start if i in levels else 1)
            fmt = levels[i].fmt if i in levels else "decimal"
            text = text.replace(f"%{i + 1}", format_number(value, fmt))
        return text

    def _numpr(self, p: Any) -> tuple[str, int] | None:
        ppr = p.find(w("pPr"))
        if ppr is None:
            return None
        numpr = ppr.find(w("numPr"))
        if numpr is not None:
            num_id = _child_val(numpr, "numId")
            if num_id is None or num_id == "0":
                return None
            return num_id, _int(_child_val(numpr, "ilvl"), 0)
        style = ppr.find(w("pStyle"))
        return self._style_numbering(style.get(VAL, "")) if style is not None else None

    def _style_numbering(self, style_id: str) -> tuple[str, int] | None:
        if style_id not in self._style_numpr:
            found = None
            try:
                style = self._document.styles.element.get_by_id(style_id)
                numpr = style.find(f"{w('pPr')}/{w('numPr')}") if style is not None else None
                if numpr is not None:
                    num_id = _child_val(numpr, "numId")
                    if num_id and num_id != "0":
                        found = (num_id, _int(_child_val(numpr, "ilvl"), 0))
            except (KeyError, AttributeError):
                found = None
            self._style_numpr[style_id] = found
        return self._style_numpr[style_id]


def _child_val(node: Any, tag: str) -> str | None:
    child = node.find(w(tag))
    return None if child is None else child.get(VAL)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


_MAX_START = 32_767  # Word's own bound for a list's start


def _start(value: str | None) -> int:
    """A list level's first number, within what Word allows (a negative or huge w:start is damage)."""
    return min(max(_int(value, 1), 0), _MAX_START)
