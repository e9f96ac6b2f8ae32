"""The reader's preferences: one declared table of key, type and default; changed(key) on a change."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal

from . import theme
from .settings import Settings


class Pref(NamedTuple):  # a NamedTuple: a frozen dataclass compiles six methods at every start
    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()  # when given, any other value reads as the default
    low: int | None = None  # numbers are kept within low..high
    high: int | None = None


HIGHLIGHT_COLORS = ("yellow", "green", "blue", "pink")
PREFS: tuple[Pref, ...] = (
    Pref("view/font_size", int, 14, low=8, high=40),
    Pref("view/theme", str, "system", theme.THEMES),
    Pref("view/tree", bool, True),
    Pref("view/glossary", bool, True),
    Pref("marks/color", str, "yellow", HIGHLIGHT_COLORS),
    Pref("ui/lang", str, "", ("", "zh", "en")),
)
_BY_KEY = {pref.key: pref for pref in PREFS}


class Preferences(QObject):
    changed = Signal(str)  # the key

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        # The theme run_app applied (for "system": the palette it set tells dark from light).
        self.colors = theme.resolve(self.get("view/theme"), theme.palette_is_dark())

    def get(self, key: str) -> Any:
        pref = _BY_KEY[key]
        if pref.type is int:
            value: Any = self.settings.get_int(key, pref.default)
        elif pref.type is bool:
            value = self.settings.get_bool(key, pref.default)
        else:
            value = self.settings.get_str(key, pref.default)
        return self._valid(pref, value)

    @staticmethod
    def _valid(pref: Pref, value: Any) -> Any:
        if pref.choices and value not in pref.choices:
            return pref.default
        if pref.low is not None and pref.high is not None:
            return max(pref.low, min(pref.high, value))
        return value

    def set(self, key: str, value: Any) -> None:
        value = self._valid(_BY_KEY[key], value)
        if key == "view/theme":  # set again even when unchanged: "system" may now resolve otherwise
            self.colors = theme.resolve(value)
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, self.colors)
        elif value == self.get(key):
            return
        self.settings.set(key, value)
        self.changed.emit(key)

    def reset(self, key: str) -> None:
        self.set(key, _BY_KEY[key].default)

    def follow_desktop_scheme(self) -> None:
        """A "system" theme follows the desktop when it turns dark or light."""
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: object) -> None:
        if self.get("view/theme") == "system":
            self.set("view/theme", "system")
