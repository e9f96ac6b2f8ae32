"""Commands that need several of the window's parts (tabs, text, charts, dialogs): each loads its
dialog or library when first used, so none of this costs start-up time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ..model import Document, Indicator
from ..model.marks import Placed, cited_passage
from .dialogs import keyboard_back, open_modal
from .plain import file_name
from .skeleton import CHARTS_TAB, LIBRARY_TAB, READING_TAB

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from .charts import ChartsView
    from .library import LibraryPane
    from .main_window import MainWindow


def _put_in_tab(window: MainWindow, index: int, widget: QWidget) -> None:
    """Put a tab's real content where its placeholder was; the tab shown stays the one shown."""
    tabs = window.tabs
    placeholder, title = tabs.widget(index), tabs.tabText(index)
    current = tabs.currentIndex()
    blocked = tabs.blockSignals(True)
    tabs.removeTab(index)
    tabs.insertTab(index, widget, title)
    tabs.setCurrentIndex(current)
    tabs.blockSignals(blocked)
    if placeholder is not None:
        placeholder.deleteLater()


def make_charts(window: MainWindow, draw: bool = True) -> ChartsView:
    """The charts tab in place of its placeholder: made in idle time after the first paint (drawn
    then a chart a slice), or on its first show if that comes first (pyqtgraph and numpy load here)."""
    from .charts import ChartsView

    charts = ChartsView(window.session, window.preferences, window, draw=draw)
    charts.source_requested.connect(lambda start, end: show_source(window, start, end))
    charts.stale.connect(lambda: window.idle.add(charts.draw_steps()))
    _put_in_tab(window, CHARTS_TAB, charts)
    return charts


def prepare_charts(window: MainWindow) -> Iterator[int]:
    """Idle work after the first paint: the charts' modules loaded in slices, then the charts view
    put in its tab and drawn a chart a slice, so that the first Ctrl+2 finds it ready."""
    from .idle import load_chart_modules

    if window.charts_view is not None:
        return
    yield from load_chart_modules()
    if window.charts_view is None:  # the tab was not opened meanwhile
        window.charts_view = charts = make_charts(window, draw=False)
        yield 0
        yield from charts.draw_steps()


def open_find(window: MainWindow) -> None:
    """The find bar, holding the selected words if a few are selected."""
    window.tabs.setCurrentIndex(READING_TAB)
    selection = window.view.selection_span()
    if selection and 0 < selection[1] - selection[0] <= 40:
        window.find_bar.edit.setText(window.session.doc.text[selection[0]: selection[1]])
    window.find_bar.open_bar()


def find_step(window: MainWindow, delta: int) -> None:
    """The next or previous hit (F3, Shift+F3); the find bar when there is no search to step through."""
    if not window.search.step(delta) and not window.find_bar.edit.text():
        open_find(window)


def make_library(window: MainWindow) -> LibraryPane | None:
    """The 文库 tab, built on its first show: the library file opens here, not at start-up."""
    from ..library import Library, LibraryError
    from ..paths import library_db
    from .library import LibraryPane

    try:
        library = Library(library_db())
    except LibraryError as exc:
        placeholder = window.tabs.widget(LIBRARY_TAB)
        if isinstance(placeholder, QLabel):
            placeholder.setText(str(exc))
        window.show_error(str(exc))
        return None
    pane = LibraryPane(library, lambda path, offset, length: open_in_reader(window, path, offset, length), window)
    _put_in_tab(window, LIBRARY_TAB, pane)
    pane.setFocus()
    if library.warning:
        window.statusBar().showMessage(library.warning)
        pane.tell(QCoreApplication.translate("MainWindow", "文库文件已重建"), library.warning)
    return pane


def show_library(window: MainWindow) -> LibraryPane | None:
    """The 文库 tab on show: built the first time, re-read later (another window or the command
    line may have added reports meanwhile)."""
    if window.library_pane is None:
        return make_library(window)
    window.library_pane.reload()
    return window.library_pane


def add_to_library(window: MainWindow) -> None:
    window.show_tab(LIBRARY_TAB)
    if window.library_pane is not None:
        window.library_pane.add_files_dialog()


def add_folder_to_library(window: MainWindow) -> None:
    window.show_tab(LIBRARY_TAB)
    if window.library_pane is not None:
        window.library_pane.add_folder_dialog()


def close_library(window: MainWindow) -> None:
    pane = window.library_pane
    if pane is not None:
        pane.shutdown()
        pane.library.close()


