"""Numbers with names: the indicators a report states, as structured records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .document import Indicator

# Full-width digits, signs and the ratio colon (U+2236) read as their ASCII forms; same length.
_FOLD = str.maketrans(
    "０１２３４５６７８９．％∶：－～",
    "0123456789.%::-~",
)
_UNITS = (
    "个百分点|百分点|平方公里|平方米|公顷|公里|千米|千瓦时|千瓦|元/平方米|元/月|元/人|元/吨|元|美元|"
    "%|‰|倍|吨|亩|户|家|个|人次|人|天|座|所|件|项|起|名|套|辆|批|台|次|条|枚|处|只|头|张|架|艘|场|岁"
)
_COUNT_UNITS = set("户家个人座所件项起名套辆批台次条枚处只头张架艘场") | {"人次"}
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# (?<!\d,): a number never starts inside another's thousands groups ("1,111,111…"); without it
# each group started a match that scanned all the following groups again (quadratic).
_TOKEN = re.compile(
    rf"(?<![\d.A-Za-z第P])(?<!\d,)(?P<num>{_NUM})"
    rf"(?:(?P<pct1>%)?\s*(?:-|~|—|至|到)\s*(?P<hi>{_NUM}))?"
    rf"(?P<mult>万亿|万|亿|千|百)?(?P<approx>余|多)?(?P<unit>{_UNITS})"
    r"(?P<post>左右|以上|以内|以下|上下)?"
)
_RATIO = re.compile(rf"(?<![\d.])(?<!\d,)({_NUM}(?::{_NUM}){{1,5}})(?![\d.])")
_CLAUSE_SPLIT = re.compile(r"[，,：:；;](?!\d)|(?<!\d)[:：]")
_SENTENCE = re.compile(r"[^。！？!?；;]*[。！？!?；;]?")
_GROWTH_VERB = re.compile(
    r"(同比|比上年|年均|分别|均|实际)?(增长|下降|减少|回落|上涨|上升|增加|提高|降低)(了)?(近|约|超过|逾)?$"
)
_NEGATIVE = ("下降", "减少", "回落", "降低")
_LEAD_FILLERS = (
    "确保", "力争", "争取", "实现", "完成", "全年", "全区", "全市", "全省", "全国", "今年", "年内",
    "其中", "累计", "同比", "预计", "共", "再", "已", "要", "并", "均", "同时", "另外", "当年",
    "去年", "成功", "新建和", "以上", "，", "、", "和", "及",
)
_TRAIL_VERBS = (
    "拟按", "按", "拟", "稳定在", "保持在", "控制在", "降低到", "降低至", "降到", "降至",
    "提高到", "提高至", "提升到", "提升至",
    "增加到", "增至", "达到", "高达", "分别", "优化为", "调整为", "完成", "实现", "突破", "超过",
    "累计", "共计", "总计", "约为", "大约", "达", "为", "是", "在", "均", "已",
)
_PREFIX_QUALIFIERS = ("超过", "约为", "大约", "逾", "突破", "接近", "近")
_FROM = re.compile(r"[从由](?:每月|每年|每人|每户|人均)?$")
_CHANGE_TO = re.compile(r"(?:提高|提升|增加|增长|降低|下降|减少|调整|上调|下调)(?:到|至)$")
_AVERAGES = ("人均", "年均", "平均", "户均")
_YUE_WORDS = (  # words ending in 约 that are not "about"
    "签约", "节约", "制约", "契约", "预约", "公约", "条约", "集约", "履约", "合约", "违约", "特约", "大约",
)
_YEAR_LEAD = re.compile(r"^(?:\d{4}年(?:底|末|全年)?|[一二]〇[一二三四五六七八九〇]{2}年)")
_GENERIC = {"占比", "增速", "比重", "总量", "同比", "投资", "增收", "人均", "平均", "年均", "其中"}
_NAME_MAX = 24
# a ends at the first 占 (a lazy .+? tried every 占 with a scan to the end each: quadratic); a
# name starting with 占 is refused below either way.
_RATIO_PATTERN = re.compile(r"^(?P<a>[^占\n]+)占(?P<b>.+?)的?比重$")
_TARGET_WORDS = re.compile(r"预期目标|主要目标|目标是|目标为")


@dataclass
class _Item:
    name: str
    values: list[tuple[float, str, str | None]] = field(default_factory=list)
    growths: list[tuple[float, str | None]] = field(default_factory=list)
    parts: tuple[float, ...] | None = None


def extract_indicators(
    text: str,
    ranges: list[tuple[int, int, str, int | None]],
) -> tuple[Indicator, ...]:
    """Indicators from the sentences in ranges: (start, end, kind, year) of each paragraph."""
    folded = text.translate(_FOLD)
    out: list[Indicator] = []
    for start, end, kind, year in ranges:
        for m in _SENTENCE.finditer(folded, start, end):
            if m.end() <= m.start():
                continue
            sentence = folded[m.start(): m.end()]
            if not any(ch.isdigit() for ch in sentence):
                continue
            out += _from_sentence(text[m.start(): m.end()], sentence, m.start(), kind, year)
    return tuple(out)


def _from_sentence(
    original: str, sentence: str, offset: int, kind: str, year: int | None
) -> list[Indicator]:
    if _TARGET_WORDS.search(sentence):
        kind = "target"
    lead_year = _YEAR_LEAD.match(sentence)
    if lead_year and lead_year.group(0)[:4].isdigit():
        year = int(lead_year.group(0)[:4])
    items: list[_Item] = []
    for clause in _CLAUSE_SPLIT.split(sentence):
        _read_clause(clause, items)
    result: list[Indicator] = []
    for item in items:
        result += _expand(item, original, offset, kind, year)
    return result


def _read_clause(clause: str, items: list[_Item]) -> None:
    ratio = _RATIO.search(clause)
    if ratio:
        name = _clean_name(clause[: ratio.start()])
        if name:
            parts = tuple(float(p.replace(",", "")) for p in ratio.group(1).split(":"))
            items.append(_Item(name, parts=parts))
        return
    cursor = 0
    current: _Item | None = None
    pending_growths: list[tuple[float, str | None]] = []
    from_subject = ""
    for m in _TOKEN.finditer(clause):
        lead = clause[cursor: m.start()]
        cursor = m.end()
        unit = (m.group("mult") or "") + m.group("unit")
        following = clause[m.end(): m.end() + 1]
        if m.group("unit") in _COUNT_UNITS and not m.group("post") and following and _is_cjk(following):
            current = None
            continue  # "7个农贸市场": the measure word's noun follows; no name stands before it
        number = _number(m.group("num"))
        qualifier = _qualifier(m, lead)
        growth_verb = _GROWTH_VERB.search(lead.rstrip())
        is_listed = lead.strip() in ("、", "和", "")
        if pending_growths and lead.strip() in ("、", "") and m.group("unit") == "%":
            pending_growths.append((number, qualifier))
        elif growth_verb and m.group("unit") in ("个百分点", "百分点"):
            sign = -1 if growth_verb.group(2) in _NEGATIVE else 1
            head = lead[: growth_verb.start()].strip()
            name = _clean_name(head)
            if not name and head.startswith("占") and items:
                name = _clean_name(items[-1].name + head)
            if name:
                current = _Item(name, values=[(sign * number, "个百分点", qualifier)])
                items.append(current)
        elif growth_verb and m.group("unit") in ("%", "倍"):
            value = number * 100 if m.group("unit") == "倍" else number
            if growth_verb.group(2) in _NEGATIVE:
                value = -value
            name = _clean_name(lead[: growth_verb.start()])
            if name:
                current = _Item(name, growths=[(value, qualifier)])
                items.append(current)
            else:
                pending_growths.append((value, qualifier))
                current = None
        elif is_listed and current is not None and lead.strip() == "、" and current.growths and not current.values:
            current.growths.append((number, qualifier))
        elif is_listed and current is not None and current.values:
            current.values.append((number, unit, qualifier))
        else:
            start_of_change = _FROM.search(lead)
            if start_of_change:  # "X从每月70元提高到88元": X is 88元; 70元 is where it started
                from_subject = _clean_name(lead[: start_of_change.start()])
                current = None
                continue
            name = _clean_name(lead)
            if not name and lead.strip().startswith("占") and items:
                name = _clean_name(items[-1].name + lead.strip())  # "…，占财政总支出的比重达72.1%"
            if not name and from_subject and _CHANGE_TO.search(lead.strip()):
                name, from_subject = from_subject, ""
            if not name:
                current = None
                continue
            current = _Item(name, values=[(number, unit, qualifier)])
            items.append(current)
    if pending_growths:
        _attach_growths(pending_growths, items)


def _attach_growths(growths: list[tuple[float, str | None]], items: list[_Item]) -> None:
    """'增长8.4%、9.2%' with no name: the growth of the values stated just before, in order."""
    if len(growths) == 1:
        for item in reversed(items):
            if item.values and not item.growths:
                item.growths = growths
            break
        return
    last = items[-1] if items else None
    if last is not None and len(last.values) == len(growths) and not last.growths:
        last.growths = growths
        return
    open_items = [i for i in items if i.values and not i.growths][-len(growths):]
    if len(open_items) == len(growths):
        for item, growth in zip(open_items, growths, strict=False):
            item.growths = [growth]


def _expand(item: _Item, sentence: str, offset: int, kind: str, year: int | None) -> list[Indicator]:
    base = Indicator(
        name=item.name, value=None, unit=None, growth=None, year=year, kind=kind,
        qualifier=None, parts=item.parts, sentence=sentence, start=offset, end=offset + len(sentence),
    )
    if item.parts:
        return [base]
    count = max(len(item.values), len(item.growths))
    names = _subject_names(item.name, count)
    result = []
    for i in range(count):
        value = item.values[i] if i < len(item.values) else None
        growth = item.growths[i] if i < len(item.growths) else None
        if len(item.growths) == 1 and count > 1 and growth is None:
            growth = item.growths[0]
        qualifier = (value[2] if value else None) or (growth[1] if growth else None)
        result.append(
            replace(
                base,
                name=names[i],
                value=value[0] if value else None,
                unit=value[1] if value else None,
                growth=growth[0] if growth else None,
                qualifier=qualifier,
            )
        )
    return result


def _subject_names(name: str, count: int) -> list[str]:
    if count <= 1:
        return [name]
    if count == 2 and name.startswith("城乡"):
        rest = name[2:]
        return [f"城镇{rest}", f"农村{rest}"]
    return [f"{name}（{i + 1}）" for i in range(count)]


def _clean_name(lead: str) -> str:
    name = lead.strip().strip("、，,（(")
    name = _YEAR_LEAD.sub("", name)
    # Words are stripped by moving two indices, not by slicing, and a word repeated is stripped in
    # one pass: a lead of many fillers ("和和和…") copied the rest of the name once per word
    # (quadratic), then still took a pass of every word list per character.
    lo, hi = 0, len(name)
    changed = True
    while changed and hi > lo:
        changed = False
        for word in _LEAD_FILLERS:
            while name.startswith(word, lo, hi):
                lo += len(word)
                changed = True
        for word in _TRAIL_VERBS:
            if word == "均" and name.endswith(_AVERAGES, lo, hi):
                continue
            while name.endswith(word, lo, hi) and hi - lo > len(word):
                hi -= len(word)
                changed = True
        for word in _PREFIX_QUALIFIERS:
            while name.endswith(word, lo, hi) and hi - lo > len(word):
                hi -= len(word)
                changed = True
        while name.endswith("约", lo, hi) and not name.endswith(_YUE_WORDS, lo, hi) and hi - lo > 1:
            hi -= 1  # "降费约1.3万亿元", but not "签约"
            changed = True
    name = name[lo:hi].replace("实现", "").replace("完成", "").strip()
    m = _RATIO_PATTERN.match(name)
    if m:
        name = f"{m.group('a')}占比"
    if name in _TRAIL_VERBS or _GROWTH_VERB.fullmatch(name) or name.endswith(("由", "从")):
        return ""
    if (
        len(name) < 2
        or len(name) > _NAME_MAX
        or name in _GENERIC
        or not any(_is_cjk(ch) for ch in name)
        or name.startswith("占")
    ):
        return ""
    return name


def _qualifier(m: re.Match[str], lead: str) -> str | None:
    if m.group("hi"):
        unit = m.group("unit")
        first = m.group("num") + (m.group("pct1") or ("" if unit != "%" else "%"))
        return f"{first}－{m.group('hi')}{unit}"
    if m.group("post"):
        return m.group("post")
    stripped = lead.rstrip()
    for word in _PREFIX_QUALIFIERS:
        if stripped.endswith(word):
            return word
    if stripped.endswith("约") and not stripped.endswith(_YUE_WORDS):
        return "约"
    if m.group("approx"):
        return m.group("approx")
    return None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
