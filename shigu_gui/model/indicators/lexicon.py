"""The words and patterns the indicator rules read: units, numbers, growth verbs, fillers, years."""

from __future__ import annotations

import re

from ..numerals import AMOUNT_FIRST, AMOUNT_REST

# Full-width digits, signs and the ratio colon (U+2236) read as their ASCII forms; same length.
# The care-of sign ℅ (U+2105) is a percent sign typed from a Chinese input method's symbol table
# ('同比增长15℅', as some county copies write it).
FOLD = str.maketrans(
    "０１２３４５６７８９．％∶：－～℅",
    "0123456789.%::-~%",
)
FOLDABLE = re.compile("[０-９．％∶：－～℅]+")
# A middle dot between digits is a decimal point ('881·2亿元', '增长13·06%', as some copies of older
# reports write it); a name of an event ('5·12') has no unit after it, so no figure is read from it.
MIDDLE_DOT_DECIMAL = re.compile(r"(?<=[0-9０-９])[·・](?=[0-9０-９])")
# One space between two Chinese characters, where a copy of a PDF joined two lines ('实现生 产总值'):
# no name holds one.
SPLIT_WORD = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_UNITS = (
    "个百分点|百分点|平方公里|平方米|公顷|公里|千米|千瓦时|千瓦|元/平方米|元/月|元/人|元/吨|元|美元|"
    "%|‰|倍|吨|公斤|斤|亩|户|家|个|人次|人|天|座|所|件|项|起|名|套|辆|批|台|次|条|枚|处|只|头|张|架|艘|场|岁"
)
COUNT_UNITS = set("户家个人座所件项起名套辆批台次条枚处只头张架艘场") | {"人次"}
# A count at the end of a growth's name, in a measure word the units do not list ('中欧班列2286列');
# a date, an edition or an age is no count.
COUNTED = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![年月日号届期代岁季度版批])([\u4e00-\u9fff])$")
# The words of a clause that names no subject and says what the growth before it reached
# ('…增长5.8%，达到13.7万亿元').
REACHED = re.compile(r"(?:总量|总额|规模)?(?:达到|达|突破|超过|为)")


