"""A reader at the keyboard: press the keys, then look at what the tree, text and sidebar show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from shigu_gui.model import Document

from .conftest import type_text


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    if QApplication.activeModalWidget() is None and not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def tree_section(window) -> int:
    return window.outline_pane.current_flat()


def text_section(window) -> int:
    return window.session.doc.section_index_at(window.view.top_offset())


def test_keyboard_walk_keeps_tree_and_text_together(qtbot, window, seed_doc: Document) -> None:
    window.view.setFocus()
    for expected in range(3):
        press(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda e=expected: tree_section(window) == e)
        assert text_section(window) == expected
    third = seed_doc.flat_sections[2]
    assert window.view.top_offset() == third.start
    assert window.outline_pane.currentIndex().data() == third.label
    press(qtbot, window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tree_section(window) == 1)


def test_scrolling_the_text_moves_the_tree(qtbot, window, seed_doc: Document) -> None:
    target = next(s for s in seed_doc.flat_sections if s.title == "要坚决打好精准脱贫攻坚战")
    window.view.scroll_to_offset(target.start + 5)
    qtbot.waitUntil(lambda: window.outline_pane.currentIndex().data() == target.label)
    parent = window.outline_pane.currentIndex().parent()
    assert window.outline_pane.isExpanded(parent)


def test_choosing_in_the_tree_scrolls_the_text(qtbot, window, seed_doc: Document) -> None:
    window.outline_pane.setFocus()
    appendix = seed_doc.sections[-1]
    index = window.outline_pane.outline.index(len(seed_doc.sections) - 1, 0)
    window.outline_pane.setCurrentIndex(index)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.session.doc.section_index_at(window.view.cursor_offset()) == seed_doc.flat_sections.index(appendix)


def test_goto_section_and_back(qtbot, window, seed_doc: Document) -> None:
    window.outline_pane.setFocus()  # Ctrl+G from the tree; the reader lands in the text
    start = window.view.top_offset()
    press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: hasattr(window, "goto_dialog") and window.goto_dialog.isVisible())
    dialog = window.goto_dialog
    qtbot.waitUntil(dialog.edit.hasFocus)  # the reader types at once, wherever the focus is
    type_text(QApplication.focusWidget(), "乡村")
    type_text(QApplication.focusWidget(), "旅游")
    assert dialog.edit.text() == "乡村旅游"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(window.view.hasFocus)  # the reader reads on from there with the keyboard
    section = seed_doc.flat_sections[window.navigation.current]
    assert section.title == "要大力发展乡村旅游"
    assert window.outline_pane.currentIndex().data() == section.label
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.view.top_offset() == start)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.view.top_offset() == section.start)


def test_goto_says_when_nothing_matches(qtbot, window) -> None:
    window.outline_pane.setFocus()
    press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: hasattr(window, "goto_dialog") and window.goto_dialog.isVisible())
    dialog = window.goto_dialog
    qtbot.waitUntil(dialog.edit.hasFocus)
    type_text(QApplication.focusWidget(), "旅乡")  # in the wrong order
    assert dialog.list_model.stringList() == ["没有标题含这些字（按此顺序）的章节"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.chosen() == -1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(window.outline_pane.hasFocus)  # cancelled: back where Ctrl+G was pressed


def test_goto_is_fuzzy() -> None:
    from shigu_gui.ui.goto_dialog import fuzzy_score

    assert fuzzy_score("乡村旅游", "要大力发展乡村旅游") is not None
    assert fuzzy_score("大发旅", "要大力发展乡村旅游") is not None
    assert fuzzy_score("旅乡", "要大力发展乡村旅游") is None
    assert fuzzy_score("乡村旅游", "要大力发展乡村旅游") > fuzzy_score("乡旅", "要大力发展乡村旅游")


def test_find_counts_and_steps(qtbot, window, seed_doc: Document) -> None:
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    type_text(window.find_bar.edit, "华侨城")
    total = seed_doc.text.count("华侨城")
    assert window.find_bar.counter.text() == f"1/{total}"
    assert len(window.search.hits) == total
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.counter.text() == f"2/{total}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.counter.text() == f"1/{total}"
    press(qtbot, window, Qt.Key.Key_F3)
    assert window.find_bar.counter.text() == f"2/{total}"
    hit = window.search.hits[1]
    assert window.view.cursor_offset() == hit.start
    # results grouped by section, and counts in the tree
    results = window.results_pane.results
    listed = sum(results.item(r).rowCount() for r in range(results.rowCount()))
    assert listed == total
    assert "（" in results.item(0).text()
    top = window.outline_pane.outline.index(0, 0)
    assert top.data().endswith(")")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.search.hits == []


def test_find_matches_full_width(qtbot, window) -> None:
    window.actions_by_id["edit.find"].trigger()
    type_text(window.find_bar.edit, "ＡＡ级")
    assert window.find_bar.counter.text() == "1/1"


def test_find_slash_and_regex(qtbot, window) -> None:
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Slash)
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    window.find_bar.regex.setChecked(True)
    type_text(window.find_bar.edit, r"\d+亿元")
    assert window.search.hits
    window.find_bar.edit.setText("(")
    assert window.find_bar.counter.text() == "表达式有误"


def test_glossary_filter_and_enter_lands_on_an_occurrence(qtbot, window, seed_doc: Document) -> None:
    pane = window.glossary_pane
    pane.filter_edit.setFocus()
    type_text(pane.filter_edit, "三点半")
    assert pane.proxy.rowCount() == 1
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Return)
    entry = next(g for g in seed_doc.glossary if "三点半" in g.term)
    start, _end = entry.occurrences[0]
    assert window.view.cursor_offset() == start
    assert "三点半" in pane.definition.toPlainText()
    assert pane.occurrences.rowCount() == len(entry.occurrences)


def test_clicking_a_term_in_the_text_selects_it(qtbot, window, seed_doc: Document) -> None:
    row = 11
    start, _end = seed_doc.glossary[row].occurrences[0]
    window.view.scroll_to_offset(start)
    cursor = window.view.textCursor()
    cursor.setPosition(window.view._map.to_qt(start) + 1)
    rect = window.view.cursorRect(cursor)
    point = QPoint(rect.center().x() + 2, rect.center().y())
    assert window.view.anchorAt(point) == f"term:{row}"
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.glossary_pane.current_row() == row)
    assert seed_doc.glossary[row].definition in window.glossary_pane.definition.toPlainText()


def test_rejected_file_shows_a_dialog_and_keeps_the_report(qtbot, window, tmp_path: Path) -> None:
    bad = tmp_path / "picture.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    before = window.session.doc
    window.open_path(bad)
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    assert "它是一张图片（PNG）" in window.last_error.text()
    assert "\n" not in window.last_error.text()
    assert window.session.doc is before
    window.last_error.close()
    window.open_path(tmp_path / "missing.txt")
    assert "找不到文件" in window.last_error.text()


def test_opening_another_report(qtbot, window, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。\n二、2020年工作安排\n要稳增长。",
                     encoding="gb18030")
    window.open_path(other)
    assert [s.title for s in window.session.doc.sections] == ["2019年工作回顾", "2020年工作安排"]
    assert window.outline_pane.outline.rowCount() == 2
    assert window.view.toPlainText().startswith("各位代表")
    assert window.glossary_pane.empty_label.isVisibleTo(window.glossary_pane)


def test_large_file_is_parsed_off_the_ui_thread(qtbot, window, tmp_path: Path, seed_text: str) -> None:
    from shigu_gui.ui import session

    big = tmp_path / "big.txt"
    big.write_text(seed_text * 80, encoding="utf-8")
    assert big.stat().st_size > session.LARGE_FILE_BYTES
    ran: list[bool] = []
    qtbot.waitUntil(lambda: not window.idle.busy(), timeout=30000)  # the first paint's own idle work

    def idle_job():
        ran.append(window.progress.dialog is None)
        yield 0

    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        window.open_path(big)
        assert window.progress.dialog is not None  # the busy indicator is up while the thread works
        window.idle.add(idle_job())  # held: idle slices would fight the parsing thread for the GIL
    assert len(window.session.doc.text) > 1_000_000
    qtbot.waitUntil(lambda: ran != [])
    assert ran == [True]


def test_copy_with_citation(qtbot, window, seed_doc: Document) -> None:
    section = next(s for s in seed_doc.flat_sections if s.title.startswith("加快建设现代产业体系"))
    lead = section.children[0]
    cursor = window.view.textCursor()
    cursor.setPosition(lead.heading_end + 2)
    cursor.setPosition(lead.heading_end + 12, cursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    copied = QApplication.clipboard().text()
    assert copied.startswith(seed_doc.text[lead.heading_end + 2: lead.heading_end + 12])
    assert "石鼓区2019年政府工作报告 · 二、2019年工作安排 › 加快建设现代产业体系" in copied
    assert copied.rstrip().endswith(lead.title)


def ring_around(window, widget) -> bool:
    """The window's focus ring is shown on widget's edge, and only there (the inside stays the pane's)."""
    from shigu_gui.ui.focus_ring import FocusRing

    ring = window.findChild(FocusRing)
    if ring is None or not ring.isVisible() or ring.target is not widget:
        return False
    edge, inside = QPoint(1, widget.height() // 2), widget.rect().center()
    return (ring.parentWidget() is widget and ring.geometry() == widget.rect()
            and ring.mask().contains(edge) and not ring.mask().contains(inside))


def test_the_reader_starts_in_the_text_with_its_focus_shown(qtbot, window) -> None:
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.waitUntil(lambda: ring_around(window, window.view))
    top = window.view.verticalScrollBar().value()
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.view.verticalScrollBar().value() > top


def test_f6_cycles_focus_and_the_focus_is_always_visible(qtbot, window) -> None:
    window.outline_pane.setFocus()
    qtbot.waitUntil(lambda: ring_around(window, window.outline_pane))
    press(qtbot, window, Qt.Key.Key_F6)
    assert window.view.hasFocus()
    qtbot.waitUntil(lambda: ring_around(window, window.view))
    press(qtbot, window, Qt.Key.Key_F6)
    assert window.glossary_pane.term_list.hasFocus()
    qtbot.waitUntil(lambda: ring_around(window, window.glossary_pane.term_list))
    press(qtbot, window, Qt.Key.Key_F6)
    assert window.outline_pane.hasFocus()
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ring_around(window, window.find_bar.edit))
    press(qtbot, window, Qt.Key.Key_Tab)  # buttons and boxes get the ring too
    assert window.find_bar.regex.hasFocus()
    qtbot.waitUntil(lambda: ring_around(window, window.find_bar.regex))
    window.preferences.set("view/theme", "dark")
    from shigu_gui.ui.focus_ring import FocusRing
    from shigu_gui.ui.theme import PALETTES

    assert window.findChild(FocusRing).color.name() == PALETTES["dark"].focus


def test_hide_panes_and_zoom(qtbot, window) -> None:
    window.view.setFocus()
    size = window.preferences.get("view/font_size")
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.outline_pane.isVisible()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, window, Qt.Key.Key_G, ctrl_shift)  # first into the glossary's filter …
    assert window.sidebar.isVisible() and window.glossary_pane.filter_edit.hasFocus()
    press(qtbot, window, Qt.Key.Key_G, ctrl_shift)  # … and from there the sidebar goes
    assert not window.sidebar.isVisible()
    assert window.view.hasFocus()
    press(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.preferences.get("view/font_size") == size + 1
    assert window.view.document().defaultFont().pointSize() == size + 1
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.preferences.get("view/font_size") == size - 1
    press(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.preferences.get("view/font_size") == size


def test_settings_come_back_after_a_restart(qtbot, make_window, seed_doc: Document) -> None:
    first = make_window()
    first.view.setFocus()
    first.actions_by_id["view.tree"].trigger()
    first.actions_by_id["view.zoom_in"].trigger()
    first.actions_by_id["view.zoom_in"].trigger()
    first.actions_by_id["view.theme_sepia"].trigger()
    first.splitter.setSizes([0, 800, 400])
    target = next(s for s in seed_doc.flat_sections if s.title == "要优化城市布局")
    first.navigation.go_to_section(seed_doc.flat_sections.index(target))
    size = first.preferences.get("view/font_size")
    first.close()
    second = make_window()
    assert not second.outline_pane.isVisible()
    assert second.preferences.get("view/font_size") == size
    assert second.preferences.colors.name == "sepia"
    assert second.actions_by_id["view.theme_sepia"].isChecked()
    qtbot.waitUntil(lambda: second.navigation.current == seed_doc.flat_sections.index(target))


def test_save_as_pdf(window, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    from shigu_gui.ui.commands.file import save_pdf

    save_pdf(window, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_size > 20_000


def test_drop_a_file_opens_it(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    other = tmp_path / "dropped.txt"
    other.write_text("各位代表：\n一、2020年工作回顾\n地区生产总值增长5%。", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session.doc.sections[0].title == "2020年工作回顾"


def test_the_focus_ring_survives_its_parent_s_wrapper(qtbot, window, tmp_path: Path, seed_text: str) -> None:
    """A ring parented to a widget Python saw only through a temporary wrapper (a message box's
    button, a progress dialog) lost its Python half once that wrapper was looked at again and let
    go; Qt then called eventFilter on a fresh, uninitialised one ('FocusRing' object has no
    attribute 'target', raised inside the next dialog: Ctrl+O stopped working)."""
    import gc

    from shigu_gui.ui.focus_ring import FocusRing

    window.open_path(tmp_path / "missing.txt")  # an error box: its button takes the focus and the ring
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    qtbot.waitUntil(lambda: any(isinstance(w, FocusRing) and w.isVisible() for w in QApplication.allWidgets()))
    big = tmp_path / "big.txt"
    big.write_text(seed_text * 60, encoding="utf-8")
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        window.open_path(big)  # a progress dialog over the box
        names = [type(w).__name__ for w in QApplication.allWidgets()]  # wrappers made and dropped
        del names
        gc.collect()
    window.last_error.close()
    QApplication.processEvents()
    for ring in [w for w in QApplication.allWidgets() if isinstance(w, FocusRing)]:
        assert ring.color is not None and hasattr(ring, "target")


def test_a_search_with_thousands_of_hits_highlights_near_the_viewport_and_lists_them_in_slices(qtbot, tmp_path) -> None:
    """Hits get a selection only near what is on screen; Enter restyles the old and new current hit;
    scrolling far builds the selections there; the results list fills up in slices."""
    from shigu_gui.model import parse_report
    from shigu_gui.resources import bundled_report
    from shigu_gui.store import MarkStore
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    doc = parse_report(bundled_report().read_text(encoding="utf-8") * 40)
    window = MainWindow(Settings(str(tmp_path / "s.ini")), doc, store=MarkStore(tmp_path / "m.db"))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    search, colors = window.search, window.preferences.colors
    search.run("发展", False)
    total = len(search.hits)
    assert total > 2000
    view = window.view
    built = view.hit_selection_count()
    assert 0 < built < total // 10
    assert len(view.extraSelections()) == built
    shades = {s.format.background().color().name() for s in view.extraSelections()}
    assert shades == {colors.hit, colors.current_hit}
    assert search.current == 0
    window.actions_by_id["edit.find_next"].trigger()
    assert search.current == 1
    current = [s for s in view.extraSelections() if s.format.background().color().name() == colors.current_hit]
    assert len(current) == 1 and current[0].cursor.selectionStart() == search.hits[1].start
    view.scroll_to_offset(search.hits[-1].start)
    starts = {s.cursor.selectionStart() for s in view.extraSelections()}
    assert search.hits[-1].start in starts and search.hits[0].start not in starts
    pane = window.results_pane
    qtbot.waitUntil(pane.is_complete, timeout=20000)
    results = pane.results
    assert sum(results.item(r).rowCount() for r in range(results.rowCount() - 1)) == 2000
    assert "另有" in results.item(results.rowCount() - 1).text()
    # The scroll bar came and went as the list filled up: that is no new width to list the hits for.
    first = results.item(0)
    qtbot.wait(400)
    assert pane.is_complete() and results.item(0) is first
    window.close()

