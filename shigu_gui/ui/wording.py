"""Punctuation that follows the interface language: full-width in Chinese, ASCII in English."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from ..model.vocabulary import BY_ID


def english() -> bool:
    # By name, not QLocale.Language: run_app sets the default locale once, before the window.
    return QLocale().name().startswith("en")


def parens(text: object) -> str:
    """'（3）' in Chinese, ' (3)' in English."""
    return f" ({text})" if english() else f"（{text}）"


def brackets(text: object) -> str:
    """'【书签】' in Chinese, '[Bookmark] ' in English."""
    return f"[{text}] " if english() else f"【{text}】"


def comma() -> str:
    return ", " if english() else "，"


def colon() -> str:
    return ": " if english() else "："


def concept_label(concept_id: str) -> str:
    """An indicator concept's column title in the interface language ('地区生产总值' / 'GDP')."""
    concept = BY_ID[concept_id]
    return concept.label_en if english() else concept.label


# A report's figures in English: qualifiers said before the number, and units in English words.
_BEFORE_EN = {
    "左右": "about", "上下": "about", "约为": "about", "大约": "about", "约": "about", "超过": "over", "超": "over",
    "逾": "over", "突破": "over", "余": "over", "接近": "nearly", "近": "nearly", "达到": "", "达": "",
    "多": "over", "不低于": "at least", "不少于": "at least", "高于": "above", "不超过": "at most", "低于": "below",
}
_AFTER_EN = {"以上": "or more", "以内": "or less", "以下": "or less"}
_SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4}
_ENGLISH_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_BASES = {"元": "yuan", "人": "people", "吨": "tonnes", "千瓦": "kW", "公里": "km", "户": "households",
          "个": "", "斤": "jin", "美元": "US dollars", "人次": "person-times", "套": "units", "项": "items",
          "家": "firms", "所": "schools", "千瓦时": "kWh", "立方米": "m³", "公顷": "ha",
          "亩": "mu", "平方米": "m²", "千米": "km", "辆": "vehicles"}
_PER = {"月": "month", "年": "year", "人": "person", "天": "day", "吨": "tonne", "亩": "mu", "户": "household"}
_QUALIFIERS = sorted({*_BEFORE_EN, *_AFTER_EN}, key=len, reverse=True)


_QUALIFIER = "|".join(_QUALIFIERS)
_FIGURE = re.compile(
    rf"^(?P<pre>(?:{_QUALIFIER})?)(?P<low>[+\-]?\d[\d.]*)(?:(?P<dash>[－~-])(?P<high>\d[\d.]*))?"
    rf"(?P<unit>[^\d\s]*?)(?P<post>(?:{_QUALIFIER})*)$")


def _split_unit(unit: str) -> tuple[float, str] | None:
    """'万亿元' → (1e12, 'yuan'), '%' → (1, '%'); None for a unit not known."""
    if unit == "%":
        return 1.0, "%"
    if "/" in unit:  # '元/月': a rate
        left, _, per = unit.partition("/")
        split = _split_unit(left)
        if split is not None and per in _PER:
            return split[0], f"{split[1]}/{_PER[per]}"
        return None
    for scale, factor in _SCALES.items():
        if unit.startswith(scale) and unit[len(scale):] in _BASES:
            return factor, _BASES[unit[len(scale):]]
    return (1.0, _BASES[unit]) if unit in _BASES else None


def _number(value: float, word: str, factor: float) -> str:
    value /= factor
    return f"{value:,.4f}".rstrip("0").rstrip(".") if not word else f"{value:.4f}".rstrip("0").rstrip(".")


def unit_in_english(unit: str) -> str:
    """'万亿元' → 'trillion yuan', '亿元' → '100 million yuan', '万人' → '10,000 people'; a unit not
    known is kept."""
    split = _split_unit(unit)
    if split is None:
        return unit
    factor, base = split
    scale = next((f"{factor / f:g} {w}".removeprefix("1 ") for f, w in _ENGLISH_SCALES if factor >= f),
                 f"{factor:,.0f}" if factor > 1 else "")
    return " ".join(w for w in (scale, base) if w)


def qualifier_in_english(qualifier: str) -> str:
    """'左右' → 'about', '以上' → 'or more'; several ('突破、左右') each; one not known is kept."""
    if not english():
        return qualifier
    return ", ".join(_AFTER_EN.get(q) or _BEFORE_EN.get(q) or q for q in qualifier.split("、") if q)


def figure(text: str) -> str:
    """A figure as the interface says it: the report's words in Chinese ('+8.5%左右', '约1.3万亿元');
    in English 'about +8.5%', 'about 1.3 trillion yuan', '11 million people or more'."""
    if not english() or not text:
        return text
    m = _FIGURE.match(re.sub(r"%(?=[－~-]\d)", "", text))  # '6%－6.5%': the unit said once, at the end
    split = None if m is None else _split_unit(m.group("unit"))
    if m is None or (split is None and m.group("unit")):
        return text
    factor, base = split or (1.0, "")
    low, high = float(m.group("low")), float(m.group("high")) if m.group("high") else None
    sign = "+" if m.group("low").startswith("+") else ""
    if base == "%":
        number = m.group("low") + "%" + (f"–{m.group('high')}%" if high is not None else "")
        number = number.replace("%%", "%")
    else:
        top = max(abs(low), abs(high or 0)) * factor
        div, word = next(((f, w) for f, w in _ENGLISH_SCALES if top >= f), (1.0, ""))
        number = sign + _number(low * factor, word, div) + (
            f"–{_number(high * factor, word, div)}" if high is not None else "")
        number = " ".join(w for w in (number, word, base) if w)
    words = [number]
    for q in _qualifiers(m.group("pre")) + _qualifiers(m.group("post")):
        if q in _AFTER_EN:
            words.append(_AFTER_EN[q])
        elif _BEFORE_EN[q]:
            words.insert(0, _BEFORE_EN[q])
    return " ".join(words)


def _qualifiers(text: str) -> list[str]:
    found = []
    while text:
        q = next(q for q in _QUALIFIERS if text.startswith(q))
        found.append(q)
        text = text[len(q):]
    return found
