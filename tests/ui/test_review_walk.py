"""A demanding reader's walk over the start-up and memory changes: what a person meets, pressed
with the keys, and what stays in memory behind them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from .test_reading import press

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_with_keys(qtbot, window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window.view.setFocus()
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        press(qtbot, window, Qt.Key.Key_O, CTRL)


def test_reports_opened_in_turn_leave_no_text_behind(qtbot, window, monkeypatch, tmp_path: Path,
                                                     seed_text: str) -> None:
    """Each report opened (and each theme chosen) made a QTextDocument the view kept to the end:
    about 80 MB a time for a 4 MB report. Only the one shown stays; a large file's busy indicator
    goes with its file."""
    from shigu_gui.ui import session

    small = tmp_path / "small.txt"
    small.write_text(seed_text, encoding="utf-8")
    large = tmp_path / "large.txt"
    large.write_text(seed_text * 2, encoding="utf-8")
    monkeypatch.setattr(session, "LARGE_FILE_BYTES", len(seed_text.encode()) + 1)  # large: on a worker
    qtbot.waitUntil(lambda: not window.idle.busy(), timeout=30000)

    def texts() -> list[QTextDocument]:
        qtbot.wait(50)  # deleteLater's turn
        return window.view.findChildren(QTextDocument, options=Qt.FindChildOption.FindDirectChildrenOnly)

    for path in (small, large, small, large):
        _open_with_keys(qtbot, window, monkeypatch, path)
        assert texts() == [window.view.document()]
    assert window.findChildren(QProgressDialog) == []
    window.preferences.set("view/theme", "dark")
    assert texts() == [window.view.document()]
    assert window.view.toPlainText().startswith(seed_text[:20].strip()[:5])


def test_ctrl_tab_through_the_sidebar_lands_where_typing_works(qtbot, window) -> None:
    """From the glossary's list, Ctrl+Tab shows 搜索结果 then 批注: the keyboard goes into each
    page as Qt gives it (the first widget that takes Tab), built on first need or not. In 批注
    it had stayed on the pane itself, where no key did anything."""
    from .conftest import type_text

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL)  # a bookmark, to be found in the marks' filter
    assert len(window.marks.placed) == 1
    window.glossary_pane.term_list.setFocus()
    qtbot.waitUntil(window.glossary_pane.term_list.hasFocus)
    press(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert window.sidebar.current_pane() is window.results_pane
    qtbot.waitUntil(window.results_pane.hasFocus)
    press(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert window.sidebar.current_pane() is window.marks_pane
    qtbot.waitUntil(window.marks_pane.filter_edit.hasFocus)
    type_text(QApplication.focusWidget(), "书签")  # typed where the keyboard is
    assert window.marks_pane.filter_edit.text() == "书签"
    assert window.marks_pane.proxy.rowCount() == 1
    press(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert window.sidebar.current_pane() is window.glossary_pane
    qtbot.waitUntil(window.glossary_pane.term_list.hasFocus)


def test_the_first_search_lists_its_hits_once_at_the_panes_width(qtbot, window) -> None:
    """The results pane is built by the first search: its hits were listed at a new widget's
    100 px (snippets of a few characters), then all again once the pane had its width."""
    from .conftest import type_text

    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    type_text(QApplication.focusWidget(), "发展")
    qtbot.waitUntil(lambda: bool(window.search.hits))
    pane = window.results_pane
    first = pane.results.item(0).child(0).text()
    assert len(first) > 12  # as wide as the pane
    qtbot.waitUntil(pane.is_complete)
    qtbot.wait(200)
    assert pane.is_complete()  # listed once: no listing again at another width
    assert pane.results.item(0).child(0).text() == first


def test_headings_printed_to_pdf_are_bold(window, tmp_path: Path) -> None:
    """On screen a heading is the regular face emboldened by the font engine; Qt's PDF writer
    cannot embolden, so the printed headings had come out in the regular weight. Printed, they
    take the family's bold face (when it has one: the bundled subset has none)."""
    import pytest
    from PySide6.QtGui import QFont, QFontInfo

    from shigu_gui.ui.commands.file import save_pdf

    bold = QFont(window.view.text_font())
    bold.setWeight(QFont.Weight.Bold)
    if QFontInfo(bold).styleName() == QFontInfo(window.view.text_font()).styleName():
        pytest.skip("the reader's font has no bold face")
    def heading_style() -> str:
        cursor = window.view.textCursor()
        cursor.setPosition(window.session.doc.flat_sections[0].start + 1)
        return cursor.charFormat().fontStyleName()

    on_screen = heading_style()
    out = tmp_path / "printed.pdf"
    save_pdf(window, out)
    fonts = set(re.findall(rb"/BaseFont\s*/([\w+-]+)", out.read_bytes()))
    assert any(b"Bold" in name for name in fonts), fonts
    assert any(b"Bold" not in name for name in fonts), fonts
    assert heading_style() == on_screen  # the window's own text is left as it was


def test_dialogs_closed_leave_nothing_behind(qtbot, window, tmp_path: Path) -> None:
    """F1, Ctrl+G, a note (Ctrl+Shift+N) and an error message, each opened and closed three
    times: every one had stayed a hidden child of the window (a dozen widgets each time)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    def dialogs() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(window.findChildren(QDialog))

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, CTRL)  # in a section: a note can be written
    before = dialogs()
    for _ in range(3):
        for key, modifier in ((Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_G, CTRL),
                              (Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)):
            press(qtbot, window, key, modifier)
            qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                            and QApplication.focusWidget().window() is QApplication.activeModalWidget())
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        window.open_path(empty)
        qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
        qtbot.keyClick(window.last_error, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert dialogs() == before
    assert window.marks.placed == []  # each note was cancelled


def test_enter_right_after_typing_in_a_long_report_steps_from_the_typed_query(qtbot, make_window,
                                                                               seed_text: str) -> None:
    """In a long report the query waits 150 ms after each key; Enter or Shift+Enter pressed within
    them stepped through the hits of the query before (or none), and the typed query then put
    the current hit back on its first: the keypress was lost. It now runs the typed query first,
    as in a short report."""
    from shigu_gui.model import parse_report

    from .conftest import type_text

    window = make_window(parse_report(seed_text * 40))
    assert window.search.debounce_ms() > 0
    qtbot.waitUntil(lambda: not window.idle.busy(), timeout=30000)
    window.navigation.go_to_section(len(window.session.doc.flat_sections) - 1)  # near the end
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    type_text(QApplication.focusWidget(), "2019")
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # at once: the previous hit
    qtbot.wait(300)  # past the query's wait
    hits = window.search.hits
    assert len(hits) == 4 * 40
    assert window.find_bar.counter.text() == f"{len(hits)}/{len(hits)}"  # from the first, back to the last
    assert window.search.current == len(hits) - 1
