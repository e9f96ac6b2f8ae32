"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QTextCharFormat


def test_void_calls_keep_none_alive() -> None:
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        fmt.setFontWeight(QFont.Weight.Bold)
    assert sys.getrefcount(None) >= before - 10
