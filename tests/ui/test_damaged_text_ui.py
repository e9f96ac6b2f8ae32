"""A report with damaged bytes opens, and the status bar says its damage is marked with U+FFFD."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED


def test_a_damaged_report_opens_and_the_status_bar_says_so(qtbot, window, tmp_path: Path) -> None:
    data = SEED.read_bytes()
    at = len(data) // 2
    while data[at] < 0xC0:  # a character's first byte
        at += 1
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(data[:at] + data[at + 1:])  # the byte lost: its two others are marked
    window.open_path(damaged)
    assert window.session.path == damaged
    assert window.session.doc.text.count("\ufffd") == 2
    message = window.statusBar().currentMessage()
    assert "2 处" in message and "\ufffd" in message and " / " not in message  # in the UI's language
    window.open_path(SEED)
    assert window.statusBar().currentMessage() == ""  # a sound report: the section path shows again
