"""文件 menu: open (a file, 最近打开, the clipboard, a drop), save as text, print or save as PDF,
and add to the library."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontInfo, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from ...model.errors import ReportError
from ...model.formats import SUFFIXES, clipboard_text
from ...paths import data_dir
from ..context import MenuEntry
from ..dialogs import keyboard_back
from ..plain import file_name
from ..recent import entry_text
from ..skeleton import LIBRARY_TAB

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from ..context import Context


def open_dialog(ctx: Context) -> None:
    """Ctrl+O: the dialog starts where the last report opened through it (or 最近打开) was."""
    from PySide6.QtWidgets import QFileDialog

    folder = ctx.recent.folder
    title = QCoreApplication.translate("MainWindow", "打开报告")
    with keyboard_back(ctx.dialog_parent):
        name, _ = QFileDialog.getOpenFileName(ctx.dialog_parent, title, folder.start(), open_filter())
    if name:
        folder.remember(name)
        ctx.session.open(name)


def recent_entries(ctx: Context) -> list[MenuEntry]:
    """最近打开: the reports opened lately, numbered; a file no longer there is shown, not enabled;
    清除最近打开 last."""
    translate = QCoreApplication.translate
    reports = ctx.recent.entries()
    entries = []
    for number, report in enumerate(reports, 1):
        text = entry_text(number, report)
        if os.path.isfile(report.path):
            entries.append(MenuEntry(text, partial(open_recent, path=report.path), report.path))
        else:
            missing = translate("MainWindow", "找不到文件：%1").replace("%1", report.path)
            entries.append(MenuEntry(text + translate("MainWindow", "（找不到文件）"), None, missing))
    if not entries:
        entries.append(MenuEntry(translate("MainWindow", "（无）"), None))
    clear = translate("MainWindow", "清除最近打开(&C)")
    entries.append(MenuEntry(clear, clear_recent if reports else None, separator=True))
    return entries


def open_recent(ctx: Context, path: str) -> None:
    """A report of 最近打开; one gone since the menu was shown leaves the list with a message."""
    if not os.path.isfile(path):
        ctx.recent.forget(path)
        message = QCoreApplication.translate("MainWindow", "找不到文件：%1\n已从最近打开中移除。")
        ctx.show_error(message.replace("%1", path))
        return
    ctx.recent.folder.remember(path)
    ctx.session.open(path)


def clear_recent(ctx: Context) -> None:
    ctx.recent.clear()
    ctx.statusBar().showMessage(QCoreApplication.translate("MainWindow", "已清除最近打开"), 5000)


def open_filter() -> str:
    """Every format the model reads, then one entry each (the suffixes come from the model)."""
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


def open_clipboard(ctx: Context) -> None:
    """The clipboard as a report: a browser's copy through the web-page importer, else plain text."""
    open_mime(ctx, QApplication.clipboard().mimeData())


def open_mime(ctx: Context, mime: QMimeData | None) -> None:
    """Copied or dropped text as a report (its HTML flavour first); no file behind it."""
    from ...model import parse_report

    try:
        text = clipboard_text(mime.html() if mime is not None and mime.hasHtml() else None,
                              mime.text() if mime is not None and mime.hasText() else None)
        doc = parse_report(text, QCoreApplication.translate("MainWindow", "剪贴板"))
    except ReportError as exc:
        ctx.show_error(str(exc))
        return
    ctx.session.set_document(doc, None)


def save_as_text(ctx: Context) -> None:
    """The open report as UTF-8 text, one paragraph a line (a clipboard or PDF import kept for later)."""
    from PySide6.QtWidgets import QFileDialog

    folder = data_dir() / "reports"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path.home()
    stem = file_name(ctx.session.doc.title)
    text_files = QCoreApplication.translate("MainWindow", "文本文件")
    with keyboard_back(ctx.dialog_parent):
        name, _ = QFileDialog.getSaveFileName(ctx.dialog_parent, QCoreApplication.translate("MainWindow", "另存为文本"),
                                              str(folder / f"{stem}.txt"), f"{text_files} (*.txt)")
    if name:
        write_text(ctx, name)


def write_text(ctx: Context, name: str | Path) -> bool:
    session = ctx.session
    try:
        Path(name).write_text(session.doc.text + "\n", encoding="utf-8")
    except OSError as exc:
        ctx.show_error(QCoreApplication.translate("MainWindow", "无法保存：%1（%2）").replace(
            "%1", str(name)).replace("%2", str(exc.strerror or exc)))
        return False
    if session.path is None:
        session.path = Path(name)  # the clipboard report now has a file to open again
    return True


def add_to_library(ctx: Context) -> None:
    ctx.show_tab(LIBRARY_TAB)
    if ctx.tabs.library is not None:
        ctx.tabs.library.add_files_dialog()


def add_folder_to_library(ctx: Context) -> None:
    ctx.show_tab(LIBRARY_TAB)
    if ctx.tabs.library is not None:
        ctx.tabs.library.add_folder_dialog()


def print_report(ctx: Context) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(ctx.session.doc.title)
    dialog = QPrintDialog(printer, ctx.dialog_parent)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "打印或存为 PDF"))
    with keyboard_back(ctx.dialog_parent):
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    if accepted:
        _print(ctx, printer)


def save_pdf(ctx: Context, path: str | Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(ctx.session.doc.title)
    _print(ctx, printer)


def _print(ctx: Context, printer: QPrinter) -> None:
    """Print the view's document with its text set without shaping: shaped Latin runs (M8, P2,
    ' 2025') come out as glyphs Qt's PDF writer cannot map back to characters, so a PDF saved here
    would not read back (nor search or copy) as its text. Chinese needs no shaping."""
    document = ctx.view.document().clone()
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


