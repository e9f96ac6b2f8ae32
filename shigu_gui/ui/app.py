"""Start the window: platform check, font, language, theme, settings; or render a screenshot."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The pure-Python parts load before Qt does: PySide checks the source of every module imported
# after its QtCore (to support `from __feature__ import …`), which costs start-up time for nothing.
from ..model import navigation as _navigation  # noqa: F401
from ..paths import marks_db
from ..resources import bundled_report, inside_package, resource_path
from ..store import MarkStore
from ..version import APP_ID
from . import collector
from .loader import Loading
from .platform_check import display_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ..model import Document
    from .interrupt import Interrupt
    from .main_window import MainWindow


def _fail(message: str) -> int:
    print(f"shigu-gui: {message}", file=sys.stderr)
    return 2


def choose_language(setting: str, requested: str | None, system_locale: str = "") -> str:
    """Chinese by default; English when asked for, set, or when the locale is English."""
    if requested:
        return requested
    if setting in ("zh", "en"):
        return setting
    names = [os.environ.get(key, "") for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    lang = next((n for n in names if n), system_locale)
    return "en" if lang.lower().startswith("en") else "zh"


_started = {"lang": "zh"}
_interrupt: dict[str, Interrupt] = {}  # installed once the window is complete
_QT_ZH_GAPS = {  # strings Qt's Chinese file lacks (renamed or added after it was made)
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",  # the file dialog's Type column
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
}


def install_qt_translation() -> bool:
    """Qt's own dialogs and buttons in Chinese, from the translations PySide6-Essentials ships; and
    a Chinese locale (unless the system's is one) for what Qt words from it: a file's type in the
    file dialog (纯文本文档, not "plain text document"), dates, sizes."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return False
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_zh_CN", folder):
        return False
    QCoreApplication.installTranslator(translator)
    if QLocale.system().language() != QLocale.Language.Chinese:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))

    class Gaps(QTranslator):
        """The few strings Qt's Chinese file lacks (it predates them); asked first, None (ask the next) for the rest."""

        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return _QT_ZH_GAPS.get((context, source))  # type: ignore[return-value]  # None: the next is asked

        def isEmpty(self) -> bool:
            return False

    return QCoreApplication.installTranslator(Gaps(app))


