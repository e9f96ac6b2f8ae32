"""Refresh resources/translations/shigu_gui_en.ts from the code and compile it to .qm.

Run: `.venv/bin/python tools/update_translations.py`. New strings appear untranslated in the
.ts; translate them (Qt Linguist: `.venv/bin/pyside6-linguist`, or a text editor) and run again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "shigu_gui_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "shigu_gui" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS), "-source-language", "zh_CN",
                    "-target-language", "en", "-locations", "none", "-no-obsolete"], check=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
