"""Every user action, declared once: menus, shortcuts, the F1 sheet and the key tests come from here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for translation (pyside6-lupdate); translated when shown."""
    return text


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str  # Chinese source text; English comes from the translation files
    menu: str
    handler: str  # name of the MainWindow method called when the action fires
    keys: tuple[str | StandardKey, ...] = ()
    checkable: bool = False
    arg: str | None = None  # passed to the handler: one method serves a family (themes, colours)

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


MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "文件(&F)"),
    "edit": QT_TRANSLATE_NOOP("Actions", "编辑(&E)"),
    "go": QT_TRANSLATE_NOOP("Actions", "跳转(&G)"),
    "view": QT_TRANSLATE_NOOP("Actions", "视图(&V)"),
    "marks": QT_TRANSLATE_NOOP("Actions", "批注(&M)"),
    "help": QT_TRANSLATE_NOOP("Actions", "帮助(&H)"),
}

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", QT_TRANSLATE_NOOP("Actions", "打开报告…"), "file", "open_dialog", (StandardKey.Open,)),
    ActionSpec("file.add_to_library", QT_TRANSLATE_NOOP("Actions", "添加到文库…"), "file", "add_to_library",
               ("Ctrl+Shift+O",)),
    ActionSpec("file.add_folder_to_library", QT_TRANSLATE_NOOP("Actions", "添加文件夹到文库…"), "file",
               "add_folder_to_library"),
    ActionSpec("file.print", QT_TRANSLATE_NOOP("Actions", "打印或存为 PDF…"), "file", "print_report",
               (StandardKey.Print,)),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "退出"), "file", "close", ("Ctrl+Q",)),
    ActionSpec("edit.copy_citation", QT_TRANSLATE_NOOP("Actions", "复制并附出处"), "edit", "copy_with_citation",
               ("Ctrl+Shift+C",)),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "查找…"), "edit", "open_find", (StandardKey.Find, "/")),
    ActionSpec("edit.find_next", QT_TRANSLATE_NOOP("Actions", "查找下一个"), "edit", "find_next", ("F3",)),
    ActionSpec("edit.find_prev", QT_TRANSLATE_NOOP("Actions", "查找上一个"), "edit", "find_previous",
               ("Shift+F3",)),
    ActionSpec("go.next_section", QT_TRANSLATE_NOOP("Actions", "下一节"), "go", "next_section", ("Ctrl+PgDown",)),
    ActionSpec("go.prev_section", QT_TRANSLATE_NOOP("Actions", "上一节"), "go", "previous_section",
               ("Ctrl+PgUp",)),
    ActionSpec("go.next_sibling", QT_TRANSLATE_NOOP("Actions", "下一个同级节"), "go", "next_sibling",
               ("Alt+Down",)),
    ActionSpec("go.prev_sibling", QT_TRANSLATE_NOOP("Actions", "上一个同级节"), "go", "previous_sibling",
               ("Alt+Up",)),
    ActionSpec("go.parent", QT_TRANSLATE_NOOP("Actions", "上级节"), "go", "parent_section", ("Alt+PgUp",)),
    ActionSpec("go.first", QT_TRANSLATE_NOOP("Actions", "第一节"), "go", "first_section", ("Alt+Home",)),
    ActionSpec("go.last", QT_TRANSLATE_NOOP("Actions", "最后一节"), "go", "last_section", ("Alt+End",)),
    ActionSpec("go.back", QT_TRANSLATE_NOOP("Actions", "后退"), "go", "go_back", ("Alt+Left",)),
    ActionSpec("go.forward", QT_TRANSLATE_NOOP("Actions", "前进"), "go", "go_forward", ("Alt+Right",)),
    ActionSpec("go.goto", QT_TRANSLATE_NOOP("Actions", "转到章节…"), "go", "goto_section", ("Ctrl+G",)),
    ActionSpec("view.reading", QT_TRANSLATE_NOOP("Actions", "阅读"), "view", "show_reading_tab", ("Ctrl+1",)),
    ActionSpec("view.charts", QT_TRANSLATE_NOOP("Actions", "图表"), "view", "show_charts_tab", ("Ctrl+2",)),
    ActionSpec("view.library", QT_TRANSLATE_NOOP("Actions", "文库"), "view", "show_library_tab", ("Ctrl+3",)),
    ActionSpec("view.indicator", QT_TRANSLATE_NOOP("Actions", "在图表中显示此处的指标"), "view",
               "show_indicator_in_charts", ("Ctrl+I",)),
    ActionSpec("view.focus_next", QT_TRANSLATE_NOOP("Actions", "切换窗格"), "view", "cycle_focus", ("F6",)),
    ActionSpec("view.focus_prev", QT_TRANSLATE_NOOP("Actions", "反向切换窗格"), "view", "cycle_focus_back",
               ("Shift+F6",)),
    ActionSpec("view.tree", QT_TRANSLATE_NOOP("Actions", "显示目录"), "view", "toggle_tree", ("Ctrl+T",), True),
    ActionSpec("view.glossary", QT_TRANSLATE_NOOP("Actions", "显示名词解释"), "view", "toggle_glossary",
               ("Ctrl+Shift+G",), True),
    ActionSpec("view.zoom_in", QT_TRANSLATE_NOOP("Actions", "放大字体"), "view", "zoom_in",
               ("Ctrl+=", StandardKey.ZoomIn)),
    ActionSpec("view.zoom_out", QT_TRANSLATE_NOOP("Actions", "缩小字体"), "view", "zoom_out",
               (StandardKey.ZoomOut,)),
    ActionSpec("view.zoom_reset", QT_TRANSLATE_NOOP("Actions", "默认字号"), "view", "zoom_reset", ("Ctrl+0",)),
    ActionSpec("view.fullscreen", QT_TRANSLATE_NOOP("Actions", "全屏"), "view", "toggle_fullscreen",
               (StandardKey.FullScreen, "F11"), True),
    ActionSpec("view.theme_system", QT_TRANSLATE_NOOP("Actions", "主题：跟随系统"), "view", "set_theme", arg="system"),
    ActionSpec("view.theme_light", QT_TRANSLATE_NOOP("Actions", "主题：浅色"), "view", "set_theme", arg="light"),
    ActionSpec("view.theme_dark", QT_TRANSLATE_NOOP("Actions", "主题：深色"), "view", "set_theme", arg="dark"),
    ActionSpec("view.theme_sepia", QT_TRANSLATE_NOOP("Actions", "主题：护眼"), "view", "set_theme", arg="sepia"),
    ActionSpec("view.lang_zh", QT_TRANSLATE_NOOP("Actions", "界面语言：中文"), "view", "set_language", arg="zh"),
    ActionSpec("view.lang_en", QT_TRANSLATE_NOOP("Actions", "界面语言：English"), "view", "set_language", arg="en"),
    ActionSpec("marks.bookmark", QT_TRANSLATE_NOOP("Actions", "添加或移除书签"), "marks", "toggle_bookmark",
               ("Ctrl+B",)),
    ActionSpec("marks.list", QT_TRANSLATE_NOOP("Actions", "书签与批注列表"), "marks", "show_bookmarks",
               ("Ctrl+Shift+B",)),
    ActionSpec("marks.highlight", QT_TRANSLATE_NOOP("Actions", "高亮所选文字"), "marks", "highlight_selection",
               ("Ctrl+H",)),
    ActionSpec("marks.note", QT_TRANSLATE_NOOP("Actions", "写批注…"), "marks", "add_note", ("Ctrl+Shift+N",)),
    ActionSpec("marks.undo", QT_TRANSLATE_NOOP("Actions", "撤销删除批注"), "marks", "undo_delete",
               (StandardKey.Undo,)),
    ActionSpec("marks.color_yellow", QT_TRANSLATE_NOOP("Actions", "高亮颜色：黄"), "marks",
               "set_highlight_color", arg="yellow"),
    ActionSpec("marks.color_green", QT_TRANSLATE_NOOP("Actions", "高亮颜色：绿"), "marks",
               "set_highlight_color", arg="green"),
    ActionSpec("marks.color_blue", QT_TRANSLATE_NOOP("Actions", "高亮颜色：蓝"), "marks",
               "set_highlight_color", arg="blue"),
    ActionSpec("marks.color_pink", QT_TRANSLATE_NOOP("Actions", "高亮颜色：粉"), "marks",
               "set_highlight_color", arg="pink"),
    ActionSpec("marks.export", QT_TRANSLATE_NOOP("Actions", "导出批注…"), "marks", "export_marks"),
    ActionSpec("marks.import", QT_TRANSLATE_NOOP("Actions", "导入批注…"), "marks", "import_marks"),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "快捷键一览"), "help", "show_shortcuts",
               (StandardKey.HelpContents, "F1")),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "关于"), "help", "show_about"),
)

def key_text(spec: ActionSpec) -> str:
    """The keys as people type them (dedicated keyboard keys such as 'Open' or 'Zoom In' left out)."""
    from PySide6.QtCore import Qt

    typed = [seq for seq in spec.key_sequences() if seq[0].key().value < Qt.Key.Key_Back.value]  # type: ignore[index]
    return ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in typed)
