"""帮助 › 关于 says which version this is, under which licence, and lists what it is built on."""

from __future__ import annotations

from shigu_gui.version import version


def test_about_shows_the_version_and_the_third_party_notices(qtbot, window) -> None:
    window.actions_by_id["help.about"].trigger()
    qtbot.waitUntil(lambda: window.about_box is not None and window.about_box.isVisible())
    box = window.about_box
    assert version() in box.text() and "MIT" in box.text()
    notices = box.detailedText()
    for component in ("PySide6", "LGPL-3.0", "pyqtgraph", "NumPy", "python-docx", "lxml", "PDFium",
                      "selectolax", "lexbor", "Noto Sans CJK SC", "OFL"):
        assert component in notices, component
    box.accept()