def _atomic(pattern: str, name: str) -> str:
    """An atomic group in the form Python 3.10 reads too (3.11 has a syntax of its own): what the
    look-ahead took is matched again by reference, and a look-ahead is never gone back into."""
    return f"(?=(?P<{name}>{pattern}))(?P={name})"


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_NUM_REST = r"\d*(?:,\d{3})*(?:\.\d+)?"  # _NUM after its first digit
# The first digit first, then what may not stand before it (a pattern that starts with a digit is
# searched for fast; one that starts with a look-behind is tried at every character).
TOKEN = re.compile(
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
RATIO = re.compile(rf"(?<![\d.])(?<!\d,)({_NUM}(?::{_NUM}){{1,5}})(?![\d.])")
# '，' always ends a clause (a year may follow it: '…千亿台阶，2024年…'); ',' and ':' only when no
# digit follows (1,000 and 1:2 are numbers).
# (One character class first, the conditions after it: the regex engine then skips ahead fast.)
CLAUSE_SPLIT = re.compile(r"[，；;,:：](?:(?<=[，；;])|(?!\d)|(?<=[^\d][:：])|(?<=^[:：]))")
# A sentence worth reading: a digit, 百分之 or a number in Chinese with its unit, found by one regex
# scan. (One character class first, the conditions after it: written as an alternation of a class
# and words, it was tried at every character.)
NUMBER_START = re.compile(rf"[\d{AMOUNT_FIRST}百](?:(?<=\d)|(?<=百)分之|(?<=[{AMOUNT_FIRST}]){AMOUNT_REST})")
DIGIT = re.compile(r"\d")
# Growth over several years is not the year's figure: 年均增长, 平均每年增长, 比2002年增长, 五年增长.
SPAN_GROWTH = re.compile(
    r"年均|平均每年|每年平均|平均增长|比[“\"]|[两二三四五六七八九十]年(?:来|间|内)?(?:累计)?$|累计"
    r"|连续[两二三四五六七八九十几若]+年"
)
# A base year: growth over one year only when it is the year before the sentence's own.
# A bracketed note with a clause mark and no number in it: '（不含定州，下同）', '（预计数，下同）'.
NOTE_WITH_COMMA = re.compile(r"[（(][^（）()\d]*?[，,；;][^（）()\d]*?[）)]")
BASE_YEAR = re.compile(r"比(\d{4})年")
TRAIL_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])\d{4}年(?:底|末|全年)?$")
YEAR_INSIDE = re.compile(r"^[\u4e00-\u9fff]{1,10}?[省市区县州旗盟]\d{4}年(?=[\u4e00-\u9fff]{2})")
THIS_YEAR_INSIDE = re.compile(r"^.+(?:今年|去年)(?=.)")
# '今年计划国内生产总值增长9%': the plan's word before what grows (计划生育 is a name of its own).
PLANNED = re.compile(r"^(?:今年|全年)?(?:计划|预期|预计)(?!生育|单列)")
TRAIL_BASE = re.compile(r"(?:比|较)(?:\d{4}年|上年|去年)(?:同期)?$")
# A sentence about this year's plans is a target wherever it stands.
PAST_SENTENCE = re.compile(r"(?:去年|上年|过去一年|过去五年|五年来|一年来)")
# '2019年，珠海市地区生产总值预期增长7.5%': a growth expected (预期, not 预计: an estimate of the
# year under review) is the plan's; one measured against what was expected (高于预期增长) is not.
PLAN_SENTENCE = re.compile(
    r"今年[^。；;]{0,30}?(?:计划|预期|预计|力争|争取|安排)|计划(?:比上年)?增长|(?<![于比出])预期(?:增长|增速)"
)
# A sentence about several years ('五年内…增长38%', '“七五”期间'): its growths are not one year's,
# unless a clause says which year (比上年, 同比, 去年, 今年, 全年).
SPAN_SENTENCE = re.compile(r"[两二三四五六七八九十]年(?:内|间|来|中)|五”?(?:期间|时期)|计划期")
ONE_YEAR = re.compile(r"比上年|同比|去年|今年|全年|当年")
# '2005年与2000年相比，国内生产总值增长57.3%': a sentence measured against an earlier base year.
COMPARED_WITH = re.compile(r"[与同和跟](\d{4})年(?:相比|比较)")
# '经济增长速度8%', '增速为8%': a growth written as a percentage value.
GROWTH_AS_VALUE = re.compile(
    # '经济增长速度的调控目标定为8%': a few words may say what kind of target it is.
    r"(?:增长速度|增长率|增速|增幅|增长)的?(?:[\u4e00-\u9fff]{0,4}目标|预期|预计)?(?:力争|争取)?"
    r"(?:(?:确定|设定|拟定|安排|预定|调整|定)?为|是|达到|保持在)?$"
)
# '增长速度的宏观调控目标，定为8%至9%': the figure set for a target named in the clause before.
SET_AFTER_COMMA = re.compile(r"(?<=目标)，(?=(?:确定|设定|拟定|预定|安排|调整|定)?为)")
# '全面实现年初确定的主要目标': targets met are results, not targets.
ACHIEVED = re.compile(
    r"(?:完成|实现|达到|达成|超过|超额|超出|高于|低于|好于)[^，。；;]{0,12}(?:目标|计划)"
    # '增长11.5%，比预期目标高1.5个百分点': a result measured against its target
    r"|比[^，。；;]{0,6}(?:目标|计划)(?:高|低|多|少|快|慢)"
)
# '主要预期目标是：A；B；C。' announces a list that runs to the full stop.
ANNOUNCE = re.compile(r"目标(?:是|为|如下)?[：:]")
# A year in a phrase of change: 由2002年7703元, 增加到2007年13786元.
YEAR_IN_CHANGE = re.compile(r"(\d{4})年(?:底|末)?的?$")
# A phrase of the sentence, not what is measured: '比2002年', '增加到2007年'. (Its start and its end
# tested apart: one pattern with both was tried at every character.)
FRAGMENT_START = ("比", "较", "与", "同", "由", "从", "到", "至", "增加到", "提高到", "降低到", "达到")
FRAGMENT_END = re.compile(r"\d年(?:底|末)?$")
_SENTENCE_MARKS = "。！？!?；;"
SENTENCE_END = re.compile(f"[{_SENTENCE_MARKS}]")
UP_TO_LAST_MARK = re.compile(f".*[{_SENTENCE_MARKS}]", re.DOTALL)
# '比增5.1%' (比上年增长), as reports in the south write it
_GROWTH_VERBS = "增长|下降|减少|回落|上涨|上升|增加|提高|降低|比增|比降"
_GROWTH_AFTER = "近|约|超过|逾"
# '可比增长5.1%', '按可比价格计算增长5.1%': a growth at constant prices, not something named 可比
GROWTH_VERB = re.compile(rf"(同比|比上年|年均|分别|均|实际)?({_GROWTH_VERBS})(了)?({_GROWTH_AFTER})?$")
# The same with what else may stand before the verb: '同比(下同)增长4.5%' (a note in brackets),
# '可比增长', '按可比价格计算增长' (at constant prices). Tried only when the character before a verb
# found is one these end with: the common case keeps the shorter pattern.
GROWTH_VERB_NOTED = re.compile(
    rf"(同比|比上年|年均|分别|均|实际|(?:按)?可比(?:价格?)?(?:计算)?)?(?:[（(][^（）()]{{1,10}}[）)])?"
    rf"({_GROWTH_VERBS})(了)?({_GROWTH_AFTER})?$"
)
NOTED_LAST = frozenset("比算格价）)")
# The characters a text that GROWTH_VERB finds can end with: most words before a number end with
# none (one test instead of a search tried at each of the last characters).
# (比增 and 比降 left out: 增 ends many a tail, '新增5家'; a tail ending in them is tested apart)
GROWTH_VERB_LAST = frozenset(
    word[-1] for word in f"{_GROWTH_VERBS}|了|{_GROWTH_AFTER}".split("|") if word not in ("比增", "比降")
)
BI_VERBS = ("比增", "比降")
NEGATIVE = ("下降", "减少", "回落", "降低", "比降")
LEAD_FILLERS = (
    "确保", "力争", "争取", "实现", "完成", "全年", "全区", "全市", "全省", "全国", "今年", "年内",
    "其中", "累计", "同比", "预计", "共", "再", "已", "要", "并", "均", "同时", "另外", "当年",
    "去年", "成功", "新建和", "以上", "，", "、", "和", "及", "的",
    # a clause's opening, not the figure's name: '为企业减税降费', '拟发行…', '提出国内生产总值'
    "为", "拟", "提出", "推动",
    # when, not what: '四季度增发' (1万亿元国债)
    "一季度", "二季度", "三季度", "四季度", "上半年", "下半年",
)
TRAIL_VERBS = (
    "预期目标为", "预期目标是", "目标为", "目标是",
    "计划", "预计", "预期", "确保", "力争", "争取", "的", "进入了", "进入", "迈上", "跨上", "约合", "折合", "相当于",
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
PREFIX_QUALIFIERS = ("超过", "约为", "大约", "逾", "突破", "接近", "近", "超")
TAIL = 16  # longer than any match of the $-anchored lead patterns below
FROM = re.compile(r"[从由](?:\d{4}年(?:底|末)?的?)?(?:每月|每年|每人|每户|人均)?$")
CHANGE_TO = re.compile(r"(?:提高|提升|增加|增长|降低|下降|减少|调整|上调|下调)?(?:到|至)(?:\d{4}年(?:底|末)?的?)?$")
AVERAGES = ("人均", "年均", "平均", "户均")
YUE_WORDS = (  # words ending in 约 that are not "about"
    "签约", "节约", "制约", "契约", "预约", "公约", "条约", "集约", "履约", "合约", "违约", "特约", "大约",
)
CLAUSE_YEAR = re.compile(r"(?:到|至|在|于)?(\d{4})年(?:底|末|全年)?")
YEAR_LEAD = re.compile(r"^(?:\d{4}年(?:底|末|全年)?|[一二]〇[一二三四五六七八九〇]{2}年)")
GENERIC = {"占比", "增速", "比重", "总量", "同比", "投资", "增收", "人均", "平均", "年均", "其中",
            # a change, not what changed: '…达到417亿元，净增110.8亿元，同比增长9.4%' (the growth is
            # of the subject before)
            "净增", "淨增", "新增", "净增加", "淨增加", "净减", "淨減", "净减少", "淨減少"}
NAME_MAX = 24
# a ends at the first 占 (a lazy .+? tried every 占 with a scan to the end each: quadratic); a
# name starting with 占 is refused below either way.
RATIO_PATTERN = re.compile(r"^(?P<a>[^占\n]+)占(?P<b>.+?)的?比重$")
SCRIPT_SAMPLE = 5000  # a text's script shows in its first characters
# '增速“保8争9”': keep 8, strive for 9 — a range, read as '8%-9%'.
KEEP_STRIVE = re.compile(r"[“\"‘']?保(\d+(?:\.\d+)?)%?争(\d+(?:\.\d+)?)%?[”\"’']?")
# A range as clauses._qualifier writes it ('6%－6.5%', '4.5－5万人'), then the word after it if any (左右).
RANGE = re.compile(r"^[\d.,]+%?－(?P<high>[\d.,]+)(?P<unit>[^\d.,]*?)(?P<post>左右|以上|以内|以下|上下)?$")
# '主要预期目标是地区生产总值' (增长7.5%以上): an announcement run into the first name, with no mark
# after 是; what is measured is the name after it.
ANNOUNCED_IN_NAME = re.compile(r"^.*?目标(?:任务)?(?:是|为)(?=[\u4e00-\u9fff])")
TARGET_WORDS = re.compile(r"预期目标|主要目标|目标是|目标(?:确定|设定|拟定|定)?为|增长(?:速度|率)?(?:安排|预定)为")


def parse_number(text: str) -> float:
    """A number as written, thousands commas and all: "1,234.5" → 1234.5."""
    return float(text.replace(",", ""))
