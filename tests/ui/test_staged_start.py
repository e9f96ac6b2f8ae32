"""The window as the app starts it: the text in the first picture, the tree, the sidebar, the
actions and keys in the turn right after, each in the place and at the width it had."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame

from shigu_gui.model import Document

from .test_reading import press


def staged_window(qtbot, settings_path: Path, doc: Document, **settings: object):
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    stored = Settings(str(settings_path))
    for key, value in settings.items():
        stored.set(key.replace("__", "/"), value)
    stored.sync()
    window = MainWindow(Settings(str(settings_path)), doc, None, staged=True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    first: dict[str, object] = {}

    def at_first_picture() -> None:
        first["complete"] = window.is_complete
        first["places"] = [type(window.splitter.widget(i)) for i in (0, 2)]
        first["sizes"] = window.splitter.sizes()
        first["visible"] = [window.splitter.widget(i).isVisible() for i in (0, 2)]
        first["actions"] = len(window.actions_by_id)
        first["menus"] = [action.text() for action in window.menuBar().actions()]
        first["layout_held"] = window.view._held is not None

    window.view.first_painted.connect(at_first_picture)
    with qtbot.waitSignal(window.completed, timeout=10_000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, first


def test_the_first_picture_is_the_text_and_the_panes_follow_in_place(qtbot, settings_path, seed_doc) -> None:
    window, first = staged_window(qtbot, settings_path, seed_doc)
    assert first["complete"] is False
    assert first["places"] == [QFrame, QFrame]  # the tree's and the sidebar's places, empty
    assert first["actions"] == 0
    # The text's far pages are laid out once the whole window is built, not before its panes.
    assert first["layout_held"] is True and window.view._held is None
    assert first["menus"] == ["文件(&F)", "编辑(&E)", "跳转(&G)", "视图(&V)", "批注(&M)", "帮助(&H)"]
    # Then the panes take their places, at the widths the first picture showed: the text does not move.
    assert window.splitter.widget(0) is window.outline_pane
    assert window.splitter.widget(2) is window.sidebar
    assert window.splitter.sizes() == first["sizes"]
    assert window.outline_pane.model().rowCount() == len(seed_doc.sections)
    assert window.glossary_pane.term_list.model().rowCount() == len(seed_doc.glossary)
    assert not window.findChildren(QFrame, options=Qt.FindChildOption.FindDirectChildrenOnly)  # places gone
    # The keyboard: still in the text, and the keys of the action table work.
    assert QApplication.focusWidget() is window.view
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.view.hasFocus)
    press(qtbot, window, Qt.Key.Key_F6)  # the next pane
    qtbot.waitUntil(lambda: not window.view.hasFocus())
    assert window.splitter.isAncestorOf(QApplication.focusWidget())


def test_a_pane_hidden_last_time_stays_hidden_from_the_first_picture(qtbot, settings_path, seed_doc) -> None:
    window, first = staged_window(qtbot, settings_path, seed_doc, view__tree=False)
    assert first["visible"] == [False, True]
    assert not window.outline_pane.isVisible() and window.sidebar.isVisible()
    assert not window.actions_by_id["view.tree"].isChecked()
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.outline_pane.isVisible)


def test_the_focus_ring_is_on_the_text_once_the_window_is_complete(qtbot, settings_path, seed_doc) -> None:
    from shigu_gui.ui.focus_ring import FocusRing

    window, _ = staged_window(qtbot, settings_path, seed_doc)
    qtbot.waitUntil(lambda: window.findChild(FocusRing) is not None and window.findChild(FocusRing).isVisible())
    assert window.findChild(FocusRing).parent() is window.view


def test_a_pane_hidden_last_time_comes_back_at_its_width_not_a_sliver(qtbot, settings_path, seed_doc) -> None:
    """Ctrl+T and the glossary key bring back a pane hidden at the last exit as wide as usual (the
    splitter was told the width the hidden place measured, 0, and gave the pane its minimum)."""
    from shigu_gui.ui.skeleton import PANE_WIDTHS

    window, _ = staged_window(qtbot, settings_path, seed_doc, view__tree=False, view__glossary=False,
                              window__splitter=[0, 1200, 0])
    assert not window.outline_pane.isVisible() and not window.sidebar.isVisible()
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.outline_pane.isVisible)
    press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.sidebar.isVisible)
    qtbot.waitUntil(lambda: window.outline_pane.width() > 0 and window.sidebar.width() > 0)
    assert window.outline_pane.width() >= PANE_WIDTHS[0] * 0.9
    assert window.sidebar.width() >= PANE_WIDTHS[2] * 0.9


def test_keys_pressed_before_the_window_is_complete_are_not_lost(qtbot, settings_path, seed_doc) -> None:
    """Keys typed as the window appears (between its first picture and its keys' arrival) do what
    they say once it is complete: Ctrl+T hides the tree, Ctrl+F opens the find bar, and the letters
    typed after it are in the find field."""
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    window = MainWindow(Settings(str(settings_path)), seed_doc, None, staged=True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    typed: list[bool] = []

    def type_at_first_picture() -> None:
        typed.append(window.is_complete)
        view = window.view
        qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        # no key of the window's: not taken for Ctrl+T (only a symbol's Shift is Qt's to drop)
        qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(view, "gdp")

    window.view.first_painted.connect(type_at_first_picture)
    with qtbot.waitSignal(window.completed, timeout=10_000):
        window.show()
    assert typed == [False]  # typed before the window was complete
    qtbot.waitUntil(lambda: window._find_bar is not None and window.find_bar.isVisible())
    assert not window.outline_pane.isVisible()
    assert not window.actions_by_id["view.tree"].isChecked()
    assert window.find_bar.edit.text() == "gdp"
    assert window.preferences.get("view/font_size") == 15  # one step up from 14: Ctrl++, typed as Ctrl+Shift+=


def test_ctrl_q_typed_as_the_window_appears_quits_once_it_is_complete(qtbot, settings_path, seed_doc) -> None:
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    window = MainWindow(Settings(str(settings_path)), seed_doc, None, staged=True)
    qtbot.addWidget(window)
    window.view.first_painted.connect(
        lambda: qtbot.keyClick(window.view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier))
    with qtbot.waitSignal(window.completed, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert Settings(str(settings_path)).get_int_list("window/splitter")


def test_closing_before_the_window_is_complete_keeps_the_place_and_builds_nothing_more(
        qtbot, settings_path, seed_doc) -> None:
    """Closed as it appears (the window manager's close button): the reader's place and the panes'
    widths are saved as the first picture showed them; the rest of the window is not built for nothing."""
    from shigu_gui.store import MarkStore
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    first = MainWindow(Settings(str(settings_path)), seed_doc, None)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.navigation.go_to_section(len(seed_doc.flat_sections) // 2)
    place = first.view.top_offset()
    first.close()
    window = MainWindow(Settings(str(settings_path)), seed_doc, None, staged=True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    seen: dict[str, object] = {}

    def close_at_first_picture() -> None:
        seen["sizes"] = window.splitter.sizes()
        window.close()

    window.view.first_painted.connect(close_at_first_picture)
    window.show()
    qtbot.waitUntil(lambda: "sizes" in seen)
    qtbot.wait(100)  # the turn in which complete() would have run
    assert not window.is_complete
    assert Settings(str(settings_path)).get_int_list("window/splitter") == seen["sizes"]
    store = MarkStore(window.store.path)
    try:
        assert store.position(seed_doc) == place
    finally:
        store.close()


def test_reopened_at_the_readers_place_the_tree_shows_that_section(qtbot, settings_path, seed_doc) -> None:
    """The tree, built after the first picture, selects the section the text was reopened at (it
    heard of the place only when the reader next moved), as a window built at once does."""
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    first = MainWindow(Settings(str(settings_path)), seed_doc, None)
    qtbot.addWidget(first)
    first.resize(1200, 800)
    first.show()
    qtbot.waitExposed(first)
    middle = len(seed_doc.flat_sections) // 2
    first.navigation.go_to_section(middle)
    qtbot.waitUntil(lambda: first.outline_pane.current_flat() == middle)
    first.close()
    window, _ = staged_window(qtbot, settings_path, seed_doc)
    assert seed_doc.section_index_at(window.view.top_offset()) == middle  # the text is back at the place
    qtbot.waitUntil(lambda: window.outline_pane.current_flat() == middle, timeout=2000)
    press(qtbot, window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)  # into the tree: on the reader's section
    qtbot.waitUntil(window.outline_pane.hasFocus)
    assert window.outline_pane.current_flat() == middle


def test_a_window_never_painted_is_complete_after_two_seconds(qtbot, settings_path, seed_doc) -> None:
    """Started minimised (or hidden), the window has no first picture to wait for."""
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    window = MainWindow(Settings(str(settings_path)), seed_doc, None, staged=True)
    qtbot.addWidget(window)
    assert not window.is_complete
    with qtbot.waitSignal(window.completed, timeout=5000):
        pass
    assert window.is_complete and window.actions_by_id
