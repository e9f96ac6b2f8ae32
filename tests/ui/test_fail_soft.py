"""The cache, the settings and the marks are helpers: when one fails, the failure is logged and
the reader goes on reading."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from shigu_gui.model import Document


def _blocker(tmp_path: Path) -> Path:
    blocker = tmp_path / "a-file"
    blocker.write_text("where a folder should be")
    return blocker


def test_reports_open_when_the_cache_folder_cannot_be_made(
        qtbot, window, tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from shigu_gui.ui import session

    monkeypatch.setenv("SHIGU_GUI_DATA", str(_blocker(tmp_path)))  # its cache/ cannot be made
    small = tmp_path / "small.txt"
    small.write_text("各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。\n", encoding="utf-8")
    window.open_path(small)
    assert window.last_error is None
    assert [s.title for s in window.session.doc.sections] == ["2019年工作回顾"]
    big = tmp_path / "big.txt"  # parsed on the worker thread, which caught only ReportError
    big.write_text(seed_text * 80, encoding="utf-8")
    assert big.stat().st_size > session.LARGE_FILE_BYTES
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        window.open_path(big)
    assert window.last_error is None
    assert len(window.session.doc.text) > 1_000_000


def test_settings_that_cannot_be_saved_are_logged(
        qtbot, window, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from shigu_gui.ui.settings import Settings

    window.settings = window.preferences.settings = Settings(str(_blocker(tmp_path) / "settings.ini"))
    window.preferences.set("view/font_size", window.preferences.get("view/font_size") + 1)
    with caplog.at_level(logging.WARNING, logger="shigu_gui.ui.settings"):
        window.close()  # saves the settings: they cannot be written
    assert any("settings not saved" in r.getMessage() for r in caplog.records)


def test_marks_that_fail_to_read_leave_the_report_open(
        qtbot, window, seed_doc: Document, caplog: pytest.LogCaptureFixture) -> None:
    import sqlite3

    other = sqlite3.connect(window.store.path)
    other.executescript("DROP TABLE marks;")
    other.close()
    with caplog.at_level(logging.WARNING, logger="shigu_gui.store"):
        window.session.set_document(seed_doc, None)
    assert window.marks.placed == []
    assert window.outline_pane.outline.rowCount() == len(seed_doc.sections)
    assert caplog.records
