"""The numbers start-up code uses instead of PySide's Qt namespace are Qt's, and they take effect."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from shigu_gui.model import Document
from shigu_gui.start_path import START_PATH
from shigu_gui.ui import qt_names
from shigu_gui.ui.roles import Role


def test_the_numbers_are_qts() -> None:
    role, align, interaction = Qt.ItemDataRole, Qt.AlignmentFlag, Qt.TextInteractionFlag
    pairs = [
        (role.DisplayRole, qt_names.DISPLAY_ROLE),
        (role.ToolTipRole, qt_names.TOOL_TIP_ROLE),
        (role.AccessibleTextRole, qt_names.ACCESSIBLE_TEXT_ROLE),
        (role.UserRole, qt_names.USER_ROLE),
        (align.AlignHCenter, qt_names.ALIGN_H_CENTER),
        (align.AlignCenter, qt_names.ALIGN_CENTER),
        (align.AlignLeft | align.AlignTop, qt_names.ALIGN_LEFT_TOP),
        (Qt.TextElideMode.ElideMiddle, qt_names.ELIDE_MIDDLE),
        (Qt.TextFormat.PlainText, qt_names.PLAIN_TEXT),
        (interaction.TextSelectableByMouse | interaction.TextSelectableByKeyboard
         | interaction.LinksAccessibleByMouse, qt_names.SELECTABLE_TEXT),
    ]
    assert [(qt.value, number) for qt, number in pairs if qt.value != number] == []


def test_only_the_start_up_modules_use_the_numbers() -> None:
    """The numbers and the namespace built on first use stay on the start path (shigu_gui.start_path);
    elsewhere Qt's names."""
    ui = Path(qt_names.__file__).parent
    users = set()
    for path in ui.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("qt_names") \
                    and {alias.name for alias in node.names} - {"QT_TRANSLATE_NOOP"}:
                users.add(".".join(("shigu_gui", "ui", *path.relative_to(ui).with_suffix("").parts)))
    assert "shigu_gui.ui.text_view" in users  # the scan sees the imports
    assert users <= START_PATH, sorted(users - START_PATH)


def test_the_project_s_roles_follow_qt_s_user_role_and_differ() -> None:
    assert len({role.value for role in Role}) == len(Role)
    assert min(Role) > Qt.ItemDataRole.UserRole.value


def test_the_lazy_namespace_is_the_real_one() -> None:
    assert qt_names.Qt.Key.Key_Return is Qt.Key.Key_Return
    assert qt_names.Qt.AlignmentFlag is Qt.AlignmentFlag


def test_solid_brush(qtbot) -> None:
    brush = qt_names.solid_brush("#2f6fb3")
    assert brush.style() == Qt.BrushStyle.SolidPattern
    assert brush.color().name() == "#2f6fb3"
    shade = QColor("#ffe066")
    shade.setAlpha(110)
    assert qt_names.solid_brush(shade).color().alpha() == 110


def test_properties_set_by_number_take_effect(window, seed_doc: Document) -> None:
    assert window.view.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    assert window.tabs.widget(1).alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.glossary_pane.empty_label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    qdoc = window.view.document()
    title = qdoc.findBlock(0)  # the title block is centred
    assert title.blockFormat().alignment() == Qt.AlignmentFlag.AlignHCenter
    heading = seed_doc.flat_sections[0]
    block = qdoc.findBlock(window.view._map.to_qt(heading.start))
    fragment = block.begin().fragment()
    assert fragment.charFormat().foreground().color().name() == window.preferences.colors.heading
    assert window.outline_pane.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert window.splitter.orientation() == Qt.Orientation.Horizontal


def test_system_theme_reads_dark_mode_from_the_palette(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from shigu_gui.ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        theme.apply(app, theme.PALETTES["dark"])
        assert theme.palette_is_dark()
        assert theme.resolve("system", theme.palette_is_dark()).name == "dark"
        theme.apply(app, theme.PALETTES["light"])
        assert not theme.palette_is_dark()
        assert theme.resolve("system", False).name == "light"
        assert theme.resolve("sepia", True).name == "sepia"
    finally:
        app.setPalette(before)


def test_a_source_address_in_the_title_block_is_small_print(qtbot) -> None:
    from PySide6.QtGui import QFont

    from shigu_gui.model import parse_report
    from shigu_gui.ui import theme
    from shigu_gui.ui.text_view import OffsetMap, build_text_document

    text = ("2019年某市政府工作报告\nhttps://example.org/wiki/%E6%8A%A5%E5%91%8A\n各位代表：\n"
            "现在，我代表市人民政府作报告。\n一、过去一年的工作\n经济平稳运行。\n")
    doc = parse_report(text)
    colors = theme.PALETTES["light"]
    qdoc = build_text_document(doc, colors, QFont())
    where = OffsetMap(doc.text)
    address = qdoc.findBlock(where.to_qt(doc.text.index("https://")))
    title = qdoc.findBlock(0)
    assert address.begin().fragment().charFormat().foreground().color().name() == colors.muted
    assert address.blockFormat().alignment() == Qt.AlignmentFlag.AlignHCenter
    assert title.begin().fragment().charFormat().foreground().color().name() == colors.heading
