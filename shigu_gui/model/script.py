"""Traditional characters read as simplified ones, character for character (same length, so
offsets hold), for the rules that are written in simplified characters (the indicator reader).

Only the characters such rules meet are listed: economic and administrative words, units,
numbers, verbs of change. The text shown stays as the report writes it.
"""

from __future__ import annotations

import re

# Pairs of traditional and simplified characters, two by two.
_PAIRS = (
    "長长總总產产億亿萬万較较實实現现預预計计劃划標标區区縣县國国經经濟济價价額额與与為为達达財财個个點点務务業业"
    "農农鎮镇鄉乡戶户資资費费貿贸減减調调設设擬拟確确爭争際际過过來来間间連连續续兩两後后對对於于數数單单項项積积"
    "級级進进擴扩規规營营餘余噸吨畝亩輛辆張张場场處处條条頭头隻只歲岁臺台機机構构債债貸贷職职發发開开門门東东層层"
    "統统籌筹協协穩稳內内漲涨環环綜综稅税徵征險险醫医療疗衛卫養养殘残災灾鐵铁運运輸输車车電电網网視视廣广飛飞製制"
    "樓楼園园華华糧粮漁渔豐丰樣样絲丝紡纺織织氣气熱热礦矿煉炼鋼钢採采線线號号類类準准範范導导將将舉举歷历創创屆届"
    "會会議议選选勞劳動动藝艺體体館馆學学師师讀读書书報报紙纸傳传聯联結结組组團团隊队黨党員员幹干質质獎奖勵励權权"
    "責责證证參参幣币匯汇還还讓让紅红綠绿藍蓝黃黄貧贫脫脱閒闲觀观遊游飯饭賓宾貨货倉仓儲储郵邮遞递購购買买賣卖銷销"
    "約约幾几頃顷種种樹树蓋盖節节廢废汙污態态勢势韌韧邊边遠远陸陆陽阳陰阴雲云藥药義义問问題题極极據据擁拥顯显壓压"
    "緊紧雙双驅驱轉转變变優优勝胜寬宽並并從从眾众氫氢鋰锂儀仪歸归屬属爐炉漢汉瑪玛蘭兰豬猪雞鸡鴨鸭魚鱼蝦虾蠶蚕麥麦"
    "穀谷蘋苹葉叶薑姜蔥葱滬沪贛赣閩闽遼辽魯鲁蘇苏陝陕寧宁瓊琼貴贵灣湾筆笔鏈链庫库碼码換换衝冲擊击勁劲認认識识論论"
    "說说請请謂谓詢询訊讯記记錄录評评審审則则綱纲領领"
)


def _table() -> dict[int, int]:
    table: dict[int, int] = {}
    for i in range(0, len(_PAIRS) - 1, 2):
        trad, simp = _PAIRS[i], _PAIRS[i + 1]
        if trad != simp:
            table[ord(trad)] = ord(simp)
    return table


_TO_SIMPLIFIED = _table()
_TRADITIONAL = frozenset(_TO_SIMPLIFIED)


def to_simplified(text: str) -> str:
    """The text with the listed traditional characters as simplified ones (same length)."""
    return text.translate(_TO_SIMPLIFIED)


def has_traditional(text: str) -> bool:
    return any(ch in _TRADITIONAL for ch in text)


# Characters common in any report that only a text in traditional characters has.
_HINTS = "們會國為發經濟區縣這與對長報過時實現產總億"
_HINTS_SIMPLIFIED = to_simplified(_HINTS)
TRADITIONAL_HINT = re.compile(f"[{_HINTS}]")


def mostly_traditional(sample: str) -> bool:
    """Written in traditional characters: more of those common ones than of their simplified forms."""
    return sum(map(sample.count, _HINTS)) > sum(map(sample.count, _HINTS_SIMPLIFIED))