def _uses_pyside(module: object) -> bool:
    """PySide's own test, whether a module's source names PySide6, without inspect.getsource: that
    looks for the module in all of sys.modules (~0.5 ms each, for every module imported after QtCore)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _cheaper_feature_check() -> None:
    """PySide (for `from __feature__ import …`) reads the source of every module imported after its
    QtCore; the same answer, read directly from the file."""
    feature = sys.modules.get("__feature__")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010  # a module of PySide's, not ours


def run_app(path: Path, args: argparse.Namespace, size: tuple[int, int]) -> int:
    import logging

    logging.basicConfig(format="shigu-gui: %(name)s: %(message)s")  # warnings and errors, one line each
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    else:
        problem = display_problem()
        if problem:
            return _fail(problem)
    # Without a file, the report read last opens again (the window's store, opened here to ask).
    store, last = _last_report(args)
    if last is not None:
        path = last
    # The report is read and parsed on a thread while Qt's libraries load: the two overlap.
    loading = Loading(path)  # the loader every later opening uses too (through the session)
    loading.start()
    loading.imported.wait()  # the parse overlaps Qt's import; the loader's own imports may not

    from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator

    _cheaper_feature_check()
    from PySide6.QtWidgets import QApplication

    loading.join()
    notice = ""
    if last is not None and (loading.error is not None or loading.doc is None):
        notice = not_reopened(last, loading.error or "")  # said in the status bar: no dialog at start
        path = bundled_report()
        loading = Loading(path)
        loading.run()
    if loading.error is not None or loading.doc is None:
        return _fail(loading.error or "无法读取报告 / Cannot read the report")
    doc = loading.doc

    from . import theme
    from .fonts import choose_ui_font
    from .main_window import MainWindow
    from .settings import ORGANIZATION, Settings

    # Fusion through the command line: QApplication starts with it instead of building the
    # platform's default style first and replacing it (about 4 ms, measured with callgrind).
    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName("shigu-gui")
    app.setDesktopFileName(APP_ID)  # the installed .desktop file's name: Wayland's app id, the dock's icon
    font, _source = choose_ui_font()
    app.setFont(font)
    scratch = None
    if args.screenshot:  # only screenshots need a scratch folder
        import tempfile

        scratch = tempfile.TemporaryDirectory()
    settings = Settings(os.path.join(scratch.name, "s.ini") if scratch else None)
    lang = choose_language(settings.get_str("ui/lang", ""), args.lang, QLocale.system().name())
    translator = QTranslator(app)
    if lang == "en" and translator.load(str(resource_path("translations", "shigu_gui_en.qm"))):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
    # In the interface's language: window managers show it, and Qt adds it to window titles that lack it.
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "政府工作报告阅读器"))
    colors = theme.resolve(settings.get_str("view/theme", "system"), theme.palette_is_dark())
    theme.apply(app, colors, ring=False)  # the window installs the focus ring once it is complete
    window = MainWindow(settings, doc, path, store, staged=not args.screenshot, notice=notice)
    if args.screenshot:
        code = _screenshot(app, window, doc, args, size)
        if scratch:
            scratch.cleanup()
        return code
    _started["lang"] = lang
    from .errors import install as install_error_reporter

    reporter = install_error_reporter(app)  # an exception in a callback: logged, one dialog, go on
    window.completed.connect(lambda: _after_start(window))  # just after the first picture
    QTimer.singleShot(2000, collector.enable)  # in case the window starts minimised and isn't painted
    window.show()
    _paint_before_timers(app, window)
    try:
        code = app.exec()
        return _interrupt["ctrl_c"].exit_code(code) if "ctrl_c" in _interrupt else code
    finally:
        reporter.uninstall()
        if "ctrl_c" in _interrupt:
            _interrupt.pop("ctrl_c").uninstall()


def _last_report(args: argparse.Namespace) -> tuple[MarkStore | None, Path | None]:
    """The store and the report read last, for a start without a file (a screenshot shows the
    bundled report: a picture does not depend on what the reader read)."""
    if args.file or args.screenshot:
        return None, None
    store = MarkStore(marks_db())
    last = store.last_report()
    return store, (last if last is not None and not inside_package(last) else None)


def not_reopened(path: Path, error: str) -> str:
    """One line for the status bar: why the report read last did not open again."""
    zh, sep, en = error.partition(" / ")
    if not sep:
        en = zh
    return (f"上次阅读的报告（{path.name}）无法打开：{zh}；已打开内置报告 / "
            f"The last report read could not be opened: {en}; the bundled report is open")


def _paint_before_timers(app: QApplication, window: MainWindow, seconds: float = 0.5) -> None:
    """The first picture before any timer runs: Qt lays out the text below the first screen in
    timed slices, which before the picture laid out a dozen screens (~10 ms; the view also holds
    them back, see ReportView._hold_layout, with an event filter whose first event makes PySide
    build all ~50 QEvent classes). Events other than timers (the window shown, exposed, painted,
    keys) are handled meanwhile. X11ExcludeTimers is honoured by Qt's Unix event dispatchers;
    elsewhere this is the plain event loop's first turns. Up to `seconds`, for a window not shown."""
    import time

    from PySide6.QtCore import QEventLoop

    flags = QEventLoop.ProcessEventsFlag.X11ExcludeTimers
    deadline = time.monotonic() + seconds
    while not window.view.painted and window.isVisible() and time.monotonic() < deadline:
        app.processEvents(flags)
        if not window.view.painted:
            time.sleep(0.0005)  # the window system's answer (expose) is on its way


def settle() -> None:
    """After the start: the collector back on (cli.main turned it off), and what the start made
    (modules, Qt's classes, the window, the report) set aside from its full collections, which
    otherwise walk all of it again: one took 67 ms in the middle of opening a 4 MB report."""
    collector.enable()
    gc.freeze()


def _after_start(window: MainWindow) -> None:
    """Once the window is complete (the turn after its first picture)."""
    settle()
    from PySide6.QtWidgets import QApplication

    from .interrupt import Interrupt

    app = QApplication.instance()
    if app is not None and "ctrl_c" not in _interrupt:  # Ctrl+C in the terminal closes the window
        _interrupt["ctrl_c"] = Interrupt(app, window)
    # Qt's own buttons and dialogs (OK, Cancel, Look in…) are first needed after the first picture.
    if _started["lang"] == "zh":
        install_qt_translation()
    # The icon is for the task bar, not the first picture: loading it scans Qt's image plugins.
    from PySide6.QtGui import QIcon

    window.set_icon(QIcon(str(resource_path("icons", "shigu-gui.svg"))))


def _screenshot(app: object, window: object, doc: Document, args: argparse.Namespace, size: tuple[int, int]) -> int:
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow
    from .skeleton import CHARTS_TAB

    assert isinstance(window, MainWindow)
    window.persist_on_close = False
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    if args.section:
        flat = next((i for i, s in enumerate(doc.flat_sections) if args.section in s.label), -1)
        if flat < 0:
            return _fail(f"没有标题含“{args.section}”的章节 / No section title contains: {args.section}")
        window.navigation.go_to_section(flat)
    if args.tab == "charts":
        window.show_tab(CHARTS_TAB)  # as Ctrl+2: the keyboard on the first chart, not the tab bar
    if args.tab.startswith("library"):
        from .skeleton import LIBRARY_TAB

        window.show_tab(LIBRARY_TAB)
        pane = window.library_pane
        if pane is not None and args.tab != "library":
            pane.show_for_screenshot(args.tab.removeprefix("library-"), getattr(args, "query", ""))
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab()
    out = Path(args.screenshot)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        return _fail(f"无法保存截图 / Cannot save screenshot: {out}")
    window.close()
    return 0
