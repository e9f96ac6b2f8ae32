"""The 对照 window (Ctrl+D): the library's year before by default, else a file; walked by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shigu_gui.model import load_report
from shigu_gui.model.compare import compare
from shigu_gui.ui.roles import Role

FARM = "粮食生产稳定，农村改革深化，农民收入增长较快，高标准农田建设推进，种业振兴行动实施，乡村面貌改善。"
TRADE = "外贸进出口保持稳定，利用外资结构优化，自由贸易试验区扩围，跨境电商蓬勃发展，口岸通关效率提升。"
SCHOOL = "教育事业全面发展，义务教育均衡推进，高校毕业生就业稳定，职业教育产教融合，学前教育普惠扩大。"
HEALTH = "医疗卫生服务改善，基本医保参保率稳定，公立医院改革深化，分级诊疗推进，疫苗管理制度完善。发展新质生产力。"


def _write(path: Path, year: int, growth: str, target: str, subs: list[tuple[str, str]]) -> Path:
    lines = [f"{year}年江苏省政府工作报告", "", f"一、{year - 1}年工作回顾", f"全省地区生产总值增长{growth}%。"]
    lines += [f"（{'一二三四'[k]}）{title}。{body * 3}" for k, (title, body) in enumerate(subs)]
    lines += [f"二、{year}年工作安排", f"今年主要预期目标是：地区生产总值增长{target}%左右。", FARM * 2]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def reports(tmp_path: Path) -> tuple[Path, Path]:
    old = _write(tmp_path / "old.txt", 2023, "5.5", "5.5", [("农业农村", FARM), ("对外开放", TRADE)])
    new = _write(tmp_path / "new.txt", 2024, "5.8", "5", [("对外开放", TRADE), ("教育事业", SCHOOL),
                                                         ("医疗卫生", HEALTH)])
    return old, new


def _compare_windows():
    from shigu_gui.ui.compare.view import CompareWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareWindow) and w.isVisible()]


def _shows(pane, offset: int) -> bool:
    return pane.textCursor().position() == offset and pane.viewport().rect().contains(pane.cursorRect().center())


def test_models(qtmodeltester, reports) -> None:
    from shigu_gui.ui.compare.models import AlignedSectionsModel, PhrasesModel, TargetsModel

    c = compare(load_report(reports[0]), load_report(reports[1]))
    sections = AlignedSectionsModel(c)
    qtmodeltester.check(sections)
    qtmodeltester.check(TargetsModel(c))
    qtmodeltester.check(PhrasesModel(c))
    for row, pair in enumerate(c.sections):
        assert sections.index_of(row).data(Role.SECTION_PAIR) is pair


def test_ctrl_d_opens_the_year_before_from_the_library_and_the_keys_walk_it(qtbot, make_window, reports) -> None:
    from shigu_gui.library import Library, add_paths
    from shigu_gui.paths import library_db

    old, new = reports
    with Library(library_db()) as library:
        add_paths(library, [str(old)], workers=1)
    window = make_window(load_report(new))
    window.session.path = new
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_compare_windows()))
    view = _compare_windows()[0]
    qtbot.addWidget(view)
    assert view.comparison.old.title.startswith("2023") and view.comparison.new.title.startswith("2024")
    assert view.tree.hasFocus() or qtbot.waitUntil(view.tree.hasFocus) is None
    seen = []
    for _ in range(len(view.comparison.sections)):
        pair = view.current_pair()
        seen.append(pair.status)
        if pair.new is not None:  # each text shows the pair's section, its start in sight
            assert _shows(view.new_pane, view.comparison.new.flat_sections[pair.new].start)
        if pair.old is not None:
            assert _shows(view.old_pane, view.comparison.old.flat_sections[pair.old].start)
        qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert {"changed", "new", "dropped", "same"} <= set(seen)
    # Ctrl+Tab to the targets; Enter on this year's GDP target shows its sentence
    qtbot.keyClick(view.tree, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is view.targets and view.targets.hasFocus()
    row = next(i for i, t in enumerate(view.comparison.targets) if t.indicator == "gdp")
    view.targets.setCurrentIndex(view.targets_model.index(row, 3))
    qtbot.keyClick(view.targets, Qt.Key.Key_Return)
    tinted = view.new_pane.extraSelections()
    assert tinted and tinted[0].cursor.selectedText() == view.comparison.targets[row].new_target.sentence
    assert view.targets_model.index(row, 4).data() == "✓"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _compare_windows())


def test_without_a_year_before_a_file_is_asked_for(qtbot, make_window, reports, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    old, new = reports
    asked = []

    def pick(*args, **kwargs):
        asked.append(args)
        return (str(new) if len(asked) == 1 else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    window = make_window(load_report(old))  # the older one open: the newer, picked, goes right
    window.session.path = old
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_compare_windows()))
    view = _compare_windows()[0]
    qtbot.addWidget(view)
    assert view.paths == (str(old), str(new))
    assert any(p.status == "new" for p in view.comparison.sections)
    view.close()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # cancelled: nothing opens
    assert len(asked) == 2 and not _compare_windows()


def test_scrolling_one_text_brings_the_other_to_the_counterpart(qtbot, tmp_path) -> None:
    from shigu_gui.ui.compare.view import CompareWindow

    long = [("农业农村", FARM * 12), ("对外开放", TRADE * 12), ("教育事业", SCHOOL * 12)]
    old = load_report(_write(tmp_path / "a.txt", 2023, "5", "5", long))
    new = load_report(_write(tmp_path / "b.txt", 2024, "5", "5", [long[2], long[0], long[1]]))  # moved about
    view = CompareWindow(compare(old, new), (None, None), lambda _path: None)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    target = next(s for s in new.flat_sections if s.title == "对外开放")
    counterpart = next(s for s in old.flat_sections if s.title == "对外开放")
    view.new_pane.scroll_to(target.start + 5)  # as the reader would scroll: the old text follows
    assert new.section_at(view.new_pane.top_offset()) is target
    assert view.old_pane.textCursor().position() == counterpart.start
    assert view.sections_model.title(view.current_pair(), False).endswith("对外开放")


def test_phrases_step_through_their_uses_and_ctrl_s_exports(qtbot, tmp_path, reports, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from shigu_gui.ui.compare.view import CompareWindow

    view = CompareWindow(compare(load_report(reports[0]), load_report(reports[1])), tuple(map(str, reports)),
                         lambda _path: None)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.tree, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.targets, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is view.phrases, (view.tabs.currentIndex(), QApplication.focusWidget())
    assert view.phrases.hasFocus()
    row = next(i for i, (kind, p) in enumerate(view.phrases_model.rows) if kind == "new" and p.count >= 2)
    phrase = view.phrases_model.rows[row][1].text
    view.phrases.setCurrentIndex(view.phrases_model.index(row, 0))
    starts = []
    for _ in range(3):
        qtbot.keyClick(view.phrases, Qt.Key.Key_Return)
        tinted = view.new_pane.extraSelections()
        assert tinted[0].cursor.selectedText() == phrase
        starts.append(tinted[0].cursor.selectionStart())
    uses = view.comparison.new.text.count(phrase)
    assert starts[0] < starts[1] and starts[2] == (starts[0] if uses == 2 else starts[2])
    out = tmp_path / "对照.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    qtbot.keyClick(view.phrases, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("table,indicator,label,") and phrase in text
