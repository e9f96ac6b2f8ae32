"""Numbers as people write them in Chinese, rewritten in Arabic digits for the indicator reader:
百分之十一点八 → 11.8%, 八千二百九十一亿元 → 8291亿元, 一九五四年 → 1954年, 增长一倍 → 增长1倍."""

from __future__ import annotations

import re

_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
_D = "〇○零一二两三四五六七八九"
_NUMBER = rf"[{_D}十][{_D}十百千万亿]*(?:点[{_D}]+)?"
# What may follow a number for it to be one: a unit of the indicator reader, or a year.
_AFTER = (
    r"(?=个百分点|百分点|平方公里|平方米|公顷|公里|千米|千瓦|美元|元|倍|吨|亩|斤|担"
    # a measure word only where no noun follows it: '两万户。', '三百万人以上', not '两项补贴'
    r"|(?:户|家|人次|人|座|所|件|项|名|套|辆|台|条|处|头|张|架|艘)(?:以上|以内|以下|左右|上下)?(?![\u4e00-\u9fff]))"
)
_ONE_DIGIT_UNITS = ("倍", "个百分点", "百分点")
_PERCENT = re.compile(rf"百分之({_NUMBER})")
# '百分之八至九': a range of percentages with the sign said once.
_PERCENT_RANGE = re.compile(rf"百分之({_NUMBER})([至到])({_NUMBER})(?![{_D}十百千万亿点]|个|百分点)")
# Each starts with a character class (fast to scan for); what may not stand before it is checked
# in the replacement (_after_other).
_YEAR = re.compile(rf"([{_D}]{{4}})(?=年)")
_AMOUNT = re.compile(rf"({_NUMBER}){_AFTER}")
_NOT_BEFORE_YEAR = frozenset(f"{_D}十")
_NOT_BEFORE_AMOUNT = frozenset(f"{_D}十百千万亿第")
# A number in Chinese followed by its unit, as patterns to build other scans on: the characters it
# starts with, and what follows its first character.
AMOUNT_FIRST = f"{_D}十"
AMOUNT_REST = rf"[{_D}十百千万亿点]*{_AFTER}"
# A quick test before the rewriting: any numeral character at all.
HAS_NUMERAL = re.compile(rf"[{_D}十]")


def cn_value(text: str) -> float | None:
    """'八千二百九十一' → 8291, '三亿零五百三十万' → 305300000, '十一点八' → 11.8, '一九五四' → 1954."""
    whole, _, decimals = text.partition("点")
    if whole and all(ch in _DIGITS for ch in whole) and len(whole) > 1:
        value = float("".join(str(_DIGITS[ch]) for ch in whole))  # read digit by digit
    else:
        total = section = number = 0
        for ch in whole:
            if ch in _DIGITS:
                number = _DIGITS[ch]
            elif ch in _SMALL:
                section += (number or 1) * _SMALL[ch]
                number = 0
            elif ch in _LARGE:
                section += number
                total = (total + section) * _LARGE[ch] if _LARGE[ch] > 10_000 else total + section * _LARGE[ch]
                section = number = 0
            else:
                return None
        value = float(total + section + number)
    if decimals:
        value += float("0." + "".join(str(_DIGITS[ch]) for ch in decimals))
    return value


def _fmt(value: float) -> str:
    return f"{value:.10g}" if value != int(value) else str(int(value))


def _after_other(m: re.Match[str], excluded: frozenset[str]) -> bool:
    return m.start() == 0 or m.string[m.start() - 1] not in excluded


def _year(m: re.Match[str]) -> str:
    if not _after_other(m, _NOT_BEFORE_YEAR):
        return m.group(0)
    return "".join(str(_DIGITS[ch]) for ch in m.group(1))


def _amount(m: re.Match[str]) -> str:
    if not _after_other(m, _NOT_BEFORE_AMOUNT):
        return m.group(0)
    if len(m.group(1)) == 1 and not m.string.startswith(_ONE_DIGIT_UNITS, m.end()):
        return m.group(0)  # '增长一倍', '提高一个百分点' are numbers; '一元化', '干一件' words
    return _number(m)


def _number(m: re.Match[str]) -> str:
    text = m.group(1)
    suffix = ""
    for mult in ("亿", "万"):  # keep the multiplier the writer used: 八千二百九十一亿 → 8291亿
        if text.endswith(mult) and len(text) > 1:
            value = cn_value(text)
            if value is None:
                return text
            return _fmt(value / _LARGE[mult]) + mult
    value = cn_value(text)
    return text if value is None else _fmt(value) + suffix


def _percent_range(m: re.Match[str]) -> str:
    low, high = cn_value(m.group(1)), cn_value(m.group(3))
    if low is None or high is None:
        return m.group(0)
    return f"{_fmt(low)}%{m.group(2)}{_fmt(high)}%"


# '突破千亿元大关', '迈上百亿元台阶': a bare 千 or 百 before 亿元 or 万元, after a verb of reaching
# a mark, is one thousand or one hundred of them (a milestone said in place of the figure).
_BARE_MAGNITUDE = re.compile(r"(?<=突破|跨越|迈上|迈过|超过|站上|跨上|迈入)(?=[百千][万亿]元)")


def arabic(sentence: str) -> str:
    """The sentence with its Chinese numbers in digits (a different length: for reading only)."""
    if "元" in sentence:
        sentence = _BARE_MAGNITUDE.sub("一", sentence)
    if "百分之" in sentence:
        sentence = _PERCENT_RANGE.sub(_percent_range, sentence)
        sentence = _PERCENT.sub(lambda m: _number(m) + "%", sentence)
    if "年" in sentence:  # (a year is one only before 年: most sentences need no scan for it)
        sentence = _YEAR.sub(_year, sentence)
    return _AMOUNT.sub(_amount, sentence)
