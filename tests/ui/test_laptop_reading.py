"""Reading on a laptop (issue 28): nothing left over from the last report, marks that land where
the reader points, the position followed after relayout, the text given the room."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from shigu_gui.model import Document
from shigu_gui.ui.skeleton import READING_TAB

SEED = Path(__file__).resolve().parents[2] / "resources" / "report.txt"


def _other_report(tmp_path: Path, seed_text: str) -> Path:
    """Another report: the seed's text with its first paragraphs reordered (other offsets)."""
    lines = seed_text.splitlines()
    path = tmp_path / "other.txt"
    path.write_text("\n".join(lines[:1] + lines[3:] + lines[1:3]) + "\n", encoding="utf-8")
    return path


def test_a_chart_sentence_highlight_does_not_carry_into_the_next_report(
        qtbot, window, tmp_path: Path, seed_text: str) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.charts_view is not None and window.charts_view.isVisible())
    card = window.charts_view.scale_card
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == READING_TAB)
    assert window.view.extraSelections(), "the bar's sentence is highlighted"
    window.open_path(_other_report(tmp_path, seed_text))
    assert window.session.path is not None and window.session.path.name == "other.txt"
    assert window.view.extraSelections() == []
    # A theme change redraws the new report: still nothing lit.
    window.preferences.set("view/theme", "dark")
    assert window.view.extraSelections() == []


def test_a_note_by_keyboard_lands_on_the_highlight_just_made(qtbot, window, seed_doc: Document) -> None:

    from .conftest import type_text

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, ctrl)  # into the first section
    start = seed_doc.text.index("华侨城重组控股")
    window.view.place_cursor(start)
    for _ in range(7):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, shift)
    assert window.view.selection_span() == (start, start + 7)
    qtbot.keyClick(window.view, Qt.Key.Key_H, ctrl)  # highlight
    assert [(p.start, p.end) for p in window.marks.placed if p.mark.kind == "highlight"] == [(start, start + 7)]
    qtbot.keyClick(window.view, Qt.Key.Key_N, ctrl | shift)
    qtbot.waitUntil(lambda: window.marks.note_dialog is not None and window.marks.note_dialog.isVisible())
    type_text(window.marks.note_dialog.edit, "待核实")
    first = window.marks.note_dialog
    first.accept()
    placed = window.marks.placed
    assert [(p.mark.kind, p.start, p.mark.note) for p in placed] == [("highlight", start, "待核实")]
    # The same span selected again: the note edits that highlight, no second one is made.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    window.view.place_cursor(start)
    for _ in range(7):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, shift)
    qtbot.keyClick(window.view, Qt.Key.Key_N, ctrl | shift)
    qtbot.waitUntil(lambda: window.marks.note_dialog is not first)
    assert window.marks.note_dialog.edit.toPlainText() == "待核实"
    window.marks.note_dialog.reject()
    assert len(window.marks.placed) == 1


def _follows_the_top(window) -> bool:
    """The tree and the status bar show the section whose text is now at the top."""
    doc = window.session.doc
    flat = doc.section_index_at(window.view.top_offset())
    label = window.reading_status.section_label.text()
    return (window.position.section == flat and window.outline_pane.current_flat() == flat
            and flat >= 0 and label.endswith(doc.flat_sections[flat].label))


def test_the_tree_and_status_follow_the_text_after_resize_zoom_and_theme(qtbot, window, seed_doc: Document) -> None:
    window.view.setFocus()
    middle = seed_doc.flat_sections[len(seed_doc.flat_sections) // 2]
    window.navigation.jump_to(middle.start + 200)
    qtbot.waitUntil(lambda: _follows_the_top(window))
    for size in ((700, 640), (1600, 900), (520, 500)):
        window.resize(*size)
        qtbot.waitUntil(lambda: _follows_the_top(window))
        assert window.view.top_offset() in range(middle.start, middle.start + 400), size
    ctrl = Qt.KeyboardModifier.ControlModifier
    for _ in range(4):
        qtbot.keyClick(window.view, Qt.Key.Key_Equal, ctrl)
    qtbot.waitUntil(lambda: _follows_the_top(window))
    window.preferences.set("view/theme", "dark")
    qtbot.waitUntil(lambda: _follows_the_top(window))


def test_a_found_hit_sits_below_the_top_with_its_sentence_from_its_start(qtbot, window, seed_doc: Document) -> None:
    from shigu_gui.ui.search import sentence_start

    from .conftest import type_text

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    type_text(window.find_bar.edit, "雁栖湖")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)  # the second hit, far down the text
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    hit = window.search.hits[window.search.current]
    assert window.search.current == 2 and window.view.cursor_offset() == hit.start
    view = window.view
    start = sentence_start(seed_doc.text, hit.start)
    assert seed_doc.text[start - 1] in "。；\n" and start < hit.start
    assert view.top_offset() < start, "its sentence is visible from its start, with lines above it"
    line = view.fontMetrics().lineSpacing()
    assert view.cursorRect().top() > 2 * line, "the hit is not on the first line"
    assert view.cursorRect().bottom() < view.viewport().height() // 2
    # The tree and the status bar follow where the text went.
    assert window.position.section == seed_doc.section_index_at(view.top_offset())


