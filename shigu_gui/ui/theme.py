"""Light, dark and sepia; 'system' follows the desktop's colour scheme."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .qt_names import Qt

THEMES = ("system", "light", "dark", "sepia")


class Colors(NamedTuple):  # a NamedTuple: a frozen dataclass compiles six methods at every start
    name: str
    window: str
    base: str
    text: str
    heading: str
    muted: str
    highlight: str
    term: str
    hit: str
    current_hit: str
    focus: str
    dark: bool


PALETTES = {
    "light": Colors("light", "#f3f3f3", "#ffffff", "#1f1f1f", "#9b1c1c", "#6b6b6b", "#cfe3ff",
                    "#2f6fb3", "#fff0a0", "#ffb347", "#2f6fb3", False),
    "dark": Colors("dark", "#26282b", "#1d1f21", "#dedede", "#f19a8e", "#9a9a9a", "#3d5a80",
                   "#7fb6f0", "#6b5d00", "#b5651d", "#7fb6f0", True),
    "sepia": Colors("sepia", "#eadfc8", "#f5ecd7", "#4a3b2a", "#8b2e16", "#7d6a55", "#e3cfa4",
                    "#7a4f1d", "#f2d98c", "#e8a25a", "#8b2e16", False),
}


_R = QPalette.ColorRole
_ROLES = (  # which palette role takes which of a theme's colours
    (_R.Window, "window"), (_R.WindowText, "text"), (_R.Base, "base"), (_R.AlternateBase, "window"),
    (_R.Text, "text"), (_R.Button, "window"), (_R.ButtonText, "text"), (_R.ToolTipBase, "base"),
    (_R.ToolTipText, "text"), (_R.PlaceholderText, "muted"), (_R.Highlight, "highlight"),
    (_R.HighlightedText, "text"), (_R.Link, "term"),
)


def _luminance(color: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    channels = [int(color[i: i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21; body text wants 4.5 or more)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: str, preferred: str) -> str:
    """preferred when it reads well on background, else black or white, whichever reads better."""
    if contrast(preferred, background) >= 4.5:
        return preferred
    return max(("#000000", "#ffffff"), key=lambda c: contrast(c, background))


def resolve(theme: str, dark_desktop: bool | None = None) -> Colors:
    """A theme's colours; 'system' follows the desktop (dark_desktop, else Qt's colour scheme)."""
    if theme in PALETTES:
        return PALETTES[theme]
    if dark_desktop is None:
        dark_desktop = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return PALETTES["dark" if dark_desktop else "light"]


def palette_is_dark() -> bool:
    """What the application's palette says: dark windows behind light text.

    At start this is the desktop's palette (Qt takes it from the platform theme, and Fusion's own
    follows the colour scheme), so it tells dark mode apart without asking QStyleHints, which would
    build PySide's whole Qt namespace (see qt_names). Once a theme is applied it is the theme's.
    """
    palette = QGuiApplication.palette()
    return palette.color(_R.Window).lightness() < palette.color(_R.WindowText).lightness()


def apply(app: QApplication, colors: Colors, *, ring: bool = True) -> None:
    """The theme's palette for the application, and its colour for the focus ring (ring=False:
    the start, where the window installs the ring after its first picture)."""
    palette = QPalette()
    for role, attribute in _ROLES:
        palette.setColor(role, QColor(getattr(colors, attribute)))
    # setColor(role, colour) sets every colour group alike: the disabled one set apart, else what
    # cannot be chosen now (a recent report whose file is gone, a button that waits) looks as if it could
    muted = QColor(colors.muted)
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    app.setPalette(palette)
    if ring:
        from . import focus_ring

        focus_ring.install(colors.focus)
