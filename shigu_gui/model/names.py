"""Is a figure's name a name? The test the charts leave figures out by and `make eval` counts with.

A name is the noun phrase of an indicator ('城镇新增就业', '新增高标准农田', '社会消费品零售总额'),
not a verb, a fragment or a clause. The test is deliberately simple, and each rule is one line:

1. it has no number in it ('入境游客111万'); a digit next to a Latin letter or in quotes is part
   of a term (M2, 5G, 3A级, '“三类500强”'), and what stands in brackets is left out first;
2. it is not one generic word ('经济', '我国', '产量', '五年'), nor a verb alone or after an adverb
   ('增发', '新增', '先发行', '有力支持');
3. it does not end with a verb of change, an adverb, a preposition or a particle: the figure's
   subject was cut off before the rest of its phrase ('…比例继续', '…平均资费年内至少', '上升到',
   '经营主体新增');
4. it does not start with a preposition, a modal or a verb that opens a clause ('为企业和个人减税',
   '将制造业等行业现行', '提请全国人大常委会审议法律议案'), and holds no word that only a clause
   has ('国务院提请…', '是计划任务', '…达到了…'), nor half of a quotation or a bracket.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _words(*lines: str) -> tuple[str, ...]:
    return tuple(" ".join(lines).split())


_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
# A digit that is no part of a term: not next to a Latin letter (M2, 5G, 3A级) nor in quotes ('“三类500强”').
_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d(?![\d.]*[A-Za-z])")
_QUOTED = re.compile(r"“[^”]*”")
# Words that name no indicator on their own.
_GENERIC = frozenset(_words(
    "经济 我国 全国 全省 全市 企业 学生 产值 产量 利润 税收 税率 总量 总额 总投资 总收入 总金额 总装机",
    "五年 两年 三年 首批 其中 合计 累计 同比 比重 占比 增速 增幅 人均 平均 年均",
    # who spends, not on what: '中央财政' (安排109亿元)
    "中央 中央财政 地方财政 各级财政 省级财政 市级财政 区级财政 县级财政 国务院",
))
# Verbs that, alone or after an adverb, are no name.
_VERBS = _words(
    "增发 发行 新增 新建 建成 建设 开工 实施 保持 统筹 组建 培育 打造 提升 举办 惠及 支持 推进 改造 完成 "
    "实现 达到 增加 减少 安排 投入 用于 带动 吸引 引进 获批 签约 处置 化解 开展 出台 提供 办理 筹措 筹集 "
    "撬动 盘活 搬迁 增产 腾地 拆违 解决 帮助 救助 扶持 落实 推动 加快 促进 扩大 覆盖",
)
_ADVERBS = _words(
    "先 再 又 也 还 已 共 都 均 有力 大力 强力 全面 进一步 累计 分别",
)
_ONLY_VERB = re.compile(rf"^(?:{'|'.join(_ADVERBS)})*(?:{'|'.join(_VERBS)})+$")
# What a cut-off phrase ends with.
_LOOSE_END = _words(
    "到 至 于 了 有 占 的 可 共 及 和 与 等 平 下 达 为 是 在 增加 减少 增长 下降 提高 降低 上升 扩大 "
    "缩小 缩减 压减 削减 精简 新增 净增 现行 继续 持续 一直 首次 至少 年内 合计 预定 安排 累计 分别 还有 "
    "已经 两年 五年 比 由 从 将 要 再 拟 “ 、 多 少 几 一般 稳定 首批 全国 全省 全市 上年 去年 每年 每人 "
    "每月 还 打造 撬动 带动 吸引 促进 推动 支持 加快 提供 落实",
)
# Names that end so and are whole: 关税总水平, 高技术产业占比, …与国内生产总值之比, 经济增长.
_WHOLE_ENDS = ("水平", "占比", "之比", "经济增长")
# What a clause, not a noun phrase, starts with.
_CLAUSE_START = _words(
    "为 将 拟 用于 向 按 经过 从 由 以 把 被 与 比 对于 提请 提出 各地 是 要 如 而 但 并 且 这 相当于 "
    "包括 不包括 通过 影响 加快",
)
# Words only a clause has: a verb's aspect (了), a comparison or a change of level inside the name.
_CLAUSE_WORDS = _words(
    "提请 决定 是 了 已经 还将 为此 有占 比上 比去 比一 由上 由每 增加到 扩大到 提高到 上升到 下降到 "
    "降低到 达到 优于 低于 高于",
)
_CLAUSE_WORD = re.compile("|".join(map(re.escape, _CLAUSE_WORDS)))
_PAIRS = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"))
_PAIRED = re.compile("[“”（）()《》]")


# A figure of several years: '五年来城镇新增就业', '“六五”期间五年平均', '我国粮食的年平均产量'.
_SPAN = re.compile(r"[两二三四五六七八九十]年|年均|年平均|平均每年|期间|年来|时期")


def is_span(name: str) -> bool:
    """Whether the name says the figure is of several years (never one year's: charts leave it out)."""
    return _SPAN.search(name) is not None


@lru_cache(maxsize=8192)
def is_name(name: str) -> bool:
    """Whether the name is a noun phrase naming an indicator (the rules in the module's text)."""
    if _PAIRED.search(name) is None:
        bare = name.strip()
    elif any(name.count(a) != name.count(b) for a, b in _PAIRS):
        return False  # a quotation or bracket cut in two: '出台“科技金融', '合成氨（合'
    else:
        bare = _BRACKETS.sub("", name).strip()
    return bool(
        len(bare) >= 2
        and not _NUMBER.search(_QUOTED.sub("", bare) if "“" in bare else bare)
        and bare not in _GENERIC
        and not _ONLY_VERB.match(bare)
        and (not bare.endswith(_LOOSE_END) or bare.endswith(_WHOLE_ENDS))
        and not bare.startswith(_CLAUSE_START)
        and _CLAUSE_WORD.search(bare) is None
    )
