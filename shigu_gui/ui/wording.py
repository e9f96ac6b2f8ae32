"""Punctuation that follows the interface language: full-width in Chinese, ASCII in English."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def english() -> bool:
    # By name, not QLocale.Language: run_app sets the default locale once, before the window.
    return QLocale().name().startswith("en")


def parens(text: object) -> str:
    """'（3）' in Chinese, ' (3)' in English."""
    return f" ({text})" if english() else f"（{text}）"


def brackets(text: object) -> str:
    """'【书签】' in Chinese, '[Bookmark] ' in English."""
    return f"[{text}] " if english() else f"【{text}】"


def comma() -> str:
    return ", " if english() else "，"


def colon() -> str:
    return ": " if english() else "："
