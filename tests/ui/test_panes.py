"""One pane at a time, built with a session (and the controller it shows): it draws the open report
and follows the session when another report opens, with no window around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar

from shigu_gui.model import Document, parse_report

from .conftest import type_text

SMALL = "各位代表：\n一、过去一年的工作\n地区生产总值增长6%。\n二、今年的安排\n要加快发展旅游。旅游收入增长10%。\n"


@pytest.fixture
def session(qtbot, seed_doc: Document):
    from shigu_gui.ui.session import ReaderSession

    return ReaderSession(seed_doc)


@pytest.fixture
def preferences(settings_path: Path):
    from shigu_gui.ui.preferences import Preferences
    from shigu_gui.ui.settings import Settings

    return Preferences(Settings(str(settings_path)))


@pytest.fixture
def view(qtbot, session, preferences):
    from shigu_gui.ui.text_view import ReportView

    view = ReportView(session, preferences)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    return view


def test_the_session_opens_through_one_loader(qtbot, session, tmp_path: Path, seed_doc: Document) -> None:
    report = tmp_path / "small.txt"
    report.write_text(SMALL, encoding="utf-8")
    with qtbot.waitSignal(session.document_changed):
        session.open(report)
    assert session.path == report and len(session.doc.sections) == 2
    with qtbot.waitSignal(session.failed) as failed:
        session.open(tmp_path / "missing.txt")
    assert "找不到文件" in failed.args[0]
    assert session.path == report  # the open report stays open


def test_the_outline_pane_follows_the_session(qtbot, session, seed_doc: Document) -> None:
    from shigu_gui.ui.outline_pane import OutlinePane

    pane = OutlinePane(session)
    qtbot.addWidget(pane)
    assert pane.outline.rowCount() == len(seed_doc.sections)
    session.set_document(parse_report(SMALL, "small"), None)
    assert [pane.outline.index(r, 0).data() for r in range(pane.outline.rowCount())] == [
        "一、过去一年的工作", "二、今年的安排"]


def test_the_glossary_pane_follows_the_session(qtbot, session, seed_doc: Document) -> None:
    from shigu_gui.ui.glossary_pane import GlossaryPane

    pane = GlossaryPane(session)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.proxy.rowCount() == len(seed_doc.glossary)
    type_text(pane.filter_edit, "智慧")
    assert 0 < pane.proxy.rowCount() < len(seed_doc.glossary)
    session.set_document(parse_report(SMALL, "small"), None)
    assert pane.filter_edit.text() == "" and pane.empty_label.isVisible()


def test_the_view_follows_the_session_and_the_preferences(qtbot, session, preferences, view) -> None:
    assert view.toPlainText().startswith(session.doc.text[:10])
    size = preferences.get("view/font_size")
    preferences.set("view/font_size", size + 3)
    assert view.document().defaultFont().pointSize() == size + 3
    preferences.set("view/theme", "dark")
    assert view._colors is not None and view._colors.name == "dark"
    session.set_document(parse_report(SMALL, "small"), None)
    assert view.toPlainText().startswith("各位代表")


def test_the_find_bar_and_results_show_the_search(qtbot, session, view) -> None:
    from shigu_gui.ui.find_bar import FindBar
    from shigu_gui.ui.position import ReadingPosition
    from shigu_gui.ui.results_pane import ResultsPane
    from shigu_gui.ui.search import Search

    position = ReadingPosition(session)
    view.follow(position)
    search = Search(session, position)
    bar = FindBar(search)
    results = ResultsPane(search)
    for widget in (bar, results):
        qtbot.addWidget(widget)
    bar.open_bar()
    type_text(bar.edit, "华侨城")
    total = session.doc.text.count("华侨城")
    assert bar.counter.text() == f"1/{total}"
    assert results.model().rowCount() > 0
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.counter.text() == f"2/{total}"
    session.set_document(parse_report(SMALL, "small"), None)  # the same query, in the new report
    assert bar.counter.text() == "0/0" and results.model().rowCount() == 0
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and search.hits == []


def test_the_marks_pane_shows_the_marks(qtbot, session, preferences, view, tmp_path: Path) -> None:
    from shigu_gui.model.marks import section_mark
    from shigu_gui.store import MarkStore
    from shigu_gui.ui.marks import Marks
    from shigu_gui.ui.marks_pane import MarksPane

    store = MarkStore(tmp_path / "marks.sqlite3")
    marks = Marks(session, view, store, preferences, view)
    pane = MarksPane(marks)
    qtbot.addWidget(pane)
    store.add(session.doc.source_hash, section_mark(session.doc, 1, "bookmark"))
    marks.refresh()
    assert pane.proxy.rowCount() == 1
    pane.list.setCurrentIndex(pane.proxy.index(0, 0))
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert pane.proxy.rowCount() == 0
    marks.undo_delete()
    assert pane.proxy.rowCount() == 1
    store.close()


def test_the_reading_status_follows_navigation(qtbot, session, view, tmp_path: Path, seed_doc: Document) -> None:
    from shigu_gui.store import MarkStore
    from shigu_gui.ui.navigation import Navigation
    from shigu_gui.ui.reading_status import ReadingStatus

    store = MarkStore(tmp_path / "marks.sqlite3")
    navigation = Navigation(session, view, store)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = ReadingStatus(navigation.position, bar)
    navigation.go_to_section(2)
    assert status.section_label.text().endswith(seed_doc.flat_sections[2].label)
    navigation.next_sibling()
    assert navigation.current > 2
    navigation.go_back()
    qtbot.waitUntil(lambda: navigation.current == 2)
    bar.showMessage("文件中有 3 处字节损坏", 4000)  # drawn where the path is: the path steps aside
    assert status.section_label.isHidden()
    bar.clearMessage()
    assert not status.section_label.isHidden()
    store.close()


def test_the_charts_follow_the_session_and_the_theme(qtbot, session, preferences) -> None:
    from shigu_gui.ui.charts import ChartsView

    charts = ChartsView(session, preferences)
    qtbot.addWidget(charts)
    charts.show()  # shown, it redraws at once (hidden, in idle time: the next test)
    qtbot.waitExposed(charts)
    from shigu_gui.model.charts import charted

    assert charts.table.model.rowCount() == len(charted(session.doc))
    preferences.set("view/theme", "dark")
    assert charts.growth_card.plot.backgroundBrush().color().name() == preferences.colors.base
    session.set_document(parse_report(SMALL, "small"), None)
    assert charts.table.model.rowCount() == len(charted(session.doc)) < 10


def test_the_charts_view_drawn_in_steps_follows_the_session(qtbot, session, preferences, seed_doc: Document) -> None:
    """Built ahead without drawing, drawn a chart a step (as idle time does); a new report stops the
    old steps and asks to be drawn; shown before its steps are done, it draws the rest itself."""
    from shigu_gui.ui.charts import ChartsView

    charts = ChartsView(session, preferences, draw=False)
    qtbot.addWidget(charts)
    assert all(not card.bars for card in charts.cards)
    steps = charts.draw_steps()
    next(steps)
    next(steps)  # the growth chart
    assert charts.growth_card.bars and not charts.scale_card.bars
    dated = "各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。\n二、2020年工作安排\n地区生产总值增长6%左右。\n"
    with qtbot.waitSignal(charts.stale):  # hidden: the new report is drawn later, not in the way of opening it
        session.set_document(parse_report(dated, "dated"), None)
    assert list(steps) == []  # the old report's steps stop
    assert len(list(charts.draw_steps())) == 5  # the summary, four charts
    assert charts.doc is session.doc
    assert [bar.indicator.year for bar in charts.growth_card.bars] == [2019, 2020]
    assert list(charts.draw_steps()) == []  # drawn already
    later = ChartsView(session, preferences, draw=False)
    qtbot.addWidget(later)
    later.resize(1000, 700)
    later.show()
    qtbot.waitExposed(later)
    assert later.doc is session.doc and later.growth_card.bars


def _laid_out_blocks(view) -> tuple[int, int]:
    block, laid, total = view.document().begin(), 0, 0
    while block.isValid():
        total += 1
        laid += block.layout().lineCount() > 0
        block = block.next()
    return laid, total


def test_the_text_below_the_first_screen_is_laid_out_after_the_first_picture(qtbot, window) -> None:
    """Start-up lays out only what the first picture needs; the rest follows in the background,
    and a jump far down works at once all the same (it lays the text out as far as it needs)."""
    view = window.view
    qtbot.waitUntil(lambda: view._painted)
    qtbot.waitUntil(lambda: _laid_out_blocks(view)[0] == _laid_out_blocks(view)[1], timeout=5000)
    last = window.session.doc.flat_sections[-1]
    window.navigation.go_to_section(len(window.session.doc.flat_sections) - 1)
    qtbot.waitUntil(lambda: view.top_offset() <= last.start <= view.bottom_offset())


def test_a_view_never_painted_lays_its_text_out_all_the_same(qtbot, session, preferences) -> None:
    """A window started hidden (or minimised) is not painted: the background layout waits 2 s for
    the first picture, no longer."""
    from shigu_gui.ui.text_view import ReportView

    view = ReportView(session, preferences)
    qtbot.addWidget(view)
    view.resize(600, 400)
    assert _laid_out_blocks(view)[0] < _laid_out_blocks(view)[1]
    qtbot.waitUntil(lambda: _laid_out_blocks(view)[0] == _laid_out_blocks(view)[1], timeout=6000)


def test_only_the_reports_own_title_line_is_styled_as_the_title(qtbot, preferences) -> None:
    """A copy from a portal: its page title, breadcrumb and file table come before the report's
    title line; only that line is large and bold, and of a table row only the title's words."""
    from PySide6.QtGui import QFont, QTextCursor

    from shigu_gui.model import parse_report
    from shigu_gui.ui.session import ReaderSession
    from shigu_gui.ui.text_view import ReportView

    text = (
        "政府工作报告\n当前位置: 首页 >> 政务公开 >> 政府工作报告\n发布机构 政府办公室\n"
        "2018年政府工作报告\n玉泉区人民政府代区长 云鉴\n各位代表：\n"
        "一、过去五年工作回顾\n地区生产总值增长6%。\n二、今年的安排\n要加快发展。\n"
    )
    doc = parse_report(text)
    assert doc.meta.get("heading") == "2018年政府工作报告"
    view = ReportView(ReaderSession(doc), preferences)
    qtbot.addWidget(view)

    def weight_at(phrase: str) -> int:
        cursor = QTextCursor(view.document())
        cursor.setPosition(doc.text.index(phrase) + 1)
        return cursor.charFormat().fontWeight()

    assert weight_at("2018年政府工作报告") == QFont.Weight.Bold.value
    for junk in ("当前位置", "发布机构"):
        assert weight_at(junk) != QFont.Weight.Bold.value
    assert weight_at("政府工作报告\n当前") != QFont.Weight.Bold.value  # the page's own title line


