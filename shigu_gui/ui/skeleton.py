"""What the window's first picture is made of, named once: the tabs' order, the menus' titles and
the panes' widths. The window shows these before anything else is built (main_window)."""

from __future__ import annotations

from .qt_names import QT_TRANSLATE_NOOP

READING_TAB, CHARTS_TAB, LIBRARY_TAB = 0, 1, 2

PANE_WIDTHS = (300, 700, 300)  # tree | text | sidebar, before the reader moves them

MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "文件(&F)"),
    "edit": QT_TRANSLATE_NOOP("Actions", "编辑(&E)"),
    "go": QT_TRANSLATE_NOOP("Actions", "跳转(&G)"),
    "view": QT_TRANSLATE_NOOP("Actions", "视图(&V)"),
    "marks": QT_TRANSLATE_NOOP("Actions", "批注(&M)"),
    "help": QT_TRANSLATE_NOOP("Actions", "帮助(&H)"),
}
