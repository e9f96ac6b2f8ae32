"""Start-up pieces: language choice, translations, the bundled font, the platform check, screenshots."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from shigu_gui.resources import resource_path
from shigu_gui.ui.app import choose_language
from shigu_gui.ui.platform_check import XCB_PACKAGES, display_problem


def test_language_is_chinese_unless_english_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(key, raising=False)
    assert choose_language("", None, "C") == "zh"
    assert choose_language("", None, "en_GB") == "en"
    assert choose_language("en", None) == "en"
    assert choose_language("en", "zh") == "zh"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert choose_language("", None, "en_US") == "zh"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert choose_language("", None) == "en"


def test_english_translation_covers_every_string(tmp_path: Path) -> None:
    """Every string of the code is in the .ts and translated: the .ts is refreshed from the sources
    first (a string added without running tools/update_translations.py showed in Chinese)."""
    import shutil

    ts = tmp_path / "en.ts"
    shutil.copy(resource_path("translations", "shigu_gui_en.ts"), ts)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "shigu_gui" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(ts), "-source-language", "zh_CN", "-target-language", "en",
                    "-locations", "none", "-no-obsolete", "-silent"], check=True, capture_output=True, timeout=120)
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    assert resource_path("translations", "shigu_gui_en.qm").stat().st_size > 1000


def test_english_menus(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "shigu_gui_en.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Actions", "下一节") == "Next section"
        assert QCoreApplication.translate("IndicatorTable", "指标") == "Indicator"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_bundled_font_has_every_character_of_the_report(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from shigu_gui.ui.fonts import load_bundled_font

    family = load_bundled_font()
    assert family
    metrics = QFontMetrics(QFont(family))
    text = resource_path("report.txt").read_text(encoding="utf-8")
    missing = {ch for ch in set(text) if ch.strip() and not metrics.inFontUcs4(ord(ch))}
    assert missing == set()
    assert "SIL OPEN FONT LICENSE" in resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")


def test_platform_check_messages() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the xcb check is for Linux")
    message = display_problem({})
    assert message is not None and "--screenshot" in message
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert "libxcb-cursor0" in XCB_PACKAGES


def test_no_display_is_one_line_and_exit_2() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "shigu_gui"], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--screenshot" in result.stderr


def test_screenshot_command(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "shigu_gui", "--screenshot", str(out), "--section", "乡村旅游", "--size", "900x600"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    colors = {image.pixel(x, y) for x in range(0, 900, 30) for y in range(0, 600, 30)}
    assert len(colors) > 5  # not a blank picture
    bad = subprocess.run([sys.executable, "-m", "shigu_gui", "--screenshot", str(out), "--section", "没有这一节"],
                         env=env, capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode == 2
    assert "没有这一节" in bad.stderr


def test_a_screenshot_does_not_move_the_reading_position(tmp_path: Path) -> None:
    from shigu_gui.model import load_report
    from shigu_gui.resources import bundled_report
    from shigu_gui.store import MarkStore

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIGU_GUI_DATA": str(tmp_path / "data")}
    subprocess.run([sys.executable, "-m", "shigu_gui", "--screenshot", str(tmp_path / "a.png"), "--section",
                    "乡村旅游"], env=env, capture_output=True, timeout=60, check=True)
    store = MarkStore(tmp_path / "data" / "marks.sqlite3")
    assert store.position(load_report(bundled_report()).source_hash) == 0
    store.close()


def test_a_second_start_takes_the_report_from_the_cache(tmp_path: Path) -> None:
    """The first start parses and caches; the next one opens the window without importing the parser."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIGU_GUI_DATA": str(tmp_path / "data")}
    first = subprocess.run([sys.executable, "-m", "shigu_gui", "--screenshot", str(tmp_path / "a.png")],
                           env=env, capture_output=True, text=True, timeout=60, check=False)
    assert first.returncode == 0, first.stderr
    assert list((tmp_path / "data" / "cache").glob("*.pickle"))
    without_parser = (
        "import sys\n"
        "sys.modules['shigu_gui.model.parser'] = None  # importing it now raises ImportError\n"
        "from shigu_gui.cli import main\n"
        f"code = main(['--screenshot', {str(tmp_path / 'b.png')!r}])\n"
        "assert 'shigu_gui.model.patterns' not in sys.modules\n"
        "sys.exit(code)\n"
    )
    second = subprocess.run([sys.executable, "-c", without_parser], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "b.png").stat().st_size > 10_000


def seen_at_start(tmp_path: Path, look: str, at: str = "complete", args: tuple[str, ...] = ()) -> list[object]:
    """Start the app as a user does (cli.main, no file) in a child process; run `look` (statements
    appending to `seen`, with `window` and `app` at hand) and quit: at="complete", once the window is
    complete (the turn after its first picture), with `original` the app's own step for then; at
    "first_paint", in that turn, before the window builds the rest. args: the command line (no file)."""
    body = "".join(f"    {line}\n" for line in look.strip().splitlines())
    hook = {
        "complete": "original = app._after_start\napp._after_start = after\n",
        "first_paint": "from shigu_gui.ui.main_window import MainWindow\nMainWindow.complete = after\n",
    }[at]
    child = (
        "import gc, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import shigu_gui.ui.app as app\n"
        "seen = []\n"
        "def after(window):\n"
        f"{body}"
        "    QApplication.quit()\n"
        f"{hook}"
        "from shigu_gui.cli import main\n"
        f"main({list(args)!r})\n"
        "print(repr(seen))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIGU_GUI_DATA": str(tmp_path / "data"),
           "SHIGU_GUI_SETTINGS": str(tmp_path / "s.ini")}
    done = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