def test_of_a_line_holding_more_than_the_title_only_the_title_is_styled() -> None:
    from shigu_gui.ui.text_document import title_span

    text = "文件名称 | 汉滨区2025年政府工作报告 | ||\n政 府 工 作 报 告\n"
    first = (0, text.index("\n"))
    second = (first[1] + 1, len(text) - 1)
    start, end = title_span(text, [first, second], "汉滨区2025年政府工作报告")
    assert text[start:end] == "汉滨区2025年政府工作报告"
    assert title_span(text, [first, second], "政府工作报告") == second  # spaced out, still the line
    assert title_span(text, [first, second], "") is None


def test_the_report_opens_at_its_top_with_the_texts_top_margin(qtbot, window) -> None:
    """At the start of the text the view shows the document's top margin (the first line does not
    touch the pane's edge); a section further down is put at the very top."""
    view = window.view
    qtbot.waitUntil(lambda: view._painted)
    assert view.verticalScrollBar().value() == 0
    assert view.top_offset() == 0
    window.navigation.go_to_section(1)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    window.navigation.go_to_section(0)
    section = window.session.doc.flat_sections[0]
    qtbot.waitUntil(lambda: view.top_offset() <= section.start <= view.bottom_offset())


FLAT = "关于本区工作情况的报告\n各位代表：\n" + "今年以来，全区上下认真贯彻落实各项决策部署，经济平稳发展。\n" * 20