def open_in_reader(window: MainWindow, path: str, offset: int, length: int) -> None:
    """The library's way into the reader: the report at offset (its hit or sentence lit)."""
    session, target = window.session, Path(path).resolve()

    def here() -> bool:
        return session.path is not None and session.path.resolve() == target

    def go() -> None:
        window.tabs.setCurrentIndex(READING_TAB)
        if offset or length:
            window.navigation.show_span(offset, offset + length)
        window.view.setFocus()

    if here():
        go()
        return

    def once() -> None:  # a large report loads on a worker: go there once it is shown
        session.document_changed.disconnect(once)
        session.failed.disconnect(forget)
        if here():
            go()

    def forget(_message: str) -> None:
        session.document_changed.disconnect(once)
        session.failed.disconnect(forget)

    session.document_changed.connect(once)
    session.failed.connect(forget)
    session.open(target)


def show_source(window: MainWindow, start: int, end: int) -> None:
    """Open the reading tab at a sentence and highlight it (from a chart or the table)."""
    window.tabs.setCurrentIndex(READING_TAB)
    window.navigation.show_span(start, end)
    window.view.setFocus()


def indicator_at(doc: Document, offset: int) -> Indicator | None:
    """The first indicator stated in the sentence at offset."""
    return next((i for i in doc.indicators if i.start <= offset < i.end), None)


def show_indicator_in_charts(window: MainWindow) -> None:
    indicator = indicator_at(window.session.doc, window.view.cursor_offset())
    if indicator is None:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "此处的句子没有可识别的指标"), 3000)
        return
    window.show_tab(CHARTS_TAB)
    assert window.charts_view is not None
    window.charts_view.select_indicator(indicator)


def go_to_mark(window: MainWindow, placed: object) -> None:
    assert isinstance(placed, Placed)
    if not placed.placed:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "这条批注在当前报告中未能定位"), 4000)
        return
    window.navigation.show_span(placed.start, max(placed.end, placed.start + 1))


def goto_section(window: MainWindow) -> None:
    from .goto_dialog import GotoDialog

    dialog = GotoDialog(window.session.doc, window)
    window.goto_dialog = dialog
    dialog.accepted.connect(lambda: window.navigation.go_to_section(dialog.chosen()))
    open_modal(dialog, window, focus_if_accepted=window.view)  # read on from the section chosen


def open_dialog(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    path = window.session.path
    start = str(path.parent) if path else str(Path.home())
    title = QCoreApplication.translate("MainWindow", "打开报告")
    with keyboard_back(window):
        name, _ = QFileDialog.getOpenFileName(window, title, start, open_filter())
    if name:
        window.session.open(name)


def open_filter() -> str:
    """Every format the model reads, then one entry each (the suffixes come from the model)."""
    from ..model.formats import SUFFIXES

    def globs(*kinds: str) -> str:
        return " ".join(f"*{suffix}" for kind in kinds for suffix in SUFFIXES[kind])

    entries = [
        (QCoreApplication.translate("MainWindow", "政府工作报告"), globs("text", "docx", "pdf", "html")),
        (QCoreApplication.translate("MainWindow", "文本文件"), globs("text")),
        (QCoreApplication.translate("MainWindow", "Word 文档"), globs("docx")),
        (QCoreApplication.translate("MainWindow", "PDF 文件"), globs("pdf")),
        (QCoreApplication.translate("MainWindow", "网页"), globs("html")),
        (QCoreApplication.translate("MainWindow", "所有文件"), "*"),
    ]
    return ";;".join(f"{label} ({patterns})" for label, patterns in entries)


def open_clipboard(window: MainWindow) -> None:
    """The clipboard as a report: a browser's copy through the web-page importer, else plain text."""
    open_mime(window, QApplication.clipboard().mimeData())


def open_mime(window: MainWindow, mime: QMimeData | None) -> None:
    """Copied or dropped text as a report (its HTML flavour first); no file behind it."""
    from ..model import ReportError, parse_report
    from ..model.formats import clipboard_text

    try:
        text = clipboard_text(mime.html() if mime is not None and mime.hasHtml() else None,
                              mime.text() if mime is not None and mime.hasText() else None)
        doc = parse_report(text, QCoreApplication.translate("MainWindow", "剪贴板"))
    except ReportError as exc:
        window.show_error(str(exc))
        return
    window.session.set_document(doc, None)


def save_as_text(window: MainWindow) -> None:
    """The open report as UTF-8 text, one paragraph a line (a clipboard or PDF import kept for later)."""
    from PySide6.QtWidgets import QFileDialog

    from ..paths import data_dir

    folder = data_dir() / "reports"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path.home()
    stem = file_name(window.session.doc.title)
    text_files = QCoreApplication.translate("MainWindow", "文本文件")
    with keyboard_back(window):
        name, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("MainWindow", "另存为文本"),
                                              str(folder / f"{stem}.txt"), f"{text_files} (*.txt)")
    if name:
        write_text(window, name)


