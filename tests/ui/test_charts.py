"""The charts tab: bars equal the parsed values, link back to their sentences, and say when data is missing."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from shigu_gui.model import Document, parse_report
from shigu_gui.model.charts import chart_data, charted, table_rows
from shigu_gui.ui.skeleton import CHARTS_TAB, READING_TAB


def open_charts(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.charts_view is not None and window.charts_view.isVisible())
    return window.charts_view


def bar_heights(card) -> dict[tuple[str, str], float]:
    return {(bar.indicator.name, bar.indicator.kind): float(bar.opts["height"][0]) for bar in card.bars}


def test_pyqtgraph_waits_for_the_tab(tmp_path) -> None:
    """In a fresh process: the window starts without pyqtgraph/numpy; Ctrl+2 brings them in."""
    import os
    import subprocess

    code = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from shigu_gui.model import load_report
from shigu_gui.resources import bundled_report
from shigu_gui.ui.main_window import MainWindow
from shigu_gui.ui.settings import Settings
w = MainWindow(Settings(sys.argv[1]), load_report(bundled_report()))
w.show(); app.processEvents()
before = [m for m in ('pyqtgraph', 'numpy') if m in sys.modules]
w.show_tab(1); app.processEvents()
after = [m for m in ('pyqtgraph', 'numpy') if m in sys.modules]
print('MODULES', before, after)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIGU_GUI_DATA": str(tmp_path / "d")}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.ini")], capture_output=True, text=True,
                         env=env, timeout=120, check=False)
    assert "MODULES [] ['pyqtgraph', 'numpy']" in out.stdout, out.stderr[-1500:]


def test_bar_heights_equal_the_parsed_values(qtbot, window, seed_doc: Document) -> None:
    charts = open_charts(qtbot, window)
    growth = bar_heights(charts.growth_card)
    for pair in chart_data(seed_doc).growth:
        assert growth[(pair.label, "actual")] == pair.actual.value
    assert growth[("地区生产总值", "actual")] == 9.0
    assert growth[("地区生产总值", "target")] == 8.5
    assert growth[("固定资产投资", "target")] == 12.0
    scale = bar_heights(charts.scale_card)
    assert scale[("地区生产总值", "actual")] == 175.6
    assert scale[("社会消费品零售总额", "actual")] == 115.6
    assert ("财政总收入", "actual") not in scale  # not the vocabulary's 财政收入: another kind of sum
    shares = [float(bar.opts["width"][0]) for bar in charts.structure_card.bars]
    assert [round(s, 1) for s in shares] == [1.3, 17.4, 81.3]
    people = bar_heights(charts.people_card)
    assert people[("城镇居民人均可支配收入", "actual")] == 36586.0
    tips = [bar.toolTip() for bar in charts.growth_card.bars]
    assert any("左右" in tip and "主要预期目标" in tip for tip in tips)


def test_a_changed_number_draws_a_changed_bar(qtbot, make_window, seed_text: str) -> None:
    edited = parse_report(seed_text.replace("实现地区生产总值175.6亿元", "实现地区生产总值199.9亿元"))
    window = make_window(edited)
    charts = open_charts(qtbot, window)
    assert bar_heights(charts.scale_card)[("地区生产总值", "actual")] == 199.9


def test_clicking_a_bar_opens_its_sentence(qtbot, window, seed_doc: Document) -> None:
    charts = open_charts(qtbot, window)
    card = charts.growth_card
    bar = next(b for b in card.bars if b.indicator.kind == "target")
    QApplication.processEvents()
    rect = bar.boundingRect()
    scene_point = bar.mapToScene(QPointF(rect.center().x(), rect.top() + rect.height() * 0.25))
    view_point = card.plot.mapFromScene(scene_point)
    qtbot.mouseClick(card.plot.viewport(), Qt.MouseButton.LeftButton, pos=view_point)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0)
    offset = window.view.cursor_offset()
    assert offset == bar.indicator.start
    assert "主要预期目标" in seed_doc.text[offset: bar.indicator.end]


def test_keyboard_moves_between_bars_and_enter_opens_the_source(qtbot, window) -> None:
    charts = open_charts(qtbot, window)
    card = charts.scale_card
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    assert card.selected == 0
    qtbot.keyClick(card, Qt.Key.Key_Right)
    assert card.selected == 1
    chosen = card.bars[1].indicator
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0)
    assert window.view.cursor_offset() == chosen.start


def test_table_enter_and_csv_round_trip(qtbot, window, seed_doc: Document, tmp_path: Path) -> None:
    charts = open_charts(qtbot, window)
    table = charts.table
    assert table.proxy.rowCount() == len(charted(seed_doc)) < len(seed_doc.indicators)
    path = tmp_path / "indicators.csv"
    table.export_csv(path)
    from shigu_gui.ui.charts.table import read_csv

    assert read_csv(path) == table_rows(seed_doc)
    table.filter_edit.setText("地区生产总值")
    assert table.proxy.rowCount() == 2
    table.view.setFocus()
    table.view.setCurrentIndex(table.proxy.index(1, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0)
    target = next(i for i in seed_doc.indicators if i.name == "地区生产总值" and i.kind == "target")
    assert window.view.cursor_offset() == target.start


def test_table_sorts_numbers_as_numbers(qtbot, window) -> None:
    charts = open_charts(qtbot, window)
    table = charts.table
    table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    values = [table.proxy.index(r, 1).data() for r in range(5)]
    assert float(values[0]) >= float(values[1]) >= float(values[2])


def test_export_png_and_svg(qtbot, window, tmp_path: Path) -> None:
    charts = open_charts(qtbot, window)
    charts.growth_card.export(str(tmp_path / "g.png"))
    charts.growth_card.export(str(tmp_path / "g.svg"))
    assert (tmp_path / "g.png").stat().st_size > 1000
    assert "<svg" in (tmp_path / "g.svg").read_text(encoding="utf-8")


def test_a_report_without_indicators_says_so(qtbot, make_window) -> None:
    doc = parse_report("各位代表：\n一、工作回顾\n我们做了很多工作，取得了进步。\n二、工作安排\n要继续努力。")
    window = make_window(doc)
    charts = open_charts(qtbot, window)
    for card in charts.cards:
        assert not card.plot.isVisibleTo(charts)
        assert card.message.isVisibleTo(charts)
        assert card.message.text()
        assert card.bars == []


def test_from_the_text_to_the_chart(qtbot, window, seed_doc: Document) -> None:
    gdp = next(i for i in seed_doc.indicators if i.name == "地区生产总值" and i.kind == "actual")
    window.view.scroll_to_offset(gdp.start + 2)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)
    table = window.charts_view.table
    assert table.view.currentIndex().data() == "地区生产总值"


def test_the_charts_are_ready_before_the_tab_is_first_shown(qtbot, window) -> None:
    """After the first paint the window loads the charts' modules and draws them between events;
    Ctrl+2 then shows that view instead of building one."""
    qtbot.waitUntil(lambda: not window.idle.busy(), timeout=30000)
    assert "pyqtgraph" in sys.modules and "numpy" in sys.modules
    ahead = window.charts_view
    assert ahead is not None and not ahead.isVisible() and ahead.growth_card.bars
    assert window.tabs.currentIndex() == READING_TAB and window.tabs.widget(CHARTS_TAB) is ahead
    charts = open_charts(qtbot, window)
    assert charts is ahead
    assert window.search.has_index()  # the search index was built in idle time too
    # No slice kept input waiting long (all at once, the imports alone took 0.35–0.4 s).
    assert window.idle.longest_slice < 0.25


def test_a_failing_idle_job_does_not_stop_the_next(qtbot) -> None:
    from shigu_gui.ui.idle import IdleRunner

    done: list[str] = []

    def broken():
        yield 0
        raise RuntimeError("a bug in one job")

    def fine():
        done.append("started")
        yield 5
        done.append("finished")

    runner = IdleRunner()
    runner.add(broken())
    runner.add(fine())
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert done == ["started", "finished"]


def test_a_report_opened_while_reading_is_charted_in_idle_time(qtbot, window, tmp_path: Path) -> None:
    """The charts made ahead are not redrawn in the way of opening the next report: in idle time
    after it, and ready when Ctrl+2 comes."""
    qtbot.waitUntil(lambda: not window.idle.busy(), timeout=30000)
    charts = window.charts_view
    other = tmp_path / "other.txt"
    other.write_text("各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。\n二、2020年工作安排\n地区生产总值增长6%左右。\n",
                     encoding="utf-8")
    with qtbot.waitSignal(charts.stale):
        window.open_path(other)
    assert charts.doc is not window.session.doc and window.idle.busy()
    qtbot.waitUntil(lambda: not window.idle.busy(), timeout=10000)
    assert charts.doc is window.session.doc and not charts.isVisible()
    assert open_charts(qtbot, window) is charts
    assert [bar.indicator.year for bar in charts.growth_card.bars] == [2019, 2020]


def test_a_drawing_under_way_is_finished_not_restarted_and_a_stale_one_draws_nothing(
        qtbot, seed_doc: Document, seed_text: str, settings_path: Path) -> None:
    from shigu_gui.ui.charts import ChartsView
    from shigu_gui.ui.preferences import Preferences
    from shigu_gui.ui.session import ReaderSession
    from shigu_gui.ui.settings import Settings

    session = ReaderSession(seed_doc)
    view = ChartsView(session, Preferences(Settings(str(settings_path))), draw=False)
    qtbot.addWidget(view)
    steps = view.draw_steps()
    next(steps)
    next(steps)  # the growth chart is drawn
    growth = list(view.growth_card.bars)
    view.show()  # the tab is shown: the rest is drawn, the growth chart kept
    assert view.growth_card.bars == growth and view.scale_card.bars
    assert next(steps, None) is None
    edited = parse_report(seed_text.replace("实现地区生产总值175.6亿元", "实现地区生产总值199.9亿元"))
    stale = view.draw_steps()  # planned, never started
    session.set_document(edited, None)  # another report meanwhile, drawn at once (the view is shown)
    drawn = list(view.scale_card.bars)
    for _ in stale:
        pass
    assert view.doc is edited and view.scale_card.bars == drawn  # not drawn again
    assert bar_heights(view.scale_card)[("地区生产总值", "actual")] == 199.9


def test_idle_work_waits_while_held(qtbot) -> None:
    from shigu_gui.ui.idle import IdleRunner

    done: list[int] = []

    def job():
        done.append(1)
        yield 0

    runner = IdleRunner()
    runner.hold()
    runner.add(job())
    qtbot.wait(50)
    assert done == [] and runner.busy()
    runner.release()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert done == [1]


def test_the_main_targets_table_arrow_and_enter_open_the_sentence(qtbot, window, seed_doc: Document) -> None:
    from shigu_gui.model.targets import main_targets

    charts = open_charts(qtbot, window)
    table = charts.targets
    wanted = main_targets(seed_doc)
    rows = [[table.model.index(r, c).data() for c in (0, 1)] for r in range(table.model.rowCount())]
    assert rows == [["地区生产总值", "8.5"], ["区级一般公共预算收入", "5"], ["固定资产投资", "12"],
                    ["社会消费品零售总额", "11"]]
    assert "2019" in table.heading.text() and table.view.isVisibleTo(charts)
    charts.growth_card.setFocus()
    qtbot.waitUntil(charts.growth_card.hasFocus)
    qtbot.keyClick(charts.growth_card, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(table.view.hasFocus)  # reachable by the keyboard, just before the first chart
    assert table.view.currentIndex().row() == 0
    qtbot.keyClick(table.view, Qt.Key.Key_Down)
    assert table.view.currentIndex().row() == 1
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0)
    assert window.view.cursor_offset() == wanted[1].start
    assert "主要预期目标" in seed_doc.text[wanted[1].start: wanted[1].end]


def test_a_report_without_main_targets_says_so(qtbot, make_window) -> None:
    doc = parse_report("各位代表：\n一、2018年工作回顾\n地区生产总值增长9%。\n二、2019年工作安排\n要继续努力。")
    window = make_window(doc)
    charts = open_charts(qtbot, window)
    assert not charts.targets.view.isVisibleTo(charts) and charts.targets.message.text()


def test_totals_are_drawn_in_trillions_with_plain_ticks(qtbot, make_window) -> None:
    from shigu_gui.ui.plot_axis import PlainAxis, plain_ticks

    assert plain_ticks([0.0, 500000.0, 1500000.0], 1.0, 500000.0) == ["0", "500000", "1500000"]
    assert plain_ticks([-0.0001, 0.5, 1.0], 1.0, 0.5) == ["0.0", "0.5", "1.0"]
    doc = parse_report("各位代表：\n一、2023年工作回顾\n国内生产总值超过126万亿元，增长5.2%。财政收入21.7万亿元。\n")
    window = make_window(doc)
    charts = open_charts(qtbot, window)
    card = charts.scale_card
    assert bar_heights(card) == {("国内生产总值", "actual"): 126.0, ("财政收入", "actual"): 21.7}
    assert "万亿元" in card.heading.text() and card.title.endswith("（万亿元）")
    axis = card.plot.getAxis("left")
    assert isinstance(axis, PlainAxis) and not axis.autoSIPrefix
    ticks = axis.tickStrings([0.0, 50.0, 100.0], 1.0, 50.0)
    assert ticks == ["0", "50", "100"] and not any("e" in t for t in ticks)


def test_a_range_target_is_drawn_to_its_upper_end(qtbot, make_window) -> None:
    # 2019 national: 国内生产总值增长6%－6.5%
    doc = parse_report("各位代表：\n一、2018年工作回顾\n国内生产总值增长6.6%。\n二、2019年工作安排\n"
                       "今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。")
    window = make_window(doc)
    charts = open_charts(qtbot, window)
    card = charts.growth_card
    assert bar_heights(card)[("国内生产总值", "target")] == 6.0  # the bar to choose and open, as before
    parts = [item for item in card.plot.getPlotItem().items
             if item not in card.bars and type(item).__name__ == "BarGraphItem"]
    assert [(float(p.opts["y0"][0]), float(p.opts["height"][0])) for p in parts] == [(6.0, 0.5)]
