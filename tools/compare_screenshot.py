"""The 对照 window on two reports, rendered offscreen to a PNG (docs/compare.png).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/compare_screenshot.py OLD NEW OUT.png [SECTION]`
(`--screenshot` shows the main window only). SECTION: the first aligned section whose newer title
contains it is shown, its changed words marked.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from shigu_gui.model import load_report
    from shigu_gui.model.compare import Head, compare
    from shigu_gui.model.meta import identity_of
    from shigu_gui.ui.compare.view import CompareWindow
    from shigu_gui.ui.fonts import choose_ui_font

    font, _ = choose_ui_font()
    app.setFont(font)  # type: ignore[union-attr]
    old_path, new_path, out = argv[:3]
    old, new = load_report(old_path), load_report(new_path)
    a, b = identity_of(old), identity_of(new)
    comparison = compare(old, new, heads=(Head(a.year, a.place or None), Head(b.year, b.place or None)))
    window = CompareWindow(comparison, (old_path, new_path), lambda _path: None)
    window.resize(1280, 800)
    window.show()
    if len(argv) == 4:
        row = next((i for i, p in enumerate(comparison.sections)
                    if p.new is not None and argv[3] in new.flat_sections[p.new].title), 0)
        window.tree.setCurrentIndex(window.sections_model.index_of(row))
    app.processEvents()  # type: ignore[union-attr]
    return 0 if window.grab().save(out, "PNG", 0) else 1  # 0: the smallest PNG


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
