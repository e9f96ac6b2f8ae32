"""PySide's `Qt` namespace, built on first use, and the few Qt values start-up code needs as numbers.

The first touch of PySide6.QtCore.Qt builds all of its ~90 Python enums at once, and so does any
call whose overloads take one of them (QBrush(QColor), QPen(QColor, w), painter.setPen(pen),
QSplitter(parent), fmt.setForeground(...)): 13–16 ms here, a tenth of the whole start-up. Modules
on the start-up path import `Qt` from here, which builds the namespace on the reader's first key
press or hover instead. Until the first paint, code uses the numbers below (Qt's ABI; a test compares
each with Qt's enum), sets enum-typed properties by name (QObject.setProperty,
QTextFormat.setProperty) and paints with solid_brush() and fillPath(). tests/ui/test_app.py starts
the app, marks and all, and checks that the namespace is still unbuilt at the first paint.

Only the modules of the start path, listed in shigu_gui.start_path (those the window imports
before its whole first picture: the text, then the tree and the sidebar), use the numbers and
helpers below; every other module names Qt's enums (`from PySide6.QtCore import Qt`).
tests/ui/test_qt_names.py checks the imports against that list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QColor



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for translation (pyside6-lupdate); translated when shown."""
    return text


DISPLAY_ROLE = 0x0000  # Qt.ItemDataRole.DisplayRole
TOOL_TIP_ROLE = 0x0003  # Qt.ItemDataRole.ToolTipRole
ACCESSIBLE_TEXT_ROLE = 0x000B  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ALIGN_H_CENTER = 0x0004  # Qt.AlignmentFlag.AlignHCenter
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
ALIGN_LEFT_TOP = 0x0021  # Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ELIDE_MIDDLE = 0x0002  # Qt.TextElideMode.ElideMiddle
PLAIN_TEXT = 0x0000  # Qt.TextFormat.PlainText
SELECTABLE_TEXT = 0x0007  # Qt.TextInteractionFlag: TextSelectableByMouse | …ByKeyboard | LinksAccessibleByMouse


def solid_brush(color: str | QColor) -> QBrush:
    """QBrush(QColor(color)), made without the overloads of QBrush and QColor that take Qt enums."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(color) if isinstance(color, str) else color)
    return palette.brush(QPalette.ColorRole.Window)


class _QtNamespace:
    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt as namespace

        value = getattr(namespace, name)
        setattr(self, name, value)  # a plain attribute from now on
        return value


if not TYPE_CHECKING:
    Qt = _QtNamespace()
