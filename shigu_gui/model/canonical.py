"""Which of a report's indicators is its headline figure: the growth of GDP (or of 经济)."""

from __future__ import annotations

import re

from .document import Document, Indicator

# 国内生产总值, 地区生产总值, (全州)生产总值, 国民生产总值, GDP; older reports say 经济增长(速度).
_GDP = re.compile(
    r"^(?:全[省市区州盟县国]|我[省市区州国])?(?:国内|地区|国民|本地)?(?:生产总值|GDP)$"
    r"|^(?:全[省市区州盟县国]|我[省市区州国]|国民)?经济(?:增长)?(?:速度|增速|总量)?$"
)
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


def is_gdp(name: str) -> bool:
    """'地区生产总值（GDP）' and '全州生产总值' are; '单位地区生产总值能耗' and '人均生产总值' are not."""
    return _GDP.match(_BRACKETS.sub("", name)) is not None


def headline_growth(doc: Document, kind: str) -> Indicator | None:
    """The first GDP growth of the given kind ("actual" or "target") the report states."""
    for ind in doc.indicators:
        if ind.kind == kind and ind.growth is not None and is_gdp(ind.name):
            return ind
    return None
