"""The action table (ui/actions) made into the window's QActions: menus, keys, toggles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup

from .actions import ACTIONS, ActionSpec

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
    used: dict[str, set[str]] = {}  # access keys taken, per menu
    for spec in ACTIONS:
        if spec.submenu:
            by_id[spec.id] = _submenu(spec, menus[spec.menu], used.setdefault(spec.menu, set()), run)
            continue
        action = QAction(owner)  # QAction(text, parent) would load QIcon's enums to rule out (icon, text)
        action.setText(with_access_key(spec.translated_title(), spec.id, used.setdefault(spec.menu, set())))
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


def _submenu(spec: ActionSpec, parent: QMenu, used: set[str],
             run: Callable[[Callable[[Context], object]], None]) -> QAction:
    """A submenu whose entries the row's command gives each time it opens; its menu action."""
    menu = parent.addMenu(with_access_key(spec.translated_title(), spec.id, used))
    menu.setObjectName(spec.id)
    menu.setToolTipsVisible(True)  # an entry's tooltip: the whole path of its file
    menu.aboutToShow.connect(lambda: run(lambda ctx: fill_menu(menu, spec.run(ctx), run)))
    if spec.separator:
        parent.addSeparator()
    return menu.menuAction()


def fill_menu(menu: QMenu, entries: object, run: Callable[[Callable[[Context], object]], None]) -> None:
    """The menu's entries, made again (the old ones deleted with menu.clear())."""
    from .context import MenuEntry

    menu.clear()
    for entry in entries if isinstance(entries, list) else []:
        assert isinstance(entry, MenuEntry)
        if entry.separator:
            menu.addSeparator()
        action = menu.addAction(entry.text)
        action.setToolTip(entry.tip)
        command = entry.run
        if command is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda *_args, command=command: run(command))


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def with_access_key(title: str, hint: str, used: set[str]) -> str:
    """The title with an access key (Alt+letter in its open menu) not yet used in its menu (used,
    updated): a Chinese title gets '(&X)' before its ellipsis, a letter from the action's id
    (hint: 'file.open' gives O); an English one has a word's first letter (else any) marked."""
    if "&" in title:
        at = title.index("&") + 1
        if at < len(title):
            used.add(title[at].upper())
        return title
    if any(_is_han(ch) for ch in title):
        name = hint.rpartition(".")[2]
        candidates = [ch.upper() for ch in name if ch.isalpha()] + [chr(c) for c in range(ord("A"), ord("Z") + 1)]
        key = next((ch for ch in candidates if ch not in used), None)
        if key is None:
            return title
        used.add(key)
        stem, dots = (title[:-1], "…") if title.endswith("…") else (title, "")
        return f"{stem}(&{key}){dots}"
    others = [i for i, ch in enumerate(title) if ch.isascii() and ch.isalpha()]
    starts = [i for i in others if i == 0 or not title[i - 1].isalnum()]
    free = next((i for i in starts + others if title[i].upper() not in used), None)
    if free is None:  # every letter of it taken: another, after it
        key = next((chr(c) for c in range(ord("A"), ord("Z") + 1) if chr(c) not in used), None)
        if key is None:
            return title
        used.add(key)
        return f"{title} (&{key})"
    used.add(title[free].upper())
    return f"{title[:free]}&{title[free:]}"


def sync_checks(actions: dict[str, QAction], ctx: Context) -> None:
    """Every toggle shows its state as the table defines it."""
    for spec in ACTIONS:
        if spec.checked is not None:
            actions[spec.id].setChecked(bool(spec.checked(ctx)))
