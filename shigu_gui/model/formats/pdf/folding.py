"""What PDF text layers put for what the page shows: radicals for ideographs, ⸺ for ——, and the
spaces justification leaves inside numbers and between Chinese characters."""

from __future__ import annotations

import re
import unicodedata

# CJK Radicals Supplement code points that fonts map their ideograph glyphs to (NFKC folds only
# two of them; the Kangxi block U+2F00–U+2FDF it folds completely).
_RADICALS = {
    "⺁": "厂", "⺄": "乙", "⺅": "亻", "⺆": "冂", "⺇": "几", "⺊": "卜", "⺋": "㔾", "⺌": "⺌", "⺍": "⺍",
    "⺎": "兀", "⺐": "尢", "⺒": "巳", "⺓": "幺", "⺔": "彑", "⺕": "彐", "⺖": "忄", "⺘": "扌", "⺙": "攵",
    "⺛": "旡", "⺝": "月", "⺟": "母", "⺠": "民", "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爫", "⺥": "爫",
    "⺦": "丬", "⺧": "牛", "⺨": "犭", "⺩": "王", "⺪": "疋", "⺫": "罒", "⺬": "示", "⺭": "礻", "⺮": "竹",
    "⺯": "糸", "⺰": "纟", "⺱": "罓", "⺲": "罒", "⺳": "网", "⺴": "罒", "⺵": "网", "⺶": "羊", "⺷": "羊",
    "⺸": "羊", "⺹": "耂", "⺺": "肀", "⺻": "聿", "⺼": "月", "⺽": "臼", "⺾": "艹", "⺿": "艹", "⻀": "艹",
    "⻁": "虎", "⻂": "衤", "⻃": "襾", "⻄": "西", "⻅": "见", "⻆": "角", "⻇": "角", "⻈": "讠", "⻉": "贝",
    "⻊": "足", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶", "⻏": "阝", "⻐": "钅", "⻑": "長", "⻒": "镸",
    "⻓": "长", "⻔": "门", "⻕": "阝", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风",
    "⻜": "飞", "⻝": "食", "⻞": "飠", "⻟": "飠", "⻠": "饣", "⻡": "飠", "⻢": "马", "⻣": "骨", "⻤": "鬼",
    "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐", "⻭": "歯",
    "⻮": "齿", "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻳": "龟",
    "⸺": "——", "⸻": "———",
    "―": "—",  # GB2312's A1AA dash, which some tables map to U+2015 rather than U+2014
    # A producer writes the lowest code point of those a glyph serves (that is how the radicals get
    # in); in simplified-Chinese fonts 户 shares its glyph with the Kangxi radical ⼾, which NFKC
    # makes the traditional 戶.
    "戶": "户",
    "㬵": "胶",  # CJK Extension A's 㬵 shares 胶's glyph (the variant with 月 for ⺼) in such fonts
}


# Spaces a justified line leaves between digits (1 13家, 8 .5%) or between Chinese characters
# (letter-spaced titles) are not in the text; one between a number or a word and Chinese may be.
_NUMBER_GAP = re.compile(r"(?<=[0-9.,%]) +(?=[0-9.,%])")
_CJK_GAP = re.compile(r"(?<=[\u2e80-\u9fff\uf900-\uffef]) +(?=[\u2e80-\u9fff\uf900-\uffef])")
_SPACES = re.compile(r" {2,}")


def fold(text: str) -> str:
    """What PDF text layers put for what the page shows: radicals, ⸺, spaces inside numbers."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0x2F00 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF:
            folded = unicodedata.normalize("NFKC", ch)
            out.append(_RADICALS.get(folded, folded))
        elif ch in _RADICALS:
            out.append(_RADICALS.get(ch, unicodedata.normalize("NFKC", ch)))
        else:
            out.append(ch)
    text = _CJK_GAP.sub("", _NUMBER_GAP.sub("", "".join(out)))
    return _SPACES.sub(" ", text).strip()