def test_start_up_work_is_finished_once_the_window_is_complete(tmp_path: Path) -> None:
    """The collector is off while the window is built (its first picture, then the rest) and back on
    once it is complete, with what the start made set aside from its full collections; the icon follows."""
    seen = seen_at_start(tmp_path, """
seen.append(gc.isenabled())
original(window)
seen.extend([gc.isenabled(), gc.get_freeze_count() > 10_000, window.windowIcon().isNull()])
""")
    assert seen == [False, True, True, False]


def test_the_qt_namespace_is_not_built_before_the_first_paint(tmp_path: Path) -> None:
    """Building PySide's Qt namespace costs about a tenth of the start (see ui/qt_names.py):
    the window, with a bookmark, a highlight and a note to draw, is painted without it."""
    from shigu_gui.model import load_report
    from shigu_gui.model.marks import make_mark, section_mark
    from shigu_gui.resources import bundled_report
    from shigu_gui.store import MarkStore

    bare = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QPlainTextEdit\n"
        "app = QApplication([])\n"
        "w = QPlainTextEdit('政府工作报告')\n"
        "w.show()\n"
        "app.processEvents()\n"
        "print('Qt' in sys.modules['PySide6.QtCore'].__dict__)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if subprocess.run([sys.executable, "-c", bare], env=env, capture_output=True, text=True, timeout=60,
                      check=True).stdout.strip().endswith("True"):
        pytest.skip("this PySide builds the Qt namespace by itself, whatever the app does")
    doc = load_report(bundled_report())
    store = MarkStore(tmp_path / "data" / "marks.sqlite3")
    store.add(doc.source_hash, section_mark(doc, 0, "bookmark"))
    store.add(doc.source_hash, make_mark(doc, "highlight", 40, 60))
    store.add(doc.source_hash, make_mark(doc, "note", 70, 80, note="注意"))
    store.close()
    seen = seen_at_start(tmp_path, """
from shigu_gui.ui.focus_ring import FocusRing
seen.append('Qt' in sys.modules['PySide6.QtCore'].__dict__)
seen.append(len(window.view.extraSelections()))
seen.append(window.findChild(FocusRing).isVisible())
""")
    assert seen == [False, 1, True]


def test_the_start_path_is_what_the_window_starts_with(tmp_path: Path) -> None:
    """Every module of shigu_gui.start_path (those allowed qt_names' numbers and talk of the start's
    cost) is imported once the window, with a mark to draw in the margin, is complete."""
    from shigu_gui.model import load_report
    from shigu_gui.model.marks import section_mark
    from shigu_gui.resources import bundled_report
    from shigu_gui.store import MarkStore

    doc = load_report(bundled_report())
    store = MarkStore(tmp_path / "data" / "marks.sqlite3")
    store.add(doc.source_hash, section_mark(doc, 0, "bookmark"))
    store.close()
    seen = seen_at_start(tmp_path, """
from shigu_gui.start_path import START_PATH
window.view.viewport().repaint()  # the whole window's picture: the margin's sign too
seen.extend(sorted(name for name in START_PATH if name not in sys.modules))
""")
    assert seen == []


def test_qt_s_own_buttons_and_dialogs_speak_chinese(tmp_path: Path) -> None:
    """Qt's standard buttons and file dialog come with the interface: 取消, not Cancel."""
    seen = seen_at_start(tmp_path, """
original(window)
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
seen.append(sorted(b.text() for b in buttons.buttons()))
dialog = QFileDialog(window)
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
seen.append(sorted(label.text() for label in dialog.findChildren(QLabel) if label.text()))
from PySide6.QtWidgets import QFileSystemModel
files = QFileSystemModel()
files.setRootPath(str(__import__("pathlib").Path(__import__("shigu_gui").__file__).parent))
seen.append([files.type(files.index(__import__("shigu_gui").__path__[0])),
             files.type(files.index(__import__("shigu_gui").__file__))])
""")
    assert seen[0] == ["保存(&S)", "取消(&C)"] or seen[0] == ["保存", "取消"], seen[0]
    assert any("文件名" in text for text in seen[1]), seen[1]
    assert not [text for text in seen[1] if re.search("[A-Za-z]{3}", text.replace("&", ""))], seen[1]
    assert seen[2] == ["文件夹", "Python 脚本"], seen[2]  # the detail view's Type column


def test_the_first_paint_builds_only_the_qt_classes_it_uses(tmp_path: Path) -> None:
    """PySide builds a Qt class (and all its enums, ~1 M instructions each) when Python first names
    it, or meets an object of a class it must look up: asking for an object Qt made of a class PySide
    does not know (a text control, a viewport) builds every class that might be it, hundreds, and
    cost the start a seventh of its time once; a Python method that Qt calls with a QEvent (an event
    filter, a viewportEvent override) builds all ~50 QEvent classes. The window's first picture needs
    a few dozen (the tree, the sidebar and the actions come after it)."""
    seen = seen_at_start(tmp_path, """
for name in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"):
    seen.append(sum(key.startswith("Q") for key in sys.modules[name].__dict__))
""", at="first_paint")
    core, gui, widgets = seen
    assert core < 45 and gui < 40 and widgets < 30, seen  # here 37, 29, 21; 82, 108, 130 when it went wrong
