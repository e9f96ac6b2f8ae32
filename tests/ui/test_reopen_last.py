"""A start without a file reopens the report read last, at the reader's place, and paints it first;
a file given wins; a last report gone or unreadable gives the bundled one and one line why."""

from __future__ import annotations

from pathlib import Path

from shigu_gui.model import load_report
from shigu_gui.store import MarkStore
from tests.ui.test_app import seen_at_start

REPORT = """某甲市2021年政府工作报告
——2021年1月10日在某甲市第一届人民代表大会第一次会议上
各位代表：
一、过去一年的工作
{body}
二、今年的主要任务
{body}
三、加强政府自身建设
{body}
"""


def last_read(tmp_path: Path, path: Path, offset: int = 0) -> None:
    """The store as a session that read path (at offset) and closed leaves it."""
    store = MarkStore(tmp_path / "data" / "marks.sqlite3")
    store.add_recent(path, "某甲市2021年政府工作报告", 2021, "某甲市")
    if offset:
        store.set_position(load_report(path), offset)
    store.close()


def a_report(tmp_path: Path) -> Path:
    body = "\n".join(f"第{i}段：某甲市的发展情况，地区生产总值增长{i % 9}%。" for i in range(60))
    path = tmp_path / "jia.txt"
    path.write_text(REPORT.format(body=body), encoding="utf-8")
    return path


def test_the_report_read_last_is_the_first_picture_at_the_reader_s_place(tmp_path: Path) -> None:
    path = a_report(tmp_path)
    doc = load_report(path)
    third = doc.flat_sections[2]
    last_read(tmp_path, path, third.start)
    seen = seen_at_start(tmp_path, """
seen.append(str(window.session.path))
seen.append(window.view.painted)
seen.append(window.session.doc.text[window.view.top_offset():][:8])
""", at="first_paint")
    assert seen[:2] == [str(path.resolve()), True]
    assert seen[2] == doc.text[third.start:][:8]


def test_a_file_on_the_command_line_wins(tmp_path: Path) -> None:
    last_read(tmp_path, a_report(tmp_path))
    other = tmp_path / "other.txt"
    other.write_text("各位代表：\n一、工作回顾\n某乙县的发展情况良好。\n", encoding="utf-8")
    opened, listed = seen_at_start(tmp_path, """
seen.append(str(window.session.path))
seen.append([e.path for e in window.recent.entries()])
""", args=(str(other),))
    assert opened == str(other)
    assert [Path(p).name for p in listed] == ["other.txt", "jia.txt"]  # and it is now the one read last


def test_a_last_report_gone_gives_the_bundled_one_and_the_status_bar_says_why(tmp_path: Path) -> None:
    path = a_report(tmp_path)
    last_read(tmp_path, path)
    path.unlink()
    seen = seen_at_start(tmp_path, """
original(window)
from PySide6.QtWidgets import QMessageBox
from shigu_gui.resources import bundled_report
seen.append(window.session.path == bundled_report())
seen.append(window.statusBar().currentMessage())
seen.append([w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()])
seen.append(len(window.recent.entries()))
""")
    same, message, dialogs, listed = seen
    assert same
    assert "上次阅读的报告（jia.txt）无法打开：找不到文件；已打开内置报告" in message
    assert "\n" not in message and "/ The last" not in message  # one line, in the interface's language
    assert dialogs == []
    assert listed == 1  # still listed (shown disabled): a drive may come back


def test_a_last_report_that_no_longer_reads_gives_the_bundled_one(tmp_path: Path) -> None:
    path = a_report(tmp_path)
    last_read(tmp_path, path)
    path.write_bytes(bytes(range(256)) * 20)  # the same name, now binary data
    seen = seen_at_start(tmp_path, """
original(window)
from shigu_gui.resources import bundled_report
seen.append(window.session.path == bundled_report())
seen.append(window.statusBar().currentMessage())
""")
    assert seen[0]
    assert seen[1].startswith("上次阅读的报告（jia.txt）无法打开：这不是报告文件")


def test_reopened_from_the_cache_the_parser_s_modules_stay_unloaded(tmp_path: Path) -> None:
    """Noting the reopened report (its title, year, place) must not load the parser's modules (model.meta
    with its patterns: ~75 ms) that the cache spared the start."""
    path = a_report(tmp_path)
    last_read(tmp_path, path)
    seen_at_start(tmp_path, "seen.append(0)")  # the first start parses, and caches
    seen = seen_at_start(tmp_path, """
original(window)
seen.append(str(window.session.path))
seen.append(sorted(m for m in sys.modules if m in ("shigu_gui.model.meta", "shigu_gui.model.patterns")))
seen.append(window.recent.entries()[0].title)
""")
    assert seen == [str(path.resolve()), [], "某甲市2021年政府工作报告"]
