"""Marks by keyboard: make each kind, restart the window, find them all; delete and undo; export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from shigu_gui.model import Document

from .conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def select(window, start: int, end: int) -> None:
    from PySide6.QtWidgets import QApplication

    if not window.isActiveWindow():
        window.activateWindow()
        QApplication.processEvents()
    cursor = window.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    window.view.setFocus()


def make_every_kind(qtbot, window, doc: Document) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, CTRL)  # into the first section
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL)  # bookmark
    start = doc.text.index("华侨城重组控股")
    select(window, start, start + 7)
    qtbot.keyClick(window.view, Qt.Key.Key_H, CTRL)  # highlight
    start2 = doc.text.index("雁栖湖片区治理开发项目稳步推进")
    select(window, start2, start2 + 15)
    qtbot.keyClick(window.view, Qt.Key.Key_N, CTRL | SHIFT)  # note on a new highlight
    qtbot.waitUntil(lambda: window.marks.note_dialog is not None and window.marks.note_dialog.isVisible())
    type_text(window.marks.note_dialog.edit, "<img src=x onerror=alert(1)>要跟进")
    window.marks.note_dialog.accept()


def test_every_kind_by_keyboard_survives_a_restart(qtbot, make_window, seed_doc: Document) -> None:
    first = make_window()
    make_every_kind(qtbot, first, seed_doc)
    kinds = sorted(p.mark.kind for p in first.marks.placed)
    assert kinds == ["bookmark", "highlight", "highlight"]
    assert any(p.mark.note.endswith("要跟进") for p in first.marks.placed)
    first.close()

    second = make_window()
    marks = second.marks.placed
    assert sorted(p.mark.kind for p in marks) == ["bookmark", "highlight", "highlight"]
    assert all(p.placed for p in marks)
    bookmark = next(p for p in marks if p.mark.kind == "bookmark")
    assert bookmark.start == seed_doc.flat_sections[0].start
    # shown in the tree (counted) and in the panel, notes as plain text
    top = second.outline_pane.outline.index(0, 0)
    assert "★" in top.data()
    texts = [second.marks_pane.model.index(r, 0).data() for r in range(second.marks_pane.model.rowCount())]
    assert any("<img src=x onerror=alert(1)>要跟进" in t for t in texts)
    note = next(p for p in marks if p.mark.note)
    cursor = second.view.textCursor()
    cursor.setPosition(note.start + 2)
    tip = second.view.term_tooltip(second.view.cursorRect(cursor).center())
    assert tip is not None and "&lt;img" in tip and "<img" not in tip


def test_bookmark_toggles_and_list_opens(qtbot, window) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL)
    assert [p.mark.kind for p in window.marks.placed] == ["bookmark"]
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL)
    assert window.marks.placed == []
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL | SHIFT)
    assert window.sidebar.current_pane() is window.marks_pane
    assert window.marks_pane.proxy.rowCount() == 1


def test_panel_enter_jumps_delete_and_undo(qtbot, window, seed_doc: Document) -> None:
    start = seed_doc.text.index("乡村旅游环线基本竣工")
    select(window, start, start + 10)
    qtbot.keyClick(window.view, Qt.Key.Key_H, CTRL)
    window.view.scroll_to_offset(0)
    window.show_marks()
    panel = window.marks_pane
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.view.cursor_offset() == start
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert window.marks.placed == []
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert [p.start for p in window.marks.placed] == [start]


def test_section_note_and_colours(qtbot, window, seed_doc: Document) -> None:
    window.preferences.set("marks/color", "green")
    window.navigation.go_to_section(3)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.marks.note_dialog is not None and window.marks.note_dialog.isVisible())
    type_text(window.marks.note_dialog.edit, "本节数据待核实")
    window.marks.note_dialog.accept()
    (note,) = window.marks.placed
    assert (note.mark.kind, note.mark.note, note.start) == ("note", "本节数据待核实", seed_doc.flat_sections[3].start)
    start = seed_doc.text.index("华侨城")
    select(window, start, start + 3)
    qtbot.keyClick(window.view, Qt.Key.Key_H, CTRL)
    assert any(p.mark.color == "green" for p in window.marks.placed)


def test_export_and_import_round_trip(qtbot, make_window, seed_doc: Document, tmp_path: Path) -> None:
    window = make_window()
    make_every_kind(qtbot, window, seed_doc)
    md = window.marks.markdown()
    assert "石鼓区2019年政府工作报告 · 一、2018年工作回顾" in md
    exported = window.marks.json()
    assert len(json.loads(exported)["marks"]) == 3
    assert window.marks.import_text(exported) == 0  # merging adds no duplicates
    for placed in list(window.marks.placed):
        window.marks.delete(placed)
    assert window.marks.import_text(exported) == 3
    assert len(window.marks.placed) == 3
    window.marks.import_text("not json")
    assert window.last_error is not None and "JSON" in window.last_error.text()


def test_export_notes_command(qtbot, make_window, seed_doc: Document, settings_path: Path) -> None:
    window = make_window()
    make_every_kind(qtbot, window, seed_doc)
    window.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    md = subprocess.run([sys.executable, "-m", "shigu_gui", "--export-notes", "md"], env=env,
                        capture_output=True, check=True).stdout.decode("utf-8")
    assert "> 华侨城重组控股" in md
    data = json.loads(subprocess.run([sys.executable, "-m", "shigu_gui", "--export-notes", "json"], env=env,
                                     capture_output=True, check=True).stdout)
    assert data["report"]["hash"] == seed_doc.source_hash


def test_read_only_data_folder_keeps_reading(qtbot, make_window, monkeypatch) -> None:
    monkeypatch.setenv("SHIGU_GUI_DATA", "/proc/self/shigu-gui-test")
    window = make_window()
    assert window.store.read_only
    assert "无法写入" in window.statusBar().currentMessage()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, CTRL)
    assert window.navigation.current == 0  # reading works
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    assert "无法写入" in window.last_error.text()


def test_corrupt_database_at_start(qtbot, make_window, tmp_path: Path) -> None:
    data = Path(os.environ["SHIGU_GUI_DATA"])
    data.mkdir(parents=True, exist_ok=True)
    (data / "marks.sqlite3").write_bytes(b"garbage" * 500)
    window = make_window()
    assert "损坏" in window.statusBar().currentMessage()
    assert any(".damaged-" in p.name for p in data.iterdir())
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL)
    assert len(window.marks.placed) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_importing_marks_from_a_pipe_is_refused_not_waited_on(qtbot, make_window, tmp_path: Path,
                                                               monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    fifo = tmp_path / "marks.json"
    os.mkfifo(fifo)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fifo), ""))
    window = make_window()
    window.marks.import_file()  # would block for ever on a read of the pipe
    assert window.last_error is not None and "管道" in window.last_error.text()
