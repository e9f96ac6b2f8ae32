"""Chinese glyphs everywhere: a system CJK font when there is one, else the bundled subset."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ..resources import resource_path

BUNDLED_FILE = "NotoSansSC-Subset.otf"
_PREFERRED = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei",
    "PingFang SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Sarasa Gothic SC", "Droid Sans Fallback",
)


def system_cjk_family() -> str | None:
    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    for name in _PREFERRED:
        if name in families:
            return name
    return None


def load_bundled_font() -> str | None:
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", BUNDLED_FILE)))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def choose_ui_font(prefer_bundled: bool = False) -> tuple[QFont, str]:
    """The application font and where it came from ('system' or 'bundled')."""
    family = None if prefer_bundled else system_cjk_family()
    source = "system"
    if family is None:
        family = load_bundled_font()
        source = "bundled"
    font = QFont()
    if family:
        font.setFamilies([family, *QFont().families()])
    return font, source
