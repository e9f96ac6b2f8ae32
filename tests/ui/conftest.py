from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from shigu_gui.model import Document


@pytest.fixture
def settings_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own settings file; the user's state is never touched."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("SHIGU_GUI_SETTINGS", str(path))
    monkeypatch.setenv("SHIGU_GUI_DATA", str(tmp_path / "data"))
    return path


@pytest.fixture
def make_window(qtbot, settings_path: Path, seed_doc: Document) -> Callable[..., object]:
    from PySide6.QtWidgets import QApplication

    from shigu_gui.ui import theme
    from shigu_gui.ui.fonts import choose_ui_font
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, _ = choose_ui_font()
    app.setFont(font)

    def make(doc: Document = seed_doc) -> MainWindow:
        settings = Settings(str(settings_path))
        theme.apply(app, theme.resolve(settings.get_str("view/theme", "system")))
        window = MainWindow(settings, doc, None)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def english(qapp):
    """The interface in English, as --lang en sets it: the translation installed, English locale."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from shigu_gui.resources import resource_path

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "shigu_gui_en.qm")))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield translator
    QLocale.setDefault(before)
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(make_window):
    return make_window()


def type_text(widget, text: str) -> None:
    """Type text as key events, one character at a time (QTest only types ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()
