"""Every user action, declared once: menus, shortcuts, the F1 sheet and the key tests come from here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from .commands import edit, file, go, help, view
from .qt_names import QT_TRANSLATE_NOOP
from .skeleton import CHARTS_TAB, LIBRARY_TAB, MENUS, READING_TAB

if TYPE_CHECKING:
    from .context import Context

StandardKey = QKeySequence.StandardKey


class ActionSpec(NamedTuple):  # one row of the action table
    id: str
    title: str  # Chinese source text; English comes from the translation files
    menu: str
    run: Callable[[Context], object]  # called with what commands may use (ui.context); for a submenu:
    # asked each time it opens, returns its entries (a list of ui.context.MenuEntry)
    keys: tuple[str | StandardKey, ...] = ()
    checked: Callable[[Context], bool] | None = None  # a toggle: whether it is on, asked after every change
    group: str = ""  # toggles of one group exclude each other (themes, languages, colours)
    separator: bool = False  # a separator follows it in its menu
    submenu: bool = False

    def translated_title(self) -> str:
        return QCoreApplication.translate("Actions", self.title)

    def key_sequences(self) -> list[QKeySequence]:
        sequences: list[QKeySequence] = []
        for key in self.keys:
            if isinstance(key, str):
                sequences.append(QKeySequence(key))
            else:
                sequences += [s for s in QKeySequence.keyBindings(key) if not s.isEmpty()]
        unique: list[QKeySequence] = []
        for seq in sequences:
            if seq not in unique:
                unique.append(seq)
        return unique


def _choice(key: str, value: str) -> tuple[Callable[[Context], object], tuple[()], Callable[[Context], bool], str]:
    """run, keys, checked and group of one value of a preference (a theme, a highlight colour)."""
    return (lambda w: w.preferences.set(key, value)), (), (lambda w: w.preferences.get(key) == value), key


def _language(lang: str) -> tuple[Callable[[Context], object], tuple[()], Callable[[Context], bool], str]:
    def chosen(w: Context) -> bool:
        return bool((w.preferences.get("ui/lang") or "zh") == lang)

    return (lambda w: view.set_language(w, lang)), (), chosen, "ui/lang"


def _font_step(delta: int) -> Callable[[Context], object]:
    return lambda w: w.preferences.set("view/font_size", w.preferences.get("view/font_size") + delta)


def _compare(w: Context) -> object:
    """新旧对照: the open report beside the year before (ui/compare, loaded on first use)."""
    from .compare import open_compare

    return open_compare(w)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.open", QT_TRANSLATE_NOOP("Actions", "打开报告…"), "file", file.open_dialog, (StandardKey.Open,)
    ),
    ActionSpec(
        "file.clipboard",
        QT_TRANSLATE_NOOP("Actions", "从剪贴板打开"),
        "file",
        file.open_clipboard,
        ("Ctrl+Shift+V",),
    ),
    ActionSpec("file.recent", QT_TRANSLATE_NOOP("Actions", "最近打开"), "file", file.recent_entries, submenu=True),
    ActionSpec(
        "file.save_text", QT_TRANSLATE_NOOP("Actions", "另存为文本…"), "file", file.save_as_text, ("Ctrl+Shift+S",)
    ),
    ActionSpec(
        "file.add_to_library",
        QT_TRANSLATE_NOOP("Actions", "添加到文库…"),
        "file",
        file.add_to_library,
        ("Ctrl+Shift+O",),
    ),
    ActionSpec(
        "file.add_folder_to_library",
        QT_TRANSLATE_NOOP("Actions", "添加文件夹到文库…"),
        "file",
        file.add_folder_to_library,
    ),
    ActionSpec(
        "file.print",
        QT_TRANSLATE_NOOP("Actions", "打印或存为 PDF…"),
        "file",
        file.print_report,
        (StandardKey.Print,),
        separator=True,
    ),
    ActionSpec(
        "file.quit", QT_TRANSLATE_NOOP("Actions", "退出"), "file", lambda w: w.dialog_parent.close(), ("Ctrl+Q",)
    ),
    ActionSpec(
        "edit.copy_citation",
        QT_TRANSLATE_NOOP("Actions", "复制并附出处"),
        "edit",
        edit.copy_with_citation,
        ("Ctrl+Shift+C",),
        separator=True,
    ),
    ActionSpec(
        "edit.find", QT_TRANSLATE_NOOP("Actions", "查找…"), "edit", edit.open_find, (StandardKey.Find, "/")
    ),
    ActionSpec(
        "edit.find_next",
        QT_TRANSLATE_NOOP("Actions", "查找下一个"),
        "edit",
        lambda w: edit.find_step(w, 1),
        ("F3",),
    ),
    ActionSpec(
        "edit.find_prev",
        QT_TRANSLATE_NOOP("Actions", "查找上一个"),
        "edit",
        lambda w: edit.find_step(w, -1),
        ("Shift+F3",),
    ),
    ActionSpec(
        "go.next_section",
        QT_TRANSLATE_NOOP("Actions", "下一节"),
        "go",
        lambda w: w.navigation.next_section(),
        ("Ctrl+PgDown",),
    ),
    ActionSpec(
        "go.prev_section",
        QT_TRANSLATE_NOOP("Actions", "上一节"),
        "go",
        lambda w: w.navigation.previous_section(),
        ("Ctrl+PgUp",),
    ),
    ActionSpec(
        "go.next_sibling",
        QT_TRANSLATE_NOOP("Actions", "下一个同级节"),
        "go",
        lambda w: w.navigation.next_sibling(),
        ("Alt+Down",),
    ),
    ActionSpec(
        "go.prev_sibling",
        QT_TRANSLATE_NOOP("Actions", "上一个同级节"),
        "go",
        lambda w: w.navigation.previous_sibling(),
        ("Alt+Up",),
    ),
    ActionSpec(
        "go.parent",
        QT_TRANSLATE_NOOP("Actions", "上级节"),
        "go",
        lambda w: w.navigation.parent_section(),
        ("Alt+PgUp",),
    ),
    ActionSpec(
        "go.first", QT_TRANSLATE_NOOP("Actions", "第一节"), "go", lambda w: w.navigation.first_section(), ("Alt+Home",)
    ),
    ActionSpec(
        "go.last", QT_TRANSLATE_NOOP("Actions", "最后一节"), "go", lambda w: w.navigation.last_section(), ("Alt+End",)
    ),
    ActionSpec("go.back", QT_TRANSLATE_NOOP("Actions", "后退"), "go", lambda w: w.navigation.go_back(), ("Alt+Left",)),
    ActionSpec(
        "go.forward",
        QT_TRANSLATE_NOOP("Actions", "前进"),
        "go",
        lambda w: w.navigation.go_forward(),
        ("Alt+Right",),
        separator=True,
    ),
    ActionSpec(
        "go.goto",
        QT_TRANSLATE_NOOP("Actions", "转到章节…"),
        "go",
        go.goto_section,
        ("Ctrl+G",),
        separator=True,
    ),
    ActionSpec(
        "view.reading", QT_TRANSLATE_NOOP("Actions", "阅读"), "view", lambda w: w.show_tab(READING_TAB), ("Ctrl+1",)
    ),
    ActionSpec(
        "view.charts",
        QT_TRANSLATE_NOOP("Actions", "图表"),
        "view",
        lambda w: w.show_tab(CHARTS_TAB),
        ("Ctrl+2",),
    ),
    ActionSpec(
        "view.library",
        QT_TRANSLATE_NOOP("Actions", "文库"),
        "view",
        lambda w: w.show_tab(LIBRARY_TAB),
        ("Ctrl+3",),
    ),
    ActionSpec("view.compare", QT_TRANSLATE_NOOP("Actions", "对照"), "view", _compare, ("Ctrl+D",), separator=True),
    ActionSpec(
        "view.indicator",
        QT_TRANSLATE_NOOP("Actions", "在图表中显示此处的指标"),
        "view",
        view.show_indicator_in_charts,
        ("Ctrl+I",),
    ),
    ActionSpec(
        "view.focus_next",
        QT_TRANSLATE_NOOP("Actions", "切换窗格"),
        "view",
        lambda w: w.cycle_focus(1),
        ("F6",),
    ),
    ActionSpec(
        "view.focus_prev",
        QT_TRANSLATE_NOOP("Actions", "反向切换窗格"),
        "view",
        lambda w: w.cycle_focus(-1),
        ("Shift+F6",),
        separator=True,
    ),
    ActionSpec(
        "view.tree",
        QT_TRANSLATE_NOOP("Actions", "显示目录"),
        "view",
        lambda w: w.toggle_tree(),
        ("Ctrl+T",),
        checked=lambda w: w.preferences.get("view/tree"),
    ),
    ActionSpec(
        "view.glossary",
        QT_TRANSLATE_NOOP("Actions", "显示名词解释"),
        "view",
        lambda w: w.glossary_key(),
        ("Ctrl+Shift+G",),
        checked=lambda w: w.preferences.get("view/glossary"),
        separator=True,
    ),
    ActionSpec(
        "view.reading_mode",
        QT_TRANSLATE_NOOP("Actions", "阅读模式（只显示正文）"),
        "view",
        lambda w: w.toggle_reading_mode(),
        ("F9",),
        checked=lambda w: w.in_reading_mode(),
        separator=True,
    ),
    ActionSpec(
        "view.zoom_in", QT_TRANSLATE_NOOP("Actions", "放大字体"), "view", _font_step(1), ("Ctrl+=", StandardKey.ZoomIn)
    ),
    ActionSpec(
        "view.zoom_out", QT_TRANSLATE_NOOP("Actions", "缩小字体"), "view", _font_step(-1), (StandardKey.ZoomOut,)
    ),
    ActionSpec(
        "view.zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "默认字号"),
        "view",
        lambda w: w.preferences.reset("view/font_size"),
        ("Ctrl+0",),
    ),
    ActionSpec(
        "view.fullscreen",
        QT_TRANSLATE_NOOP("Actions", "全屏"),
        "view",
        view.toggle_fullscreen,
        (StandardKey.FullScreen, "F11"),
        checked=lambda w: w.dialog_parent.isFullScreen(),
        separator=True,
    ),
    ActionSpec(
        "view.theme_system", QT_TRANSLATE_NOOP("Actions", "主题：跟随系统"), "view", *_choice("view/theme", "system")
    ),
    ActionSpec("view.theme_light", QT_TRANSLATE_NOOP("Actions", "主题：浅色"), "view", *_choice("view/theme", "light")),
    ActionSpec("view.theme_dark", QT_TRANSLATE_NOOP("Actions", "主题：深色"), "view", *_choice("view/theme", "dark")),
    ActionSpec(
        "view.theme_sepia",
        QT_TRANSLATE_NOOP("Actions", "主题：护眼"),
        "view",
        *_choice("view/theme", "sepia"),
        separator=True,
    ),
    ActionSpec("view.lang_zh", QT_TRANSLATE_NOOP("Actions", "界面语言：中文"), "view", *_language("zh")),
    ActionSpec("view.lang_en", QT_TRANSLATE_NOOP("Actions", "界面语言：English"), "view", *_language("en")),
    ActionSpec(
        "marks.bookmark",
        QT_TRANSLATE_NOOP("Actions", "添加或移除书签"),
        "marks",
        lambda w: w.marks.toggle_bookmark(w.position.section),
        ("Ctrl+B",),
    ),
    ActionSpec(
        "marks.list",
        QT_TRANSLATE_NOOP("Actions", "书签与批注列表"),
        "marks",
        lambda w: w.show_marks(),
        ("Ctrl+Shift+B",),
    ),
    ActionSpec(
        "marks.highlight",
        QT_TRANSLATE_NOOP("Actions", "高亮所选文字"),
        "marks",
        lambda w: w.marks.highlight_selection(),
        ("Ctrl+H",),
    ),
    ActionSpec(
        "marks.note",
        QT_TRANSLATE_NOOP("Actions", "写批注…"),
        "marks",
        lambda w: w.marks.add_note(w.position.section),
        ("Ctrl+Shift+N",),
    ),
    ActionSpec(
        "marks.undo",
        QT_TRANSLATE_NOOP("Actions", "撤销删除批注"),
        "marks",
        lambda w: w.marks.undo_delete(),
        (StandardKey.Undo,),
        separator=True,
    ),
    ActionSpec(
        "marks.color_yellow", QT_TRANSLATE_NOOP("Actions", "高亮颜色：黄"), "marks", *_choice("marks/color", "yellow")
    ),
    ActionSpec(
        "marks.color_green", QT_TRANSLATE_NOOP("Actions", "高亮颜色：绿"), "marks", *_choice("marks/color", "green")
    ),
    ActionSpec(
        "marks.color_blue", QT_TRANSLATE_NOOP("Actions", "高亮颜色：蓝"), "marks", *_choice("marks/color", "blue")
    ),
    ActionSpec(
        "marks.color_pink",
        QT_TRANSLATE_NOOP("Actions", "高亮颜色：粉"),
        "marks",
        *_choice("marks/color", "pink"),
        separator=True,
    ),
    ActionSpec("marks.export", QT_TRANSLATE_NOOP("Actions", "导出批注…"), "marks", lambda w: w.marks.export()),
    ActionSpec("marks.import", QT_TRANSLATE_NOOP("Actions", "导入批注…"), "marks", lambda w: w.marks.import_file()),
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("Actions", "快捷键一览"),
        "help",
        lambda w: help.show_shortcuts(w, shortcut_rows()),
        (StandardKey.HelpContents, "F1"),
    ),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "关于"), "help", help.show_about),
)


def key_text(spec: ActionSpec) -> str:
    """The keys as people type them (dedicated keyboard keys such as 'Open' or 'Zoom In' left out)."""
    from PySide6.QtCore import Qt

    typed = [seq for seq in spec.key_sequences() if seq[0].key().value < Qt.Key.Key_Back.value]  # type: ignore[index]
    return ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in typed)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(menu, action title, keys) for every action that has keys, in table order."""
    rows = []
    for spec in ACTIONS:
        keys = key_text(spec)
        if keys:
            menu = QCoreApplication.translate("Actions", MENUS[spec.menu]).replace("&", "")
            rows.append((menu, spec.translated_title().rstrip("…"), keys))
    extra = QCoreApplication.translate("Actions", "在查找栏中")
    rows += [
        (extra, QCoreApplication.translate("Actions", "下一个 / 上一个结果"), "Enter, Shift+Enter"),
        (extra, QCoreApplication.translate("Actions", "关闭查找"), "Esc"),
    ]
    return rows