def test_result_snippets_show_the_term_in_bold_and_escape_the_text(qtbot, window, tmp_path: Path) -> None:
    from shigu_gui.ui.roles import Role

    from .conftest import type_text

    path = tmp_path / "angle.txt"
    path.write_text("一、总体要求\n预算<b>不减</b>&amp;；预算稳定。\n", encoding="utf-8")
    window.open_path(path)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    type_text(window.find_bar.edit, "预算")
    pane = window.results_pane
    qtbot.waitUntil(pane.is_complete)
    group = pane.results.item(0)
    rows = [group.child(r) for r in range(group.rowCount())]
    assert len(rows) == 2
    html = [row.data(Role.SNIPPET_HTML) for row in rows]
    assert html[0].startswith("<b>预算</b>&lt;b&gt;不减") and html[0].count("<b>") == 1
    assert "<b>预算</b>稳定" in html[1] and html[1].count("<b>") == 1
    assert rows[0].text().startswith("预算<b>不减")  # the plain text, as read aloud and copied
    pane.grab()  # drawn by the delegate without error


def _no_glossary(tmp_path: Path, seed_text: str) -> Path:
    """The seed report without its glossary (as most national and provincial reports)."""
    path = tmp_path / "no_glossary.txt"
    path.write_text(seed_text[: seed_text.index("《政府工作报告》相关名词解释")], encoding="utf-8")
    return path


def _chars_a_line(window) -> float:
    from PySide6.QtGui import QFontMetricsF

    view = window.view
    per_char = QFontMetricsF(view.document().defaultFont()).horizontalAdvance("国")
    return (view.viewport().width() - 2 * view.document().documentMargin()) / per_char


def test_on_a_laptop_the_text_gets_the_room_and_f9_shows_it_alone(
        qtbot, window, tmp_path: Path, seed_text: str) -> None:
    from shigu_gui.ui.room import MEASURE_CHARS

    window.resize(1024, 640)
    window.open_path(_no_glossary(tmp_path, seed_text))
    assert not window.session.doc.glossary
    # Nothing to show in the sidebar: it gives its room to the text; the tree stays, narrower.
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    assert window.outline_pane.isVisible()
    assert _chars_a_line(window) >= MEASURE_CHARS - 1
    assert window.preferences.get("view/glossary")  # the reader's choice is unchanged
    # A search has results to show: the sidebar comes back, the text keeps its measure.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    from .conftest import type_text

    type_text(window.find_bar.edit, "华侨城")
    qtbot.waitUntil(window.sidebar.isVisible)
    assert _chars_a_line(window) >= MEASURE_CHARS - 1
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    # F9: the text alone; F9 again: the panes as they were.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    assert not window.outline_pane.isVisible() and not window.sidebar.isVisible()
    assert not window.tabs.tabBar().isVisible()
    assert window.actions_by_id["view.reading_mode"].isChecked()
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    assert window.outline_pane.isVisible() and window.tabs.tabBar().isVisible()
    assert not window.actions_by_id["view.reading_mode"].isChecked()
    # The reader asks for the sidebar (Ctrl+Shift+G): it shows, whatever the room.
    qtbot.keyClick(window.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.sidebar.isVisible)


def test_narrow_windows_shrink_then_hide_the_panes(qtbot, window) -> None:
    from shigu_gui.ui.room import MEASURE_CHARS, MIN_PANE

    assert window.session.doc.glossary  # the seed has one: the sidebar has something to show
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.sidebar.isVisible() and window.sidebar.width() >= 290)
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] < 290)
    assert window.outline_pane.isVisible() and window.sidebar.isVisible()
    assert min(window.splitter.sizes()[0], window.splitter.sizes()[2]) >= MIN_PANE - 8
    assert _chars_a_line(window) >= MEASURE_CHARS - 1
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())  # the glossary gives way first
    assert window.outline_pane.isVisible() and _chars_a_line(window) >= MEASURE_CHARS - 1
    window.resize(820, 600)
    qtbot.waitUntil(lambda: not window.outline_pane.isVisible())
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.outline_pane.isVisible() and window.sidebar.isVisible())


