"""Which of a report's indicators is its headline figure: the growth of GDP (or of 经济)."""

from __future__ import annotations

import re
from collections import Counter

from .document import Document, Indicator

# 国内生产总值, 地区生产总值, (全州)生产总值, 国民生产总值, GDP; older reports say 经济增长(速度);
# districts of the municipalities say 区增加值; a city's district its own 区属地区生产总值.
_GDP = re.compile(
    r"^(?:全[省市区州盟县国]|我[省市区州国]|[区县市]属)?(?:国内|地区|国民|本地)?(?:生产总值|GDP)$"
    r"|^(?:全[省市区州盟县国]|我[省市区州国]|国民)?经济(?:增长)?(?:速度|增速|总量)?$"
    # a district's product: '地区增加值', '全区增加值', '区增加值'
    r"|^(?:全区|本区|地区|区域|区)增加值$"
)
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


def is_gdp(name: str) -> bool:
    """'地区生产总值（GDP）' and '全州生产总值' are; '单位地区生产总值能耗' and '人均生产总值' are not."""
    return _GDP.match(_BRACKETS.sub("", name)) is not None


def headline_growth(doc: Document, kind: str) -> Indicator | None:
    """The GDP growth of the given kind ("actual" or "target") the report states for its year:
    the first one labelled with the year most of the report's figures of that kind have (a review
    of five years may give an earlier year's growth first), else the first one."""
    found = [i for i in doc.indicators if i.kind == kind and i.growth is not None and is_gdp(i.name)]
    if not found:
        return None
    years = Counter(i.year for i in doc.indicators if i.kind == kind and i.year is not None)
    if years:
        usual = years.most_common(1)[0][0]
        return next((i for i in found if i.year == usual), found[0])
    return found[0]