def test_a_report_with_no_headings_says_why_the_tree_is_empty(qtbot, session, view, tmp_path: Path) -> None:
    from shigu_gui.store import MarkStore
    from shigu_gui.ui.navigation import Navigation
    from shigu_gui.ui.outline_pane import OutlinePane
    from shigu_gui.ui.reading_status import ReadingStatus

    pane = OutlinePane(session)
    qtbot.addWidget(pane)
    pane.show()
    store = MarkStore(tmp_path / "marks.sqlite3")
    navigation = Navigation(session, view, store)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = ReadingStatus(navigation.position, bar)
    assert not pane.empty_note.isVisible()
    session.set_document(parse_report(FLAT, "flat"), None)
    navigation.jump_to(10)
    assert pane.outline.rowCount() == 0
    assert pane.empty_note.isVisible() and "没有识别出章节标题" in pane.empty_note.text()
    assert status.section_label.text() == "关于本区工作情况的报告（未识别出章节目录）"
    session.set_document(parse_report(SMALL, "small"), None)
    assert not pane.empty_note.isVisible()
    store.close()


def test_the_charts_say_what_the_report_does_not_give(qtbot, session, preferences) -> None:
    from shigu_gui.ui.charts import ChartsView

    charts = ChartsView(session, preferences)
    qtbot.addWidget(charts)
    charts.show()
    qtbot.waitExposed(charts)
    assert "未找到" not in charts.summary.text()  # the seed gives its growth and its target
    session.set_document(parse_report(FLAT, "flat"), None)
    assert "没有在这份报告里找到可以绘图的指标" in charts.summary.text()
    review_only = ("各位代表：\n一、过去一年的工作\n地区生产总值增长6%，财政收入12亿元。\n"
                   "二、今年的安排\n要加快发展旅游。\n")
    session.set_document(parse_report(review_only, "review"), None)
    assert "未找到经济增长（生产总值）的目标" in charts.summary.text()
