"""Every key in the action table works; every widget has a name; F1 lists every key; no network."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QToolTip,
    QTreeView,
    QWidget,
)

from shigu_gui.model import Document
from shigu_gui.ui.actions import ACTIONS


def test_every_shortcut_triggers_its_action(qtbot, make_window, monkeypatch: pytest.MonkeyPatch) -> None:
    from shigu_gui.ui.main_window import MainWindow

    called: list[str] = []
    ids = {id(spec.run): spec.id for spec in ACTIONS}
    monkeypatch.setattr(MainWindow, "_run", lambda self, command: called.append(ids[id(command)]))
    window = make_window()
    window.view.setFocus()
    seen: set[str] = set()
    for spec in ACTIONS:
        for seq in spec.key_sequences():
            if seq.toString() in seen:
                continue
            seen.add(seq.toString())
            called.clear()
            combo = seq[0]
            if combo.key().value >= Qt.Key.Key_Back.value:
                continue  # multimedia keys (Open, Find, Zoom…) that QTest cannot type
            qtbot.keyClick(window.view, combo.key(), combo.keyboardModifiers())
            assert called == [spec.id], (spec.id, seq.toString())


def test_no_shortcut_is_bound_twice() -> None:
    seen: dict[str, str] = {}
    for spec in ACTIONS:
        for seq in spec.key_sequences():
            key = seq.toString()
            assert key not in seen, (key, seen.get(key), spec.id)
            seen[key] = spec.id


def test_shortcut_sheet_lists_every_key(qtbot, window) -> None:
    from shigu_gui.ui.actions import key_text

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: hasattr(window, "shortcuts_dialog") and window.shortcuts_dialog.isVisible())
    sheet = window.shortcuts_dialog.sheet.toPlainText()
    for spec in ACTIONS:
        if spec.keys:
            assert key_text(spec).split(",")[0] in sheet, spec.id
            assert spec.translated_title().rstrip("…") in sheet


def test_every_widget_has_an_accessible_name(window) -> None:
    kinds = (QTreeView, QListView, QTextBrowser, QLineEdit, QPlainTextEdit, QAbstractButton, QTabWidget)
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds) and not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
        and not isinstance(w.parent(), (QLineEdit, QTabWidget))
        and not w.objectName().startswith("qt_")  # Qt's own internals (menu bar extension button)
    ]
    assert unnamed == []


def test_hover_on_a_term_shows_its_definition(qtbot, window, seed_doc: Document) -> None:
    entry = seed_doc.glossary[0]
    start, _ = entry.occurrences[0]
    window.view.scroll_to_offset(start)
    cursor = window.view.textCursor()
    cursor.setPosition(start + 1)
    point = window.view.cursorRect(cursor).center() + QPoint(2, 0)
    viewport = window.view.viewport()
    qtbot.mouseMove(viewport, point)  # the mouse rests on the term; then Qt asks for its tooltip
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert entry.definition[:10] in QToolTip.text()


def test_the_app_opens_no_network_connection(tmp_path: Path) -> None:
    """Run the whole window (screenshot mode, charts too) with sockets made to fail loudly."""
    code = f"""
import socket, sys
attempts = []
class Guard(socket.socket):
    def connect(self, address):
        attempts.append(address); raise OSError('network is forbidden in this test')
    def connect_ex(self, address):
        attempts.append(address); return 1
socket.socket = Guard
socket.create_connection = lambda *a, **k: attempts.append(a) or (_ for _ in ()).throw(OSError('no'))
from shigu_gui.cli import main
rc = main(['--screenshot', {str(tmp_path / 'a.png')!r}])
rc2 = main(['--screenshot', {str(tmp_path / 'b.png')!r}, '--tab', 'charts'])
net = [m for m in sys.modules if m.startswith('PySide6.QtNetwork')]
print('RESULT', rc, rc2, attempts, net)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True,
                            timeout=120, env=env)
    assert "RESULT 0 0 [] []" in result.stdout, result.stderr[-2000:]


def test_standard_keys_are_used_where_they_exist() -> None:
    by_id = {spec.id: spec for spec in ACTIONS}
    assert QKeySequence.StandardKey.Find in by_id["edit.find"].keys
    assert QKeySequence.StandardKey.Open in by_id["file.open"].keys
