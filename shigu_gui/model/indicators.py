"""Numbers with names: the indicators a report states, as structured records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Indicator
from .numerals import AMOUNT_FIRST, AMOUNT_REST, arabic
from .script import TRADITIONAL_HINT, to_simplified
from .vocabulary import canonical_id, is_gdp

# Full-width digits, signs and the ratio colon (U+2236) read as their ASCII forms; same length.
_FOLD = str.maketrans(
    "０１２３４５６７８９．％∶：－～",
    "0123456789.%::-~",
)
_FOLDABLE = re.compile("[０-９．％∶：－～]+")
_UNITS = (
    "个百分点|百分点|平方公里|平方米|公顷|公里|千米|千瓦时|千瓦|元/平方米|元/月|元/人|元/吨|元|美元|"
    "%|‰|倍|吨|公斤|斤|亩|户|家|个|人次|人|天|座|所|件|项|起|名|套|辆|批|台|次|条|枚|处|只|头|张|架|艘|场|岁"
)
_COUNT_UNITS = set("户家个人座所件项起名套辆批台次条枚处只头张架艘场") | {"人次"}


def _atomic(pattern: str, name: str) -> str:
    """An atomic group in the form Python 3.10 reads too (3.11 has a syntax of its own): what the
    look-ahead took is matched again by reference, and a look-ahead is never gone back into."""
    return f"(?=(?P<{name}>{pattern}))(?P={name})"


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_NUM_REST = r"\d*(?:,\d{3})*(?:\.\d+)?"  # _NUM after its first digit
# The first digit first, then what may not stand before it (a pattern that starts with a digit is
# searched for fast; one that starts with a look-behind is tried at every character).
_TOKEN = re.compile(
    # (?<!\d,\d): a number never starts inside another's thousands groups ("1,111,111…"); without
    # it each group started a match that scanned all the following groups again (quadratic).
    # Atomic: a number's digits are never given back (nothing that may follow a number starts with a
    # digit, ',' or '.'), so a number with no unit ('2024年') fails at once, not once per digit.
    rf"(?P<num>\d(?<![\d.A-Za-z第P]\d)(?<!\d,\d){_atomic(_NUM_REST, 'rest')})"
    rf"(?:(?P<pct1>%)?\s*(?:-|~|—|至|到)\s*(?P<hi>{_atomic(_NUM, 'hi_digits')}))?"
    # '67700多亿元', '1100余万人': 多/余 may stand before the multiplier as well as after it.
    rf"(?P<approx0>余|多)?(?P<mult>万亿|万|亿|千|百)?(?P<approx>余|多)?(?P<unit>{_UNITS})"
    r"(?P<post>左右|以上|以内|以下|上下)?"
)
_RATIO = re.compile(rf"(?<![\d.])(?<!\d,)({_NUM}(?::{_NUM}){{1,5}})(?![\d.])")
# '，' always ends a clause (a year may follow it: '…千亿台阶，2024年…'); ',' and ':' only when no
# digit follows (1,000 and 1:2 are numbers).
# (One character class first, the conditions after it: the regex engine then skips ahead fast.)
_CLAUSE_SPLIT = re.compile(r"[，；;,:：](?:(?<=[，；;])|(?!\d)|(?<=[^\d][:：])|(?<=^[:：]))")
# A sentence worth reading: a digit, 百分之 or a number in Chinese with its unit, found by one regex
# scan. (One character class first, the conditions after it: written as an alternation of a class
# and words, it was tried at every character.)
_NUMBER_START = re.compile(rf"[\d{AMOUNT_FIRST}百](?:(?<=\d)|(?<=百)分之|(?<=[{AMOUNT_FIRST}]){AMOUNT_REST})")
_DIGIT = re.compile(r"\d")
# Growth over several years is not the year's figure: 年均增长, 平均每年增长, 比2002年增长, 五年增长.
_SPAN_GROWTH = re.compile(
    r"年均|平均每年|每年平均|平均增长|比[“\"]|[两二三四五六七八九十]年(?:来|间|内)?(?:累计)?$|累计"
    r"|连续[两二三四五六七八九十几若]+年"
)
# A base year: growth over one year only when it is the year before the sentence's own.
# A bracketed note with a clause mark and no number in it: '（不含定州，下同）', '（预计数，下同）'.
_NOTE_WITH_COMMA = re.compile(r"[（(][^（）()\d]*?[，,；;][^（）()\d]*?[）)]")
_BASE_YEAR = re.compile(r"比(\d{4})年")
_TRAIL_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])\d{4}年(?:底|末|全年)?$")
_YEAR_INSIDE = re.compile(r"^[\u4e00-\u9fff]{1,10}?[省市区县州旗盟]\d{4}年(?=[\u4e00-\u9fff]{2})")
_THIS_YEAR_INSIDE = re.compile(r"^.+(?:今年|去年)(?=.)")
# '今年计划国内生产总值增长9%': the plan's word before what grows (计划生育 is a name of its own).
_PLANNED = re.compile(r"^(?:今年|全年)?(?:计划|预期|预计)(?!生育|单列)")
_TRAIL_BASE = re.compile(r"(?:比|较)(?:\d{4}年|上年|去年)(?:同期)?$")
# A sentence about this year's plans is a target wherever it stands.
_PAST_SENTENCE = re.compile(r"(?:去年|上年|过去一年|过去五年|五年来|一年来)")
_PLAN_SENTENCE = re.compile(r"今年[^。；;]{0,30}?(?:计划|预期|预计|力争|争取|安排)|计划(?:比上年)?增长")
# A sentence about several years ('五年内…增长38%', '“七五”期间'): its growths are not one year's,
# unless a clause says which year (比上年, 同比, 去年, 今年, 全年).
_SPAN_SENTENCE = re.compile(r"[两二三四五六七八九十]年(?:内|间|来|中)|五”?(?:期间|时期)|计划期")
_ONE_YEAR = re.compile(r"比上年|同比|去年|今年|全年|当年")
# '2005年与2000年相比，国内生产总值增长57.3%': a sentence measured against an earlier base year.
_COMPARED_WITH = re.compile(r"[与同和跟](\d{4})年(?:相比|比较)")
# '经济增长速度8%', '增速为8%': a growth written as a percentage value.
_GROWTH_AS_VALUE = re.compile(
    # '经济增长速度的调控目标定为8%': a few words may say what kind of target it is.
    r"(?:增长速度|增长率|增速|增幅|增长)的?(?:[\u4e00-\u9fff]{0,4}目标|预期|预计)?(?:力争|争取)?"
    r"(?:(?:确定|设定|拟定|安排|预定|调整|定)?为|是|达到|保持在)?$"
)
# '增长速度的宏观调控目标，定为8%至9%': the figure set for a target named in the clause before.
_SET_AFTER_COMMA = re.compile(r"(?<=目标)，(?=(?:确定|设定|拟定|预定|安排|调整|定)?为)")
# '全面实现年初确定的主要目标': targets met are results, not targets.
_ACHIEVED = re.compile(
    r"(?:完成|实现|达到|达成|超过|超额|超出|高于|低于|好于)[^，。；;]{0,12}(?:目标|计划)"
    # '增长11.5%，比预期目标高1.5个百分点': a result measured against its target
    r"|比[^，。；;]{0,6}(?:目标|计划)(?:高|低|多|少|快|慢)"
)
# '主要预期目标是：A；B；C。' announces a list that runs to the full stop.
_ANNOUNCE = re.compile(r"目标(?:是|为|如下)?[：:]")
# A year in a phrase of change: 由2002年7703元, 增加到2007年13786元.
_YEAR_IN_CHANGE = re.compile(r"(\d{4})年(?:底|末)?的?$")
# A phrase of the sentence, not what is measured: '比2002年', '增加到2007年'. (Its start and its end
# tested apart: one pattern with both was tried at every character.)
_FRAGMENT_START = ("比", "较", "与", "同", "由", "从", "到", "至", "增加到", "提高到", "降低到", "达到")
_FRAGMENT_END = re.compile(r"\d年(?:底|末)?$")
_SENTENCE_MARKS = "。！？!?；;"
_SENTENCE_END = re.compile(f"[{_SENTENCE_MARKS}]")
_UP_TO_LAST_MARK = re.compile(f".*[{_SENTENCE_MARKS}]", re.DOTALL)
# '比增5.1%' (比上年增长), as reports in the south write it
_GROWTH_VERBS = "增长|下降|减少|回落|上涨|上升|增加|提高|降低|比增|比降"
_GROWTH_AFTER = "近|约|超过|逾"
# '可比增长5.1%', '按可比价格计算增长5.1%': a growth at constant prices, not something named 可比
_GROWTH_VERB = re.compile(rf"(同比|比上年|年均|分别|均|实际)?({_GROWTH_VERBS})(了)?({_GROWTH_AFTER})?$")
# The same with what else may stand before the verb: '同比(下同)增长4.5%' (a note in brackets),
# '可比增长', '按可比价格计算增长' (at constant prices). Tried only when the character before a verb
# found is one these end with: the common case keeps the shorter pattern.
_GROWTH_VERB_NOTED = re.compile(
    rf"(同比|比上年|年均|分别|均|实际|(?:按)?可比(?:价格?)?(?:计算)?)?(?:[（(][^（）()]{{1,10}}[）)])?"
    rf"({_GROWTH_VERBS})(了)?({_GROWTH_AFTER})?$"
)
_NOTED_LAST = frozenset("比算格价）)")
# The characters a text that _GROWTH_VERB finds can end with: most words before a number end with
# none (one test instead of a search tried at each of the last characters).
# (比增 and 比降 left out: 增 ends many a tail, '新增5家'; a tail ending in them is tested apart)
_GROWTH_VERB_LAST = frozenset(
    word[-1] for word in f"{_GROWTH_VERBS}|了|{_GROWTH_AFTER}".split("|") if word not in ("比增", "比降")
)
_BI_VERBS = ("比增", "比降")
_NEGATIVE = ("下降", "减少", "回落", "降低", "比降")
_LEAD_FILLERS = (
    "确保", "力争", "争取", "实现", "完成", "全年", "全区", "全市", "全省", "全国", "今年", "年内",
    "其中", "累计", "同比", "预计", "共", "再", "已", "要", "并", "均", "同时", "另外", "当年",
    "去年", "成功", "新建和", "以上", "，", "、", "和", "及", "的",
    # a clause's opening, not the figure's name: '为企业减税降费', '拟发行…', '提出国内生产总值'
    "为", "拟", "提出", "推动",
    # when, not what: '四季度增发' (1万亿元国债)
    "一季度", "二季度", "三季度", "四季度", "上半年", "下半年",
)
_TRAIL_VERBS = (
    "计划", "预计", "预期", "力争", "争取", "的", "进入了", "进入", "迈上", "跨上", "约合", "折合", "相当于",
    "拟按", "按", "拟", "稳定在", "保持在", "控制在", "降低到", "降低至", "降到", "降至",
    "提高到", "提高至", "提升到", "提升至",
    "增加到", "增至", "达到", "可达", "将达", "高达", "分别", "优化为", "调整为",
    # '市场主体升至4.9万户', '三次产业比例优化到14:34:52', '经济总量跨越了两千亿元和三千亿元'
    "上升到", "上升至", "升至", "升到", "优化到", "跨越了", "跨越", "完成", "实现", "突破", "超过",
    "累计", "共计", "总计", "约为", "大约", "达", "为", "是", "在", "均", "已",
    # what a plan says will happen, not part of what is measured: '国内生产总值将', '排放量要'
    "将", "要", "再", "也", "又",
    # how, not what: '…比例继续' (保持在4%以上), '财政赤字率一直', '中央预算内投资安排'
    "继续", "持续", "一直", "首次", "至少", "合计", "预定", "安排",
)
_PREFIX_QUALIFIERS = ("超过", "约为", "大约", "逾", "突破", "接近", "近", "超")
_TAIL = 16  # longer than any match of the $-anchored lead patterns below
_FROM = re.compile(r"[从由](?:\d{4}年(?:底|末)?的?)?(?:每月|每年|每人|每户|人均)?$")
_CHANGE_TO = re.compile(r"(?:提高|提升|增加|增长|降低|下降|减少|调整|上调|下调)?(?:到|至)(?:\d{4}年(?:底|末)?的?)?$")
_AVERAGES = ("人均", "年均", "平均", "户均")
_YUE_WORDS = (  # words ending in 约 that are not "about"
    "签约", "节约", "制约", "契约", "预约", "公约", "条约", "集约", "履约", "合约", "违约", "特约", "大约",
)
_CLAUSE_YEAR = re.compile(r"(?:到|至|在|于)?(\d{4})年(?:底|末|全年)?")
_YEAR_LEAD = re.compile(r"^(?:\d{4}年(?:底|末|全年)?|[一二]〇[一二三四五六七八九〇]{2}年)")
_GENERIC = {"占比", "增速", "比重", "总量", "同比", "投资", "增收", "人均", "平均", "年均", "其中",
            # a change, not what changed: '…达到417亿元，净增110.8亿元，同比增长9.4%' (the growth is
            # of the subject before)
            "净增", "淨增", "新增", "净增加", "淨增加", "净减", "淨減", "净减少", "淨減少"}
_NAME_MAX = 24
# a ends at the first 占 (a lazy .+? tried every 占 with a scan to the end each: quadratic); a
# name starting with 占 is refused below either way.
_RATIO_PATTERN = re.compile(r"^(?P<a>[^占\n]+)占(?P<b>.+?)的?比重$")
_SCRIPT_SAMPLE = 5000  # a text's script shows in its first characters
# '增速“保8争9”': keep 8, strive for 9 — a range, read as '8%-9%'.
_KEEP_STRIVE = re.compile(r"[“\"‘']?保(\d+(?:\.\d+)?)%?争(\d+(?:\.\d+)?)%?[”\"’']?")
# A range as _qualifier writes it ('6%－6.5%', '4.5－5万人'), then the word after it if any (左右).
_RANGE = re.compile(r"^[\d.,]+%?－(?P<high>[\d.,]+)(?P<unit>[^\d.,]*?)(?P<post>左右|以上|以内|以下|上下)?$")
_TARGET_WORDS = re.compile(r"预期目标|主要目标|目标是|目标(?:确定|设定|拟定|定)?为|增长(?:速度|率)?(?:安排|预定)为")


@dataclass
class _Item:
    name: str
    values: list[tuple[float, str, str | None]] = field(default_factory=list)
    growths: list[tuple[float, str | None]] = field(default_factory=list)
    parts: tuple[float, ...] | None = None
    year: int | None = None  # when the sentence names the year of this value (增加到2007年13786元)


def extract_indicators(
    text: str,
    ranges: list[tuple[int, int, str, int | None]],
) -> tuple[Indicator, ...]:
    """Indicators from the sentences in ranges: (start, end, kind, year) of each paragraph; kind
    "span" is a paragraph of results over several years (its growths are not the year's)."""
    out: list[Indicator] = []
    # A report in traditional characters is read through their simplified forms (the rules' words).
    traditional = TRADITIONAL_HINT.search(text, 0, _SCRIPT_SAMPLE) is not None
    for start, end, range_kind, year in ranges:
        span = range_kind == "span"
        if span:
            range_kind = "actual"
        pos = start
        targets_until = -1  # '主要预期目标是：A；B；C。': the announcement holds to the full stop
        # Only the sentences with a number in them (\d also matches full-width digits): one regex
        # search finds the next, the sentence around it is read; the rest is never looked at.
        while True:
            hit = _NUMBER_START.search(text, pos, end)
            if hit is None:
                break
            stop = _SENTENCE_END.search(text, hit.start(), end)
            sentence_end = stop.end() if stop else end
            begin = _sentence_start(text, pos, hit.start())
            original = text[begin:sentence_end]
            sentence = arabic(_fold(to_simplified(original) if traditional else original))
            if "目标，" in sentence:
                sentence = _SET_AFTER_COMMA.sub("", sentence)
            if "保" in sentence and "争" in sentence:
                sentence = _KEEP_STRIVE.sub(_keep_strive, sentence)
            kind = "target" if begin < targets_until else _sentence_kind(sentence, range_kind)
            if kind == "target" and original[-1] in "；;" and _ANNOUNCE.search(original):
                full_stop = text.find("。", sentence_end, end)
                targets_until = full_stop if full_stop >= 0 else end
            # A target announced outside the plan part is for the plan year (the year after); last
            # year's result told in the plan part is for the year before.
            sentence_year = year
            if year and kind != range_kind:
                sentence_year = year + 1 if kind == "target" else year - 1
            out += _from_sentence(original, sentence, begin, kind, sentence_year, span and kind == "actual")
            pos = sentence_end
    return tuple(out)


def _keep_strive(m: re.Match[str]) -> str:
    return f"{m.group(1)}%-{m.group(2)}%"


def _fold(text: str) -> str:
    """Full-width digits and signs as ASCII (same length); only where there are some."""
    return _FOLDABLE.sub(_fold_match, text) if _FOLDABLE.search(text) else text


def _fold_match(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding offset `at` starts: after the last sentence mark in [lo, at)."""
    last = _UP_TO_LAST_MARK.match(text, lo, at)  # (one scan back from `at`, not one per mark)
    return last.end() if last else lo


def _from_sentence(
    original: str, sentence: str, offset: int, kind: str, year: int | None, span: bool = False
) -> list[Indicator]:
    if "（" in sentence or "(" in sentence:
        # '2650.6亿元（不含定州，下同）、增长9%': a note's comma splits no clause
        sentence = _NOTE_WITH_COMMA.sub("", sentence)
    lead_year = _YEAR_LEAD.match(sentence)
    if lead_year and lead_year.group(0)[:4].isdigit():
        year = int(lead_year.group(0)[:4])
    items: list[_Item] = []
    # Only a growth in % or 倍 is read as one over several years (_growth_over_years): a sentence with
    # neither is not searched for the signs of that.
    span_from = len(sentence) + 1
    if "%" in sentence or "倍" in sentence:
        several = _SPAN_SENTENCE.search(sentence)
        # Where the words of several years start: the clauses before them are the year's own
        # ('2008年全区生产总值完成142亿元，增长14.7%，五年内翻了一番').
        if several:
            span_from = several.start()
        compared = _COMPARED_WITH.search(sentence)
        if span or (compared and (year is None or int(compared.group(1)) != year - 1)):
            span_from = 0
    clause_end = 0
    for clause in _CLAUSE_SPLIT.split(sentence):
        clause_end += len(clause) + 1
        if _DIGIT.search(clause):  # (a clause with no digit has no number to read)
            before = len(items)
            _read_clause(clause, items, span_from < clause_end and not _ONE_YEAR.search(clause), year)
            # '…年均增长7%，2015年国内生产总值将超过55万亿元': a clause that opens with a year of its
            # own speaks of that year (a five-year goal is not the plan year's figure).
            own = _CLAUSE_YEAR.match(clause) if len(items) > before else None
            if own is not None and int(own.group(1)) != year:
                for item in items[before:]:
                    item.year = item.year or int(own.group(1))
    result: list[Indicator] = []
    for item in items:
        result += _expand(item, original, offset, kind, year)
    return result


def _several_years(lead: str, year: int | None) -> bool:
    """Growth over several years or a yearly average: '年均增长', '比2002年增长' in a 2007 sentence."""
    if _SPAN_GROWTH.search(lead):
        return True
    base = _BASE_YEAR.search(lead)
    return base is not None and (year is None or int(base.group(1)) != year - 1)


def _sentence_kind(sentence: str, kind: str) -> str:
    """A sentence that announces targets or plans this year's figures is a target anywhere; one
    that starts with last year is a result, also in the plan part."""
    announced = _TARGET_WORDS.search(sentence) or _PLAN_SENTENCE.search(sentence)
    if announced:
        # Targets met are results ('全面完成年初确定的主要目标'), but a list of targets may end with
        # one to meet ('主要预期目标是，…增长7.5%，…降低完成国家下达目标任务'): what comes first counts.
        achieved = _ACHIEVED.search(sentence)
        if achieved is None or announced.start() < achieved.start():
            return "target"
    if kind == "target" and _PAST_SENTENCE.match(sentence):
        return "actual"
    return kind


@dataclass(slots=True)
class _Clause:
    """What the reading of one clause knows so far."""

    items: list[_Item]
    span: bool  # the sentence is about several years
    year: int | None
    current: _Item | None = None  # the item a listed number ('、9.2%') adds to
    pending: list[tuple[float, str | None]] = field(default_factory=list)  # growths with no name yet
    pending_at: int = 0  # how many items stood before the first of them: theirs, not the ones after
    from_subject: str = ""  # 'X从70元' waits for its '提高到88元'


@dataclass(slots=True)
class _Number:
    """One number of the clause, its unit and the words before it."""

    m: re.Match[str]
    lead: str  # the text since the number before
    listed: str  # lead.strip(): '、', '和' or '' when the number follows another
    value: float
    unit: str  # with its multiplier: 万亿元
    base_unit: str  # without: 元
    qualifier: str | None
    tail: str  # lead.rstrip()
    near_end: int  # where the $-anchored lead patterns need to start looking
    growth_verb: re.Match[str] | None


def _read_clause(clause: str, items: list[_Item], span: bool = False, year: int | None = None) -> None:
    """Read the numbers of one clause into items: each number goes to the first rule that takes it."""
    ratio = _RATIO.search(clause) if ":" in clause else None
    if ratio:
        name = _clean_name(clause[: ratio.start()])
        if name:
            parts = tuple(float(p.replace(",", "")) for p in ratio.group(1).split(":"))
            items.append(_Item(name, parts=parts))
        return
    state = _Clause(items, span, year)
    cursor = 0
    for m in _TOKEN.finditer(clause):
        lead = clause[cursor: m.start()]
        cursor = m.end()
        num, mult, unit, post = m.group("num", "mult", "unit", "post")
        if unit in _COUNT_UNITS and not post and cursor < len(clause) and _is_cjk(clause[cursor]):
            state.current = None
            continue  # "7个农贸市场": the measure word's noun follows; no name stands before it
        tail = lead.rstrip()
        near_end = max(0, len(tail) - _TAIL)
        number = _Number(
            m, lead, lead.strip(), _number(num), (mult or "") + unit,
            unit, _qualifier(m, tail), tail, near_end,
            _growth_verb(tail, near_end) if (last := tail[-1:]) in _GROWTH_VERB_LAST
            or (last in "增降" and tail.endswith(_BI_VERBS)) else None,
        )
        for rule in _RULES:
            if rule(number, state):
                break
    if state.pending:
        # '比上年增长3.1%、高于全省平均水平0.5个百分点': the growth is of the value before it
        _attach_growths(state.pending, items[: state.pending_at])


def _growth_verb(tail: str, near_end: int) -> re.Match[str] | None:
    m = _GROWTH_VERB.search(tail, near_end)
    if m is not None and m.group(1) is None and m.start() > near_end and tail[m.start() - 1] in _NOTED_LAST:
        return _GROWTH_VERB_NOTED.search(tail, near_end) or m
    return m


# The rules, in the order they are tried. Each takes a number and returns True when it placed it.

def _more_growths(n: _Number, c: _Clause) -> bool:
    """'增长8.4%、9.2%': a further growth of a list with no name yet."""
    if c.pending and n.listed in ("、", "", "和", "及") and n.base_unit == "%":
        c.pending.append((-n.value if c.pending[0][0] < 0 else n.value, n.qualifier))  # '分别下降12.8%和10.5%'
        return True
    return False


def _points(n: _Number, c: _Clause) -> bool:
    """'占比提高2.1个百分点': a change in percentage points."""
    if not (n.growth_verb and n.base_unit in ("个百分点", "百分点")):
        return False
    sign = -1 if n.growth_verb.group(2) in _NEGATIVE else 1
    head = n.lead[: n.growth_verb.start()].strip()
    name = _clean_name(head)
    if not name and head.startswith("占") and c.items:
        name = _clean_name(c.items[-1].name + head)
    if name:
        c.current = _Item(name, values=[(sign * n.value, "个百分点", n.qualifier)])
        c.items.append(c.current)
    return True


def _growth_over_years(n: _Number, c: _Clause) -> bool:
    """'年均增长10.6%', '比2002年增长65.5%', '五年内…增长38%': not the year's figure."""
    if (n.growth_verb and n.base_unit in ("%", "倍")
            and (c.span or _several_years(n.lead[: n.growth_verb.end()], c.year))):
        c.current = None
        return True
    return False


def _growth(n: _Number, c: _Clause) -> bool:
    """'国内生产总值增长6.6%', '增长一倍', '下降3.1%'; with no name before it, it waits (c.pending)."""
    if not (n.growth_verb and n.base_unit in ("%", "倍")):
        return False
    value = n.value * 100 if n.base_unit == "倍" else n.value
    if n.growth_verb.group(2) in _NEGATIVE:
        value = -value
    name = _growth_name(n.lead[: n.growth_verb.start()])
    if name:
        c.current = _Item(name, growths=[(value, n.qualifier)])
        c.items.append(c.current)
    else:
        _wait(c, value, n.qualifier)
    return True


def _wait(c: _Clause, growth: float, qualifier: str | None) -> None:
    """A growth with no name before it: it goes to the values stated before it (_attach_growths)."""
    if not c.pending:
        c.pending_at = len(c.items)
    c.pending.append((growth, qualifier))
    c.current = None


def _listed_growth(n: _Number, c: _Clause) -> bool:
    """'分别增长8.4%、9.2%' after a named growth."""
    if n.listed in ("、", "和", "及") and c.current is not None and c.current.growths and not c.current.values:
        negative = c.current.growths[0][0] < 0  # '分别下降12.8%、10.5%'
        c.current.growths.append((-n.value if negative else n.value, n.qualifier))
        return True
    return False


def _listed_value(n: _Number, c: _Clause) -> bool:
    """'分别为36586元、20904元': a further value of the item before."""
    if n.listed in ("、", "和", "") and c.current is not None and c.current.values:
        c.current.values.append((n.value, n.unit, n.qualifier))
        return True
    return False


def _growth_as_value(n: _Number, c: _Clause) -> bool:
    """'经济增长速度8%', '增长预期目标为8%左右': a growth written as a percentage."""
    if n.base_unit != "%":
        return False
    as_growth = _GROWTH_AS_VALUE.search(n.tail, n.near_end)
    if as_growth is None:
        return False
    if _several_years(n.lead, c.year):
        c.current = None
        return True
    name = _growth_name(n.lead[: as_growth.start()])
    if name:
        c.current = _Item(name, growths=[(n.value, n.qualifier)])
        c.items.append(c.current)
    else:
        _wait(c, n.value, n.qualifier)  # '…1360亿元，增幅5.1%': of the value before
    return True


def _value(n: _Number, c: _Clause) -> bool:
    """Any other number: the value of what the words before it name ('财政总收入27.83亿元'), also
    '占…的比重达72.1%' and 'X从每月70元提高到88元' (X is 88元, labelled with a year it names)."""
    lead = n.lead
    start_of_change = _FROM.search(lead, max(0, len(lead) - _TAIL))
    if start_of_change:
        c.from_subject = _clean_name(lead[: start_of_change.start()])
        c.current = None
        return True
    name = _clean_name(lead)
    if not name and n.listed.startswith("占") and c.items:
        name = _clean_name(c.items[-1].name + n.listed)
    change_to = _CHANGE_TO.search(n.listed) if c.from_subject else None
    if not name and change_to:
        name, c.from_subject = c.from_subject, ""
    if not name:
        c.current = None
        return True
    named_year = _YEAR_IN_CHANGE.search(change_to.group(0)) if change_to else None
    c.current = _Item(name, values=[(n.value, n.unit, n.qualifier)],
                      year=int(named_year.group(1)) if named_year else None)
    c.items.append(c.current)
    return True


_RULES = (_more_growths, _points, _growth_over_years, _growth, _listed_growth, _listed_value,
          _growth_as_value, _value)


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
    end = offset + len(sentence)
    if item.parts:
        return [Indicator(
            name=item.name, value=None, unit=None, growth=None, year=item.year or year, kind=kind,
            qualifier=None, parts=item.parts, sentence=sentence, start=offset, end=end,
        )]
    item_year = item.year or year
    count = max(len(item.values), len(item.growths))
    names = [item.name] if count <= 1 else _subject_names(item.name, count, bool(item.growths))
    result = []
    for i in range(count):
        value = item.values[i] if i < len(item.values) else None
        growth = item.growths[i] if i < len(item.growths) else None
        if len(item.growths) == 1 and count > 1 and growth is None:
            growth = item.growths[0]
        # Each number its own qualifier: a total's never sticks to its growth ('突破13万亿元，增长5.2%'
        # is not 5.2%突破); a figure with only a growth keeps the growth's as its qualifier too.
        growth_high, growth_qualifier = _range(growth[0], growth[1]) if growth else (None, None)
        value_high, qualifier = _range(value[0], value[2]) if value else (None, growth_qualifier)
        result.append(
            Indicator(  # (not dataclasses.replace: a third of the time of this function)
                name=names[i], value=value[0] if value else None, unit=value[1] if value else None,
                growth=growth[0] if growth else None, year=item_year, kind=kind, qualifier=qualifier,
                parts=None, sentence=sentence, start=offset, end=end, growth_qualifier=growth_qualifier,
                value_high=value_high, growth_high=growth_high,
            )
        )
    return result


def _range(low: float, qualifier: str | None) -> tuple[float | None, str | None]:
    """A range's upper end out of the qualifier _qualifier wrote ('6%－6.5%' of a growth of 6 is
    6.5; of a fall of 6, −6.5), and the qualifier left (the 左右 of '6%－6.5%左右')."""
    m = _RANGE.match(qualifier) if qualifier and qualifier[0].isdigit() else None
    if m is None:
        return None, qualifier
    high = _number(m.group("high")) * (100 if m.group("unit") == "倍" else 1)
    return (-high if low < 0 else high), m.group("post")


def _subject_names(name: str, count: int, growths: bool = False) -> list[str]:
    if count <= 1:
        return [name]
    if count == 2 and name.startswith("城乡"):
        rest = name[2:]
        return [f"城镇{rest}", f"农村{rest}"]
    # '地区生产总值和一般公共预算收入' (分别增长5.1%、8%): the GDP named first is a name of its own
    # (a listed name may share the words after it: '先进制造业、高技术制造业增加值占比')
    listed = _SUBJECTS.split(name)
    if growths and len(listed) == count and is_gdp(listed[0]):
        return [listed[0]] + [f"{name}（{i + 1}）" for i in range(1, count)]
    # '城镇调查失业率、城镇登记失业率分别为4.8%左右和4.3%左右': each a known indicator of its own
    if len(listed) == count and all(canonical_id(part) is not None for part in listed):
        return listed
    return [f"{name}（{i + 1}）" for i in range(count)]


_SUBJECTS = re.compile("、|和|及|与")


def _growth_name(lead: str) -> str:
    """What grows: '中央提出今年经济' (增长预期目标为8%) is 经济, the subject after the year."""
    cut = _THIS_YEAR_INSIDE.search(lead)
    lead = lead[cut.end():] if cut else lead
    return _clean_name(_PLANNED.sub("", lead.lstrip()))


def _clean_name(lead: str) -> str:
    name = lead.strip().strip("、，,（(")
    year = _YEAR_LEAD.match(name)
    if year:
        name = name[year.end():]
    # (each only where its characters are: a pattern starting with a look-behind tries every character)
    if "比" in name or "较" in name:
        name = _TRAIL_BASE.sub("", name)  # '国民生产总值比1989年' (增长…): the base, not the subject
    if "年" in name:
        name = _TRAIL_YEAR.sub("", name)  # '国内生产总值1993年' (比上年增长…)
        # '五莲县2012年全年实现生产总值': a place and year before what is measured
        name = _YEAR_INSIDE.sub("", name)
    # Words are stripped by moving two indices, not by slicing, and a word repeated is stripped in
    # one pass: a lead of many fillers ("和和和…") copied the rest of the name once per word
    # (quadratic), then still took a pass of every word list per character.
    lo, hi = 0, len(name)
    changed = True
    # (a test of the first and the last character first: most names start and end with none of the words)
    while changed and hi > lo and (name[lo] in _LEAD_BY_FIRST or name[hi - 1] in _TRAIL_LAST) and (
            name.startswith(_LEAD_FILLERS, lo, hi) or name.endswith(_TRAIL_WORDS, lo, hi)):
        changed = False
        # Each list is tried in its order, as a loop over every word would, but only the words
        # that start (end) with the character at hand are looked at.
        index = 0
        while hi > lo:
            found = _next_word(_LEAD_BY_FIRST.get(name[lo], ()), index, name, lo, hi, True)
            if found is None:
                break
            index, word = found
            while name.startswith(word, lo, hi):
                lo += len(word)
                changed = True
        for by_last, averages in ((_TRAIL_BY_LAST, True), (_QUALIFIERS_BY_LAST, False)):
            index = 0
            while hi > lo:
                found = _next_word(by_last.get(name[hi - 1], ()), index, name, lo, hi, False)
                if found is None:
                    break
                index, word = found
                if averages and word == "均" and name.endswith(_AVERAGES, lo, hi):
                    continue
                if hi - lo <= len(word):
                    continue
                while name.endswith(word, lo, hi) and hi - lo > len(word):
                    hi -= len(word)
                    changed = True
        while name.endswith("约", lo, hi) and not name.endswith(_YUE_WORDS, lo, hi) and hi - lo > 1:
            hi -= 1  # "降费约1.3万亿元", but not "签约"
            changed = True
    name = name[lo:hi].replace("实现", "").replace("完成", "").strip()
    if name[:1].isdigit() and (year := _YEAR_LEAD.match(name)) is not None:
        name = name[year.end():]  # '预计2012年全市生产总值' (完成3440亿元): the year after the filler
    m = _RATIO_PATTERN.match(name) if "占" in name else None
    if m:
        name = f"{m.group('a')}占比"
    if (
        len(name) < 2
        or len(name) > _NAME_MAX
        or name in _GENERIC
        or name in _TRAIL_VERB_SET
        or name.startswith("占")
        or name.endswith(("由", "从"))
        or _GROWTH_VERB.fullmatch(name)
        or name.startswith(_FRAGMENT_START)
        or _FRAGMENT_END.search(name)
        or not (_CJK.search(name) or "GDP" in name)
    ):
        return ""
    return name


def _next_word(
    words: tuple[tuple[int, str], ...], index: int, name: str, lo: int, hi: int, lead: bool
) -> tuple[int, str] | None:
    """The first (position, word) of words at or after position index that name[lo:hi] starts
    (lead) or ends with; the position returned is the one after it."""
    for position, word in words:
        if position >= index and (name.startswith(word, lo, hi) if lead else name.endswith(word, lo, hi)):
            return position + 1, word
    return None


def _by_char(words: tuple[str, ...], first: bool) -> dict[str, tuple[tuple[int, str], ...]]:
    """Words by their first (or last) character, each with its position in words, in order."""
    table: dict[str, list[tuple[int, str]]] = {}
    for position, word in enumerate(words):
        table.setdefault(word[0] if first else word[-1], []).append((position, word))
    return {ch: tuple(found) for ch, found in table.items()}


def _qualifier(m: re.Match[str], stripped: str) -> str | None:
    """The qualifier of a number: its range, the word after it or before it (stripped: the words
    before it without the spaces at their end)."""
    if m.group("hi"):
        unit = m.group("unit")
        first = m.group("num") + (m.group("pct1") or ("" if unit != "%" else "%"))
        return f"{first}－{m.group('hi')}{unit}{m.group('post') or ''}"
    if m.group("post"):
        return m.group("post")
    if stripped.endswith(_PREFIX_QUALIFIERS):
        for word in _PREFIX_QUALIFIERS:
            if stripped.endswith(word):
                return word
    if stripped.endswith("约") and not stripped.endswith(_YUE_WORDS):
        return "约"
    if m.group("approx") or m.group("approx0"):
        return m.group("approx") or m.group("approx0")
    return None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# Does a name still end with a word _clean_name takes off? (one test instead of a pass)
_TRAIL_WORDS = (*_TRAIL_VERBS, *_PREFIX_QUALIFIERS, "约")
_TRAIL_VERB_SET = frozenset(_TRAIL_VERBS)
_TRAIL_LAST = frozenset(word[-1] for word in _TRAIL_WORDS)
_LEAD_BY_FIRST = _by_char(_LEAD_FILLERS, True)
_TRAIL_BY_LAST = _by_char(_TRAIL_VERBS, False)
_QUALIFIERS_BY_LAST = _by_char(_PREFIX_QUALIFIERS, False)
_CJK = re.compile("[\u4e00-\u9fff]")
