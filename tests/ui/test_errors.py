"""An exception in a Qt callback is logged and shown in one dialog, and the window keeps working:
after a failed Ctrl+O, the next Ctrl+O opens a report."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from shigu_gui.ui.errors import ErrorReporter, install


@pytest.fixture
def reporter(qapp):
    reporter = install(qapp)
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()
    reporter.deleteLater()


@pytest.mark.qt_no_exception_capture  # the application's own hook is under test, not pytest-qt's
def test_a_failed_ctrl_o_leaves_ctrl_o_working(qtbot, window, reporter: ErrorReporter, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    other = tmp_path / "other.txt"
    other.write_text("各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。\n", encoding="utf-8")

    def broken(*_args: object, **_kwargs: object) -> tuple[str, str]:
        raise AttributeError("'FocusRing' object has no attribute 'target'")  # what was seen

    monkeypatch.setattr(QFileDialog, "getOpenFileName", broken)
    with caplog.at_level(logging.ERROR, logger="shigu_gui"):
        QTimer.singleShot(0, window.actions_by_id["file.open"].trigger)  # from the event loop, as a key does
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "AttributeError" in reporter.dialog.text()
    assert "Traceback" in reporter.dialog.detailedText()
    assert any("FocusRing" in r.getMessage() for r in caplog.records)
    reporter.dialog.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other), ""))
    with qtbot.waitSignal(window.session.document_changed, timeout=10000):
        QTimer.singleShot(0, window.actions_by_id["file.open"].trigger)
    assert [s.title for s in window.session.doc.sections] == ["2019年工作回顾"]


@pytest.mark.qt_no_exception_capture
def test_errors_while_a_dialog_is_open_are_logged_not_piled_up(qtbot, window, reporter: ErrorReporter) -> None:
    def fail() -> None:
        raise RuntimeError("again")

    for _ in range(5):
        QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: reporter.count == 5)
    boxes = [w for w in QApplication.topLevelWidgets() if w is reporter.dialog and w.isVisible()]
    assert len(boxes) == 1


@pytest.mark.qt_no_exception_capture
def test_an_error_on_another_thread_is_shown_by_the_main_thread(qtbot, window, reporter: ErrorReporter) -> None:
    def work() -> None:
        raise ValueError("in a worker")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "ValueError: in a worker" in reporter.dialog.text()
