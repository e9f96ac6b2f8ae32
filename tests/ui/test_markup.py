"""Text from a report is data, never markup: a report whose title, section titles, body,
glossary, notes and file name are all HTML is shown as text everywhere, and makes the reader open
no file it names (before: the charts summary and the status bar rendered the title and section
titles as rich text, which loaded their images; `<img src="/dev/zero">` hung the reader)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QLabel, QTextEdit

from shigu_gui.model.marks import make_mark, section_mark
from shigu_gui.ui.commands import edit


def markup_report(canary: Path) -> str:
    """Every part of a report, each with markup naming a file under canary/."""
    return f"""<img src="{canary}/title.png">某市人民政府工作报告<a href="file://{canary}/a.html">链接</a>
——2019年1月1日在<b>某市人民代表大会</b>上

各位代表：
一、2019年<img src="{canary}/part.png">工作回顾
<font color=red>全年</font>地区生产总值175.6亿元，增长6%<img src="{canary}/body.png">。\
城镇居民人均可支配收入30000元<u>增</u>，增长8%。
（一）<a href="{canary}/sub.html">稳增长</a>。
三次产业结构调整为1.3:17.4:81.3<img src="{canary}/ratio.png">。
二、2020年<table><tr><td>工作</td></tr></table>安排
地区生产总值增长6.5%左右<img src="{canary}/target.png">。
附件
名词解释
1.“<img src="{canary}/term.png">稳增长”（P2）：<img src="{canary}/definition.png">解释内容，稳增长。
"""


# Tags the reader never writes itself: seen in rich text, they came from the report.
MARKERS = ("<img", "<a href", "<font", "<table", "<u>", "<b>某市")


def rich(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and bool(text) and Qt.mightBeRichText(text))


def leaks(where: str, text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> list[str]:
    if rich(text, text_format) and any(marker in text for marker in MARKERS):
        return [f"{where}: {text[:120]!r}"]
    return []


def model_leaks(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found: list[str] = []
    if model is None:
        return found
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    found += leaks(f"{type(view).__name__} tooltip", tip)
                if column == 0:
                    pending.append(index)
    return found


def widget_leaks() -> list[str]:
    found: list[str] = []
    for widget in QApplication.allWidgets():
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        found += leaks(f"{name} tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            found += leaks(name, widget.text(), widget.textFormat())
        if isinstance(widget, QAbstractItemView):
            found += model_leaks(widget)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                found += leaks(f"{name} item tooltip", item.toolTip())
        if isinstance(widget, QTextEdit):  # its own anchors are term:N links; anything else came in
            page = widget.document().toHtml()
            if "<img" in page or re.search(r'href="(?!term:)', page) or "<table" in page:
                found.append(f"{name}: the report's markup in the document")
    return found


def test_markup_from_a_report_is_shown_as_text_everywhere(qtbot, window, tmp_path: Path, seed_text: str) -> None:
    canary = tmp_path / "canary"
    report = tmp_path / '<b>报告<img src="name.png">.txt'
    report.write_text(markup_report(canary), encoding="utf-8")
    window.open_path(report)
    doc = window.session.doc
    assert "<img" in doc.title and any("<img" in s.label for s in doc.flat_sections) and doc.glossary
    # Marks with markup in their notes, in the list and in the text's tooltips.
    start = doc.text.index("地区生产总值")
    window.store.add(doc.source_hash, make_mark(doc, "highlight", start, start + 6,
                                                note=f'<img src="{canary}/note.png">注意'))
    window.store.add(doc.source_hash, section_mark(doc, 1, "bookmark"))
    window.marks.refresh()
    window.show_marks()
    window.navigation.go_to_section(1)  # the status bar shows the section's path
    assert "<img" in window.reading_status.section_label.text()
    window.glossary_pane.select_term(0)  # the occurrences list, each with its section as a tooltip
    edit.open_find(window)
    window.find_bar.edit.setText("稳增长")
    qtbot.waitUntil(lambda: window.results_pane.model().rowCount() > 0)
    window.show_tab(1)
    qtbot.waitUntil(lambda: window.charts_view is not None)
    window.charts_view.people_card.setFocus()  # a chosen bar: the card's tooltip is its sentence
    window.charts_view.people_card._select(0)
    window.open_path(tmp_path / '<img src="missing.png">不存在.txt')  # the error names the file
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    assert "<img" in window.last_error.text()
    big = tmp_path / '<a href="x">大报告.txt'  # a progress dialog names the file
    big.write_text(markup_report(canary) + seed_text * 60, encoding="utf-8")
    with qtbot.waitSignal(window.session.document_changed, timeout=30000):
        window.open_path(big)
        assert window.progress.dialog is not None
        found = widget_leaks()
    found += widget_leaks()
    assert found == []
    assert not canary.exists()


def test_our_own_rich_text_is_built_from_escaped_parts(qtbot, window) -> None:
    """The check above can see a leak: the charts summary used to put the title in <b>…</b>."""
    from shigu_gui.model import parse_report

    text = '<img src="x.png">某市政府工作报告\n各位代表：\n一、回顾\n地区生产总值增长6%。'
    window.session.set_document(parse_report(text), None)
    window.show_tab(1)
    qtbot.waitUntil(lambda: window.charts_view is not None)
    summary = window.charts_view.summary
    assert rich(summary.text(), summary.textFormat())  # bold title: rich text of our own …
    assert "&lt;img" in summary.text()  # … with the report's part escaped
    assert widget_leaks() == []
    summary.setText(f"<b>{window.session.doc.title}</b>")  # what it was
    assert widget_leaks() != []


STRACE = shutil.which("strace")


@pytest.mark.skipif(STRACE is None or not sys.platform.startswith("linux"), reason="needs strace (Linux)")
@pytest.mark.parametrize("tab", ["reading", "charts"])
def test_no_file_named_in_a_report_is_opened(tmp_path: Path, tab: str) -> None:
    """The window under strace: files named in the report (one a FIFO, which would hang the
    reader, as /dev/zero would) are never opened, and the picture is made in normal time."""
    canary = tmp_path / "canary"
    canary.mkdir()
    for name in ("title.png", "part.png", "body.png", "sub.html", "a.html", "ratio.png", "target.png",
                 "term.png", "definition.png"):
        (canary / name).write_bytes(b"\x89PNG\r\n\x1a\n")
    os.mkfifo(canary / "fifo.png")
    text = markup_report(canary).replace("title.png", "fifo.png").replace("<b>", '<img src="/dev/zero"><b>')
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    trace = tmp_path / "trace.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIGU_GUI_DATA": str(tmp_path / "data")}
    command = [STRACE, "-f", "-qq", "-e", "trace=openat,open", "-o", str(trace), sys.executable, "-m", "shigu_gui",
               str(report), "--screenshot", str(tmp_path / "shot.png"), "--tab", tab, "--section", "（一）"]
    # A session of its own: on a hang, strace and the reader it traces are killed together.
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        _out, err = child.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        pytest.fail("the reader hung on a report naming a FIFO and /dev/zero")
    if "ptrace" in err and child.returncode != 0:
        pytest.skip(f"strace cannot trace here: {err.strip()[:200]}")
    assert child.returncode == 0, err
    opened = re.findall(r'open(?:at)?\([^"]*"([^"]+)"', trace.read_text(errors="replace"))
    assert str(report) in opened  # the trace sees the reader's own files
    named = [path for path in opened if path.startswith(str(canary)) or path == "/dev/zero"]
    assert named == []


def test_a_title_proposes_a_file_name_not_a_folder() -> None:
    from shigu_gui.ui.plain import file_name

    assert file_name("石鼓区2019年政府工作报告") == "石鼓区2019年政府工作报告"
    for title in ('<a href="/etc/passwd">x</a>', "../../.bashrc", "a\\b:c*d?e\x00f"):
        name = file_name(title)
        assert "/" not in name and "\\" not in name and "\x00" not in name and not name.startswith(".")
    assert file_name("...") == "report"
