"""Continuity, as a reader meets it: 文件 › 最近打开 from the keyboard, a moved file, clearing the list,
and the open dialog starting where the last report was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

REPORT = """{place}{year}年政府工作报告
——{year}年1月10日在{place}第一届人民代表大会第一次会议上
各位代表：
一、过去一年的工作
{place}地区生产总值增长{growth}%。
二、今年的主要任务
做好今年的工作。
"""


def write_report(folder: Path, name: str, place: str, year: int, growth: int = 6) -> Path:
    path = folder / name
    path.write_text(REPORT.format(place=place, year=year, growth=growth), encoding="utf-8")
    return path


def opened(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.session.document_changed, timeout=5000):
        window.open_path(path)


def popup(qtbot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def close_popups() -> None:
    while (menu := QApplication.activePopupWidget()) is not None:
        menu.close()


def recent_texts(window) -> list[str]:
    menu = window.findChild(QMenu, "file.recent")
    menu.aboutToShow.emit()  # made as it opens
    return [action.text() for action in menu.actions() if not action.isSeparator()]


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # an open menu, offscreen
def test_alt_f_then_the_recent_menu_then_its_number_opens_the_report(qtbot, window, tmp_path: Path) -> None:
    first = write_report(tmp_path, "first.txt", "某甲市", 2021)
    second = write_report(tmp_path, "second.txt", "某乙县", 2022)
    opened(qtbot, window, first)
    opened(qtbot, window, second)
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    file_menu = popup(qtbot)
    assert file_menu is window.menus["file"]
    qtbot.keyClick(file_menu, Qt.Key.Key_R)  # 最近打开(&R)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not file_menu)
    recent = popup(qtbot)
    assert recent.objectName() == "file.recent"
    texts = [a.text() for a in recent.actions() if not a.isSeparator()]
    assert texts[0].startswith("&1  某乙县2022年政府工作报告") and texts[0].endswith("second.txt")
    assert texts[1].startswith("&2  某甲市2021年政府工作报告") and texts[1].endswith("first.txt")
    assert texts[-1] == "清除最近打开(&C)"
    with qtbot.waitSignal(window.session.document_changed, timeout=5000):
        qtbot.keyClick(recent, Qt.Key.Key_2)
    assert window.session.path == first
    assert "某甲市地区生产总值" in window.view.toPlainText()
    assert QApplication.activePopupWidget() is None
    assert recent_texts(window)[0].endswith("first.txt")  # now the most recent


def test_ten_at_most_numbered_and_a_title_without_year_or_place_gets_them(qtbot, window, tmp_path: Path) -> None:
    for i in range(11):
        opened(qtbot, window, write_report(tmp_path, f"r{i}.txt", f"某{'甲乙丙丁戊己庚辛壬癸子'[i]}市", 2000 + i))
    texts = recent_texts(window)
    assert len(texts) == 11  # ten reports and 清除最近打开
    assert [t.split("  ")[0] for t in texts[:10]] == [f"&{n}" for n in range(1, 10)] + ["1&0"]
    assert texts[0].endswith("r10.txt") and texts[9].endswith("r1.txt")
    plain = tmp_path / "notes&more.txt"
    plain.write_text("各位代表：\n一、工作回顾\n某某地方的发展情况，2019年增长6%。\n", encoding="utf-8")
    opened(qtbot, window, plain)
    text = recent_texts(window)[0]
    assert text.endswith("notes&&more.txt")  # a file's '&' is shown, not taken as an access key


def test_a_moved_file_is_shown_disabled_and_one_gone_meanwhile_leaves_with_a_message(
        qtbot, window, tmp_path: Path) -> None:
    kept = write_report(tmp_path, "kept.txt", "某甲市", 2021)
    moved = write_report(tmp_path, "moved.txt", "某乙市", 2022)
    opened(qtbot, window, moved)
    opened(qtbot, window, kept)
    moved.rename(tmp_path / "elsewhere.txt")
    menu = window.findChild(QMenu, "file.recent")
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert entries[0].isEnabled() and entries[0].toolTip() == str(kept)
    assert not entries[1].isEnabled() and entries[1].text().endswith("（找不到文件）")
    assert str(moved) in entries[1].toolTip()
    kept.unlink()  # gone after the menu was shown, before the entry is chosen
    entries[0].trigger()
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    assert "已从最近打开中移除" in window.last_error.text()
    window.last_error.close()
    assert [Path(e.path).name for e in window.recent.entries()] == ["moved.txt"]
    assert window.session.path == kept  # what was open stays open


def test_clear_empties_the_list_and_is_then_not_enabled(qtbot, window, tmp_path: Path) -> None:
    opened(qtbot, window, write_report(tmp_path, "a.txt", "某甲市", 2021))
    menu = window.findChild(QMenu, "file.recent")
    menu.aboutToShow.emit()
    clear = [a for a in menu.actions() if not a.isSeparator()][-1]
    assert clear.isEnabled()
    clear.trigger()
    assert window.recent.entries() == []
    assert recent_texts(window) == ["（无）", "清除最近打开(&C)"]
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    assert "已清除" in window.statusBar().currentMessage()


def test_the_bundled_report_and_clipboard_text_are_not_listed(qtbot, window) -> None:
    from PySide6.QtCore import QMimeData

    from shigu_gui.resources import bundled_report
    from shigu_gui.ui.commands.file import open_mime

    opened(qtbot, window, bundled_report())
    copied = QMimeData()
    copied.setText("各位代表：\n一、工作回顾\n某某地方的发展情况良好。\n")
    with qtbot.waitSignal(window.session.document_changed, timeout=5000):
        open_mime(window, copied)
    assert window.session.path is None
    assert window.recent.entries() == []


def test_the_list_is_kept_for_the_next_window(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    report = write_report(tmp_path, "kept.txt", "某甲市", 2021)
    opened(qtbot, window, report)
    window.close()
    again = make_window()
    assert recent_texts(again)[0].endswith("kept.txt")


def test_the_open_dialog_starts_in_documents_then_where_the_last_report_was(
        qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from shigu_gui.resources import bundled_report, resource_dir

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    first_time = documents if Path(documents).is_dir() else str(Path.home())
    (tmp_path / "dialog").mkdir()
    report = write_report(tmp_path / "dialog", "chosen.txt", "某甲市", 2021)
    asked: list[str] = []

    def answer(_parent, _title, start, _filter):
        asked.append(start)
        return str(report), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    opened(qtbot, window, bundled_report())  # as at a first start
    assert window.session.path is not None and resource_dir() in window.session.path.resolve().parents
    with qtbot.waitSignal(window.session.document_changed, timeout=5000):
        window.actions_by_id["file.open"].trigger()
    assert asked == [first_time]  # not the bundled report's folder, inside the package
    assert window.session.path == report
    with qtbot.waitSignal(window.session.document_changed, timeout=5000):
        window.actions_by_id["file.open"].trigger()

    # 文库's own dialogs start there too, and what they add there is where the next one starts
    from shigu_gui.ui.skeleton import LIBRARY_TAB

    window.show_tab(LIBRARY_TAB)
    pane = window.library_pane
    folders: list[str] = []
    picked = tmp_path / "picked"
    picked.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda _parent, _title, start: folders.append(start) or str(picked)))
    monkeypatch.setattr(pane, "add_paths", lambda paths: None)
    pane.add_folder_dialog()
    assert folders == [str(tmp_path / "dialog")]
    with qtbot.waitSignal(window.session.document_changed, timeout=5000):
        window.actions_by_id["file.open"].trigger()
    assert asked == [first_time, str(tmp_path / "dialog"), str(picked)]


def test_a_folder_inside_the_package_or_gone_is_never_where_a_dialog_starts(settings_path: Path) -> None:
    from shigu_gui.resources import resource_dir
    from shigu_gui.ui.recent import DialogFolder, documents_folder
    from shigu_gui.ui.settings import Settings

    folder = DialogFolder(Settings(str(settings_path)))
    folder.remember(resource_dir() / "report.txt")  # the bundled report, opened through the dialog
    assert folder.start() == documents_folder()
    folder.settings.set(DialogFolder.KEY, str(resource_dir()))
    assert folder.start() == documents_folder()
    folder.settings.set(DialogFolder.KEY, str(settings_path.parent / "gone"))
    assert folder.start() == documents_folder()
    assert Path(documents_folder()).is_dir()


def test_in_english_the_menu_and_its_entries_speak_english(qtbot, english, make_window, tmp_path: Path) -> None:
    window = make_window()
    plain = tmp_path / "untitled.txt"
    plain.write_text("各位代表：\n一、工作回顾\n某某地方的发展情况良好。\n二、今年安排\n做好工作。\n", encoding="utf-8")
    opened(qtbot, window, plain)
    menu = window.findChild(QMenu, "file.recent")
    assert menu.title() == "Open &recent"
    texts = recent_texts(window)
    assert texts[-1] == "&Clear recent"
    from shigu_gui.store import RecentReport
    from shigu_gui.ui.recent import entry_text

    entry = RecentReport("/r/a.txt", "政府工作报告", 2020, "某市")
    assert entry_text(3, entry) == "&3  政府工作报告 (2020, 某市) — a.txt"


def test_what_cannot_be_chosen_is_greyed_in_every_theme(qapp) -> None:
    """A recent report whose file is gone is a disabled entry: it must look it (the themes set each
    role for every colour group, the disabled one included, until they set it apart)."""
    from PySide6.QtGui import QPalette

    from shigu_gui.ui import theme

    before = qapp.palette()
    try:
        for name in ("light", "dark", "sepia"):
            theme.apply(qapp, theme.PALETTES[name], ring=False)
            palette = qapp.palette()
            for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
                enabled = palette.color(QPalette.ColorGroup.Active, role)
                disabled = palette.color(QPalette.ColorGroup.Disabled, role)
                assert disabled != enabled, (name, role)
                assert disabled.name() == theme.PALETTES[name].muted
    finally:
        qapp.setPalette(before)


def test_the_compare_dialog_does_not_start_inside_the_package_either(
        qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from shigu_gui.resources import bundled_report
    from shigu_gui.ui.recent import documents_folder

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda _parent, _title, start, _filter: asked.append(start) or ("", "")))
    opened(qtbot, window, bundled_report())
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # 对照: no year before, a file asked for
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [documents_folder()]
