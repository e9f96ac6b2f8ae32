"""Faults a reader met walking the window after issues 11–16 were merged, each walked again with the keys."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shigu_gui.library import Library, add_paths
from shigu_gui.model import Document, parse_report
from tests.conftest import SEED

from .conftest import type_text
from .test_reading import press

CTRL = Qt.KeyboardModifier.ControlModifier
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")
WUXI = ("2019年无锡市政府工作报告\n各位代表：\n一、2018年工作回顾\n全市地区生产总值增长7.4%。高质量发展。\n"
        "二、2019年工作安排\n今年主要预期目标是：地区生产总值增长6.5%左右。高质量发展。\n")


def _library_with_reports(tmp_path: Path) -> None:
    from shigu_gui.paths import library_db

    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder / "shigu.txt")
    (folder / "wuxi.txt").write_text(WUXI, encoding="utf-8")
    with Library(library_db()) as library:
        add_paths(library, [folder])


def _focus_is_shown() -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and focused.isVisible()


def test_f6_in_the_charts_and_library_tabs_keeps_the_keyboard_on_the_screen(qtbot, window, tmp_path: Path) -> None:
    _library_with_reports(tmp_path)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    charts = window.charts_view
    assert charts is not None and charts.growth_card.hasFocus()
    press(qtbot, window, Qt.Key.Key_F6)
    assert _focus_is_shown() and charts.table.isAncestorOf(QApplication.focusWidget())
    press(qtbot, window, Qt.Key.Key_F6)
    assert charts.growth_card.hasFocus()
    press(qtbot, window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _focus_is_shown() and charts.table.isAncestorOf(QApplication.focusWidget())

    press(qtbot, window, Qt.Key.Key_3, CTRL)
    pane = window.library_pane
    assert pane is not None and pane.reports_table.hasFocus()
    seen = []
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_F6)
        assert _focus_is_shown(), QApplication.focusWidget()
        assert pane.isAncestorOf(QApplication.focusWidget())
        seen.append(QApplication.focusWidget())
    assert len(set(seen)) == 2  # the library's page tabs and the page shown, in turn
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    press(qtbot, window, Qt.Key.Key_F6)
    assert window.sidebar.focus_target().hasFocus()  # the reading tab's cycle as before


def test_closing_the_search_brings_the_glossary_back(qtbot, window) -> None:
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.edit, "乡村")
    qtbot.waitUntil(lambda: window.search.hits != [])
    assert window.sidebar.current_pane() is window.results_pane
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.search.hits
    assert window.sidebar.currentWidget() is window.glossary_pane  # not an empty results list


def test_a_report_opened_after_text_without_structure_clears_the_warning(qtbot, window, seed_doc: Document) -> None:
    window.session.set_document(parse_report("一段没有结构的文字。", "剪贴板"), None)
    assert window.statusBar().currentMessage() == "未识别出报告结构"
    window.session.set_document(seed_doc, None)
    assert window.statusBar().currentMessage() == ""  # the section path shows again
    assert window.reading_status.section_label.isVisible()


def test_english_library_uses_english_words_and_ascii_punctuation(qtbot, english, make_window, tmp_path: Path) -> None:
    _library_with_reports(tmp_path)
    window = make_window()
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    pane = window.library_pane
    rows = {pane.reports_proxy.index(r, 1).data(): pane.reports_proxy.index(r, 5).data()
            for r in range(pane.reports_proxy.rowCount())}
    assert rows["石鼓区"] == "17.56 billion yuan, 9%"  # GDP actual: amount and rate, in English words
    pane.show_page(1)
    search = pane.search_page
    type_text(search.edit, "高质量发展")
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    reports = [search.model.item(r).text() for r in range(search.model.rowCount())]
    assert reports and all(re.search(r"^2019 .* \(\d+\)$", t) for t in reports), reports
    search.tree.setFocus()
    qtbot.keyClick(search.tree, Qt.Key.Key_Right)
    first = search.model.item(0)
    sections = [first.child(r).text() for r in range(first.rowCount())]
    assert sections and all(re.search(r" \(\d+\)$", t) for t in sections), sections
    assert not _FULL_WIDTH.search(search.summary.text().replace("高质量发展", ""))

    pane.show_page(3)
    chart = pane.ensure_charts()
    chart.show_series("places", "gdp", "target", 2019)
    title = chart.chart.heading.text().replace(chart.indicator.currentText(), "")
    assert title.startswith("2019 ") and not _FULL_WIDTH.search(title), title
    chart.chart.setFocus()
    qtbot.keyClick(chart.chart, Qt.Key.Key_Right)
    line = chart.chart.message.text()
    assert re.match(r"^\S+: ", line), line  # '无锡市: 6.5%左右  …', not '无锡市：…'


def test_a_pane_hidden_at_exit_comes_back_at_its_width(qtbot, make_window) -> None:
    window = make_window()
    width = window.sidebar.width()
    window.preferences.set("view/glossary", False)
    qtbot.wait(100)  # laid out without it
    window.save_settings()
    window.close()
    assert window.settings.get_int_list("window/splitter")[2] == 0  # what a hidden pane measures
    again = make_window()
    assert not again.sidebar.isVisible()
    again.view.setFocus()
    press(qtbot, again, Qt.Key.Key_B, CTRL | Qt.KeyboardModifier.ShiftModifier)  # the marks list
    qtbot.waitUntil(lambda: again.sidebar.isVisible() and again.sidebar.width() > 0)
    assert again.sidebar.width() >= min(width, 250), (again.sidebar.width(), width)


def test_the_charts_picture_shows_the_keyboard_on_the_first_chart(qtbot, window, tmp_path: Path) -> None:
    import argparse

    from shigu_gui.ui.app import _screenshot

    focused: list[object] = []
    args = argparse.Namespace(screenshot=str(tmp_path / "charts.png"), section=None, tab="charts")
    window.closeEvent = lambda event: (focused.append(QApplication.focusWidget()), event.accept())
    assert _screenshot(QApplication.instance(), window, window.session.doc, args, (1024, 700)) == 0
    assert (tmp_path / "charts.png").exists()
    assert focused == [window.charts_view.growth_card]  # as after Ctrl+2, not the tab bar


def test_ctrl_3_back_from_the_reader_lands_on_the_library_page_shown(qtbot, window, tmp_path: Path) -> None:
    _library_with_reports(tmp_path)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    pane = window.library_pane
    pane.show_page(1)  # 搜索
    assert pane.search_page.edit.hasFocus()
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    assert pane.search_page.edit.hasFocus()  # not the hidden reports table
    type_text(pane.search_page.edit, "无锡")
    assert pane.search_page.edit.text() == "无锡"
    pane.show_page(2)
    assert pane.matrix_table.hasFocus() and _focus_is_shown()


def test_a_long_indicator_name_keeps_a_label_under_its_bar() -> None:
    from shigu_gui.ui.charts.labels import wrap_label

    name = "集成电路、生物医药、人工智能三大先导产业规模"  # 2025 上海: the bar stood with no label
    lines = wrap_label(name, 5).split("\n")
    assert len(lines) <= 3 and all(len(line) <= 5 for line in lines), lines
    assert "".join(lines).endswith("三大先导产业规模") and lines[0].startswith("…")
    assert wrap_label("Made in China products", 7) == "… in\nChina\nproducts"  # shortened by whole words
