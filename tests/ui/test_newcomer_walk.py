"""The faults a new reader met on a first walk through the window, each walked again with the keys."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea

from shigu_gui.model import Document

from .conftest import type_text
from .test_reading import press

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")


def test_an_error_speaks_the_interface_language_only(qtbot, window, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.open_path(empty)
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    assert window.last_error.text() == "文件是空的"
    window.last_error.close()


def test_the_note_dialog_by_keyboard(qtbot, window, seed_doc: Document) -> None:
    window.navigation.go_to_section(3)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.marks.note_dialog is not None and window.marks.note_dialog.isVisible())
    dialog = window.marks.note_dialog
    qtbot.waitUntil(dialog.edit.hasFocus)
    type_text(dialog.edit, "第一行")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # Enter: a new line, the dialog stays
    type_text(dialog.edit, "第二行")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Tab)  # Tab: to the buttons, no tab character
    assert not dialog.edit.hasFocus()
    assert "\t" not in dialog.edit.toPlainText()
    dialog.edit.setFocus()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (note,) = window.marks.placed
    assert note.mark.note == "第一行\n第二行"

    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.marks.note_dialog is not dialog and window.marks.note_dialog.isVisible())
    second = window.marks.note_dialog
    qtbot.waitUntil(second.edit.hasFocus)
    type_text(second.edit, "不要")
    qtbot.keyClick(second.edit, Qt.Key.Key_Escape)  # Esc cancels
    qtbot.waitUntil(lambda: not second.isVisible())
    assert len(window.marks.placed) == 1


def test_ctrl_1_and_ctrl_2_put_the_keyboard_in_the_tab(qtbot, window) -> None:
    window.outline_pane.setFocus()
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: window.charts_view is not None)
    focused = QApplication.focusWidget()
    assert focused is not None and window.charts_view.isAncestorOf(focused)
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    assert window.view.hasFocus()
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    focused = QApplication.focusWidget()
    assert focused is not None and window.charts_view.isAncestorOf(focused)


def test_ctrl_shift_g_goes_into_the_glossary_filter(qtbot, window) -> None:
    window.view.setFocus()
    assert window.sidebar.isVisible()
    press(qtbot, window, Qt.Key.Key_G, CTRL_SHIFT)
    assert window.sidebar.isVisible()
    assert window.sidebar.currentWidget() is window.glossary_pane
    assert window.glossary_pane.filter_edit.hasFocus()
    type_text(QApplication.focusWidget(), "智慧")
    assert window.glossary_pane.filter_edit.text() == "智慧"
    press(qtbot, window, Qt.Key.Key_G, CTRL_SHIFT)  # pressed again there: the sidebar goes
    assert not window.sidebar.isVisible()
    press(qtbot, window, Qt.Key.Key_G, CTRL_SHIFT)  # and comes back with the keyboard in its filter
    assert window.sidebar.isVisible() and window.glossary_pane.filter_edit.hasFocus()


def test_ctrl_shift_b_lists_every_mark(qtbot, window, seed_doc: Document) -> None:
    window.navigation.go_to_section(2)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_B, CTRL)  # a bookmark
    start = seed_doc.text.index("华侨城")
    cursor = window.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 3, cursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    press(qtbot, window, Qt.Key.Key_H, CTRL)  # and a highlight
    press(qtbot, window, Qt.Key.Key_B, CTRL_SHIFT)
    pane = window.marks_pane
    assert pane.filter_edit.text() == ""
    assert pane.proxy.rowCount() == 2  # the highlight is listed too
    assert pane.list.hasFocus()


def test_esc_closes_the_find_bar_from_its_regex_box(qtbot, window) -> None:
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    type_text(window.find_bar.edit, "华侨城")
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.find_bar.regex.hasFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.search.hits == []
    assert window.view.hasFocus()


def _shown(view, index) -> str:
    """The text of a row as the view draws it: elided to the row's width."""
    rect = view.visualRect(index)
    metrics = QFontMetrics(view.font())
    return metrics.elidedText(index.data(), view.textElideMode(), rect.width() - 8)


def test_search_results_show_the_hit_itself(qtbot, window, seed_doc: Document) -> None:
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    type_text(window.find_bar.edit, "华侨城")
    pane = window.results_pane
    qtbot.waitUntil(lambda: pane.model().rowCount() > 0)
    qtbot.wait(150)  # the snippets are fitted to the pane's width once it has one
    shown = []
    for g in range(pane.model().rowCount()):
        group = pane.model().index(g, 0)
        shown += [_shown(pane, pane.model().index(r, 0, group)) for r in range(pane.model().rowCount(group))]
    assert shown and all("华侨城" in text for text in shown), shown


