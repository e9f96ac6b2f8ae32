"""Print (or check) the README's key table, generated from the action table so it cannot drift.

`.venv/bin/python tools/readme_keys.py --write` rewrites the block between the markers in README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
START, END = "<!-- keys:start -->", "<!-- keys:end -->"


def key_table() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from shigu_gui.ui.actions import shortcut_rows

    _app = QApplication.instance() or QApplication([])
    lines = ["| 菜单 | 操作 | 按键 |", "|---|---|---|"]
    lines += [f"| {menu} | {title} | `{keys}` |" for menu, title, keys in shortcut_rows()]
    return "\n".join(lines)


def readme_with_table(readme: str) -> str:
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{key_table()}\n{END}{tail}"


if __name__ == "__main__":
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    if "--write" in sys.argv:
        path.write_text(readme_with_table(text), encoding="utf-8")
    else:
        print(key_table())
