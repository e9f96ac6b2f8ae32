"""Canonical indicators: one id for the names reports give the same figure. Data, read by rules.

An indicator's name matches an entry when it contains one of the entry's aliases and none of its
exclusions (a ratio to GDP, 海洋生产总值, 单位GDP能耗 name GDP without being it). The first entry
that matches wins, so narrower entries stand before broader ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Canonical:
    id: str
    label: str  # Chinese column title
    aliases: tuple[str, ...]
    exclude: tuple[str, ...] = ()


# Words that make a name about something measured against or inside the figure, not the figure.
_RELATIVE = ("比例", "比重", "占", "相当于", "贡献", "能耗", "强度", "单位", "人均", "以上", "拉动")

CANONICAL: tuple[Canonical, ...] = (
    Canonical("gdp", "地区生产总值",
              ("地区生产总值", "国内生产总值", "国民生产总值", "生产总值", "经济增长", "GDP"),
              (*_RELATIVE, "海洋", "数字经济", "核心产业", "增加值", "旅游", "县域", "民营", "园区", "开发区")),
    Canonical("budget_revenue", "一般公共预算收入",
              ("一般公共预算收入", "地方财政收入", "财政收入", "公共财政预算收入"),
              (*_RELATIVE, "税收收入", "非税", "支出")),
    Canonical("retail_sales", "社会消费品零售总额", ("社会消费品零售总额", "社会消费品零售额"), _RELATIVE),
    Canonical("fixed_investment", "固定资产投资", ("固定资产投资",),
              (*_RELATIVE, "工业投资", "民间", "制造业", "技改", "基础设施")),
    Canonical("urban_income", "城镇居民人均可支配收入", ("城镇居民人均可支配收入", "城镇常住居民人均可支配收入",
                                                     "城镇居民可支配收入", "城镇居民收入"), ("脱贫",)),
    Canonical("rural_income", "农村居民人均可支配收入", ("农村居民人均可支配收入", "农村常住居民人均可支配收入",
                                                     "农民人均纯收入", "农村居民人均纯收入", "农民收入",
                                                     "农村居民收入"), ("脱贫", "低收入", "城镇和", "城乡")),
    Canonical("resident_income", "居民人均可支配收入", ("居民人均可支配收入",), ("城镇", "农村", "脱贫")),
    Canonical("urban_jobs", "城镇新增就业", ("城镇新增就业", "新增城镇就业"), ("五年", "累计")),
    Canonical("unemployment", "城镇调查失业率", ("城镇调查失业率", "调查失业率"), ("登记",)),
    Canonical("registered_unemployment", "城镇登记失业率", ("城镇登记失业率", "登记失业率"), ("调查",)),
    Canonical("cpi", "居民消费价格", ("居民消费价格", "消费价格总水平", "CPI"), ()),
    Canonical("grain_output", "粮食产量", ("粮食产量", "粮食总产量", "粮食总产", "粮食生产"), ("单产", "亩产")),
    Canonical("trade", "进出口总额", ("货物进出口总额", "外贸进出口总额", "进出口总额", "进出口贸易总额"),
              (*_RELATIVE, "跨境", "服务")),
    Canonical("industry_value_added", "规模以上工业增加值", ("规模以上工业增加值", "规上工业增加值"), ("占",)),
    Canonical("deficit", "财政赤字", ("财政赤字",), ("中央", "地方", "减少", "削减", "比")),
    Canonical("deficit_ratio", "赤字率", ("赤字率",), ()),
    Canonical("rd_intensity", "研发投入强度", ("研发投入强度", "研发经费投入强度"), ()),
)

BY_ID = {c.id: c for c in CANONICAL}


@lru_cache(maxsize=4096)
def canonical_id(name: str) -> str | None:
    """The canonical id an indicator's name stands for, or None."""
    for entry in CANONICAL:
        if any(alias in name for alias in entry.aliases):
            # An exclusion counts only where it is not part of the alias that matched.
            rest = name
            for alias in entry.aliases:
                rest = rest.replace(alias, "\0")
            if not any(word in rest for word in entry.exclude):
                return entry.id
    return None