def test_hit_counts_in_the_tree_stay_visible(qtbot, window, seed_doc: Document) -> None:
    window.splitter.setSizes([200, 800, 300])  # a narrow tree: long titles are cut
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.edit, "旅游")
    tree = window.outline_pane
    counts = window.search.hit_counts()
    long_ones = [flat for flat in counts if len(seed_doc.flat_sections[flat].label) > 14]
    assert long_ones
    for flat in long_ones:
        index = tree.outline.index_for(flat)
        if tree.visualRect(index).isValid() and tree.visualRect(index).width() > 0:
            assert _shown(tree, index).endswith(f"({counts[flat]})"), _shown(tree, index)


def test_a_line_break_between_latin_words_keeps_a_space(qtbot, window, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("各位代表：\n我们要让更多的优质产品走向世界，打造一批叫得响的Made in\nChina品牌，提升质量。\n",
                      encoding="utf-8")
    window.open_path(report)
    assert "Made in China品牌" in window.view.toPlainText()


def test_a_file_that_is_not_a_report_says_so_and_is_shown(qtbot, window) -> None:
    readme = Path(__file__).resolve().parents[2] / "README.md"
    window.open_path(readme)
    assert window.statusBar().currentMessage() == "未识别出报告结构"
    assert window.windowTitle().startswith("README")
    assert "shigu_gui" in window.view.toPlainText()
    assert window.last_error is None


def test_the_charts_tab_fits_1024_by_700(qtbot, window) -> None:
    window.resize(1024, 700)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: window.charts_view is not None and window.charts_view.isVisible())
    qtbot.wait(50)
    table = window.charts_view.table.view
    assert not table.horizontalScrollBar().isVisible()
    area = window.charts_view.findChild(QScrollArea)
    assert not area.horizontalScrollBar().isVisible()
    assert table.height() > 150 and area.height() > 250  # both still worth reading


def test_labels_on_bars_read_well_in_every_theme(qtbot, window) -> None:
    import pyqtgraph as pg

    from shigu_gui.ui.theme import contrast

    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: window.charts_view is not None)
    for name in ("sepia", "light", "dark"):
        window.preferences.set("view/theme", name)
        card = window.charts_view.structure_card
        bars = [item for item in card.plot.items() if isinstance(item, pg.BarGraphItem)]
        labels = [item for item in card.plot.items() if isinstance(item, pg.TextItem)]
        checked = 0
        for label in labels:
            x, y = label.pos().x(), label.pos().y()
            under = [b for b in bars if b.opts["x0"][0] <= x <= b.opts["x0"][0] + b.opts["width"][0]
                     and abs(b.opts["y"][0] - y) < 0.3]
            if under:
                fill = under[0].opts["brush"].color().name()
                assert contrast(label.color.name(), fill) >= 4.5, (name, label.toPlainText(), fill)
                checked += 1
        assert checked, name


def test_english_interface_uses_ascii_punctuation(qtbot, english, make_window, seed_doc: Document) -> None:
    window = make_window()
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.edit, "华侨城")
    results = window.results_pane.model()
    groups = [results.index(r, 0).data() for r in range(results.rowCount())]
    terms = window.glossary_pane.proxy
    glossary = [terms.index(r, 0).data() for r in range(terms.rowCount())]
    # The counts the interface adds: "(3)", not "（3）" (the titles and terms are the report's own).
    assert all(re.search(r" \(\d+\)$", text) for text in groups + glossary), groups + glossary
    assert not [t for t in (g[-5:] for g in groups + glossary) if _FULL_WIDTH.search(t)]


def test_category_labels_never_break_a_word() -> None:
    from shigu_gui.ui.charts.labels import wrap_label as _wrap

    assert _wrap("地区生产总值", 7) == "地区生产总值"
    assert _wrap("地区生产总值", 5) == "地区生\n产总值"  # even lines, no character left alone
    assert _wrap("PM2.5年均浓度下降", 5).split("\n")[0] == "PM2.5"
    for line in _wrap("Made in China products", 7, max_lines=4).split("\n"):  # 4 lines: not shortened
        assert line in {"Made", "in", "China", "products", "Made in", "in China"}


def test_the_keyboard_comes_back_after_the_open_dialog(qtbot, window, monkeypatch) -> None:
    """Without a window manager nobody hands the keyboard back after a file dialog: the window does."""
    from PySide6.QtWidgets import QFileDialog, QWidget

    def dialog(*_args) -> tuple[str, str]:
        elsewhere = QWidget()  # a dialog of its own takes the keyboard while it is open
        elsewhere.show()
        elsewhere.activateWindow()
        qtbot.waitUntil(elsewhere.isActiveWindow)
        elsewhere.close()
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.view.hasFocus()
    press(qtbot, window, Qt.Key.Key_2, CTRL)  # and the keys work at once
    qtbot.waitUntil(lambda: window.charts_view is not None)