def write_text(window: MainWindow, name: str | Path) -> bool:
    session = window.session
    try:
        Path(name).write_text(session.doc.text + "\n", encoding="utf-8")
    except OSError as exc:
        window.show_error(QCoreApplication.translate("MainWindow", "无法保存：%1（%2）").replace(
            "%1", str(name)).replace("%2", str(exc.strerror or exc)))
        return False
    if session.path is None:
        session.path = Path(name)  # the clipboard report now has a file to open again
    return True


def print_report(window: MainWindow) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(window.session.doc.title)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "打印或存为 PDF"))
    with keyboard_back(window):
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    if accepted:
        _print(window, printer)


def save_pdf(window: MainWindow, path: str | Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(window.session.doc.title)
    _print(window, printer)


def _print(window: MainWindow, printer: QPrinter) -> None:
    """Print the view's document with its text set without shaping: shaped Latin runs (M8, P2,
    ' 2025') come out as glyphs Qt's PDF writer cannot map back to characters, so a PDF saved here
    would not read back (nor search or copy) as its text. Chinese needs no shaping."""
    from PySide6.QtGui import QFont

    document = window.view.document().clone()
    try:
        font = document.defaultFont()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        document.setDefaultFont(font)
        _bold_faces(document)
        document.print_(printer)
    finally:
        document.deleteLater()


def _bold_faces(document: QTextDocument) -> None:
    """Bold text in the family's bold face: on screen it is the regular face emboldened by the font
    engine (text_document._bold), which Qt's PDF writer does not do: printed, the headings came
    out in the regular weight. A family with no bold face is emboldened, as on screen."""
    from PySide6.QtGui import QFont, QFontInfo, QTextCharFormat, QTextCursor

    bold = QFont(document.defaultFont())
    bold.setWeight(QFont.Weight.Bold)
    face = QTextCharFormat()
    face.setFontStyleName(QFontInfo(bold).styleName())
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.fontWeight() >= QFont.Weight.Bold and fmt.fontStyleName():
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(face)
            fragments += 1
        block = block.next()


def copy_with_citation(window: MainWindow) -> None:
    doc = window.session.doc
    span = window.view.selection_span()
    if span is None:
        para = doc.paragraph_at(window.view.cursor_offset())
        if para is None:
            return
        span = (para.start, para.end)
    QApplication.clipboard().setText(cited_passage(doc, *span))
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "已复制，并附出处"), 3000)


def show_shortcuts(window: MainWindow) -> None:
    from .shortcuts_dialog import ShortcutsDialog

    window.shortcuts_dialog = ShortcutsDialog(window)
    open_modal(window.shortcuts_dialog, window)


def show_about(window: MainWindow) -> None:
    """The name, the version, the licence; the third-party notices under 显示详情 (Show Details)."""
    from contextlib import suppress

    from PySide6.QtWidgets import QMessageBox

    from ..resources import resource_path
    from ..version import version
    from .plain import plain

    text = QCoreApplication.translate(
        "MainWindow", "政府工作报告阅读器 shigu_gui %1\n离线阅读政府工作报告：目录、名词解释、指标图表。\n"
        "本程序以 MIT 许可证发布；所用第三方组件及其许可见详细信息。").replace("%1", version())
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "关于"), text,
                      QMessageBox.StandardButton.Ok, window)
    plain(box)
    with suppress(OSError):  # a copy packaged without the notices: the box still says name, version, licence
        box.setDetailedText(resource_path("licenses", "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8"))
    window.about_box = box
    open_modal(box, window)


def toggle_fullscreen(window: MainWindow) -> None:
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()


def set_language(window: MainWindow, lang: str) -> None:
    """Takes effect at the next start; said in both languages, since it is about the language."""
    from .dialogs import message_box

    if window.preferences.get("ui/lang") == lang:
        return
    window.preferences.set("ui/lang", lang)
    message = QCoreApplication.translate(
        "MainWindow", "界面语言将在下次启动时生效。 / The language changes at the next start.")
    message_box(window, QCoreApplication.translate("MainWindow", "界面语言"), message, warning=False)
