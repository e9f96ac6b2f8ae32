"""The canonical indicators, as data: one id for all the names reports give one figure.

Every part of the app that asks "which indicator is this?" asks `canonical_id` here: the reader's
headline and charts, `--dump`, the library's matrix and its charts. GDP is `canonical_id(name) ==
"gdp"` (`is_gdp`), nothing else. `figure_id` asks it of a figure: its name's id, when its value is in
a unit of the indicator's family (a GDP 'value' in 个百分点 is the change of a ratio).

To teach the app a new indicator or a new way of naming one, add or extend a `Concept` below:

- `phrasings`: a name that contains one of these means the indicator ('全市地区生产总值'), unless the
  rest of the name holds one of `exclude` (a ratio to GDP, 单位GDP能耗, 海洋生产总值 name GDP without
  being it), or the words right before the phrasing end with one of `not_after` (工业生产总值 is a
  part of the product, not the product).
- `names`: whole names that mean it, with or without an owner before them (全省, 我国, 区属): a
  word such as 经济 means GDP only when it is the whole name ('经济增长8%'), never inside one
  (数字经济).
- The first concept that matches wins: narrower ones stand before broader ones (工农业总产值 before
  GDP, 城镇居民人均可支配收入 before 居民人均可支配收入).
- `unit`: the family of units its figures come in (its growth is always in %):
  "money" (元, 亿元), "percent" (a rate or a price change), "people", "mass" (吨).
- `headline`: the indicator that heads a report of its era, by rank: GDP since the 1980s; before
  that 工农业总产值 (or 国民收入, 工业总产值), each under its own label, never called GDP.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .names import is_span

if TYPE_CHECKING:
    from .document import Document, Indicator


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    label: str  # Chinese, as a column title
    label_en: str
    phrasings: tuple[str, ...]
    unit: str  # unit family: money, percent, people, mass
    exclude: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    headline: int | None = None  # rank among the era headlines (0 first), None when it is none
    era: str = ""  # when it heads reports, as a reader would say it


# Words that make a name about something measured against or inside the figure, not the figure.
_RELATIVE = ("比例", "比重", "占", "相当于", "贡献", "能耗", "强度", "单位", "人均", "以上", "拉动",
             "之比", "比率", "比值")
# Words before a product's name that make it the product of one sector: 工业生产总值, 农业生产总值.
_SECTOR = ("业",)

VOCABULARY: tuple[Concept, ...] = (
    Concept("gross_output", "工农业总产值", "gross output of industry and agriculture",
            ("工农业总产值", "工农业生产总值", "农工业总产值"), "money", (*_RELATIVE, "计划"),
            headline=1, era="1980年代以前"),
    Concept("industrial_output", "工业总产值", "gross industrial output",
            ("工业总产值", "工业生产总值"), "money", (*_RELATIVE, "轻工业", "重工业", "手工业", "乡镇"),
            not_after=("农", "手", "轻", "重"), headline=3, era="1980年代以前"),
    Concept("agricultural_output", "农业总产值", "gross agricultural output",
            ("农业总产值", "农业生产总值", "农林牧渔业总产值"), "money", _RELATIVE, not_after=("工",)),
    Concept("gdp", "地区生产总值", "GDP",
            ("地区生产总值", "国内生产总值", "国民生产总值", "生产总值", "经济增长", "GDP"), "money",
            (*_RELATIVE, "海洋", "数字经济", "核心产业", "增加值", "旅游", "县域", "民营", "园区", "开发区",
             "工业", "农业"),
            # 经济 alone is GDP ('经济增长8%', '经济增速'); a district's product is its 区增加值.
            names=("经济", "国民经济", "经济增速", "经济总量", "经济增长速度", "经济发展速度",
                   "全区增加值", "本区增加值", "地区增加值", "区域增加值", "区增加值"),
            not_after=_SECTOR, headline=0, era="1980年代以来"),
    Concept("national_income", "国民收入", "national income", ("国民收入",), "money",
            (*_RELATIVE, "分配", "人均"), headline=2, era="1980年代以前"),
    Concept("budget_revenue", "一般公共预算收入", "general public budget revenue",
            ("一般公共预算收入", "地方财政收入", "财政收入", "公共财政预算收入"), "money",
            (*_RELATIVE, "税收收入", "非税", "支出")),
    Concept("retail_sales", "社会消费品零售总额", "retail sales of consumer goods",
            ("社会消费品零售总额", "社会消费品零售额"), "money", _RELATIVE),
    Concept("fixed_investment", "固定资产投资", "fixed-asset investment", ("固定资产投资",), "money",
            (*_RELATIVE, "工业投资", "民间", "制造业", "技改", "基础设施")),
    Concept("urban_income", "城镇居民人均可支配收入", "urban per-capita disposable income",
            ("城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城镇居民可支配收入", "城镇居民收入"),
            "money", ("脱贫",)),
    Concept("rural_income", "农村居民人均可支配收入", "rural per-capita disposable income",
            ("农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均纯收入", "农村居民人均纯收入",
             "农民收入", "农村居民收入"), "money", ("脱贫", "低收入", "城镇和", "城乡")),
    Concept("resident_income", "居民人均可支配收入", "per-capita disposable income",
            ("居民人均可支配收入",), "money", ("城镇", "农村", "脱贫")),
    Concept("urban_jobs", "城镇新增就业", "new urban jobs", ("城镇新增就业", "新增城镇就业"), "people",
            ("五年", "累计")),
    Concept("unemployment", "城镇调查失业率", "surveyed urban unemployment rate",
            ("城镇调查失业率", "调查失业率"), "percent", ("登记",)),
    Concept("registered_unemployment", "城镇登记失业率", "registered urban unemployment rate",
            ("城镇登记失业率", "登记失业率"), "percent", ("调查",)),
    Concept("cpi", "居民消费价格", "consumer prices", ("居民消费价格", "消费价格总水平", "CPI"), "percent"),
    Concept("grain_output", "粮食产量", "grain output", ("粮食产量", "粮食总产量", "粮食总产", "粮食生产"),
            "mass", ("单产", "亩产")),
    Concept("trade", "进出口总额", "foreign trade", ("货物进出口总额", "外贸进出口总额", "进出口总额",
                                                 "进出口贸易总额"), "money", (*_RELATIVE, "跨境", "服务")),
    Concept("industry_value_added", "规模以上工业增加值", "value added of industry above designated size",
            ("规模以上工业增加值", "规上工业增加值"), "money", ("占",)),
    Concept("deficit", "财政赤字", "fiscal deficit", ("财政赤字",), "money", ("中央", "地方", "减少", "削减", "比")),
    Concept("deficit_ratio", "赤字率", "deficit ratio", ("赤字率",), "percent"),
    Concept("rd_intensity", "研发投入强度", "R&D intensity", ("研发投入强度", "研发经费投入强度"), "percent"),
)

BY_ID = {c.id: c for c in VOCABULARY}
# The headlines of the eras, the first a report states first: GDP where it gives one.
HEADLINES = tuple(sorted((c for c in VOCABULARY if c.headline is not None), key=lambda c: c.headline or 0))

# Who the figure is of, before a whole name: 全省, 我国, 区属, 本市.
_OWNER = r"(?:全[省市区州盟县国旗]|我[省市区州国县旗]|本[省市区县州地]|[区县市]属)?"
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_WHOLE_NAMES = {
    c.id: re.compile(rf"^{_OWNER}(?:{'|'.join(map(re.escape, c.names))})$") for c in VOCABULARY if c.names
}


def _phrased(concept: Concept, name: str) -> bool:
    """Does the name contain one of the concept's phrasings, not after a word of not_after, with
    none of its exclusions in the rest of the name?"""
    found = False
    for phrasing in concept.phrasings:
        at = name.find(phrasing)
        while at >= 0:
            if not concept.not_after or not name.endswith(concept.not_after, 0, at):
                found = True
                break
            at = name.find(phrasing, at + 1)
        if found:
            break
    if not found:
        return False
    # An exclusion counts only where it is not part of a phrasing that matched.
    rest = name
    for phrasing in concept.phrasings:
        rest = rest.replace(phrasing, "\0")
    return not any(word in rest for word in concept.exclude)


@lru_cache(maxsize=8192)
def canonical_id(name: str) -> str | None:
    """The id of the canonical indicator an indicator's name stands for, or None.

    '地区生产总值（GDP）', '全州生产总值', '经济' (增长8%) and '中央提出今年经济增长预期目标' are GDP;
    '单位地区生产总值能耗', '人均生产总值', '工业生产总值' and '数字经济' are not."""
    bare = _BRACKETS.sub("", name).strip() if "（" in name or "(" in name else name.strip()
    for concept in VOCABULARY:
        whole = _WHOLE_NAMES.get(concept.id)
        if (whole is not None and whole.match(bare)) or _phrased(concept, bare):
            return concept.id
    return None


# The units each family's values come in (a unit ends with one): a GDP 'value' in 个百分点 is a
# change of a ratio, a rate's in 个百分点 its change, neither the figure itself.
_FAMILY_UNITS = {"money": ("元",), "percent": ("%", "‰"), "people": ("人", "人次"), "mass": ("吨", "斤")}


def figure_id(figure: Indicator) -> str | None:
    """The canonical id of a figure: its name's, when its value (if any) is in a unit of the
    indicator's family and its name says it is of one year ('五年全社会固定资产投资' is no year's
    固定资产投资)."""
    found = canonical_id(figure.name)
    if found is not None and is_span(figure.name):
        return None
    if found is None or figure.value is None or figure.unit is None:
        return found
    return found if figure.unit.endswith(_FAMILY_UNITS[BY_ID[found].unit]) else None


def short_name_id(name: str) -> str | None:
    """The id of the indicator a short word stands for when it is the whole name: '经济' (增长8%),
    '全省经济', '区增加值'; None for any other name."""
    bare = _BRACKETS.sub("", name).strip()
    return next((cid for cid, whole in _WHOLE_NAMES.items() if whole.match(bare)), None)


def is_gdp(name: str) -> bool:
    return canonical_id(name) == "gdp"


def label_of(concept_id: str) -> str:
    """The Chinese label of an indicator id (the id itself when the vocabulary has none)."""
    concept = BY_ID.get(concept_id)
    return concept.label if concept else concept_id


def headline_growth(doc: Document, kind: str, concept_id: str = "gdp") -> Indicator | None:
    """The growth of the given kind ("actual" or "target") the report states for its year of the
    indicator concept_id: the first one labelled with the year most of the report's figures of that
    kind have (a review of five years may give an earlier year's growth first), else the first one."""
    return _first_of_year(doc, kind, [i for i in doc.indicators
                                      if i.kind == kind and i.growth is not None and figure_id(i) == concept_id])


def report_figures(doc: Document) -> dict[tuple[str, str], Indicator]:
    """The report's figure of each indicator and kind, as the reader shows it and the library's
    matrix stores it: its growth as headline_growth picks it, else the first value stated for the
    year most of the report's figures of that kind describe."""
    figures: dict[tuple[str, str], list[Indicator]] = {}
    for figure in doc.indicators:
        concept_id = figure_id(figure)
        if concept_id is not None and (figure.value is not None or figure.growth is not None):
            figures.setdefault((concept_id, figure.kind), []).append(figure)
    chosen = {}
    for (concept_id, kind), found in figures.items():
        growths = [i for i in found if i.growth is not None]
        pick = _first_of_year(doc, kind, growths or found)
        if pick is not None:
            chosen[concept_id, kind] = pick
    return chosen


def _first_of_year(doc: Document, kind: str, found: list[Indicator]) -> Indicator | None:
    """The first figure labelled with the year most of the report's figures of that kind have,
    else the first one."""
    if not found:
        return None
    years = Counter(i.year for i in doc.indicators if i.kind == kind and i.year is not None)
    if years:
        usual = years.most_common(1)[0][0]
        return next((i for i in found if i.year == usual), found[0])
    return found[0]


def headline(doc: Document, kind: str) -> tuple[Concept, Indicator] | None:
    """The era's headline growth of the report: GDP where the report states one, else 工农业总产值,
    国民收入 or 工业总产值 (an older report's), each under its own label."""
    for concept in HEADLINES:
        found = headline_growth(doc, kind, concept.id)
        if found is not None:
            return concept, found
    return None
