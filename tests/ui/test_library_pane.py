"""The 文库 view, driven with keys: table, filter, search across reports, matrix, charts, indexing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from shigu_gui.library import Library, add_paths
from shigu_gui.model import load_report
from tests.conftest import SEED
from tests.ui.conftest import type_text

SUZHOU = ("2024年苏州市政府工作报告\n各位代表：\n一、2023年工作回顾\n全市地区生产总值增长4.6%。高质量发展。\n"
          "二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。推动高质量发展。\n")
WUXI = ("2019年无锡市政府工作报告\n各位代表：\n一、2018年工作回顾\n全市地区生产总值增长7.4%。\n"
        "二、2019年工作安排\n今年主要预期目标是：地区生产总值增长6.5%左右。高质量发展。\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder / "shigu.txt")
    (folder / "suzhou.txt").write_text(SUZHOU, encoding="utf-8")
    (folder / "wuxi.txt").write_text(WUXI, encoding="utf-8")
    return folder


@pytest.fixture
def opened() -> list[tuple[str, int, int]]:
    return []


@pytest.fixture
def pane(qtbot, tmp_path: Path, folder: Path, opened: list[tuple[str, int, int]]):
    from shigu_gui.ui.library import LibraryPane

    library = Library(tmp_path / "library.sqlite3")
    add_paths(library, [folder])
    widget = LibraryPane(library, lambda path, offset, length, term="": opened.append((path, offset, length)))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
    library.close()


def shown_rows(pane) -> list[list[str]]:
    proxy = pane.reports_proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_table_lists_reports_with_year_place_and_gdp(pane) -> None:
    rows = shown_rows(pane)
    assert [r[:2] for r in rows] == [["2019", "石鼓区"], ["2019", "无锡市"], ["2024", "苏州市"]]
    shigu = rows[0]
    assert shigu[5] == "175.6亿元，9%" and shigu[6] == "8.5%左右"  # GDP actual and target, as the reader reads them
    pane.reports_table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # by GDP target
    assert [r[1] for r in shown_rows(pane)] == ["石鼓区", "无锡市", "苏州市"]


def test_filter_then_enter_opens_the_report(qtbot, pane, folder: Path, opened) -> None:
    pane.filter_edit.setFocus()
    type_text(pane.filter_edit, "苏州")
    assert [r[1] for r in shown_rows(pane)] == ["苏州市"]
    pane.reports_table.setFocus()
    pane.reports_table.setCurrentIndex(pane.reports_proxy.index(0, 0))
    qtbot.keyClick(pane.reports_table, Qt.Key.Key_Return)
    assert opened == [(str(folder / "suzhou.txt"), 0, 0)]


def test_search_groups_by_report_and_section_and_opens_the_hit(qtbot, pane, folder: Path, opened) -> None:
    pane.show_page(1)
    search = pane.search_page
    assert search.edit.hasFocus()
    type_text(search.edit, "高质量发展")
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    texts = [search.model.item(r).text() for r in range(search.model.rowCount())]
    counts = {r.path: r.count for r in search.results}
    for path in (folder / "shigu.txt", folder / "suzhou.txt", folder / "wuxi.txt"):
        n = load_report(path).text.count("高质量发展")
        assert counts.get(str(path), 0) == n
    assert texts[0].endswith(f"（{max(counts.values())}）")
    search.tree.setFocus()
    qtbot.keyClick(search.tree, Qt.Key.Key_Right)  # expand the first report: its sections
    first = search.model.item(0)
    assert first.rowCount() >= 1 and first.child(0).text().endswith("）")
    qtbot.keyClick(search.tree, Qt.Key.Key_Down)  # the first section
    qtbot.keyClick(search.tree, Qt.Key.Key_Right)
    qtbot.keyClick(search.tree, Qt.Key.Key_Down)  # its first hit
    qtbot.keyClick(search.tree, Qt.Key.Key_Return)
    [(path, offset, length)] = opened
    assert load_report(path).text[offset: offset + length] == "高质量发展"


def test_matrix_cell_opens_its_sentence(qtbot, pane, folder: Path, opened) -> None:
    pane.show_page(2)
    model = pane.matrix_model
    column = 2 + model.columns.index(("gdp", "target"))
    row = next(r for r in range(pane.matrix_proxy.rowCount())
               if pane.matrix_proxy.index(r, 1).data() == "苏州市")
    pane.matrix_table.setCurrentIndex(pane.matrix_proxy.index(row, column))
    assert pane.matrix_proxy.index(row, column).data() == "5%左右"
    qtbot.keyClick(pane.matrix_table, Qt.Key.Key_Enter)
    [(path, offset, length)] = opened
    assert load_report(path).text[offset: offset + length].endswith("地区生产总值增长5%左右。")


def test_main_targets_page_lists_each_reports_targets_and_opens_one(qtbot, pane, folder: Path, opened) -> None:
    from shigu_gui.ui.library.pane import TARGETS

    pane.show_page(TARGETS)
    assert pane.targets_table.hasFocus()
    proxy = pane.targets_proxy
    rows = [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]
    assert rows == [["2019", "无锡市", "地区生产总值", "6.5%左右"],  # by year, each report's in its order
                    ["2019", "石鼓区", "地区生产总值", "8.5%左右"],
                    ["2019", "石鼓区", "区级一般公共预算收入", "5%左右"],
                    ["2019", "石鼓区", "固定资产投资", "12%左右"], ["2019", "石鼓区", "社会消费品零售总额", "11%左右"],
                    ["2024", "苏州市", "地区生产总值", "5%左右"]]
    assert pane.targets_table.currentIndex().row() == 0
    qtbot.keyClick(pane.targets_table, Qt.Key.Key_Down)
    qtbot.keyClick(pane.targets_table, Qt.Key.Key_Down)
    qtbot.keyClick(pane.targets_table, Qt.Key.Key_Return)
    [(path, offset, length)] = opened
    assert path == str(folder / "shigu.txt") and "区级一般公共预算收入增长5%左右" in load_report(path).text[
        offset: offset + length]


def test_matrix_exports_csv(pane, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    pane.export_csv(out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("path,year,place,indicator,label,kind")
    assert len(lines) == 1 + len(pane.library.matrix())


def test_chart_compares_places_sorted_and_opens_a_bar(qtbot, pane, folder: Path, opened) -> None:
    pane.show_page(3)
    chart = pane.ensure_charts()
    chart.show_series("places", "gdp", "target", 2019)
    assert [(p.label, p.value) for p in chart.chart.points] == [("石鼓区", 8.5), ("无锡市", 6.5)]
    # Horizontal bars, the largest on top, each place's name beside its bar.
    assert list(chart.chart.bars.opts["width"]) == [8.5, 6.5]
    assert list(chart.chart.bars.opts["y"]) == [1, 0]
    assert chart.chart.plot.getAxis("left")._tickLevels == [[(1, "石鼓区"), (0, "无锡市")]]
    chart.chart.setFocus()
    qtbot.keyClick(chart.chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart.chart, Qt.Key.Key_Return)
    assert opened[-1][0] == str(folder / "wuxi.txt")
    chart.show_series("term", term="高质量发展", per=0)
    assert [p.label for p in chart.chart.points][0].startswith("2019")
    assert sum(p.value for p in chart.chart.points) == sum(r.count for r in pane.library.search("高质量发展"))
    # On a time axis: each point at its report's year.
    assert all(p.x == float(p.label[:4]) for p in chart.chart.points)
    chart.show_series("term", term="高质量发展", per=10_000)
    rates = {p.path: p.value for p in chart.chart.points}
    for path, n in ((r.path, r.count) for r in pane.library.search("高质量发展")):
        assert rates[path] == pytest.approx(n * 10_000 / len(load_report(Path(path)).text))
    assert "每万字" in chart.chart.heading.text()


def _overlapping(boxes: list) -> list:  # type: ignore[type-arg]
    boxes = sorted(boxes, key=lambda b: (b.left(), b.top()))
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.intersects(b)]


@pytest.mark.parametrize("size", [(1024, 640), (1920, 1080)])
def test_no_two_axis_labels_of_a_chart_overlap(qtbot, tmp_path: Path, size: tuple[int, int]) -> None:
    from shigu_gui.ui.library import LibraryPane
    from shigu_gui.ui.library.chart_view import tick_label_boxes

    folder = tmp_path / "many"
    folder.mkdir()
    # Thirty-six places in one year, and one place over sixty years with gaps.
    more = "".join(f"第{n}项：推进城市更新和产业升级，扩大有效投资，稳定就业。" for n in range(1, 12))
    names = [a + b + "市" for a in "安宁和平兴华" for b in "东西南北中山"]
    reports = [(2025, name) for name in names] + [(1960 + (k * 13) % 66, "长乐市") for k in range(24)]
    for k, (year, place) in enumerate(reports):
        (folder / f"r{k}.txt").write_text(
            f"{year}年{place}政府工作报告\n各位代表：\n一、工作回顾\n发展。\n二、今年安排\n"
            f"今年主要预期目标是：地区生产总值增长{4 + k % 7}%左右。发展新质生产力。\n{more}\n", encoding="utf-8")
    library = Library(tmp_path / "library.sqlite3")
    add_paths(library, [folder])
    pane = LibraryPane(library, lambda *_: None)
    qtbot.addWidget(pane)
    pane.resize(*size)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_page(3)
    chart = pane.ensure_charts()
    for series in ({"mode": "places", "indicator": "gdp", "kind": "target", "year": 2025},
                   {"mode": "term", "term": "发展", "place": "", "per": 10_000},
                   {"mode": "term", "term": "发展", "place": "", "per": 0}):
        chart.show_series(**series)
        qtbot.wait(10)
        assert len(chart.chart.points) >= 24, series
        for side in ("bottom", "left"):
            boxes = tick_label_boxes(chart.chart.plot, side)
            assert boxes, (series, side)
            assert _overlapping(boxes) == [], (series, side, size)
    pane.shutdown()
    library.close()


def test_adding_runs_in_the_background_and_lists_failures(qtbot, pane, tmp_path: Path) -> None:
    more = tmp_path / "more"
    more.mkdir()
    (more / "new.txt").write_text(SUZHOU.replace("苏州", "常州"), encoding="utf-8")
    (more / "empty.txt").write_bytes(b"")
    with qtbot.waitSignal(pane.indexing_finished, timeout=20000) as blocker:
        assert pane.add_paths([str(more)]) is not None
        assert pane.cancel_button.isVisible()
    result = blocker.args[0]
    assert len(result.added) == 1 and len(result.failed) == 1
    assert "常州市" in [r[1] for r in shown_rows(pane)]
    failed = [r for r in shown_rows(pane) if r[7].startswith("失败")]
    assert len(failed) == 1
    assert pane.last_message is not None and "empty.txt" in pane.last_message.detailedText()
    pane.last_message.close()


def test_cancel_stops_indexing(qtbot, pane, tmp_path: Path) -> None:
    more = tmp_path / "many"
    more.mkdir()
    for i in range(30):
        (more / f"{i:02d}.txt").write_text(SUZHOU.replace("苏州", f"第{i}"), encoding="utf-8")
    with qtbot.waitSignal(pane.indexing_finished, timeout=20000) as blocker:
        pane.add_paths([str(more)])
        qtbot.mouseClick(pane.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].cancelled
    assert len(blocker.args[0].added) < 30


def test_window_ctrl_3_opens_the_library_and_enter_opens_the_reader(qtbot, window, folder: Path,
                                                                    settings_path: Path) -> None:
    from shigu_gui.paths import library_db
    from shigu_gui.ui.main_window import LIBRARY_TAB, READING_TAB

    with Library(library_db()) as library:
        add_paths(library, [folder])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == LIBRARY_TAB
    pane = window.library_pane
    assert pane is not None and pane.reports_table.hasFocus()
    row = next(r for r in range(pane.reports_proxy.rowCount()) if pane.reports_proxy.index(r, 1).data() == "苏州市")
    pane.reports_table.setCurrentIndex(pane.reports_proxy.index(row, 0))
    qtbot.keyClick(pane.reports_table, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == READING_TAB
    assert window.session.path == folder / "suzhou.txt" and window.session.doc.title == "2024年苏州市政府工作报告"

    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    pane.show_page(1)
    type_text(pane.search_page.edit, "无锡")
    qtbot.keyClick(pane.search_page.edit, Qt.Key.Key_Return)
    pane.search_page.tree.setFocus()
    qtbot.keyClick(pane.search_page.tree, Qt.Key.Key_Return)  # a report: opens at its first hit
    assert window.tabs.currentIndex() == READING_TAB and window.session.path == folder / "wuxi.txt"
    cursor = window.view.textCursor()
    assert window.session.doc.text[cursor.position(): cursor.position() + 2] == "无锡"


def test_down_from_the_fields_and_delete_forgets_a_report(qtbot, pane, folder: Path) -> None:
    pane.filter_edit.setFocus()
    type_text(pane.filter_edit, "无锡")
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Down)
    assert pane.reports_table.hasFocus()
    qtbot.keyClick(pane.reports_table, Qt.Key.Key_Delete)
    assert all(not e.path.endswith("wuxi.txt") for e in pane.library.reports())
    assert (folder / "wuxi.txt").is_file()  # the file itself is left alone
    pane.filter_edit.clear()
    assert [r[1] for r in shown_rows(pane)] == ["石鼓区", "苏州市"]

    pane.show_page(1)
    type_text(pane.search_page.edit, "发展")
    qtbot.keyClick(pane.search_page.edit, Qt.Key.Key_Return)
    qtbot.keyClick(pane.search_page.edit, Qt.Key.Key_Down)
    assert pane.search_page.tree.hasFocus()


def test_many_files_are_parsed_by_worker_processes_from_the_view(qtbot, pane, tmp_path: Path) -> None:
    more = tmp_path / "forty"
    more.mkdir()
    for i in range(41):  # enough for worker processes (indexer._POOL_MIN)
        (more / f"{i:02d}.txt").write_text(SUZHOU.replace("苏州", f"第{i}号"), encoding="utf-8")
    with qtbot.waitSignal(pane.indexing_finished, timeout=60000) as blocker:
        pane.add_paths([str(more)])
    assert len(blocker.args[0].added) == 41 and not blocker.args[0].failed
    assert pane.reports_proxy.rowCount() == 3 + 41


def test_a_library_another_command_is_writing_lists_and_says_it_is_busy(qtbot, pane, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3
    import time

    from shigu_gui.library import schema

    monkeypatch.setattr(schema, "OPEN_TIMEOUT", 0.3)
    pane.library.con.execute("PRAGMA busy_timeout = 300")
    more = tmp_path / "more"
    more.mkdir()
    (more / "new.txt").write_text(SUZHOU.replace("苏州", "常州"), encoding="utf-8")
    writer = sqlite3.connect(pane.library.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM files")  # not committed: the view still reads the last commit
    try:
        start = time.monotonic()
        pane.reload()
        assert time.monotonic() - start < 1.0
        assert [r[1] for r in shown_rows(pane)] == ["石鼓区", "无锡市", "苏州市"]
        with qtbot.waitSignal(pane.indexing_finished, timeout=20000) as blocker:
            pane.add_paths([str(more)])
        assert "文库正由另一个窗口或命令更新" in blocker.args[0]
        assert pane.last_message is not None and "another window or command" in pane.last_message.detailedText()
        pane.last_message.close()
        pane.reports_table.setFocus()
        pane.reports_table.setCurrentIndex(pane.reports_proxy.index(0, 0))
        qtbot.keyClick(pane.reports_table, Qt.Key.Key_Delete)
        assert "another window or command" in pane.last_message.detailedText()
        pane.last_message.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert len(shown_rows(pane)) == 3 and sorted(p.name for p in tmp_path.iterdir() if ".damaged-" in p.name) == []


def test_search_narrowed_by_place_level_and_years_with_the_term_in_bold(qtbot, pane, folder: Path) -> None:
    from shigu_gui.ui.library.search import emphasised
    from shigu_gui.ui.roles import Role

    pane.show_page(1)
    search = pane.search_page
    type_text(search.edit, "高质量发展")
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert len(search.results) == 3
    search.place.setCurrentIndex(search.place.findData("苏州市"))
    search.place.activated.emit(search.place.currentIndex())
    assert [Path(r.path).name for r in search.results] == ["suzhou.txt"]
    assert "1 份报告" in search.summary.text()
    search.place.setCurrentIndex(0)
    search.level.setCurrentIndex(search.level.findData("city"))
    search.level.activated.emit(search.level.currentIndex())
    assert sorted(Path(r.path).name for r in search.results) == ["suzhou.txt", "wuxi.txt"]
    type_text(search.years, "2020-2025")
    qtbot.keyClick(search.years, Qt.Key.Key_Return)
    assert [Path(r.path).name for r in search.results] == ["suzhou.txt"]
    search.years.setText("2025-2020")
    qtbot.keyClick(search.years, Qt.Key.Key_Return)
    assert search.results == [] and "2018-2025" in search.summary.text()
    # A hit's snippet carries where the term is in it, and is drawn with the term in bold.
    search.years.clear()
    qtbot.keyClick(search.years, Qt.Key.Key_Return)
    search.tree.expand(search.model.index(0, 0))
    section = search.model.item(0).child(0)
    hit = section.child(0)
    start, length = hit.data(Role.EMPHASIS)
    assert hit.text()[start: start + length] == "高质量发展"
    assert "<b>高质量发展</b>" in emphasised(hit.text(), start, length)
    search.tree.expand(section.index())
    search.tree.scrollTo(hit.index())
    assert search.tree.visualRect(hit.index()).height() > 0
    search.tree.viewport().grab()  # the delegate paints without error


def test_a_chart_exports_as_png_svg_and_its_data_as_csv(qtbot, pane, tmp_path: Path) -> None:
    import csv

    pane.show_page(3)
    chart = pane.ensure_charts()
    chart.show_series("term", term="高质量发展", per=0)
    for name in ("c.png", "c.svg", "c.csv"):
        chart.chart.export(tmp_path / name)
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "c.svg").read_bytes()
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [(int(r["year"]), float(r["value"]), r["path"]) for r in rows] == \
        [(int(p.x), p.value, p.path) for p in chart.chart.points]
    chart.show_series("places", "gdp", "target", 2019)
    chart.chart.export(tmp_path / "p.csv")
    rows = list(csv.DictReader((tmp_path / "p.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["label"], r["place"], r["year"]) for r in rows] == \
        [("石鼓区", "石鼓区", "2019"), ("无锡市", "无锡市", "2019")]


def test_the_years_chart_names_its_place_in_the_selector(qtbot, pane) -> None:
    pane.show_page(3)
    chart = pane.ensure_charts()
    chart.place.setCurrentIndex(0)  # 全部地区
    chart.show_series("years", "gdp", "target")
    drawn = {p.cell.place for p in chart.chart.points}
    assert drawn == {chart.place.currentData()}
    assert chart.place.currentText() in chart.chart.heading.text()


def test_clicking_a_tab_puts_the_cursor_in_its_field(qtbot, pane) -> None:
    bar = pane.pages.tabBar()
    pane.reports_table.setFocus()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert pane.pages.currentIndex() == 1
    assert pane.search_page.edit.hasFocus()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert pane.reports_table.hasFocus() or pane.filter_edit.hasFocus()


def _cell(value: float | None, unit: str | None, growth: float | None, qualifier: str | None):  # type: ignore[no-untyped-def]
    from shigu_gui.library.db import Cell

    return Cell(1, "a.txt", 2025, "江苏省", "gdp", "地区生产总值", "target", value, unit, growth, qualifier,
                "", 0, 0)


def test_library_figures_are_said_in_the_interface_language(qapp, english) -> None:  # type: ignore[no-untyped-def]
    from shigu_gui.ui.library.models import cell_words

    assert cell_words(_cell(13.7, "万亿元", 5.8, None)) == "13.7 trillion yuan, 5.8%"
    assert "about" in cell_words(_cell(None, None, 5.0, "左右"))
    assert "左右" not in cell_words(_cell(None, None, 5.0, "左右"))


def test_library_figures_keep_the_reports_words_in_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    from shigu_gui.ui.library.models import cell_words

    assert cell_words(_cell(13.7, "万亿元", 5.8, None)) == "13.7万亿元，5.8%"
    assert cell_words(_cell(None, None, 5.0, "左右")) == "5%左右"


# Full-width, upper- and lower-case spellings of one term: the library and the reader fold them alike.
NANJING = ("2024年南京市政府工作报告\n各位代表：\n一、2023年工作回顾\n全市ＧＤＰ增长4.6%。数字经济占ＧＤＰ比重提高。\n"
           "二、2024年工作安排\n今年主要预期目标是：GDP增长5%左右。推动gdp与收入同步。\n")


def test_a_library_hit_opens_the_reader_search_at_that_hit_and_f3_moves_through_all(
        qtbot, window, tmp_path: Path, settings_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from shigu_gui.paths import library_db
    from shigu_gui.ui.main_window import LIBRARY_TAB, READING_TAB
    from tests.ui.test_reading import press

    folder = tmp_path / "nanjing"
    folder.mkdir()
    (folder / "nanjing.txt").write_text(NANJING, encoding="utf-8")
    with Library(library_db()) as library:
        add_paths(library, [folder])
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == LIBRARY_TAB
    pane = window.library_pane
    pane.show_page(1)
    type_text(pane.search_page.edit, "Gdp")
    qtbot.keyClick(pane.search_page.edit, Qt.Key.Key_Return)
    assert pane.search_page.summary.text() == "“Gdp”：1 份报告，共 4 处"
    qtbot.keyClick(pane.search_page.edit, Qt.Key.Key_Down)  # into the results, on the report
    tree = pane.search_page.tree
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(tree, key)  # the report opened, its first section, that section's second hit
    shown = tree.currentIndex().data()
    assert "数字经济占ＧＤＰ比重" in shown, shown
    qtbot.keyClick(tree, Qt.Key.Key_Return)

    assert window.tabs.currentIndex() == READING_TAB and window.session.path == folder / "nanjing.txt"
    assert QApplication.focusWidget() is window.view
    QApplication.processEvents()  # the report's saved place, restored a turn later, does not move off the hit
    text = window.session.doc.text
    cursor = window.view.textCursor().position()
    assert text[cursor: cursor + 3] == "ＧＤＰ" and text[cursor - 5: cursor] == "数字经济占"  # the hit shown
    assert [text[h.start: h.end] for h in window.search.hits] == ["ＧＤＰ", "ＧＤＰ", "GDP", "gdp"]
    colors = window.preferences.colors  # all four lit as Ctrl+F lights them, the second as the current one
    lit = sorted((s.cursor.selectionStart(), s.cursor.selectedText(), s.format.background().color().name())
                 for s in window.view.extraSelections())
    assert lit == [(h.start, text[h.start: h.end], colors.current_hit if i == 1 else colors.hit)
                   for i, h in enumerate(window.search.hits)]
    assert window.find_bar.isVisible() and window.find_bar.edit.text() == "Gdp"
    assert window.find_bar.counter.text() == "2/4"
    assert window.statusBar().currentMessage() == "第 2/4 处"

    seen = []
    for key, modifier in ((Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier),) * 3 + (
            (Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier),) * 2:
        press(qtbot, window, key, modifier)
        cursor = window.view.textCursor().position()
        seen.append((window.statusBar().currentMessage(), text[cursor: cursor + 3]))
    assert seen == [("第 3/4 处", "GDP"), ("第 4/4 处", "gdp"), ("第 1/4 处", "ＧＤＰ"),  # wraps round
                    ("第 4/4 处", "gdp"), ("第 3/4 处", "GDP")]
    assert window.find_bar.counter.text() == "3/4"


def test_ctrl_f_filters_the_matrix_by_place_year_and_indicator_and_says_how_many(
        qtbot, window, folder: Path, settings_path: Path) -> None:
    from shigu_gui.paths import library_db
    from shigu_gui.ui.library.pane import MATRIX
    from shigu_gui.ui.main_window import READING_TAB
    from tests.ui.test_reading import press

    with Library(library_db()) as library:
        add_paths(library, [folder])
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    pane = window.library_pane
    pane.show_page(MATRIX)
    assert pane.matrix_table.hasFocus()
    proxy = pane.matrix_proxy

    def shown() -> tuple[list[str], list[str]]:
        places = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
        header = Qt.Orientation.Horizontal
        headers = [proxy.headerData(c, header).replace("\n", " ") for c in range(proxy.columnCount())]
        return places, headers

    places, headers = shown()
    assert sorted(places) == ["无锡市", "石鼓区", "苏州市"] and len(headers) > 4
    assert pane.matrix_count.text() == "3 份报告"
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.matrix_filter.hasFocus() and window.tabs.currentIndex() != READING_TAB  # not the reader's find
    type_text(pane.matrix_filter, "２０１９")  # full-width digits find 2019
    assert sorted(shown()[0]) == ["无锡市", "石鼓区"] and pane.matrix_count.text() == "显示 2 / 3 份报告"
    pane.matrix_filter.clear()
    type_text(pane.matrix_filter, "区")  # of a place's name (石鼓区), though also of 地区生产总值: no column hidden
    assert shown() == (["石鼓区"], headers)
    pane.matrix_filter.clear()
    type_text(pane.matrix_filter, "2019 目标")  # a kind of figure: its columns, the rows with one
    places, headers = shown()
    assert sorted(places) == ["无锡市", "石鼓区"] and headers[:2] == ["年份", "地区"]
    assert len(headers) > 3 and all(h.endswith(" 目标") for h in headers[2:]), headers
    pane.matrix_filter.clear()
    type_text(pane.matrix_filter, "无锡 生产总值")
    places, headers = shown()
    assert places == ["无锡市"] and headers == ["年份", "地区", "地区生产总值 实际", "地区生产总值 目标"]
    assert pane.matrix_count.text() == "显示 1 / 3 份报告"
    qtbot.keyClick(pane.matrix_filter, Qt.Key.Key_Down)
    assert pane.matrix_table.hasFocus()
    pane.matrix_table.setCurrentIndex(proxy.index(0, 3))  # the GDP target
    qtbot.keyClick(pane.matrix_table, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == READING_TAB and window.session.path == folder / "wuxi.txt"
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    pane.matrix_filter.clear()
    type_text(pane.matrix_filter, "没有这个地方")
    assert shown()[0] == [] and pane.matrix_count.text() == "显示 0 / 3 份报告"


def test_a_term_found_nowhere_clears_the_trend_and_its_axis_and_says_so(qtbot, pane) -> None:
    from shigu_gui.ui.library.chart_page import MODES
    from shigu_gui.ui.library.pane import CHARTS

    pane.show_page(CHARTS)
    page = pane.ensure_charts()
    page.mode.setCurrentIndex(MODES.index("term"))
    page.term.setFocus()
    type_text(page.term, "高质量发展")
    qtbot.keyClick(page.term, Qt.Key.Key_Return)
    chart = page.chart
    assert chart.points and chart.scroller.isVisible() and chart.message.text().startswith("2019 ")
    old_plot = chart.plot

    page.term.selectAll()
    type_text(page.term, "没有的词语")
    qtbot.keyClick(page.term, Qt.Key.Key_Return)
    assert chart.points == [] and not chart.scroller.isVisible() and not chart.plot.isVisible()
    assert chart.plot is not old_plot  # the last trend's axis and years are gone with its plot
    assert chart.message.isVisible()
    assert chart.message.text() == "没有找到“没有的词语”：所选的 3 份报告中都没有这个词语。"
    assert chart.heading.text() == "“没有的词语”在各份报告中每万字出现的次数"

    page.term.selectAll()
    type_text(page.term, "无锡")
    qtbot.keyClick(page.term, Qt.Key.Key_Return)  # a term found again: drawn again
    assert [p.series for p in chart.points if p.value] == ["无锡市"] and chart.scroller.isVisible()
    page.place.setCurrentIndex(page.place.findData("苏州市"))  # found in no report of the place chosen
    assert chart.points == [] and not chart.scroller.isVisible()
    assert chart.message.text() == "没有找到“无锡”：所选的 1 份报告中都没有这个词语。"
    page.term.clear()
    qtbot.keyClick(page.term, Qt.Key.Key_Return)
    assert chart.message.text().startswith("输入一个词语") and chart.heading.text() == ""


def test_a_screenshot_shows_a_library_page_with_its_query(tmp_path: Path, folder: Path) -> None:
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    data = tmp_path / "data"
    data.mkdir()
    with Library(data / "library.sqlite3") as library:
        add_paths(library, [folder])
    env = {**os.environ, "SHIGU_GUI_DATA": str(data), "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "hit.png"
    shot = subprocess.run([sys.executable, "-m", "shigu_gui", "--screenshot", str(out), "--tab", "library-hit",
                           "--query", "高质量发展", "--size", "900x600"], capture_output=True, text=True, timeout=60,
                          env=env, check=False)
    assert shot.returncode == 0, shot.stderr
    assert QImage(str(out)).size().width() == 900
    bad = subprocess.run([sys.executable, "-m", "shigu_gui", "--screenshot", str(out), "--tab", "library-nothing"],
                         capture_output=True, text=True, timeout=60, env=env, check=False)
    assert bad.returncode == 2 and "library-matrix" in bad.stderr  # the pages a screenshot can show


def test_the_screenshot_pages_are_the_pages_a_person_would_see(pane) -> None:
    pane.show_for_screenshot("matrix", "无锡")
    assert pane.pages.currentIndex() == 2 and pane.matrix_count.text() == "显示 1 / 3 份报告"
    pane.show_for_screenshot("search", "高质量发展")
    tree = pane.search_page.tree
    assert pane.pages.currentIndex() == 1 and tree.isExpanded(pane.search_page.model.index(0, 0))
    pane.show_for_screenshot("trend", "没有的词语")
    assert pane.pages.currentIndex() == 3 and pane.chart_page.chart.message.text().startswith("没有找到")


def test_the_hit_nearest_the_librarys_offset_is_the_current_one(window) -> None:
    """The reader's hits and the library's may not fall on the same offsets (a report opened from
    another of its files): the cursor goes to the nearest hit, the earlier of two as near."""
    from shigu_gui.model import parse_report

    window.session.set_document(parse_report("标题\n甲乙甲乙甲。\n", "剪贴板"), None)
    window.search.run("甲", False)
    starts = [h.start for h in window.search.hits]
    assert starts == [3, 5, 7]
    for near, current in ((0, 0), (3, 0), (4, 0), (5, 1), (6, 1), (7, 2), (99, 2)):
        window.search.run("甲", False, near=near)
        assert window.search.current == current, near
        assert window.view.cursor_offset() == starts[current]


def test_a_search_finding_nothing_says_so_and_where(qtbot, pane) -> None:
    pane.show_page(1)
    search = pane.search_page
    type_text(search.edit, "没有的词语")
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert search.model.rowCount() == 0
    assert search.summary.text() == "没有找到“没有的词语”：文库的报告中都没有这个词语。"
    search.edit.selectAll()
    type_text(search.edit, "无锡")
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert search.summary.text() == "“无锡”：1 份报告，共 1 处"
    type_text(search.years, "2024-2025")  # 无锡 is said only in 2019's report
    qtbot.keyClick(search.years, Qt.Key.Key_Return)
    assert search.summary.text() == "没有找到“无锡”：所选范围内的报告中都没有这个词语。"


def test_a_hit_in_a_report_loaded_on_a_worker_is_searched_once_it_is_shown(
        qtbot, window, tmp_path: Path, settings_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from shigu_gui.paths import library_db
    from tests.formats.test_docx import build_docx
    from tests.ui.test_reading import press

    folder = tmp_path / "docx"
    folder.mkdir()
    path = build_docx(folder)  # a DOCX opens on a worker, with the progress dialog
    with Library(library_db()) as library:
        add_paths(library, [folder])
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    search = window.library_pane.search_page
    window.library_pane.show_page(1)
    type_text(search.edit, "工作")
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    n = search.results[0].count
    assert n >= 3
    qtbot.keyClick(search.edit, Qt.Key.Key_Down)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(search.tree, key)
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        qtbot.keyClick(search.tree, Qt.Key.Key_Return)  # a section: its first hit
    QApplication.processEvents()
    assert window.session.path == path and len(window.search.hits) == n
    text = window.session.doc.text
    cursor = window.view.cursor_offset()
    assert text[cursor: cursor + 2] == "工作" and window.statusBar().currentMessage() == f"第 1/{n} 处"
    press(qtbot, window, Qt.Key.Key_F3)
    assert window.statusBar().currentMessage() == f"第 2/{n} 处"


def test_the_matrix_titles_its_columns_in_the_interface_language(qapp, english) -> None:
    from shigu_gui.library.records import Cell
    from shigu_gui.ui.library.models import MatrixModel

    model = MatrixModel()
    gdp = Cell(doc_id=1, path="a.txt", year=2025, place="某省", indicator="gdp", label="地区生产总值",
               kind="target", value=None, unit=None, growth=5.0, qualifier="左右", sentence="…", start=0, end=1)
    model.set_cells([gdp], {1: "某省2025年政府工作报告"})
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Year", "Place", "GDP\ntarget"]