def test_the_readers_pane_widths_are_kept_per_window_size_class(qtbot, window) -> None:
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.sidebar.isVisible() and window.sidebar.width() >= 290)
    splitter = window.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([420, total - 420 - 350, 350])  # as a drag of the handles leaves them
    splitter.splitterMoved.emit(420, 1)
    window.resize(1300, 760)  # another size class: its own widths (the defaults, narrowed)
    qtbot.waitUntil(lambda: splitter.sizes()[0] < 400)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: abs(splitter.sizes()[0] - 420) <= 8 and abs(splitter.sizes()[2] - 350) <= 8)
    assert window.settings.get_int_list("window/panes_wide") == [420, 350]


def test_the_english_interface_says_qualifiers_and_units_in_english(qtbot, english, make_window, seed_doc) -> None:
    import pyqtgraph as pg

    from shigu_gui.model.charts import chart_data

    data = chart_data(seed_doc)
    chinese = [b.text for p in data.growth for b in (p.actual, p.target) if b is not None]
    chinese += [b.text for b in data.scale]
    assert any("左右" in t for t in chinese) and any("亿元" in t for t in chinese)  # what the seed says
    window = make_window()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.charts_view is not None and window.charts_view.isVisible())
    charts = window.charts_view
    labels = [item.toPlainText() for card in (charts.growth_card, charts.scale_card)
              for item in card.plot.getPlotItem().items if isinstance(item, pg.TextItem)]
    assert labels and any(label.startswith("about ") for label in labels)
    assert not [label for label in labels if any(w in label for w in ("左右", "以上", "以内", "亿元", "万"))]
    model = charts.table.view.model()
    units = {model.index(r, 2).data() for r in range(model.rowCount())}
    qualifiers = {model.index(r, 6).data() for r in range(model.rowCount())} - {""}
    assert "100 million yuan" in units and not [u for u in units if "元" in u]
    assert "about" in qualifiers and not [q for q in qualifiers if "左右" in q or "以上" in q]
    targets = charts.targets.model
    said = {targets.index(r, c).data() for r in range(targets.rowCount()) for c in (3, 4)} - {""}
    assert said and not [t for t in said if any("\u4e00" <= ch <= "\u9fff" for ch in t)], said


def test_figures_in_english_words() -> None:
    from PySide6.QtCore import QLocale

    from shigu_gui.ui.wording import figure, qualifier_in_english, unit_in_english

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    try:
        assert figure("+8.5%左右") == "about +8.5%"
        assert figure("约1.3万亿元") == "about 1.3 trillion yuan"
        assert figure("1100万人以上") == "11 million people or more"
        assert figure("3%以内") == "3% or less"
        assert figure("6%－6.5%") == "6%–6.5%"
        assert figure("1200亿元") == "120 billion yuan"
        assert figure("2000元/月") == "2,000 yuan/month"
        assert figure("3000件") == "3000件"  # a unit not known: the report's words
        assert unit_in_english("万亿元") == "trillion yuan" and qualifier_in_english("突破、左右") == "over, about"
    finally:
        QLocale.setDefault(before)
    assert figure("+8.5%左右") == "+8.5%左右"  # in Chinese, the report's own words


def test_opening_a_png_says_it_is_a_picture(qtbot, window, tmp_path: Path) -> None:
    picture = tmp_path / "报告.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    title = window.windowTitle()
    window.open_path(picture)
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    text = window.last_error.text()
    assert "这不是报告文件：它是一张图片（PNG）" in text and "NUL" not in text
    assert window.windowTitle() == title  # the report that was open stays open
    window.last_error.close()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # an open menu, offscreen
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_menu_item_has_its_own_access_key(qtbot, request, make_window, lang: str) -> None:
    if lang == "en":
        request.getfixturevalue("english")
    window = make_window()
    for menu in window.menus.values():
        keys = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text()
            assert "&" in text, text
            keys.append(text[text.index("&") + 1].upper())
        assert len(keys) == len(set(keys)), (menu.title(), keys)
    assert window.actions_by_id["file.open"].text() == ("打开报告(&O)…" if lang == "zh" else "&Open report…")
    # Alt+V, then the letter: the reading mode from the keyboard alone.
    menu = window.menus["view"]
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    action = window.actions_by_id["view.reading_mode"]
    letter = action.text()[action.text().index("&") + 1]
    qtbot.keyClick(menu, letter.lower())
    qtbot.waitUntil(lambda: not window.outline_pane.isVisible())
    assert action.isChecked()


def test_access_keys_are_given_once_per_menu() -> None:
    from shigu_gui.ui.binding import with_access_key

    used: set[str] = set()
    assert with_access_key("打开报告…", "file.open", used) == "打开报告(&O)…"
    assert with_access_key("从剪贴板打开", "file.clipboard", used) == "从剪贴板打开(&C)"
    assert with_access_key("Open from clipboard", "x.open", used) == "Open &from clipboard"
    assert with_access_key("文件(&F)", "x", used) == "文件(&F)"  # its own key kept
    assert with_access_key("Ocf", "x", used) == "Ocf (&A)"  # every letter taken: another
    assert used == {"O", "C", "F", "A"}
