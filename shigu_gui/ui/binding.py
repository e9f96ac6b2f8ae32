"""The action table (ui/actions) made into the window's QActions: menus, keys, toggles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup

from .actions import ACTIONS

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMenu, QWidget

    from .context import Context


def bind_actions(owner: QWidget, menus: dict[str, QMenu], run: Callable[[Callable[[Context], object]], None],
                 ) -> dict[str, QAction]:
    """One QAction per row of the table, in its menu, with its keys, on owner (so that its keys
    work wherever the keyboard is in owner); triggering it calls run with the row's command."""
    groups: dict[str, QActionGroup] = {}
    by_id: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(owner)  # QAction(text, parent) would load QIcon's enums to rule out (icon, text)
        action.setText(spec.translated_title())
        action.setObjectName(spec.id)
        action.setShortcuts(spec.key_sequences())
        action.setCheckable(spec.checked is not None)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(owner)).addAction(action)
        action.triggered.connect(lambda *_args, command=spec.run: run(command))
        owner.addAction(action)
        menus[spec.menu].addAction(action)
        if spec.separator:
            menus[spec.menu].addSeparator()
        by_id[spec.id] = action
    return by_id


def sync_checks(actions: dict[str, QAction], ctx: Context) -> None:
    """Every toggle shows its state as the table defines it."""
    for spec in ACTIONS:
        if spec.checked is not None:
            actions[spec.id].setChecked(bool(spec.checked(ctx)))
