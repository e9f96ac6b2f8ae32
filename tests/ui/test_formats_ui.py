"""Opening DOCX, PDF, web pages and the clipboard in the window, as a person does it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from shigu_gui.model import Document
from shigu_gui.ui.commands import file as commands

from ..conftest import SEED
from ..formats.pages import portal_page
from ..formats.pdfs import build_pdf
from ..formats.test_docx import build_docx

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _tree_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.outline_pane.outline
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_docx_opens_with_the_progress_dialog(qtbot, window, tmp_path: Path) -> None:
    path = build_docx(tmp_path)
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        window.open_path(path)
        assert window.progress.dialog is not None
    assert window.session.doc.sections[0].title == "2024年工作回顾"
    assert window.windowTitle().startswith("2025年某某市政府工作报告")
    assert any("2024年工作回顾" in t for t in _tree_titles(window))


def test_dropped_pdf_opens(qtbot, window, tmp_path: Path) -> None:
    data, _ = build_pdf(SEED.read_text(encoding="utf-8").split("\n"))
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        window.dropEvent(event)
    assert window.session.doc.title == "石鼓区2019年政府工作报告"
    assert window.session.doc.sections[0].title == "2018年工作回顾"


def test_broken_pdf_is_a_dialog_and_the_report_stays(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(500))
    before = window.session.doc
    window.open_path(path)
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible(), timeout=30000)
    assert "PDF" in window.last_error.text() and "\n" not in window.last_error.text()
    assert window.session.doc is before


def test_saved_web_page_opens(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(portal_page(SEED.read_text(encoding="utf-8").split("\n"), "石鼓区2019年政府工作报告", "gbk"))
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        window.open_path(path)  # off the UI thread at any size: its parse time grows with its nesting
        assert window.progress.dialog is not None
    assert window.session.doc.sections[0].title == "2018年工作回顾"
    assert "当前位置" not in window.view.toPlainText()


def test_ctrl_shift_v_opens_the_clipboard_html(qtbot, window) -> None:
    mime = QMimeData()
    lines = SEED.read_text(encoding="utf-8").split("\n")
    mime.setHtml(portal_page(lines, "石鼓区2019年政府工作报告").decode("utf-8"))
    mime.setText("\n".join(lines))
    QApplication.clipboard().setMimeData(mime)
    window.view.setFocus()
    with qtbot.waitSignal(window.session.document_changed, timeout=10000):
        qtbot.keyClick(window.view, Qt.Key.Key_V, CTRL_SHIFT)
    assert window.session.doc.title == "石鼓区2019年政府工作报告"
    assert window.session.path is None
    assert "分享到" not in window.view.toPlainText()


def test_clipboard_text_and_save_as_text(qtbot, window, tmp_path: Path, seed_doc: Document) -> None:
    QApplication.clipboard().setText(SEED.read_text(encoding="utf-8"))
    commands.open_clipboard(window)
    assert [s.title for s in window.session.doc.sections] == [s.title for s in seed_doc.sections]
    target = tmp_path / "saved.txt"
    assert commands.write_text(window, target)
    assert window.session.path == target
    window.open_path(target)
    assert [s.title for s in window.session.doc.sections] == [s.title for s in seed_doc.sections]


def test_empty_clipboard_is_a_message(qtbot, window) -> None:
    QApplication.clipboard().clear()
    before = window.session.doc
    commands.open_clipboard(window)
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    assert "剪贴板" in window.last_error.text()
    assert window.session.doc is before


def test_open_dialog_lists_every_format(window) -> None:
    first = commands.open_filter().split(";;")[0]
    for suffix in ("*.txt", "*.docx", "*.pdf", "*.html", "*.htm"):
        assert suffix in first


def test_dropped_selection_from_a_browser_opens(qtbot, window) -> None:
    mime = QMimeData()
    mime.setHtml(portal_page(SEED.read_text(encoding="utf-8").split("\n"), "石鼓区2019年政府工作报告").decode("utf-8"))
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session.doc.title == "石鼓区2019年政府工作报告"
    assert window.session.path is None


def test_a_page_nested_100000_deep_is_refused_with_the_window_responsive(qtbot, window, tmp_path: Path) -> None:
    import time

    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "政府工作报告" * 50 + "</body></html>", encoding="utf-8")
    before = window.session.doc
    started = time.perf_counter()
    window.open_path(path)
    assert time.perf_counter() - started < 0.5  # the UI thread only starts the loading
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible(), timeout=30000)
    assert "嵌套过深" in window.last_error.text() or "nested too deeply" in window.last_error.text()
    assert window.session.doc is before


def _held_loading(monkeypatch):  # type: ignore[no-untyped-def]
    """Loadings that wait for the returned event before they read their file; and the threads."""
    import threading

    from shigu_gui.ui.loader import Loading

    release, started = threading.Event(), []
    original = Loading._load

    def held(self):  # type: ignore[no-untyped-def]
        started.append(self)
        release.wait(30)
        original(self)

    monkeypatch.setattr(Loading, "_load", held)
    return release, started


def test_cancel_keeps_the_open_report_and_drops_the_result(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QPushButton

    release, started = _held_loading(monkeypatch)
    before, before_path = window.session.doc, window.session.path
    path = build_docx(tmp_path)
    window.open_path(path)
    dialog = window.progress.dialog
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None and button.isVisible()
    assert button.text() in ("取消", "Cancel")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.progress.dialog is None
    assert window.session.doc is before
    release.set()
    started[0].join(30)
    qtbot.wait(50)  # the finished loading's queued report arrives, and is dropped
    assert window.session.doc is before and window.session.path == before_path
    assert window.last_error is None or not window.last_error.isVisible()
    assert window.idle._held == 0  # the idle work the dialog held runs again


def test_escape_cancels_too_and_a_later_opening_works(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    release, started = _held_loading(monkeypatch)
    path = build_docx(tmp_path)
    window.open_path(path)
    dialog = window.progress.dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.progress.dialog is None
    release.set()
    started[0].join(30)
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        window.open_path(path)
    assert window.session.doc.sections[0].title == "2024年工作回顾"
    assert window.progress.dialog is None
