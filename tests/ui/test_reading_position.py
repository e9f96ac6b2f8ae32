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
