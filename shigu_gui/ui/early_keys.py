"""Keys typed as the window appeared, before its actions and keys exist: kept, then replayed
once they do (an action's key runs the action; the rest go to the field an action opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QKeyCombination, Qt
    from PySide6.QtGui import QAction, QKeyEvent


def _is_symbol(key: Qt.Key) -> bool:
    """A key whose character Shift may make (a digit or a sign), not a letter or a named key."""
    code = int(key)
    return code < 0x01000000 and not ord("A") <= code <= ord("Z")


class EarlyKeys:
    def __init__(self) -> None:
        self._keys: list[tuple[QKeyCombination, str]] = []

    def keep(self, event: QKeyEvent) -> None:
        self._keys.append((event.keyCombination(), event.text()))
        event.accept()

    def replay(self, window: QWidget, actions: list[QAction], text: QWidget) -> None:
        """The keys kept, in order: an action's key triggers it; another key goes, as typed, to the
        focused widget unless that is the text (which had its turn and let the key by)."""
        keys, self._keys = self._keys, []
        if not keys:
            return
        from PySide6.QtCore import QEvent, QKeyCombination, Qt
        from PySide6.QtGui import QKeyEvent, QKeySequence

        portable = QKeySequence.SequenceFormat.PortableText
        by_key = {seq.toString(portable): a for a in actions for seq in a.shortcuts()}
        for combination, typed in keys:
            if not window.isVisible():  # the window was closed by one of them (Ctrl+Q)
                return
            modifiers, key = combination.keyboardModifiers(), combination.key()
            action = by_key.get(QKeySequence(combination).toString(portable))
            if action is None and _is_symbol(key):  # as Qt's shortcuts: '+' typed as Shift+= is also Ctrl++
                unshifted = QKeyCombination(modifiers & ~Qt.KeyboardModifier.ShiftModifier, key)
                action = by_key.get(QKeySequence(unshifted).toString(portable))
            if action is not None and action.isEnabled():
                action.trigger()
                continue
            focused = QApplication.focusWidget()
            if focused is not None and focused is not text:
                QApplication.sendEvent(focused, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, typed))
