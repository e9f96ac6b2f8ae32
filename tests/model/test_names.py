"""A figure's name is a name: the charts show only figures named by a noun phrase (model/names.py),
each indicator once, and `make eval` counts the share."""

from __future__ import annotations

import pytest

from shigu_gui.model import load_report, parse_report
from shigu_gui.model.charts import chart_data, charted, table_rows
from shigu_gui.model.names import is_name, is_span

from ..conftest import CORPUS, SEED


@pytest.mark.parametrize("name", [
    # the names issue 22 found in real reports
    "增发", "先发行", "经济", "提请全国人大常委会审议法律议案", "国务院提请全国人大常委会审议法律议案", "有力支持",
    "新增", "入境游客111万",
    # fragments and clauses other reports gave
    "上升到", "各地可", "我国", "五年", "将制造业等行业现行", "国家财政性教育经费占国内生产总值比例继续",
    "移动网络流量资费年内至少", "一般工商业电价平", "外卡POS机新增", "是计划任务", "出台“科技金融", "合成氨（合",
    "全社的经济发展达到了每人年平均收入", "改造提升", "低于全国", "撬动社会资本打造", "加快建设连云港",
])
def test_not_names(name: str) -> None:
    assert not is_name(name)


@pytest.mark.parametrize("name", [
    "国内生产总值", "城镇新增就业", "新增高标准农田", "居民消费价格涨幅", "关税总水平", "高技术产业占比",
    "全社会研发经费支出与国内生产总值之比", "重点地区细颗粒物（PM2.5）平均浓度", "广义货币M2", "“三类500强”企业项目",
    "建成3A级旅游公厕", "农村危房改造", "易地扶贫搬迁", "残疾人“两项补贴”人均", "企业和个人减税降费",
])
def test_names(name: str) -> None:
    assert is_name(name)


def doc_of(review: str, plan: str) -> object:
    return parse_report(f"各位代表：\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}")


def test_figures_named_by_no_name_are_left_out_of_the_charts() -> None:
    doc = doc_of("四季度增发1万亿元国债，支持灾后恢复重建。国内生产总值增长5.2%。",
                 "国务院提请全国人大常委会审议法律议案11件。今年先发行1万亿元。城镇新增就业1200万人左右。")
    read = {i.name for i in doc.indicators}  # type: ignore[attr-defined]
    assert {"增发", "国务院提请全国人大常委会审议法律议案", "先发行"} <= read
    shown = charted(doc)  # type: ignore[arg-type]
    assert [i.name for i in shown] == ["国内生产总值", "城镇新增就业"]
    assert [row[0] for row in table_rows(doc)] == ["国内生产总值", "城镇新增就业"]  # type: ignore[arg-type]


def test_one_indicator_stated_twice_is_one_row_under_its_name() -> None:
    # '经济' (增长预期目标为5%左右) and '国内生产总值' (增长5%左右): one GDP target, named as the report names GDP
    doc = doc_of("国内生产总值增长5.2%。", "今年经济增长预期目标为5%左右。国内生产总值增长5%左右。")
    assert [i.name for i in doc.indicators] == ["国内生产总值", "经济", "国内生产总值"]  # type: ignore[attr-defined]
    shown = charted(doc)  # type: ignore[arg-type]
    assert [(i.name, i.kind, i.growth) for i in shown] == [
        ("国内生产总值", "actual", 5.2), ("国内生产总值", "target", 5.0)]
    # the sentence is the first one's: the row opens the text where the target was first stated
    assert shown[1].sentence.startswith("今年经济增长预期目标")
    (pair,) = chart_data(doc).growth  # type: ignore[arg-type]
    assert (pair.actual and pair.actual.value, pair.target and pair.target.value) == (5.2, 5.0)


def test_a_figure_of_a_known_indicator_with_no_name_takes_the_vocabularys_label() -> None:
    doc = doc_of("全年工作顺利。", "今年经济增长预期目标为7%左右。")
    assert [(i.name, i.growth) for i in charted(doc)] == [("地区生产总值", 7.0)]  # type: ignore[arg-type]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_every_chart_row_of_the_corpus_is_named_by_a_name() -> None:
    for path in [*sorted(CORPUS.glob("*.txt")), SEED]:
        doc = load_report(path)
        shown = charted(doc)
        assert shown, path.name
        bad = [i.name for i in shown if not is_name(i.name)]
        assert not bad, (path.name, bad)
        keys = [(i.name, i.kind, i.year, i.value, i.unit, i.growth) for i in shown]
        assert len(keys) == len(set(keys)), path.name


def test_a_fragment_of_a_known_indicator_is_left_out_not_renamed() -> None:
    # '国内财政收入增加127亿元' is an increase, not the revenue: it is no 一般公共预算收入 row
    doc = doc_of("国内财政收入增加127亿元。五年来城镇新增就业3555万人。城镇新增就业800万人。", "今年工作顺利。")
    assert [(i.name, i.value) for i in charted(doc)] == [("城镇新增就业", 800.0)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "span"), [
    ("五年来城镇新增就业", True), ("“六五”期间五年平均", True), ("我国粮食的年平均产量", True),
    ("两年共增加灌溉面积", True), ("城镇新增就业", False), ("年末城镇登记失业率", False),
])
def test_a_figure_of_several_years_says_so_in_its_name(name: str, span: bool) -> None:
    assert is_span(name) is span
