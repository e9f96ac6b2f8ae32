"""The reading position owns where the reader is: the text moves when a jump is asked of it, and
the tree and the status bar follow its moves, with no window around them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStatusBar

from shigu_gui.model import Document

from .test_panes import preferences, session, view  # noqa: F401  (fixtures)


def test_a_jump_moves_the_text_and_the_tree_and_status_follow(
        qtbot, session, view, tmp_path: Path, seed_doc: Document) -> None:  # noqa: F811
    from shigu_gui.store import MarkStore
    from shigu_gui.ui.navigation import Navigation
    from shigu_gui.ui.outline_pane import OutlinePane
    from shigu_gui.ui.position import ReadingPosition
    from shigu_gui.ui.reading_status import ReadingStatus

    position = ReadingPosition(session)
    view.follow(position)
    store = MarkStore(tmp_path / "marks.sqlite3")
    Navigation(session, view, store, position=position)
    tree = OutlinePane(session)
    qtbot.addWidget(tree)
    tree.follow_reader(position)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = ReadingStatus(position, bar)
    section = seed_doc.flat_sections[3]
    with qtbot.waitSignal(position.moved) as moved:
        position.request_jump(section.start)
    assert view.top_offset() <= section.start <= view.bottom_offset()
    assert moved.args == [3, position.offset] and position.section == 3
    assert tree.current_flat() == 3
    assert status.section_label.text().endswith(section.label)
    position.request_jump(section.start, cursor=section.start + 2)
    assert view.cursor_offset() == section.start + 2
    store.close()


def test_keys_and_the_tree_move_the_text_and_the_tree_text_and_status_agree(
        qtbot, make_window, seed_doc: Document) -> None:
    """Section keys, page keys, the start and end of the text, and a click in the tree: after each,
    the position's section is the tree's selection and the status bar's last title, and the text
    shows that section."""
    from PySide6.QtCore import Qt

    window = make_window()
    text, position, tree = window.view, window.position, window.outline_pane
    ctrl = Qt.KeyboardModifier.ControlModifier
    none = Qt.KeyboardModifier.NoModifier

    def settled() -> None:
        qtbot.waitUntil(lambda: position.offset == text.top_offset(), timeout=2000)
        flat = position.section
        assert tree.current_flat() == flat
        if flat >= 0:
            section = seed_doc.flat_sections[flat]
            assert window.reading_status.section_label.text().endswith(section.label)
            assert text.top_offset() <= section.end and section.start <= text.bottom_offset()

    text.setFocus()
    for key, modifiers, expected in (
            (Qt.Key.Key_PageDown, ctrl, 0), (Qt.Key.Key_PageDown, ctrl, 1), (Qt.Key.Key_PageDown, ctrl, 2),
            (Qt.Key.Key_PageUp, ctrl, 1)):
        qtbot.keyClick(text, key, modifiers)
        settled()
        assert position.section == expected
    for key, modifiers in ((Qt.Key.Key_PageDown, none), (Qt.Key.Key_PageDown, none), (Qt.Key.Key_End, ctrl),
                           (Qt.Key.Key_Home, ctrl)):
        qtbot.keyClick(text, key, modifiers)
        settled()
        assert position.section == seed_doc.section_index_at(text.top_offset()) or key == Qt.Key.Key_End
    assert position.offset == 0
    row = tree.outline.index_for(5)
    tree.scrollTo(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(row).center())
    settled()
    assert position.section == 5 and text.top_offset() <= seed_doc.flat_sections[5].start <= text.bottom_offset()
